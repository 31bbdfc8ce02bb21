// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <memory>

struct fts5_api;

namespace carebook {

class Database;

// The FTS5 C API of a connection (for tokenizers and ranking functions). Throws DatabaseError when
// the SQLite in use has no FTS5.
fts5_api* fts5Api(Database& db);

// Makes arbitrary bytes safe to search: invalid UTF-8 sequences and control characters become
// spaces, and the text is cut at a character boundary after at most `maxBytes` bytes. The result is
// always valid UTF-8 without NUL bytes. With `keepLineBreaks`, '\n' is kept (a text shown as
// paragraphs); every other control character still becomes a space.
std::string sanitizeSearchText(std::string_view text, std::size_t maxBytes, bool keepLineBreaks = false);

// The text on one line, for the search index and its snippets: each line break becomes a space, or
// ": " after a line that ends without punctuation (a heading: "Where to find it: See …"), so a
// snippet that spans two blocks does not run a heading into the next sentence.
std::string joinLines(std::string_view text);

// True for the short function words ("the", "of", "or" …) that a query does not require.
bool isStopword(std::string_view word);

// Splits text into words exactly as the full-text index does (SQLite's own unicode61 tokenizer,
// diacritics removed, case folded), so query words, vocabulary words and indexed words always agree.
// A word is made only of letters, digits and other token characters: it can never carry a quote,
// an operator or a control character into an FTS5 expression.
class WordTokenizer final {
public:
    struct Word {
        std::string text;      // folded: lower case, no diacritics
        std::size_t begin = 0; // byte range in the input
        std::size_t end = 0;
    };

    enum class Stemming {
        None,  // the words as written (folded): for the vocabulary, completions and corrections
        Porter // the index's own stems ("cramps", "cramping" → "cramp"): what a query word matches
    };

    // Uses the FTS5 module of `db`; the tokenizer does not refer to `db` after construction.
    explicit WordTokenizer(Database& db, Stemming stemming = Stemming::None);
    ~WordTokenizer();
    WordTokenizer(const WordTokenizer&) = delete;
    WordTokenizer& operator=(const WordTokenizer&) = delete;

    std::vector<Word> words(std::string_view text) const;
    // Calls `visit` for each word without collecting them (the compiler's hot path).
    void forEachWord(std::string_view text, const std::function<void(std::string_view word)>& visit) const;
    // Calls `visit` for each word with its byte range in `text`, without collecting them (snippets:
    // a body's words are matched as they come, not copied into a list first).
    void forEachToken(std::string_view text,
                      const std::function<void(std::string_view word, std::size_t begin, std::size_t end)>& visit) const;
    // The words of `text`, folded, joined by single spaces ("Low magnesium (hypomagnesemia)" →
    // "low magnesium hypomagnesemia").
    std::string normalize(std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace carebook
