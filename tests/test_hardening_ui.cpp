// SPDX-License-Identifier: MIT
// Issue 18 in the window, offscreen: imported text is shown as text, the article view loads only the
// app's own resources, and imports and exports meet devices, FIFOs and endless files safely.
#include "app/contentsource.h"
#include "app/userdata/bookmarkspane.h"
#include "app/userdata/userdata.h"
#include "app/window/articleview.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTextDocument>
#include <QUrl>

#include <chrono>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using carebook::app::ArticleView;
using carebook::app::BookmarksModel;
using carebook::app::UserData;
using carebook::test::TempDir;
namespace fs = std::filesystem;

namespace {

// What a tooltip shows: Qt renders it as rich text when it looks like HTML, as a QTextDocument would.
QString shownToolTip(const QString& toolTip) {
    QTextDocument document;
    if (Qt::mightBeRichText(toolTip)) {
        document.setHtml(toolTip);
    } else {
        document.setPlainText(toolTip);
    }
    return document.toPlainText();
}

} // namespace

TEST_CASE("imported notes and titles are shown in tooltips as the text they are, never as HTML",
          "[hardening][display]") {
    auto content = carebook::app::openContent(CAREBOOK_FIXTURE_DB);
    auto data = UserData::inMemory();
    const QString note = QStringLiteral("<img src=file:///etc/hostname><span style='font-size:40pt;color:red'>big</span>"
                                        " <a href='http://example.com'>link</a>");
    const std::string title = "<b>Bold</b> <img src=file:///dev/zero>";
    const nlohmann::json file = {
        {"format", "carebook-bookmarks"},
        {"version", 1},
        {"bookmarks",
         {{{"article_id", "back-spasm"}, {"title", title}, {"note", note.toStdString()}},
          {{"article_id", "gone-article"}, {"title", title}}}}};
    data->store().importBookmarksJson(file.dump());
    BookmarksModel model(*data, *content);
    REQUIRE(model.rowCount() == 2);
    const int present = model.rowOf(QStringLiteral("back-spasm"));
    const int gone = model.rowOf(QStringLiteral("gone-article"));
    const auto noteTip = model.data(model.index(present, BookmarksModel::NoteColumn), Qt::ToolTipRole).toString();
    CHECK(shownToolTip(noteTip) == note);
    CHECK_FALSE(noteTip.contains(QStringLiteral("<img")));
    const auto goneTip = model.data(model.index(gone, BookmarksModel::TitleColumn), Qt::ToolTipRole).toString();
    CHECK(shownToolTip(goneTip).contains(QString::fromStdString(title)));
    CHECK_FALSE(goneTip.contains(QStringLiteral("<img")));
}

TEST_CASE("the article view loads only embedded resources", "[hardening][display]") {
    ArticleView view;
    for (const char* refused : {"file:///etc/hostname", "file:///dev/zero", "/etc/hostname", "http://example.com/a.png",
                                "illustrations/../../../../etc/hostname", "qrc:/../etc/hostname", "//host/share/x.png",
                                "data:image/png;base64,AAAA", "../etc/hostname"}) {
        INFO(refused);
        CHECK(view.loadResource(QTextDocument::ImageResource, QUrl(QString::fromUtf8(refused))).isNull());
    }
    CHECK(carebook::app::embeddedResourcePath(QUrl(QStringLiteral("illustrations/bridge-exercise.svg"))) ==
          QStringLiteral(":/illustrations/bridge-exercise.svg"));
    CHECK_FALSE(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("illustrations/bridge-exercise.svg")))
                    .toByteArray()
                    .isEmpty());
    // The article's stylesheet now comes from the theme; a qrc: URL of an embedded file still loads.
    CHECK_FALSE(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/icons/urgency-emergency.svg")))
                    .toByteArray()
                    .isEmpty());
    // An article whose HTML asks for a local file shows, and the file is not read.
    const auto start = std::chrono::steady_clock::now();
    view.showArticleHtml(QStringLiteral("<p>x<img src=\"file:///dev/zero\"><img src=\"/dev/urandom\"></p>"));
    CHECK(view.toPlainText().startsWith(QLatin1Char('x')));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("importing bookmarks from /dev/zero, /dev/urandom or a FIFO is refused at once", "[hardening][files]") {
    TempDir dir;
    auto data = UserData::inMemory();
    const auto fifo = dir.path() / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    for (const QString& path : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"),
                               QString::fromStdString(fifo.string()), QString::fromStdString(dir.path().string())}) {
        INFO(path.toStdString());
        QString message;
        CHECK_FALSE(data->importBookmarks(path, &message));
        CHECK(message.contains(path));
        CHECK(message.contains(QStringLiteral("Nothing was imported")));
    }
    CHECK(data->bookmarks().empty());
}

TEST_CASE("exporting bookmarks refuses a device and writes a private file", "[hardening][files]") {
    TempDir dir;
    auto data = UserData::inMemory();
    REQUIRE(data->addBookmark(QStringLiteral("back-spasm"), QStringLiteral("Back spasm")));
    QString message;
    const auto device = carebook::test::scratchCharacterDevice(dir.path());
    CHECK_FALSE(data->exportBookmarks(QString::fromStdString(device.string()), &message));
    CHECK(message.contains(QString::fromStdString(device.string())));
    struct stat status {};
    REQUIRE(::stat(device.c_str(), &status) == 0);
    CHECK(S_ISCHR(status.st_mode));
    const auto path = dir.path() / "bookmarks.json";
    REQUIRE(data->exportBookmarks(QString::fromStdString(path.string()), &message));
    REQUIRE(::stat(path.c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
    // And that export imports.
    auto other = UserData::inMemory();
    CHECK(other->importBookmarks(QString::fromStdString(path.string()), &message));
    CHECK(other->bookmarks().size() == 1);
}

TEST_CASE("a disk full at start: read-only with its own message, and saving works once space is freed",
          "[hardening][userstore][faults]") {
    TempDir dir;
    const auto path = QString::fromStdString((dir.path() / "data" / "user.db").string());
    // A file-size limit stands in for a full disk: a write that crosses it comes up short, which SQLite
    // reports as SQLITE_FULL, as it does for ENOSPC.
    rlimit previous{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &previous) == 0);
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = previous;
    tiny.rlim_cur = 1000;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    auto data = UserData::open(path);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &previous) == 0);
    INFO("notice: " << data->openingNotice().toStdString());
    CHECK(data->readOnly());
    CHECK(data->openingNotice().contains(QStringLiteral("is full")));
    CHECK_FALSE(data->openingNotice().contains(QStringLiteral("damaged")));

    // Space again: the next change reopens the store and is saved.
    CHECK(data->addBookmark(QStringLiteral("back-spasm"), QStringLiteral("Back spasm")));
    CHECK_FALSE(data->readOnly());
    CHECK(UserData::open(path)->isBookmarked(QStringLiteral("back-spasm")));
}
