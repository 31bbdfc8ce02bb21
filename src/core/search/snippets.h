// SPDX-License-Identifier: MIT
#pragma once

// Snippets: the passage of an article shown under a hit, with the query's words marked.

#include "core/search/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

class WordTokenizer;

// `hit.snippet` with each highlight wrapped in `open` … `close` (for plain-text output).
std::string markedSnippet(const SearchHit& hit, std::string_view open, std::string_view close);

// `hit` with its snippet cut to at most `maxBytes` bytes (plus the "…" that ends it) at a word
// boundary, never inside a character or a highlight, and its highlights kept where they still are.
// A snippet already that short is returned whole.
SearchHit shortenedSnippet(const SearchHit& hit, std::size_t maxBytes);

namespace search {

struct Alternative;

// Inside the Searcher: a passage of `stored` of at most `window` words with `phrases` marked, as
// FTS5's snippet() would mark them (the same stems, from `stemmer`; a prefix matches the start of
// a stem): the passage with the most different phrases, the earliest of equals. False, and `hit`
// untouched, when no phrase is in the text. This costs no second full-text query per article (a
// query with a prefix would merge its postings again each time).
bool passageSnippet(const WordTokenizer& stemmer, const std::vector<Alternative>& phrases, std::string_view stored,
                    std::size_t window, SearchHit& hit);

} // namespace search

} // namespace carebook
