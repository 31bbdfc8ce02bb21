// SPDX-License-Identifier: MIT
#include "core/content/integrity.h"

#include "core/content/model.h"
#include "core/content/schema.h"
#include "core/content/store.h"

#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace carebook {

namespace {

[[noreturn]] void refuse(const std::string& name, const std::string& reason) {
    throw ContentDatabaseError("cannot use '" + name + "' as content: " + reason);
}

std::int64_t queryInt(Database& db, const char* sql) {
    auto statement = db.prepare(sql);
    return statement.step() ? statement.int64(0) : 0;
}

// Runs each FTS5 index's own integrity-check (which also compares the index with the text it was
// built from). The check is written as an INSERT, so it runs on a private in-memory copy: the file
// itself is opened read-only and never written.
void checkSearchIndexes(Database& db, const std::string& name) {
    sqlite3_int64 size = 0;
    unsigned char* image = sqlite3_serialize(db.handle(), "main", &size, 0);
    if (!image) {
        refuse(name, "it could not be read into memory to check its search index");
    }
    sqlite3* copy = nullptr;
    if (sqlite3_open_v2(":memory:", &copy, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_deserialize(copy, "main", image, size, size, SQLITE_DESERIALIZE_FREEONCLOSE) != SQLITE_OK) {
        sqlite3_close_v2(copy);
        refuse(name, "it could not be read into memory to check its search index");
    }
    std::string problem;
    for (const char* table : {"article_fts", "article_head_fts"}) {
        // article_head_fts is contentless: there is no text to compare it with, only its own structure.
        const bool compareText = std::strcmp(table, "article_fts") == 0;
        const std::string sql = std::string("INSERT INTO ") + table + "(" + table + (compareText ? ", rank" : "") +
                                ") VALUES('integrity-check'" + (compareText ? ", 1" : "") + ")";
        if (sqlite3_exec(copy, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            problem = table;
            break;
        }
    }
    sqlite3_close_v2(copy);
    if (!problem.empty()) {
        refuse(name, "its search index is damaged (searches would give wrong answers); rebuild it with "
                     "carebook-contentc");
    }
}

// FTS5's own integrity-check (SQLite 3.40) does not look at the %_idx table that finds a term's
// leaf page: emptied, every lookup of a term past the first page finds nothing, and "cramp" matches no
// article. A leaf page's rowid in %_data is (segment << 37) + page; %_idx rows point at leaf pages by
// (page << 1). Every segment must be reachable through %_idx, and every %_idx row must point at a leaf
// page that exists.
void checkTermLookup(Database& db, const std::string& name, const std::string& table) {
    const std::string data = table + "_data";
    const std::string idx = table + "_idx";
    auto unreachable = db.prepare("SELECT count(*) FROM (SELECT DISTINCT rowid >> 37 AS segment FROM " + data +
                                        " WHERE rowid > 10 AND ((rowid >> 31) & 63) = 0) s WHERE NOT EXISTS "
                                        "(SELECT 1 FROM " + idx + " i WHERE i.segid = s.segment)");
    auto dangling = db.prepare("SELECT count(*) FROM " + idx + " i WHERE NOT EXISTS (SELECT 1 FROM " + data +
                                     " d WHERE d.rowid = (i.segid << 37) + (i.pgno >> 1))");
    for (Statement* statement : {&unreachable, &dangling}) {
        if (statement->step() && statement->int64(0) != 0) {
            refuse(name, "its search index is damaged (searches would give wrong answers); rebuild it with "
                         "carebook-contentc");
        }
    }
}

void checkStructure(Database& db, const std::string& name) {
    if (queryInt(db, "PRAGMA application_id") != schema::kContentApplicationId) {
        refuse(name, "it is an SQLite database, but not a Carebook content database");
    }
    auto table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    for (const char* required : schema::kRequiredTables) {
        table.bind(1, required);
        if (!table.step()) {
            refuse(name, std::string("it is incomplete (it has no ") + required + " table)");
        }
        table.reset();
    }
    auto version = db.prepare("SELECT value FROM meta WHERE key = 'format_version'");
    if (!version.step()) {
        refuse(name, "it has no content format version");
    }
    if (const auto found = version.text(0); found != std::to_string(schema::kDatabaseFormatVersion)) {
        refuse(name, "it has content format " + found.substr(0, 20) + ", and this Carebook reads format " +
                         std::to_string(schema::kDatabaseFormatVersion));
    }
}

} // namespace

void checkContentFile(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        refuse(path, errno == ENOENT ? "it does not exist" : std::string("it cannot be read: ") + std::strerror(errno));
    }
    if (S_ISDIR(status.st_mode)) {
        refuse(path, "it is a folder, not a file");
    }
    if (!S_ISREG(status.st_mode)) {
        refuse(path, "it is not a regular file (a device, pipe or socket)");
    }
    if (static_cast<std::uintmax_t>(status.st_size) > kMaxContentDatabaseBytes) {
        refuse(path, "it is larger than " + std::to_string(kMaxContentDatabaseBytes / (1024 * 1024)) +
                         " MiB, far more than any Carebook content");
    }
    // O_NONBLOCK: should the path have been swapped for a FIFO since stat(), open() still returns.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        refuse(path, std::string("it cannot be read: ") + std::strerror(errno));
    }
    char header[16] = {};
    const auto got = ::read(fd, header, sizeof header);
    ::close(fd);
    if (got != static_cast<ssize_t>(sizeof header) || std::memcmp(header, "SQLite format 3", 16) != 0) {
        refuse(path, "it is not a database file");
    }
}

void checkContentDatabase(Database& db, const std::string& name, ContentCheck depth) {
    try {
        if (depth == ContentCheck::Untrusted) {
            std::string problem;
            if (!db.quickCheck(&problem)) {
                refuse(name, "the file is damaged (its integrity check failed)");
            }
        }
        checkStructure(db, name);
        if (depth == ContentCheck::Untrusted) {
            for (const char* table : {"article_fts", "article_head_fts"}) {
                checkTermLookup(db, name, table);
            }
            checkSearchIndexes(db, name);
        }
    } catch (const DatabaseError& e) {
        // SQLite's own text names SQL; say what is wrong with the file in words a person can act on.
        const int primary = e.code() & 0xff;
        refuse(name, primary == SQLITE_NOTADB    ? "it is not a database file, or it is damaged"
                     : primary == SQLITE_CORRUPT ? "the file is damaged"
                     : primary == SQLITE_IOERR   ? "it could not be read (an input/output error)"
                                                 : "it is not a Carebook content database");
    }
}

} // namespace carebook
