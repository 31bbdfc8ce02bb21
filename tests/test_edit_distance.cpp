// SPDX-License-Identifier: MIT
// The two ways corrections measure slips (the banded table and the bit-parallel one) against the
// textbook table, on fixed pairs and on every pair of a deterministic stream of short words over a
// small alphabet (so that repeats, transpositions and shared letters are common).
#include "core/util/edit_distance.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <vector>

using carebook::boundedSlipDistance;
using carebook::SlipDistance;

namespace {

// Optimal string alignment distance, the full table, written from the definition.
std::size_t textbookDistance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) {
        d[i][0] = i;
    }
    for (std::size_t j = 0; j <= b.size(); ++j) {
        d[0][j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

} // namespace

TEST_CASE("slip distances of known pairs", "[search][distance]") {
    CHECK(boundedSlipDistance("siezed", "seized", 2) == 1); // a transposition is one slip
    CHECK(boundedSlipDistance("magnesum", "magnesium", 2) == 1);
    CHECK(boundedSlipDistance("kitten", "sitting", 3) == 3);
    CHECK(boundedSlipDistance("kitten", "sitting", 2) == 3); // beyond the limit: limit + 1
    CHECK(boundedSlipDistance("ca", "abc", 5) == 3);         // optimal string alignment, not Damerau's 2
    CHECK(boundedSlipDistance("", "abc", 5) == 3);
    CHECK(boundedSlipDistance("same", "same", 0) == 0);

    const SlipDistance typed("sciatca");
    CHECK(typed.distances("sciatica", 7).toWhole == 1);
    CHECK(typed.distances("sciatica", 7).toStart == 2); // "sciatic": two substitutions
    const SlipDistance start("magensi");
    CHECK(start.distances("magnesium", 7).toStart == 1); // "magnesi", the word being typed
    CHECK(start.distances("magnesium", 7).toWhole == 3);
    CHECK(SlipDistance("ca").distances("abc", 3).toWhole == 3);
    CHECK(SlipDistance("abc").distances("", 3).toWhole == 3);
}

TEST_CASE("banded and bit-parallel slip distances agree with the full table", "[search][distance]") {
    std::mt19937 random(20261130);
    std::uniform_int_distribution<int> letter('a', 'e');
    std::uniform_int_distribution<std::size_t> length(0, 12);
    const auto word = [&](std::size_t size) {
        std::string out;
        for (std::size_t i = 0; i < size; ++i) {
            out += static_cast<char>(letter(random));
        }
        return out;
    };
    std::vector<std::string> words;
    for (int i = 0; i < 150; ++i) {
        words.push_back(word(length(random)));
    }
    words.push_back(word(64)); // the longest word the bit-parallel form takes
    words.push_back(word(63));
    words.push_back(word(70)); // longer than one machine word: the banded form only
    std::size_t compared = 0;
    for (const auto& a : words) {
        const bool bitParallel = !a.empty() && a.size() <= SlipDistance::kMaxWord;
        const std::optional<SlipDistance> slips = bitParallel ? std::optional<SlipDistance>(a) : std::nullopt;
        for (const auto& b : words) {
            const std::size_t expected = textbookDistance(a, b);
            INFO(a << " / " << b);
            for (std::size_t limit = 0; limit <= 3; ++limit) {
                REQUIRE(boundedSlipDistance(a, b, limit) == std::min(expected, limit + 1));
            }
            REQUIRE(boundedSlipDistance(a, b, 200) == expected);
            if (slips) {
                const std::size_t startLength = std::min(a.size(), b.size());
                const auto found = slips->distances(b, a.size());
                REQUIRE(found.toWhole == expected);
                REQUIRE(found.toStart == textbookDistance(a, b.substr(0, startLength)));
            }
            ++compared;
        }
    }
    CHECK(compared == words.size() * words.size());
}
