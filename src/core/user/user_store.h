// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/database.h"

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace carebook {

// A change to the user's data that could not be made. The message is written for the person using
// Carebook (what failed, where, what to do) and nothing was half-written: every change runs in one
// transaction that is rolled back on failure.
class UserStoreError : public std::runtime_error {
public:
    enum class Kind {
        ReadOnly,    // the store was opened read-only (folder not writable, newer schema, …)
        DiskFull,    // SQLITE_FULL: no space left on the device (or the page limit reached)
        WriteFailed, // any other I/O or SQLite failure while writing
        InvalidInput // the caller's data was rejected (bad id, malformed import file, …)
    };
    UserStoreError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

struct Bookmark {
    std::string articleId;
    std::string title; // the article's title when it was bookmarked, so a removed article keeps a name
    std::string note;
    std::int64_t createdAt = 0; // seconds since the Unix epoch, UTC
    std::int64_t updatedAt = 0;
};

struct HistoryEntry {
    std::string articleId;
    std::int64_t visitedAt = 0;
};

struct SavedSheet {
    std::int64_t id = 0;
    std::string title;
    std::string symptomId;
    std::string requestJson; // the sheet request as JSON text; the store does not interpret it
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

// How a guided session ended. None: the entry is a pain score on its own, for no session.
enum class SessionOutcome { None, Completed, StoppedEarly };
std::string_view outcomeKey(SessionOutcome outcome); // "", "completed", "stopped-early"
std::optional<SessionOutcome> outcomeFromKey(std::string_view key);

// One line of the log of how the plan went: a session done (when, which item, how it ended), a pain
// score 0-10 with an optional note, or both.
struct LogEntry {
    std::int64_t id = 0;        // given by the store
    std::string planId;         // the plan it belongs to: its symptom id ("back-spasm")
    std::string itemId;         // the remedy or exercise; empty for a pain score on its own
    std::int64_t doneAt = 0;    // seconds since the Unix epoch, UTC
    SessionOutcome outcome = SessionOutcome::None;
    std::optional<int> pain;    // 0 (no pain) to 10 (worst imaginable)
    std::string note;
};

struct BookmarkImportResult {
    int added = 0;     // bookmarks that were not there before
    int updated = 0;   // existing bookmarks whose note or title the file replaced (newer edit wins)
    int unchanged = 0; // bookmarks already present, kept as they were
};

// The person's own data: bookmarks, reading history, saved sheets and the log of how a plan went, in
// an SQLite file apart from the read-only content, so a new content edition never touches it. The
// class is spread over user_store.cpp (opening, migrations, history, sheets), user_store_bookmark_file.cpp
// (export and import) and user_store_log.cpp (the log).
//
// Durability: WAL journaling with synchronous=FULL. Writes happen at human pace (a click, an article
// opened), so the extra fsync per commit costs nothing noticeable, and in exchange a bookmark the
// person saw saved survives a power cut, not only a crash (NORMAL would keep the file intact but could
// lose the last commits on power loss).
class UserStore final {
public:
    // Schema history. 1: bookmarks, history. 2: bookmarks.title, saved_sheets. 3: session_log.
    static constexpr int kSchemaVersion = 3;
    // 'CBUD' in the database header, so a foreign SQLite file is never mistaken for ours.
    static constexpr std::int32_t kApplicationId = 0x43425544;
    // The history keeps the most recent visits only; older ones are dropped on each visit.
    static constexpr int kHistoryLimit = 500;
    // Import files larger than this are rejected before parsing (a bookmarks file is a few KiB).
    static constexpr std::size_t kMaxImportBytes = 16 * 1024 * 1024;
    static constexpr std::size_t kMaxNoteBytes = 20000;

    // Opens or creates the store at `path` and migrates it to kSchemaVersion. Throws DatabaseError
    // when the file cannot be opened, is not a Carebook user database or fails its integrity check;
    // use openUserStore() for the recovering variant the app uses.
    static UserStore open(const std::filesystem::path& path);
    // A store that lives in memory only (tests, and the fallback when nothing can be saved).
    static UserStore openMemory();
    // Opens an existing store without ever writing to its file or folder, for a folder Carebook may
    // not write to. An older data format is upgraded in a copy held in memory. The store is read-only
    // with `reason`. Throws DatabaseError when the file cannot be read as a Carebook store.
    static UserStore openReadOnly(const std::filesystem::path& path, std::string reason);

    UserStore(UserStore&&) noexcept = default;
    UserStore& operator=(UserStore&&) noexcept = default;
    UserStore(const UserStore&) = delete;
    UserStore& operator=(const UserStore&) = delete;
    ~UserStore() = default;

    // Read-only stores refuse every change with a UserStoreError(ReadOnly) carrying this reason.
    bool readOnly() const { return !m_readOnlyReason.empty(); }
    const std::string& readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(std::string reason) { m_readOnlyReason = std::move(reason); }
    // Empty for an in-memory store.
    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion();
    Database& database() { return m_db; }

    // Bookmarks, newest first. addBookmark keeps an existing bookmark (and its note) as it is.
    std::vector<Bookmark> bookmarks();
    std::optional<Bookmark> bookmark(std::string_view articleId);
    bool isBookmarked(std::string_view articleId);
    void addBookmark(std::string_view articleId, std::string_view title, std::time_t now = std::time(nullptr));
    // Returns false when there is no such bookmark.
    bool setBookmarkNote(std::string_view articleId, std::string_view note, std::time_t now = std::time(nullptr));
    bool removeBookmark(std::string_view articleId);

    // {"format": "carebook-bookmarks", "version": 1, "bookmarks": [{article_id, title, note, created_at,
    // updated_at}]}, times as ISO 8601 UTC.
    std::string exportBookmarksJson(std::time_t now = std::time(nullptr));
    // Merges a file made by exportBookmarksJson: by article id, never duplicating; for a bookmark present
    // on both sides the more recently updated note wins. The whole file is checked before anything is
    // written, and written in one transaction: a malformed file throws UserStoreError(InvalidInput)
    // naming the problem and where it is, and changes nothing.
    BookmarkImportResult importBookmarksJson(std::string_view text, std::time_t now = std::time(nullptr));

    // Reading history, newest first. A visit to the article already at the top only refreshes its time.
    void recordVisit(std::string_view articleId, std::time_t now = std::time(nullptr));
    std::vector<HistoryEntry> history(int limit = kHistoryLimit);
    void clearHistory();

    // Saved sheets, most recently updated first. `requestJson` must be well-formed JSON.
    std::int64_t saveSheet(std::string_view title, std::string_view symptomId, std::string_view requestJson,
                           std::time_t now = std::time(nullptr));
    // Returns false when there is no such sheet.
    bool updateSheet(std::int64_t id, std::string_view title, std::string_view requestJson,
                     std::time_t now = std::time(nullptr));
    bool removeSheet(std::int64_t id);
    std::vector<SavedSheet> sheets();
    std::optional<SavedSheet> sheet(std::int64_t id);

    // The log of how a plan went (user_store_log.cpp). addLogEntry checks the entry (ids, a time from
    // 1970 on, pain 0-10, a session or a pain score) and returns its id; throws UserStoreError.
    std::int64_t addLogEntry(const LogEntry& entry);
    // Oldest first; every plan's when `planId` is empty.
    std::vector<LogEntry> logEntries(std::string_view planId = {});
    // Deletes a plan's whole log (asked for when the plan is deleted) and erases it from the files.
    // Returns how many entries went.
    int removePlanLog(std::string_view planId);
    // The log as CSV (RFC 4180, a header line, times ISO 8601 UTC); cells a spreadsheet would run as a
    // formula are written with a leading apostrophe.
    std::string exportLogCsv(std::string_view planId = {});

private:
    UserStore(Database db, std::filesystem::path path) : m_db(std::move(db)), m_path(std::move(path)) {}
    static UserStore openCopyInMemory(const std::filesystem::path& path);
    // Checks the file is an intact Carebook store and returns its schema version.
    int checkFile();
    void configure();
    void useWriteAheadLog();
    void migrate();
    // After a deletion: checkpoints and truncates the write-ahead log, so what was deleted is gone
    // from every file, not only from the tables.
    void eraseDeletedFromDisk();
    void requireWritable() const;
    // Runs `change` in one immediate transaction, turning SQLite failures into UserStoreError, and
    // returns what `change` returns. Defined here because the store's parts live in several files.
    template <typename Change>
    auto write(const char* what, Change&& change) {
        if constexpr (std::is_void_v<std::invoke_result_t<Change>>) {
            runWrite(what, change);
        } else {
            std::optional<std::invoke_result_t<Change>> result;
            runWrite(what, [&] { result.emplace(change()); });
            return std::move(*result);
        }
    }
    void runWrite(const char* what, const std::function<void()>& change);

    Database m_db;
    std::filesystem::path m_path;
    std::string m_readOnlyReason;
};

// The result of opening the user's store the way the app does it: it always yields a usable store.
struct UserStoreOpening {
    UserStore store;
    // A sentence to show the person once (a damaged file set aside, a read-only folder, …); empty when
    // all went well.
    std::string notice;
    // Where a damaged file was moved to, if one was.
    std::optional<std::filesystem::path> movedAside;
    // The store could not be opened for writing because the disk was full: worth opening again once
    // space is freed (UserData does, at the next change the person makes).
    bool diskFull = false;
};

// Opens the store at `path`, creating its folder, and never fails:
// - a damaged file (not SQLite, truncated, garbage, failing quick_check, or not a Carebook store) is
//   renamed to "<name>.corrupt-YYYYMMDD-HHMMSS" (local time of `now`) with its -wal and -shm, and a
//   fresh store is created;
// - a folder or file that cannot be written gives a read-only store: the existing file if it can be
//   read, otherwise an empty one in memory; a full disk says so (diskFull) and a file the person may
//   not read (permissions) is reported as such, never as damaged, and never moved;
// - a new folder is created 0700 and a new store 0600 (its -wal and -shm follow);
// - a file written by a newer Carebook is left untouched and opened read-only.
UserStoreOpening openUserStore(const std::filesystem::path& path, std::time_t now = std::time(nullptr));

// "YYYYMMDD-HHMMSS" in local time.
std::string compactTimestamp(std::time_t time);
// 9999-12-31T23:59:59Z: the last instant a four-digit ISO 8601 time stamp can say.
inline constexpr std::int64_t kLatestTime = 253402300799;
// The one rule for every stored, imported and exported time: from 1970 to kLatestTime.
bool isStorableTime(std::int64_t seconds);
// "YYYY-MM-DDTHH:MM:SSZ" (times outside the storable range are clamped to it); and back: nullopt for
// anything else, including impossible dates (30 February) and leap seconds (23:59:60).
std::string isoTimestampUtc(std::int64_t seconds);
std::optional<std::int64_t> parseIsoTimestampUtc(std::string_view text);

} // namespace carebook
