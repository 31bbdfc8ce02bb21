// SPDX-License-Identifier: MIT
// The search field in the window, offscreen: typing, keys, stale answers, the empty state.
#include "app/window/articleview.h"
#include "app/contentsource.h"
#include "app/window/mainwindow.h"
#include "app/search/searchmodel.h"
#include "app/search/searchpanel.h"

#include "ui_helpers.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QThread>
#include <QTreeView>

#include <set>

using carebook::app::MainWindow;
using carebook::app::SearchModel;
using carebook::app::SearchPanel;

namespace {

using carebook::test::waitUntil;

std::unique_ptr<MainWindow> makeWindow() {
    auto window = std::make_unique<MainWindow>(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window->show();
    QApplication::processEvents();
    return window;
}

void press(QWidget* widget, int key, const QString& text = {}) {
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &up);
}

void type(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        press(widget, c.isLetter() ? Qt::Key_A + (c.toLower().unicode() - 'a') : Qt::Key_Space, QString(c));
    }
}

QString rowId(const SearchPanel* panel, int row) {
    return panel->model()->index(row, 0).data(SearchModel::ArticleIdRole).toString();
}

bool answeredFor(const SearchPanel* panel, const QString& text) {
    return panel->model()->query() == text && panel->field()->text() == text;
}

} // namespace

TEST_CASE("typing shows results after a short pause, in place of the navigation", "[search-ui]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    REQUIRE(panel);
    CHECK_FALSE(panel->showsResults());
    type(panel->field(), QStringLiteral("magnes"));
    CHECK(panel->field()->text() == QStringLiteral("magnes"));
    CHECK(panel->showsResults());
    CHECK(panel->model()->rowCount() == 0); // nothing yet: the search waits for typing to pause
    REQUIRE(waitUntil([&] { return panel->model()->rowCount() > 0; }));
    CHECK(rowId(panel, 0) == QStringLiteral("magnesium"));
    CHECK(panel->resultsView()->currentIndex().row() == 0);
    CHECK(panel->model()->index(0, 0).data(SearchModel::KindRole).toString() == QStringLiteral("Nutrient"));
    CHECK(panel->model()->index(0, 0).data(SearchModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>")));
}

TEST_CASE("Enter opens the chosen result with the hit words highlighted; arrows choose", "[search-ui]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    type(panel->field(), QStringLiteral("muscles"));
    REQUIRE(waitUntil([&] { return answeredFor(panel, QStringLiteral("muscles")); }));
    REQUIRE(panel->model()->rowCount() >= 3);
    press(panel->field(), Qt::Key_Down);
    press(panel->field(), Qt::Key_Down);
    press(panel->field(), Qt::Key_Up);
    CHECK(panel->resultsView()->currentIndex().row() == 1);
    const QString chosen = rowId(panel, 1);
    press(panel->field(), Qt::Key_Return);
    CHECK(window->currentArticleId() == chosen);
    const auto selections = window->articleView()->extraSelections();
    REQUIRE_FALSE(selections.isEmpty());
    for (const auto& selection : selections) {
        CHECK(selection.cursor.selectedText().toLower().startsWith(QStringLiteral("muscle")));
    }
    // Opening another article drops the highlights.
    window->openArticle(QStringLiteral("heat-therapy"));
    CHECK(window->articleView()->extraSelections().isEmpty());
}

TEST_CASE("Enter typed before the answer opens the first result when it comes", "[search-ui]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    type(panel->field(), QStringLiteral("heat therapy"));
    press(panel->field(), Qt::Key_Return); // well within the typing pause
    REQUIRE(waitUntil([&] { return window->currentArticleId() == QStringLiteral("heat-therapy"); }));
}

TEST_CASE("Esc clears the search and brings the navigation back", "[search-ui]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    type(panel->field(), QStringLiteral("cold"));
    REQUIRE(waitUntil([&] { return panel->model()->rowCount() > 0; }));
    press(panel->field(), Qt::Key_Escape);
    CHECK(panel->field()->text().isEmpty());
    CHECK(panel->model()->rowCount() == 0);
    CHECK_FALSE(panel->showsResults());
    CHECK(window->navigationView()->isVisibleTo(window.get()));
    // Whatever was in flight is stale now: it must not bring results back.
    QApplication::processEvents();
    QThread::msleep(SearchPanel::kDebounceMs + 100);
    QApplication::processEvents();
    CHECK(panel->model()->rowCount() == 0);
}

TEST_CASE("an older answer never replaces a newer one", "[search-ui]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    panel->setQuery(QStringLiteral("heat"));
    const quint64 older = panel->currentGeneration();
    panel->setQuery(QStringLiteral("magnesium"));
    const quint64 newer = panel->currentGeneration();
    REQUIRE(newer > older);
    REQUIRE(waitUntil([&] { return answeredFor(panel, QStringLiteral("magnesium")); }));
    CHECK(rowId(panel, 0) == QStringLiteral("magnesium"));
    // A slow answer for the older text arrives late: it is dropped.
    carebook::SearchResult late;
    late.hits.push_back({carebook::SearchHit::Type::Article, "heat-therapy", carebook::ArticleKind::Remedy, "Heat therapy", "late", {}, 1.0});
    panel->acceptResult(older, QStringLiteral("heat"), late);
    CHECK(panel->model()->query() == QStringLiteral("magnesium"));
    CHECK(rowId(panel, 0) == QStringLiteral("magnesium"));
    // Fast typing: only the last text's answer is shown.
    panel->clearSearch();
    type(panel->field(), QStringLiteral("cold"));
    REQUIRE(waitUntil([&] { return answeredFor(panel, QStringLiteral("cold")); }));
    CHECK(rowId(panel, 0) == QStringLiteral("cold-therapy"));
}

TEST_CASE("nothing found: the empty state offers the did-you-mean link, which searches it", "[search-ui]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    type(panel->field(), QStringLiteral("stifnes"));
    REQUIRE(waitUntil([&] { return answeredFor(panel, QStringLiteral("stifnes")); }));
    CHECK(panel->model()->rowCount() == 0);
    CHECK(panel->statusLabel()->isVisibleTo(window.get()));
    const QString status = panel->statusLabel()->text();
    CHECK(status.contains(QStringLiteral("No articles match")));
    CHECK(status.contains(QStringLiteral("href=\"search:stiffness\"")));
    Q_EMIT panel->statusLabel()->linkActivated(QStringLiteral("search:stiffness"));
    CHECK(panel->field()->text() == QStringLiteral("stiffness"));
    REQUIRE(waitUntil([&] { return answeredFor(panel, QStringLiteral("stiffness")); }));
    CHECK(rowId(panel, 0) == QStringLiteral("heat-therapy"));
}

TEST_CASE("a corrected search says so", "[search-ui]") {
    auto window = makeWindow();
    auto* panel = window->searchPanel();
    type(panel->field(), QStringLiteral("magnesum "));
    REQUIRE(waitUntil([&] { return answeredFor(panel, QStringLiteral("magnesum ")); }));
    CHECK(rowId(panel, 0) == QStringLiteral("magnesium"));
    CHECK(panel->statusLabel()->text().contains(QStringLiteral("Showing results for")));
}

TEST_CASE("Ctrl+K focuses the search field (Ctrl+F is find in page)", "[search-ui]") {
    auto window = makeWindow();
    QApplication::setActiveWindow(window.get());
    auto* action = window->searchPanel()->focusAction();
    CHECK(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_K)));
    CHECK_FALSE(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
    window->navigationView()->setFocus();
    action->trigger();
    CHECK(QApplication::focusWidget() == window->searchPanel()->field());
}

TEST_CASE("the short snippet of a long passage keeps its markup whole", "[search-ui]") {
    SearchModel model;
    carebook::SearchResult result;
    carebook::SearchHit hit;
    hit.id = "heat-therapy";
    hit.title = "Heat therapy";
    hit.snippet = "Warmth <relaxes> tight muscles & eases pain. ";
    for (int i = 0; i < 8; ++i) {
        hit.snippet += "Use a heat pad & a warm bath for 15-20 minutes, then move gently. ";
    }
    hit.highlights = {{hit.snippet.find("tight"), hit.snippet.find("tight") + 5}};
    result.hits.push_back(hit);
    model.setResult(QStringLiteral("tight"), result);
    const QString full = model.index(0, 0).data(SearchModel::SnippetHtmlRole).toString();
    const QString shortened = model.index(0, 0).data(SearchModel::ShortSnippetHtmlRole).toString();
    CHECK(shortened.size() < full.size());
    CHECK(shortened.startsWith(QStringLiteral("Warmth &lt;relaxes&gt; <b>tight</b> muscles &amp; eases pain.")));
    CHECK(shortened.endsWith(QStringLiteral("…")));
    CHECK_FALSE(shortened.endsWith(QStringLiteral("……")));
    // Every entity the cut text has is whole: each '&' starts one of the escapes.
    for (qsizetype at = shortened.indexOf(QLatin1Char('&')); at >= 0; at = shortened.indexOf(QLatin1Char('&'), at + 1)) {
        const QString rest = shortened.mid(at);
        CHECK((rest.startsWith(QStringLiteral("&amp;")) || rest.startsWith(QStringLiteral("&lt;")) ||
               rest.startsWith(QStringLiteral("&gt;")) || rest.startsWith(QStringLiteral("&quot;"))));
    }
    CHECK(shortened.count(QStringLiteral("<b>")) == shortened.count(QStringLiteral("</b>")));
}

TEST_CASE("the Show box keeps one kind of result, shows only with results, and is remembered", "[search-ui]") {
    QSettings().remove(QStringLiteral("search/kind"));
    {
        auto window = makeWindow();
        auto* panel = window->searchPanel();
        auto* kind = panel->kindBox();
        REQUIRE(kind);
        CHECK(kind->currentData().toString().isEmpty()); // everything
        CHECK(kind->findData(QStringLiteral("food")) > 0);
        CHECK_FALSE(kind->isVisibleTo(panel)); // no search: the navigation only

        type(panel->field(), QStringLiteral("muscles"));
        CHECK(kind->isVisibleTo(panel));
        REQUIRE(waitUntil([&] { return answeredFor(panel, QStringLiteral("muscles")) && panel->model()->rowCount() > 0; }));
        std::set<QString> kinds;
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            kinds.insert(panel->model()->index(row, 0).data(SearchModel::KindRole).toString());
        }
        CHECK(kinds.size() > 1); // the fixture's "muscles" is in more than one kind

        // Choosing a kind searches again at once, for that kind only.
        const quint64 before = panel->currentGeneration();
        kind->setCurrentIndex(kind->findData(QStringLiteral("remedy")));
        CHECK(panel->currentGeneration() == before + 1);
        REQUIRE(waitUntil([&] {
            return panel->model()->rowCount() > 0 &&
                   panel->model()->index(0, 0).data(SearchModel::KindRole).toString() == QStringLiteral("Remedy");
        }));
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            CHECK(panel->model()->index(row, 0).data(SearchModel::KindRole).toString() == QStringLiteral("Remedy"));
        }
        // A kind with no match says so in words.
        kind->setCurrentIndex(kind->findData(QStringLiteral("question")));
        REQUIRE(waitUntil([&] { return panel->model()->rowCount() == 0 && panel->statusLabel()->isVisibleTo(panel); }));
        CHECK(panel->statusLabel()->text().contains(QStringLiteral("No questions match")));
        kind->setCurrentIndex(kind->findData(QStringLiteral("remedy")));

        press(panel->field(), Qt::Key_Escape);
        CHECK_FALSE(kind->isVisibleTo(panel));
    }
    {
        // The choice is kept for the next window.
        auto window = makeWindow();
        CHECK(window->searchPanel()->kindBox()->currentData().toString() == QStringLiteral("remedy"));
    }
    QSettings().remove(QStringLiteral("search/kind"));
}
