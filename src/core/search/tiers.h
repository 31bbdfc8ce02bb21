// SPDX-License-Identifier: MIT
#pragma once

// The tiered ranking, inside the Searcher: the articles an FTS5 expression finds, the title and
// names first, then the summary, then the rest, lifted by a boost when the query names one, and
// the page's hits read with their snippets.

#include "core/search/query.h"
#include "core/search/result.h"
#include "core/util/database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace carebook::search {

struct Candidate {
    std::int64_t rowid = 0;
    // 0: the query's words are in the title or aliases (or the query names the article);
    // 1: in the title, aliases and summary; 2: only further down (body, steps, cautions …).
    // A lower tier ranks above a higher one.
    int tier = 0;
    bool fetched = false; // id, title, snippet … read; candidates are read only if they make the page
    SearchHit hit;
};

struct Boost {
    double value = 0;
    bool namesArticle = false; // from the whole query, not one part of it
};

// By article rowid.
using Boosts = std::map<std::int64_t, Boost>;

class TieredRanking final {
public:
    // Registers the ranking function on `db` (see rank.h) and prepares the statements.
    TieredRanking(Database& db, const Synonyms& synonyms, const WordTokenizer& stemmer);

    // The articles the query names: its title or an alias, exactly, through a synonym, as the start
    // of one while typing, or (lifting only) one part of the query.
    Boosts boosts(const Words& query);

    // The best `options.limit` articles of `expression`, read, best first. With `withBoosts`, the
    // articles the query names come first, even when the expression does not find them.
    std::vector<Candidate> run(const Clause& expression, const Words& query, const SearchOptions& options,
                               bool withBoosts);

private:
    void loadHeadLengths();
    void lookupExact(const std::string& key, double titleBoost, double aliasBoost, bool names, Boosts& boosts);
    void lookupTitleStart(const std::string& whole, Boosts& boosts);
    std::vector<std::pair<std::int64_t, double>> headMatches(const Clause& expression,
                                                             const std::optional<std::string>& kind, int limit,
                                                             const char* columns);
    void addHeadTiers(const Clause& expression, const std::optional<std::string>& kind, int wanted,
                      std::vector<Candidate>& out);
    void addFullTier(const Clause& expression, const std::optional<std::string>& kind, int limit,
                     std::vector<Candidate>& out);
    void applyBoosts(const Words& query, const std::optional<std::string>& kind, std::vector<Candidate>& out);
    void readPage(const Clause& expression, std::vector<Candidate>& out);
    bool hasKind(std::int64_t rowid, const std::string& kind);
    std::optional<Candidate> fetch(const Clause& expression, std::int64_t rowid);

    Database& m_db;
    const Synonyms& m_synonyms;
    const WordTokenizer& m_stemmer;
    Statement m_matchAll;
    Statement m_matchKind;
    Statement m_matchHead;
    Statement m_plainRow;
    Statement m_bodyRow;
    Statement m_kindRow;
    Statement m_exact;
    Statement m_exactPrefix;
    bool m_headLengthsLoaded = false;
    std::string m_headRankFunction = "carebook_rank"; // or, with the lengths in memory, the cached one
};

} // namespace carebook::search
