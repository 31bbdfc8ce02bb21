// SPDX-License-Identifier: MIT
// The home-care sheet's foods: each nutrient article's food examples matched to USDA SR28 entries for a
// portion, an amount and a %DV (foods/sheet_foods.h), over the real compiled content.
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

ExampleFigures requireMatch(const std::string& nutrient, const std::string& example) {
    const auto figures = matchFoodExample(realFinder(), nutrient, example);
    INFO(nutrient << " / " << example);
    REQUIRE(figures.has_value());
    return *figures;
}

} // namespace

TEST_CASE("a food example gets USDA's own figures for its usual portion", "[sheet][foods]") {
    // Worked by hand from content/foods: foods.csv gives the value per 100 g, portions.csv the grams of
    // the portion, reference_intakes.csv the label DV (magnesium 420 mg, potassium 4,700 mg, vitamin D
    // 20 µg).
    SECTION("pumpkin seeds: 550 mg per 100 g (12016), 1 oz = 28.35 g -> 155.9 mg, 37.1% DV") {
        const auto seeds = requireMatch("magnesium", "Pumpkin seeds");
        CHECK(seeds.usdaId == "12016");
        CHECK(seeds.shortPortion == "1 oz");
        CHECK(seeds.grams == Approx(28.35));
        CHECK(seeds.amount == Approx(155.925));
        CHECK(seeds.unit == "mg");
        REQUIRE(seeds.percentDailyValue);
        CHECK(*seeds.percentDailyValue == Approx(37.125));
    }
    SECTION("almonds: 274 mg per 100 g (12065), 1 oz (22 whole kernels) = 28.35 g -> 77.7 mg, 18.5% DV") {
        const auto almonds = requireMatch("magnesium", "Almonds");
        CHECK(almonds.description.starts_with("Nuts, almonds"));
        CHECK(almonds.usdaId == "12065");
        CHECK(almonds.portion == "1 oz (22 whole kernels)");
        CHECK(almonds.shortPortion == "1 oz");
        CHECK(almonds.amount == Approx(77.679));
        CHECK(*almonds.percentDailyValue == Approx(18.495).epsilon(0.001));
    }
    SECTION("a banana: 358 mg potassium per 100 g (09040), 1 medium = 118 g -> 422.4 mg, 9.0% DV") {
        const auto banana = requireMatch("potassium", "Bananas");
        CHECK(banana.description == "Bananas, raw");
        CHECK(banana.shortPortion == "1 medium");
        CHECK(banana.amount == Approx(422.44));
        CHECK(*banana.percentDailyValue == Approx(8.988).epsilon(0.001));
    }
    SECTION("fortified orange juice: 140 mg calcium per 100 g (09210/09211), 1 cup = 249 g -> 348.6 mg, 26.8% DV") {
        // Chilled juice "includes from concentrate": a drink with a cup portion, not a concentrate to
        // dilute. Of the four calcium-added juices, the two USDA flags as commonly eaten are equal.
        const auto juice = requireMatch("calcium", "Fortified orange juice");
        CHECK((juice.usdaId == "09210" || juice.usdaId == "09211"));
        CHECK(juice.description.find("with added calcium") != std::string::npos);
        CHECK(juice.shortPortion == "1 cup");
        CHECK(juice.grams == Approx(249));
        CHECK(juice.amount == Approx(348.6));
        CHECK(*juice.percentDailyValue == Approx(26.815).epsilon(0.001));
    }
    SECTION("salmon, cooked: 13.1 µg vitamin D per 100 g (15237), 3 oz = 85 g -> 11.1 µg, 55.7% DV") {
        const auto salmon = requireMatch("vitamin-d", "Salmon");
        CHECK(salmon.description.starts_with("Fish, salmon,"));
        CHECK(salmon.description.find("cooked") != std::string::npos);
        CHECK(salmon.shortPortion == "3 oz");
        CHECK(salmon.amount == Approx(11.135));
        CHECK(salmon.unit == "µg");
        CHECK(*salmon.percentDailyValue == Approx(55.675));
    }
}

TEST_CASE("examples match the single food they name, never a dish, a brand or another food", "[sheet][foods]") {
    // Cooked where USDA has the food cooked; the common name counts ("bok choy").
    CHECK(requireMatch("magnesium", "Spinach").description.starts_with("Spinach, "));
    CHECK(requireMatch("magnesium", "Spinach").description.find("cooked") != std::string::npos);
    CHECK(requireMatch("magnesium", "Brown rice").description.starts_with("Rice, brown,"));
    CHECK(requireMatch("magnesium", "Whole wheat bread").description.starts_with("Bread, whole-wheat"));
    CHECK(requireMatch("magnesium", "Black beans").description.starts_with("Beans, black, mature seeds, cooked"));
    CHECK(requireMatch("potassium", "Oranges").description.starts_with("Oranges, raw")); // not orange juice
    CHECK(requireMatch("calcium", "Bok choy").description.starts_with("Cabbage, chinese (pak-choi)"));
    CHECK(requireMatch("vitamin-d", "Egg yolks").description.starts_with("Egg, yolk"));
    // "Fortified" is USDA's "with added vitamin D" or "fortified", never milk without it.
    const auto milk = requireMatch("vitamin-d", "Fortified milk");
    CHECK(milk.description.starts_with("Milk, "));
    CHECK(milk.description.find("without added") == std::string::npos);
    CHECK(milk.amount > 2.0);

    // Every match of every nutrient article's example is a generic food with a portion.
    for (const auto& summary : realStore().list(ArticleKind::Nutrient)) {
        const auto article = realStore().article(summary.id);
        REQUIRE(article);
        if (article->content.nutrient()->foodKey.empty() || !realFinder().findNutrient(article->content.nutrient()->foodKey)) {
            continue;
        }
        const auto key = article->content.nutrient()->foodKey;
        for (const auto& example : article->content.nutrient()->foodExamples) {
            const auto figures = matchFoodExample(realFinder(), key, example);
            if (!figures) {
                continue;
            }
            INFO(key << " / " << example << " -> " << figures->usdaId << " " << figures->description);
            const auto profile = realFinder().profile(figures->usdaId);
            REQUIRE(profile);
            CHECK_FALSE(profile->brandName);
            CHECK_FALSE(profile->babyFood);
            CHECK(profile->foodGroup != "Meals, Entrees, and Side Dishes");
            CHECK(profile->foodGroup != "Fast Foods");
            CHECK(profile->foodGroup != "Restaurant Foods");
            REQUIRE_FALSE(profile->portions.empty());
            CHECK(profile->portions.front().common);
            CHECK(figures->portion == profile->portions.front().text);
            CHECK(figures->amount >= 0);
            CHECK_FALSE(figures->shortPortion.empty());
            CHECK(figures->shortPortion.size() <= 16);
        }
    }
}

TEST_CASE("an example with no fitting USDA food gets no figure", "[sheet][foods]") {
    // A kind of food (dozens of cheeses), groups, a brand-only category and water: nothing to stand for them.
    CHECK_FALSE(matchFoodExample(realFinder(), "calcium", "Cheese"));
    CHECK_FALSE(matchFoodExample(realFinder(), "calcium", "Beans and lentils"));
    CHECK_FALSE(matchFoodExample(realFinder(), "calcium", "Fortified breakfast cereal"));
    CHECK_FALSE(matchFoodExample(realFinder(), "sodium", "Canned foods"));
    CHECK_FALSE(matchFoodExample(realFinder(), "sodium", "Salted snacks"));
    CHECK_FALSE(matchFoodExample(realFinder(), "water", "Plain water"));
    CHECK_FALSE(matchFoodExample(realFinder(), "magnesium", "Zzyzx"));
    CHECK_FALSE(matchFoodExample(realFinder(), "magnesium", ""));
    CHECK_THROWS_AS(matchFoodExample(realFinder(), "vitamin-q", "Spinach"), std::invalid_argument);

    // On the sheet they are left out; the rest come richest first, at most as many as asked for.
    const auto foods = sheetFoodsFor(realFinder(), "calcium", {"Cheese", "Kale", "Milk", "Beans and lentils", "Tofu"}, 5);
    REQUIRE(foods.size() == 3);
    CHECK(foods[0].food == "Milk");
    CHECK(foods[1].food == "Tofu");
    CHECK(foods[2].food == "Kale");
    for (std::size_t i = 1; i < foods.size(); ++i) {
        CHECK(*foods[i - 1].percentDailyValue >= *foods[i].percentDailyValue);
    }
    CHECK(sheetFoodsFor(realFinder(), "calcium", {"Cheese", "Kale", "Milk", "Tofu"}, 2).size() == 2);
    CHECK(sheetFoodsFor(realFinder(), "calcium", {"Cheese", "Beans and lentils"}, 3).empty());
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
}

TEST_CASE("the sheet's food source gives figures from the content's own examples", "[sheet][foods][compose]") {
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
        const auto article = store.article(nutrient.nutrientId);
        REQUIRE(article);
        const auto examples = article->content.nutrient()->foodExamples;
        INFO(nutrient.nutrientId);
        CHECK(nutrient.withFigures);
        CHECK(nutrient.foods.size() == options.foodsPerNutrient);
        for (const auto& food : nutrient.foods) {
            CHECK(std::find(examples.begin(), examples.end(), food.food) != examples.end());
            CHECK_FALSE(food.portion.empty());
            CHECK_FALSE(food.amount.empty());
            CHECK(food.percentDailyValue.has_value());
        }
    }
    REQUIRE(byNutrient.count("magnesium"));
    const auto& magnesium = byNutrient.at("magnesium")->foods;
    CHECK(magnesium[0].food == "Pumpkin seeds"); // the richest of the article's examples per portion
    CHECK(magnesium[0].portion == "1 oz");
    CHECK(magnesium[0].amount == "156 mg");
    CHECK(byNutrient.count("vitamin-d-nutrient"));

    const auto html = renderSheetHtml(sheet);
    CHECK_THAT(html, Catch::Contains("<b>Pumpkin seeds</b> 1 oz — 156 mg <span class=\"advice\">(37% DV)</span>"));
    CHECK_THAT(html, Catch::Contains("% DV: share of the Daily Value on US food labels"));
    CHECK_THAT(html, Catch::Contains("USDA food data (SR28)"));

    // Composing again (the builder does on every change) gives the same sheet from the remembered matches.
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
