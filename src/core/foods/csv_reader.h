// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/diagnostics.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::foods {

// One data row of a CSV file, with the position of each field so a problem can be reported as
// path:line:col.
struct CsvRow {
    int line = 0; // 1-based line where the row starts
    std::vector<std::string> fields;
    std::vector<int> columns; // 1-based column (byte offset in the line) where each field starts
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRow> rows;

    // Index of a header column, or nullopt.
    std::optional<std::size_t> column(std::string_view name) const;
};

// Parses RFC 4180 CSV text (quoted fields, doubled quotes, commas and line breaks inside quotes;
// LF or CRLF line ends; an optional UTF-8 byte order mark). Rows whose field count differs from
// the header's, and unterminated quotes, are reported to `diagnostics` against `path` and left out;
// parsing goes on with the next line so every problem is reported at once. Never throws for bad data.
CsvTable parseCsv(std::string_view text, const std::string& path, Diagnostics& diagnostics);

// Reads and parses a file; a missing or unreadable file is reported, not thrown.
std::optional<CsvTable> readCsvFile(const std::filesystem::path& file, Diagnostics& diagnostics);

} // namespace carebook::foods
