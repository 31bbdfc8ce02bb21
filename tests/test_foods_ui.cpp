// SPDX-License-Identifier: MIT
// The Food finder offscreen: the table model (checked by Qt's QAbstractItemModelTester), the window's
// pickers re-ranking, the bar chart, copying rows, profiles, the personal reference, and the main
// window's links and action. Runs over the real compiled content (it has the USDA food data) and the
// test fixture (it has none).
#include "app/window/articleview.h"
#include "app/contentsource.h"
#include "app/foods/foodbarchart.h"
#include "app/foods/foodfinderlauncher.h"
#include "app/foods/foodfinderwindow.h"
#include "core/foods/finder.h"
#include "app/foods/foodtablemodel.h"
#include "app/window/mainwindow.h"
#include "app/search/searchmodel.h"
#include "app/search/searchpanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QComboBox>
#include <QLayout>
#include <QSplitter>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <cstdio>
#include <memory>

using carebook::ContentStore;
using carebook::app::FoodBarChart;
using carebook::app::FoodFinderWindow;
using carebook::app::FoodTableModel;
using carebook::app::MainWindow;
namespace foods = carebook::foods;

namespace {

// The real content, opened once: its FoodFinder takes a moment to load.
struct RealContent {
    std::unique_ptr<ContentStore> store = carebook::app::openContent(CAREBOOK_CONTENT_DB);
    foods::FoodFinder finder{store->database()};
};

RealContent& real() {
    static RealContent content;
    return content;
}

// Collects what QAbstractItemModelTester (Warning mode) reports while it is alive.
class WarningCollector {
public:
    WarningCollector() {
        s_warnings.clear();
        m_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            // The tester reports through the "qt.modeltest" category; other Qt chatter is not a model fault.
            if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
                QLatin1String(context.category) == QLatin1String("qt.modeltest")) {
                s_warnings << message;
            }
        });
    }
    ~WarningCollector() { qInstallMessageHandler(m_previous); }
    QStringList warnings() const { return s_warnings; }

private:
    static inline QStringList s_warnings;
    QtMessageHandler m_previous = nullptr;
};

void selectData(QComboBox* box, const QString& data) {
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

std::vector<double> amountsOf(const FoodTableModel& model, std::size_t nutrient = 0) {
    std::vector<double> values;
    for (const auto& row : model.rows()) {
        values.push_back(row.amounts.at(nutrient).amount.value_or(-1));
    }
    return values;
}

// A finder as a first-time user sees it: no remembered choices from an earlier test.
std::unique_ptr<FoodFinderWindow> makeFinderWindow() {
    QSettings().remove(QStringLiteral("foodFinder"));
    auto window = std::make_unique<FoodFinderWindow>(real().finder);
    window->resize(1240, 800);
    window->show();
    QApplication::processEvents();
    return window;
}

} // namespace

TEST_CASE("the table model passes QAbstractItemModelTester through rankings, combined rankings and clears",
          "[foods ui][model]") {
    WarningCollector collector;
    FoodTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FoodTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    const auto* magnesium = real().finder.findNutrient("magnesium");
    REQUIRE(magnesium);
    foods::RankFilters filters;
    filters.limit = 50;
    model.setRanking(real().finder.rank("magnesium", foods::Basis::PerPortion, filters), *magnesium,
                     foods::Basis::PerPortion, 320.0);
    CHECK(model.rowCount() == 50);
    CHECK(model.columnCount() == 8); // #, food, group, portion, grams, amount, %DV, % of your RDA/AI
    CHECK(model.headerData(model.percentColumn(0), Qt::Horizontal).toString() == QStringLiteral("%DV\n(label)"));
    CHECK(model.headerData(model.personalColumn(0), Qt::Horizontal).toString() == QStringLiteral("% your\nRDA/AI"));
    proxy.sort(model.amountColumn(0), Qt::AscendingOrder);

    const auto* potassium = real().finder.findNutrient("potassium");
    model.setCombined(real().finder.rankCombined({"magnesium", "potassium"}, foods::Basis::Per100g, filters),
                      {*magnesium, *potassium}, foods::Basis::Per100g, {std::nullopt, std::nullopt});
    CHECK(model.isCombined());
    CHECK(model.scoreColumn() == 5);
    CHECK(model.personalColumn(0) == -1); // no personal reference given: no such column
    CHECK(model.columnCount() == 10);
    proxy.sort(model.scoreColumn(), Qt::DescendingOrder);

    // Water has no Daily Value: no %DV column.
    const auto* water = real().finder.findNutrient("water");
    model.setRanking(real().finder.rank("water", foods::Basis::Per100g, filters), *water, foods::Basis::Per100g,
                     std::nullopt);
    CHECK(model.percentColumn(0) == -1);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(collector.warnings().isEmpty());
    for (const auto& warning : collector.warnings()) {
        UNSCOPED_INFO(warning.toStdString());
    }
}

TEST_CASE("the table sorts numerically through the proxy, with no data below every value", "[foods ui][model]") {
    FoodTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FoodTableModel::SortRole);
    const auto* calcium = real().finder.findNutrient("calcium");
    foods::RankFilters filters;
    filters.limit = 0;
    filters.group = "Vegetables and Vegetable Products";
    model.setRanking(real().finder.rank("calcium", foods::Basis::Per100g, filters), *calcium, foods::Basis::Per100g,
                     std::nullopt);
    REQUIRE(model.rowCount() > 100);

    proxy.sort(model.amountColumn(0), Qt::AscendingOrder);
    double previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const double value = proxy.index(row, model.amountColumn(0)).data(FoodTableModel::SortRole).toDouble();
        CHECK(value >= previous);
        previous = value;
    }
    proxy.sort(FoodTableModel::kFoodColumn, Qt::AscendingOrder);
    const QString first = proxy.index(0, FoodTableModel::kFoodColumn).data(FoodTableModel::SortRole).toString();
    const QString last =
        proxy.index(proxy.rowCount() - 1, FoodTableModel::kFoodColumn).data(FoodTableModel::SortRole).toString();
    CHECK(first < last);
    // Display text is for people; the amount column says the unit.
    CHECK(model.index(0, model.amountColumn(0)).data().toString().endsWith(QStringLiteral(" mg")));
    CHECK(model.headerData(model.amountColumn(0), Qt::Horizontal).toString() == QStringLiteral("Calcium\n(mg)"));
}

TEST_CASE("rows copy as tab-separated text with a header, numbers without units", "[foods ui][model]") {
    FoodTableModel model;
    const auto* magnesium = real().finder.findNutrient("magnesium");
    foods::RankFilters filters;
    filters.limit = 10;
    const auto result = real().finder.rank("magnesium", foods::Basis::PerPortion, filters);
    model.setRanking(result, *magnesium, foods::Basis::PerPortion, std::nullopt);
    const QString text = model.rowsAsText({2, 0});
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("#\tFood\tFood group\tPortion\tGrams\tMagnesium (mg)\t%DV (label)"));
    const QStringList third = lines[1].split(QLatin1Char('\t'));
    REQUIRE(third.size() == 7);
    CHECK(third[0] == QStringLiteral("3"));
    CHECK(third[1] == QString::fromStdString(result.rows[2].description));
    CHECK(third[5].toDouble() == Approx(result.rows[2].amount).margin(0.5));
    CHECK(third[6].toDouble() == Approx(*result.rows[2].percentDailyValue).margin(0.5));
    CHECK(lines[2].startsWith(QStringLiteral("1\t")));
}

TEST_CASE("choosing a nutrient, a basis, a group or a second nutrient re-ranks", "[foods ui][window]") {
    auto window = makeFinderWindow();
    auto* model = window->tableModel();
    selectData(window->nutrientBox(), QStringLiteral("calcium"));
    REQUIRE(model->rowCount() > 0);
    CHECK(model->nutrients().front().key == "calcium");
    CHECK(model->basis() == foods::Basis::PerPortion);
    const auto byPortion = amountsOf(*model);
    CHECK(std::is_sorted(byPortion.rbegin(), byPortion.rend()));
    const std::string firstByPortion = model->rows().front().usdaId;

    selectData(window->basisBox(), QStringLiteral("100g"));
    CHECK(model->basis() == foods::Basis::Per100g);
    CHECK(model->rows().front().portion == "100 g");
    const auto per100g = amountsOf(*model);
    CHECK(std::is_sorted(per100g.rbegin(), per100g.rend()));
    CHECK(model->rows().front().usdaId != firstByPortion);
    // Per 100 g, each amount is the USDA figure itself.
    const auto profile = real().finder.profile(model->rows().front().usdaId);
    REQUIRE(profile);
    for (const auto& amount : profile->per100g) {
        if (amount.key == "calcium") {
            CHECK(*amount.amount == Approx(per100g.front()));
        }
    }

    selectData(window->groupBox(), QStringLiteral("Dairy and Egg Products"));
    REQUIRE(model->rowCount() > 0);
    for (const auto& row : model->rows()) {
        CHECK(row.foodGroup == "Dairy and Egg Products");
    }

    selectData(window->secondNutrientBox(), QStringLiteral("potassium"));
    CHECK(model->isCombined());
    CHECK(model->nutrients().size() == 2);
    CHECK(window->chart()->title().contains(QStringLiteral("combined score")));

    // Water has no Daily Value, so it cannot be combined: the second picker turns off.
    selectData(window->nutrientBox(), QStringLiteral("water"));
    CHECK_FALSE(window->secondNutrientBox()->isEnabled());
    CHECK_FALSE(model->isCombined());
}

TEST_CASE("the name filter waits for typing to pause, then filters", "[foods ui][window]") {
    auto window = makeFinderWindow();
    auto* model = window->tableModel();
    selectData(window->nutrientBox(), QStringLiteral("magnesium"));
    const int before = model->rowCount();
    window->nameFilter()->setText(QStringLiteral("almond"));
    CHECK(model->rowCount() == before); // not yet: debounced
    QTest::qWait(450);
    REQUIRE(model->rowCount() > 0);
    CHECK(model->rowCount() < before);
    for (const auto& row : model->rows()) {
        CHECK(QString::fromStdString(row.description).contains(QStringLiteral("almond"), Qt::CaseInsensitive));
    }
}

TEST_CASE("brand-name, baby and restaurant foods appear only with the toggle", "[foods ui][window]") {
    auto window = makeFinderWindow();
    auto* model = window->tableModel();
    selectData(window->nutrientBox(), QStringLiteral("sodium"));
    const auto hidden = [](const FoodTableModel::Row& row) {
        return row.foodGroup == "Restaurant Foods" || row.foodGroup == "Fast Foods" || row.foodGroup == "Baby Foods";
    };
    CHECK(std::none_of(model->rows().begin(), model->rows().end(), hidden));
    window->allFoodsBox()->setChecked(true);
    CHECK(std::any_of(model->rows().begin(), model->rows().end(), hidden));
}

TEST_CASE("the chart has a bar per top row, proportional to its %DV", "[foods ui][chart]") {
    auto window = makeFinderWindow();
    selectData(window->nutrientBox(), QStringLiteral("potassium"));
    selectData(window->basisBox(), QStringLiteral("portion"));
    auto* chart = window->chart();
    auto* model = window->tableModel();
    REQUIRE(model->rowCount() >= FoodFinderWindow::kChartBars);
    REQUIRE(chart->barCount() == FoodFinderWindow::kChartBars);
    const double first = *model->rows()[0].amounts[0].percentDailyValue;
    for (int i = 0; i < chart->barCount(); ++i) {
        const auto& row = model->rows()[static_cast<std::size_t>(i)];
        CHECK(chart->bars()[i].label == QString::fromStdString(row.shortName));
        CHECK(chart->bars()[i].fullName.contains(QString::fromStdString(row.description)));
        CHECK(chart->bars()[i].fullName.contains(QString::fromStdString(row.usdaId)));
        CHECK(chart->bars()[i].valueText.contains(QStringLiteral("% DV")));
        if (i < chart->visibleBarCount()) { // the bars below those that fit are not drawn
            const double ratio = chart->barRect(i).width() / chart->barRect(0).width();
            CHECK(ratio == Approx(*row.amounts[0].percentDailyValue / first).margin(0.01));
        } else {
            CHECK(chart->barRect(i).isEmpty());
        }
    }
    CHECK(chart->visibleBarCount() >= 5);
    // A chart tall enough for every bar draws them all.
    chart->resize(chart->width(), 1000);
    CHECK(chart->visibleBarCount() == FoodFinderWindow::kChartBars);
    CHECK(chart->barRect(FoodFinderWindow::kChartBars - 1).width() > 0);
    CHECK(chart->title().contains(QStringLiteral("Potassium")));

    // Fewer rows than bars: one bar per row.
    window->nameFilter()->setText(QStringLiteral("kumquats"));
    window->refresh();
    CHECK(chart->barCount() == model->rowCount());
    // Nothing matches: no bars and a message.
    window->nameFilter()->setText(QStringLiteral("zzqqxx"));
    window->refresh();
    CHECK(model->rowCount() == 0);
    CHECK(chart->barCount() == 0);

    // The chart paints (readable labels are checked by looking at it; here: it paints without trouble).
    window->nameFilter()->clear();
    window->refresh();
    const QImage image = chart->grab().toImage();
    CHECK(image.width() > 200);
}

TEST_CASE("Ctrl+C copies the selected rows to the clipboard", "[foods ui][window]") {
    auto window = makeFinderWindow();
    selectData(window->nutrientBox(), QStringLiteral("magnesium"));
    auto* table = window->tableView();
    QApplication::clipboard()->clear();
    CHECK(window->copySelection() == 0); // nothing selected: nothing copied, and it says so
    CHECK(window->statusLabel()->text().contains(QStringLiteral("Select")));

    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    window->activateWindow();
    QApplication::setActiveWindow(window.get());
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QString text = QApplication::clipboard()->text();
    if (text.isEmpty()) {
        // Some offscreen setups deliver no shortcut to an inactive window: the action itself must do it.
        const auto actions = table->actions();
        const auto copy = std::find_if(actions.begin(), actions.end(),
                                       [](QAction* action) { return action->shortcut() == QKeySequence::Copy; });
        REQUIRE(copy != actions.end());
        (*copy)->trigger();
        text = QApplication::clipboard()->text();
    }
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("#\tFood\t")));
    CHECK(lines[1].section(QLatin1Char('\t'), 1, 1) ==
          QString::fromStdString(window->tableModel()->rows()[0].description));
    CHECK(lines[2].section(QLatin1Char('\t'), 0, 0) == QStringLiteral("3"));
}

TEST_CASE("profiles: by name, by row, with every portion and %DV", "[foods ui][profile]") {
    auto window = makeFinderWindow();
    REQUIRE(window->lookupFood(QStringLiteral("banana")));
    CHECK(window->currentFoodId() == QStringLiteral("09040"));
    const QString text = window->profileView()->toPlainText();
    CHECK(text.contains(QStringLiteral("Bananas, raw")));
    CHECK(text.contains(QStringLiteral("Per 100 g")));
    CHECK(text.contains(QStringLiteral("Per 1 medium")));
    CHECK(text.contains(QStringLiteral("the common portion")));
    CHECK(text.contains(QStringLiteral("Other close matches")));
    CHECK_FALSE(window->lookupFood(QStringLiteral("qqqxxzzv")));

    // Typing in the food box looks up once typing pauses.
    window->foodSearch()->setText(QStringLiteral("almonds"));
    QTest::qWait(500);
    CHECK(window->profileView()->toPlainText().contains(QStringLiteral("Nuts, almonds")));

    // Activating a row (double-click or Enter) shows that food.
    selectData(window->nutrientBox(), QStringLiteral("vitamin-d"));
    auto* table = window->tableView();
    const QModelIndex second = table->model()->index(1, FoodTableModel::kFoodColumn);
    Q_EMIT table->activated(second);
    CHECK(window->currentFoodId() == second.data(FoodTableModel::UsdaIdRole).toString());
    CHECK(window->profileView()->toPlainText().contains(
        QString::fromStdString(window->tableModel()->rows()[1].description)));
}

TEST_CASE("the personal reference is shown apart from the label Daily Value", "[foods ui][intakes]") {
    auto window = makeFinderWindow();
    selectData(window->nutrientBox(), QStringLiteral("magnesium"));
    selectData(window->sexBox(), QStringLiteral("female"));
    window->ageBox()->setCurrentIndex(window->ageBox()->findText(QStringLiteral("19–30")));
    selectData(window->lifeStageBox(), QStringLiteral("none"));
    const auto label = [&] { return window->referenceLabel()->text(); };
    CHECK(label().contains(QStringLiteral("Daily Value (food labels): <b>420 mg</b>")));
    CHECK(label().contains(QStringLiteral("Your recommended intake (RDA/AI): <b>310 mg a day</b>")));
    auto* model = window->tableModel();
    const int personal = model->personalColumn(0);
    REQUIRE(personal >= 0);
    const auto& top = model->rows().front();
    CHECK(model->index(0, personal).data(FoodTableModel::SortRole).toDouble() ==
          Approx(*top.amounts[0].amount / 310 * 100));
    CHECK(model->index(0, model->percentColumn(0)).data(FoodTableModel::SortRole).toDouble() ==
          Approx(*top.amounts[0].amount / 420 * 100));

    selectData(window->lifeStageBox(), QStringLiteral("pregnancy"));
    CHECK(label().contains(QStringLiteral("<b>350 mg a day</b>")));
    selectData(window->sexBox(), QStringLiteral("male"));
    CHECK_FALSE(window->lifeStageBox()->isEnabled());
    CHECK(label().contains(QStringLiteral("<b>400 mg a day</b>")));
    CHECK(label().contains(QStringLiteral("males 19–30")));
    // Potassium: the label DV (4,700 mg) and a man's AI (3,400 mg) are different numbers, both shown.
    selectData(window->nutrientBox(), QStringLiteral("potassium"));
    CHECK(label().contains(QStringLiteral("4,700 mg")));
    CHECK(label().contains(QStringLiteral("<b>3,400 mg a day</b> (AI")));
}

TEST_CASE("the main window: lazy loading, nutrient articles' top sources, and links into the finder",
          "[foods ui][mainwindow]") {
    MainWindow window(carebook::app::openContent(CAREBOOK_CONTENT_DB));
    window.show();
    QApplication::processEvents();
    auto* launcher = window.foodFinderLauncher();
    REQUIRE(launcher);
    CHECK_FALSE(launcher->isLoaded()); // not at start-up: the first article is a symptom

    REQUIRE(window.openArticle(QStringLiteral("magnesium")));
    CHECK(launcher->isLoaded());
    const QString article = window.articleView()->toPlainText();
    CHECK(article.contains(QStringLiteral("Top food sources")));
    const auto top = real().finder.topSources("magnesium", 10);
    for (const auto& row : top) {
        CHECK(article.contains(QString::fromStdString(row.description)));
    }
    CHECK(window.articleView()->toHtml().contains(QStringLiteral("href=\"foods:magnesium\"")));
    CHECK(article.indexOf(QStringLiteral("Top food sources")) < article.indexOf(QStringLiteral("Sources\n")));

    // The closing link opens the finder with the article's nutrient.
    Q_EMIT window.articleView()->anchorClicked(QUrl(QStringLiteral("foods:calcium")));
    auto* finderWindow = launcher->window();
    REQUIRE(finderWindow);
    CHECK(finderWindow->isVisible());
    CHECK(finderWindow->nutrientBox()->currentData().toString() == QStringLiteral("calcium"));
    CHECK(window.currentArticleId() == QStringLiteral("magnesium")); // the article stays
    // A food's link shows its profile.
    Q_EMIT window.articleView()->anchorClicked(QUrl(QStringLiteral("food:") + QString::fromStdString(top[0].usdaId)));
    CHECK(finderWindow->currentFoodId() == QString::fromStdString(top[0].usdaId));
    CHECK(launcher->window() == finderWindow); // one finder window, reused
}

TEST_CASE("the Food finder action has its own shortcut", "[foods ui][mainwindow]") {
    MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    auto* action = window.foodFinderLauncher()->action();
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    int sameShortcut = 0;
    for (auto* other : window.findChildren<QAction*>()) {
        for (const auto& shortcut : other->shortcuts()) {
            sameShortcut += shortcut == action->shortcut() ? 1 : 0;
        }
    }
    CHECK(sameShortcut == 1);
}

TEST_CASE("without food data the finder says so and nothing breaks", "[foods ui][mainwindow]") {
    MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window.show();
    auto* launcher = window.foodFinderLauncher();
    CHECK(launcher->open() == nullptr);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("no food data")));
    REQUIRE(window.openArticle(QStringLiteral("magnesium")));
    CHECK_FALSE(window.articleView()->toPlainText().contains(QStringLiteral("Top food sources")));
    launcher->action()->trigger();
    CHECK(launcher->window() == nullptr);
}

// Not run by CTest (hidden tag): `foods_ui_tests "[timing]"` prints how long the finder takes to re-rank and
// refill its table and chart, the figure quoted in foodfinderwindow.h.
TEST_CASE("timing: re-ranking and refilling the finder", "[.][timing]") {
    auto window = makeFinderWindow();
    std::vector<double> times;
    const QStringList nutrients = {QStringLiteral("magnesium"), QStringLiteral("calcium"), QStringLiteral("potassium"),
                                   QStringLiteral("sodium"), QStringLiteral("vitamin-d")};
    for (int round = 0; round < 20; ++round) {
        for (const auto& nutrient : nutrients) {
            selectData(window->nutrientBox(), nutrient);
            QElapsedTimer timer;
            timer.start();
            window->refresh();
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("finder refresh (rank every food, fill table and chart): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                times[times.size() / 2], times[times.size() * 95 / 100], times.back());
    CHECK(times[times.size() / 2] < 16.0); // under a frame
}

TEST_CASE("a food found by the search opens in the food finder", "[foods ui][mainwindow][search]") {
    QSettings().remove(QStringLiteral("search/kind")); // every kind, as a first start
    MainWindow window(carebook::app::openContent(CAREBOOK_CONTENT_DB));
    window.show();
    QApplication::processEvents();
    auto* panel = window.searchPanel();
    panel->field()->setFocus();
    QTest::keyClicks(panel->field(), QStringLiteral("banana"));
    QElapsedTimer timer;
    timer.start();
    const auto* model = panel->model();
    const auto foodRow = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(carebook::app::SearchModel::FoodIdRole).toString() == QStringLiteral("09040")) {
                return row;
            }
        }
        return -1;
    };
    while (foodRow() < 0 && timer.elapsed() < 5000) { // the search runs on its worker thread
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    const int row = foodRow();
    REQUIRE(row > 0); // after the articles
    const QModelIndex index = model->index(row, 0);
    CHECK(index.data(carebook::app::SearchModel::KindRole).toString() == QStringLiteral("Food"));
    CHECK(index.data(Qt::DisplayRole).toString() == QStringLiteral("Bananas, raw"));
    CHECK(index.data(carebook::app::SearchModel::ArticleIdRole).toString().isEmpty());
    CHECK(model->index(0, 0).data(carebook::app::SearchModel::FoodIdRole).toString().isEmpty()); // an article

    // Arrow down to it and press Enter: the finder shows the food's profile; the article stays.
    const QString article = window.currentArticleId();
    for (int i = 0; i < row; ++i) {
        QTest::keyClick(panel->field(), Qt::Key_Down);
    }
    QTest::keyClick(panel->field(), Qt::Key_Return);
    auto* finderWindow = window.foodFinderLauncher()->window();
    REQUIRE(finderWindow);
    CHECK(finderWindow->isVisible());
    CHECK(finderWindow->currentFoodId() == QStringLiteral("09040"));
    CHECK(window.currentArticleId() == article);

    // "Show: Foods" lists foods only, more of them.
    auto* kind = panel->kindBox();
    kind->setCurrentIndex(kind->findData(QStringLiteral("food")));
    timer.restart();
    const auto onlyFoods = [&] {
        if (model->rowCount() <= 3) {
            return false;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(carebook::app::SearchModel::FoodIdRole).toString().isEmpty()) {
                return false;
            }
        }
        return true;
    };
    while (!onlyFoods() && timer.elapsed() < 5000) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    CHECK(onlyFoods());
    CHECK(model->index(0, 0).data(carebook::app::SearchModel::FoodIdRole).toString() == QStringLiteral("09040"));
    QSettings().remove(QStringLiteral("search/kind"));
}

TEST_CASE("the finder's minimum size fits a 1024x600 screen at 100% text", "[foods ui][window][fit]") {
    auto window = makeFinderWindow();
    // A 1024x600 screen less a title bar and a panel: 1024x540 for the window's contents.
    const QSize screen(1024, 540);
    const auto fits = [&] {
        const QSize minimum = window->minimumSizeHint().expandedTo(window->layout()->totalMinimumSize());
        INFO("minimum size " << minimum.width() << "x" << minimum.height());
        CHECK(minimum.width() <= screen.width());
        CHECK(minimum.height() <= screen.height());
    };
    fits(); // one nutrient, with "% your RDA/AI"
    selectData(window->secondNutrientBox(), QStringLiteral("potassium"));
    fits(); // two nutrients: the widest table and the longest reference text
    selectData(window->secondNutrientBox(), QString());
    selectData(window->groupBox(), QStringLiteral("Sausages and Luncheon Meats"));
    fits(); // a long group name in the picker

    // At that size nothing is cut off: the table, the chart and the profile lie inside the window.
    window->resize(screen);
    QApplication::processEvents();
    CHECK(window->size() == screen);
    for (QWidget* part : {static_cast<QWidget*>(window->tableView()), static_cast<QWidget*>(window->chart()),
                          static_cast<QWidget*>(window->profileView()), static_cast<QWidget*>(window->statusLabel())}) {
        const QRect inWindow(part->mapTo(window.get(), QPoint(0, 0)), part->size());
        INFO(part->objectName().toStdString());
        CHECK(window->rect().contains(inWindow));
        CHECK(part->width() > 150);
    }
    // The chart shows the top bars that fit, and its title says how many.
    auto* chart = window->chart();
    CHECK(chart->visibleBarCount() >= 1);
    CHECK(chart->visibleBarCount() <= chart->barCount());
    CHECK(chart->title().startsWith(QStringLiteral("Top %1 ").arg(chart->visibleBarCount())));
}

TEST_CASE("single foods first; every other kind is its own list under its own heading", "[foods ui][window][kinds]") {
    auto window = makeFinderWindow();
    auto* model = window->tableModel();
    selectData(window->nutrientBox(), QStringLiteral("magnesium"));
    CHECK(window->kindBox()->currentData().toString() == QStringLiteral("single"));
    REQUIRE(model->rowCount() > 0);
    for (const auto& row : model->rows()) {
        CHECK(row.kind == foods::FoodKind::Single);
    }
    const QString heading = window->listHeading()->text();
    CHECK(heading.startsWith(QStringLiteral("<b>Single foods</b>")));
    CHECK(heading.contains(QStringLiteral("href=\"kind:mixed\"")));
    CHECK(heading.contains(QStringLiteral("href=\"kind:fortified\"")));
    CHECK(window->chart()->title().contains(QStringLiteral("single foods")));

    // The heading's link opens that kind's own list.
    Q_EMIT window->listHeading()->linkActivated(QStringLiteral("kind:mixed"));
    CHECK(window->kindBox()->currentData().toString() == QStringLiteral("mixed"));
    REQUIRE(model->rowCount() > 0);
    for (const auto& row : model->rows()) {
        CHECK(row.kind == foods::FoodKind::MixedDish);
    }
    CHECK(window->listHeading()->text().startsWith(QStringLiteral("<b>Mixed dishes, meals and baked desserts</b>")));
    CHECK(window->listHeading()->text().contains(QStringLiteral("href=\"kind:single\"")));
    CHECK(window->chart()->title().contains(QStringLiteral("mixed dishes")));

    // Every kind together: single foods and the others in one ranking.
    selectData(window->kindBox(), QString());
    const auto& rows = model->rows();
    CHECK(std::any_of(rows.begin(), rows.end(), [](const auto& row) { return row.kind == foods::FoodKind::Single; }));
    CHECK(std::any_of(rows.begin(), rows.end(), [](const auto& row) { return row.kind != foods::FoodKind::Single; }));
}

TEST_CASE("foods eaten only in tiny amounts are listed only when asked for", "[foods ui][window][kinds]") {
    auto window = makeFinderWindow();
    selectData(window->nutrientBox(), QStringLiteral("calcium"));
    selectData(window->basisBox(), QStringLiteral("100g"));
    const auto tinyRows = [&] {
        std::size_t tiny = 0;
        for (const auto& row : window->tableModel()->rows()) {
            const auto profile = real().finder.profile(row.usdaId);
            REQUIRE(profile);
            tiny += profile->tinyAmount ? 1 : 0;
        }
        return tiny;
    };
    CHECK_FALSE(window->tinyBox()->isChecked());
    CHECK(tinyRows() == 0);
    CHECK(window->statusLabel()->text().contains(QStringLiteral("tiny amounts are hidden")));
    window->tinyBox()->setChecked(true);
    CHECK(tinyRows() > 0);
    CHECK_FALSE(window->statusLabel()->text().contains(QStringLiteral("tiny amounts are hidden")));
}

TEST_CASE("rows show short names, with USDA's full name and number in the tooltip and the profile",
          "[foods ui][window][names]") {
    auto window = makeFinderWindow();
    selectData(window->nutrientBox(), QStringLiteral("magnesium"));
    auto* model = window->tableModel();
    bool sawShortened = false;
    bool sawFolded = false;
    for (int i = 0; i < model->rowCount(); ++i) {
        const auto& row = model->rows()[static_cast<std::size_t>(i)];
        const QModelIndex food = model->index(i, FoodTableModel::kFoodColumn);
        const QString shown = food.data().toString();
        CHECK(shown.startsWith(QString::fromStdString(row.shortName)));
        const QString tip = food.data(Qt::ToolTipRole).toString();
        CHECK(tip.contains(QString::fromStdString(row.description)));
        CHECK(tip.contains(QStringLiteral("USDA ") + QString::fromStdString(row.usdaId)));
        sawShortened = sawShortened || row.shortName != row.description;
        if (row.similarCount > 0 && !row.similarVariants.empty()) {
            sawFolded = true;
            CHECK(shown.contains(QStringLiteral("similar: ") + QString::fromStdString(row.similarVariants.front())));
            CHECK(tip.contains(QStringLiteral("also stands for")));
        }
    }
    CHECK(sawShortened);
    CHECK(sawFolded);

    // Pumpkin seeds: the short name heads the profile, USDA's name and number follow in full.
    REQUIRE(window->showFood(QStringLiteral("12016")));
    const QString profile = window->profileView()->toPlainText();
    const auto full = real().finder.profile("12016");
    REQUIRE(full);
    CHECK(profile.startsWith(QString::fromStdString(full->shortName)));
    CHECK(profile.contains(QStringLiteral("USDA's name: ") + QString::fromStdString(full->description)));
    CHECK(profile.contains(QStringLiteral("USDA number 12016")));
    // Hemp seeds are off USDA's survey list but commonly eaten by the maker-data rule: the profile says so.
    REQUIRE(window->showFood(QStringLiteral("12012")));
    CHECK(window->profileView()->toPlainText().contains(QStringLiteral("commonly eaten (not on USDA's survey list")));
    CHECK_FALSE(window->profileView()->toPlainText().contains(QStringLiteral("less common")));
}

TEST_CASE("the combined score is explained beside it, only when there is one", "[foods ui][window]") {
    auto window = makeFinderWindow();
    selectData(window->nutrientBox(), QStringLiteral("magnesium"));
    CHECK_FALSE(window->scoreNote()->isVisibleTo(window.get()));
    selectData(window->secondNutrientBox(), QStringLiteral("potassium"));
    CHECK(window->scoreNote()->isVisibleTo(window.get()));
    CHECK(window->scoreNote()->text() == QString::fromUtf8(foods::combinedScoreExplanation().data(),
                                                           static_cast<qsizetype>(foods::combinedScoreExplanation().size())));
    // Right above the table, whose Score column it explains.
    CHECK(window->scoreNote()->mapTo(window.get(), QPoint(0, 0)).y() <
          window->tableView()->mapTo(window.get(), QPoint(0, 0)).y());
    selectData(window->secondNutrientBox(), QString());
    CHECK_FALSE(window->scoreNote()->isVisibleTo(window.get()));
}
