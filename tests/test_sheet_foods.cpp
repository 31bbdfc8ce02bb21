// SPDX-License-Identifier: MIT
// The home-care sheet's foods: the top of the food finder's everyday ranking, the list the nutrient
// articles show, with USDA SR28's portion, amount and %DV (sheet/sheet_foods.h), over the real content.
#include "core/content/store.h"
#include "core/foods/finder.h"
#include "core/sheet/sheet_foods.h"
#include "core/sheet/sheet.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <memory>

using namespace carebook;
using namespace carebook::foods;

namespace {

ContentStore& realStore() {
    static ContentStore store = ContentStore::openFile(CAREBOOK_CONTENT_DB);
    return store;
}

const FoodFinder& realFinder() {
    static FoodFinder finder(realStore().database());
    return finder;
}

// A food's row in the everyday ranking of one kind, folded rows included: the figures lists show.
RankedFood requireRow(const std::string& nutrient, const std::string& usdaId, FoodKind kind = FoodKind::Single) {
    RankFilters filters = RankFilters::everyday(0);
    filters.collapseDuplicates = false;
    filters.kind = kind;
    const auto rows = realFinder().rank(nutrient, Basis::PerPortion, filters).rows;
    const auto at = std::find_if(rows.begin(), rows.end(), [&](const RankedFood& row) { return row.usdaId == usdaId; });
    INFO(nutrient << " / " << usdaId);
    REQUIRE(at != rows.end());
    return *at;
}

} // namespace

TEST_CASE("the everyday ranking gives USDA's own figures for the usual portion", "[sheet][foods]") {
    // Worked by hand from content/foods: foods.csv gives the value per 100 g, portions.csv the grams of
    // the portion, reference_intakes.csv the label DV (magnesium 420 mg, potassium 4,700 mg, vitamin D
    // 20 µg).
    SECTION("pumpkin seeds: 550 mg per 100 g (12016), 1 oz = 28.35 g -> 155.9 mg, 37.1% DV") {
        const auto seeds = requireRow("magnesium", "12016");
        CHECK(shortPortion(seeds.portion) == "1 oz");
        CHECK(seeds.grams == Approx(28.35));
        CHECK(seeds.amount == Approx(155.925));
        CHECK(seeds.unit == "mg");
        REQUIRE(seeds.percentDailyValue);
        CHECK(*seeds.percentDailyValue == Approx(37.125));
    }
    SECTION("almonds: 274 mg per 100 g (12065), 1 oz (22 whole kernels) = 28.35 g -> 77.7 mg, 18.5% DV") {
        const auto almonds = requireRow("magnesium", "12065");
        CHECK(almonds.description.starts_with("Nuts, almonds"));
        CHECK(almonds.portion == "1 oz (22 whole kernels)");
        CHECK(shortPortion(almonds.portion) == "1 oz");
        CHECK(almonds.amount == Approx(77.679));
        CHECK(*almonds.percentDailyValue == Approx(18.495).epsilon(0.001));
    }
    SECTION("a banana: 358 mg potassium per 100 g (09040), 1 medium = 118 g -> 422.4 mg, 9.0% DV") {
        const auto banana = requireRow("potassium", "09040");
        CHECK(banana.description == "Bananas, raw");
        CHECK(shortPortion(banana.portion) == "1 medium");
        CHECK(banana.amount == Approx(422.44));
        CHECK(*banana.percentDailyValue == Approx(8.988).epsilon(0.001));
    }
    SECTION("fortified orange juice: 140 mg calcium per 100 g (09210), 1 cup = 249 g -> 348.6 mg, 26.8% DV") {
        // Calcium was added: the juice is ranked with the fortified products, not the single foods.
        const auto juice = requireRow("calcium", "09210", FoodKind::Fortified);
        CHECK(juice.description.find("with added calcium") != std::string::npos);
        CHECK(shortPortion(juice.portion) == "1 cup");
        CHECK(juice.grams == Approx(249));
        CHECK(juice.amount == Approx(348.6));
        CHECK(*juice.percentDailyValue == Approx(26.815).epsilon(0.001));
    }
    SECTION("salmon, cooked: 13.1 µg vitamin D per 100 g (15237), 3 oz = 85 g -> 11.1 µg, 55.7% DV") {
        const auto salmon = requireRow("vitamin-d", "15237");
        CHECK(salmon.description.starts_with("Fish, salmon,"));
        CHECK(salmon.description.find("cooked") != std::string::npos);
        CHECK(shortPortion(salmon.portion) == "3 oz");
        CHECK(salmon.amount == Approx(11.135));
        CHECK(salmon.unit == "µg");
        CHECK(*salmon.percentDailyValue == Approx(55.675));
    }
}

TEST_CASE("the sheet's foods are the top of the list the nutrient article shows", "[sheet][foods]") {
    for (const std::string key : {"magnesium", "potassium", "calcium", "vitamin-d"}) {
        INFO(key);
        const auto sources = realFinder().topSources(key, 3);
        const auto foods = sheetFoodsFor(realFinder(), key, 3);
        REQUIRE(sources.size() == 3);
        REQUIRE(foods.size() == 3);
        for (std::size_t i = 0; i < foods.size(); ++i) {
            CHECK(foods[i].food == sheetFoodName(sources[i].shortName));
            CHECK(foods[i].portion == shortPortion(sources[i].portion));
            CHECK(foods[i].amount == formatAmount(sources[i].amount, sources[i].unit));
            CHECK(foods[i].percentDailyValue == sources[i].percentDailyValue);
            CHECK(sources[i].kind == FoodKind::Single);
            CHECK(sources[i].commonlyEaten);
            CHECK_FALSE(foods[i].portion.empty());
            CHECK(foods[i].portion.size() <= 16);
        }
    }
    CHECK(sheetFoodName("Potatoes, russet, baked") == "Potatoes, russet");
    CHECK(sheetFoodName("Mushroom, white, UV-exposed, raw") == "Mushroom, UV-exposed");
    CHECK(sheetFoodName("Cheese product, pasteurized process, american, fortified with vitamin D") ==
          "Cheese product");
    CHECK(sheetFoodName("Natto") == "Natto");
    CHECK(sheetFoodsFor(realFinder(), "vitamin-q", 2).empty());
    CHECK(sheetFoodsFor(realFinder(), "magnesium", 0).empty());
}

TEST_CASE("portions are shortened to the measure for a line of the sheet", "[sheet][foods]") {
    CHECK(shortPortion("1 oz (23 whole kernels)") == "1 oz");
    CHECK(shortPortion("1 medium (7\" to 7-7/8\" long)") == "1 medium");
    CHECK(shortPortion("½ cup, chopped") == "½ cup");
    CHECK(shortPortion("1 cup 1\" pieces, loosely packed") == "1 cup");
    CHECK(shortPortion("½ cup (1/2\" cubes)") == "½ cup");
    CHECK(shortPortion("1 container (6 oz)") == "6 oz");
    CHECK(shortPortion("1 container (5.3 oz)") == "5.3 oz");
    CHECK(shortPortion("¾ cup (8 fl oz)") == "¾ cup");
    CHECK(shortPortion("3 oz") == "3 oz");
    CHECK(shortPortion("1 large") == "1 large");
    CHECK(shortPortion("1 cup whole") == "1 cup");
    CHECK(shortPortion("1 cup slices") == "1 cup");
    CHECK(shortPortion("1 potato medium (2-1/4\" to 3-1/4\" dia.)") == "1 medium");
}

TEST_CASE("the sheet's food source gives the ranking's figures", "[sheet][foods][compose]") {
    const auto& store = realStore();
    SheetComposeOptions options;
    options.today = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::November, std::chrono::day{22}};
    options.foodSource = makeSheetFoodSource([]() -> const FoodFinder* { return &realFinder(); });
    SheetRequest request;
    request.symptomId = "muscle-cramp";
    const auto sheet = composeSheet(store, request, options);

    std::map<std::string, const SheetNutrientFoods*> byNutrient;
    for (const auto& nutrient : sheet.foods) {
        byNutrient[nutrient.nutrientId] = &nutrient;
        INFO(nutrient.nutrientId);
        CHECK(nutrient.withFigures);
        CHECK(nutrient.foods.size() == options.foodsPerNutrient);
        for (const auto& food : nutrient.foods) {
            CHECK_FALSE(food.portion.empty());
            CHECK_FALSE(food.amount.empty());
            CHECK(food.percentDailyValue.has_value());
        }
    }
    REQUIRE(byNutrient.count("magnesium"));
    const auto& magnesium = byNutrient.at("magnesium")->foods;
    const auto top = realFinder().topSources("magnesium", options.foodsPerNutrient);
    REQUIRE(top.size() == magnesium.size());
    CHECK(magnesium[0].food == sheetFoodName(top[0].shortName)); // the richest everyday food per portion
    CHECK(byNutrient.count("vitamin-d-nutrient"));

    const auto html = renderSheetHtml(sheet);
    CHECK_THAT(html, Catch::Contains("<b>" + sheetFoodName(top[0].shortName) + "</b> " + shortPortion(top[0].portion) + " — " +
                                     formatAmount(top[0].amount, top[0].unit)));
    CHECK_THAT(html, Catch::Contains("% DV: share of the Daily Value on US food labels"));
    CHECK_THAT(html, Catch::Contains("USDA food data (SR28)"));

    // Composing again (the builder does on every change) gives the same sheet from the remembered lists.
    CHECK(renderSheetHtml(composeSheet(store, request, options)) == html);
}

TEST_CASE("without food data the sheet names the examples without figures", "[sheet][foods][compose]") {
    SheetComposeOptions options;
    options.foodSource = makeSheetFoodSource([]() -> const FoodFinder* { return nullptr; });
    SheetRequest request;
    request.symptomId = "muscle-cramp";
    const auto sheet = composeSheet(realStore(), request, options);
    REQUIRE_FALSE(sheet.foods.empty());
    for (const auto& nutrient : sheet.foods) {
        CHECK_FALSE(nutrient.withFigures);
        REQUIRE_FALSE(nutrient.foods.empty());
        for (const auto& food : nutrient.foods) {
            CHECK(food.portion.empty());
            CHECK(food.amount.empty());
            CHECK_FALSE(food.percentDailyValue);
        }
    }
    const auto html = renderSheetHtml(sheet);
    CHECK_THAT(html, Catch::Contains("Spinach"));
    CHECK_THAT(html, !Catch::Contains("% DV"));
    CHECK_THAT(html, !Catch::Contains("USDA"));
}
