// SPDX-License-Identifier: MIT
#include "core/foods/search_hits.h"

#include "core/util/edit_distance.h"
#include "core/foods/text.h"

#include <algorithm>
#include <array>

namespace carebook::foods {

namespace {

constexpr std::array<std::string_view, 8> kStopWords = {"a", "an", "and", "or", "of", "the", "in", "for"};

constexpr double kExact = 1.0;
constexpr double kPrefix = 0.8;
constexpr double kOneTypo = 0.7;
constexpr double kTwoTypos = 0.55;
constexpr double kPerUnmatchedWord = 0.02; // shorter names win ties: "Bananas, raw" before "Bananas, dehydrated..."
constexpr double kDemotion = 0.5;

// SR28 names put the food first ("Spinach, raw"), except after a class word, where the second part is the
// food ("Nuts, almonds", "Fish, salmon"): there the second part weighs most, so "almonds" finds the nuts
// before "Oil, almond".
constexpr std::array<std::string_view, 16> kClassHeads = {
    "nuts", "seeds", "beans", "fish", "spices", "cheese", "mollusks", "crustaceans",
    "game meat", "peppers", "squash", "mushrooms", "rice", "peas", "cabbage", "lettuce"};

float segmentWeight(int segment, bool classHead) {
    if (classHead && segment <= 1) {
        return segment == 1 ? 1.0F : 0.9F;
    }
    if (segment == 0) {
        return 1.0F;
    }
    return segment == 1 ? 0.9F : 0.75F;
}

} // namespace

std::vector<std::string> FoodSearchIndex::queryTerms(std::string_view query) {
    std::vector<std::string> terms;
    for (const auto& word : searchWords(foldText(query))) {
        if (std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end()) {
            continue;
        }
        std::string stem = stemWord(word);
        if (std::find(terms.begin(), terms.end(), stem) == terms.end()) {
            terms.push_back(std::move(stem));
        }
    }
    return terms;
}

void FoodSearchIndex::build(const std::vector<Document>& documents) {
    m_words.clear();
    m_wordIds.clear();
    m_postings.clear();
    m_wordCounts.assign(documents.size(), 0);
    m_demoted.assign(documents.size(), false);
    std::unordered_map<std::uint32_t, float> weights; // word -> best weight within one document
    for (std::size_t d = 0; d < documents.size(); ++d) {
        weights.clear();
        const auto add = [&](const std::string& word, float weight) {
            std::string stem = stemWord(word);
            auto [it, inserted] = m_wordIds.emplace(stem, static_cast<std::uint32_t>(m_words.size()));
            if (inserted) {
                m_words.push_back(std::move(stem));
                m_postings.emplace_back();
            }
            float& best = weights[it->second];
            best = std::max(best, weight);
        };
        // Commas split SR28 names into "noun, qualifier, qualifier"; commas inside parentheses do not.
        const std::string folded = foldText(documents[d].description);
        const std::string_view head = std::string_view(folded).substr(0, folded.find(','));
        const bool classHead = std::find(kClassHeads.begin(), kClassHeads.end(), head) != kClassHeads.end();
        int segment = 0;
        int depth = 0;
        std::string part;
        std::size_t wordCount = 0;
        const auto flush = [&] {
            for (const auto& word : searchWords(part)) {
                add(word, segmentWeight(segment, classHead));
                ++wordCount;
            }
            part.clear();
        };
        for (const char c : folded) {
            if (c == '(') {
                ++depth;
            } else if (c == ')') {
                depth = std::max(0, depth - 1);
            }
            if (c == ',' && depth == 0) {
                flush();
                ++segment;
            } else {
                part += c;
            }
        }
        flush();
        for (const auto& word : searchWords(foldText(documents[d].commonName))) {
            add(word, 0.85F);
        }
        for (const auto& [wordId, weight] : weights) {
            m_postings[wordId].push_back({static_cast<std::uint32_t>(d), weight});
        }
        m_wordCounts[d] = static_cast<std::uint16_t>(std::min<std::size_t>(wordCount, 65535));
        m_demoted[d] = documents[d].demoted;
    }
    // Postings in document order make results independent of hash-map iteration order.
    for (auto& postings : m_postings) {
        std::sort(postings.begin(), postings.end(),
                  [](const Posting& a, const Posting& b) { return a.document < b.document; });
        postings.shrink_to_fit(); // the index lives as long as the process: no room left to grow
    }
}

std::vector<std::pair<std::uint32_t, double>> FoodSearchIndex::matchingWords(const std::string& term) const {
    std::vector<std::pair<std::uint32_t, double>> matches;
    const std::size_t typoLimit = term.size() >= 8 ? 2 : (term.size() >= 4 ? 1 : 0);
    for (std::uint32_t id = 0; id < m_words.size(); ++id) {
        const std::string& word = m_words[id];
        if (word == term) {
            matches.emplace_back(id, kExact);
            continue;
        }
        if (term.size() >= 3 && word.size() > term.size() && word.starts_with(term)) {
            matches.emplace_back(id, kPrefix);
            continue;
        }
        if (typoLimit == 0) {
            continue;
        }
        const auto distance = boundedSlipDistance(term, word, typoLimit);
        if (distance > typoLimit) {
            continue;
        }
        if (distance == 1) {
            matches.emplace_back(id, kOneTypo);
        } else if (distance == 2) {
            matches.emplace_back(id, kTwoTypos);
        }
    }
    return matches;
}

FoodSearchIndex::Accumulated FoodSearchIndex::accumulate(const std::vector<std::string>& terms) const {
    Accumulated result;
    result.score.assign(m_wordCounts.size(), 0.0);
    result.matched.assign(m_wordCounts.size(), 0);
    std::vector<double> best(m_wordCounts.size(), 0.0);
    std::vector<std::uint32_t> touched;
    for (const auto& term : terms) {
        touched.clear();
        for (const auto& [wordId, quality] : matchingWords(term)) {
            for (const auto& posting : m_postings[wordId]) {
                const double score = quality * posting.weight;
                if (best[posting.document] == 0.0) {
                    touched.push_back(posting.document);
                }
                best[posting.document] = std::max(best[posting.document], score);
            }
        }
        for (const std::uint32_t document : touched) {
            result.score[document] += best[document];
            ++result.matched[document];
            best[document] = 0.0;
        }
    }
    return result;
}

std::vector<FoodSearchIndex::Hit> FoodSearchIndex::search(std::string_view query, std::size_t limit) const {
    const auto terms = queryTerms(query);
    if (terms.empty()) {
        return {};
    }
    const Accumulated accumulated = accumulate(terms);
    const std::uint16_t bestMatched = *std::max_element(accumulated.matched.begin(), accumulated.matched.end());
    if (bestMatched == 0) {
        return {};
    }
    std::vector<Hit> hits;
    for (std::size_t d = 0; d < accumulated.matched.size(); ++d) {
        if (accumulated.matched[d] != bestMatched) {
            continue;
        }
        const double unmatchedWords = std::max(0, static_cast<int>(m_wordCounts[d]) - static_cast<int>(bestMatched));
        double score = accumulated.score[d] - kPerUnmatchedWord * unmatchedWords;
        if (m_demoted[d]) {
            score -= kDemotion;
        }
        hits.push_back({d, score});
    }
    std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        // Equal scores: the lower USDA number, usually the plain entry ("without salt" before "with salt").
        return a.document < b.document;
    });
    if (limit > 0 && hits.size() > limit) {
        hits.resize(limit);
    }
    return hits;
}

std::vector<bool> FoodSearchIndex::matchAll(std::string_view query) const {
    const auto terms = queryTerms(query);
    std::vector<bool> result(m_wordCounts.size(), terms.empty());
    if (terms.empty()) {
        return result;
    }
    const Accumulated accumulated = accumulate(terms);
    for (std::size_t d = 0; d < result.size(); ++d) {
        result[d] = accumulated.matched[d] == terms.size();
    }
    return result;
}

} // namespace carebook::foods
