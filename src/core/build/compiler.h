// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/loader.h"
#include "core/util/diagnostics.h"

#include <filesystem>
#include <string>

namespace carebook {

// Seconds spent in each phase of a build (carebook-contentc build --timings).
struct CompileTimings {
    double load = 0;   // read, parse and validate every file, render the Markdown
    double write = 0;  // every table but the search index (articles, links, sources, foods …)
    double index = 0;  // the full-text index, the search vocabulary and the exact names
    double vacuum = 0; // VACUUM INTO the output file
    double total = 0;  // the whole build, wall-clock
};

struct CompileStats {
    CompileTimings timings;
    std::size_t articles = 0;
    std::size_t sources = 0;
    std::size_t redFlags = 0;
    std::size_t links = 0;
};

// Validates `contentDir` and, when it has no problem, writes the content database to `outFile`.
// The output is deterministic: the same input gives the same bytes. On any problem nothing is
// written (an earlier database at `outFile` is left as it was) and false is returned.
bool compileContent(const std::filesystem::path& contentDir, const std::filesystem::path& outFile,
                    Diagnostics& diagnostics, CompileStats* stats = nullptr);

// Writes already-validated content into an empty database (tables, rows, full-text index).
void writeContentDatabase(const LoadedContent& content, class Database& db, const std::filesystem::path& contentDir,
                          Diagnostics& diagnostics, CompileStats* stats);

} // namespace carebook
