// SPDX-License-Identifier: MIT
#include "core/content/field_checker.h"

#include <fstream>

namespace carebook::checks {

namespace fs = std::filesystem;

bool isCalendarDate(const std::string& value) {
    const bool shape = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                       std::all_of(value.begin(), value.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shape) {
        return false;
    }
    const int year = std::stoi(value.substr(0, 4));
    const int month = std::stoi(value.substr(5, 2));
    const int day = std::stoi(value.substr(8, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 &&
           day <= kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

std::string describeKinds(const std::vector<ArticleKind>& kinds) {
    std::string out;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        out += (i == 0 ? "" : (i + 1 == kinds.size() ? " or " : ", "));
        out += kindName(kinds[i]);
    }
    return out;
}

bool readFile(const fs::path& file, std::string& out) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        return false;
    }
    // One read of the file's size straight into the string (a copy through a stringstream costs as
    // much as parsing, over 100,000 files), then whatever the file grew by meanwhile.
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    out.assign(ec ? 0 : static_cast<std::size_t>(size), '\0');
    stream.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<std::size_t>(stream.gcount()));
    char buffer[4096];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        out.append(buffer, static_cast<std::size_t>(stream.gcount()));
    }
    return !stream.bad();
}

bool parseFile(const std::string& text, const std::string& displayPath, JsonDocument& document,
               Diagnostics& diagnostics) {
    JsonParseError parseError;
    if (!parseJsonDocument(text, document, parseError)) {
        diagnostics.error(displayPath, parseError.position.line, parseError.position.column,
                          "JSON syntax error: " + parseError.message);
        return false;
    }
    if (!document.value.is_object()) {
        diagnostics.error(displayPath, 1, 1, "the file must hold a JSON object");
        return false;
    }
    return true;
}

bool readJsonFile(const fs::path& file, const std::string& displayPath, JsonDocument& document,
                  Diagnostics& diagnostics) {
    std::string text;
    if (!readFile(file, text)) {
        diagnostics.error(displayPath, 0, 0, "cannot read the file");
        return false;
    }
    return parseFile(text, displayPath, document, diagnostics);
}

} // namespace carebook::checks
