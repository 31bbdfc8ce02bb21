// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace carebook {

class Database;

// Registers the FTS5 ranking function carebook_rank(TREE, w0, w1, …) on a connection.
//
// It is bm25 with three changes that matter for short, synonym-expanded queries over a small,
// focused collection:
//  - Each query word counts once, by its best alternative. TREE says how the expression's phrases
//    (numbered in order of appearance) combine: "S(…)" adds, "M(…)" takes the best, a number is a
//    phrase, and "N@W" is phrase N weighted by W (a synonym or a completion counts less than the
//    word typed); "N~D" says phrase N is in about D articles, so its rarity is not counted by
//    scanning its postings (which for a common word in a large collection costs more than the
//    rest of the query). An "M(…)" of phrases only is one word's alternatives and is scored as one term,
//    as Lucene scores synonyms: weighted frequencies add up, and its rarity is its most common
//    member's, so a rare synonym or completion cannot outweigh the common word typed. For `"ice" OR "cold"` AND `"back"` the tree is "S(M(0,1),2)", so an article naming
//    every synonym of ice does not outrank one that simply says "ice" and "back".
//  - The inverse document frequency never drops to zero: in a small, focused collection most
//    articles say "back" or "cramp", and plain bm25 then scores those words as worthless. This
//    uses log(1 + (N − n + 0.5) / (n + 0.5)), as Lucene does.
//  - Each column is scored by bm25 on its own (its own length normalisation) and the column scores
//    are added with weights (BM25F-like), so a title match outweighs a body match by the weights'
//    ratio instead of being flattened by term-frequency saturation.
// w0, w1, … weigh the table's columns as in bm25(); optional b0, b1, … after them set bm25's length
// normalisation per column (0.75 when absent): 0 for a list of names, where a long list does not
// make each name count less. Like bm25() it returns a negative number:
// lower is better, so ORDER BY rank gives the best first.
void registerSearchRank(Database& db);

// Every row's column lengths of one FTS5 table, in tokens, kept in memory: ranking a common word's
// thousands of matches then reads a row's lengths from here, not from the table's docsize record
// (an SQL lookup per ranked row).
struct ColumnLengths {
    std::size_t columns = 0;
    std::vector<std::uint16_t> tokens; // rowid * columns + column; lengths beyond 65535 are capped

    bool has(std::int64_t rowid) const {
        return columns > 0 && rowid >= 0 && static_cast<std::uint64_t>(rowid) < tokens.size() / columns;
    }
};

// Reads the column lengths of FTS5 table `table` (its %_docsize records) for rowids up to
// `maxRowid`. Returns nullptr when the table has no such records (columnsize=0, or not FTS5).
std::shared_ptr<const ColumnLengths> loadColumnLengths(Database& db, const std::string& table, std::int64_t maxRowid);

// Registers `function` (e.g. "carebook_head_rank"): carebook_rank, with the lengths of rows
// known to `lengths` read from it. Use it only on the table the lengths were read from.
void registerCachedSearchRank(Database& db, const std::string& function, std::shared_ptr<const ColumnLengths> lengths);

// The rank function call for `tree`, to bind to "rank MATCH ?". `tree` holds only "S", "M", "@", "~",
// digits, points, commas and parentheses; `columnWeights` and `lengthWeights` are comma-separated
// lists of numbers (`lengthWeights` may be empty).
std::string searchRankCall(const std::string& tree, const std::string& columnWeights,
                           const std::string& lengthWeights = "", const std::string& function = "carebook_rank");

} // namespace carebook
