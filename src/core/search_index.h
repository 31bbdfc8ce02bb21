// SPDX-License-Identifier: MIT
#pragma once

#include "content_loader.h"
#include "database.h"
#include "search_text.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace carebook {

// The weights of the full-text columns, title ≫ aliases ≫ summary ≫ body ≫ details, in the order
// of article_fts's columns (id and kind are not indexed and weigh nothing).
inline constexpr const char* kSearchColumnWeights = "0, 0, 12, 8, 3, 1, 0.5";
// bm25's length normalisation (b) for the same columns: none for the aliases, a list of names where a
// long list does not make each name count less.
inline constexpr const char* kSearchLengthWeights = "0, 0, 0.75, 0, 0.75, 0.75, 0.75";
// The same weights for article_head_fts's columns: title, aliases, summary, kind.
inline constexpr const char* kSearchHeadColumnWeights = "12, 8, 3, 0";
inline constexpr const char* kSearchHeadLengthWeights = "0.75, 0, 0.75, 0";
// The column filter that keeps a query to article_head_fts's text columns (not the kind).
inline constexpr const char* kSearchHeadColumns = "{title aliases summary}";

// Writes the search part of the content database at compile time:
//  - article_fts: FTS5 over title, aliases, summary, body and details (steps, cautions, prevention,
//    food examples and, for a symptom, the text of its warning signs) — porter stemming;
//  - article_head_fts: a second, contentless FTS5 index over the title, aliases and summary alone
//    (and the kind, as a word, to filter on). An article about a thing names it there, and the
//    postings of this index are a tenth of the full one's, so search ranks these first and cheaply;
//  - search_vocabulary: every word of the content and of the synonyms, with how many articles use it
//    and whether it is "lay" (in a title, an alias or a synonym): the source of spelling corrections
//    and of word completion while typing;
//  - search_exact: each title and alias in normalised form (and a title without its bracketed part)
//    so a query that names an article exactly can be ranked first.
// The output is deterministic: rows are written in a fixed order.
class SearchIndexWriter final {
public:
    SearchIndexWriter(Database& db, const LoadedContent& content);
    void addArticle(std::int64_t rowid, const LoadedArticle& article);
    // Adds the synonyms' words, writes the vocabulary and optimises the index.
    void finish();

private:
    // The vocabulary is counted over every word of every article (tens of millions of words for a
    // large corpus), so it is a flat open-addressing table over one buffer of word bytes: a lookup
    // touches one slot and one run of bytes, where a node-based map chases three pointers.
    struct VocabularyEntry {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0; // of the word in m_words
        std::uint32_t length = 0; // 0: empty slot
        std::uint32_t documents = 0;
        bool lay = false;
        std::int64_t lastRow = -1;
    };
    VocabularyEntry& vocabularyEntry(std::string_view word);
    void countWords(std::string_view text, std::int64_t rowid, bool lay);
    void addExact(const std::string& key, std::int64_t rowid, int field);

    Database& m_db;
    const LoadedContent& m_content;
    WordTokenizer m_tokenizer;
    Statement m_insertFts;
    Statement m_insertHead;
    Statement m_insertExact;
    std::map<std::string, std::string> m_redFlagText;
    std::vector<VocabularyEntry> m_vocabulary = std::vector<VocabularyEntry>(1u << 16); // a power of two
    std::size_t m_vocabularySize = 0;
    std::string m_words;
};

} // namespace carebook
