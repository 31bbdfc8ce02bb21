// SPDX-License-Identifier: MIT
#include "core/user/user_store.h"

#include "core/user/user_store_checks.h"

#include "core/util/json_document.h"
#include "core/util/text.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <system_error>
#include <type_traits>

namespace carebook {

using userstore::require;
using userstore::requireArticleId;
using userstore::requireTime;

namespace {

namespace fs = std::filesystem;

// Each migration takes the schema from (version - 1) to `version`. Never edit a released step: add a
// new one, and a test that upgrades a store written by the previous version.
struct Migration {
    int version;
    const char* sql;
};

constexpr std::array kMigrations = {
    Migration{1, R"sql(
        PRAGMA application_id = 1128420676;
        CREATE TABLE bookmarks (
            article_id TEXT PRIMARY KEY NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            visited_at INTEGER NOT NULL
        );
    )sql"},
    // 2: a bookmark keeps the title it had, so it can still be named after a content update removes
    // its article; saved sheets arrive with the sheet builder.
    Migration{2, R"sql(
        ALTER TABLE bookmarks ADD COLUMN title TEXT NOT NULL DEFAULT '';
        CREATE TABLE saved_sheets (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            symptom_id TEXT NOT NULL,
            request_json TEXT NOT NULL CHECK (json_valid(request_json)),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
    )sql"},
    // 3: the log of how a plan went, for the guided sessions of issue 16. A line is a session done
    // (item and outcome), a pain score, or both; never neither.
    Migration{3, R"sql(
        CREATE TABLE session_log (
            id INTEGER PRIMARY KEY,
            plan_id TEXT NOT NULL,
            item_id TEXT NOT NULL DEFAULT '',
            done_at INTEGER NOT NULL,
            outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'completed', 'stopped-early')),
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT '',
            CHECK ((item_id = '') = (outcome = '')),
            CHECK (item_id <> '' OR pain IS NOT NULL)
        );
        CREATE INDEX session_log_by_plan ON session_log (plan_id, done_at);
    )sql"},
};
static_assert(kMigrations.back().version == UserStore::kSchemaVersion);
static_assert(1128420676 == UserStore::kApplicationId);

int primaryCode(int code) { return code & 0xff; }

std::int64_t queryInt(Database& db, const char* sql) {
    auto statement = db.prepare(sql);
    return statement.step() ? statement.int64(0) : 0;
}

std::string describe(const fs::path& path) { return path.empty() ? std::string("memory") : path.string(); }

// SQLite's code for an errno, so opening failures are classified like SQLite's own.
int sqliteCodeFor(int error) {
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return SQLITE_FULL;
    case EROFS:
        return SQLITE_READONLY;
    case EACCES:
    case EPERM:
        return SQLITE_PERM;
    default:
        return SQLITE_CANTOPEN;
    }
}

// The store holds health notes and what the person read: it is created readable by its owner only
// (SQLite gives its -wal and -shm files the same mode), and an existing store made wider is narrowed.
void makePrivateFile(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
    if (fd < 0) {
        const int error = errno;
        throw DatabaseError("cannot open " + path.string() + ": " + std::strerror(error), sqliteCodeFor(error));
    }
    struct stat status {};
    if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && (status.st_mode & 077) != 0) {
        ::fchmod(fd, status.st_mode & 0700);
    }
    ::close(fd);
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Opening and migrations

UserStore UserStore::open(const fs::path& path) {
    std::error_code ec;
    if (fs::file_size(path, ec) > 0 && !ec) {
        // Check an existing file through a read-only connection first: on a damaged file a read-write
        // connection could checkpoint or reset its write-ahead log before we decide to set it aside.
        UserStore probe(Database::open(path.string(), Database::Mode::ReadOnly), path);
        const int version = probe.checkFile();
        if (version > kSchemaVersion) {
            probe.setReadOnly("it was saved by a newer version of Carebook (data format " + std::to_string(version) +
                              ", this version reads up to " + std::to_string(kSchemaVersion) +
                              "), so it is left exactly as it is; update Carebook to change it");
            return probe;
        }
    }
    makePrivateFile(path);
    UserStore store(Database::open(path.string(), Database::Mode::ReadWriteCreate), path);
    // SQLite quietly opens a write-protected file read-only; say so now rather than at the first click.
    if (sqlite3_db_readonly(store.m_db.handle(), "main") == 1) {
        throw DatabaseError("the file is write-protected", SQLITE_READONLY);
    }
    // Another Carebook window may be creating or migrating the same store: wait for it, never fail.
    store.m_db.exec("PRAGMA busy_timeout = 10000");
    store.configure();
    store.migrate();
    return store;
}

int UserStore::checkFile() {
    // Another Carebook window may hold the write lock for a moment; wait rather than fail.
    m_db.exec("PRAGMA busy_timeout = 5000");
    // One read transaction: the application id, the tables and the check see the same snapshot, so a
    // store another window is creating right now is seen either empty or complete, never half made
    // (which would look like "an SQLite database that is not Carebook's").
    Transaction snapshot(m_db);
    // Reading the header is the first thing that fails on a file that is not SQLite at all.
    const auto applicationId = queryInt(m_db, "PRAGMA application_id");
    const auto version = queryInt(m_db, "PRAGMA user_version");
    // Not Database::quickCheck(): a failure to even run the check must keep its SQLite code.
    auto check = m_db.prepare("PRAGMA quick_check(3)");
    std::string problems;
    while (check.step()) {
        problems += (problems.empty() ? "" : "; ") + check.text(0);
    }
    if (problems != "ok") {
        throw DatabaseError("failed its integrity check: " + problems, SQLITE_CORRUPT);
    }
    const auto tableCount = queryInt(m_db, "SELECT count(*) FROM sqlite_schema");
    if (applicationId != kApplicationId && (applicationId != 0 || tableCount != 0)) {
        throw DatabaseError("is an SQLite database but not a Carebook user store", SQLITE_NOTADB);
    }
    snapshot.commit();
    return static_cast<int>(version);
}

UserStore UserStore::openReadOnly(const fs::path& path, std::string reason) {
    std::optional<UserStore> store;
    try {
        store.emplace(UserStore(Database::open(path.string(), Database::Mode::ReadOnly), path));
        if (store->checkFile() < kSchemaVersion) {
            store.reset(); // the queries need the current schema: upgrade a copy instead
        }
    } catch (const DatabaseError&) {
        // A WAL store in a folder SQLite may not write to cannot be opened in place (it needs the -shm
        // file next to it): read a copy instead.
        store.reset();
    }
    if (!store) {
        store.emplace(openCopyInMemory(path));
    }
    store->setReadOnly(std::move(reason));
    return std::move(*store);
}

UserStore UserStore::openCopyInMemory(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.is_open() || bytes.size() < 100) {
        throw DatabaseError("cannot read " + path.string(), SQLITE_CANTOPEN);
    }
    // Header bytes 18-19 mark WAL mode, which an in-memory database cannot use: mark the copy as a
    // rollback-journal database instead (the file itself is not touched).
    bytes[18] = 1;
    bytes[19] = 1;
    UserStore store(Database::openMemory(), {});
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(bytes.size()));
    if (!buffer) {
        throw DatabaseError("out of memory reading " + path.string(), SQLITE_NOMEM);
    }
    std::memcpy(buffer, bytes.data(), bytes.size());
    const auto size = static_cast<sqlite3_int64>(bytes.size());
    // FREEONCLOSE hands the buffer to SQLite even when deserializing fails.
    if (sqlite3_deserialize(store.m_db.handle(), "main", buffer, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
        throw DatabaseError("cannot read " + path.string() + " as a database", SQLITE_NOTADB);
    }
    if (store.checkFile() > kSchemaVersion) {
        return store;
    }
    store.migrate();
    return store;
}

UserStore UserStore::openMemory() {
    UserStore store(Database::openMemory(), {});
    store.configure();
    store.migrate();
    return store;
}

void UserStore::configure() {
    // WAL: a crash or kill leaves the file intact and readers never block the writer.
    useWriteAheadLog();
    m_db.exec("PRAGMA synchronous = FULL");
    // Deleted history, notes and sheets are overwritten with zeros, not just unlinked from the b-tree.
    m_db.exec("PRAGMA secure_delete = ON");
}

void UserStore::useWriteAheadLog() {
    // Switching a new file to WAL needs an exclusive lock, and SQLite answers "busy" at once, without
    // its busy handler, while another window holds the file (two windows opening a new profile). Wait
    // as the busy timeout would: once the other window has switched it, the file is already in WAL.
    constexpr int kAttempts = 200;
    constexpr int kPauseMicroseconds = 50'000; // 200 × 50 ms: the 10 s of the busy timeout
    for (int attempt = 1;; ++attempt) {
        try {
            m_db.exec("PRAGMA journal_mode = WAL");
            return;
        } catch (const DatabaseError& e) {
            if (primaryCode(e.code()) != SQLITE_BUSY || attempt == kAttempts) {
                throw;
            }
        }
        sqlite3_sleep(kPauseMicroseconds / 1000);
    }
}

void UserStore::migrate() {
    // One immediate transaction that reads the version inside it: of two processes opening a new
    // profile at once, one migrates while the other waits on the lock, then finds nothing left to do
    // (reading the version first and migrating after raced: "table bookmarks already exists").
    Transaction transaction(m_db, true);
    const auto current = static_cast<int>(queryInt(m_db, "PRAGMA user_version"));
    if (current >= kSchemaVersion) {
        transaction.commit();
        return;
    }
    for (const auto& migration : kMigrations) {
        if (migration.version > current) {
            m_db.exec(migration.sql);
        }
    }
    m_db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    transaction.commit();
}

void UserStore::eraseDeletedFromDisk() {
    if (m_path.empty()) {
        return;
    }
    // With secure_delete the pages in the main file are zeroed; the write-ahead log still holds the
    // old versions of those pages until it is checkpointed and truncated.
    try {
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const DatabaseError&) {
        // Another window is reading: the log is truncated by a later checkpoint. The change itself is
        // committed, so there is nothing to report.
    }
}

int UserStore::schemaVersion() { return static_cast<int>(queryInt(m_db, "PRAGMA user_version")); }

void UserStore::requireWritable() const {
    if (readOnly()) {
        throw UserStoreError(UserStoreError::Kind::ReadOnly, "Your data is read-only: " + m_readOnlyReason + ".");
    }
}

void UserStore::runWrite(const char* what, const std::function<void()>& change) {
    requireWritable();
    try {
        Transaction transaction(m_db, true);
        change();
        transaction.commit();
    } catch (const DatabaseError& e) {
        const auto where = describe(m_path);
        // A full disk often reaches SQLite as an I/O error on the log ("disk I/O error"): the system's
        // own error number tells the two apart.
        const int systemError = sqlite3_system_errno(m_db.handle());
        if (primaryCode(e.code()) == SQLITE_FULL ||
            (primaryCode(e.code()) == SQLITE_IOERR && (systemError == ENOSPC || systemError == EDQUOT))) {
            throw UserStoreError(UserStoreError::Kind::DiskFull,
                                 std::string("There is not enough disk space to save ") + what + " (" + where +
                                     "). Nothing was changed; free some space and try again.");
        }
        throw UserStoreError(UserStoreError::Kind::WriteFailed, std::string("Carebook could not save ") + what +
                                                                    " (" + where + "): " + plainReason(e) +
                                                                    ". Nothing was changed.");
    }
}

// ---------------------------------------------------------------------------------------------------
// Bookmarks

namespace {

Bookmark readBookmark(const Statement& statement) {
    return {statement.text(0), statement.text(1), statement.text(2), statement.int64(3), statement.int64(4)};
}

constexpr const char* kBookmarkColumns = "SELECT article_id, title, note, created_at, updated_at FROM bookmarks";

} // namespace

std::vector<Bookmark> UserStore::bookmarks() {
    auto statement = m_db.prepare(std::string(kBookmarkColumns) + " ORDER BY created_at DESC, article_id");
    std::vector<Bookmark> result;
    while (statement.step()) {
        result.push_back(readBookmark(statement));
    }
    return result;
}

std::optional<Bookmark> UserStore::bookmark(std::string_view articleId) {
    auto statement = m_db.prepare(std::string(kBookmarkColumns) + " WHERE article_id = ?1");
    statement.bind(1, articleId);
    if (!statement.step()) {
        return std::nullopt;
    }
    return readBookmark(statement);
}

bool UserStore::isBookmarked(std::string_view articleId) { return bookmark(articleId).has_value(); }

void UserStore::addBookmark(std::string_view articleId, std::string_view title, std::time_t now) {
    requireArticleId(articleId);
    requireTime(now);
    write("the bookmark", [&] {
        auto statement = m_db.prepare("INSERT INTO bookmarks (article_id, title, note, created_at, updated_at) "
                                      "VALUES (?1, ?2, '', ?3, ?3) ON CONFLICT (article_id) DO NOTHING");
        statement.bind(1, articleId).bind(2, title).bind(3, static_cast<std::int64_t>(now)).run();
    });
}

bool UserStore::setBookmarkNote(std::string_view articleId, std::string_view note, std::time_t now) {
    require(note.size() <= kMaxNoteBytes, "The note is too long (at most " + std::to_string(kMaxNoteBytes) +
                                              " characters).");
    requireTime(now);
    const bool changed = write("the note", [&] {
        auto statement = m_db.prepare("UPDATE bookmarks SET note = ?2, updated_at = ?3 WHERE article_id = ?1");
        statement.bind(1, articleId).bind(2, note).bind(3, static_cast<std::int64_t>(now)).run();
        return m_db.changes() > 0;
    });
    eraseDeletedFromDisk(); // the old note is in the log until then
    return changed;
}

bool UserStore::removeBookmark(std::string_view articleId) {
    const bool removed = write("the bookmark's removal", [&] {
        m_db.prepare("DELETE FROM bookmarks WHERE article_id = ?1").bind(1, articleId).run();
        return m_db.changes() > 0;
    });
    eraseDeletedFromDisk();
    return removed;
}

// ---------------------------------------------------------------------------------------------------
// History

void UserStore::recordVisit(std::string_view articleId, std::time_t now) {
    requireArticleId(articleId);
    requireTime(now);
    write("the history", [&] {
        auto last = m_db.prepare("SELECT id, article_id FROM history ORDER BY id DESC LIMIT 1");
        if (last.step() && last.text(1) == articleId) {
            m_db.prepare("UPDATE history SET visited_at = ?2 WHERE id = ?1")
                .bind(1, last.int64(0))
                .bind(2, static_cast<std::int64_t>(now))
                .run();
            return;
        }
        last.reset();
        m_db.prepare("INSERT INTO history (article_id, visited_at) VALUES (?1, ?2)")
            .bind(1, articleId)
            .bind(2, static_cast<std::int64_t>(now))
            .run();
        m_db.prepare("DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET ?1)")
            .bind(1, kHistoryLimit)
            .run();
    });
}

std::vector<HistoryEntry> UserStore::history(int limit) {
    auto statement = m_db.prepare("SELECT article_id, visited_at FROM history ORDER BY id DESC LIMIT ?1");
    statement.bind(1, limit);
    std::vector<HistoryEntry> result;
    while (statement.step()) {
        result.push_back({statement.text(0), statement.int64(1)});
    }
    return result;
}

void UserStore::clearHistory() {
    write("the cleared history", [&] { m_db.exec("DELETE FROM history"); });
    eraseDeletedFromDisk();
}

// ---------------------------------------------------------------------------------------------------
// Saved sheets

namespace {

void requireSheet(std::string_view title, std::string_view requestJson) {
    require(!isBlank(title) && title.size() <= 1000, "A saved sheet needs a title (at most 1000 characters).");
    require(nlohmann::json::accept(requestJson), "The sheet could not be saved: its contents are not valid JSON.");
}

SavedSheet readSheet(const Statement& statement) {
    return {statement.int64(0), statement.text(1), statement.text(2),
            statement.text(3),  statement.int64(4), statement.int64(5)};
}

constexpr const char* kSheetColumns =
    "SELECT id, title, symptom_id, request_json, created_at, updated_at FROM saved_sheets";

} // namespace

std::int64_t UserStore::saveSheet(std::string_view title, std::string_view symptomId, std::string_view requestJson,
                                  std::time_t now) {
    requireSheet(title, requestJson);
    requireTime(now);
    return write("the sheet", [&] {
        m_db.prepare("INSERT INTO saved_sheets (title, symptom_id, request_json, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?4)")
            .bind(1, title)
            .bind(2, symptomId)
            .bind(3, requestJson)
            .bind(4, static_cast<std::int64_t>(now))
            .run();
        return m_db.lastInsertRowId();
    });
}

bool UserStore::updateSheet(std::int64_t id, std::string_view title, std::string_view requestJson, std::time_t now) {
    requireSheet(title, requestJson);
    requireTime(now);
    return write("the sheet", [&] {
        m_db.prepare("UPDATE saved_sheets SET title = ?2, request_json = ?3, updated_at = ?4 WHERE id = ?1")
            .bind(1, id)
            .bind(2, title)
            .bind(3, requestJson)
            .bind(4, static_cast<std::int64_t>(now))
            .run();
        return m_db.changes() > 0;
    });
}

bool UserStore::removeSheet(std::int64_t id) {
    const bool removed = write("the sheet's removal", [&] {
        m_db.prepare("DELETE FROM saved_sheets WHERE id = ?1").bind(1, id).run();
        return m_db.changes() > 0;
    });
    eraseDeletedFromDisk();
    return removed;
}

std::vector<SavedSheet> UserStore::sheets() {
    auto statement = m_db.prepare(std::string(kSheetColumns) + " ORDER BY updated_at DESC, id DESC");
    std::vector<SavedSheet> result;
    while (statement.step()) {
        result.push_back(readSheet(statement));
    }
    return result;
}

std::optional<SavedSheet> UserStore::sheet(std::int64_t id) {
    auto statement = m_db.prepare(std::string(kSheetColumns) + " WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step()) {
        return std::nullopt;
    }
    return readSheet(statement);
}

// ---------------------------------------------------------------------------------------------------
// Opening the way the app does: always with a usable store

namespace {

enum class Failure { Damaged, NotWritable };

Failure classify(const DatabaseError& error) {
    switch (primaryCode(error.code())) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return Failure::Damaged;
    default:
        // Anything we cannot positively call damage (a read-only folder, a full disk, a lock held by
        // another program, an I/O error) must never cost the person their file.
        return Failure::NotWritable;
    }
}

// A write the disk refused: SQLite says "full" for ENOSPC, but a write over a size limit (EFBIG) or
// a shared-memory file that cannot grow on a full disk comes back as a plain I/O error. Either way
// the file is intact, and saving may work again later.
bool isWriteFailure(const DatabaseError& error) {
    return primaryCode(error.code()) == SQLITE_FULL || error.code() == SQLITE_IOERR_WRITE ||
           error.code() == SQLITE_IOERR_SHMSIZE;
}

// What went wrong, in words for the person rather than SQLite's.
std::string reasonFor(const DatabaseError& error) {
    const std::string message = error.what();
    if (message.rfind("failed its", 0) == 0 || message.rfind("is an SQLite", 0) == 0 ||
        message.rfind("the file is", 0) == 0) {
        return "it " + message;
    }
    switch (primaryCode(error.code())) {
    case SQLITE_NOTADB:
        return "it is not a database file";
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return "its contents are damaged";
    case SQLITE_READONLY:
        return "the folder or the file is read-only";
    case SQLITE_CANTOPEN:
        return "the file cannot be opened for writing";
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "another program is holding it locked";
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return "permission denied";
    case SQLITE_IOERR:
        // Never SQLite's own words ("disk I/O error (in: PRAGMA …)"): the person cannot act on SQL.
        return isWriteFailure(error) ? "the disk is full or cannot be written to" : "the disk could not be read or written";
    default:
        return message;
    }
}

// Something that is not a file at all (a folder, a FIFO, a device) where the store should be. Never
// opened to find out: opening a FIFO would wait for ever.
bool isNotAFile(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    return !ec && fs::exists(status) && !fs::is_regular_file(status);
}

// A store the person may not read (its permissions or owner): healthy as far as anyone knows, so it
// must never be called damaged or set aside.
bool isForbiddenFile(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec) && ::access(path.c_str(), R_OK) != 0 && (errno == EACCES || errno == EPERM);
}

fs::path withSuffix(const fs::path& path, const std::string& suffix) {
    return fs::path(path.string() + suffix);
}

// Renames the file and its SQLite companions; returns where it went. Throws std::filesystem_error.
fs::path moveAside(const fs::path& path, std::time_t now) {
    const auto stamp = ".corrupt-" + compactTimestamp(now);
    auto target = withSuffix(path, stamp);
    for (int attempt = 2; fs::exists(fs::symlink_status(target)); ++attempt) {
        target = withSuffix(path, stamp + "-" + std::to_string(attempt));
    }
    fs::rename(path, target);
    for (const char* companion : {"-wal", "-shm", "-journal"}) {
        std::error_code ec;
        if (fs::exists(fs::symlink_status(withSuffix(path, companion), ec))) {
            fs::rename(withSuffix(path, companion), withSuffix(target, companion));
        }
    }
    return target;
}

// The store to use when nothing can be written: the existing data if it can be read, else empty.
UserStoreOpening openReadOnly(const fs::path& path, const std::string& reason) {
    const auto folder = path.parent_path().string();
    const std::string notice = "Carebook cannot save to its data folder " + folder + " (" + reason +
                               "). Everything can be read as usual, but bookmarks, history and saved sheets cannot "
                               "be changed until that folder can be written to.";
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
        try {
            return {UserStore::openReadOnly(path, reason), notice + " Your existing bookmarks are shown.",
                    std::nullopt, false};
        } catch (const DatabaseError&) {
            // Unreadable too: fall through to an empty store, leaving the file alone.
        }
    }
    auto store = UserStore::openMemory();
    store.setReadOnly(reason);
    return {std::move(store), notice, std::nullopt, false};
}

} // namespace

UserStoreOpening openUserStore(const fs::path& path, std::time_t now) {
    std::error_code ec;
    const auto folder = path.parent_path();
    const bool folderIsNew = !folder.empty() && !fs::exists(folder, ec);
    fs::create_directories(folder, ec);
    if (ec) {
        return openReadOnly(path, "cannot create the folder: " + ec.message());
    }
    if (folderIsNew) {
        // Only its owner may list or read what is in it (create_directories leaves it 0755).
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, ec);
    }
    if (isForbiddenFile(path)) {
        auto store = UserStore::openMemory();
        store.setReadOnly("Carebook is not allowed to read the file (permission denied)");
        return {std::move(store),
                "Carebook is not allowed to read your saved data (" + path.string() +
                    ": permission denied). The file has been left exactly as it is; bookmarks, history and saved "
                    "sheets cannot be used until its owner or permissions are put right.",
                std::nullopt, false};
    }

    std::string damage;
    if (isNotAFile(path)) {
        damage = "it cannot be read as a file";
    } else {
        try {
            auto store = UserStore::open(path);
            if (store.readOnly()) {
                auto notice = "Your saved data (" + path.string() + ") is read-only: " + store.readOnlyReason() + ".";
                return {std::move(store), std::move(notice), std::nullopt, false};
            }
            return {std::move(store), {}, std::nullopt, false};
        } catch (const DatabaseError& e) {
            if (classify(e) == Failure::NotWritable) {
                auto opening = openReadOnly(path, reasonFor(e));
                if (isWriteFailure(e)) {
                    opening.notice = "The disk holding your saved data (" + path.string() + ") " +
                                     (primaryCode(e.code()) == SQLITE_FULL ? "is full"
                                                                            : "is full or cannot be written to") +
                                     ", so nothing can be saved for now; everything can be read as usual. "
                                     "Carebook tries again each time you save something, once space is freed.";
                    opening.diskFull = true;
                }
                return opening;
            }
            damage = reasonFor(e);
        }
    }

    fs::path movedTo;
    try {
        movedTo = moveAside(path, now);
    } catch (const fs::filesystem_error& e) {
        return openReadOnly(path, "the damaged file " + path.string() + " could not be set aside: " + e.what());
    }
    const std::string notice = "Your saved data (" + path.string() + ") was damaged and could not be used (" + damage +
                               "). It has been set aside as " + movedTo.filename().string() +
                               " and Carebook has started a fresh store; bookmarks and history from before are in "
                               "that file.";
    try {
        return {UserStore::open(path), notice, movedTo, false};
    } catch (const DatabaseError& e) {
        auto opening = openReadOnly(path, reasonFor(e));
        opening.notice = notice + " " + opening.notice;
        opening.movedAside = movedTo;
        return opening;
    }
}

// ---------------------------------------------------------------------------------------------------
// Time stamps

std::string compactTimestamp(std::time_t time) {
    std::tm local{};
    localtime_r(&time, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &local);
    return buffer;
}

bool isStorableTime(std::int64_t seconds) { return seconds >= 0 && seconds <= kLatestTime; }

std::string isoTimestampUtc(std::int64_t seconds) {
    const auto time = static_cast<std::time_t>(std::clamp<std::int64_t>(seconds, 0, kLatestTime));
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::optional<std::int64_t> parseIsoTimestampUtc(std::string_view text) {
    // Exactly YYYY-MM-DDTHH:MM:SSZ, the form exportBookmarksJson writes.
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z') {
        return std::nullopt;
    }
    auto number = [&](std::size_t at, std::size_t length) -> int {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    std::tm utc{};
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    // A real calendar day (no 30 February) and no leap second: 23:59:60 would normalise to the next
    // day, and on 9999-12-31 to the year 10000, which no four-digit stamp can say.
    static constexpr int kDaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1970 || month < 1 || month > 12 || day < 1 ||
        day > kDaysIn[month - 1] + (month == 2 && leap ? 1 : 0) || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59) {
        return std::nullopt;
    }
    utc.tm_year = year - 1900;
    utc.tm_mon = month - 1;
    utc.tm_mday = day;
    utc.tm_hour = hour;
    utc.tm_min = minute;
    utc.tm_sec = second;
    return static_cast<std::int64_t>(timegm(&utc));
}

} // namespace carebook
