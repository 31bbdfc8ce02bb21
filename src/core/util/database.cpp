// SPDX-License-Identifier: MIT
#include "core/util/database.h"

#include <sqlite3.h>

#include <utility>

namespace carebook {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& context) {
    std::string message = context;
    if (db) {
        message += ": ";
        message += sqlite3_errmsg(db);
    }
    throw DatabaseError(message, db ? sqlite3_extended_errcode(db) : 0);
}

} // namespace

std::string plainReason(const DatabaseError& error) {
    switch (error.code() & 0xff) {
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_IOERR:
        return "the disk could not be read or written (an input/output error)";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return "the file is damaged";
    case SQLITE_READONLY:
        return "the file or its folder is read-only";
    case SQLITE_CANTOPEN:
        return "the file cannot be opened";
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return "permission was denied";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "another program is using the file";
    case SQLITE_NOMEM:
        return "the computer ran out of memory";
    case SQLITE_ERROR:
        return "the data is not in the form this version of Carebook expects";
    default:
        return "an unexpected database error (code " + std::to_string(error.code()) + ")";
    }
}

void disableSqliteMemoryStatistics() {
    // SQLITE_MISUSE once SQLite is initialised: then the statistics stay, which is only slower.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

Database Database::open(const std::string& path, Mode mode) {
    sqlite3* db = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = "cannot open database '" + path + "': ";
        message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        throw DatabaseError(message, code);
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db, path);
}

Database Database::openMemory() { return open(":memory:", Mode::ReadWriteCreate); }

Database Database::openImage(const unsigned char* data, std::size_t size) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        throw DatabaseError("cannot open an in-memory database");
    }
    // SQLITE_DESERIALIZE_READONLY: SQLite never writes to the buffer, so it may point straight at
    // read-only data inside the executable; no copy is made.
    const int rc = sqlite3_deserialize(db, "main", const_cast<unsigned char*>(data),
                                       static_cast<sqlite3_int64>(size), static_cast<sqlite3_int64>(size),
                                       SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        const std::string message = std::string("cannot load the embedded database: ") + sqlite3_errmsg(db);
        sqlite3_close_v2(db);
        throw DatabaseError(message);
    }
    Database database(db, "(embedded)");
    // Pages are read in place from the image (the in-memory VFS serves them through xFetch once
    // memory mapping is on) instead of being copied into each connection's page cache: the image is
    // in memory already, and every search connection would otherwise hold up to 2 MiB of copies.
    database.exec("PRAGMA mmap_size = " + std::to_string(size));
    return database;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database() {
    // _v2 defers the real close until every statement is finalised, so an order-of-destruction
    // slip cannot leak the connection.
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throw DatabaseError(message + " (in: " + text.substr(0, 120) + ")", sqlite3_extended_errcode(m_db));
    }
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail) != SQLITE_OK) {
        fail(m_db, "cannot prepare '" + std::string(sql.substr(0, 120)) + "'");
    }
    if (tail && tail < sql.data() + sql.size()) {
        const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
        if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
            sqlite3_finalize(stmt);
            throw DatabaseError("prepare() takes one statement: '" + std::string(sql.substr(0, 120)) + "'");
        }
    }
    return Statement(m_db, stmt);
}

void Database::attachCopyOf(Database& other, const std::string& schema) {
    auto attach = prepare("ATTACH ':memory:' AS ?");
    attach.bind(1, schema);
    attach.run();
    sqlite3_int64 size = 0;
    unsigned char* image = sqlite3_serialize(other.m_db, "main", &size, 0);
    if (!image) {
        fail(other.m_db, "cannot copy the database '" + other.m_path + "'");
    }
    // FREEONCLOSE: SQLite owns the image from here on, even when this call fails.
    const int rc = sqlite3_deserialize(m_db, schema.c_str(), image, size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        fail(m_db, "cannot attach the copy of '" + other.m_path + "' as " + schema);
    }
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

bool Database::quickCheck(std::string* problem) {
    try {
        auto stmt = prepare("PRAGMA quick_check");
        std::string result;
        while (stmt.step()) {
            if (!result.empty()) {
                result += "; ";
            }
            result += stmt.text(0);
        }
        if (result == "ok") {
            return true;
        }
        if (problem) {
            *problem = result;
        }
        return false;
    } catch (const DatabaseError& e) {
        if (problem) {
            *problem = e.what();
        }
        return false;
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::check(int rc, const char* what) const {
    if (rc != SQLITE_OK) {
        fail(m_db, what);
    }
}

Statement& Statement::bind(int index, std::string_view text) {
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are safe to bind.
    check(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT),
          "cannot bind text");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_stmt, index, value), "cannot bind integer");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(m_stmt, index, value), "cannot bind real");
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size) {
    check(sqlite3_bind_blob64(m_stmt, index, data, size, SQLITE_TRANSIENT), "cannot bind blob");
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(m_stmt, index), "cannot bind null");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail(m_db, std::string("query failed: ") + (sqlite3_sql(m_stmt) ? std::string(sqlite3_sql(m_stmt)).substr(0, 120) : ""));
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::string Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return real(column);
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

Transaction::Transaction(Database& db, bool immediate) : m_db(db) {
    m_db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const DatabaseError&) {
            // Nothing more can be done while unwinding; SQLite rolls back on close anyway.
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

ReadSnapshot::ReadSnapshot(Database& db) : m_db(db), m_began(sqlite3_get_autocommit(db.handle()) != 0) {
    if (m_began) {
        m_db.exec("BEGIN");
    }
}

ReadSnapshot::~ReadSnapshot() {
    if (m_began && sqlite3_get_autocommit(m_db.handle()) == 0) {
        if (sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
}

} // namespace carebook
