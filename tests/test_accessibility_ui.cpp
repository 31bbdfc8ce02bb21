// SPDX-License-Identifier: MIT
// Issue 15 item 2, screen readers: the accessibility tree of every window and dialog that opens
// offscreen, walked with QAccessible::queryAccessibleInterface as a screen reader would see it. A
// focusable control without a name is read as "button" or "edit" and nothing more: the walk fails on it.
#include "app/contentsource.h"
#include "app/foods/foodfinderlauncher.h"
#include "app/foods/foodfinderwindow.h"
#include "app/plan/todaylauncher.h"
#include "app/plan/todaywindow.h"
#include "app/search/searchmodel.h"
#include "app/search/searchpanel.h"
#include "app/settings/settingsdialog.h"
#include "app/sheet/sheetbuilder.h"
#include "app/userdata/bookmarkspane.h"
#include "app/userdata/userdata.h"
#include "app/userdata/userdataui.h"
#include "app/window/articleview.h"
#include "app/window/helpdialogs.h"
#include "app/window/mainwindow.h"

#include "ui_helpers.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QListView>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTreeView>
#include <QTimer>

#include <functional>

using carebook::app::MainWindow;

namespace {

using carebook::test::waitUntil;

struct Walk {
    int focusable = 0;       // focusable controls seen
    QStringList unnamed;     // those without a name: "QLineEdit sheetName in sheetBuilder"
};

QString describe(const QAccessibleInterface* iface) {
    const QObject* object = iface->object();
    if (!object) {
        return QStringLiteral("(no object) role %1").arg(iface->role());
    }
    QString where;
    for (const QObject* up = object->parent(); up && where.isEmpty(); up = up->parent()) {
        where = up->objectName();
    }
    return QStringLiteral("%1 '%2' in '%3'")
        .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName(), where);
}

// The whole tree under `window`, except the cells of item views (their names are the data).
Walk walkTree(QWidget* window) {
    Walk walk;
    std::function<void(QAccessibleInterface*, int)> visit = [&](QAccessibleInterface* iface, int depth) {
        if (!iface || !iface->isValid() || depth > 60) {
            return;
        }
        const QAccessible::State state = iface->state();
        if (state.focusable && !state.invisible) {
            ++walk.focusable;
            if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
                walk.unnamed << describe(iface);
            }
        }
        switch (iface->role()) {
        case QAccessible::Table:
        case QAccessible::List:
        case QAccessible::Tree:
        case QAccessible::ComboBox: // its items are the data
            return;
        default:
            break;
        }
        for (int i = 0; i < iface->childCount(); ++i) {
            visit(iface->child(i), depth + 1);
        }
    };
    visit(QAccessible::queryAccessibleInterface(window), 0);
    return walk;
}

void checkEveryControlNamed(QWidget* window, int atLeast) {
    REQUIRE(window);
    QApplication::processEvents();
    const Walk walk = walkTree(window);
    INFO(window->objectName().toStdString() << ": " << walk.focusable << " focusable controls; unnamed:\n"
                                            << walk.unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(walk.unnamed.isEmpty());
    CHECK(walk.focusable >= atLeast); // the walk reached the window's controls, not an empty shell
}

std::unique_ptr<MainWindow> makeWindow() {
    auto window = std::make_unique<MainWindow>(carebook::app::openContent());
    window->show();
    QApplication::setActiveWindow(window.get());
    QApplication::processEvents();
    return window;
}

QString descriptionOf(QWidget* widget) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Description) : QString();
}

} // namespace

TEST_CASE("every focusable control of the main window has an accessible name", "[a11y]") {
    auto window = makeWindow();
    // With the find bar and every pane open, so their controls are in the tree too.
    QTest::keyClick(window->articleView(), Qt::Key_F, Qt::ControlModifier);
    for (auto* dock : window->findChildren<QDockWidget*>()) {
        dock->show();
    }
    checkEveryControlNamed(window.get(), 12);
}

TEST_CASE("every focusable control of each dialog and window has an accessible name", "[a11y]") {
    auto window = makeWindow();
    SECTION("the home-care sheet builder") {
        auto store = carebook::app::openContent();
        carebook::app::SheetBuilder builder(*store);
        builder.show();
        checkEveryControlNamed(&builder, 8);
    }
    SECTION("settings") {
        carebook::app::SettingsDialog dialog({{QStringLiteral("Adults 19–50"), 19}}, window.get());
        dialog.show();
        checkEveryControlNamed(&dialog, 4);
    }
    SECTION("Today") {
        window->findChild<QAction*>(QStringLiteral("todayAction"))->trigger();
        checkEveryControlNamed(window->todayLauncher()->todayWindow(), 2);
    }
    SECTION("welcome, user guide and keyboard shortcuts") {
        checkEveryControlNamed(carebook::app::showWelcome(window.get()), 2);
        checkEveryControlNamed(carebook::app::showUserGuide(window.get()), 2);
        checkEveryControlNamed(carebook::app::showKeyboardShortcuts(window.get(), window->allActions()), 2);
    }
    SECTION("about") {
        bool checked = false;
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box);
            checkEveryControlNamed(box, 1);
            checked = true;
            box->close();
        });
        auto* about = window->findChild<QAction*>(QStringLiteral("aboutAction"));
        REQUIRE(about);
        about->trigger();
        CHECK(checked);
    }
}

TEST_CASE("every focusable control of the food finder has an accessible name", "[a11y]") {
    auto window = makeWindow();
    QWidget* finder = window->foodFinderLauncher()->open();
    REQUIRE(finder);
    checkEveryControlNamed(finder, 4);
}

TEST_CASE("the article is text for a screen reader, the warning signs carry their urgency", "[a11y]") {
    auto window = makeWindow();
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));
    QAccessibleInterface* article = QAccessible::queryAccessibleInterface(window->articleView());
    REQUIRE(article);
    CHECK_FALSE(article->text(QAccessible::Name).isEmpty());
    QAccessibleTextInterface* text = article->textInterface();
    REQUIRE(text);
    const QString all = text->text(0, text->characterCount());
    CHECK(all.contains(QStringLiteral("Back spasm")));
    CHECK(all.contains(QStringLiteral("What helps")));

    auto* flags = window->findChild<QTextBrowser*>(QStringLiteral("redFlagList"));
    REQUIRE(flags);
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(flags);
    CHECK(list->text(QAccessible::Name) == QStringLiteral("When to seek care: Back spasm"));
    const QString urgency = list->text(QAccessible::Description);
    INFO(urgency.toStdString());
    const auto emergency = urgency.indexOf(QStringLiteral("Emergency: get help now:"));
    const auto urgent = urgency.indexOf(QStringLiteral("Urgent"));
    CHECK(emergency >= 0);
    CHECK(urgent > emergency); // most urgent first
    CHECK(urgency.contains(QStringLiteral("sign")));
}

TEST_CASE("search results are announced as they arrive: how many, and the first", "[a11y]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    panel->setQuery(QStringLiteral("cramp"));
    REQUIRE(waitUntil([&] { return panel->model()->query() == QStringLiteral("cramp") && panel->model()->rowCount() > 0; }));
    auto* results = panel->findChild<QListView*>();
    REQUIRE(results);
    const QString said = descriptionOf(results);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("result")));
    CHECK(said.contains(QString::number(panel->model()->result().hits.size())));
    CHECK(said.contains(QString::fromStdString(panel->model()->result().hits.front().title)));

    panel->setQuery(QStringLiteral("zzqqxxv"));
    REQUIRE(waitUntil([&] { return panel->model()->query() == QStringLiteral("zzqqxxv"); }));
    CHECK(descriptionOf(results) == QStringLiteral("No results"));
}

TEST_CASE("table headers and tree levels read as such", "[a11y]") {
    auto window = makeWindow();
    window->userDataUi()->userData().addBookmark(QStringLiteral("back-spasm"), QStringLiteral("Back spasm"));
    window->userDataUi()->bookmarksDock()->show();
    QApplication::processEvents();
    QAccessibleInterface* table = QAccessible::queryAccessibleInterface(window->userDataUi()->bookmarksPane()->view());
    REQUIRE(table);
    REQUIRE(table->tableInterface());
    CHECK(table->tableInterface()->columnCount() >= 2);
    QAccessibleInterface* cell = table->tableInterface()->cellAt(0, 0);
    REQUIRE(cell);
    REQUIRE(cell->tableCellInterface());
    const auto headers = cell->tableCellInterface()->columnHeaderCells();
    REQUIRE(headers.size() == 1);
    const QString header = headers.front()->text(QAccessible::Name);
    CHECK(header == QStringLiteral("Article"));

    // The navigation: a tree whose articles are one level under their kind.
    QAccessibleInterface* tree = QAccessible::queryAccessibleInterface(window->navigationView());
    REQUIRE(tree);
    CHECK(tree->role() == QAccessible::Tree);
    CHECK_FALSE(tree->text(QAccessible::Name).isEmpty());
    REQUIRE(tree->tableInterface());
    QAccessibleInterface* firstRow = tree->tableInterface()->cellAt(0, 0);
    QAccessibleInterface* secondRow = tree->tableInterface()->cellAt(1, 0);
    REQUIRE(firstRow);
    REQUIRE(secondRow);
    CHECK(firstRow->state().expandable);                  // "Symptoms", a level-1 heading row
    CHECK(firstRow->text(QAccessible::Name) == QStringLiteral("Symptoms"));
    CHECK_FALSE(secondRow->state().expandable);           // an article under it
}
