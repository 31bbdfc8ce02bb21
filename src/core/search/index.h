// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/loader.h"
#include "core/util/database.h"
#include "core/search/text.h"

#include <cstdint>
#include <map>
#include <memory>
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
// … and to the names alone (title and aliases).
inline constexpr const char* kSearchNameColumns = "{title aliases}";

// The searchable text of one article, exactly as the articles table stores it: article_fts is an
// external-content index over the articles table, so these columns are both what is indexed and
// what snippets are cut from. Control characters (the snippet markers among them) are spaces.
struct ArticleSearchText {
    std::string title;
    std::string aliases; // one alias per line
    std::string summary;
    std::string body;    // the body as plain text, one paragraph or list item per line
    std::string details; // steps, cautions, prevention, food examples, a symptom's warning signs
};

// Red flag id → its text, for the details of the symptoms that list it.
using RedFlagTexts = std::map<std::string, std::string>;
RedFlagTexts redFlagTexts(const LoadedContent& content);
ArticleSearchText articleSearchText(const LoadedArticle& article, const RedFlagTexts& redFlags);

// Binds parameters 1–8 to an article's rowid, id, kind, title, aliases, summary, body and details:
// the leading columns of both the articles table and article_fts, written by one build each.
Statement& bindSearchColumns(Statement& statement, std::int64_t rowid, std::string_view id, ArticleKind kind,
                             const ArticleSearchText& text);

// Everything the search index needs of one article, made on the thread that loads the content so
// that the index (on a thread of its own) has no more work than it must.
struct IndexedArticle {
    std::int64_t rowid = 0;
    std::string id;
    ArticleKind kind = ArticleKind::Page;
    ArticleSearchText text;
    // The article's names, normalised (WordTokenizer::normalize), for search_exact: the title, then
    // the title without its bracketed part and that part, then each alias. 0 title, 1 alias.
    std::vector<std::pair<std::string, int>> names;
};
IndexedArticle indexedArticle(std::int64_t rowid, const LoadedArticle& article, ArticleSearchText text,
                              const WordTokenizer& tokenizer);

// Creates the search tables (article_fts, article_head_fts and their shadow tables, search_vocabulary,
// search_exact).
// Every table it creates is an ordinary table or an FTS5 table, so a search index written on one
// connection can be copied table by table into another one that ran the same function.
void createSearchSchema(Database& db);

// Writes article_fts and article_head_fts (with the other search tables, left empty) into `db`, an
// empty database, from the articles table of the attached schema `sourceSchema`: the same rows in the
// same order with the same settings as SearchIndexWriter, so FTS5's shadow tables come out byte for
// byte as the compiler wrote them. An untrusted content file's index is compared with this rebuild,
// so that FTS5 never parses an index this program did not write (a damaged one can crash SQLite 3.40).
void rebuildTextIndexes(Database& db, const std::string& sourceSchema);

// Writes the search part of the content database at compile time:
//  - article_fts: FTS5 over title, aliases, summary, body and details (steps, cautions, prevention,
//    food examples and, for a symptom, the text of its warning signs) — porter stemming; its text
//    lives in the articles table (content='articles'), which must hold the same ArticleSearchText;
//  - article_head_fts: a second, contentless FTS5 index over the title, aliases and summary alone
//    (and the kind, as a word, to filter on). An article about a thing names it there, and the
//    postings of this index are a tenth of the full one's, so search ranks these first and cheaply;
//  - search_vocabulary: every word of the content and of the synonyms, with how many articles use it
//    and whether it is "lay" (in a title, an alias or a synonym): the source of spelling corrections
//    and of word completion while typing;
//  - search_exact: each title and alias in normalised form (and a title without its bracketed part)
//    so a query that names an article exactly can be ranked first.
// The output is deterministic: rows are written in a fixed order. The database may be a connection
// of its own (the compiler fills it on a second thread): the writer needs no other table.
class SearchIndexWriter final {
public:
    // Creates the search tables in `db` (createSearchSchema) and prepares to fill them.
    explicit SearchIndexWriter(Database& db);
    ~SearchIndexWriter();
    SearchIndexWriter(const SearchIndexWriter&) = delete;
    SearchIndexWriter& operator=(const SearchIndexWriter&) = delete;

    void addArticle(const IndexedArticle& article);
    // Adds the synonyms' words, writes the vocabulary and optimises the index.
    void finish(const std::vector<std::vector<std::string>>& synonymGroups);

    // The vocabulary is counted over every word of every article (tens of millions of words for a
    // large corpus). An article's words are first gathered in a small set of its own, which stays
    // in the processor's cache, and each distinct word then counted once in the whole vocabulary,
    // which does not: an article uses each word about three times.
    class Vocabulary final {
    public:
        // A word of the article being indexed.
        void addToArticle(std::string_view word);
        // Counts each of the article's words once, and starts the next article.
        void endArticle();
        // Marks a word as lay (a title, alias or synonym word), adding it if it is new.
        void markLay(std::string_view word);
        template <typename Visit>
        void forEachSorted(Visit visit) const;

    private:
        // Open addressing over one buffer of word bytes: a lookup touches one slot of 16 bytes
        // (four to a cache line) and one run of bytes, where a node-based map chases three pointers.
        class WordTable {
        public:
            struct Entry {
                std::uint32_t hash = 0;   // the low half of hashWord(word), which gives the slot
                std::uint32_t offset = 0; // of the word in words()
                std::uint32_t documents = 0;
                std::uint8_t length = 0; // 0: empty slot (words are 2 to 40 bytes)
                bool lay = false;
            };
            explicit WordTable(std::size_t slots) : m_entries(slots) {}
            Entry& find(std::string_view word, std::uint32_t hash);
            void clear(); // keeps the memory
            // Calls visit(entry) for each word, in the order they were added.
            template <typename Visit>
            void forEach(Visit visit) const {
                for (const std::uint32_t slot : m_used) {
                    visit(m_entries[slot]);
                }
            }
            std::size_t size() const { return m_used.size(); }
            std::string_view word(const Entry& entry) const {
                return std::string_view(m_words).substr(entry.offset, entry.length);
            }

        private:
            std::vector<Entry> m_entries;     // a power of two, at most half full
            std::vector<std::uint32_t> m_used; // the slots in use, in the order their words came
            std::string m_words;
        };
        WordTable m_all = WordTable(1u << 16);
        WordTable m_article = WordTable(1u << 10);
    };

private:
    struct CountingTokenizer;

    Database& m_db;
    WordTokenizer m_tokenizer; // SQLite's own unicode61, for the synonyms' words
    Vocabulary m_vocabulary;
    CountingTokenizer* m_counting = nullptr; // owned by the connection's FTS5 (freed when it closes)
    Statement m_insertFts;
    Statement m_insertHead;
    Statement m_insertExact;
};

} // namespace carebook
