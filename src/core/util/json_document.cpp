// SPDX-License-Identifier: MIT
#include "core/util/json_document.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace carebook {

namespace {

constexpr int kMaxDepth = 200;

struct ParseFailure {
    SourcePosition position;
    std::string message;
};

class Parser {
public:
    Parser(std::string_view text, JsonDocument& document) : m_text(text), m_document(document) {}

    nlohmann::json parseRoot() {
        skipWhitespace();
        if (atEnd()) {
            fail("the file is empty; expected a JSON object");
        }
        nlohmann::json value = parseValue("", 0);
        skipWhitespace();
        if (!atEnd()) {
            fail("unexpected text after the end of the JSON value");
        }
        return value;
    }

private:
    bool atEnd() const { return m_offset >= m_text.size(); }
    char peek() const { return m_text[m_offset]; }

    [[noreturn]] void fail(std::string message) const { throw ParseFailure{position(), std::move(message)}; }

    SourcePosition position() const { return {m_line, m_column}; }

    void advance() {
        const auto byte = static_cast<unsigned char>(m_text[m_offset]);
        ++m_offset;
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes do not start a new code point, so they do not move the column.
            ++m_column;
        }
    }

    void skipWhitespace() {
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (c == '/') {
                fail("comments are not allowed in JSON");
            } else {
                break;
            }
        }
    }

    void expect(char c, const char* what) {
        if (atEnd() || peek() != c) {
            fail(std::string("expected ") + what + describeFound());
        }
        advance();
    }

    std::string describeFound() const {
        if (atEnd()) {
            return ", found the end of the file";
        }
        const auto byte = static_cast<unsigned char>(peek());
        if (byte >= 0x20 && byte < 0x7F) {
            return std::string(", found '") + peek() + "'";
        }
        return "";
    }

    // The escaped byte may be a NUL or a control character: echoing it would cut the message short
    // (what() is a C string) or garble a terminal, so only printable ASCII is shown as it is.
    static std::string describeUnknownEscape(char escape) {
        const auto byte = static_cast<unsigned char>(escape);
        if (byte >= 0x20 && byte < 0x7F) {
            return std::string("unknown escape '\\") + escape + "' in text";
        }
        char code[8];
        std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned>(byte));
        return std::string("unknown escape in text: a backslash followed by the byte ") + code;
    }

    nlohmann::json parseValue(const std::string& pointer, int depth) {
        if (depth > kMaxDepth) {
            fail("nesting is too deep");
        }
        m_document.positions[pointer] = position();
        if (atEnd()) {
            fail("expected a value, found the end of the file");
        }
        switch (peek()) {
        case '{':
            return parseObject(pointer, depth);
        case '[':
            return parseArray(pointer, depth);
        case '"':
            return parseString();
        case 't':
            parseLiteral("true");
            return true;
        case 'f':
            parseLiteral("false");
            return false;
        case 'n':
            parseLiteral("null");
            return nullptr;
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
                return parseNumber();
            }
            fail("expected a value (object, array, text in double quotes, number, true, false or null)" +
                 describeFound());
        }
    }

    void parseLiteral(std::string_view literal) {
        if (m_text.substr(m_offset, literal.size()) != literal) {
            fail("expected a value (text must be in double quotes)");
        }
        for (std::size_t i = 0; i < literal.size(); ++i) {
            advance();
        }
    }

    nlohmann::json parseObject(const std::string& pointer, int depth) {
        nlohmann::json object = nlohmann::json::object();
        advance(); // '{'
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            advance();
            return object;
        }
        while (true) {
            skipWhitespace();
            if (atEnd() || peek() != '"') {
                if (!atEnd() && peek() == '}') {
                    fail("trailing comma before '}'");
                }
                fail("expected a member name in double quotes" + describeFound());
            }
            const SourcePosition keyPosition = position();
            std::string key = parseString();
            if (object.contains(key)) {
                throw ParseFailure{keyPosition, "duplicate member \"" + key + "\""};
            }
            skipWhitespace();
            expect(':', "':' after the member name");
            skipWhitespace();
            const std::string child = childPointer(pointer, key);
            m_document.keyPositions[child] = keyPosition;
            object[key] = parseValue(child, depth + 1);
            skipWhitespace();
            if (atEnd()) {
                fail("unterminated object: expected ',' or '}'");
            }
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return object;
            }
            fail("expected ',' or '}' after a member" + describeFound() + " (is a comma missing?)");
        }
    }

    nlohmann::json parseArray(const std::string& pointer, int depth) {
        nlohmann::json array = nlohmann::json::array();
        advance(); // '['
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            advance();
            return array;
        }
        while (true) {
            skipWhitespace();
            if (!atEnd() && peek() == ']') {
                fail("trailing comma before ']'");
            }
            array.push_back(parseValue(childPointer(pointer, array.size()), depth + 1));
            skipWhitespace();
            if (atEnd()) {
                fail("unterminated array: expected ',' or ']'");
            }
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return array;
            }
            fail("expected ',' or ']' after an array item" + describeFound() + " (is a comma missing?)");
        }
    }

    static void appendUtf8(std::string& out, std::uint32_t codePoint) {
        if (codePoint < 0x80) {
            out += static_cast<char>(codePoint);
        } else if (codePoint < 0x800) {
            out += static_cast<char>(0xC0 | (codePoint >> 6));
            out += static_cast<char>(0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            out += static_cast<char>(0xE0 | (codePoint >> 12));
            out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (codePoint & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (codePoint >> 18));
            out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (codePoint & 0x3F));
        }
    }

    std::uint32_t parseHex4() {
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd()) {
                fail("unterminated \\u escape");
            }
            const char c = peek();
            value <<= 4;
            if (c >= '0' && c <= '9') {
                value |= static_cast<std::uint32_t>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                value |= static_cast<std::uint32_t>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                value |= static_cast<std::uint32_t>(c - 'A' + 10);
            } else {
                fail("\\u must be followed by four hex digits");
            }
            advance();
        }
        return value;
    }

    // Copies one UTF-8 encoded code point, rejecting malformed or overlong sequences.
    void copyUtf8(std::string& out) {
        const auto lead = static_cast<unsigned char>(peek());
        int length = 0;
        std::uint32_t codePoint = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            fail("the file is not valid UTF-8");
        }
        if (m_offset + static_cast<std::size_t>(length) > m_text.size()) {
            fail("the file is not valid UTF-8 (truncated character)");
        }
        for (int i = 1; i < length; ++i) {
            const auto next = static_cast<unsigned char>(m_text[m_offset + static_cast<std::size_t>(i)]);
            if ((next & 0xC0) != 0x80) {
                fail("the file is not valid UTF-8");
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        const bool overlong = (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            fail("the file is not valid UTF-8");
        }
        out.append(m_text.substr(m_offset, static_cast<std::size_t>(length)));
        for (int i = 0; i < length; ++i) {
            advance();
        }
    }

    // A run of plain ASCII (no quote, backslash or control character) is copied at once; each of its
    // bytes is one column. Returns whether there was one.
    bool copyPlainRun(std::string& out) {
        std::size_t runEnd = m_offset;
        while (runEnd < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[runEnd]);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            ++runEnd;
        }
        if (runEnd == m_offset) {
            return false;
        }
        out.append(m_text.substr(m_offset, runEnd - m_offset));
        m_column += static_cast<int>(runEnd - m_offset);
        m_offset = runEnd;
        return true;
    }

    // After "\u": one code point, joining a surrogate pair.
    std::uint32_t parseUnicodeEscape() {
        std::uint32_t codePoint = parseHex4();
        if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
            if (m_text.substr(m_offset, 2) != "\\u") {
                fail("unpaired surrogate in \\u escape");
            }
            advance();
            advance();
            const std::uint32_t low = parseHex4();
            if (low < 0xDC00 || low > 0xDFFF) {
                fail("unpaired surrogate in \\u escape");
            }
            codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
        } else if (codePoint >= 0xDC00 && codePoint <= 0xDFFF) {
            fail("unpaired surrogate in \\u escape");
        }
        return codePoint;
    }

    // After the backslash: appends what the escape stands for.
    void parseEscape(std::string& out, const SourcePosition& start) {
        if (atEnd()) {
            throw ParseFailure{start, "unterminated text: the closing '\"' is missing"};
        }
        const char escape = peek();
        advance();
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out += escape;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u':
            appendUtf8(out, parseUnicodeEscape());
            break;
        default:
            fail(describeUnknownEscape(escape));
        }
    }

    std::string parseString() {
        const SourcePosition start = position();
        advance(); // opening quote
        std::string out;
        while (true) {
            if (atEnd()) {
                throw ParseFailure{start, "unterminated text: the closing '\"' is missing"};
            }
            if (copyPlainRun(out)) {
                continue;
            }
            const auto byte = static_cast<unsigned char>(peek());
            if (byte == '"') {
                advance();
                return out;
            }
            if (byte < 0x20) {
                fail(byte == '\n' ? "line break inside text: close the quote or write \\n"
                                  : "control character inside text: escape it");
            }
            if (byte == '\\') {
                advance();
                parseEscape(out, start);
            } else if (byte < 0x80) {
                out += static_cast<char>(byte);
                advance();
            } else {
                copyUtf8(out);
            }
        }
    }

    nlohmann::json parseNumber() {
        const std::size_t start = m_offset;
        bool isInteger = true;
        if (peek() == '-') {
            advance();
        }
        if (atEnd() || !(peek() >= '0' && peek() <= '9')) {
            fail("invalid number");
        }
        if (peek() == '0') {
            advance();
            if (!atEnd() && peek() >= '0' && peek() <= '9') {
                fail("numbers may not start with 0");
            }
        } else {
            while (!atEnd() && peek() >= '0' && peek() <= '9') {
                advance();
            }
        }
        if (!atEnd() && peek() == '.') {
            isInteger = false;
            advance();
            if (atEnd() || !(peek() >= '0' && peek() <= '9')) {
                fail("invalid number: digits must follow '.'");
            }
            while (!atEnd() && peek() >= '0' && peek() <= '9') {
                advance();
            }
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            isInteger = false;
            advance();
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                advance();
            }
            if (atEnd() || !(peek() >= '0' && peek() <= '9')) {
                fail("invalid number: digits must follow the exponent");
            }
            while (!atEnd() && peek() >= '0' && peek() <= '9') {
                advance();
            }
        }
        const std::string_view literal = m_text.substr(start, m_offset - start);
        if (isInteger) {
            std::int64_t value = 0;
            const auto result = std::from_chars(literal.data(), literal.data() + literal.size(), value);
            if (result.ec == std::errc() && result.ptr == literal.data() + literal.size()) {
                return value;
            }
        }
        const std::string copy(literal);
        const double value = std::strtod(copy.c_str(), nullptr);
        if (!std::isfinite(value)) {
            fail("number out of range");
        }
        return value;
    }

    std::string_view m_text;
    JsonDocument& m_document;
    std::size_t m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

SourcePosition JsonDocument::positionOf(const std::string& pointer) const {
    std::string current = pointer;
    while (true) {
        if (const auto found = positions.find(current); found != positions.end()) {
            return found->second;
        }
        if (current.empty()) {
            return {};
        }
        current.erase(current.rfind('/'));
    }
}

SourcePosition JsonDocument::keyPositionOf(const std::string& pointer) const {
    const auto found = keyPositions.find(pointer);
    return found != keyPositions.end() ? found->second : positionOf(pointer);
}

bool parseJsonDocument(std::string_view text, JsonDocument& document, JsonParseError& error) {
    document = JsonDocument{};
    // A UTF-8 byte order mark is harmless; skip it rather than reporting a confusing error.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    try {
        Parser parser(text, document);
        document.value = parser.parseRoot();
        return true;
    } catch (const ParseFailure& failure) {
        error = {failure.position, failure.message};
        document = JsonDocument{};
        return false;
    }
}

std::string childPointer(const std::string& parent, std::string_view key) {
    std::string out = parent;
    out += '/';
    for (const char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string childPointer(const std::string& parent, std::size_t index) {
    return parent + '/' + std::to_string(index);
}

} // namespace carebook
