// SPDX-License-Identifier: MIT
#pragma once

// Spelling, inside the Searcher: the content's vocabulary (search_vocabulary), the completions of
// a half-typed word, and the corrections of a misspelt one.

#include "core/search/query.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace carebook {
class Database;
} // namespace carebook

namespace carebook::search {

// True for a word of lower-case ASCII letters only (the words a correction may touch).
bool isAsciiWord(std::string_view word);

// The words of the content with how many articles have each, read on first use.
class Vocabulary final {
public:
    explicit Vocabulary(Database& db) : m_db(db) {}

    // The word is in the vocabulary, or (asPrefix) the start of a word in it.
    bool has(const std::string& word, bool asPrefix);

    // The most used vocabulary words that start with `prefix` (other than `prefix` itself), with
    // how many articles have each. `truncated` is set when there were more of them than listed.
    std::vector<std::pair<std::string, double>> completions(const std::string& prefix, bool& truncated);

    // About how many articles have the phrase: the fewest of its words' counts (a phrase is no
    // commoner than its rarest word); for a prefix, its most used completion. -1 when a word is
    // not in the vocabulary (the ranking function then counts).
    std::int64_t phraseDocuments(const std::vector<std::string>& phrase, bool prefix);

    // The vocabulary word closest to a word that is not in it, or an empty word. While typing
    // (asPrefix), the word may also be a misspelt start of a longer word ("magensi" → magnesium).
    struct Correction {
        std::string word; // empty: none
        std::size_t distance = 0;
    };
    Correction correction(const std::string& word, bool asPrefix);

private:
    struct Probe;
    void load();
    std::size_t firstWithPrefix(std::string_view prefix);
    std::size_t slipsTo(std::uint32_t candidate, const Probe& probe) const;
    bool betterCorrection(std::size_t candidate, std::size_t distance, std::size_t best,
                          std::size_t bestDistance) const;

    Database& m_db;
    bool m_loaded = false;
    std::vector<std::string> m_words; // sorted
    std::vector<std::uint32_t> m_documents;
    std::vector<char> m_lay;             // a title's, an alias's or a synonym's word
    std::vector<std::uint32_t> m_masks;  // the letters of each word
    std::vector<std::uint32_t> m_heads;  // letters among the first kMaxSlips + 1 characters
    std::vector<std::uint32_t> m_tails;  // … and among the last
    std::vector<std::uint8_t> m_lengths; // of each word, in bytes (capped at 255)
    std::vector<std::uint32_t> m_correctable; // the words a correction may give: ASCII, 3 letters or more
};

// The query with each word the content does not know replaced by its correction. `sure`: every
// correction is one slip (or two in a long word), sure enough to search at once; a less sure one
// is only offered ("did you mean …?").
struct CorrectedQuery {
    Words query;
    bool changed = false;
    bool sure = true;
};
CorrectedQuery correctedQuery(const Words& query, const Synonyms& synonyms, Vocabulary& vocabulary);

} // namespace carebook::search
