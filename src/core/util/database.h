// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace carebook {

// Process-wide: turns off SQLite's memory statistics, which take a global mutex on every
// allocation (contended when two threads write databases at once, as the content compiler does).
// Only has an effect before the process opens its first database.
void disableSqliteMemoryStatistics();

// Every SQLite failure becomes this exception, carrying SQLite's own message and the SQL or file
// involved, so no error is ever silently dropped.
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    DatabaseError(const std::string& message, int code) : std::runtime_error(message), m_code(code) {}
    // SQLite's extended result code (SQLITE_FULL, SQLITE_CORRUPT, …), or 0 when there is none.
    // Callers use it to tell a full disk or a read-only folder from a damaged file.
    int code() const { return m_code; }

private:
    int m_code = 0;
};

// What a failure means, in words for the person using Carebook ("the disk is full"), never SQL:
// for messages shown in the window, where SQLite's own text would name tables and queries.
std::string plainReason(const DatabaseError& error);

class Statement;

// Owns one sqlite3 connection. Not thread-safe: use one Database per thread.
class Database final {
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    // Opens a database file. ReadOnly never creates or modifies the file.
    static Database open(const std::string& path, Mode mode);
    // Opens an in-memory database (tests, scratch work).
    static Database openMemory();
    // Opens a database image held in memory (for example embedded in the executable) read-only.
    // The bytes are not copied and must outlive the Database.
    static Database openImage(const unsigned char* data, std::size_t size);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements that take no parameters and return no rows.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }

    // Attaches a copy of `other`'s main database as `schema` (sqlite3_serialize, then
    // sqlite3_deserialize into an attached in-memory database), to combine databases written on
    // separate connections. Not inside a transaction; `other` must not be in use meanwhile.
    void attachCopyOf(Database& other, const std::string& schema);

    // Checks the file is an SQLite database whose pages are intact (PRAGMA quick_check).
    bool quickCheck(std::string* problem = nullptr);

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// One prepared statement. Bind with 1-based indices, then step() until it returns false.
class Statement final {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const void* data, std::size_t size);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind(int index, const std::optional<std::string>& value);

    // Returns true when a row is available, false when done. Throws DatabaseError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::string text(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::string> optionalText(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    void check(int rc, const char* what) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Commits on commit(); rolls back if destroyed without commit (an exception unwinding).
class Transaction final {
public:
    explicit Transaction(Database& db, bool immediate = false);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

// One read transaction for a run of queries (a whole search): its statements share one snapshot
// and one lock instead of each taking and releasing the lock. Inside a transaction the caller
// began, nothing. Ending a read loses nothing, so the destructor reports no failure: the next
// BEGIN says what is wrong.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(Database& db);
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot();

private:
    Database& m_db;
    bool m_began;
};

} // namespace carebook
