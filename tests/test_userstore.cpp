// SPDX-License-Identifier: MIT
#include "frozen_user_schemas.h"
#include "test_support.h"
#include "core/user/user_store.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <set>

using carebook::UserStore;
using carebook::UserStoreError;
using carebook::test::kVersion1Schema;
using carebook::test::readText;
using carebook::test::TempDir;
using carebook::test::writeText;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> bookmarkIds(UserStore& store) {
    std::vector<std::string> ids;
    for (const auto& bookmark : store.bookmarks()) {
        ids.push_back(bookmark.articleId);
    }
    return ids;
}

std::string scalar(carebook::Database& db, const char* sql) {
    auto statement = db.prepare(sql);
    REQUIRE(statement.step());
    return statement.text(0);
}

// A store on disk with a few bookmarks, closed again, so tests can damage the file.
void makeStoreWithBookmarks(const fs::path& path, int count) {
    // One import, one transaction: a commit per bookmark would fsync hundreds of times.
    nlohmann::json file = {{"format", "carebook-bookmarks"}, {"version", 1}, {"bookmarks", nlohmann::json::array()}};
    for (int i = 0; i < count; ++i) {
        file["bookmarks"].push_back({{"article_id", "article-" + std::to_string(i)},
                                     {"title", "Article " + std::to_string(i)},
                                     {"note", std::string(300, 'x')},
                                     {"created_at", carebook::isoTimestampUtc(1000 + i)}});
    }
    auto store = UserStore::open(path);
    REQUIRE(store.importBookmarksJson(file.dump()).added == count);
}

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
        files.push_back(entry.path().filename());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("a new user store has the current schema, WAL journaling and Carebook's application id", "[userstore]") {
    TempDir dir;
    auto store = UserStore::open(dir.path() / "user.db");
    CHECK(store.schemaVersion() == UserStore::kSchemaVersion);
    CHECK(scalar(store.database(), "PRAGMA journal_mode") == "wal");
    CHECK(scalar(store.database(), "PRAGMA synchronous") == "2"); // FULL
    CHECK(scalar(store.database(), "PRAGMA application_id") == std::to_string(UserStore::kApplicationId));
    CHECK_FALSE(store.readOnly());
}

TEST_CASE("bookmarks are added once, keep their note, and are removed", "[userstore]") {
    auto store = UserStore::openMemory();
    store.addBookmark("back-spasm", "Back spasm", 100);
    store.addBookmark("cold-therapy", "Cold therapy", 200);
    CHECK(store.isBookmarked("back-spasm"));
    CHECK_FALSE(store.isBookmarked("muscle-strain"));
    CHECK(bookmarkIds(store) == std::vector<std::string>{"cold-therapy", "back-spasm"}); // newest first

    REQUIRE(store.setBookmarkNote("back-spasm", "Helped after gardening", 300));
    store.addBookmark("back-spasm", "Back spasm", 400); // a second star click must not wipe the note
    const auto bookmark = store.bookmark("back-spasm");
    REQUIRE(bookmark);
    CHECK(bookmark->note == "Helped after gardening");
    CHECK(bookmark->title == "Back spasm");
    CHECK(bookmark->createdAt == 100);
    CHECK(bookmark->updatedAt == 300);
    CHECK(store.bookmarks().size() == 2);

    CHECK_FALSE(store.setBookmarkNote("not-bookmarked", "x"));
    CHECK(store.removeBookmark("back-spasm"));
    CHECK_FALSE(store.removeBookmark("back-spasm"));
    CHECK(bookmarkIds(store) == std::vector<std::string>{"cold-therapy"});
}

TEST_CASE("a malformed article id is refused before it reaches the store", "[userstore]") {
    auto store = UserStore::openMemory();
    for (const char* id : {"", "Back Spasm", "back--spasm", "x'); DROP TABLE bookmarks; --"}) {
        CAPTURE(id);
        CHECK_THROWS_AS(store.addBookmark(id, "t"), UserStoreError);
        CHECK_THROWS_AS(store.recordVisit(id), UserStoreError);
    }
    CHECK(store.bookmarks().empty());
    CHECK(store.history().empty());
}

TEST_CASE("bookmarks export to JSON and import into another store unchanged", "[userstore]") {
    auto from = UserStore::openMemory();
    from.addBookmark("back-spasm", "Back spasm", 1700000000);
    from.setBookmarkNote("back-spasm", "Heat first, then \"gentle\" walks\nline two", 1700000100);
    from.addBookmark("cold-therapy", "Cold therapy", 1700000200);
    const auto exported = from.exportBookmarksJson(1700000300);

    const auto document = nlohmann::json::parse(exported);
    CHECK(document["format"] == "carebook-bookmarks");
    CHECK(document["version"] == 1);
    CHECK(document["exported_at"] == "2023-11-14T22:18:20Z");
    REQUIRE(document["bookmarks"].size() == 2);
    CHECK(document["bookmarks"][1]["created_at"] == "2023-11-14T22:13:20Z");

    auto to = UserStore::openMemory();
    const auto result = to.importBookmarksJson(exported);
    CHECK(result.added == 2);
    CHECK(result.updated == 0);
    const auto copied = to.bookmark("back-spasm");
    REQUIRE(copied);
    CHECK(copied->note == "Heat first, then \"gentle\" walks\nline two");
    CHECK(copied->title == "Back spasm");
    CHECK(copied->createdAt == 1700000000);
    CHECK(copied->updatedAt == 1700000100);
    CHECK(to.exportBookmarksJson(1700000300) == exported);
}

TEST_CASE("import merges by article id: never a duplicate, the newer note wins", "[userstore]") {
    auto store = UserStore::openMemory();
    store.addBookmark("back-spasm", "Back spasm", 1000);
    store.setBookmarkNote("back-spasm", "mine, edited later", 5000);
    store.addBookmark("cold-therapy", "Cold therapy", 1000);
    store.setBookmarkNote("cold-therapy", "mine, older", 1000);

    const std::string file = R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [
        {"article_id": "back-spasm", "note": "theirs, older", "updated_at": "1970-01-01T00:33:20Z"},
        {"article_id": "cold-therapy", "note": "theirs, newer", "updated_at": "1970-01-01T01:06:40Z"},
        {"article_id": "muscle-strain", "title": "Muscle strain"},
        {"article_id": "gone-from-this-edition", "note": "kept although no article has this id"}
    ]})";
    const auto result = store.importBookmarksJson(file, 9000);
    CHECK(result.added == 2);
    CHECK(result.updated == 1);
    CHECK(result.unchanged == 1);
    CHECK(store.bookmark("back-spasm")->note == "mine, edited later");
    CHECK(store.bookmark("cold-therapy")->note == "theirs, newer");
    CHECK(store.bookmark("muscle-strain")->createdAt == 9000);
    CHECK(store.isBookmarked("gone-from-this-edition"));

    // Importing the same file again changes nothing and adds nothing.
    const auto again = store.importBookmarksJson(file, 9500);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 4);
    CHECK(store.bookmarks().size() == 4);
}

TEST_CASE("a malformed bookmarks file is rejected with a message naming the problem, changing nothing",
          "[userstore]") {
    struct Case {
        std::string file;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"", "not valid JSON (line 1, column 1)"},
        {"{\"format\": \"carebook-bookmarks\", \"version\": 1, \"bookmarks\": [", "not valid JSON"},
        {"[1, 2]", "not a Carebook bookmarks file"},
        {R"({"format": "something-else", "version": 1, "bookmarks": []})", "not a Carebook bookmarks file"},
        {R"({"format": "carebook-bookmarks", "bookmarks": []})", "\"version\" must be a whole number"},
        {R"({"format": "carebook-bookmarks", "version": 7, "bookmarks": []})", "newer version of Carebook"},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": {}})", "\"bookmarks\" must be a list"},
        {R"({"format": "carebook-bookmarks", "version": 1, "extra": 1, "bookmarks": []})", "unknown field \"extra\""},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": ["back-spasm"]})",
         "at bookmarks[0] (line 1, column 62): each bookmark must be an object"},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"note": "x"}]})", "has no \"article_id\""},
        {"{\"format\": \"carebook-bookmarks\", \"version\": 1, \"bookmarks\": [\n"
         "  {\"article_id\": \"new-one\"},\n  {\"article_id\": \"Back Spasm\"}]}",
         "at bookmarks[1].article_id (line 3, column 18): \"Back Spasm\" is not an article id"},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": 12}]})",
         "\"article_id\" must be text"},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "a", "note": 3}]})",
         "bookmarks[0].note"},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "a", "colour": "red"}]})",
         "unknown field \"colour\""},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "a", "created_at": "yesterday"}]})",
         "\"created_at\" must be a time"},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "a"}, {"article_id": "a"}]})",
         "\"a\" is listed twice (also at bookmarks[0])"},
        // A NUL in the file must not cut the message short (found by the bookmark import fuzzer).
        {std::string("\"%)\\\0\a%", 7), "a backslash followed by the byte 0x00"},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "a", "x\u0000y": 1}]})",
         "unknown field \"x\\u0000y\""},
        {R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "a\u0000b"}]})",
         "\"a\\u0000b\" is not an article id"},
    };
    auto store = UserStore::openMemory();
    store.addBookmark("back-spasm", "Back spasm", 100);
    store.setBookmarkNote("back-spasm", "keep me", 100);
    const auto before = store.exportBookmarksJson(0);
    for (const auto& testCase : cases) {
        CAPTURE(testCase.file);
        try {
            store.importBookmarksJson(testCase.file);
            FAIL("the file was accepted");
        } catch (const UserStoreError& e) {
            CHECK(e.kind() == UserStoreError::Kind::InvalidInput);
            CHECK_THAT(e.what(), Catch::Contains(testCase.message));
            CHECK_THAT(e.what(), Catch::Contains("Nothing was imported"));
        }
        CHECK(store.exportBookmarksJson(0) == before);
    }
    const std::string tooLongNote = R"({"format": "carebook-bookmarks", "version": 1, "bookmarks": [{"article_id": "new-one"},
        {"article_id": "a", "note": ")" + std::string(UserStore::kMaxNoteBytes + 1, 'x') + "\"}]}";
    CHECK_THROWS_WITH(store.importBookmarksJson(tooLongNote), Catch::Contains("\"note\" is too long"));
    CHECK(store.exportBookmarksJson(0) == before);
}

TEST_CASE("history keeps the newest visits, folds a repeated visit and clears", "[userstore]") {
    auto store = UserStore::openMemory();
    store.recordVisit("back-spasm", 10);
    store.recordVisit("cold-therapy", 20);
    store.recordVisit("cold-therapy", 30); // a reload, not a new entry
    store.recordVisit("back-spasm", 40);
    const auto history = store.history();
    REQUIRE(history.size() == 3);
    CHECK(history[0].articleId == "back-spasm");
    CHECK(history[0].visitedAt == 40);
    CHECK(history[1].articleId == "cold-therapy");
    CHECK(history[1].visitedAt == 30);
    CHECK(store.history(1).size() == 1);

    for (int i = 0; i < UserStore::kHistoryLimit + 50; ++i) {
        store.recordVisit("article-" + std::to_string(i), 100 + i);
    }
    const auto capped = store.history(UserStore::kHistoryLimit * 2);
    REQUIRE(capped.size() == static_cast<std::size_t>(UserStore::kHistoryLimit));
    CHECK(capped.front().articleId == "article-" + std::to_string(UserStore::kHistoryLimit + 49));
    CHECK(capped.back().articleId == "article-50");

    store.clearHistory();
    CHECK(store.history().empty());
}

TEST_CASE("saved sheets are stored as JSON text, listed, updated and deleted", "[userstore]") {
    auto store = UserStore::openMemory();
    const auto first = store.saveSheet("For Mum", "back-spasm", R"({"symptom":"back-spasm","remedies":["heat"]})", 10);
    const auto second = store.saveSheet("Night cramps", "leg-cramp", R"({"symptom":"leg-cramp"})", 20);
    CHECK(first != second);
    auto sheets = store.sheets();
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[0].title == "Night cramps");
    CHECK(sheets[1].requestJson == R"({"symptom":"back-spasm","remedies":["heat"]})");

    REQUIRE(store.updateSheet(first, "For Mum (v2)", R"({"symptom":"back-spasm"})", 30));
    sheets = store.sheets();
    CHECK(sheets[0].id == first);
    CHECK(sheets[0].title == "For Mum (v2)");
    CHECK(sheets[0].createdAt == 10);
    CHECK(sheets[0].updatedAt == 30);

    CHECK_THROWS_AS(store.saveSheet("Broken", "back-spasm", "{not json"), UserStoreError);
    CHECK_THROWS_AS(store.saveSheet("  ", "back-spasm", "{}"), UserStoreError);
    CHECK_FALSE(store.updateSheet(999, "x", "{}"));
    CHECK(store.removeSheet(second));
    CHECK_FALSE(store.removeSheet(second));
    CHECK(store.sheets().size() == 1);
    CHECK(store.sheet(first)->symptomId == "back-spasm");
    CHECK_FALSE(store.sheet(second));
}

TEST_CASE("a store written by every earlier schema version opens upgraded with its data", "[userstore][migration]") {
    TempDir dir;
    SECTION("version 0: an empty file") {
        writeText(dir.path() / "user.db", "");
        auto opening = carebook::openUserStore(dir.path() / "user.db");
        CHECK(opening.notice.empty());
        CHECK(opening.store.schemaVersion() == UserStore::kSchemaVersion);
        opening.store.addBookmark("back-spasm", "Back spasm");
        CHECK(opening.store.isBookmarked("back-spasm"));
    }
    SECTION("version 1: bookmarks and history, no titles, no saved sheets") {
        {
            auto old = carebook::Database::open((dir.path() / "user.db").string(),
                                                carebook::Database::Mode::ReadWriteCreate);
            old.exec("PRAGMA journal_mode = WAL");
            old.exec(kVersion1Schema);
            old.exec("INSERT INTO bookmarks VALUES ('back-spasm', 'from version 1', 100, 200)");
            old.exec("INSERT INTO history (article_id, visited_at) VALUES ('cold-therapy', 300)");
        }
        auto opening = carebook::openUserStore(dir.path() / "user.db");
        CHECK(opening.notice.empty());
        CHECK_FALSE(opening.movedAside);
        auto& store = opening.store;
        CHECK(store.schemaVersion() == UserStore::kSchemaVersion);
        const auto bookmark = store.bookmark("back-spasm");
        REQUIRE(bookmark);
        CHECK(bookmark->note == "from version 1");
        CHECK(bookmark->title.empty());
        CHECK(bookmark->createdAt == 100);
        CHECK(bookmark->updatedAt == 200);
        REQUIRE(store.history().size() == 1);
        CHECK(store.history()[0].articleId == "cold-therapy");
        // What version 2 added works on the upgraded file.
        store.addBookmark("muscle-strain", "Muscle strain");
        CHECK(store.bookmark("muscle-strain")->title == "Muscle strain");
        CHECK(store.saveSheet("Sheet", "back-spasm", "{}") > 0);
        std::string problem;
        CHECK(store.database().quickCheck(&problem));
    }
}

TEST_CASE("a store from a newer Carebook is opened read-only and left byte for byte", "[userstore][faults]") {
    TempDir dir;
    const auto path = dir.path() / "user.db";
    makeStoreWithBookmarks(path, 2);
    {
        auto db = carebook::Database::open(path.string(), carebook::Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA user_version = " + std::to_string(UserStore::kSchemaVersion + 1));
    }
    const auto before = readText(path);
    {
        auto opening = carebook::openUserStore(path);
        CHECK(opening.store.readOnly());
        CHECK_THAT(opening.notice, Catch::Contains("newer version of Carebook"));
        CHECK(opening.store.bookmarks().size() == 2);
        CHECK_THROWS_AS(opening.store.addBookmark("back-spasm", "x"), UserStoreError);
    }
    CHECK(readText(path) == before);
}

TEST_CASE("a damaged user store is set aside with a time stamp and a fresh one started", "[userstore][faults]") {
    TempDir dir;
    const auto path = dir.path() / "user.db";
    std::string expectedReason;
    SECTION("garbage") {
        writeText(path, std::string(5000, '\x5a') + "not a database at all");
        expectedReason = "it is not a database file";
    }
    SECTION("truncated in the middle") {
        makeStoreWithBookmarks(path, 200);
        const auto bytes = readText(path);
        REQUIRE(bytes.size() > 20000);
        writeText(path, bytes.substr(0, bytes.size() / 2));
        expectedReason = "(";
    }
    SECTION("truncated inside the header") {
        makeStoreWithBookmarks(path, 3);
        writeText(path, readText(path).substr(0, 60));
        expectedReason = "(";
    }
    SECTION("a damaged page that only the integrity check finds") {
        makeStoreWithBookmarks(path, 200);
        auto bytes = readText(path);
        const std::size_t pageSize = 4096;
        REQUIRE(bytes.size() > 6 * pageSize);
        // Scribble over the b-tree headers and cell pointers of pages 4 to 6 (bookmark pages); the file
        // header and the schema on page 1 stay intact, so the file opens and only the check finds it.
        for (std::size_t page = 3; page < 6; ++page) {
            for (std::size_t i = page * pageSize; i < page * pageSize + 64; ++i) {
                bytes[i] = static_cast<char>(0xa5 ^ (i * 7));
            }
        }
        writeText(path, bytes);
        expectedReason = "(";
    }
    SECTION("an SQLite database that is not Carebook's") {
        {
            auto other = carebook::Database::open(path.string(), carebook::Database::Mode::ReadWriteCreate);
            other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
        }
        expectedReason = "not a Carebook user store";
    }
    SECTION("a folder where the file should be") {
        fs::create_directories(path / "inside");
        expectedReason = "it cannot be read as a file";
    }
    writeText(fs::path(path.string() + "-wal"), "stale wal");
    const auto damaged = fs::is_regular_file(path) ? readText(path) : std::string();

    const std::time_t now = 1700000000;
    auto opening = carebook::openUserStore(path, now);
    const auto expectedName = "user.db.corrupt-" + carebook::compactTimestamp(now);
    REQUIRE(opening.movedAside);
    CHECK(opening.movedAside->filename() == expectedName);
    CHECK_THAT(opening.notice, Catch::Contains("was damaged") && Catch::Contains(expectedName) &&
                                   Catch::Contains(expectedReason));
    if (!damaged.empty()) {
        CHECK(readText(*opening.movedAside) == damaged); // set aside exactly as it was, for recovery
    }
    // Its write-ahead log goes with it (SQLite itself may have reset a log it found invalid).
    CHECK(fs::exists(dir.path() / (expectedName + "-wal")));

    // The fresh store works and is the current schema.
    CHECK_FALSE(opening.store.readOnly());
    CHECK(opening.store.bookmarks().empty());
    opening.store.addBookmark("back-spasm", "Back spasm");
    CHECK(opening.store.isBookmarked("back-spasm"));
    CHECK(opening.store.schemaVersion() == UserStore::kSchemaVersion);

    // Said once: the next start finds a healthy store and has nothing to say.
    auto next = carebook::openUserStore(path, now + 5);
    CHECK(next.notice.empty());
    CHECK_FALSE(next.movedAside);
    CHECK(next.store.isBookmarked("back-spasm"));
}

TEST_CASE("setting aside twice in the same second never overwrites the first damaged file", "[userstore][faults]") {
    TempDir dir;
    const auto path = dir.path() / "user.db";
    writeText(path, std::string(4096, 'a'));
    auto first = carebook::openUserStore(path, 1700000000);
    first.store = UserStore::openMemory();
    writeText(path, std::string(4096, 'b'));
    auto second = carebook::openUserStore(path, 1700000000);
    REQUIRE(first.movedAside);
    REQUIRE(second.movedAside);
    CHECK(*first.movedAside != *second.movedAside);
    CHECK(readText(*first.movedAside) == std::string(4096, 'a'));
    CHECK(readText(*second.movedAside) == std::string(4096, 'b'));
}

TEST_CASE("a full disk refuses the change with a clear message and leaves the store intact", "[userstore][faults]") {
    TempDir dir;
    auto store = UserStore::open(dir.path() / "user.db");
    store.addBookmark("back-spasm", "Back spasm", 100);
    const auto before = store.exportBookmarksJson(0);
    // Simulate a full disk: the file may not grow past the pages it has now.
    const auto pages = scalar(store.database(), "PRAGMA page_count");
    store.database().exec("PRAGMA max_page_count = " + pages);

    nlohmann::json file = {{"format", "carebook-bookmarks"}, {"version", 1}, {"bookmarks", nlohmann::json::array()}};
    for (int i = 0; i < 300; ++i) {
        file["bookmarks"].push_back({{"article_id", "article-" + std::to_string(i)}, {"note", std::string(500, 'n')}});
    }
    try {
        store.importBookmarksJson(file.dump());
        FAIL("the import fitted in a full disk");
    } catch (const UserStoreError& e) {
        CHECK(e.kind() == UserStoreError::Kind::DiskFull);
        CHECK_THAT(e.what(), Catch::Contains("not enough disk space") && Catch::Contains("Nothing was changed"));
    }
    // Not one of the 300 went in: the import is all or nothing.
    CHECK(store.exportBookmarksJson(0) == before);
    CHECK(store.database().quickCheck());

    // Space again: the same import now succeeds in full.
    store.database().exec("PRAGMA max_page_count = 1000000");
    CHECK(store.importBookmarksJson(file.dump()).added == 300);
}

TEST_CASE("a data folder that cannot be created gives a read-only store with a message naming it",
          "[userstore][faults]") {
    TempDir dir;
    // A path below a regular file fails with ENOTDIR even for root, who ignores permission bits.
    writeText(dir.path() / "not-a-folder", "x");
    const auto path = dir.path() / "not-a-folder" / "Carebook" / "user.db";
    auto opening = carebook::openUserStore(path);
    CHECK(opening.store.readOnly());
    CHECK_THAT(opening.notice, Catch::Contains("cannot save to its data folder") &&
                                   Catch::Contains((dir.path() / "not-a-folder" / "Carebook").string()) &&
                                   Catch::Contains("Everything can be read"));
    CHECK(opening.store.bookmarks().empty());
    try {
        opening.store.addBookmark("back-spasm", "Back spasm");
        FAIL("a read-only store accepted a bookmark");
    } catch (const UserStoreError& e) {
        CHECK(e.kind() == UserStoreError::Kind::ReadOnly);
        CHECK_THAT(e.what(), Catch::Contains("read-only"));
    }
    CHECK_THROWS_AS(opening.store.recordVisit("back-spasm"), UserStoreError);
    CHECK(filesIn(dir.path()) == std::vector<fs::path>{"not-a-folder"});
}

TEST_CASE("an existing store in a folder the user may not write to opens read-only, untouched", "[userstore][faults]") {
    TempDir dir;
    const auto folder = dir.path() / "data";
    fs::create_directories(folder);
    const auto path = folder / "user.db";
    makeStoreWithBookmarks(path, 3);
    // Readable by others, as an older Carebook left it (a new store is 0600): the case here is a folder
    // that may not be written, not a file that may not be read.
    fs::permissions(path, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    const auto bytes = readText(path);
    const auto filesBefore = filesIn(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    // Root ignores permission bits, so then the helper runs as "nobody", for whom they hold.
    std::string command = carebook::test::shellQuote(CAREBOOK_USERSTORE_HELPER) + " report " +
                          carebook::test::shellQuote(path.string());
    if (geteuid() == 0) {
        REQUIRE(carebook::test::runProcess("command -v setpriv").exitCode == 0);
        fs::permissions(dir.path(), fs::perms::others_exec, fs::perm_options::add);
        command = "setpriv --reuid=65534 --regid=65534 --clear-groups " + command;
    }
    const auto result = carebook::test::runProcess(command);
    fs::permissions(folder, fs::perms::owner_write, fs::perm_options::add);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto report = nlohmann::json::parse(result.out);
    CHECK(report["read_only"] == true);
    CHECK_THAT(report["notice"].get<std::string>(),
               Catch::Contains("cannot save to its data folder " + folder.string()) &&
                   Catch::Contains("existing bookmarks are shown"));
    CHECK(report["bookmarks"] == nlohmann::json({"article-2", "article-1", "article-0"}));
    CHECK_THAT(report["add_error"].get<std::string>(), Catch::Contains("read-only"));
    CHECK(readText(path) == bytes);
    CHECK(filesIn(folder) == filesBefore);
}

TEST_CASE("killed with SIGKILL while saving, the store reopens with every committed bookmark", "[userstore][faults]") {
    TempDir dir;
    const auto path = dir.path() / "user.db";
    // The ids the helper reports as committed; it is killed after 150, mid-stream.
    std::set<std::string> committed;
    for (const auto& line : carebook::test::committedBeforeKill(CAREBOOK_USERSTORE_HELPER, "write-loop", path, 150)) {
        committed.insert("bookmark-" + line);
    }

    auto opening = carebook::openUserStore(path);
    CHECK(opening.notice.empty());
    CHECK_FALSE(opening.movedAside);
    std::string problem;
    CHECK(opening.store.database().quickCheck(&problem));
    INFO(problem);
    std::set<std::string> present;
    for (const auto& bookmark : opening.store.bookmarks()) {
        present.insert(bookmark.articleId);
        if (committed.count(bookmark.articleId)) {
            CHECK(bookmark.note.size() >= 200);
        }
    }
    std::vector<std::string> missing;
    std::set_difference(committed.begin(), committed.end(), present.begin(), present.end(),
                        std::back_inserter(missing));
    CHECK(missing.empty());
    // At most the one bookmark being saved when the kill came may be there without its report.
    CHECK(present.size() <= committed.size() + 1);
    // And the store goes on working.
    opening.store.addBookmark("after-the-crash", "After");
    CHECK(opening.store.isBookmarked("after-the-crash"));
}

TEST_CASE("ISO time stamps round-trip and reject anything else", "[userstore]") {
    CHECK(carebook::isoTimestampUtc(0) == "1970-01-01T00:00:00Z");
    CHECK(carebook::parseIsoTimestampUtc("2024-02-29T23:59:59Z") == 1709251199);
    CHECK(carebook::parseIsoTimestampUtc(carebook::isoTimestampUtc(1709251199)) == 1709251199);
    for (const char* bad : {"", "2024-02-29", "2024-13-01T00:00:00Z", "2024-02-29T23:59:59", "2024-02-29 23:59:59Z",
                            "20a4-02-29T23:59:59Z"}) {
        CAPTURE(bad);
        CHECK_FALSE(carebook::parseIsoTimestampUtc(bad));
    }
}
