// SPDX-License-Identifier: MIT
// Find in page (Ctrl+F) in the window, offscreen, driven by key clicks as a person would press them.
#include "app/contentsource.h"
#include "app/find/findbar.h"
#include "app/search/searchpanel.h"
#include "app/theme/thememanager.h"
#include "app/window/articleview.h"
#include "app/window/mainwindow.h"

#include "ui_helpers.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using carebook::app::FindBar;
using carebook::app::MainWindow;

namespace {

std::unique_ptr<MainWindow> makeWindow() {
    auto window = carebook::test::shownMainWindow(CAREBOOK_FIXTURE_DB);
    window->articleView()->setFocus();
    return window;
}

using carebook::test::key;

void typeText(const QString& text) {
    QTest::keyClicks(QApplication::focusWidget(), text);
    QApplication::processEvents();
}

int occurrences(const MainWindow& window, const QString& word) {
    return static_cast<int>(window.articleView()->toPlainText().count(word, Qt::CaseInsensitive));
}

QString matchText(const MainWindow& window) { return window.findBar()->currentMatchCursor().selectedText(); }
int matchStart(const MainWindow& window) { return window.findBar()->currentMatchCursor().selectionStart(); }

} // namespace

TEST_CASE("Ctrl+F opens the find bar over the article, Ctrl+K stays the global search", "[find-ui]") {
    auto window = makeWindow();
    FindBar* bar = window->findBar();
    REQUIRE(bar);
    CHECK(bar->isHidden());
    key(Qt::Key_F, Qt::ControlModifier);
    CHECK(bar->isVisible());
    CHECK(QApplication::focusWidget() == bar->field());
    CHECK(window->searchPanel()->focusAction()->shortcuts() == QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_K)});
    key(Qt::Key_K, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == window->searchPanel()->field());
    key(Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == bar->field());
}

TEST_CASE("the find bar counts matches and Enter, Shift+Enter, F3 and Shift+F3 step through them", "[find-ui]") {
    auto window = makeWindow();
    REQUIRE(window->currentArticleId() == QStringLiteral("back-spasm"));
    const int expected = occurrences(*window, QStringLiteral("therapy"));
    REQUIRE(expected >= 2);
    FindBar* bar = window->findBar();
    key(Qt::Key_F, Qt::ControlModifier);
    typeText(QStringLiteral("THERapy")); // case does not matter
    CHECK(bar->matchCount() == expected);
    CHECK(bar->statusLabel()->text() == QStringLiteral("1 of %1").arg(expected));
    CHECK(matchText(*window).compare(QStringLiteral("therapy"), Qt::CaseInsensitive) == 0);
    const int firstAt = matchStart(*window);
    // The article's cursor is at the match (Tab goes on from there), without hiding it in a selection.
    CHECK(window->articleView()->textCursor().position() == firstAt);
    CHECK_FALSE(window->articleView()->textCursor().hasSelection());
    // Every match is marked, the current one among them.
    CHECK(window->articleView()->extraSelections().size() == expected);

    // … and the current one stands out from the rest, in every theme.
    for (const auto* theme : {"light", "dark", "high-contrast"}) {
        INFO(theme);
        carebook::app::ThemeChoice choice{};
        REQUIRE(carebook::app::ThemeManager::parseChoice(QString::fromLatin1(theme), choice));
        carebook::app::ThemeManager::instance().setOverride(choice);
        carebook::app::ThemeManager::instance().apply();
        QApplication::processEvents();
        const auto marks = window->articleView()->extraSelections();
        REQUIRE(marks.size() == expected);
        int standingOut = 0;
        for (const auto& other : marks) {
            standingOut += other.format.background() != marks[1].format.background() ? 1 : 0;
        }
        CHECK(standingOut == 1);
        CHECK(marks[0].cursor.selectionStart() == firstAt);
    }
    carebook::app::ThemeManager::instance().setOverride(std::nullopt);
    QApplication::processEvents();

    key(Qt::Key_Return);
    CHECK(bar->statusLabel()->text() == QStringLiteral("2 of %1").arg(expected));
    CHECK(matchStart(*window) > firstAt);
    CHECK(window->articleView()->textCursor().position() == matchStart(*window));
    key(Qt::Key_Return, Qt::ShiftModifier);
    CHECK(bar->statusLabel()->text() == QStringLiteral("1 of %1").arg(expected));
    CHECK(matchStart(*window) == firstAt);
    // Back from the first goes round to the last, and on from the last to the first.
    key(Qt::Key_F3, Qt::ShiftModifier);
    CHECK(bar->statusLabel()->text() == QStringLiteral("%1 of %1").arg(expected));
    key(Qt::Key_F3);
    CHECK(bar->statusLabel()->text() == QStringLiteral("1 of %1").arg(expected));
    CHECK(QApplication::focusWidget() == bar->field());

    // F3 works from the article too.
    window->articleView()->setFocus();
    key(Qt::Key_F3);
    CHECK(bar->currentMatch() == 1);
}

TEST_CASE("no match is said plainly and marks nothing", "[find-ui]") {
    auto window = makeWindow();
    FindBar* bar = window->findBar();
    key(Qt::Key_F, Qt::ControlModifier);
    typeText(QStringLiteral("spasmzz"));
    CHECK(bar->matchCount() == 0);
    CHECK(bar->currentMatch() == -1);
    CHECK(bar->statusLabel()->text() == QStringLiteral("Not found"));
    CHECK(bar->statusLabel()->accessibleName() == QStringLiteral("Not found in this article"));
    CHECK(window->articleView()->extraSelections().isEmpty());
    CHECK(matchText(*window).isEmpty());
    key(Qt::Key_Return); // nothing to go to, nothing breaks
    CHECK(bar->statusLabel()->text() == QStringLiteral("Not found"));
    // Taking the slip back finds again.
    key(Qt::Key_Backspace);
    key(Qt::Key_Backspace);
    CHECK(bar->matchCount() == occurrences(*window, QStringLiteral("spasm")));
    CHECK(bar->matchCount() > 0);
}

TEST_CASE("Esc closes the find bar, takes the marks away and returns the focus to the article", "[find-ui]") {
    auto window = makeWindow();
    FindBar* bar = window->findBar();
    key(Qt::Key_F, Qt::ControlModifier);
    typeText(QStringLiteral("therapy"));
    key(Qt::Key_Return);
    REQUIRE(bar->currentMatch() == 1);
    key(Qt::Key_Escape);
    CHECK(bar->isHidden());
    CHECK(QApplication::focusWidget() == window->articleView());
    CHECK(window->articleView()->extraSelections().isEmpty());
    // The text is kept: Ctrl+F again shows it selected, ready to type over or step on.
    key(Qt::Key_F, Qt::ControlModifier);
    CHECK(bar->field()->selectedText() == QStringLiteral("therapy"));
    CHECK(bar->matchCount() == occurrences(*window, QStringLiteral("therapy")));
    // Esc from the article closes it too.
    window->articleView()->setFocus();
    key(Qt::Key_Escape);
    CHECK(bar->isHidden());
}

TEST_CASE("Esc in the search field still clears the search while the find bar is open", "[find-ui]") {
    auto window = makeWindow();
    key(Qt::Key_F, Qt::ControlModifier);
    typeText(QStringLiteral("heat"));
    key(Qt::Key_K, Qt::ControlModifier);
    typeText(QStringLiteral("cold"));
    REQUIRE(window->searchPanel()->field()->text() == QStringLiteral("cold"));
    key(Qt::Key_Escape);
    CHECK(window->searchPanel()->field()->text().isEmpty());
    CHECK(window->findBar()->isVisible());
}

TEST_CASE("another article is searched again, from its top", "[find-ui]") {
    auto window = makeWindow();
    FindBar* bar = window->findBar();
    key(Qt::Key_F, Qt::ControlModifier);
    typeText(QStringLiteral("heat"));
    key(Qt::Key_Return);
    REQUIRE(window->openArticle(QStringLiteral("heat-therapy")));
    QApplication::processEvents(); // the new document is searched once it is in place
    const int expected = occurrences(*window, QStringLiteral("heat"));
    REQUIRE(expected > 0);
    CHECK(bar->matchCount() == expected);
    CHECK(bar->currentMatch() == 0);
    CHECK(bar->statusLabel()->text() == QStringLiteral("1 of %1").arg(expected));
    CHECK(window->articleView()->extraSelections().size() == expected);
}

TEST_CASE("the find actions are in the menus with their shortcuts", "[find-ui]") {
    auto window = makeWindow();
    const auto actions = window->allActions();
    FindBar* bar = window->findBar();
    CHECK(actions.contains(bar->findAction()));
    CHECK(actions.contains(bar->findNextAction()));
    CHECK(actions.contains(bar->findPreviousAction()));
    CHECK(bar->findAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F));
    CHECK(bar->findNextAction()->shortcut() == QKeySequence(Qt::Key_F3));
    CHECK(bar->findPreviousAction()->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F3));
}
