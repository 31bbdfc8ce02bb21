// SPDX-License-Identifier: MIT
// The log of how a plan went (user store schema 3): entries, their checks, the CSV export, deleting a
// plan's log from every file, the upgrade from each earlier schema, and a kill -9 in the middle.
#include "frozen_user_schemas.h"
#include "test_support.h"
#include "core/user/user_store.h"

#include <catch2/catch.hpp>


#include <set>

using carebook::LogEntry;
using carebook::SessionOutcome;
using carebook::UserStore;
using carebook::UserStoreError;
using carebook::test::kVersion1Schema;
using carebook::test::kVersion2Additions;
using carebook::test::readText;
using carebook::test::TempDir;
namespace fs = std::filesystem;

namespace {

LogEntry session(std::string item, std::int64_t at, SessionOutcome outcome, std::optional<int> pain = {},
                 std::string note = {}) {
    LogEntry entry;
    entry.planId = "back-spasm";
    entry.itemId = std::move(item);
    entry.doneAt = at;
    entry.outcome = outcome;
    entry.pain = pain;
    entry.note = std::move(note);
    return entry;
}

LogEntry painOnly(int pain, std::int64_t at, std::string note = {}) {
    return session("", at, SessionOutcome::None, pain, std::move(note));
}

// Checks that a store upgraded from an older schema takes log entries, keeps them, and passes its
// integrity check.
void checkLogWorks(UserStore& store) {
    CHECK(store.schemaVersion() == UserStore::kSchemaVersion);
    store.addLogEntry(session("cold-therapy", 1'800'000'000, SessionOutcome::Completed, 3));
    REQUIRE(store.logEntries("back-spasm").size() == 1);
    CHECK(store.logEntries()[0].pain == 3);
    std::string problem;
    CHECK(store.database().quickCheck(&problem));
}

} // namespace

TEST_CASE("the log keeps sessions and pain scores oldest first, per plan", "[userstore][log]") {
    auto store = UserStore::openMemory();
    const auto first = store.addLogEntry(session("cold-therapy", 2000, SessionOutcome::Completed, 6));
    store.addLogEntry(painOnly(4, 3000, "better after lunch"));
    store.addLogEntry(session("knee-to-chest-stretch", 1000, SessionOutcome::StoppedEarly));
    auto other = session("cold-therapy", 1500, SessionOutcome::Completed);
    other.planId = "leg-cramp";
    store.addLogEntry(other);

    const auto entries = store.logEntries("back-spasm");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].itemId == "knee-to-chest-stretch");
    CHECK(entries[0].outcome == SessionOutcome::StoppedEarly);
    CHECK_FALSE(entries[0].pain);
    CHECK(entries[1].id == first);
    CHECK(entries[1].pain == 6);
    CHECK(entries[2].itemId.empty());
    CHECK(entries[2].outcome == SessionOutcome::None);
    CHECK(entries[2].note == "better after lunch");
    CHECK(store.logEntries().size() == 4);
    CHECK(store.logEntries("leg-cramp").size() == 1);
}

TEST_CASE("a log entry that makes no sense is refused with a message, and nothing is saved", "[userstore][log]") {
    auto store = UserStore::openMemory();
    const std::vector<std::pair<LogEntry, const char*>> cases = {
        {session("cold-therapy", 1000, SessionOutcome::Completed, 11), "0 to 10"},
        {session("cold-therapy", 1000, SessionOutcome::Completed, -1), "0 to 10"},
        {session("cold-therapy", 1000, SessionOutcome::None, 2), "completed or stopped early"},
        {session("", 1000, SessionOutcome::Completed, 2), "needs the item"},
        {session("", 1000, SessionOutcome::None), "a session, a pain score or both"},
        {session("Cold Therapy", 1000, SessionOutcome::Completed), "is not a remedy or exercise id"},
        {session("cold-therapy", -5, SessionOutcome::Completed), "impossible time"},
        {session("cold-therapy", 1000, SessionOutcome::Completed, 2, std::string(UserStore::kMaxNoteBytes + 1, 'x')),
         "too long"},
    };
    for (const auto& [entry, message] : cases) {
        CAPTURE(message);
        try {
            store.addLogEntry(entry);
            FAIL("accepted");
        } catch (const UserStoreError& e) {
            CHECK(e.kind() == UserStoreError::Kind::InvalidInput);
            CHECK_THAT(e.what(), Catch::Contains(message));
        }
    }
    auto noPlan = painOnly(3, 1000);
    noPlan.planId = "";
    CHECK_THROWS_AS(store.addLogEntry(noPlan), UserStoreError);
    CHECK(store.logEntries().empty());
}

TEST_CASE("a read-only store refuses a log entry and says why", "[userstore][log]") {
    auto store = UserStore::openMemory();
    store.setReadOnly("the folder is read-only");
    try {
        store.addLogEntry(painOnly(2, 1000));
        FAIL("accepted");
    } catch (const UserStoreError& e) {
        CHECK(e.kind() == UserStoreError::Kind::ReadOnly);
        CHECK_THAT(e.what(), Catch::Contains("the folder is read-only"));
    }
}

TEST_CASE("the log exports as CSV a spreadsheet opens safely", "[userstore][log]") {
    auto store = UserStore::openMemory();
    store.addLogEntry(session("cold-therapy", 1'700'000'000, SessionOutcome::Completed, 5, "ok"));
    store.addLogEntry(painOnly(7, 1'700'003'600, "=HYPERLINK(\"x\"), worse\nat night"));
    store.addLogEntry(session("knee-to-chest-stretch", 1'700'007'200, SessionOutcome::StoppedEarly));
    CHECK(store.exportLogCsv("back-spasm") ==
          "done_at,plan,item,outcome,pain,note\r\n"
          "2023-11-14T22:13:20Z,back-spasm,cold-therapy,completed,5,ok\r\n"
          "2023-11-14T23:13:20Z,back-spasm,,,7,\"'=HYPERLINK(\"\"x\"\"), worse\nat night\"\r\n"
          "2023-11-15T00:13:20Z,back-spasm,knee-to-chest-stretch,stopped-early,,\r\n");
    CHECK(store.exportLogCsv("leg-cramp") == "done_at,plan,item,outcome,pain,note\r\n");
}

TEST_CASE("deleting a plan's log removes it from every file, keeping other plans", "[userstore][log][privacy]") {
    TempDir dir;
    const auto path = dir.path() / "user.db";
    auto store = UserStore::open(path);
    for (int i = 0; i < 20; ++i) {
        store.addLogEntry(painOnly(i % 11, 1000 + i, "private-note-" + std::to_string(i)));
    }
    auto other = painOnly(1, 5000, "kept note");
    other.planId = "leg-cramp";
    store.addLogEntry(other);

    CHECK(store.removePlanLog("back-spasm") == 20);
    CHECK(store.logEntries("back-spasm").empty());
    CHECK(store.logEntries("leg-cramp").size() == 1);
    CHECK(store.removePlanLog("back-spasm") == 0);
    CHECK_THROWS_AS(store.removePlanLog(""), UserStoreError);
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        INFO(entry.path());
        CHECK(readText(entry.path()).find("private-note-") == std::string::npos);
    }
}

TEST_CASE("a store from every earlier schema version gets the log and keeps its data", "[userstore][log][migration]") {
    TempDir dir;
    const auto path = dir.path() / "user.db";
    SECTION("version 0: an empty file") {
        carebook::test::writeText(path, "");
        auto opening = carebook::openUserStore(path);
        CHECK(opening.notice.empty());
        checkLogWorks(opening.store);
    }
    SECTION("version 1") {
        {
            auto old = carebook::Database::open(path.string(), carebook::Database::Mode::ReadWriteCreate);
            old.exec("PRAGMA journal_mode = WAL");
            old.exec(kVersion1Schema);
            old.exec("INSERT INTO bookmarks VALUES ('back-spasm', 'from version 1', 100, 200)");
        }
        auto opening = carebook::openUserStore(path);
        CHECK(opening.notice.empty());
        CHECK_FALSE(opening.movedAside);
        CHECK(opening.store.bookmark("back-spasm")->note == "from version 1");
        checkLogWorks(opening.store);
    }
    SECTION("version 2") {
        {
            auto old = carebook::Database::open(path.string(), carebook::Database::Mode::ReadWriteCreate);
            old.exec("PRAGMA journal_mode = WAL");
            old.exec(kVersion1Schema);
            old.exec(kVersion2Additions);
            old.exec("INSERT INTO bookmarks VALUES ('back-spasm', 'from version 2', 100, 200, 'Back spasm')");
            old.exec("INSERT INTO saved_sheets (title, symptom_id, request_json, created_at, updated_at) "
                     "VALUES ('My sheet', 'back-spasm', '{}', 100, 100)");
        }
        auto opening = carebook::openUserStore(path);
        CHECK(opening.notice.empty());
        CHECK_FALSE(opening.movedAside);
        CHECK(opening.store.bookmark("back-spasm")->title == "Back spasm");
        REQUIRE(opening.store.sheets().size() == 1);
        CHECK(opening.store.sheets()[0].title == "My sheet");
        checkLogWorks(opening.store);
    }
    SECTION("version 2, in a folder Carebook may not write to: upgraded in memory, the file untouched") {
        {
            auto old = carebook::Database::open(path.string(), carebook::Database::Mode::ReadWriteCreate);
            old.exec(kVersion1Schema);
            old.exec(kVersion2Additions);
        }
        const auto bytes = readText(path);
        auto store = UserStore::openReadOnly(path, "test");
        CHECK(store.schemaVersion() == UserStore::kSchemaVersion);
        CHECK(store.logEntries().empty());
        CHECK(readText(path) == bytes);
    }
}

TEST_CASE("killed with SIGKILL while logging, the store reopens with every committed entry", "[userstore][log][faults]") {
    TempDir dir;
    const auto path = dir.path() / "user.db";
    // The entry numbers the helper reports as committed; it is killed after 150, mid-stream.
    std::set<std::int64_t> committed;
    for (const auto& line : carebook::test::committedBeforeKill(CAREBOOK_USERSTORE_HELPER, "log-loop", path, 150)) {
        committed.insert(1'800'000'000 + std::stoll(line));
    }

    auto opening = carebook::openUserStore(path);
    CHECK(opening.notice.empty());
    CHECK_FALSE(opening.movedAside);
    std::string problem;
    CHECK(opening.store.database().quickCheck(&problem));
    INFO(problem);
    std::set<std::int64_t> present;
    for (const auto& entry : opening.store.logEntries("back-spasm")) {
        present.insert(entry.doneAt);
        const auto i = entry.doneAt - 1'800'000'000;
        // Each entry whole: its note, pain and outcome as the helper wrote them.
        CHECK(entry.note.size() == std::to_string(i).size() + 7 + static_cast<std::size_t>(100 + i % 300));
        CHECK(entry.pain == static_cast<int>(i % 11));
        CHECK(entry.outcome == (i % 3 == 0 ? SessionOutcome::StoppedEarly : SessionOutcome::Completed));
    }
    std::vector<std::int64_t> missing;
    std::set_difference(committed.begin(), committed.end(), present.begin(), present.end(),
                        std::back_inserter(missing));
    CHECK(missing.empty());
    // At most the entry being saved when the kill came may be there without its report.
    CHECK(present.size() <= committed.size() + 1);
    opening.store.addLogEntry(painOnly(2, 1'900'000'000));
    CHECK(opening.store.logEntries().size() == present.size() + 1);
}
