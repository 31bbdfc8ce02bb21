// SPDX-License-Identifier: MIT
#include "core/search/tiers.h"

#include "core/search/index.h"
#include "core/search/rank.h"
#include "core/search/snippets.h"

#include <algorithm>

namespace carebook::search {

namespace {

// Boosts for an article the query names, as a fraction of the best text score among the hits, so
// they hold whatever the scale of the text scores. Naming an article exactly puts it first.
constexpr double kBoostWholeTitle = 1.0;
constexpr double kBoostWholeAlias = 0.9;
constexpr double kBoostSynonymTitle = 0.6;
constexpr double kBoostSynonymAlias = 0.5;
constexpr double kBoostPrefixTitle = 0.5; // scaled by how much of the title has been typed
constexpr double kBoostPrefixAlias = 0.4;
constexpr double kBoostPartTitle = 0.2;
constexpr double kBoostPartAlias = 0.15;

constexpr std::size_t kSummarySnippetWords = 48;
constexpr std::size_t kBodySnippetWords = 24;
constexpr const char* kHeadRankFunction = "carebook_head_rank";
constexpr int kMinHeadCandidates = 20;
constexpr std::int64_t kMaxCachedRows = 4'000'000;

Candidate unread(std::int64_t rowid, int tier, double score) {
    Candidate candidate;
    candidate.rowid = rowid;
    candidate.tier = tier;
    candidate.hit.score = score;
    return candidate;
}

bool listed(const std::vector<Candidate>& candidates, std::size_t count, std::int64_t rowid) {
    return std::any_of(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(count),
                       [&](const Candidate& c) { return c.rowid == rowid; });
}

void sortAndCut(std::vector<Candidate>& hits, std::size_t limit) {
    std::stable_sort(hits.begin(), hits.end(), [](const Candidate& a, const Candidate& b) {
        if (a.tier != b.tier) {
            return a.tier < b.tier;
        }
        if (a.hit.score != b.hit.score) {
            return a.hit.score > b.hit.score;
        }
        return a.rowid < b.rowid; // the compiler's order; titles are not read yet
    });
    if (hits.size() > limit) {
        hits.resize(limit);
    }
}

} // namespace

TieredRanking::TieredRanking(Database& db, const Synonyms& synonyms, const WordTokenizer& stemmer)
    : m_db((registerSearchRank(db), db)),
      m_synonyms(synonyms),
      m_stemmer(stemmer),
      // Tier 2 reads rowids and scores only: the page's hits are read (and their snippets cut)
      // once the page is known, not for every candidate.
      m_matchAll(db.prepare("SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?4"
                            " ORDER BY rank LIMIT ?3")),
      // The kind is read from each matching row's stored text: only asked for when filtering.
      m_matchKind(db.prepare("SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?4"
                             " AND kind = ?2 ORDER BY rank LIMIT ?3")),
      m_matchHead(db.prepare("SELECT rowid, rank FROM article_head_fts WHERE article_head_fts MATCH ?1"
                             " AND rank MATCH ?2 ORDER BY rank LIMIT ?3")),
      // From the table article_fts reads its text from (an external-content index), without
      // going through the index: a rowid lookup either way, and this one prepares no statement.
      m_plainRow(db.prepare("SELECT id, kind, title, summary FROM articles WHERE rowid = ?1")),
      // Apart: a long body is in overflow pages, read only when the summary has none of the words.
      m_bodyRow(db.prepare("SELECT body, details FROM articles WHERE rowid = ?1")),
      m_kindRow(db.prepare("SELECT kind FROM articles WHERE rowid = ?1")),
      m_exact(db.prepare("SELECT article_rowid, field FROM search_exact WHERE key = ?1"
                         " ORDER BY field, article_rowid LIMIT 16")),
      m_exactPrefix(db.prepare("SELECT article_rowid, field, length(key) FROM search_exact WHERE key >= ?1"
                               " AND key < ?2 ORDER BY key LIMIT 16")) {}

// The head index's column lengths in memory, once: a common word ranks thousands of tier-1
// articles, and reading each one's lengths from the index is an SQL lookup per article.
void TieredRanking::loadHeadLengths() {
    if (m_headLengthsLoaded) {
        return;
    }
    m_headLengthsLoaded = true;
    auto last = m_db.prepare("SELECT max(rowid) FROM articles");
    const std::int64_t maxRowid = last.step() ? last.int64(0) : 0;
    // Two bytes a column a row: 800 KB for 100,000 articles. Beyond a few million rows, rank
    // from the index's own records instead.
    if (maxRowid <= 0 || maxRowid > kMaxCachedRows) {
        return;
    }
    if (auto lengths = loadColumnLengths(m_db, "article_head_fts", maxRowid)) {
        registerCachedSearchRank(m_db, kHeadRankFunction, std::move(lengths));
        m_headRankFunction = kHeadRankFunction;
    }
}

// --- boosts -------------------------------------------------------------------------------------

void TieredRanking::lookupExact(const std::string& key, double titleBoost, double aliasBoost, bool names,
                                Boosts& boosts) {
    if (key.empty()) {
        return;
    }
    m_exact.reset();
    m_exact.bind(1, key);
    while (m_exact.step()) {
        auto& boost = boosts[m_exact.int64(0)];
        const double value = m_exact.integer(1) == 0 ? titleBoost : aliasBoost;
        boost.value = std::max(boost.value, value);
        boost.namesArticle = boost.namesArticle || names;
    }
    m_exact.reset();
}

// The titles and aliases that start with what has been typed, boosted by how much of them it is.
void TieredRanking::lookupTitleStart(const std::string& whole, Boosts& boosts) {
    m_exactPrefix.reset();
    m_exactPrefix.bind(1, whole).bind(2, whole + "\xF4\x8F\xBF\xBF"); // U+10FFFF sorts after any text
    while (m_exactPrefix.step()) {
        auto& boost = boosts[m_exactPrefix.int64(0)];
        const double typed = static_cast<double>(whole.size()) / std::max(1.0, m_exactPrefix.real(2));
        boost.value =
            std::max(boost.value, typed * (m_exactPrefix.integer(1) == 0 ? kBoostPrefixTitle : kBoostPrefixAlias));
        boost.namesArticle = true;
    }
    m_exactPrefix.reset();
}

Boosts TieredRanking::boosts(const Words& query) {
    Boosts out;
    const auto& words = query.words;
    const std::string whole = joinWords(words);
    lookupExact(whole, kBoostWholeTitle, kBoostWholeAlias, true, out);
    std::vector<Segment> parts;
    std::string core; // the query without its stopwords: "a charley horse" names what "charley horse" does
    for (const auto& segment : m_synonyms.segments(words)) {
        if (!isStopSegment(segment, words)) {
            parts.push_back(segment);
            core += (core.empty() ? "" : " ") + joinWords(words, segment.first, segment.count);
        }
    }
    if (core != whole) {
        lookupExact(core, kBoostWholeTitle, kBoostWholeAlias, true, out);
    }
    if (parts.size() == 1 && parts.front().groups) {
        for (const std::size_t group : *parts.front().groups) {
            for (const auto& term : m_synonyms.terms(group)) {
                lookupExact(joinWords(term), kBoostSynonymTitle, kBoostSynonymAlias, true, out);
            }
        }
    }
    if (query.typingLast && whole.size() >= 3) {
        lookupTitleStart(whole, out);
    }
    if (parts.size() > 1) {
        for (const auto& segment : parts) {
            lookupExact(joinWords(words, segment.first, segment.count), kBoostPartTitle, kBoostPartAlias, false, out);
        }
    }
    return out;
}

// --- the tiers ----------------------------------------------------------------------------------

// The articles that have the query's words in their title, aliases or summary, best first by
// those fields alone: from article_head_fts, whose postings are short, so a common word ranks a
// few thousand articles rather than tens of thousands.
std::vector<std::pair<std::int64_t, double>> TieredRanking::headMatches(const Clause& expression,
                                                                        const std::optional<std::string>& kind,
                                                                        int limit, const char* columns) {
    std::string headExpression = std::string(columns) + " : " + expression.expression;
    std::string tree = expression.tree;
    if (kind) {
        // The kind is a word of its own column, matched as one more phrase. It weighs nothing
        // (the column's weight is 0) and "~1" spares counting the articles of that kind.
        headExpression = "(" + headExpression + ") AND {kind} : " + ftsString(*kind);
        tree = "S(" + tree + "," + std::to_string(expression.phraseCount) + "~1)";
    }
    std::vector<std::pair<std::int64_t, double>> out;
    loadHeadLengths();
    m_matchHead.reset();
    m_matchHead.bind(1, headExpression)
        .bind(2, searchRankCall(tree, kSearchHeadColumnWeights, kSearchHeadLengthWeights, m_headRankFunction))
        .bind(3, limit);
    while (m_matchHead.step()) {
        out.emplace_back(m_matchHead.int64(0), -m_matchHead.real(1));
    }
    m_matchHead.reset();
    return out;
}

// Tier 0, the articles whose title or other names have the words: for a common word these are a
// page long already, and the summaries' thousands more need no ranking. Then tier 1, the title,
// aliases and summary together, when tier 0 does not fill the page.
void TieredRanking::addHeadTiers(const Clause& expression, const std::optional<std::string>& kind, int wanted,
                                 std::vector<Candidate>& out) {
    for (const auto& [rowid, score] : headMatches(expression, kind, wanted, kSearchNameColumns)) {
        out.push_back(unread(rowid, 0, score));
    }
    if (out.size() >= static_cast<std::size_t>(wanted)) {
        return;
    }
    const std::size_t inTierZero = out.size();
    for (const auto& [rowid, score] :
         headMatches(expression, kind, wanted + static_cast<int>(inTierZero), kSearchHeadColumns)) {
        if (!listed(out, inTierZero, rowid)) {
            out.push_back(unread(rowid, 1, score));
        }
    }
}

// Tier 2: every article with the words anywhere.
void TieredRanking::addFullTier(const Clause& expression, const std::optional<std::string>& kind, int limit,
                                std::vector<Candidate>& out) {
    Statement& match = kind ? m_matchKind : m_matchAll;
    match.reset();
    match.bind(1, expression.expression).bind(3, limit + static_cast<int>(out.size()));
    if (kind) {
        match.bind(2, *kind);
    }
    match.bind(4, searchRankCall(expression.tree, kSearchColumnWeights, kSearchLengthWeights));
    const std::size_t inTierOne = out.size();
    while (match.step()) {
        const std::int64_t rowid = match.int64(0);
        if (!listed(out, inTierOne, rowid)) {
            out.push_back(unread(rowid, 2, -match.real(1)));
        }
    }
    match.reset();
}

void TieredRanking::applyBoosts(const Words& query, const std::optional<std::string>& kind,
                                std::vector<Candidate>& out) {
    double best = 0;
    for (const auto& candidate : out) {
        best = std::max(best, candidate.hit.score);
    }
    const double scale = best > 0 ? best : 1.0;
    for (const auto& [rowid, boost] : boosts(query)) {
        const std::int64_t id = rowid;
        auto found = std::find_if(out.begin(), out.end(), [&](const Candidate& c) { return c.rowid == id; });
        if (found != out.end()) {
            found->hit.score += boost.value * scale;
            found->tier = 0; // the query names it: its title or an alias
            continue;
        }
        // An article the query names is shown even when it is not among the hits (or does not
        // have every word); a part of the query naming one only lifts it among the hits. It is
        // read (and its snippet cut) only if it makes the page, like every other candidate: a
        // common word names dozens of articles through its synonyms.
        if (!boost.namesArticle || (kind && !hasKind(rowid, *kind))) {
            continue;
        }
        out.push_back(unread(rowid, 0, boost.value * scale));
    }
}

// Reads the page's candidates. An article gone from the table between the two reads cannot happen
// in a read-only database; a hit without an id would still never be shown.
void TieredRanking::readPage(const Clause& expression, std::vector<Candidate>& out) {
    for (auto& candidate : out) {
        if (!candidate.fetched) {
            const double score = candidate.hit.score;
            if (auto read = fetch(expression, candidate.rowid)) {
                candidate = std::move(*read);
                candidate.hit.score = score;
            }
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.hit.id.empty(); }), out.end());
}

std::vector<Candidate> TieredRanking::run(const Clause& expression, const Words& query, const SearchOptions& options,
                                          bool withBoosts) {
    std::vector<Candidate> out;
    if (expression.expression.empty()) {
        return out;
    }
    const std::optional<std::string> kind =
        options.kind ? std::optional<std::string>(std::string(kindName(*options.kind))) : std::nullopt;
    // At least a page of tier-1 candidates even when fewer hits are asked for: an article the
    // query names is lifted by its boost, and must be among the candidates to be lifted.
    addHeadTiers(expression, kind, std::max(options.limit, kMinHeadCandidates), out);
    // Tier 2 only when the head index does not fill the page.
    if (out.size() < static_cast<std::size_t>(options.limit)) {
        addFullTier(expression, kind, options.limit, out);
    }
    if (withBoosts) {
        applyBoosts(query, kind, out);
    }
    sortAndCut(out, static_cast<std::size_t>(options.limit));
    readPage(expression, out);
    return out;
}

bool TieredRanking::hasKind(std::int64_t rowid, const std::string& kind) {
    m_kindRow.reset();
    m_kindRow.bind(1, rowid);
    const bool same = m_kindRow.step() && m_kindRow.text(0) == kind;
    m_kindRow.reset();
    return same;
}

// One article by rowid, with its summary as the snippet (the query's words marked in it).
std::optional<Candidate> TieredRanking::fetch(const Clause& expression, std::int64_t rowid) {
    m_plainRow.reset();
    m_plainRow.bind(1, rowid);
    if (!m_plainRow.step()) {
        m_plainRow.reset();
        return std::nullopt;
    }
    Candidate candidate;
    candidate.rowid = rowid;
    candidate.fetched = true;
    candidate.hit.id = m_plainRow.text(0);
    candidate.hit.kind = kindFromName(m_plainRow.text(1)).value_or(ArticleKind::Page);
    candidate.hit.title = m_plainRow.text(2);
    const std::string summary = m_plainRow.text(3);
    m_plainRow.reset();
    // The summary when it has the words; else the body's passage that has them, or the
    // details'; else (matched on the title or an alias) the summary says what the article is.
    if (passageSnippet(m_stemmer, expression.phrases, summary, kSummarySnippetWords, candidate.hit)) {
        return candidate;
    }
    m_bodyRow.reset();
    m_bodyRow.bind(1, rowid);
    const bool found =
        m_bodyRow.step() &&
        (passageSnippet(m_stemmer, expression.phrases, m_bodyRow.text(0), kBodySnippetWords, candidate.hit) ||
         passageSnippet(m_stemmer, expression.phrases, m_bodyRow.text(1), kBodySnippetWords, candidate.hit));
    m_bodyRow.reset();
    if (!found) {
        candidate.hit.snippet = summary;
        candidate.hit.highlights.clear();
    }
    return candidate;
}

} // namespace carebook::search
