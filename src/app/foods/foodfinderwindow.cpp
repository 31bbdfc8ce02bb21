// SPDX-License-Identifier: MIT
#include "app/foods/foodfinderwindow.h"

#include "app/settings/settings.h"
#include "app/theme/thememanager.h"
#include "app/window/windowgeometry.h"

#include "app/foods/foodbarchart.h"
#include "app/foods/foodtablemodel.h"
#include "core/foods/html.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace carebook::app {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

QString basisPhrase(foods::Basis basis) {
    switch (basis) {
    case foods::Basis::PerPortion:
        return QObject::tr("per portion");
    case foods::Basis::Per100g:
        return QObject::tr("per 100 g");
    case foods::Basis::Per100kcal:
        return QObject::tr("per 100 kcal");
    }
    return {};
}

QString count(std::size_t value) { return QLocale(QLocale::English).toString(static_cast<qulonglong>(value)); }

} // namespace

FoodFinderWindow::FoodFinderWindow(const foods::FoodFinder& finder, QWidget* parent)
    : QWidget(parent, Qt::Window), m_finder(finder) {
    setObjectName(QStringLiteral("foodFinderWindow"));
    setWindowTitle(tr("Food finder — Carebook"));
    buildUi();
    fillPickers();
    restoreSettings();
    refresh();
}

// The choices are saved when the window closes or goes away with the main window, not on every change:
// writing the settings file takes longer than a whole re-ranking.
FoodFinderWindow::~FoodFinderWindow() { saveSettings(); }

void FoodFinderWindow::fillPickers() {
    const QSignalBlocker blockNutrient(m_nutrientBox);
    const QSignalBlocker blockSecond(m_secondBox);
    m_secondBox->addItem(tr("(one nutrient)"), QString());
    for (const auto& nutrient : m_finder.nutrients()) {
        // Vitamin D in IU is the same ranking as in µg, only another unit: the profile shows both.
        if (nutrient.key == "vitamin-d-iu") {
            continue;
        }
        const QString label = QStringLiteral("%1 (%2)").arg(qs(nutrient.name), qs(nutrient.unit));
        m_nutrientBox->addItem(label, qs(nutrient.key));
        if (nutrient.dailyValue) {
            m_secondBox->addItem(label, qs(nutrient.key));
        }
    }
    m_nutrientBox->setCurrentIndex(std::max(0, m_nutrientBox->findData(QStringLiteral("magnesium"))));

    const QSignalBlocker blockBasis(m_basisBox);
    m_basisBox->addItem(tr("portion (the portion people eat)"), qs(foods::basisKey(foods::Basis::PerPortion)));
    m_basisBox->addItem(tr("100 g"), qs(foods::basisKey(foods::Basis::Per100g)));
    m_basisBox->addItem(tr("100 kcal (nutrient density)"), qs(foods::basisKey(foods::Basis::Per100kcal)));

    const QSignalBlocker blockGroup(m_groupBox);
    m_groupBox->addItem(tr("All food groups"), QString());
    for (const auto& group : m_finder.groups()) {
        const QString label = group.hiddenByDefault
                                  ? tr("%1 (%2 foods; hidden unless chosen)").arg(qs(group.name), count(group.foodCount))
                                  : tr("%1 (%2 foods)").arg(qs(group.name), count(group.foodCount));
        m_groupBox->addItem(label, qs(group.name));
    }

    // Single foods first (the everyday list); each other kind is its own list, under its own heading.
    const QSignalBlocker blockKind(m_kindBox);
    for (const auto kind : {foods::FoodKind::Single, foods::FoodKind::MixedDish, foods::FoodKind::Soup,
                            foods::FoodKind::Fortified}) {
        m_kindBox->addItem(kindLabel(kind), qs(foods::foodKindKey(kind)));
    }
    m_kindBox->addItem(tr("Every kind together"), QString());

    const QSignalBlocker blockAge(m_ageBox);
    for (const auto& group : m_finder.ageGroups()) {
        m_ageBox->addItem(qs(group.label), group.minAge);
    }
    m_ageBox->setCurrentIndex(std::max(0, m_ageBox->findText(QStringLiteral("31–50"))));
    const QSignalBlocker blockSex(m_sexBox);
    m_sexBox->addItem(tr("Female"), QStringLiteral("female"));
    m_sexBox->addItem(tr("Male"), QStringLiteral("male"));
    const QSignalBlocker blockStage(m_stageBox);
    m_stageBox->addItem(tr("not pregnant or breastfeeding"), QStringLiteral("none"));
    m_stageBox->addItem(tr("pregnant"), QStringLiteral("pregnancy"));
    m_stageBox->addItem(tr("breastfeeding"), QStringLiteral("lactation"));
    updatePersonControls();
}

void FoodFinderWindow::updatePersonControls() {
    const bool male = m_sexBox->currentData().toString() == QLatin1String("male");
    if (male && m_stageBox->currentIndex() != 0) {
        const QSignalBlocker blocker(m_stageBox);
        m_stageBox->setCurrentIndex(0);
    }
    m_stageBox->setEnabled(!male);
}

foods::Person FoodFinderWindow::person() const {
    foods::Person result;
    result.age = m_ageBox->currentData().toInt();
    result.sex = m_sexBox->currentData().toString() == QLatin1String("male") ? foods::Sex::Male : foods::Sex::Female;
    const QString stage = m_stageBox->currentData().toString();
    result.lifeStage = result.sex == foods::Sex::Male         ? foods::LifeStage::None
                       : stage == QLatin1String("pregnancy")  ? foods::LifeStage::Pregnancy
                       : stage == QLatin1String("lactation")  ? foods::LifeStage::Lactation
                                                              : foods::LifeStage::None;
    return result;
}

QString FoodFinderWindow::personLabel() const {
    QString label = (m_sexBox->currentData().toString() == QLatin1String("male") ? tr("males %1") : tr("females %1"))
                        .arg(m_ageBox->currentText());
    if (m_stageBox->isEnabled() && m_stageBox->currentIndex() > 0) {
        label += QStringLiteral(", ") + m_stageBox->currentText();
    }
    return label;
}

std::vector<foods::PersonalIntake> FoodFinderWindow::personalIntakes() const {
    try {
        return m_finder.personalIntakes(person());
    } catch (const std::invalid_argument&) {
        return {}; // the controls never offer an impossible person; stay safe if they ever do
    }
}

std::optional<double> FoodFinderWindow::recommendedFor(const std::vector<foods::PersonalIntake>& intakes,
                                                       const std::string& key) const {
    for (const auto& intake : intakes) {
        if (intake.nutrient == key && intake.recommended) {
            return intake.recommended->amount;
        }
    }
    return std::nullopt;
}

void FoodFinderWindow::updateReferenceLabel(const std::vector<foods::PersonalIntake>& intakes) {
    QStringList lines;
    for (const auto& nutrient : m_model->nutrients()) {
        QString line = QStringLiteral("<b>%1</b>: ").arg(qs(nutrient.name).toHtmlEscaped());
        line += nutrient.dailyValue
                    ? tr("Daily Value (food labels): <b>%1</b> (the %DV column).")
                          .arg(qs(foods::formatAmount(nutrient.dailyValue, nutrient.unit)).toHtmlEscaped())
                    : tr("no Daily Value on food labels.");
        const foods::PersonalIntake* mine = nullptr;
        for (const auto& intake : intakes) {
            if (intake.nutrient == nutrient.key) {
                mine = &intake;
            }
        }
        if (mine && mine->recommended) {
            line += QStringLiteral(" ") +
                    tr("Your recommended intake (RDA/AI): <b>%1 a day</b> (%2 for %3")
                        .arg(qs(foods::formatAmount(mine->recommended->amount, mine->recommended->unit)).toHtmlEscaped(),
                             qs(mine->recommended->kind).toHtmlEscaped(), personLabel().toHtmlEscaped());
            if (mine->generalValueShown) {
                line += tr("; no separate value for pregnancy or breastfeeding, so the value for your age and sex");
            }
            line += m_model->isCombined() ? QStringLiteral(").") : tr("; the “% your RDA/AI” column).");
            if (mine->upperLimit) {
                line += QStringLiteral(" ") + tr("Upper limit (UL): %1%2.")
                                                  .arg(qs(foods::formatAmount(mine->upperLimit->amount,
                                                                              mine->upperLimit->unit))
                                                           .toHtmlEscaped(),
                                                       mine->upperLimit->note.empty()
                                                           ? QString()
                                                           : QStringLiteral(" (") +
                                                                 qs(mine->upperLimit->note).toHtmlEscaped() +
                                                                 QStringLiteral(")"));
            }
        } else if (mine == nullptr || !mine->recommended) {
            line += QStringLiteral(" ") + tr("No recommended intake in the reference data for %1.")
                                              .arg(personLabel().toHtmlEscaped());
        }
        lines << line;
    }
    m_referenceLabel->setText(lines.join(QStringLiteral("<br>")));
}

QString FoodFinderWindow::kindLabel(foods::FoodKind kind) {
    switch (kind) {
    case foods::FoodKind::Single:
        return tr("Single foods");
    case foods::FoodKind::MixedDish:
        return tr("Mixed dishes, meals and baked desserts");
    case foods::FoodKind::Soup:
        return tr("Soups and stews");
    case foods::FoodKind::Fortified:
        return tr("Fortified and formulated products");
    }
    return {};
}

// The chart title's words for the kind listed ("Top 15 single foods for Magnesium").
QString FoodFinderWindow::kindPhrase(const QString& kindKey) {
    if (kindKey.isEmpty()) {
        return tr("foods");
    }
    switch (foods::parseFoodKind(kindKey.toStdString())) {
    case foods::FoodKind::Single:
        return tr("single foods");
    case foods::FoodKind::MixedDish:
        return tr("mixed dishes and meals");
    case foods::FoodKind::Soup:
        return tr("soups and stews");
    case foods::FoodKind::Fortified:
        return tr("fortified products");
    }
    return tr("foods");
}

foods::RankFilters FoodFinderWindow::currentFilters() const {
    foods::RankFilters filters;
    if (const QString group = m_groupBox->currentData().toString(); !group.isEmpty()) {
        filters.group = group.toStdString();
    }
    if (const QString kind = m_kindBox->currentData().toString(); !kind.isEmpty()) {
        filters.kind = foods::parseFoodKind(kind.toStdString());
    }
    filters.includeBrandedAndBaby = m_allFoodsBox->isChecked();
    filters.commonFoodsOnly = !m_uncommonBox->isChecked();
    filters.includeTinyAmounts = m_tinyBox->isChecked();
    filters.nameFilter = m_nameFilter->text().trimmed().toStdString();
    filters.limit = 0; // every food: the table sorts the whole ranking, the chart shows its top
    return filters;
}

void FoodFinderWindow::refresh() {
    m_filterTimer->stop();
    const QString nutrientKey = m_nutrientBox->currentData().toString();
    const auto* first = m_finder.findNutrient(nutrientKey.toStdString());
    if (!first) {
        m_model->clear();
        m_chart->clear(tr("Choose a nutrient."));
        return;
    }
    // A second nutrient needs a Daily Value on both sides to be combined.
    m_secondBox->setEnabled(first->dailyValue.has_value());
    QString secondKey = m_secondBox->isEnabled() ? m_secondBox->currentData().toString() : QString();
    if (secondKey == nutrientKey) {
        secondKey.clear();
    }
    const auto basis = foods::parseBasis(m_basisBox->currentData().toString().toStdString())
                           .value_or(foods::Basis::PerPortion);
    const auto intakes = personalIntakes();

    QElapsedTimer timer;
    timer.start();
    foods::RankTally tally;
    std::optional<foods::RankedFood> richestLessCommon;
    try {
        const foods::RankFilters filters = currentFilters();
        if (secondKey.isEmpty()) {
            const auto result = m_finder.rank(first->key, basis, filters);
            m_model->setRanking(result, *first, basis, recommendedFor(intakes, first->key));
            tally = result;
            richestLessCommon = result.richestLessCommon;
        } else {
            const auto* second = m_finder.findNutrient(secondKey.toStdString());
            const auto result = m_finder.rankCombined({first->key, second->key}, basis, filters);
            // No "% your RDA/AI" columns here: with two nutrients the table would be too wide to read; the
            // reference box above still gives both intakes.
            m_model->setCombined(result, {*first, *second}, basis, {std::nullopt, std::nullopt});
            tally = result;
        }
    } catch (const std::exception& e) {
        m_model->clear();
        m_chart->clear(qs(std::string(e.what())));
        m_statusLabel->setText(qs(std::string(e.what())));
        return;
    }
    const double elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    fitColumns();
    m_scoreNote->setVisible(m_model->isCombined());
    updateReferenceLabel(intakes);
    updateChart();
    updateHeading(tally.matching, tally.otherKinds);
    updateStatus(tally.withoutData, tally.withoutPortion, tally.tooFewCalories, tally.lessCommonHidden,
                 richestLessCommon, tally.tinyHidden, elapsedMs);
}

// The food's name takes the room that is left and is elided (its tooltip has USDA's full name); the
// figures keep their width. The group is the filter's business (and in the tooltip, the profile and
// copied rows), and long USDA portion texts are elided too (the full text is in the profile).
void FoodFinderWindow::fitColumns() {
    auto* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == FoodTableModel::kFoodColumn) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        } else {
            // As wide as its figures or the longest line of its two-line header, whichever is wider:
            // the header's own size hint also reserves room for a sort arrow, which took 40 px a column.
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            int headerWidth = 0;
            for (const QString& line : m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n'))) {
                headerWidth = std::max(headerWidth, header->fontMetrics().horizontalAdvance(line));
            }
            const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
            int cellWidth = 0;
            for (int row = 0; row < std::min(m_model->rowCount(), 60); ++row) {
                cellWidth = std::max(cellWidth, m_table->fontMetrics().horizontalAdvance(
                                                    m_model->index(row, column).data().toString()));
            }
            m_table->setColumnWidth(column, std::max(cellWidth, headerWidth) + padding);
        }
    }
    m_table->resizeColumnToContents(FoodTableModel::kRankColumn); // "#" and the sort arrow it starts with
    m_table->setColumnHidden(FoodTableModel::kGroupColumn, true);
    m_table->setColumnWidth(FoodTableModel::kPortionColumn,
                            std::min(m_table->columnWidth(FoodTableModel::kPortionColumn),
                                     fontMetrics().horizontalAdvance(QStringLiteral("1 cup, chopped"))));
}

// Which list this is, under its own heading, and links to the kinds listed apart.
void FoodFinderWindow::updateHeading(std::size_t matching, const std::vector<foods::OtherKindCount>& otherKinds) {
    const QString kind = m_kindBox->currentData().toString();
    const QString title = kind.isEmpty() ? tr("Every kind of food") : kindLabel(foods::parseFoodKind(kind.toStdString()));
    QString text = tr("<b>%1</b>: %2 foods, %3 lines (similar entries folded).")
                       .arg(title.toHtmlEscaped(), count(matching), count(static_cast<std::size_t>(m_model->rowCount())));
    QStringList apart;
    for (const auto& other : otherKinds) {
        if (other.count > 0) {
            apart << QStringLiteral("<a href=\"kind:%1\">%2</a> (%3)")
                         .arg(qs(foods::foodKindKey(other.kind)), kindPhrase(qs(foods::foodKindKey(other.kind))).toHtmlEscaped(),
                              count(other.count));
        }
    }
    if (!apart.isEmpty()) {
        text += QStringLiteral(" ") + tr("Listed apart: %1.").arg(apart.join(QStringLiteral(", ")));
    }
    m_listHeading->setText(text);
}

void FoodFinderWindow::updateStatus(std::size_t withoutData, std::size_t withoutPortion, std::size_t tooFewCalories,
                                    std::size_t lessCommon, const std::optional<foods::RankedFood>& richestLessCommon,
                                    std::size_t tiny, double elapsedMs) {
    QStringList parts;
    if (withoutData > 0) {
        parts << tr("%1 have no USDA value (no data, not zero)").arg(count(withoutData));
    }
    if (withoutPortion > 0) {
        parts << tr("%1 are not eaten as they are or have no usable portion (rank them per 100 g)")
                     .arg(count(withoutPortion));
    }
    if (tooFewCalories > 0) {
        parts << tr("%1 have under 10 kcal per 100 g").arg(count(tooFewCalories));
    }
    if (lessCommon > 0) {
        QString part = tr("%1 less common foods are hidden").arg(count(lessCommon));
        if (richestLessCommon) {
            part += tr(" (the richest: %1, %2)")
                        .arg(qs(richestLessCommon->shortName.empty() ? richestLessCommon->description
                                                                     : richestLessCommon->shortName),
                             qs(foods::formatAmount(richestLessCommon->amount, richestLessCommon->unit)));
        }
        parts << part;
    }
    if (tiny > 0) {
        parts << tr("%1 spices and other foods eaten only in tiny amounts are hidden").arg(count(tiny));
    }
    QString status = parts.join(QStringLiteral("; "));
    if (!status.isEmpty()) {
        status += QStringLiteral(". ");
    }
    status += tr("Ranked in %1 ms. Source: USDA SR28.").arg(elapsedMs, 0, 'f', 1);
    m_statusLabel->setText(status);
}


void FoodFinderWindow::updateChart() {
    const auto& rows = m_model->rows();
    if (rows.empty()) {
        m_chart->clear(tr("No food matches these filters."));
        return;
    }
    const auto& nutrients = m_model->nutrients();
    const foods::NutrientInfo& first = nutrients.front();
    const QString basis = basisPhrase(m_model->basis());
    QVector<FoodBarChart::Bar> bars;
    const std::size_t shown = std::min<std::size_t>(rows.size(), kChartBars);
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& row = rows[i];
        FoodBarChart::Bar bar;
        bar.label = qs(row.shortName);
        bar.fullName = tr("%1 (USDA %2)").arg(qs(row.description), qs(row.usdaId));
        bar.usdaId = qs(row.usdaId);
        if (m_model->isCombined()) {
            bar.value = row.score.value_or(0);
            QStringList parts;
            for (const auto& amount : row.amounts) {
                parts << tr("%1 DV %2").arg(qs(foods::formatPercent(amount.percentDailyValue)),
                                                     qs(amount.name));
            }
            // The score on the bar; each nutrient's %DV is in the table above and in the tooltip.
            bar.valueText = tr("score %1").arg(bar.value, 0, 'f', 1);
            bar.fullName += QStringLiteral("\n") + parts.join(QStringLiteral(", "));
        } else {
            const auto& amount = row.amounts.front();
            const QString figure = qs(foods::formatAmount(amount.amount, amount.unit));
            if (amount.percentDailyValue) {
                bar.value = *amount.percentDailyValue;
                bar.valueText = tr("%1 · %2 DV").arg(figure, qs(foods::formatPercent(amount.percentDailyValue)));
            } else {
                bar.value = amount.amount.value_or(0);
                bar.valueText = figure;
            }
        }
        if (m_model->basis() == foods::Basis::PerPortion) {
            bar.valueText += QStringLiteral(" · ") + qs(row.portion);
        }
        bars.push_back(std::move(bar));
    }
    QString title;
    std::optional<double> reference;
    QString referenceLabel;
    // %5 is left for the chart: the number of bars that fit its height (all of them on a tall window).
    const QString kinds = kindPhrase(m_kindBox->currentData().toString());
    if (m_model->isCombined()) {
        title = tr("Top %5 %1 for %2 and %3 %4: combined score (geometric mean of the %DVs)")
                    .arg(kinds, qs(first.name), qs(nutrients.back().name), basis);
    } else if (first.dailyValue) {
        title = tr("Top %5 %1 for %2 %3, as % of the Daily Value (%4)")
                    .arg(kinds, qs(first.name), basis, qs(foods::formatAmount(first.dailyValue, first.unit)));
        // FDA: 20% DV or more per serving is "high".
        reference = 20.0;
        referenceLabel = tr("20% DV: high");
    } else {
        title = tr("Top %5 %1 for %2 %3 (%4; no Daily Value)").arg(kinds, qs(first.name), basis, qs(first.unit));
    }
    m_chart->setBars(title, bars, reference, referenceLabel);
}

bool FoodFinderWindow::showNutrient(const QString& key) {
    const auto* nutrient = m_finder.findNutrient(key.toStdString());
    if (!nutrient) {
        return false;
    }
    const int index = m_nutrientBox->findData(qs(nutrient->key));
    if (index < 0) {
        return false;
    }
    {
        const QSignalBlocker blockNutrient(m_nutrientBox);
        const QSignalBlocker blockSecond(m_secondBox);
        m_nutrientBox->setCurrentIndex(index);
        m_secondBox->setCurrentIndex(0);
    }
    refresh();
    return true;
}

bool FoodFinderWindow::showFood(const QString& usdaId) {
    if (!m_finder.profile(usdaId.toStdString())) {
        return false;
    }
    m_currentFoodId = usdaId;
    renderProfile();
    return true;
}

bool FoodFinderWindow::lookupFood(const QString& query) {
    auto matches = m_finder.lookup(query.toStdString(), 8);
    if (matches.empty()) {
        return false;
    }
    const QString best = qs(matches.front().usdaId);
    matches.erase(matches.begin());
    m_otherMatches = std::move(matches);
    return showFood(best);
}

void FoodFinderWindow::renderProfile() {
    const auto profile = m_finder.profile(m_currentFoodId.toStdString());
    if (!profile) {
        return;
    }
    foods::PersonalColumn personal;
    personal.personLabel = personLabel().toStdString();
    for (const auto& intake : personalIntakes()) {
        if (intake.recommended) {
            personal.recommended[intake.nutrient] = intake.recommended->amount;
        }
    }
    m_profileView->setHtml(qs(foods::renderProfileHtml(*profile, personal, m_otherMatches)));
}

void FoodFinderWindow::followProfileLink(const QUrl& url) {
    if (url.scheme() == QLatin1String("food")) {
        showFood(url.path());
    }
}

int FoodFinderWindow::copySelection() {
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_statusLabel->setText(tr("Select the rows to copy first (Ctrl+A selects them all)."));
        return 0;
    }
    // In the order shown, whatever order they were selected in.
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<int> rows;
    rows.reserve(static_cast<std::size_t>(selected.size()));
    for (const auto& index : selected) {
        rows.push_back(m_proxy->mapToSource(index).row());
    }
    QApplication::clipboard()->setText(m_model->rowsAsText(rows));
    m_statusLabel->setText(tr("Copied %n row(s) as tab-separated text.", nullptr, static_cast<int>(rows.size())));
    return static_cast<int>(rows.size());
}

void FoodFinderWindow::restoreSettings() {
    m_restoring = true;
    restoreOrFit(this, Settings::get(settings::foodFinderGeometry), {1240, 800});
    const auto select = [](QComboBox* box, const QVariant& value) {
        const int index = box->findData(value);
        if (index >= 0) {
            box->setCurrentIndex(index);
        }
    };
    select(m_nutrientBox, Settings::get(settings::foodFinderNutrient));
    select(m_secondBox, Settings::get(settings::foodFinderSecond));
    select(m_basisBox, Settings::get(settings::foodFinderBasis));
    select(m_ageBox, Settings::get(settings::foodFinderAgeGroup));
    select(m_sexBox, Settings::get(settings::foodFinderSex));
    select(m_stageBox, Settings::get(settings::foodFinderLifeStage));
    updatePersonControls();
    m_restoring = false;
}

void FoodFinderWindow::saveSettings() const {
    Settings::set(settings::foodFinderNutrient, m_nutrientBox->currentData().toString());
    Settings::set(settings::foodFinderSecond, m_secondBox->currentData().toString());
    Settings::set(settings::foodFinderBasis, m_basisBox->currentData().toString());
    Settings::set(settings::foodFinderAgeGroup, m_ageBox->currentData().toInt());
    Settings::set(settings::foodFinderSex, m_sexBox->currentData().toString());
    Settings::set(settings::foodFinderLifeStage, m_stageBox->currentData().toString());
    Settings::set(settings::foodFinderGeometry, saveGeometry());
}

void FoodFinderWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

} // namespace carebook::app
