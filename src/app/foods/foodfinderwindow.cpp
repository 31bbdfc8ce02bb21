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

constexpr int kFilterDelayMs = 250; // the name filter waits for typing to pause
constexpr int kLookupDelayMs = 300;

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

void FoodFinderWindow::buildUi() {
    m_nutrientBox = new QComboBox(this);
    m_nutrientBox->setObjectName(QStringLiteral("nutrientBox"));
    m_secondBox = new QComboBox(this);
    m_secondBox->setObjectName(QStringLiteral("secondNutrientBox"));
    m_secondBox->setToolTip(tr("Rank by two nutrients at once: the score is the geometric mean of both %DVs, each "
                               "capped at 100%, so a food must supply a real share of each"));
    m_basisBox = new QComboBox(this);
    m_basisBox->setObjectName(QStringLiteral("basisBox"));
    m_groupBox = new QComboBox(this);
    m_groupBox->setObjectName(QStringLiteral("groupBox"));
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("nameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_nameFilter->setClearButtonEnabled(true);
    m_allFoodsBox = new QCheckBox(tr("Show &brand-name, baby and restaurant foods"), this);
    m_allFoodsBox->setObjectName(QStringLiteral("allFoodsBox"));
    m_uncommonBox = new QCheckBox(tr("Show &less common foods"), this);
    m_uncommonBox->setObjectName(QStringLiteral("uncommonBox"));
    m_uncommonBox->setToolTip(tr("Also list foods USDA does not use for its national food survey of what people eat "
                                 "(conch, cottonseed kernels, but also firm tofu and cod liver oil)"));

    auto* nutrientLabel = new QLabel(tr("&Nutrient:"), this);
    nutrientLabel->setBuddy(m_nutrientBox);
    auto* secondLabel = new QLabel(tr("&and:"), this);
    secondLabel->setBuddy(m_secondBox);
    auto* basisLabel = new QLabel(tr("&Per:"), this);
    basisLabel->setBuddy(m_basisBox);
    auto* groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_groupBox);

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(nutrientLabel);
    pickers->addWidget(m_nutrientBox);
    pickers->addWidget(secondLabel);
    pickers->addWidget(m_secondBox);
    pickers->addSpacing(8);
    pickers->addWidget(basisLabel);
    pickers->addWidget(m_basisBox);
    pickers->addSpacing(8);
    pickers->addWidget(groupLabel);
    pickers->addWidget(m_groupBox, 1);
    pickers->addSpacing(8);
    pickers->addWidget(m_nameFilter, 1);

    // The person's own reference, apart from the label DV.
    m_ageBox = new QComboBox(this);
    m_ageBox->setObjectName(QStringLiteral("ageBox"));
    m_sexBox = new QComboBox(this);
    m_sexBox->setObjectName(QStringLiteral("sexBox"));
    m_stageBox = new QComboBox(this);
    m_stageBox->setObjectName(QStringLiteral("lifeStageBox"));
    auto* ageLabel = new QLabel(tr("Your &age:"), this);
    ageLabel->setBuddy(m_ageBox);
    auto* sexLabel = new QLabel(tr("&Sex:"), this);
    sexLabel->setBuddy(m_sexBox);
    m_referenceLabel = new QLabel(this);
    m_referenceLabel->setObjectName(QStringLiteral("referenceLabel"));
    m_referenceLabel->setWordWrap(true);
    m_referenceLabel->setTextFormat(Qt::RichText);
    m_referenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* personRow = new QHBoxLayout;
    personRow->addWidget(ageLabel);
    personRow->addWidget(m_ageBox);
    personRow->addWidget(sexLabel);
    personRow->addWidget(m_sexBox);
    personRow->addWidget(m_stageBox);
    personRow->addStretch(1);
    personRow->addWidget(m_uncommonBox);
    personRow->addWidget(m_allFoodsBox);
    auto* referenceBox = new QGroupBox(tr("Reference intakes"), this);
    auto* referenceLayout = new QVBoxLayout(referenceBox);
    referenceLayout->addLayout(personRow);
    referenceLayout->addWidget(m_referenceLabel);

    m_model = new FoodTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FoodTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("foodTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FoodTableModel::kRankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setResizeContentsPrecision(60);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setToolTip(tr("Select a food to see its profile. Ctrl+C copies the selected rows."));

    auto* copyAction = new QAction(tr("&Copy rows"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, [this] { copySelection(); });
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_chart = new FoodBarChart(this);

    m_foodSearch = new QLineEdit(this);
    m_foodSearch->setObjectName(QStringLiteral("foodSearch"));
    m_foodSearch->setPlaceholderText(tr("Look up a food: banana, spinach boiled, almonds… (Ctrl+L)"));
    m_foodSearch->setClearButtonEnabled(true);
    m_profileView = new QTextBrowser(this);
    m_profileView->setObjectName(QStringLiteral("profileView"));
    m_profileView->setOpenLinks(false);
    m_profileView->setOpenExternalLinks(false);
    // The article's stylesheet, from the theme; a new theme or text size re-renders the profile.
    m_profileView->document()->setDefaultStyleSheet(articleCss(ThemeManager::current(), ThemeManager::textScale()));
    const auto restyle = [this] {
        m_profileView->document()->setDefaultStyleSheet(articleCss(ThemeManager::current(), ThemeManager::textScale()));
        renderProfile();
    };
    connect(&ThemeManager::instance(), &ThemeManager::themeChanged, this, restyle);
    connect(&ThemeManager::instance(), &ThemeManager::textScaleChanged, this, restyle);
    m_profileView->setHtml(tr("<p class=\"muted\">Select a food in the list, double-click a bar, or look a food "
                              "up by name to see all its nutrients per 100 g and per portion.</p>"));

    auto* profilePane = new QWidget(this);
    auto* profileLayout = new QVBoxLayout(profilePane);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_foodSearch);
    profileLayout->addWidget(m_profileView, 1);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("foodListSplitter"));
    left->addWidget(m_table);
    left->addWidget(m_chart);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("foodMainSplitter"));
    main->addWidget(left);
    main->addWidget(profilePane);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);
    main->setSizes({900, 340});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(referenceBox);
    layout->addWidget(main, 1);
    layout->addWidget(m_statusLabel);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &FoodFinderWindow::refresh);
    m_lookupTimer = new QTimer(this);
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(kLookupDelayMs);
    connect(m_lookupTimer, &QTimer::timeout, this, [this] {
        if (m_foodSearch->text().trimmed().size() >= 2) {
            lookupFood(m_foodSearch->text());
        }
    });

    const auto rerank = [this] {
        if (!m_restoring) {
            refresh();
        }
    };
    connect(m_nutrientBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_secondBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_basisBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_groupBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_allFoodsBox, &QCheckBox::toggled, this, rerank);
    connect(m_uncommonBox, &QCheckBox::toggled, this, rerank);
    connect(m_ageBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_sexBox, &QComboBox::currentIndexChanged, this, [this, rerank] {
        updatePersonControls();
        rerank();
    });
    connect(m_stageBox, &QComboBox::currentIndexChanged, this, rerank);
    connect(m_nameFilter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_nameFilter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        refresh();
    });
    connect(m_foodSearch, &QLineEdit::textChanged, m_lookupTimer, qOverload<>(&QTimer::start));
    connect(m_foodSearch, &QLineEdit::returnPressed, this, [this] {
        m_lookupTimer->stop();
        if (!lookupFood(m_foodSearch->text())) {
            m_profileView->setHtml(tr("<p>No food matches “%1”. Try fewer words or another spelling.</p>")
                                       .arg(m_foodSearch->text().toHtmlEscaped()));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    m_otherMatches.clear();
                    showFood(current.data(FoodTableModel::UsdaIdRole).toString());
                }
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_otherMatches.clear();
        showFood(index.data(FoodTableModel::UsdaIdRole).toString());
    });
    connect(m_chart, &FoodBarChart::barActivated, this, [this](const QString& usdaId) {
        m_otherMatches.clear();
        showFood(usdaId);
    });
    connect(m_profileView, &QTextBrowser::anchorClicked, this, &FoodFinderWindow::followProfileLink);

    auto* focusFilter = new QShortcut(QKeySequence::Find, this);
    connect(focusFilter, &QShortcut::activated, this, [this] {
        m_nameFilter->setFocus();
        m_nameFilter->selectAll();
    });
    auto* focusLookup = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(focusLookup, &QShortcut::activated, this, [this] {
        m_foodSearch->setFocus();
        m_foodSearch->selectAll();
    });
    auto* closeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
}

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
        QString line = QStringLiteral("<b>%1</b> — ").arg(qs(nutrient.name).toHtmlEscaped());
        line += nutrient.dailyValue
                    ? tr("Daily Value (food labels): <b>%1</b>, the same for everyone aged 4 and over; the %DV "
                         "column uses it.")
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
                    tr("Your recommended intake (RDA/AI): <b>%1 a day</b> (%2 for %3)")
                        .arg(qs(foods::formatAmount(mine->recommended->amount, mine->recommended->unit)).toHtmlEscaped(),
                             qs(mine->recommended->kind).toHtmlEscaped(), personLabel().toHtmlEscaped());
            if (mine->generalValueShown) {
                line += tr("; no separate value for pregnancy or breastfeeding, so the value for your age and sex");
            }
            line += m_model->isCombined() ? QStringLiteral(".") : tr("; the “% your RDA/AI” column uses it.");
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
    foods::RankFilters filters;
    if (const QString group = m_groupBox->currentData().toString(); !group.isEmpty()) {
        filters.group = group.toStdString();
    }
    filters.includeBrandedAndBaby = m_allFoodsBox->isChecked();
    filters.commonFoodsOnly = !m_uncommonBox->isChecked();
    filters.nameFilter = m_nameFilter->text().trimmed().toStdString();
    filters.limit = 0; // every food: the table sorts the whole ranking, the chart shows its top
    const auto intakes = personalIntakes();

    QElapsedTimer timer;
    timer.start();
    std::size_t matching = 0;
    std::size_t withoutData = 0;
    std::size_t withoutPortion = 0;
    std::size_t tooFewCalories = 0;
    std::size_t lessCommon = 0;
    std::optional<foods::RankedFood> richestLessCommon;
    try {
        if (secondKey.isEmpty()) {
            const auto result = m_finder.rank(first->key, basis, filters);
            m_model->setRanking(result, *first, basis, recommendedFor(intakes, first->key));
            matching = result.matching;
            withoutData = result.withoutData;
            withoutPortion = result.withoutPortion;
            tooFewCalories = result.tooFewCalories;
            lessCommon = result.lessCommonHidden;
            richestLessCommon = result.richestLessCommon;
        } else {
            const auto* second = m_finder.findNutrient(secondKey.toStdString());
            const auto result = m_finder.rankCombined({first->key, second->key}, basis, filters);
            // No "% your RDA/AI" columns here: with two nutrients the table would be too wide to read; the
            // reference box above still gives both intakes.
            m_model->setCombined(result, {*first, *second}, basis, {std::nullopt, std::nullopt});
            matching = result.matching;
            withoutData = result.withoutData;
            withoutPortion = result.withoutPortion;
            tooFewCalories = result.tooFewCalories;
            lessCommon = result.lessCommonHidden;
        }
    } catch (const std::exception& e) {
        m_model->clear();
        m_chart->clear(qs(std::string(e.what())));
        m_statusLabel->setText(qs(std::string(e.what())));
        return;
    }
    const double elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == FoodTableModel::kFoodColumn) {
            m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
        } else {
            m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
            m_table->resizeColumnToContents(column);
        }
    }
    // The food's name needs the room: the group is the filter's business (and in the tooltip, the profile
    // and copied rows), and long USDA portion texts are elided (the full text is in the profile).
    m_table->setColumnHidden(FoodTableModel::kGroupColumn, true);
    m_table->setColumnWidth(FoodTableModel::kPortionColumn,
                            std::min(m_table->columnWidth(FoodTableModel::kPortionColumn), 150));
    updateReferenceLabel(intakes);
    updateChart();

    QString status = tr("%1 foods ranked, shown in %2 lines (similar entries folded)")
                         .arg(count(matching), count(static_cast<std::size_t>(m_model->rowCount())));
    if (withoutData > 0) {
        status += tr("; %1 have no USDA value (no data, not zero)").arg(count(withoutData));
    }
    if (withoutPortion > 0) {
        status += tr("; %1 are not eaten as they are or have no usable portion (rank them per 100 g)")
                      .arg(count(withoutPortion));
    }
    if (tooFewCalories > 0) {
        status += tr("; %1 have under 10 kcal per 100 g").arg(count(tooFewCalories));
    }
    if (lessCommon > 0) {
        status += tr(". %1 less common foods (not in USDA's food survey list) are hidden").arg(count(lessCommon));
        if (richestLessCommon) {
            status += tr("; the richest is %1, %2")
                          .arg(QString::fromStdString(richestLessCommon->description),
                               QString::fromStdString(
                                   foods::formatAmount(richestLessCommon->amount, richestLessCommon->unit)));
        }
    }
    status += tr(". Ranked in %1 ms. Source: USDA SR28.").arg(elapsedMs, 0, 'f', 1);
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
        bar.label = qs(row.description);
        bar.usdaId = qs(row.usdaId);
        if (m_model->isCombined()) {
            bar.value = row.score.value_or(0);
            QStringList parts;
            for (const auto& amount : row.amounts) {
                parts << QStringLiteral("%1 %2").arg(qs(foods::formatPercent(amount.percentDailyValue)),
                                                     qs(amount.name));
            }
            bar.valueText = tr("score %1 (%2)").arg(bar.value, 0, 'f', 1).arg(parts.join(QStringLiteral(", ")));
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
    if (m_model->isCombined()) {
        title = tr("Top %1 for %2 and %3 %4: combined score (geometric mean of the %DVs)")
                    .arg(bars.size())
                    .arg(qs(first.name), qs(nutrients.back().name), basis);
    } else if (first.dailyValue) {
        title = tr("Top %1 for %2 %3, as % of the Daily Value (%4)")
                    .arg(bars.size())
                    .arg(qs(first.name), basis, qs(foods::formatAmount(first.dailyValue, first.unit)));
        // FDA: 20% DV or more per serving is "high".
        reference = 20.0;
        referenceLabel = tr("20% DV: high");
    } else {
        title = tr("Top %1 for %2 %3 (%4; no Daily Value)").arg(bars.size()).arg(qs(first.name), basis, qs(first.unit));
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
