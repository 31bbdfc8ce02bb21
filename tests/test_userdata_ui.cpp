// SPDX-License-Identifier: MIT
// The person's own data in the window, offscreen: each test has its own user.db and its own settings
// file in a temporary folder, so nothing touches real user data and parallel tests never meet.
#include "app/userdata/bookmarkspane.h"
#include "app/contentsource.h"
#include "app/window/historymenu.h"
#include "app/window/mainwindow.h"
#include "test_support.h"
#include "app/userdata/userdataui.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

using carebook::app::BookmarksModel;
using carebook::app::MainWindow;
using carebook::app::UserData;
using carebook::test::TempDir;
namespace fs = std::filesystem;

namespace {

class Fixture {
public:
    Fixture() {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QString::fromStdString((m_dir.path() / "settings").string()));
        QSettings().clear();
    }

    fs::path folder() const { return m_dir.path(); }
    fs::path userDb() const { return m_dir.path() / "data" / "user.db"; }

    std::unique_ptr<MainWindow> window(const fs::path& db) const {
        auto window = std::make_unique<MainWindow>(carebook::app::openContent(CAREBOOK_FIXTURE_DB),
                                                   UserData::open(QString::fromStdString(db.string())));
        window->show();
        QApplication::processEvents();
        return window;
    }
    std::unique_ptr<MainWindow> window() const { return window(userDb()); }

private:
    TempDir m_dir;
};

carebook::app::UserDataUi& ui(MainWindow& window) {
    REQUIRE(window.userDataUi());
    return *window.userDataUi();
}

QStringList column(QAbstractItemModel* model, int column, int role = Qt::DisplayRole) {
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->index(row, column).data(role).toString();
    }
    return values;
}

QMessageBox* visibleBox(MainWindow& window, const char* name) {
    auto* box = window.findChild<QMessageBox*>(QString::fromLatin1(name));
    return box && box->isVisible() ? box : nullptr;
}

} // namespace

TEST_CASE("the star bookmarks the article on screen and is still on in a new window", "[userdata-ui]") {
    Fixture fixture;
    {
        auto window = fixture.window();
        auto* star = ui(*window).bookmarkAction();
        REQUIRE(window->currentArticleId() == QStringLiteral("back-spasm"));
        CHECK(star->isCheckable());
        CHECK(star->isEnabled());
        CHECK(star->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D));
        CHECK_FALSE(star->isChecked());
        star->trigger();
        CHECK(star->isChecked());
        CHECK(ui(*window).userData().isBookmarked(QStringLiteral("back-spasm")));
        CHECK_THAT(window->statusBar()->currentMessage().toStdString(), Catch::Contains("Bookmarked \"Back spasm\""));

        // The star follows the article on screen, through links and Back.
        REQUIRE(window->openArticle(QStringLiteral("cold-therapy")));
        CHECK_FALSE(star->isChecked());
        window->goBack();
        CHECK(star->isChecked());
        // And the bookmarks pane already lists it.
        CHECK(column(ui(*window).bookmarksPane()->model(), BookmarksModel::TitleColumn) ==
              QStringList{QStringLiteral("Back spasm")});
    }
    auto again = fixture.window();
    REQUIRE(again->currentArticleId() == QStringLiteral("back-spasm"));
    CHECK(ui(*again).bookmarkAction()->isChecked());
    // Unstarring removes it, and that too is kept.
    ui(*again).bookmarkAction()->trigger();
    CHECK_FALSE(ui(*again).bookmarkAction()->isChecked());
    again.reset();
    auto third = fixture.window();
    CHECK_FALSE(ui(*third).bookmarkAction()->isChecked());
    CHECK(ui(*third).bookmarksPane()->model()->rowCount() == 0);
}

TEST_CASE("the bookmarks pane lists title, kind and note, opens, edits the note and deletes", "[userdata-ui]") {
    Fixture fixture;
    auto window = fixture.window();
    auto& data = ui(*window).userData();
    REQUIRE(data.addBookmark(QStringLiteral("cold-therapy"), QStringLiteral("Cold therapy")));
    REQUIRE(data.addBookmark(QStringLiteral("muscle-strain"), QStringLiteral("Muscle strain")));
    auto* dock = ui(*window).bookmarksDock();
    CHECK_FALSE(dock->isVisible());
    dock->toggleViewAction()->trigger();
    QApplication::processEvents();
    CHECK(dock->isVisible());
    CHECK(dock->toggleViewAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_B));

    auto* pane = ui(*window).bookmarksPane();
    auto* model = pane->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(column(model, BookmarksModel::TitleColumn).contains(QStringLiteral("Cold therapy")));
    const int row = model->rowOf(QStringLiteral("cold-therapy"));
    REQUIRE(row >= 0);
    CHECK(model->index(row, BookmarksModel::KindColumn).data().toString() == QStringLiteral("remedy"));

    // Note: edited in place, kept in the store.
    const auto note = model->index(row, BookmarksModel::NoteColumn);
    CHECK(model->flags(note).testFlag(Qt::ItemIsEditable));
    REQUIRE(model->setData(note, QStringLiteral("Ten minutes, cloth between")));
    CHECK(data.store().bookmark("cold-therapy")->note == "Ten minutes, cloth between");
    CHECK(model->index(model->rowOf(QStringLiteral("cold-therapy")), BookmarksModel::NoteColumn).data().toString() ==
          QStringLiteral("Ten minutes, cloth between"));

    // Activating a row opens its article.
    const auto title = model->index(model->rowOf(QStringLiteral("cold-therapy")), BookmarksModel::TitleColumn);
    pane->view()->setCurrentIndex(title);
    Q_EMIT pane->view()->activated(title);
    CHECK(window->currentArticleId() == QStringLiteral("cold-therapy"));
    CHECK(ui(*window).bookmarkAction()->isChecked());

    // Delete (the key is bound in the list) removes only the selected bookmark.
    pane->view()->selectRow(model->rowOf(QStringLiteral("muscle-strain")));
    QAction* deleteAction = nullptr;
    for (auto* action : pane->view()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Delete)) {
            deleteAction = action;
        }
    }
    REQUIRE(deleteAction);
    deleteAction->trigger();
    CHECK(column(model, BookmarksModel::TitleColumn) == QStringList{QStringLiteral("Cold therapy")});
    CHECK_FALSE(data.isBookmarked(QStringLiteral("muscle-strain")));
}

TEST_CASE("a bookmark or sheet whose article left this edition is shown as such, not dropped", "[userdata-ui]") {
    Fixture fixture;
    {
        // Saved with an earlier edition that had this article.
        auto opening = carebook::openUserStore(fixture.userDb());
        opening.store.addBookmark("night-cramps", "Night cramps", 100);
        opening.store.addBookmark("back-spasm", "Back spasm", 200);
        opening.store.saveSheet("For Dad", "night-cramps", R"({"symptom":"night-cramps"})");
        opening.store.recordVisit("night-cramps");
    }
    auto window = fixture.window();
    auto* model = ui(*window).bookmarksPane()->model();
    REQUIRE(model->rowCount() == 2);
    const int gone = model->rowOf(QStringLiteral("night-cramps"));
    REQUIRE(gone >= 0);
    const auto title = model->index(gone, BookmarksModel::TitleColumn);
    CHECK(title.data().toString() == QStringLiteral("Night cramps"));
    CHECK(model->index(gone, BookmarksModel::KindColumn).data().toString() ==
          QStringLiteral("no longer in this edition"));
    CHECK(title.data(carebook::app::MissingRole).toBool());
    CHECK(title.data(Qt::ForegroundRole).isValid()); // greyed
    CHECK_FALSE(model->index(model->rowOf(QStringLiteral("back-spasm")), 0).data(Qt::ForegroundRole).isValid());

    // Opening it explains instead of failing silently, and stays where it was.
    window->openArticle(QStringLiteral("cold-therapy"));
    auto* pane = ui(*window).bookmarksPane();
    pane->view()->setCurrentIndex(title);
    Q_EMIT pane->view()->activated(title);
    CHECK(window->currentArticleId() == QStringLiteral("cold-therapy"));
    CHECK_THAT(window->statusBar()->currentMessage().toStdString(), Catch::Contains("no longer in this edition"));

    auto* sheets = ui(*window).sheetsPane()->model();
    REQUIRE(sheets->rowCount() == 1);
    CHECK(sheets->index(0, carebook::app::SavedSheetsModel::SymptomColumn).data().toString() ==
          QStringLiteral("night-cramps (no longer in this edition)"));
    CHECK(sheets->index(0, 0).data(carebook::app::MissingRole).toBool());

    auto* history = ui(*window).historyPane()->model();
    CHECK(history->index(history->rowCount() - 1, 0).data().toString().contains(QStringLiteral("no longer in this edition")));
    // Nothing was dropped from the store.
    CHECK(ui(*window).userData().store().isBookmarked("night-cramps"));
}

TEST_CASE("saved sheets are listed, opened and deleted", "[userdata-ui]") {
    Fixture fixture;
    auto window = fixture.window();
    auto& data = ui(*window).userData();
    const auto id = data.saveSheet(QStringLiteral("For Mum"), QStringLiteral("back-spasm"),
                                   QStringLiteral(R"({"symptom":"back-spasm"})"));
    REQUIRE(id > 0);
    auto* pane = ui(*window).sheetsPane();
    REQUIRE(pane->model()->rowCount() == 1);
    CHECK(pane->model()->index(0, 0).data().toString() == QStringLiteral("For Mum"));
    CHECK(pane->model()->index(0, 1).data().toString() == QStringLiteral("Back spasm"));

    std::vector<carebook::SavedSheet> opened;
    QObject::connect(&ui(*window), &carebook::app::UserDataUi::sheetOpenRequested,
                     [&opened](const carebook::SavedSheet& sheet) { opened.push_back(sheet); });
    pane->view()->setCurrentIndex(pane->model()->index(0, 0));
    Q_EMIT pane->view()->activated(pane->model()->index(0, 0));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].requestJson == R"({"symptom":"back-spasm"})");

    REQUIRE(data.removeSheet(id));
    CHECK(pane->model()->rowCount() == 0);
}

TEST_CASE("history is listed, offered behind Back and Forward, cleared, and can be kept off", "[userdata-ui]") {
    Fixture fixture;
    auto window = fixture.window();
    window->openArticle(QStringLiteral("cold-therapy"));
    window->openArticle(QStringLiteral("heat-therapy"));
    window->openArticle(QStringLiteral("muscle-strain"));

    auto* history = ui(*window).historyPane()->model();
    REQUIRE(history->rowCount() == 4);
    CHECK(history->index(0, 0).data(carebook::app::ArticleIdRole).toString() == QStringLiteral("muscle-strain"));
    CHECK(history->index(0, 0).data().toString().startsWith(QStringLiteral("Muscle strain — ")));
    CHECK(history->index(3, 0).data(carebook::app::ArticleIdRole).toString() == QStringLiteral("back-spasm"));

    // The History pane opens an entry.
    auto* list = ui(*window).historyPane()->view();
    Q_EMIT list->activated(history->index(2, 0));
    CHECK(window->currentArticleId() == QStringLiteral("cold-therapy"));

    // Back's menu lists the way back, nearest first; choosing one jumps there. The session is now
    // back-spasm, cold-therapy, heat-therapy, muscle-strain, cold-therapy: go back to the second.
    window->goBack();
    window->goBack();
    window->goBack();
    REQUIRE(window->currentArticleId() == QStringLiteral("cold-therapy"));
    auto* back = ui(*window).backMenu();
    back->rebuild();
    QStringList backTitles;
    for (auto* action : back->actions()) {
        backTitles << action->text();
    }
    CHECK(backTitles == QStringList{QStringLiteral("Back spasm")});
    auto* forward = ui(*window).forwardMenu();
    forward->rebuild();
    QStringList forwardTitles;
    for (auto* action : forward->actions()) {
        forwardTitles << action->text();
    }
    CHECK(forwardTitles ==
          QStringList{QStringLiteral("Heat therapy"), QStringLiteral("Muscle strain"), QStringLiteral("Cold therapy")});
    forward->actions().at(1)->trigger();
    CHECK(window->currentArticleId() == QStringLiteral("muscle-strain"));
    CHECK(window->forwardAction()->isEnabled());
    back->rebuild();
    CHECK(back->actions().size() == 3);

    // Clear history: the list and the session's way back are both emptied; the article stays.
    ui(*window).clearHistoryAction()->trigger();
    CHECK(history->rowCount() == 0);
    CHECK(ui(*window).userData().store().history().empty());
    CHECK_FALSE(window->backAction()->isEnabled());
    CHECK(window->currentArticleId() == QStringLiteral("muscle-strain"));

    // Keep no history: nothing is recorded, and the setting outlives the window.
    ui(*window).keepNoHistoryAction()->trigger();
    CHECK(ui(*window).keepNoHistoryAction()->isChecked());
    window->openArticle(QStringLiteral("magnesium"));
    CHECK(history->rowCount() == 0);
    CHECK(window->backAction()->isEnabled()); // Back still works within the session
    window.reset();
    auto again = fixture.window();
    CHECK(ui(*again).keepNoHistoryAction()->isChecked());
    CHECK(ui(*again).userData().store().history().empty());
    ui(*again).keepNoHistoryAction()->trigger();
    again->openArticle(QStringLiteral("magnesium"));
    CHECK(ui(*again).historyPane()->model()->rowCount() == 1);
}

TEST_CASE("a damaged user.db at start is set aside, said once, and the app works", "[userdata-ui][faults]") {
    Fixture fixture;
    fs::create_directories(fixture.userDb().parent_path());
    carebook::test::writeText(fixture.userDb(), std::string(3000, '\x07') + "garbage, not SQLite");
    {
        auto window = fixture.window();
        auto* box = visibleBox(*window, "userDataNotice");
        REQUIRE(box);
        CHECK_THAT(box->text().toStdString(), Catch::Contains("was damaged") && Catch::Contains("set aside as user.db.corrupt-"));
        box->accept();
        // Set aside next to the fresh store, with its bytes intact.
        int corrupt = 0;
        for (const auto& entry : fs::directory_iterator(fixture.userDb().parent_path())) {
            if (entry.path().filename().string().rfind("user.db.corrupt-", 0) == 0) {
                ++corrupt;
                CHECK(carebook::test::readText(entry.path()).size() == 3019);
            }
        }
        CHECK(corrupt == 1);
        // The app works: reading, and the fresh store takes bookmarks.
        CHECK(window->openArticle(QStringLiteral("cold-therapy")));
        CHECK(ui(*window).bookmarkAction()->isEnabled());
        ui(*window).bookmarkAction()->trigger();
        CHECK(ui(*window).userData().isBookmarked(QStringLiteral("cold-therapy")));
    }
    // Said once: the next start has nothing to say.
    auto again = fixture.window();
    CHECK_FALSE(visibleBox(*again, "userDataNotice"));
    CHECK(ui(*again).userData().isBookmarked(QStringLiteral("cold-therapy")));
}

TEST_CASE("a data folder that cannot be written: a clear message, reading works, bookmarking is off",
          "[userdata-ui][faults]") {
    Fixture fixture;
    // Below a regular file nothing can be created, even by root (who ignores permission bits).
    carebook::test::writeText(fixture.folder() / "blocked", "x");
    auto window = fixture.window(fixture.folder() / "blocked" / "Carebook" / "user.db");
    auto* box = visibleBox(*window, "userDataNotice");
    REQUIRE(box);
    CHECK_THAT(box->text().toStdString(), Catch::Contains("cannot save to its data folder") &&
                                              Catch::Contains((fixture.folder() / "blocked").string()));
    box->accept();
    auto* label = window->findChild<QLabel*>(QStringLiteral("readOnlyLabel"));
    REQUIRE(label);
    CHECK(label->isVisible());

    auto* star = ui(*window).bookmarkAction();
    CHECK_FALSE(star->isEnabled());
    CHECK_THAT(star->toolTip().toStdString(), Catch::Contains("cannot be changed"));
    CHECK_FALSE(ui(*window).clearHistoryAction()->isEnabled());
    // Browsing is untouched.
    CHECK(window->openArticle(QStringLiteral("heat-therapy")));
    CHECK(window->articleView() != nullptr);
    CHECK_FALSE(star->isEnabled());
    CHECK(window->backAction()->isEnabled());
    CHECK(fs::is_regular_file(fixture.folder() / "blocked"));
}

TEST_CASE("a change that fails (disk full) is reported once, undone on screen, and the app goes on",
          "[userdata-ui][faults]") {
    Fixture fixture;
    auto window = fixture.window();
    auto& store = ui(*window).userData().store();
    // Fill the store up to a page limit: from here on the "disk" is full.
    store.database().exec("PRAGMA max_page_count = 8");
    // Big rows first, then smaller ones into the gaps they leave, until not even a short one fits.
    int filler = 0;
    for (const std::size_t size : {2000, 400, 60, 1}) {
        for (bool full = false; !full && filler < 5000; ++filler) {
            try {
                store.addBookmark("filler-" + std::to_string(filler), std::string(size, 'f'));
            } catch (const carebook::UserStoreError& e) {
                REQUIRE(e.kind() == carebook::UserStoreError::Kind::DiskFull);
                full = true;
            }
        }
    }
    REQUIRE(filler < 5000);
    const auto before = store.bookmarks().size();

    REQUIRE(window->openArticle(QStringLiteral("cold-therapy")));
    auto* star = ui(*window).bookmarkAction();
    star->trigger();
    CHECK_FALSE(star->isChecked()); // back to what the store holds
    auto* box = visibleBox(*window, "userDataProblem");
    REQUIRE(box);
    CHECK_THAT(box->text().toStdString(), Catch::Contains("not enough disk space") && Catch::Contains("Nothing was changed"));
    box->accept();
    CHECK(store.bookmarks().size() == before);
    std::string problem;
    CHECK(store.database().quickCheck(&problem));

    // A second failure goes to the status bar, not to another box.
    star->trigger();
    QApplication::processEvents();
    CHECK_FALSE(visibleBox(*window, "userDataProblem"));
    CHECK_THAT(window->statusBar()->currentMessage().toStdString(), Catch::Contains("not enough disk space"));
    // Browsing goes on.
    CHECK(window->openArticle(QStringLiteral("heat-therapy")));
}

TEST_CASE("bookmarks export and import through files; a malformed file is refused by name", "[userdata-ui]") {
    Fixture fixture;
    auto window = fixture.window();
    auto& data = ui(*window).userData();
    REQUIRE(data.addBookmark(QStringLiteral("cold-therapy"), QStringLiteral("Cold therapy")));
    REQUIRE(data.setBookmarkNote(QStringLiteral("cold-therapy"), QStringLiteral("works for me")));
    const auto file = QString::fromStdString((fixture.folder() / "bookmarks.json").string());
    QString message;
    REQUIRE(data.exportBookmarks(file, &message));
    CHECK_THAT(message.toStdString(), Catch::Contains("Exported 1 bookmark"));

    Fixture other;
    auto second = other.window();
    auto& otherData = ui(*second).userData();
    REQUIRE(otherData.importBookmarks(file, &message));
    CHECK_THAT(message.toStdString(), Catch::Contains("1 new"));
    CHECK(ui(*second).bookmarksPane()->model()->rowCount() == 1);
    CHECK(otherData.store().bookmark("cold-therapy")->note == "works for me");
    REQUIRE(otherData.importBookmarks(file, &message));
    CHECK_THAT(message.toStdString(), Catch::Contains("0 new") && Catch::Contains("1 already there"));
    CHECK(ui(*second).bookmarksPane()->model()->rowCount() == 1);

    carebook::test::writeText(fixture.folder() / "broken.json", R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "Cold Therapy"}]})");
    CHECK_FALSE(otherData.importBookmarks(QString::fromStdString((fixture.folder() / "broken.json").string()), &message));
    CHECK_THAT(message.toStdString(), Catch::Contains("bookmarks[0].article_id") && Catch::Contains("Nothing was imported"));
    CHECK(ui(*second).bookmarksPane()->model()->rowCount() == 1);
}
