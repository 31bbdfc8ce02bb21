// SPDX-License-Identifier: MIT
// The search as a whole: every word, then the corrected words, then any of the words ("plan"),
// with "x or y" putting the articles named x and y first, and the foods the query names. The parts
// are in their own files: query.h (words and FTS5 expressions), spelling.h (vocabulary and
// corrections), tiers.h (the tiered ranking and boosts), snippets.h, food_hits.h.
#include "core/search/searcher.h"

#include "core/search/food_hits.h"
#include "core/search/query.h"
#include "core/search/spelling.h"
#include "core/search/tiers.h"

#include <algorithm>

namespace carebook {

using search::Candidate;
using search::Words;

namespace {

constexpr std::size_t kMaxAlternatives = 4; // "a or b or c or d"

// "ice or heat" → "ice", "heat": the person weighs alternatives. One alternative when there is no
// "or" between words.
std::vector<Words> alternativesOf(const Words& query) {
    std::vector<Words> alternatives;
    Words current;
    for (std::size_t i = 0; i < query.words.size(); ++i) {
        if (query.words[i] == "or" && !current.words.empty() && i + 1 < query.words.size()) {
            alternatives.push_back(std::move(current));
            current = Words{};
            continue;
        }
        current.words.push_back(query.words[i]);
    }
    current.typingLast = query.typingLast;
    alternatives.push_back(std::move(current));
    return alternatives;
}

// The promoted articles first, scored just above the best other hit so scores stay in rank order,
// then the other hits; each article once, at most `limit`.
std::vector<SearchHit> mergedHits(std::vector<Candidate> promoted, std::vector<Candidate> hits, std::size_t limit) {
    std::vector<Candidate> merged;
    const auto add = [&](Candidate&& candidate) {
        if (merged.size() < limit && std::none_of(merged.begin(), merged.end(), [&](const Candidate& c) {
                return c.rowid == candidate.rowid;
            })) {
            merged.push_back(std::move(candidate));
        }
    };
    double top = 0;
    for (const auto& candidate : hits) {
        top = std::max(top, candidate.hit.score);
    }
    for (std::size_t i = 0; i < promoted.size(); ++i) {
        promoted[i].hit.score = std::max(promoted[i].hit.score, top + static_cast<double>(promoted.size() - i));
        add(std::move(promoted[i]));
    }
    for (auto& candidate : hits) {
        add(std::move(candidate));
    }
    std::vector<SearchHit> out;
    for (auto& candidate : merged) {
        out.push_back(std::move(candidate.hit));
    }
    return out;
}

} // namespace

struct Searcher::State {
    explicit State(Database& database)
        : db(database),
          tokenizer(database),
          stemmer(database, WordTokenizer::Stemming::Porter),
          synonyms(database, tokenizer),
          vocabulary(database),
          builder(synonyms, vocabulary, stemmer),
          ranking(database, synonyms, stemmer),
          foods(database) {}

    struct Outcome {
        std::vector<Candidate> hits;
        std::string didYouMean;
        bool correctionApplied = false;
        bool allWordsMatched = true;
    };

    std::vector<Candidate> run(const Words& query, const SearchOptions& options, bool all) {
        return ranking.run(builder.expression(query, all), query, options, true);
    }

    // Every word; then every word with misspellings corrected; then any of the words. One slip (or
    // two in a long word) is sure enough to search the corrected words at once; a correction less
    // sure than that is only offered ("did you mean …?") and the words are searched as typed.
    Outcome plan(const Words& query, const SearchOptions& options) {
        Outcome outcome;
        if (query.words.empty()) {
            return outcome;
        }
        outcome.hits = run(query, options, true);
        if (!outcome.hits.empty()) {
            return outcome;
        }
        const search::CorrectedQuery corrected = search::correctedQuery(query, synonyms, vocabulary);
        if (corrected.changed) {
            outcome.didYouMean = search::joinWords(corrected.query.words);
        }
        const bool apply = corrected.changed && corrected.sure;
        const Words& effective = apply ? corrected.query : query;
        if (apply) {
            outcome.hits = run(corrected.query, options, true);
        }
        if (outcome.hits.empty() && search::meaningfulSegments(synonyms, effective) > 1) {
            outcome.hits = run(effective, options, false);
            outcome.allWordsMatched = outcome.hits.empty();
        }
        outcome.correctionApplied = apply && !outcome.hits.empty();
        return outcome;
    }

    // The top article of each alternative of "x or y", when every alternative names one: in "does
    // cbd help back pain or back spasms" the person is not choosing between two things.
    std::vector<Candidate> promoted(const std::vector<Words>& alternatives, const SearchOptions& options) {
        std::vector<Candidate> out;
        if (alternatives.size() <= 1 || alternatives.size() > kMaxAlternatives) {
            return out;
        }
        SearchOptions one = options;
        one.limit = 1;
        for (const auto& alternative : alternatives) {
            const auto named = ranking.boosts(alternative);
            auto top = run(alternative, one, true);
            if (!top.empty() && named.count(top.front().rowid) && named.at(top.front().rowid).namesArticle) {
                out.push_back(std::move(top.front()));
            }
        }
        if (out.size() != alternatives.size()) {
            out.clear();
        }
        return out;
    }

    // The foods of the words the articles were found for: corrected when the correction was applied.
    std::vector<SearchHit> namedFoods(const Words& query, const Outcome& outcome, int limit) {
        Words named = query;
        if (outcome.correctionApplied) {
            named.words.clear();
            for (auto& word : tokenizer.words(outcome.didYouMean)) {
                named.words.push_back(std::move(word.text));
            }
        }
        return foods.hits(named, static_cast<std::size_t>(std::min(limit, 1000)));
    }

    Database& db;
    WordTokenizer tokenizer;
    WordTokenizer stemmer;
    search::Synonyms synonyms;
    search::Vocabulary vocabulary;
    search::ExpressionBuilder builder;
    search::TieredRanking ranking;
    search::FoodHits foods;
};

Searcher::Searcher(Database& db) : m_state(std::make_unique<State>(db)) {}

Searcher::~Searcher() = default;

SearchResult Searcher::search(std::string_view text, const SearchOptions& requested) {
    auto& state = *m_state;
    SearchOptions options = requested;
    options.limit = std::clamp(options.limit, 1, 1000);
    state.builder.clearTerms();

    const Words query = search::queryWords(state.tokenizer, text, options.prefixLastWord);
    SearchResult result;
    if (query.words.empty()) {
        return result;
    }
    const ReadSnapshot snapshot(state.db);
    if (options.onlyFoods) {
        result.foods = state.foods.hits(query, static_cast<std::size_t>(options.limit));
        return result;
    }
    State::Outcome outcome = state.plan(query, options);
    auto promoted = state.promoted(alternativesOf(query), options);
    result.hits = mergedHits(std::move(promoted), std::move(outcome.hits), static_cast<std::size_t>(options.limit));
    if (!options.kind && options.foodLimit > 0) {
        result.foods = state.namedFoods(query, outcome, options.foodLimit);
    }
    result.didYouMean = outcome.didYouMean;
    result.correctionApplied = outcome.correctionApplied;
    result.allWordsMatched = outcome.allWordsMatched;
    result.terms.assign(state.builder.terms().begin(), state.builder.terms().end());
    return result;
}

std::string Searcher::plainExpression(std::string_view text, bool prefixLastWord) const {
    return search::plainExpression(search::queryWords(m_state->tokenizer, text, prefixLastWord));
}

} // namespace carebook
