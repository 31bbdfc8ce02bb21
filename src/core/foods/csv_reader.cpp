// SPDX-License-Identifier: MIT
#include "core/foods/csv_reader.h"

#include <fstream>
#include <sstream>

namespace carebook::foods {

namespace {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t invalidUtf8At(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (c < 0x80) {
            length = 1;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            length = 2;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            length = 4;
        } else {
            return i;
        }
        if (i + length > text.size()) {
            return i;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
                return i;
            }
        }
        i += length;
    }
    return std::string_view::npos;
}

class CsvParser {
public:
    CsvParser(std::string_view text, const std::string& path, Diagnostics& diagnostics)
        : m_text(text), m_path(path), m_diagnostics(diagnostics) {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_pos = 3;
            m_lineStart = 3;
        }
    }

    // Reads the next record; false at the end of the text. `ok` is false when the record was malformed
    // (already reported).
    bool next(CsvRow& row, bool& ok) {
        row = CsvRow{};
        ok = true;
        // Blank lines carry no record.
        while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
            consumeLineEnd();
        }
        if (m_pos >= m_text.size()) {
            return false;
        }
        row.line = m_line;
        while (true) {
            const int fieldColumn = column();
            std::string field;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                if (!readQuotedField(field, fieldColumn, ok)) {
                    return true; // the rest of the text is one unclosed field
                }
            } else {
                readPlainField(field, ok);
            }
            const std::size_t bad = invalidUtf8At(field);
            if (bad != std::string_view::npos) {
                m_diagnostics.error(m_path, row.line, fieldColumn, "text is not valid UTF-8");
                ok = false;
            }
            row.fields.push_back(std::move(field));
            row.columns.push_back(fieldColumn);
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            // Only a line end or the end of the text remains.
            if (m_pos < m_text.size()) {
                consumeLineEnd();
            }
            return true;
        }
    }

private:
    // From the opening quote: the field with doubled quotes undone and line breaks kept. False when the
    // quote never closes (reported; the text is used up).
    bool readQuotedField(std::string& field, int fieldColumn, bool& ok) {
        const int quoteLine = m_line;
        ++m_pos;
        bool closed = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                closed = true;
                break;
            }
            field += c;
            ++m_pos;
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_pos;
            }
        }
        if (!closed) {
            m_diagnostics.error(m_path, quoteLine, fieldColumn,
                                "unterminated quoted field (a '\"' opens a field that never closes)");
            m_pos = m_text.size();
            ok = false;
            return false;
        }
        if (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r') {
            m_diagnostics.error(m_path, m_line, column(),
                                "unexpected character after a closing quote; expected ',' or a line end");
            ok = false;
            while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n') {
                ++m_pos;
            }
        }
        return true;
    }

    void readPlainField(std::string& field, bool& ok) {
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r') {
            if (m_text[m_pos] == '"') {
                m_diagnostics.error(m_path, m_line, column(),
                                    "a '\"' inside an unquoted field; quote the whole field and double the quote");
                ok = false;
            }
            field += m_text[m_pos++];
        }
    }

    int column() const { return static_cast<int>(m_pos - m_lineStart) + 1; }

    void consumeLineEnd() {
        if (m_text[m_pos] == '\r') {
            ++m_pos;
            if (m_pos < m_text.size() && m_text[m_pos] == '\n') {
                ++m_pos;
            }
        } else {
            ++m_pos;
        }
        ++m_line;
        m_lineStart = m_pos;
    }

    std::string_view m_text;
    const std::string& m_path;
    Diagnostics& m_diagnostics;
    std::size_t m_pos = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
};

} // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) {
            return i;
        }
    }
    return std::nullopt;
}

CsvTable parseCsv(std::string_view text, const std::string& path, Diagnostics& diagnostics) {
    CsvTable table;
    CsvParser parser(text, path, diagnostics);
    CsvRow row;
    bool ok = true;
    if (!parser.next(row, ok)) {
        diagnostics.error(path, 0, 0, "the file is empty; expected a header row");
        return table;
    }
    table.header = row.fields;
    while (parser.next(row, ok)) {
        if (!ok) {
            continue;
        }
        if (row.fields.size() != table.header.size()) {
            diagnostics.error(path, row.line, 1,
                              "expected " + std::to_string(table.header.size()) + " fields as in the header, found " +
                                  std::to_string(row.fields.size()));
            continue;
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::optional<CsvTable> readCsvFile(const std::filesystem::path& file, Diagnostics& diagnostics) {
    const std::string path = file.generic_string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        diagnostics.error(path, 0, 0, "missing file");
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.error(path, 0, 0, "cannot read the file");
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        diagnostics.error(path, 0, 0, "error while reading the file");
        return std::nullopt;
    }
    return parseCsv(buffer.str(), path, diagnostics);
}

} // namespace carebook::foods
