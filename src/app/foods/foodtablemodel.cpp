// SPDX-License-Identifier: MIT
#include "app/foods/foodtablemodel.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace carebook::app {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// A number for a spreadsheet cell: the precision formatAmount shows, no unit, no thousands separator.
QString plainNumber(double value, const std::string& unit) {
    int decimals = 0;
    if (value != 0 && (unit == "g" || std::fabs(value) < 1)) {
        decimals = std::fabs(value) < 0.1 ? 2 : 1;
    } else if (value != 0 && std::fabs(value) < 10 && unit != "kcal" && unit != "IU") {
        decimals = 1;
    }
    return QString::number(value, 'f', decimals);
}

QString percentText(std::optional<double> percent) { return qs(foods::formatPercent(percent)); }

} // namespace

namespace {

// The columns a single-nutrient and a combined ranking share.
template <typename Ranked>
FoodTableModel::Row rowFrom(const Ranked& ranked) {
    FoodTableModel::Row row;
    row.rank = ranked.rank;
    row.usdaId = ranked.usdaId;
    row.description = ranked.description;
    row.shortName = ranked.shortName.empty() ? ranked.description : ranked.shortName;
    row.foodGroup = ranked.foodGroup;
    row.portion = ranked.portion;
    row.grams = ranked.grams;
    row.portionNote = ranked.portionNote;
    row.similarCount = ranked.similarCount;
    row.similarVariants = ranked.similarVariants;
    row.kind = ranked.kind;
    return row;
}

} // namespace

FoodTableModel::FoodTableModel(QObject* parent) : QAbstractTableModel(parent) { rebuildColumns(); }

void FoodTableModel::setRanking(const foods::RankResult& result, const foods::NutrientInfo& nutrient,
                                foods::Basis basis, std::optional<double> personal) {
    beginResetModel();
    m_combined = false;
    m_basis = basis;
    m_nutrients = {nutrient};
    m_personal = {personal};
    m_rows.clear();
    m_rows.reserve(result.rows.size());
    for (const auto& ranked : result.rows) {
        Row row = rowFrom(ranked);
        row.amounts.push_back({nutrient.key, nutrient.name, nutrient.unit, ranked.amount, ranked.percentDailyValue});
        m_rows.push_back(std::move(row));
    }
    rebuildColumns();
    endResetModel();
}

void FoodTableModel::setCombined(const foods::CombinedRankResult& result,
                                 const std::vector<foods::NutrientInfo>& nutrients, foods::Basis basis,
                                 const std::vector<std::optional<double>>& personal) {
    beginResetModel();
    m_combined = true;
    m_basis = basis;
    m_nutrients = nutrients;
    m_personal = personal;
    m_personal.resize(m_nutrients.size());
    m_rows.clear();
    m_rows.reserve(result.rows.size());
    for (const auto& ranked : result.rows) {
        Row row = rowFrom(ranked);
        row.score = ranked.score;
        row.amounts = ranked.amounts;
        m_rows.push_back(std::move(row));
    }
    rebuildColumns();
    endResetModel();
}

void FoodTableModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_nutrients.clear();
    m_personal.clear();
    m_combined = false;
    rebuildColumns();
    endResetModel();
}

void FoodTableModel::rebuildColumns() {
    m_columns = {{Kind::Rank}, {Kind::Food}, {Kind::Group}, {Kind::Portion}, {Kind::Grams}};
    if (m_combined) {
        m_columns.push_back({Kind::Score});
    }
    for (std::size_t i = 0; i < m_nutrients.size(); ++i) {
        m_columns.push_back({Kind::Amount, i});
        if (m_nutrients[i].dailyValue) {
            m_columns.push_back({Kind::Percent, i});
        }
        if (i < m_personal.size() && m_personal[i]) {
            m_columns.push_back({Kind::Personal, i});
        }
    }
}

int FoodTableModel::amountColumn(std::size_t nutrient) const {
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == Kind::Amount && m_columns[i].nutrient == nutrient) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int FoodTableModel::percentColumn(std::size_t nutrient) const {
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == Kind::Percent && m_columns[i].nutrient == nutrient) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int FoodTableModel::personalColumn(std::size_t nutrient) const {
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == Kind::Personal && m_columns[i].nutrient == nutrient) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int FoodTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FoodTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

std::optional<double> FoodTableModel::personalPercent(const Row& row, std::size_t nutrient) const {
    if (nutrient >= m_personal.size() || !m_personal[nutrient] || *m_personal[nutrient] <= 0 ||
        nutrient >= row.amounts.size() || !row.amounts[nutrient].amount) {
        return std::nullopt;
    }
    return *row.amounts[nutrient].amount / *m_personal[nutrient] * 100.0;
}

QString FoodTableModel::headerText(const Column& column) const {
    switch (column.kind) {
    case Kind::Rank:
        return QStringLiteral("#");
    case Kind::Food:
        return tr("Food");
    case Kind::Group:
        return tr("Food group");
    case Kind::Portion:
        return m_basis == foods::Basis::PerPortion ? tr("Portion") : tr("Basis");
    case Kind::Grams:
        return tr("Grams");
    case Kind::Score:
        return tr("Score");
    case Kind::Amount: {
        const auto& nutrient = m_nutrients[column.nutrient];
        return QStringLiteral("%1 (%2)").arg(qs(nutrient.name), qs(nutrient.unit));
    }
    case Kind::Percent:
        return m_combined ? tr("%1 %DV").arg(qs(m_nutrients[column.nutrient].name)) : tr("%DV (label)");
    case Kind::Personal:
        return m_combined ? tr("% your RDA/AI %1").arg(qs(m_nutrients[column.nutrient].name))
                          : tr("% your RDA/AI");
    }
    return {};
}

QVariant FoodTableModel::display(const Row& row, const Column& column) const {
    switch (column.kind) {
    case Kind::Rank:
        return static_cast<qulonglong>(row.rank);
    case Kind::Food:
        return foodText(row);
    case Kind::Group:
        return qs(row.foodGroup);
    case Kind::Portion:
        return qs(row.portion);
    case Kind::Grams:
        return qs(foods::formatGrams(row.grams));
    case Kind::Score:
        return row.score ? QString::number(*row.score, 'f', 1) : QString();
    case Kind::Amount: {
        const auto& amount = row.amounts[column.nutrient];
        return qs(foods::formatAmount(amount.amount, amount.unit));
    }
    case Kind::Percent:
        return percentText(row.amounts[column.nutrient].percentDailyValue);
    case Kind::Personal:
        return percentText(personalPercent(row, column.nutrient));
    }
    return {};
}

// The short name and what a folded row stands for ("+3 similar: canned, frozen"), as the command line
// shows it; the column elides it and the tooltip gives USDA's full name.
QString FoodTableModel::foodText(const Row& row) {
    QString text = qs(row.shortName);
    if (row.similarCount == 0) {
        return text;
    }
    QStringList variants;
    for (const auto& variant : row.similarVariants) {
        variants << qs(variant);
    }
    return variants.isEmpty() ? tr("%1 (+%2 similar)").arg(text).arg(row.similarCount)
                              : tr("%1 (+%2 similar: %3)").arg(text).arg(row.similarCount).arg(variants.join(QStringLiteral(", ")));
}

QString FoodTableModel::foodToolTip(const Row& row) const {
    QString tip = tr("%1\nUSDA %2 · %3").arg(qs(row.description), qs(row.usdaId), qs(row.foodGroup));
    if (row.similarCount > 0) {
        QStringList variants;
        for (const auto& variant : row.similarVariants) {
            variants << qs(variant);
        }
        tip += QStringLiteral("\n") +
               (variants.isEmpty()
                    ? tr("This line also stands for %n similar USDA entries (other varieties).", nullptr,
                         static_cast<int>(row.similarCount))
                    : tr("This line also stands for %n similar USDA entries: %1.", nullptr,
                         static_cast<int>(row.similarCount))
                          .arg(variants.join(QStringLiteral(", "))));
    }
    return tip;
}

QVariant FoodTableModel::sortValue(const Row& row, const Column& column) const {
    // Missing values sort below every real one (-1), never as zero.
    switch (column.kind) {
    case Kind::Rank:
        return static_cast<qulonglong>(row.rank);
    case Kind::Food:
        return qs(row.shortName).toCaseFolded();
    case Kind::Group:
        return qs(row.foodGroup).toCaseFolded();
    case Kind::Portion:
    case Kind::Grams:
        return row.grams;
    case Kind::Score:
        return row.score.value_or(-1.0);
    case Kind::Amount:
        return row.amounts[column.nutrient].amount.value_or(-1.0);
    case Kind::Percent:
        return row.amounts[column.nutrient].percentDailyValue.value_or(-1.0);
    case Kind::Personal:
        return personalPercent(row, column.nutrient).value_or(-1.0);
    }
    return {};
}

QString FoodTableModel::copyText(const Row& row, const Column& column) const {
    switch (column.kind) {
    case Kind::Rank:
        return QString::number(row.rank);
    case Kind::Food:
        return qs(row.description);
    case Kind::Group:
        return qs(row.foodGroup);
    case Kind::Portion:
        return qs(row.portion);
    case Kind::Grams:
        return QString::number(row.grams, 'f', row.grams >= 10 ? 0 : 1);
    case Kind::Score:
        return row.score ? QString::number(*row.score, 'f', 1) : QString();
    case Kind::Amount: {
        const auto& amount = row.amounts[column.nutrient];
        return amount.amount ? plainNumber(*amount.amount, amount.unit) : tr("no data");
    }
    case Kind::Percent: {
        const auto percent = row.amounts[column.nutrient].percentDailyValue;
        return percent ? QString::number(*percent, 'f', 0) : QString();
    }
    case Kind::Personal: {
        const auto percent = personalPercent(row, column.nutrient);
        return percent ? QString::number(*percent, 'f', 0) : QString();
    }
    }
    return {};
}

QVariant FoodTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case CopyRole:
        return copyText(row, column);
    case UsdaIdRole:
        return qs(row.usdaId);
    case Qt::TextAlignmentRole:
        if (column.kind == Kind::Food || column.kind == Kind::Group || column.kind == Kind::Portion) {
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column.kind == Kind::Food || column.kind == Kind::Group) {
            return foodToolTip(row);
        }
        if (column.kind == Kind::Portion && !row.portionNote.empty()) {
            return qs(row.portionNote);
        }
        if (column.kind == Kind::Percent) {
            const auto& nutrient = m_nutrients[column.nutrient];
            return tr("Percent of the food-label Daily Value, %1 (the same for everyone aged 4 and over)")
                .arg(qs(foods::formatAmount(nutrient.dailyValue, nutrient.unit)));
        }
        if (column.kind == Kind::Personal && column.nutrient < m_personal.size() && m_personal[column.nutrient]) {
            const auto& nutrient = m_nutrients[column.nutrient];
            return tr("Percent of your recommended intake (RDA, or AI where there is no RDA), %1 a day")
                .arg(qs(foods::formatAmount(m_personal[column.nutrient], nutrient.unit)));
        }
        return {};
    default:
        return {};
    }
}

QVariant FoodTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const Column column = columnAt(section);
    if (role == Qt::DisplayRole) {
        // Two lines for the figure columns ("Magnesium" over "(mg)") so they stay narrow and the food's
        // name keeps the room; copied text uses the one-line form.
        QString text = headerText(column);
        if (column.kind == Kind::Amount || column.kind == Kind::Percent || column.kind == Kind::Personal) {
            const int split = column.kind == Kind::Personal ? text.indexOf(QLatin1Char(' '), 2)
                                                             : text.lastIndexOf(QLatin1Char(' '));
            if (split > 0) {
                text[split] = QLatin1Char('\n');
            }
        }
        return text;
    }
    if (role == Qt::ToolTipRole) {
        switch (column.kind) {
        case Kind::Score:
            return tr("Geometric mean of each nutrient's %DV, each capped at 100%: high only when the food supplies "
                      "a real share of every nutrient");
        case Kind::Percent:
            return tr("Daily Value (food labels): the FDA's single reference for everyone aged 4 and over");
        case Kind::Personal:
            return tr("Your recommended intake (RDA/AI) for the age group, sex and life stage you chose");
        case Kind::Portion:
            return tr("The portion people usually eat, picked from the USDA household portions");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool text = column.kind == Kind::Food || column.kind == Kind::Group || column.kind == Kind::Portion;
        return QVariant::fromValue((text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    return {};
}

QString FoodTableModel::rowsAsText(const std::vector<int>& sourceRows) const {
    QStringList lines;
    QStringList header;
    for (int column = 0; column < columnCount(); ++column) {
        header << headerText(columnAt(column));
    }
    lines << header.join(QLatin1Char('\t'));
    for (const int rowNumber : sourceRows) {
        if (rowNumber < 0 || rowNumber >= rowCount()) {
            continue;
        }
        const Row& row = m_rows[static_cast<std::size_t>(rowNumber)];
        QStringList cells;
        for (int column = 0; column < columnCount(); ++column) {
            // A tab or newline inside a cell would break the columns: USDA texts have none, but be sure.
            cells << copyText(row, columnAt(column)).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(
                         QLatin1Char('\n'), QLatin1Char(' '));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace carebook::app
