// SPDX-License-Identifier: MIT
#pragma once

#include "core/search/result.h"
#include "core/search/snippets.h"
#include "core/search/text.h"
#include "core/util/database.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace carebook {

// Full-text search over a content database, for text exactly as people type it. Any input gives
// hits or an empty result, never an SQL or FTS5 error: the text is cleaned (invalid UTF-8 and
// control characters dropped, length capped), split into words by the index's own tokenizer, and
// every word goes into the FTS5 expression as a double-quoted string, bound as a parameter.
// Operators (AND, OR, NOT, NEAR, *, :, ^, parentheses) are never exposed.
//
// Ranking: bm25 with column weights title ≫ aliases ≫ summary ≫ body ≫ details, plus a boost when
// the query names an article (its title or an alias, exactly, through a synonym, or as the start
// of one while typing). Every word must match (a word matches its synonyms and, for the last word
// while typing, completions); "X or Y" also puts the articles named X and Y first. When nothing
// matches, misspelt words are corrected from the vocabulary; then articles with some of the words.
//
// Not thread-safe: use one Searcher (and one Database) per thread.
class Searcher final {
public:
    // `db` must be a compiled content database and must outlive the Searcher.
    explicit Searcher(Database& db);
    ~Searcher();
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    SearchResult search(std::string_view text, const SearchOptions& options = {});

    // The plain FTS5 expression for `text`: its words quoted and joined by AND, the last one as a
    // prefix when `prefixLastWord`; no synonyms, corrections or boosts. The benchmark times this
    // against search() to show the cost of everything search() adds.
    std::string plainExpression(std::string_view text, bool prefixLastWord) const;

    // Limits applied to any input.
    static constexpr std::size_t kMaxQueryBytes = 512;
    static constexpr std::size_t kMaxWords = 16;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace carebook
