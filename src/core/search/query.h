// SPDX-License-Identifier: MIT
#pragma once

// Query building, inside the Searcher: the words of the text typed, the content's synonym phrases
// they form, and the FTS5 expression made of them (synonyms, completions of the word being typed)
// with its ranking tree (see rank.h).

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace carebook {
class Database;
class WordTokenizer;
} // namespace carebook

namespace carebook::search {

class Vocabulary;

struct Words {
    std::vector<std::string> words;
    bool typingLast = false; // the last word may be the start of a longer one
};

// The words of `text` as the index splits them, at most Searcher::kMaxWords of the first
// Searcher::kMaxQueryBytes bytes. A lone letter after other words waits for the next key.
Words queryWords(const WordTokenizer& tokenizer, std::string_view text, bool prefixLastWord);

// A word in an FTS5 string: double quotes doubled. Words from WordTokenizer never hold a quote, so
// this is a second line of defence, not the first.
std::string ftsString(std::string_view words);

// `count` words from `first`, joined by single spaces.
std::string joinWords(const std::vector<std::string>& words, std::size_t first, std::size_t count);
inline std::string joinWords(const std::vector<std::string>& words) { return joinWords(words, 0, words.size()); }

// The words quoted and joined by AND, the last as a prefix while typing (Searcher::plainExpression).
std::string plainExpression(const Words& query);

// One way a query word or phrase may be written in an article, before it becomes part of the
// FTS5 expression. `weight` (0–1) is how sure we are that the phrase is what the person means.
struct Alternative {
    std::vector<std::string> words;
    std::vector<std::string> stems; // what the index matches: "cramps" and "cramping" are both "cramp"
    double weight = 1.0;
    bool prefix = false;
    std::int64_t documents = -1;
};

// Part of an FTS5 expression, with its ranking tree (see rank.h): phrases are numbered in the
// order they appear in the expression, so clauses are built in the order they are written.
struct Clause {
    std::string expression;
    std::string tree;
    std::size_t phraseCount = 0;      // of a whole expression: how many phrases it numbers
    std::vector<Alternative> phrases; // of a whole expression: each phrase it numbers
};

// A run of query words: one word, or a phrase of the synonym table.
struct Segment {
    std::size_t first = 0;
    std::size_t count = 1;
    const std::vector<std::size_t>* groups = nullptr; // synonym groups the segment's words form
};

// The content's synonym groups (the synonyms table), each term split into words as the index does.
class Synonyms final {
public:
    Synonyms(Database& db, const WordTokenizer& tokenizer);

    // The words as segments, left to right: at each word the longest run that is a synonym phrase.
    std::vector<Segment> segments(const std::vector<std::string>& words) const;
    // The groups of a phrase (its words joined by one space), or nullptr.
    const std::vector<std::size_t>* groupsOf(const std::string& phrase) const;
    // A group's terms, each as its words.
    const std::vector<std::vector<std::string>>& terms(std::size_t group) const { return m_groups[group]; }

private:
    std::vector<std::vector<std::vector<std::string>>> m_groups; // group → terms → words
    std::unordered_map<std::string, std::vector<std::size_t>> m_phraseGroups;
    std::size_t m_maxPhraseWords = 1;
};

// A single stopword that is no synonym phrase: a query does not require it.
bool isStopSegment(const Segment& segment, const std::vector<std::string>& words);

// How many of the query's segments are not stopwords.
std::size_t meaningfulSegments(const Synonyms& synonyms, const Words& query);

// True when the content knows the word: a synonym phrase, a vocabulary word or (asPrefix) its start.
bool isKnownWord(const Synonyms& synonyms, Vocabulary& vocabulary, const std::string& word, bool asPrefix);

// Builds the FTS5 expression of a query, and gathers across the expressions it builds the terms an
// opened article highlights (SearchResult::terms).
class ExpressionBuilder final {
public:
    ExpressionBuilder(const Synonyms& synonyms, Vocabulary& vocabulary, const WordTokenizer& stemmer);

    // Every segment must match (all = true), or any of them. Empty when the query has no words.
    Clause expression(const Words& query, bool all);

    const std::set<std::string>& terms() const { return m_terms; }
    void clearTerms() { m_terms.clear(); }

private:
    void collect(std::vector<Alternative>& alternatives, const std::vector<std::string>& phrase, double weight = 1.0,
                 bool prefix = false);
    std::vector<Clause> emit(const std::vector<Alternative>& alternatives);
    void collectCompletions(std::vector<Alternative>& alternatives, const std::string& word);
    Clause wordClause(const std::string& word, bool typing);
    Clause segmentClause(const Segment& segment, const Words& query);

    const Synonyms& m_synonyms;
    Vocabulary& m_vocabulary;
    const WordTokenizer& m_stemmer;
    std::set<std::string> m_terms;      // collected while building expressions
    std::size_t m_nextPhrase = 0;       // phrase number of the next phrase added to an expression
    std::vector<Alternative> m_emitted; // the phrases of the expression being built, in number order
};

} // namespace carebook::search
