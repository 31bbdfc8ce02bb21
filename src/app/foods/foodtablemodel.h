// SPDX-License-Identifier: MIT
#pragma once

#include "core/foods/finder.h"

#include <QAbstractTableModel>
#include <QModelIndexList>

#include <optional>
#include <vector>

namespace carebook::app {

// The food finder's ranking as a table: one row per food, in rank order. Columns: #, Food, Food group,
// Portion, Grams, then per ranked nutrient its amount, %DV (label; only for nutrients with a Daily Value)
// and % your RDA/AI (only when a personal reference is given); a combined ranking adds a Score column
// before them. Display text is formatted for people ("156 mg", "37%"); SortRole gives numbers so a
// QSortFilterProxyModel sorts numerically, with "no data" below every real value.
class FoodTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, folded text for text columns
        UsdaIdRole,                  // any column: the food's USDA number ("12014")
        CopyRole,                    // plain cell text for the clipboard: numbers without units
    };

    struct Row {
        std::size_t rank = 0;
        std::string usdaId;
        std::string description; // USDA's full name (tooltip, profile, copied rows)
        std::string shortName;   // the name the list shows ("Pumpkin seeds, roasted")
        std::string foodGroup;
        std::string portion;
        double grams = 0;
        std::string portionNote;
        std::size_t similarCount = 0;
        std::vector<std::string> similarVariants; // how the folded entries differ ("canned", "frozen")
        foods::FoodKind kind = foods::FoodKind::Single;
        std::optional<double> score;               // combined rankings only
        std::vector<foods::NutrientAmount> amounts; // one per ranked nutrient, in the ranking's order
    };

    explicit FoodTableModel(QObject* parent = nullptr);

    // Replaces the rows. `personal` holds, per ranked nutrient, the person's RDA/AI (nullopt when there
    // is none), for the "% of your RDA/AI" columns.
    void setRanking(const foods::RankResult& result, const foods::NutrientInfo& nutrient, foods::Basis basis,
                    std::optional<double> personal);
    void setCombined(const foods::CombinedRankResult& result, const std::vector<foods::NutrientInfo>& nutrients,
                     foods::Basis basis, const std::vector<std::optional<double>>& personal);
    void clear();

    const std::vector<Row>& rows() const { return m_rows; }
    bool isCombined() const { return m_combined; }
    foods::Basis basis() const { return m_basis; }
    const std::vector<foods::NutrientInfo>& nutrients() const { return m_nutrients; }

    // These rows (this model's row numbers, in the order given) as tab-separated text with a header line:
    // numbers without units (the units are in the header), so it pastes into a spreadsheet.
    QString rowsAsText(const std::vector<int>& sourceRows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The Food column's text: the short name and what a folded row stands for ("Almonds, dry roasted
    // (+6 similar: with salt, flavoured)"), as the command line shows it.
    static QString foodText(const Row& row);

    // Column layout, for views and tests.
    static constexpr int kRankColumn = 0;
    static constexpr int kFoodColumn = 1;
    static constexpr int kGroupColumn = 2;
    static constexpr int kPortionColumn = 3;
    static constexpr int kGramsColumn = 4;
    int scoreColumn() const { return m_combined ? 5 : -1; }
    int amountColumn(std::size_t nutrient) const;   // "Magnesium (mg)"
    int percentColumn(std::size_t nutrient) const;  // "%DV (label)"
    int personalColumn(std::size_t nutrient) const; // "% of your RDA/AI"

private:
    enum class Kind { Rank, Food, Group, Portion, Grams, Score, Amount, Percent, Personal };
    struct Column {
        Kind kind;
        std::size_t nutrient = 0;
    };
    void rebuildColumns();
    Column columnAt(int section) const { return m_columns[static_cast<std::size_t>(section)]; }
    QString headerText(const Column& column) const;
    QVariant display(const Row& row, const Column& column) const;
    QVariant sortValue(const Row& row, const Column& column) const;
    QString copyText(const Row& row, const Column& column) const;
    QString foodToolTip(const Row& row) const;
    std::optional<double> personalPercent(const Row& row, std::size_t nutrient) const;

    std::vector<Row> m_rows;
    std::vector<Column> m_columns;
    std::vector<foods::NutrientInfo> m_nutrients;
    std::vector<std::optional<double>> m_personal;
    foods::Basis m_basis = foods::Basis::PerPortion;
    bool m_combined = false;
};

} // namespace carebook::app
