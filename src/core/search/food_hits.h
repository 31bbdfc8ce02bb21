// SPDX-License-Identifier: MIT
#pragma once

// Food hits, inside the Searcher: the USDA foods a query names (SearchResult::foods).

#include "core/search/query.h"
#include "core/search/result.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace carebook {
class Database;
namespace foods {
class FoodFinder;
}
} // namespace carebook

namespace carebook::search {

class FoodHits final {
public:
    explicit FoodHits(Database& db);
    ~FoodHits();
    FoodHits(const FoodHits&) = delete;
    FoodHits& operator=(const FoodHits&) = delete;

    // The USDA foods whose own name has every word of the query that could name a food ("banana",
    // "sweet pot"), generic foods only, those USDA flags as commonly eaten first, at most `limit`.
    // None when the database has no food data.
    std::vector<SearchHit> hits(const Words& query, std::size_t limit);

private:
    const foods::FoodFinder* finder();

    Database& m_db;
    bool m_checked = false;
    std::shared_ptr<const foods::FoodFinder> m_finder; // asked for on the first search that may list foods
};

} // namespace carebook::search
