// SPDX-License-Identifier: MIT
#include "core/search/text.h"

#include "core/util/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>

namespace carebook {

namespace {

// Length of the valid UTF-8 sequence starting at `at`, or 0 when the bytes there are not one
// (stray continuation bytes, overlong forms, surrogates, code points above U+10FFFF, truncation).
std::size_t validSequenceLength(std::string_view text, std::size_t at, char32_t& codePoint) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (at + length > text.size()) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(at + i);
        if ((next & 0xC0) != 0x80) {
            return 0;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return 0;
    }
    return length;
}

constexpr std::array<std::string_view, 62> kStopwords = {
    "a",     "about", "am",    "an",    "and",  "are",  "as",    "at",    "be",    "by",    "can",
    "could", "did",   "do",    "does",  "for",  "from", "get",   "got",   "had",   "has",   "have",
    "he",    "her",   "his",   "how",   "i",    "if",   "im",    "in",    "is",    "it",    "its",
    "me",    "my",    "of",    "on",    "or",   "our",  "s",     "she",   "should", "so",   "t",
    "that",  "the",   "their", "them",  "these", "they", "this", "those", "to",    "us",    "was",
    "we",    "were",  "what",  "when",  "why",  "with", "you"};

} // namespace

std::string sanitizeSearchText(std::string_view text, std::size_t maxBytes, bool keepLineBreaks) {
    std::string out;
    out.reserve(std::min(text.size(), maxBytes));
    std::size_t at = 0;
    while (at < text.size()) {
        // Fast path: a run of printable ASCII is copied as it is (most of any text).
        std::size_t runEnd = at;
        const std::size_t room = maxBytes - out.size(); // maxBytes may be SIZE_MAX: no at + room
        const std::size_t runLimit = room < text.size() - at ? at + room : text.size();
        while (runEnd < runLimit && static_cast<unsigned char>(text[runEnd]) >= 0x20 &&
               static_cast<unsigned char>(text[runEnd]) < 0x7F) {
            ++runEnd;
        }
        if (runEnd > at) {
            out.append(text.substr(at, runEnd - at));
            at = runEnd;
            continue;
        }
        char32_t codePoint = 0;
        const std::size_t length = validSequenceLength(text, at, codePoint);
        const bool control = (codePoint < 0x20 && !(keepLineBreaks && codePoint == '\n')) || codePoint == 0x7F ||
                             (codePoint >= 0x80 && codePoint <= 0x9F) || codePoint == 0x2028 || codePoint == 0x2029 ||
                             codePoint == 0xFEFF;
        const std::size_t outLength = (length == 0 || control) ? 1 : length;
        if (out.size() + outLength > maxBytes) {
            break;
        }
        if (length == 0 || control) {
            out += ' ';
            at += length == 0 ? 1 : length;
        } else {
            out.append(text.substr(at, length));
            at += length;
        }
    }
    return out;
}

namespace {

// The length of a list marker ("- ", "* ", "12. ") at the start of a line, or 0.
std::size_t listMarkerLength(std::string_view line) {
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
        return 2;
    }
    std::size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') {
        ++digits;
    }
    return digits > 0 && line.size() >= digits + 2 && line[digits] == '.' && line[digits + 1] == ' ' ? digits + 2 : 0;
}

} // namespace

std::string joinLines(std::string_view text) {
    if (text.find_first_of("\r\n") == std::string_view::npos && listMarkerLength(text) == 0) {
        return std::string(text); // a summary, a one-line body: nothing to join
    }
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find_first_of("\r\n", at);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        while (!line.empty() && line.front() == ' ') {
            line.remove_prefix(1);
        }
        while (!line.empty() && line.back() == ' ') {
            line.remove_suffix(1);
        }
        // The bullets of a list item are the article's layout, not its words.
        line.remove_prefix(listMarkerLength(line));
        if (line.empty()) {
            continue;
        }
        if (!out.empty()) {
            const bool ended = std::string_view(".!?:;,)").find(out.back()) != std::string_view::npos ||
                               (static_cast<unsigned char>(out.back()) & 0x80) != 0; // "…", closing quotes
            out += ended ? " " : ": ";
        }
        out += line;
    }
    return out;
}

bool isStopword(std::string_view word) {
    static_assert(std::is_sorted(kStopwords.begin(), kStopwords.end()), "binary search needs sorted stopwords");
    return std::binary_search(kStopwords.begin(), kStopwords.end(), word);
}

struct WordTokenizer::Impl {
    fts5_tokenizer api{};
    Fts5Tokenizer* tokenizer = nullptr;
};

fts5_api* fts5Api(Database& db) {
    // The documented way to reach the FTS5 C API from a connection: SELECT fts5(?) with a pointer
    // bound under the type "fts5_api_ptr".
    fts5_api* fts5 = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        throw DatabaseError(std::string("this SQLite has no FTS5: ") + sqlite3_errmsg(db.handle()));
    }
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&fts5), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!fts5 || fts5->iVersion < 2) {
        throw DatabaseError("this SQLite's FTS5 API is missing or too old");
    }
    return fts5;
}

WordTokenizer::WordTokenizer(Database& db, Stemming stemming) : m_impl(std::make_unique<Impl>()) {
    fts5_api* fts5 = fts5Api(db);
    void* context = nullptr;
    const char* name = stemming == Stemming::Porter ? "porter" : "unicode61";
    if (fts5->xFindTokenizer(fts5, name, &context, &m_impl->api) != SQLITE_OK) {
        throw DatabaseError(std::string("FTS5 has no ") + name + " tokenizer");
    }
    // Must match the index's folding: article_fts uses 'porter unicode61 remove_diacritics 2'.
    const char* unicodeArguments[] = {"remove_diacritics", "2"};
    const char* porterArguments[] = {"unicode61", "remove_diacritics", "2"};
    const int rc = stemming == Stemming::Porter
                       ? m_impl->api.xCreate(context, porterArguments, 3, &m_impl->tokenizer)
                       : m_impl->api.xCreate(context, unicodeArguments, 2, &m_impl->tokenizer);
    if (rc != SQLITE_OK) {
        throw DatabaseError(std::string("cannot create the ") + name + " tokenizer");
    }
}

WordTokenizer::~WordTokenizer() {
    if (m_impl && m_impl->tokenizer) {
        m_impl->api.xDelete(m_impl->tokenizer);
    }
}

void WordTokenizer::forEachWord(std::string_view text, const std::function<void(std::string_view)>& visit) const {
    if (text.empty()) {
        return;
    }
    struct Context {
        const std::function<void(std::string_view)>* visit;
    } context{&visit};
    const auto callback = [](void* pointer, int /*flags*/, const char* token, int size, int /*start*/,
                             int /*end*/) -> int {
        if (size > 0) {
            (*static_cast<Context*>(pointer)->visit)(std::string_view(token, static_cast<std::size_t>(size)));
        }
        return SQLITE_OK;
    };
    // Texts beyond 2 GiB cannot reach here (the compiler's fields and queries are far smaller), but the
    // tokenizer takes an int, so clamp rather than overflow.
    const int size = static_cast<int>(std::min<std::size_t>(text.size(), 0x7FFFFFFF));
    m_impl->api.xTokenize(m_impl->tokenizer, &context, FTS5_TOKENIZE_DOCUMENT, text.data(), size, callback);
}

void WordTokenizer::forEachToken(
    std::string_view text, const std::function<void(std::string_view, std::size_t, std::size_t)>& visit) const {
    if (text.empty()) {
        return;
    }
    const auto callback = [](void* pointer, int /*flags*/, const char* token, int size, int start,
                             int end) -> int {
        if (size > 0) {
            (*static_cast<const std::function<void(std::string_view, std::size_t, std::size_t)>*>(pointer))(
                std::string_view(token, static_cast<std::size_t>(size)), static_cast<std::size_t>(start),
                static_cast<std::size_t>(end));
        }
        return SQLITE_OK;
    };
    const int size = static_cast<int>(std::min<std::size_t>(text.size(), 0x7FFFFFFF));
    m_impl->api.xTokenize(m_impl->tokenizer, const_cast<void*>(static_cast<const void*>(&visit)), FTS5_TOKENIZE_QUERY,
                          text.data(), size, callback);
}

std::vector<WordTokenizer::Word> WordTokenizer::words(std::string_view text) const {
    std::vector<Word> out;
    if (text.empty()) {
        return out;
    }
    const auto callback = [](void* pointer, int /*flags*/, const char* token, int size, int start,
                             int end) -> int {
        if (size > 0) {
            static_cast<std::vector<Word>*>(pointer)->push_back(
                {std::string(token, static_cast<std::size_t>(size)), static_cast<std::size_t>(start),
                 static_cast<std::size_t>(end)});
        }
        return SQLITE_OK;
    };
    const int size = static_cast<int>(std::min<std::size_t>(text.size(), 0x7FFFFFFF));
    m_impl->api.xTokenize(m_impl->tokenizer, &out, FTS5_TOKENIZE_QUERY, text.data(), size, callback);
    return out;
}

std::string WordTokenizer::normalize(std::string_view text) const {
    std::string out;
    forEachWord(text, [&](std::string_view word) {
        if (!out.empty()) {
            out += ' ';
        }
        out += word;
    });
    return out;
}

} // namespace carebook
