// SPDX-License-Identifier: MIT
// One food finder per process: threads share one immutable instance, and a search loads it only when
// its words could name a food. Over the compiled real content (CAREBOOK_CONTENT_DB).
#include "core/foods/shared_finder.h"
#include "core/search/searcher.h"
#include "core/util/database.h"

#include <catch2/catch.hpp>

#include <thread>

using carebook::Database;
using namespace carebook::foods;

namespace {

Database openContent() { return Database::open(CAREBOOK_CONTENT_DB, Database::Mode::ReadOnly); }

std::vector<std::string> topIds(const FoodFinder& finder, const std::string& nutrient) {
    RankFilters filters;
    filters.limit = 20;
    std::vector<std::string> ids;
    for (const auto& row : finder.rank(nutrient, Basis::PerPortion, filters).rows) {
        ids.push_back(row.usdaId);
    }
    return ids;
}

} // namespace

TEST_CASE("two threads asking at once get one finder, loaded once, and may query it together") {
    const std::size_t loadsBefore = sharedFoodFinderLoads();
    std::shared_ptr<const FoodFinder> first;
    std::shared_ptr<const FoodFinder> second;
    // Each thread has its own connection, as the search worker and the window do.
    std::thread a([&] {
        Database db = openContent();
        first = sharedFoodFinder(db);
    });
    std::thread b([&] {
        Database db = openContent();
        second = sharedFoodFinder(db);
    });
    a.join();
    b.join();
    REQUIRE(first);
    CHECK(first == second);
    CHECK(sharedFoodFinderLoads() == loadsBefore + 1);

    // Its connections are closed: the finder answers from memory, from both threads at once.
    const auto expected = topIds(*first, "magnesium");
    REQUIRE(expected.size() == 20);
    std::vector<std::string> fromA;
    std::vector<std::string> fromB;
    std::optional<FoodProfile> profileB;
    std::thread c([&] {
        for (int i = 0; i < 20; ++i) {
            fromA = topIds(*first, "magnesium");
        }
    });
    std::thread d([&] {
        for (int i = 0; i < 20; ++i) {
            fromB = topIds(*second, "magnesium");
            profileB = second->profile("12036");
        }
    });
    c.join();
    d.join();
    CHECK(fromA == expected);
    CHECK(fromB == expected);
    REQUIRE(profileB);
    CHECK_FALSE(profileB->portions.empty());

    // Asked again while it is held: the same instance, no second load.
    Database again = openContent();
    CHECK(sharedFoodFinder(again) == first);
    CHECK(sharedFoodFinderLoads() == loadsBefore + 1);
}

TEST_CASE("a search whose words name no food does not load the food data, and one that does loads it once") {
    Database db = openContent();
    carebook::Searcher searcher(db);
    const std::size_t loadsBefore = sharedFoodFinderLoads();
    const auto cramp = searcher.search("charley horse");
    CHECK_FALSE(cramp.hits.empty());
    CHECK(cramp.foods.empty());
    CHECK(sharedFoodFinderLoads() == loadsBefore);
    CHECK(searcher.search("stretch calf").foods.empty());
    CHECK(searcher.search("magnesium").foods.empty()); // a nutrient, not a food
    CHECK(sharedFoodFinderLoads() == loadsBefore);

    const auto banana = searcher.search("banana");
    REQUIRE_FALSE(banana.foods.empty());
    CHECK(banana.foods.front().title.find("Bananas") != std::string::npos);
    CHECK(sharedFoodFinderLoads() == loadsBefore + 1);
    // Still typing: "banan" is the start of a food's name.
    CHECK_FALSE(searcher.search("banan").foods.empty());
    CHECK(sharedFoodFinderLoads() == loadsBefore + 1);
}

TEST_CASE("the food-name words answer without the finder") {
    Database db = openContent();
    CHECK(foodNamesMayMatch(db, {"banana"}, false));
    CHECK(foodNamesMayMatch(db, {"banan"}, true));
    CHECK_FALSE(foodNamesMayMatch(db, {"banan"}, false));
    CHECK_FALSE(foodNamesMayMatch(db, {"charley", "horse"}, false));
    CHECK_FALSE(foodNamesMayMatch(db, {"zzzq"}, true));
}
