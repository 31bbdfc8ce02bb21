// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace carebook::foods {

// In-memory word index over food names for tolerant lookup: words in any order, singular or plural,
// a typo or two, or just the start of a word. Built in a few milliseconds from the food list.
class FoodSearchIndex {
public:
    struct Document {
        std::string_view description;
        std::string_view commonName;
        bool demoted = false; // brand-name, baby and restaurant foods: found, but after generic foods
    };
    struct Hit {
        std::size_t document = 0;
        double score = 0;
    };

    void build(const std::vector<Document>& documents);

    // Best matches first. Documents must match every query word; when none does, those matching the most
    // words are returned.
    std::vector<Hit> search(std::string_view query, std::size_t limit) const;
    // For name filters: true for each document matching every query word. An empty query matches all.
    std::vector<bool> matchAll(std::string_view query) const;

    // Query words after folding, stop-word removal and stemming (for tests).
    static std::vector<std::string> queryTerms(std::string_view query);

private:
    struct Posting {
        std::uint32_t document;
        float weight; // where the word sits in the name: the first part weighs most
    };
    struct Accumulated {
        std::vector<double> score;
        std::vector<std::uint16_t> matched;
    };
    // Words of the vocabulary that match a query term, with how well they match (1 exact ... 0.55 two typos).
    std::vector<std::pair<std::uint32_t, double>> matchingWords(const std::string& term) const;
    Accumulated accumulate(const std::vector<std::string>& terms) const;

    std::vector<std::string> m_words;
    std::unordered_map<std::string, std::uint32_t> m_wordIds;
    std::vector<std::vector<Posting>> m_postings;
    std::vector<std::uint16_t> m_wordCounts;
    std::vector<bool> m_demoted;
};

} // namespace carebook::foods
