// SPDX-License-Identifier: MIT
#pragma once

// What a search asks for and what it gives: the options, the hits and the result.

#include "core/content/model.h"

#include <cstddef>
#include <optional>
#include <string>
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

} // namespace carebook
