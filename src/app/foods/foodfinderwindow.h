// SPDX-License-Identifier: MIT
#pragma once

#include "core/foods/finder.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;
class QUrl;

namespace carebook::app {

class FoodBarChart;
class FoodTableModel;

// The Food finder: which foods give the most of a nutrient, per portion, per 100 g or per 100 kcal,
// with %DV. A table of the ranking (sortable), a bar chart of its top, a food profile panel, and the
// person's own reference intake (RDA/AI) kept apart from the label Daily Value.
//
// Ranking runs on the UI thread: the FoodFinder answers from memory in at most 1.7 ms for any nutrient,
// basis and filter over all 8,789 foods (bench/food_bench.cpp on this machine), and a whole refresh
// (rank every food, refill the table and the chart) takes 2.3 ms median, 6.6 ms at worst (foods_ui_tests
// "[timing]"): well under a frame, so a worker thread would only add latency and stale-result handling.
class FoodFinderWindow final : public QWidget {
    Q_OBJECT
public:
    explicit FoodFinderWindow(const foods::FoodFinder& finder, QWidget* parent = nullptr);
    ~FoodFinderWindow() override;

    // Selects a nutrient by key ("magnesium") and ranks by it alone. False for an unknown key.
    bool showNutrient(const QString& key);
    // Shows a food's profile by USDA number; false when there is no such food.
    bool showFood(const QString& usdaId);
    // Looks a food up by name and shows the best match's profile; false when nothing matches.
    bool lookupFood(const QString& query);
    // Copies the selected rows as tab-separated text with a header line. Returns the number of rows copied.
    int copySelection();
    // Re-ranks now (the name filter otherwise waits for typing to pause).
    void refresh();

    // For tests and the main window.
    QComboBox* nutrientBox() const { return m_nutrientBox; }
    QComboBox* secondNutrientBox() const { return m_secondBox; }
    QComboBox* basisBox() const { return m_basisBox; }
    QComboBox* groupBox() const { return m_groupBox; }
    QLineEdit* nameFilter() const { return m_nameFilter; }
    QCheckBox* allFoodsBox() const { return m_allFoodsBox; }
    QCheckBox* uncommonBox() const { return m_uncommonBox; }
    QCheckBox* tinyBox() const { return m_tinyBox; }
    QComboBox* kindBox() const { return m_kindBox; }
    QLabel* listHeading() const { return m_listHeading; }
    QLabel* scoreNote() const { return m_scoreNote; }
    QComboBox* ageBox() const { return m_ageBox; }
    QComboBox* sexBox() const { return m_sexBox; }
    QComboBox* lifeStageBox() const { return m_stageBox; }
    QLabel* referenceLabel() const { return m_referenceLabel; }
    QLabel* statusLabel() const { return m_statusLabel; }
    QTableView* tableView() const { return m_table; }
    FoodTableModel* tableModel() const { return m_model; }
    QSortFilterProxyModel* sortModel() const { return m_proxy; }
    FoodBarChart* chart() const { return m_chart; }
    QLineEdit* foodSearch() const { return m_foodSearch; }
    QTextBrowser* profileView() const { return m_profileView; }
    QString currentFoodId() const { return m_currentFoodId; }

    static constexpr int kChartBars = 15;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    QLayout* buildPickers();
    QWidget* buildReferenceBox();
    QWidget* buildListPane();
    QWidget* buildProfilePane();
    void connectSignals();
    void fillPickers();
    void updatePersonControls();
    foods::Person person() const;
    QString personLabel() const;
    std::vector<foods::PersonalIntake> personalIntakes() const;
    std::optional<double> recommendedFor(const std::vector<foods::PersonalIntake>& intakes,
                                         const std::string& key) const;
    void updateReferenceLabel(const std::vector<foods::PersonalIntake>& intakes);
    void updateChart();
    foods::RankFilters currentFilters() const;
    void fitColumns();
    void updateHeading(std::size_t matching, const std::vector<foods::OtherKindCount>& otherKinds);
    void updateStatus(std::size_t withoutData, std::size_t withoutPortion, std::size_t tooFewCalories,
                      std::size_t lessCommon, const std::optional<foods::RankedFood>& richestLessCommon,
                      std::size_t tiny, double elapsedMs);
    static QString kindLabel(foods::FoodKind kind);
    static QString kindPhrase(const QString& kindKey);
    void followProfileLink(const QUrl& url);
    void renderProfile();
    void restoreSettings();
    void saveSettings() const;

    const foods::FoodFinder& m_finder;
    QComboBox* m_nutrientBox = nullptr;
    QComboBox* m_secondBox = nullptr;
    QComboBox* m_basisBox = nullptr;
    QComboBox* m_groupBox = nullptr;
    QLineEdit* m_nameFilter = nullptr;
    QCheckBox* m_allFoodsBox = nullptr;
    QCheckBox* m_uncommonBox = nullptr;
    QCheckBox* m_tinyBox = nullptr;
    QComboBox* m_kindBox = nullptr;
    QLabel* m_listHeading = nullptr;
    QLabel* m_scoreNote = nullptr;
    QComboBox* m_ageBox = nullptr;
    QComboBox* m_sexBox = nullptr;
    QComboBox* m_stageBox = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTableView* m_table = nullptr;
    FoodTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    FoodBarChart* m_chart = nullptr;
    QLineEdit* m_foodSearch = nullptr;
    QTextBrowser* m_profileView = nullptr;
    QTimer* m_filterTimer = nullptr;
    QTimer* m_lookupTimer = nullptr;
    QString m_currentFoodId;
    std::vector<foods::FoodMatch> m_otherMatches; // of the last name lookup, listed under its profile
    bool m_restoring = false;
};

} // namespace carebook::app
