// SPDX-License-Identifier: MIT
#include "core/content/integrity.h"

#include "core/content/model.h"
#include "core/content/schema.h"
#include "core/content/store.h"
#include "core/search/index.h"

#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <vector>
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

// FTS5 in SQLite 3.40 trusts its own index: a damaged one can make a query, or even its own
// 'integrity-check', read out of bounds and crash (the fuzzer found such files). So FTS5 never reads
// an untrusted file's index. A private in-memory database rebuilds both indexes from the file's
// articles exactly as the compiler does (rebuildTextIndexes), and the file's index must equal that
// rebuild: the same definitions, and the same rows in every shadow table, compared as plain tables.
// Anything else (lost pages, an emptied term lookup, text changed after indexing, another
// tokenizer) is refused. The file itself is opened read-only and never written.
void checkSearchIndexes(Database& db, const std::string& name) {
    sqlite3_int64 size = 0;
    unsigned char* image = sqlite3_serialize(db.handle(), "main", &size, 0);
    if (!image) {
        refuse(name, "it could not be read into memory to check its search index");
    }
    auto rebuilt = Database::openMemory();
    rebuilt.exec("ATTACH ':memory:' AS file");
    if (sqlite3_deserialize(rebuilt.handle(), "file", image, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
        refuse(name, "it could not be read into memory to check its search index");
    }
    rebuildTextIndexes(rebuilt, "file");

    // Definitions first: the tables compared below are then the same tables with the same columns.
    const auto definitions = [](const std::string& schemaName) {
        return "SELECT type, name, tbl_name, sql FROM " + schemaName +
               ".sqlite_schema WHERE name GLOB 'article_fts*' OR name GLOB 'article_head_fts*'";
    };
    auto sameDefinitions = rebuilt.prepare("SELECT NOT EXISTS (" + definitions("main") + " EXCEPT " +
                                           definitions("file") + ") AND NOT EXISTS (" + definitions("file") +
                                           " EXCEPT " + definitions("main") + ")");
    if (!sameDefinitions.step() || sameDefinitions.int64(0) != 1) {
        refuse(name, "its search index was not built the way this Carebook builds it; rebuild it with "
                     "carebook-contentc");
    }
    std::vector<std::string> shadowTables;
    auto tables = rebuilt.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                                  "'CREATE VIRTUAL%' AND (name GLOB 'article_fts_*' OR name GLOB 'article_head_fts_*')");
    while (tables.step()) {
        shadowTables.push_back(tables.text(0));
    }
    for (const auto& table : shadowTables) {
        // Each shadow table has a primary key, so equal counts and no row missing mean equal tables.
        auto same = rebuilt.prepare("SELECT (SELECT count(*) FROM main." + table + ") = (SELECT count(*) FROM file." +
                                    table + ") AND NOT EXISTS (SELECT * FROM main." + table +
                                    " EXCEPT SELECT * FROM file." + table + ")");
        if (!same.step() || same.int64(0) != 1) {
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
