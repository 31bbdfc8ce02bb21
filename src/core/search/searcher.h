// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/model.h"
#include "core/util/database.h"
#include "core/search/text.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

struct SearchOptions {
    std::optional<ArticleKind> kind; // only articles of this kind (and no foods)
    bool onlyFoods = false;          // only foods: no articles (`limit` then caps the foods)
    int limit = 20;                  // at most this many hits (1–1000)
    // Besides the articles, at most this many USDA foods whose name has the query's words ("banana"
    // → Bananas, raw), in SearchResult::foods. 0: none.
    int foodLimit = 3;
    // The person may still be typing the last word: it also matches as the start of a longer word
    // ("magnes" → magnesium), unless the text ends with a space.
    bool prefixLastWord = true;
};

// A byte range of SearchHit::snippet that matched the query.
struct SnippetHighlight {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct SearchHit {
    enum class Type { Article, Food };
    Type type = Type::Article;
    std::string id;                       // the article's id, or the food's USDA number ("09040")
    ArticleKind kind = ArticleKind::Page; // of an article
    std::string title;
    std::string snippet;                      // plain text: the summary, or the body passage that matched
    std::vector<SnippetHighlight> highlights; // matched words inside `snippet`, in order
    double score = 0;                         // higher is better; only comparable within one result
};

struct SearchResult {
    std::vector<SearchHit> hits;
    // Foods named by the query, best first, after the articles as a group of their own: the title is
    // the USDA name, the snippet what a usual portion gives ("1 medium (118 g): potassium 422 mg (9% DV)
    // …"). Only when the database has food data; never with a kind filter.
    std::vector<SearchHit> foods;
    // The query with misspelt words replaced by the closest word of the content ("magnesum foods" →
    // "magnesium foods"). Set when the query as typed matched nothing and a correction exists.
    std::string didYouMean;
    // True when the hits are those of `didYouMean`: the correction was sure (one slip per word, or
    // two in a long word) and found something. False when `didYouMean` is only a suggestion (a less
    // sure correction, or one that found nothing either): the hits, if any, are for the words typed.
    bool correctionApplied = false;
    // False when no article has every word, and the hits are articles with some of them.
    bool allWordsMatched = true;
    // What to highlight in an opened article: the query's words and phrases, their synonyms and
    // completions, folded (lower case, no diacritics); a phrase's words are separated by one space.
    std::vector<std::string> terms;
};

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

// `hit.snippet` with each highlight wrapped in `open` … `close` (for plain-text output).
std::string markedSnippet(const SearchHit& hit, std::string_view open, std::string_view close);

// `hit` with its snippet cut to at most `maxBytes` bytes (plus the "…" that ends it) at a word
// boundary, never inside a character or a highlight, and its highlights kept where they still are.
// A snippet already that short is returned whole.
SearchHit shortenedSnippet(const SearchHit& hit, std::size_t maxBytes);

} // namespace carebook
