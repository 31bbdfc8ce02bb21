// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/database.h"

#include <cstdint>
#include <string>

namespace carebook {

// A compiled content database is a few MiB; anything far larger is not one (and is refused before
// SQLite reads it).
inline constexpr std::uintmax_t kMaxContentDatabaseBytes = 256u * 1024u * 1024u;

enum class ContentCheck {
    // Header, application id, format version and every required table: microseconds. For the
    // database embedded in the executable, which the build produced and checked.
    Trusted,
    // Also PRAGMA quick_check, and the search index compared with one rebuilt from the file's own
    // articles: for a file from outside (--content-db), which may be damaged in ways that only show
    // as wrong answers, or as a crash inside FTS5. Takes about as long as indexing the articles.
    Untrusted,
};

// Refuses a path that is not a regular file of a sane size whose first bytes are SQLite's header,
// before SQLite opens it (a FIFO would block the open for ever, a device would be read without end).
// Throws ContentDatabaseError naming the file.
void checkContentFile(const std::string& path);

// Checks an open database is a usable Carebook content database. Throws ContentDatabaseError whose
// message names `name` and says what is wrong in words (never SQL).
void checkContentDatabase(Database& db, const std::string& name, ContentCheck depth);

} // namespace carebook
