// SPDX-License-Identifier: MIT
#pragma once

#include "content_loader.h"
#include "diagnostics.h"

#include <filesystem>
#include <string>

namespace carebook {

struct CompileStats {
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
