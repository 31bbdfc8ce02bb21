// SPDX-License-Identifier: MIT
// The food finder against the real USDA SR28 data in content/foods, compiled into an in-memory database,
// plus the rules (portion choice, near-duplicates, brand names) and broken input files.
#include "core/util/database.h"
#include "core/util/diagnostics.h"
#include "core/util/edit_distance.h"
#include "core/foods/csv_reader.h"
#include "core/foods/compiler.h"
#include "core/foods/finder.h"
#include "core/foods/rules.h"
#include "core/foods/text.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>

namespace fs = std::filesystem;
using carebook::Database;
using carebook::Diagnostics;
using carebook::Transaction;
using namespace carebook::foods;

namespace {

const fs::path kFoodsDir = fs::path(CAREBOOK_SOURCE_DIR) / "content" / "foods";

struct CompiledFoods {
    Database db = Database::openMemory();
    Diagnostics diagnostics;
    FoodCompileStats stats;
    std::unique_ptr<FoodFinder> finder;

    explicit CompiledFoods(const fs::path& foodsDir) {
        Transaction transaction(db);
        compileFoodData(db, foodsDir, diagnostics, &stats);
        transaction.commit();
        if (diagnostics.empty()) {
            finder = std::make_unique<FoodFinder>(db);
        }
    }
};

// Compiled once for the whole test run: the real data takes a moment to load.
CompiledFoods& real() {
    static CompiledFoods compiled(kFoodsDir);
    return compiled;
}

const FoodFinder& finder() {
    REQUIRE(real().finder);
    return *real().finder;
}

std::vector<std::string> problemsOf(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& item : diagnostics.sorted()) {
        out.push_back(item.toString());
    }
    return out;
}

bool anyContains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

const RankedFood* findRow(const std::vector<RankedFood>& rows, const std::string& usdaId) {
    for (const auto& row : rows) {
        if (row.usdaId == usdaId) {
            return &row;
        }
    }
    return nullptr;
}

const NutrientAmount& amountFor(const std::vector<NutrientAmount>& amounts, const std::string& key) {
    for (const auto& amount : amounts) {
        if (amount.key == key) {
            return amount;
        }
    }
    FAIL("no nutrient " << key);
    throw std::logic_error("unreachable");
}

// A copy of content/foods that a test may break.
struct FoodsCopy {
    carebook::test::TempDir dir;
    fs::path foods = dir.path() / "foods";
    FoodsCopy() {
        fs::create_directories(foods);
        for (const char* name :
             {"foods.csv", "portions.csv", "reference_intakes.csv", "food_survey.csv", "food_data_sources.csv"}) {
            fs::copy_file(kFoodsDir / name, foods / name);
        }
    }
    void append(const std::string& name, const std::string& text) const {
        carebook::test::writeText(foods / name, carebook::test::readText(foods / name) + text);
    }
    std::vector<std::string> compileProblems() const {
        Database db = Database::openMemory();
        Diagnostics diagnostics;
        Transaction transaction(db);
        compileFoodData(db, foods, diagnostics);
        transaction.commit();
        return problemsOf(diagnostics);
    }
};

} // namespace

// ---- The data -------------------------------------------------------------------------------------------

TEST_CASE("the USDA data compiles without a problem and keeps every food and portion", "[foods][data]") {
    const auto& compiled = real();
    for (const auto& problem : problemsOf(compiled.diagnostics)) {
        UNSCOPED_INFO(problem);
    }
    REQUIRE(compiled.diagnostics.empty());
    CHECK(compiled.stats.foods == 8789);
    CHECK(compiled.stats.portions == 15438);
    CHECK(compiled.stats.referenceIntakes == 47);
    CHECK(finder().foodCount() == 8789);
    CHECK(finder().groups().size() == 25);
}

TEST_CASE("Daily Values are read from the DV rows of reference_intakes.csv", "[foods][data]") {
    const auto dv = [](const char* key) {
        const NutrientInfo* nutrient = finder().findNutrient(key);
        REQUIRE(nutrient);
        return nutrient->dailyValue;
    };
    CHECK(dv("magnesium") == 420.0);
    CHECK(dv("calcium") == 1300.0);
    CHECK(dv("potassium") == 4700.0);
    CHECK(dv("sodium") == 2300.0);
    CHECK(dv("vitamin-d") == 20.0);
    CHECK_FALSE(dv("water").has_value());
    CHECK_FALSE(dv("energy").has_value());
    CHECK(finder().findNutrient("vitamin-d")->unit == "µg");
    CHECK(finder().findNutrient("vitamin_d") == finder().findNutrient("Vitamin D (D2 + D3)"));
    CHECK(finder().findNutrient("iron") == nullptr);
}

TEST_CASE("a blank USDA cell stays blank: no data, never zero", "[foods][data]") {
    // Dark chocolate 70-85% (19904) has no vitamin D value in SR28; butter (01001) has a real 0.0.
    auto check = real().db.prepare("SELECT vitamin_d_ug IS NULL FROM food_item WHERE id = 19904");
    REQUIRE(check.step());
    CHECK(check.integer(0) == 1);
    auto zero = real().db.prepare("SELECT vitamin_d_ug FROM food_item WHERE id = 1001");
    REQUIRE(zero.step());
    CHECK_FALSE(zero.isNull(0));
    CHECK(zero.real(0) == 0.0);

    auto counts = real().db.prepare("SELECT count(*) - count(vitamin_d_ug), count(*) - count(magnesium_mg), "
                                    "count(*) - count(water_g) FROM food_item");
    REQUIRE(counts.step());
    CHECK(counts.integer(0) == 8789 - 5527); // the USDA README: 5,527 foods have vitamin D in µg
    CHECK(counts.integer(1) == 8789 - 8050);
    CHECK(counts.integer(2) == 1);

    const auto profile = finder().profile("19904");
    REQUIRE(profile);
    const auto& vitaminD = amountFor(profile->per100g, "vitamin-d");
    CHECK_FALSE(vitaminD.amount.has_value());
    CHECK_FALSE(vitaminD.percentDailyValue.has_value());
    CHECK(toJson(vitaminD)["amount"].is_null());
    CHECK(formatAmount(vitaminD.amount, vitaminD.unit) == "no data");
    CHECK(amountFor(profile->per100g, "magnesium").amount == 228.0);

    RankFilters all;
    all.limit = 0;
    all.collapseDuplicates = false;
    const auto ranked = finder().rank("vitamin-d", Basis::Per100g, all);
    CHECK(findRow(ranked.rows, "19904") == nullptr);
    CHECK(ranked.withoutData > 0);
}

TEST_CASE("known values per 100 g match the USDA rows, with %DV computed from the DV", "[foods][data]") {
    struct Known {
        const char* usdaId;
        const char* nutrient;
        double per100g;
        double dailyValue;
    };
    const Known known[] = {
        {"12014", "magnesium", 592, 420}, {"12016", "magnesium", 550, 420}, {"12061", "magnesium", 270, 420},
        {"12061", "calcium", 269, 1300},  {"11457", "magnesium", 79, 420},  {"11457", "potassium", 558, 4700},
        {"09040", "potassium", 358, 4700}, {"16015", "magnesium", 70, 420}, {"01077", "calcium", 113, 1300},
        {"01077", "vitamin-d", 1.3, 20},  {"15086", "vitamin-d", 16.7, 20}, {"02047", "sodium", 38758, 2300},
        {"20060", "magnesium", 781, 420}, {"04589", "vitamin-d", 250, 20},
    };
    for (const auto& k : known) {
        INFO(k.usdaId << " " << k.nutrient);
        const auto profile = finder().profile(k.usdaId);
        REQUIRE(profile);
        const auto& amount = amountFor(profile->per100g, k.nutrient);
        REQUIRE(amount.amount);
        CHECK(*amount.amount == Approx(k.per100g));
        REQUIRE(amount.percentDailyValue);
        CHECK(*amount.percentDailyValue == Approx(k.per100g / k.dailyValue * 100));
    }
    CHECK(finder().profile("09040")->description == "Bananas, raw");
    CHECK(finder().profile("9040")->usdaId == "09040");
    CHECK_FALSE(finder().profile("99999").has_value());
    CHECK_FALSE(finder().profile("abc").has_value());
}

TEST_CASE("known values per common portion: the portion's text, grams, amount and %DV", "[foods][data]") {
    struct Known {
        const char* usdaId;
        const char* nutrient;
        const char* portion;
        double grams;
        double per100g;
        double dailyValue;
    };
    const Known known[] = {
        {"12016", "magnesium", "1 oz", 28.35, 550, 420},                          // pumpkin seeds, roasted
        {"12061", "magnesium", "1 oz (23 whole kernels)", 28.35, 270, 420},      // almonds
        {"09040", "potassium", "1 medium (7\" to 7-7/8\" long)", 118, 358, 4700}, // banana
        {"11458", "magnesium", "½ cup", 90, 87, 420},                             // spinach, boiled: half of 1 cup = 180 g
        {"16015", "magnesium", "½ cup", 86, 70, 420},                             // black beans: half of 1 cup = 172 g
        {"01077", "calcium", "1 cup", 244, 113, 1300},                            // whole milk
        {"01077", "vitamin-d", "1 cup", 244, 1.3, 20},
        {"15086", "vitamin-d", "3 oz", 85, 16.7, 20},                             // sockeye salmon, cooked
        {"02047", "sodium", "¼ tsp", 1.5, 38758, 2300},                           // table salt: RACC ¼ tsp
        {"04589", "vitamin-d", "1 tbsp", 13.6, 250, 20},                          // cod liver oil
        {"11457", "magnesium", "3 cups", 90, 79, 420},                            // raw spinach: 3 cups nearest 85 g
        {"01123", "calcium", "1 large", 50, 56, 1300},                            // egg
    };
    for (const auto& k : known) {
        INFO(k.usdaId << " " << k.nutrient);
        const auto profile = finder().profile(k.usdaId);
        REQUIRE(profile);
        REQUIRE_FALSE(profile->portions.empty());
        const PortionProfile& common = profile->portions.front();
        CHECK(common.common);
        CHECK(common.text == k.portion);
        CHECK(common.grams == Approx(k.grams));
        const auto& amount = amountFor(common.amounts, k.nutrient);
        REQUIRE(amount.amount);
        CHECK(*amount.amount == Approx(k.per100g * k.grams / 100));
        CHECK(*amount.percentDailyValue == Approx(k.per100g * k.grams / 100 / k.dailyValue * 100));
    }
    // Pumpkin seeds: 1 oz gives 155.9 mg, 37% of the 420 mg DV, as on the NIH fact sheet.
    RankFilters filters;
    filters.limit = 0;
    const auto rows = finder().rank("magnesium", Basis::PerPortion, filters).rows;
    const RankedFood* seeds = findRow(rows, "12016");
    REQUIRE(seeds);
    CHECK(seeds->amount == Approx(155.925));
    CHECK(seeds->portion == "1 oz");
    CHECK(seeds->grams == Approx(28.35));
    CHECK(*seeds->percentDailyValue == Approx(37.125));
    CHECK(formatAmount(seeds->amount, seeds->unit) == "156 mg");
    CHECK(formatPercent(seeds->percentDailyValue) == "37%");
}

TEST_CASE("a profile lists every USDA portion and marks the common one", "[foods][data]") {
    const auto banana = finder().profile("09040");
    REQUIRE(banana);
    CHECK(banana->portions.size() == 8); // the 8 USDA rows; the common one is one of them
    CHECK(std::count_if(banana->portions.begin(), banana->portions.end(),
                        [](const PortionProfile& p) { return p.common; }) == 1);
    CHECK(banana->portionCategory.find("fresh fruit") != std::string::npos);

    const auto spinach = finder().profile("11458");
    REQUIRE(spinach);
    REQUIRE(spinach->portions.size() == 2); // derived ½ cup, then USDA's 1 cup
    CHECK(spinach->portions[0].note == "scaled from USDA's 1 cup = 180 g");
    CHECK(spinach->portions[1].text == "1 cup");
    CHECK(spinach->portions[1].grams == 180);
    CHECK_FALSE(spinach->portions[1].common);

    const auto json = toJson(*banana);
    CHECK(json["usda_id"] == "09040");
    CHECK(json["per_100g"].size() == 8);
    CHECK(json["portions"][0]["common"] == true);
    CHECK(formatProfile(*banana).find("Per 100 g:") != std::string::npos);
}

// ---- Ranking ------------------------------------------------------------------------------------------

TEST_CASE("ranking by magnesium per portion gives a useful list", "[foods][rank]") {
    RankFilters filters;
    filters.limit = 20;
    const auto result = finder().rank("magnesium", Basis::PerPortion, filters);
    REQUIRE(result.rows.size() == 20);
    for (const auto& row : result.rows) {
        INFO(row.description);
        CHECK(row.basis == Basis::PerPortion);
        CHECK_FALSE(row.portion.empty());
        CHECK(row.grams > 0);
        CHECK(row.unit == "mg");
        CHECK(*row.percentDailyValue == Approx(row.amount / 420 * 100));
    }
    CHECK(std::is_sorted(result.rows.begin(), result.rows.end(),
                         [](const RankedFood& a, const RankedFood& b) { return a.amount > b.amount; }));
    CHECK(findRow(result.rows, "12016")); // pumpkin seeds, roasted, without salt
    CHECK(findRow(result.rows, "12014")); // ... dried (raw) is a separate line
    CHECK_FALSE(findRow(result.rows, "12516")); // ... roasted, with salt added: folded into 12016
    CHECK(findRow(result.rows, "12016")->similarCount >= 1);
    CHECK(result.withoutPortion > 0);
    CHECK(result.withoutData > 0);
    const std::string text = formatRankedList(result, *finder().findNutrient("magnesium"), Basis::PerPortion);
    // Lists show the short common name; the profile keeps USDA's full name and number.
    CHECK(text.find("Pumpkin seeds, roasted") != std::string::npos);
    CHECK(findRow(result.rows, "12016")->description == "Seeds, pumpkin and squash seed kernels, roasted, without salt");
    CHECK(formatProfile(*finder().profile("12016")).find("USDA 12016: Seeds, pumpkin and squash seed kernels, roasted, "
                                                        "without salt") != std::string::npos);
}

TEST_CASE("near-duplicates are folded: one line per food and preparation", "[foods][rank]") {
    RankFilters collapsed;
    collapsed.limit = 0;
    const auto rows = finder().rank("potassium", Basis::PerPortion, collapsed).rows;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& row : rows) {
        const auto profile = finder().profile(row.usdaId);
        const auto key = std::make_pair(familyKey(profile->description), std::string(preparationState(profile->description)));
        INFO(row.description);
        CHECK(seen.insert(key).second);
    }
    RankFilters expanded = collapsed;
    expanded.collapseDuplicates = false;
    const auto all = finder().rank("potassium", Basis::PerPortion, expanded);
    CHECK(all.rows.size() == all.matching);
    CHECK(rows.size() < all.rows.size());
    std::size_t folded = 0;
    for (const auto& row : rows) {
        folded += row.similarCount;
    }
    CHECK(rows.size() + folded == all.rows.size());
    // Among equal values the lower-sodium entry leads: "without salt" before "with salt added".
    RankFilters pumpkin;
    pumpkin.nameFilter = "pumpkin seed roasted";
    pumpkin.collapseDuplicates = false;
    const auto seeds = finder().rank("magnesium", Basis::Per100g, pumpkin).rows;
    REQUIRE(seeds.size() >= 2);
    CHECK(seeds[0].usdaId == "12016");
    CHECK(seeds[1].usdaId == "12516");
}

TEST_CASE("per 100 g and per 100 kcal bases", "[foods][rank]") {
    RankFilters filters;
    filters.limit = 5;
    const auto per100g = finder().rank("magnesium", Basis::Per100g, filters);
    REQUIRE_FALSE(per100g.rows.empty());
    CHECK(per100g.rows[0].usdaId == "20060"); // rice bran, crude: 781 mg, the highest in SR28
    CHECK(per100g.rows[0].amount == 781);
    CHECK(per100g.rows[0].portion == "100 g");
    CHECK(per100g.rows[0].grams == 100);

    RankFilters all;
    all.limit = 0;
    const auto density = finder().rank("magnesium", Basis::Per100kcal, all);
    const RankedFood* seeds = findRow(density.rows, "12014");
    REQUIRE(seeds);
    CHECK(seeds->amount == Approx(592.0 / 559.0 * 100));
    CHECK(seeds->portion == "100 kcal");
    CHECK(seeds->grams == Approx(100.0 * 100 / 559));
    CHECK(density.tooFewCalories > 0); // water, tea, salt...
    for (const auto& row : density.rows) {
        CHECK(row.grams <= 100.0 * 100 / kMinKcalForDensity + 1e-9);
    }
}

TEST_CASE("filters: group, hidden brand-name and baby foods, name, limit", "[foods][rank]") {
    RankFilters nuts;
    nuts.group = "nut and seed products";
    nuts.limit = 0;
    const auto nutRows = finder().rank("magnesium", Basis::PerPortion, nuts).rows;
    REQUIRE_FALSE(nutRows.empty());
    for (const auto& row : nutRows) {
        CHECK(row.foodGroup == "Nut and Seed Products");
    }
    RankFilters unknown;
    unknown.group = "Moon rocks";
    CHECK_THROWS_AS(finder().rank("magnesium", Basis::PerPortion, unknown), std::invalid_argument);
    CHECK_THROWS_AS(finder().rank("iron", Basis::PerPortion, RankFilters{}), std::invalid_argument);

    RankFilters generic;
    generic.limit = 0;
    generic.collapseDuplicates = false;
    RankFilters everything = generic;
    everything.includeBrandedAndBaby = true;
    const auto genericRows = finder().rank("calcium", Basis::Per100g, generic).rows;
    const auto allRows = finder().rank("calcium", Basis::Per100g, everything).rows;
    CHECK(genericRows.size() < allRows.size());
    for (const auto& row : genericRows) {
        const auto profile = finder().profile(row.usdaId);
        INFO(row.description);
        CHECK_FALSE(profile->brandName);
        CHECK_FALSE(profile->babyFood);
        CHECK(row.foodGroup != "Baby Foods");
        CHECK(row.foodGroup != "Fast Foods");
        CHECK(row.foodGroup != "Restaurant Foods");
    }
    const auto hasBrand = std::any_of(allRows.begin(), allRows.end(), [](const RankedFood& row) {
        return row.description.find("KELLOGG") != std::string::npos;
    });
    CHECK(hasBrand);

    // Naming a hidden group shows its generic entries; chains' own items stay hidden.
    RankFilters fastFood = generic;
    fastFood.group = "Fast Foods";
    const auto fastRows = finder().rank("sodium", Basis::Per100g, fastFood).rows;
    CHECK_FALSE(fastRows.empty());
    for (const auto& row : fastRows) {
        CHECK_FALSE(isBrandName(row.description));
    }

    RankFilters named;
    named.nameFilter = "beans cooked";
    named.limit = 3;
    const auto beans = finder().rank("magnesium", Basis::PerPortion, named).rows;
    CHECK(beans.size() == 3);
    for (const auto& row : beans) {
        CHECK(foldText(row.description).find("bean") != std::string::npos);
    }
}

TEST_CASE("combined ranking: geometric mean of capped %DV, foods lacking data left out", "[foods][rank]") {
    RankFilters filters;
    filters.limit = 10;
    const auto result = finder().rankCombined({"magnesium", "potassium"}, Basis::PerPortion, filters);
    REQUIRE(result.rows.size() == 10);
    CHECK(result.withoutData > 0);
    for (const auto& row : result.rows) {
        REQUIRE(row.amounts.size() == 2);
        const double mg = std::min(100.0, *row.amounts[0].percentDailyValue);
        const double k = std::min(100.0, *row.amounts[1].percentDailyValue);
        CHECK(row.score == Approx(std::sqrt(mg * k)));
        CHECK(row.amounts[0].key == "magnesium");
        CHECK(row.amounts[1].key == "potassium");
    }
    CHECK(std::is_sorted(result.rows.begin(), result.rows.end(),
                         [](const CombinedRankedFood& a, const CombinedRankedFood& b) { return a.score > b.score; }));
    // A food rich in only one of the two does not lead: the leader supplies a real share of both.
    CHECK(*result.rows[0].amounts[0].percentDailyValue > 10);
    CHECK(*result.rows[0].amounts[1].percentDailyValue > 10);

    // Black beans, ½ cup: magnesium 60.2 mg (14.3%), potassium 305.3 mg (6.5%): score sqrt(14.3 x 6.5).
    RankFilters beans;
    beans.limit = 0;
    beans.collapseDuplicates = false;
    const auto all = finder().rankCombined({"magnesium", "potassium"}, Basis::PerPortion, beans);
    const auto black = std::find_if(all.rows.begin(), all.rows.end(),
                                    [](const CombinedRankedFood& row) { return row.usdaId == "16015"; });
    REQUIRE(black != all.rows.end());
    CHECK(black->score == Approx(std::sqrt((70 * 0.86 / 420 * 100) * (355 * 0.86 / 4700 * 100))));

    CHECK_THROWS_AS(finder().rankCombined({"magnesium"}, Basis::PerPortion, filters), std::invalid_argument);
    CHECK_THROWS_AS(finder().rankCombined({"magnesium", "water"}, Basis::PerPortion, filters), std::invalid_argument);
    CHECK(toJson(result.rows[0])["nutrients"].size() == 2);
}

TEST_CASE("nutrient articles get their top food sources", "[foods][rank]") {
    for (const char* key : {"magnesium", "calcium", "potassium", "sodium", "vitamin-d", "water"}) {
        INFO(key);
        const auto sources = finder().topSources(key, 8);
        CHECK(sources.size() == 8);
        for (const auto& row : sources) {
            CHECK(row.basis == Basis::PerPortion);
            CHECK_FALSE(isBrandName(row.description));
        }
    }
    // Articles list the everyday foods (RankFilters::everyday): cod liver oil (04589, 34 µg per tbsp) is
    // not commonly eaten, and canned sockeye salmon is folded under the plainer cooked sockeye (15086):
    // USDA 16.7 µg per 100 g x 85 g = 14.2 µg, 71% DV.
    const auto vitaminD = finder().topSources("vitamin-d", 5);
    CHECK(findRow(vitaminD, "04589") == nullptr);
    CHECK(findRow(vitaminD, "15087") == nullptr);
    REQUIRE(findRow(vitaminD, "15086"));
    CHECK(findRow(vitaminD, "15086")->amount == Approx(16.7 * 0.85));
    CHECK(*findRow(vitaminD, "15086")->percentDailyValue == Approx(16.7 * 0.85 / 20 * 100));
    const auto& ids = findRow(vitaminD, "15086")->similarIds;
    CHECK(std::find(ids.begin(), ids.end(), "15087") != ids.end());
    for (const char* key : {"magnesium", "calcium", "potassium", "sodium", "vitamin-d", "water"}) {
        for (const auto& row : finder().topSources(key, 10)) {
            CHECK(row.commonlyEaten);
            CHECK(row.kind == FoodKind::Single);
        }
    }
    RankFilters everything;
    everything.limit = 1;
    CHECK(finder().rank("vitamin-d", Basis::PerPortion, everything).rows.at(0).usdaId == "04589");
}

TEST_CASE("the SR28 Survey flag is carried as USDA wrote it", "[foods][survey]") {
    Diagnostics diagnostics;
    const auto table = readCsvFile(kFoodsDir / "food_survey.csv", diagnostics);
    REQUIRE(table);
    REQUIRE(diagnostics.empty());
    CHECK(table->header == std::vector<std::string>{"usda_id", "survey"});
    REQUIRE(table->rows.size() == 8789);
    std::size_t flagged = 0;
    for (const auto& row : table->rows) {
        const auto profile = finder().profile(row.fields[0]);
        REQUIRE(profile);
        CHECK(profile->inSurvey == (row.fields[1] == "Y"));
        flagged += row.fields[1] == "Y" ? 1 : 0;
    }
    CHECK(flagged == 3404); // FOOD_DES records with Survey = Y
    // Spot checks against FOOD_DES: bananas and roasted pumpkin seeds are survey foods; conch, cottonseed
    // kernels and firm tofu are not.
    CHECK(finder().profile("09040")->inSurvey);
    CHECK(finder().profile("12016")->inSurvey);
    CHECK_FALSE(finder().profile("15250")->inSurvey);
    CHECK_FALSE(finder().profile("12160")->inSurvey);
    CHECK_FALSE(finder().profile("16426")->inSurvey);
}

TEST_CASE("survey foods only: rare foods leave the top and the list says what it left out", "[foods][survey]") {
    RankFilters all;
    all.limit = 0;
    RankFilters common = all;
    common.commonFoodsOnly = true;
    const auto everything = finder().rank("magnesium", Basis::PerPortion, all);
    const auto surveyOnly = finder().rank("magnesium", Basis::PerPortion, common);
    REQUIRE(everything.rows.at(0).usdaId == "15250"); // conch, without the filter
    CHECK_FALSE(everything.rows.at(0).inSurvey);
    CHECK(everything.lessCommonHidden == 0);
    CHECK_FALSE(everything.richestLessCommon);
    REQUIRE(!surveyOnly.rows.empty());
    CHECK(findRow(surveyOnly.rows, "15250") == nullptr);
    for (const auto& row : surveyOnly.rows) {
        CHECK(row.commonlyEaten);
    }
    // What was left out is counted, and the richest of it named: the unfiltered list's first line.
    CHECK(surveyOnly.lessCommonHidden > 1000);
    REQUIRE(surveyOnly.richestLessCommon);
    CHECK(surveyOnly.richestLessCommon->usdaId == "15250");
    CHECK(surveyOnly.richestLessCommon->amount == Approx(everything.rows[0].amount));
    // Leaving foods out never changes a figure: each survey row has the same amount as without the filter.
    for (const auto& row : surveyOnly.rows) {
        INFO(row.usdaId);
        bool found = false;
        for (const auto& other : everything.rows) {
            if (other.usdaId == row.usdaId) {
                CHECK(other.amount == Approx(row.amount));
                found = true;
            }
        }
        if (!found) { // folded into another entry of its family in the full list; its own figure stands
            const auto profile = finder().profile(row.usdaId);
            REQUIRE(profile);
            CHECK(row.amount == Approx(*amountFor(profile->portions.front().amounts, "magnesium").amount));
        }
    }
    // Pumpkin seeds stay at the top of the common list.
    CHECK(findRow(std::vector<RankedFood>(surveyOnly.rows.begin(), surveyOnly.rows.begin() + 5), "12016"));

    // The combined ranking counts what it left out too.
    const auto combined = finder().rankCombined({"magnesium", "potassium"}, Basis::PerPortion, common);
    CHECK(combined.lessCommonHidden == surveyOnly.lessCommonHidden);
    for (const auto& row : combined.rows) {
        CHECK(row.commonlyEaten);
    }
}

TEST_CASE("food_survey.csv problems are reported with their line", "[foods][survey][csv]") {
    {
        FoodsCopy copy;
        auto text = carebook::test::readText(copy.foods / "food_survey.csv");
        text.replace(text.find("09040,Y"), 7, "09040,N");
        text.erase(text.find("15250,\n"), 7);
        text += "99999,Y\n01001,\n";
        carebook::test::writeText(copy.foods / "food_survey.csv", text);
        const auto problems = copy.compileProblems();
        const std::string file = (copy.foods / "food_survey.csv").generic_string();
        CHECK(anyContains(problems, "survey must be Y or blank, as in SR28's FOOD_DES; found 'N'"));
        CHECK(anyContains(problems, "usda_id '99999' is not a food in foods.csv"));
        CHECK(anyContains(problems, "duplicate usda_id 01001 (first at line 2)"));
        CHECK(anyContains(problems, file + ": no row for usda_id 15250"));
    }
    {
        FoodsCopy copy;
        fs::remove(copy.foods / "food_survey.csv");
        CHECK(anyContains(copy.compileProblems(), "food_survey.csv: missing file"));
    }
}

TEST_CASE("food_data_sources.csv problems are reported with their line", "[foods][survey][csv]") {
    {
        FoodsCopy copy;
        auto text = carebook::test::readText(copy.foods / "food_data_sources.csv");
        text.replace(text.find("01001,1 4 7"), 11, "01001,1 x 7");
        text.erase(text.find("15250,4 7\n"), 10);
        text += "99999,1\n01002,1 4 7\n";
        carebook::test::writeText(copy.foods / "food_data_sources.csv", text);
        const auto problems = copy.compileProblems();
        const std::string file = (copy.foods / "food_data_sources.csv").generic_string();
        CHECK(anyContains(problems, "source_codes must be SR28 source codes (whole numbers) separated by spaces; "
                                    "found '1 x 7'"));
        CHECK(anyContains(problems, "usda_id '99999' is not a food in foods.csv"));
        CHECK(anyContains(problems, "duplicate usda_id 01002 (first at line 3)"));
        CHECK(anyContains(problems, file + ": no row for usda_id 15250"));
    }
    {
        FoodsCopy copy;
        fs::remove(copy.foods / "food_data_sources.csv");
        CHECK(anyContains(copy.compileProblems(), "food_data_sources.csv: missing file"));
    }
}

TEST_CASE("JSON rows carry the agreed keys", "[foods][json]") {
    RankFilters filters;
    filters.limit = 3;
    const auto result = finder().rank("magnesium", Basis::PerPortion, filters);
    const auto json = toJson(result, *finder().findNutrient("magnesium"));
    REQUIRE(json["rows"].size() == 3);
    for (const char* key : {"usda_id", "description", "food_group", "amount", "unit", "basis", "portion", "grams",
                            "percent_dv", "rank", "similar_count", "nutrient"}) {
        INFO(key);
        CHECK(json["rows"][0].contains(key));
    }
    CHECK(json["rows"][0]["basis"] == "portion");
    CHECK(json["rows"][0]["unit"] == "mg");

    const auto water = finder().rank("water", Basis::PerPortion, filters);
    CHECK(toJson(water.rows[0])["percent_dv"].is_null());

    const auto lookup = lookupJson(finder(), "banana");
    CHECK(lookup["food"]["usda_id"] == "09040");
    CHECK(lookup["matches"].size() >= 1);
    CHECK(lookupJson(finder(), "zzzzqqq")["food"].is_null());
}

// ---- Lookup ------------------------------------------------------------------------------------------

TEST_CASE("food lookup tolerates typos, word order and plurals", "[foods][lookup]") {
    const auto first = [](const std::string& query) {
        const auto matches = finder().lookup(query, 5);
        INFO(query);
        REQUIRE_FALSE(matches.empty());
        return matches.front().usdaId;
    };
    CHECK(first("banana") == "09040");
    CHECK(first("bananas") == "09040");
    CHECK(first("Banana") == "09040");
    CHECK(first("bananna") == "09040");
    CHECK(first("spinach boiled") == "11458");
    CHECK(first("boiled spinach") == "11458");
    CHECK(first("spinich boiled") == "11458");
    CHECK(first("almonds") == "12061");
    CHECK(first("almond") == "12061");
    CHECK(first("almnds") == "12061");
    CHECK(first("raw spinach") == "11457");
    CHECK(first("brocoli raw") == "11090");
    CHECK(first("pumpkin seeds roasted") == "12016");
    CHECK(first("09040") == "09040");
    CHECK(finder().lookup("zzzzqqq", 5).empty());
    CHECK(finder().lookup("", 5).empty());
    // Brand-name foods are found, after generic ones.
    const auto cheerios = finder().lookup("cheerios", 3);
    REQUIRE_FALSE(cheerios.empty());
    CHECK(cheerios.front().hiddenByDefault);
}

TEST_CASE("search text helpers", "[foods][lookup]") {
    CHECK(stemWord("berries") == "berry");
    CHECK(stemWord("potatoes") == "potato");
    CHECK(stemWord("almonds") == "almond");
    CHECK(stemWord("peaches") == "peach");
    CHECK(stemWord("cookies") == stemWord("cookie"));
    CHECK(stemWord("hummus") == "hummus");
    CHECK(stemWord("glass") == "glass");
    CHECK(carebook::boundedSlipDistance("spinach", "spinich", 2) == 1);
    CHECK(carebook::boundedSlipDistance("almnd", "almond", 2) == 1);
    CHECK(carebook::boundedSlipDistance("form", "from", 1) == 1); // transposition
    CHECK(carebook::boundedSlipDistance("banana", "apple", 2) == 3);
    CHECK(foldText("Purée, CRÈME") == "puree, creme");
    CHECK(containsWord("spinach, raw", "raw"));
    CHECK_FALSE(containsWord("strawberries, frozen", "raw"));
    CHECK_FALSE(containsWord("spinach, unprepared", "prepared"));
}

// ---- Personal reference intakes -----------------------------------------------------------------------

TEST_CASE("personal reference intakes are kept apart from the label DV", "[foods][intakes]") {
    const auto forPerson = [](Person person, const std::string& key) {
        for (const auto& intake : finder().personalIntakes(person)) {
            if (intake.nutrient == key) {
                return intake;
            }
        }
        FAIL("no intake for " << key);
        throw std::logic_error("unreachable");
    };
    const Person woman{25, Sex::Female, LifeStage::None};
    const auto magnesium = forPerson(woman, "magnesium");
    REQUIRE(magnesium.recommended);
    CHECK(magnesium.recommended->kind == "RDA");
    CHECK(magnesium.recommended->amount == 310);
    CHECK(magnesium.recommended->population == "females 19-30");
    CHECK(magnesium.dailyValue == 420.0); // the label DV is separate
    CHECK(magnesium.upperLimit->amount == 350);
    CHECK(forPerson(woman, "potassium").recommended->kind == "AI");
    CHECK(forPerson(woman, "potassium").recommended->amount == 2600);
    CHECK(forPerson(woman, "potassium").dailyValue == 4700.0);
    CHECK(forPerson(woman, "calcium").recommended->amount == 1000);
    CHECK(forPerson(woman, "vitamin-d").recommended->amount == 15);
    CHECK(forPerson(woman, "vitamin-d").recommended->unit == "µg");
    CHECK(forPerson(woman, "sodium").recommended->kind == "AI");
    CHECK(forPerson(woman, "sodium").recommended->amount == 1500);
    CHECK(forPerson(woman, "sodium").riskReduction->amount == 2300);

    const Person pregnant{25, Sex::Female, LifeStage::Pregnancy};
    CHECK(forPerson(pregnant, "magnesium").recommended->amount == 350);
    CHECK(forPerson(pregnant, "potassium").recommended->amount == 2900);
    CHECK(forPerson(pregnant, "calcium").recommended->population == "pregnancy/lactation 19-50");
    CHECK(forPerson(pregnant, "vitamin-d").recommended->population == "pregnancy/lactation 14-50");
    CHECK_FALSE(forPerson(pregnant, "magnesium").generalValueShown);
    const Person lactating{16, Sex::Female, LifeStage::Lactation};
    CHECK(forPerson(lactating, "magnesium").recommended->amount == 360);
    CHECK(forPerson(lactating, "potassium").recommended->amount == 2500);

    CHECK(forPerson(Person{55, Sex::Male, LifeStage::None}, "calcium").recommended->amount == 1000);
    CHECK(forPerson(Person{55, Sex::Female, LifeStage::None}, "calcium").recommended->amount == 1200);
    CHECK(forPerson(Person{55, Sex::Male, LifeStage::None}, "magnesium").recommended->amount == 420);
    CHECK(forPerson(Person{40, Sex::Male, LifeStage::None}, "potassium").recommended->amount == 3400);
    CHECK(forPerson(Person{75, Sex::Female, LifeStage::None}, "vitamin-d").recommended->amount == 20);

    // No pregnancy row past 50: the general value is shown and flagged.
    const auto late = forPerson(Person{52, Sex::Female, LifeStage::Pregnancy}, "magnesium");
    CHECK(late.recommended->amount == 320);
    CHECK(late.generalValueShown);

    CHECK_THROWS_AS(finder().personalIntakes(Person{30, Sex::Male, LifeStage::Pregnancy}), std::invalid_argument);
    CHECK(finder().ageGroups().size() == 5);
    CHECK(finder().referenceIntakes("magnesium").size() == 16);
    CHECK(toJson(magnesium)["recommended"]["kind"] == "RDA");
}

TEST_CASE("reference intake groups are parsed", "[foods][intakes]") {
    const auto females = parsePopulation("females 19-30");
    REQUIRE(females);
    CHECK(females->sex == "female");
    CHECK(females->lifeStage == "none");
    CHECK(females->ageMin == 19);
    CHECK(females->ageMax == 30);
    CHECK(parsePopulation("males 51+")->ageMax == std::nullopt);
    CHECK(parsePopulation("pregnancy/lactation 14-18")->lifeStage == "pregnancy-lactation");
    CHECK(parsePopulation("ages 14+ (incl. pregnancy/lactation)")->lifeStage == "any");
    CHECK(parsePopulation("adults and children 4+ (food labels)")->ageMin == 4);
    CHECK_FALSE(parsePopulation("teenagers"));
    CHECK_FALSE(parsePopulation("males 30-19"));
    CHECK_FALSE(parsePopulation("males 19-30 (at night)"));
}

// ---- Rules ---------------------------------------------------------------------------------------------

TEST_CASE("portion rule: the category decides the measure", "[foods][rules]") {
    CHECK(classifyPortion("Nuts, almonds", "Nut and Seed Products") == "nut");
    CHECK(classifyPortion("Spinach, cooked, boiled, drained, without salt", "Vegetables and Vegetable Products") ==
          "vegetable");
    CHECK(classifyPortion("Beans, black, mature seeds, cooked, boiled, without salt", "Legumes and Legume Products") ==
          "beans");
    CHECK(classifyPortion("Milk, whole, 3.25% milkfat, with added vitamin D", "Dairy and Egg Products") == "drink");
    CHECK(classifyPortion("Bananas, raw", "Fruits and Fruit Juices") == "fruit");
    CHECK(classifyPortion("Spinach, raw", "Vegetables and Vegetable Products") == "leafy");
    CHECK(classifyPortion("Fish, salmon, sockeye, cooked, dry heat", "Finfish and Shellfish Products") == "meat");
    CHECK(classifyPortion("Peanut butter, smooth style, without salt", "Legumes and Legume Products") == "nut-butter");
    CHECK(classifyPortion("Spices, basil, dried", "Spices and Herbs") == "spice");
    // Not eaten as they are: no common portion.
    CHECK(classifyPortion("Rice, brown, medium-grain, raw", "Cereal Grains and Pasta") == "ingredient");
    CHECK(classifyPortion("Beans, black, mature seeds, raw", "Legumes and Legume Products") == "ingredient");
    CHECK(classifyPortion("Wheat flour, whole-grain", "Cereal Grains and Pasta") == "ingredient");
    CHECK(classifyPortion("Beef, ground, 85% lean meat / 15% fat, raw", "Beef Products") == "ingredient");
    CHECK(classifyPortion("Milk, dry, nonfat, regular, without added vitamin A and vitamin D",
                          "Dairy and Egg Products") == "ingredient");
    CHECK(classifyPortion("Potatoes, flesh and skin, raw", "Vegetables and Vegetable Products") == "ingredient");
    CHECK(classifyPortion("USDA Commodity, cheese, cheddar, reduced fat", "Dairy and Egg Products") == "cheese");
}

TEST_CASE("portion rule: each kind of food has the reference amount of its label category", "[foods][rules]") {
    struct Case {
        const char* description;
        const char* group;
        const char* category;
    };
    const Case cases[] = {
        {"Beans, baked, canned, plain or vegetarian", "Legumes and Legume Products", "beans-in-sauce"},
        {"Tofu, raw, firm, prepared with calcium sulfate", "Legumes and Legume Products", "tofu"},
        {"Potatoes, baked, flesh and skin, without salt", "Vegetables and Vegetable Products", "potato"},
        {"Parsley, fresh", "Vegetables and Vegetable Products", "garnish"},
        {"Peppers, jalapeno, raw", "Vegetables and Vegetable Products", "chili-pepper"},
        {"Rice, brown, long-grain, cooked", "Cereal Grains and Pasta", "grain"},
        {"Avocados, raw, all commercial varieties", "Fruits and Fruit Juices", "fruit-ingredient"},
        {"Watermelon, raw", "Fruits and Fruit Juices", "watermelon"},
        {"Applesauce, canned, unsweetened, without added ascorbic acid", "Fruits and Fruit Juices", "canned-fruit"},
        {"Lemon juice, raw", "Fruits and Fruit Juices", "juice-ingredient"},
        {"Cheese, parmesan, grated", "Dairy and Egg Products", "grated-cheese"},
        {"Cheese, ricotta, whole milk", "Dairy and Egg Products", "ricotta"},
        {"Cheese, cottage, lowfat, 2% milkfat", "Dairy and Egg Products", "soft-cheese"},
        {"Ice creams, vanilla", "Sweets", "ice-cream"},
        {"Pork, cured, bacon, cooked, pan-fried", "Pork Products", "bacon"},
        {"Beverages, coffee, brewed, prepared with tap water", "Beverages", "beverage"},
        {"Beverages, almond milk, unsweetened, shelf stable", "Beverages", "drink"},
        {"Honey", "Sweets", "sweet-spread"},
        {"Sugars, granulated", "Sweets", "sugar"},
        {"Syrups, maple", "Sweets", "syrup"},
        {"Mustard, prepared, yellow", "Spices and Herbs", "minor-condiment"},
        {"Sauce, hot chile, sriracha", "Soups, Sauces, and Gravies", "minor-condiment"},
    };
    for (const auto& c : cases) {
        INFO(c.description);
        CHECK(classifyPortion(c.description, c.group) == c.category);
    }
    // Every category but "ingredient" and the two the label rules do not cover (espresso by the shot,
    // and "other", the label serving) names its reference amount and where it is written.
    for (const auto& category : portionCategories()) {
        INFO(category.key);
        const bool uncovered = category.key == "ingredient" || category.key == "shot" || category.key == "other";
        CHECK(category.reference.empty() == uncovered);
        if (!uncovered) {
            const std::string text = referenceAmountText(category);
            CHECK(text.find("CFR") != std::string::npos);
            CHECK(category.referenceGrams > 0);
        }
    }
    CHECK(referenceAmountText(*findPortionCategory("meat")).find("9 CFR 317.312") != std::string::npos);
    CHECK(referenceAmountText(*findPortionCategory("nut")).find("21 CFR 101.12(b)") != std::string::npos);
}

TEST_CASE("portion rule: picking and scaling USDA portions", "[foods][rules]") {
    // Exact measure.
    const std::vector<UsdaPortion> almonds = {
        {1, 1, "cup, whole", 143}, {2, 1, "cup, sliced", 92}, {5, 1, "oz (23 whole kernels)", 28.35}, {6, 1, "almond", 1.2}};
    const auto nut = choosePortion("nut", almonds);
    REQUIRE(nut);
    CHECK(nut->seq == 5);
    CHECK(nut->text == "1 oz (23 whole kernels)");
    CHECK(nut->note.empty());

    // ½ cup scaled from 1 cup (86 g, nearest the 90 g reference); the note says so.
    const auto beans = choosePortion("beans", {{1, 1, "cup", 172}});
    REQUIRE(beans);
    CHECK(beans->text == "½ cup");
    CHECK(beans->grams == 86);
    CHECK(beans->factor == 0.5);
    CHECK(beans->note == "scaled from USDA's 1 cup = 172 g");

    // A USDA ½ cup row is used as it is.
    const auto exact = choosePortion("beans", {{1, 1, "cup", 180}, {2, 0.5, "cup", 95}});
    REQUIRE(exact);
    CHECK(exact->seq == 2);
    CHECK(exact->grams == 95);

    // A whole 1 kg pineapple is not a portion: the cup amount nearest the 140 g reference is used (¾ cup
    // = 124 g is nearer than 1 cup = 165 g), and the note says where it comes from.
    const auto pineapple = choosePortion("fruit", {{1, 1, "fruit", 905}, {2, 1, "cup, chunks", 165}});
    REQUIRE(pineapple);
    CHECK(pineapple->text == "¾ cup, chunks");
    CHECK(pineapple->grams == Approx(123.8).margin(0.06));
    CHECK(pineapple->note == "scaled from USDA's 1 cup, chunks = 165 g");

    // Cooked grains: 140 g; 1 cup of rice (158 g) is nearer than ¾ cup (118.5 g).
    const auto rice = choosePortion("grain", {{1, 1, "cup", 158}});
    REQUIRE(rice);
    CHECK(rice->text == "1 cup");
    // Leafy greens: 85 g is 3 cups of a 30 g cup, and "cups" is plural.
    const auto greens = choosePortion("leafy", {{1, 1, "cup", 30}});
    REQUIRE(greens);
    CHECK(greens->text == "3 cups");
    CHECK(greens->grams == Approx(90));

    // A counted unit far from the reference keeps its place but says what the reference is.
    const auto potato = choosePortion("potato", {{1, 1, "potato medium", 173}, {2, 1, "cup", 122}});
    REQUIRE(potato);
    CHECK(potato->seq == 1);
    CHECK(potato->note == "USDA's measure nearest the reference amount of 110 g");

    // "oz cooked, yield" is not a weight ounce. An ounce is a weight, so meat is 3 oz without a USDA row.
    const auto conch = choosePortion("meat", {{1, 1, "cup, sliced", 127}, {2, 1, "oz cooked, yield", 17}});
    REQUIRE(conch);
    CHECK(conch->seq == 0);
    CHECK(conch->text == "3 oz");
    CHECK(conch->grams == Approx(85.05).margin(0.06));
    CHECK(conch->note == "1 oz = 28.35 g");

    // Meat: 3 oz scaled from a 1 oz weight row.
    const auto meat = choosePortion("meat", {{1, 1, "oz", 28.35}, {2, 1, "roast", 569}});
    REQUIRE(meat);
    CHECK(meat->seq == 1);
    CHECK(meat->text == "3 oz");
    CHECK(meat->grams == Approx(85.05).margin(0.06));

    // With nothing of the category's measures, the USDA row nearest the reference.
    const auto canned = choosePortion("canned-fruit", {{1, 1, "can", 800}, {2, 1, "serving", 150}});
    REQUIRE(canned);
    CHECK(canned->seq == 2);
    CHECK(canned->note == "USDA portion nearest the reference amount of 140 g");

    // Spices: ¼ tsp however light.
    const auto basil = choosePortion("spice", {{1, 1, "tsp, leaves", 0.7}, {2, 1, "tbsp, leaves", 2.1}});
    REQUIRE(basil);
    CHECK(basil->seq == 1);

    CHECK_FALSE(choosePortion("ingredient", {{1, 1, "cup", 190}}));
    CHECK_FALSE(choosePortion("beans", {}));
    CHECK(choosePortion("nut", {})->text == "1 oz");                 // a weight needs no USDA row
    CHECK_FALSE(choosePortion("fruit", {{1, 1, "roast", 569}}));   // nothing of a plausible weight
    CHECK_FALSE(choosePortion("no-such-category", {{1, 1, "cup", 100}}));
    CHECK(formatPortionAmount(0.5) == "½");
    CHECK(formatPortionAmount(1.5) == "1½");
    CHECK(formatPortionAmount(0.333) == "⅓");
    CHECK(formatPortionAmount(3) == "3");
    CHECK(formatPortionAmount(0.083) == "0.083");
}

TEST_CASE("every food gets a category and plausible portions", "[foods][rules]") {
    auto statement = real().db.prepare(
        "SELECT portion_category, count(*), count(portion_seq), min(portion_grams), max(portion_grams) "
        "FROM food_item GROUP BY portion_category");
    std::size_t foods = 0;
    while (statement.step()) {
        INFO(statement.text(0));
        REQUIRE(findPortionCategory(statement.text(0)));
        foods += static_cast<std::size_t>(statement.integer(1));
        if (statement.text(0) == "ingredient") {
            CHECK(statement.integer(2) == 0);
        } else if (statement.integer(2) > 0) {
            CHECK(statement.real(3) > 0);
            CHECK(statement.real(4) <= 500);
        }
    }
    CHECK(foods == 8789);
    CHECK(real().stats.foodsWithCommonPortion > 6000);
}

TEST_CASE("near-duplicate keys", "[foods][rules]") {
    CHECK(familyKey("Seeds, pumpkin and squash seed kernels, roasted, without salt") == "seeds pumpkin and squash");
    CHECK(familyKey("Seeds, pumpkin and squash seeds, whole, roasted, without salt") == "seeds pumpkin and squash");
    CHECK(familyKey("Spinach, cooked, boiled, drained, without salt") == "spinach");
    CHECK(familyKey("Spinach, raw") == "spinach");
    CHECK(familyKey("Beans, black, mature seeds, cooked, boiled, without salt") == "beans black");
    CHECK(familyKey("Beans, kidney, all types, mature seeds, raw") == "beans kidney");
    CHECK(familyKey("Chickpeas (garbanzo beans, bengal gram), mature seeds, raw") == "chickpeas");
    CHECK(familyKey("Milk, reduced fat, fluid, 2% milkfat") == "milk");
    CHECK(preparationState("Spinach, raw") == "raw");
    CHECK(preparationState("Seeds, pumpkin and squash seed kernels, dried") == "dried");
    CHECK(preparationState("Spinach, cooked, boiled, drained, without salt") == "prepared");
    CHECK(preparationState("Spinach, frozen, unprepared") == "raw");
}

TEST_CASE("brand names and baby foods are recognised", "[foods][rules]") {
    CHECK(isBrandName("Cereals ready-to-eat, KELLOGG, KELLOGG'S ALL-BRAN Original"));
    CHECK(isBrandName("McDONALD'S, BIG MAC"));
    CHECK(isBrandName("Candies, M&M MARS, COMBOS Snacks Cheddar Cheese Pretzel"));
    CHECK_FALSE(isBrandName("USDA Commodity, cheese, cheddar, reduced fat"));
    CHECK_FALSE(isBrandName("Chicken, broiler, rotisserie, BBQ, breast meat only"));
    CHECK_FALSE(isBrandName("Seeds, pumpkin and squash seed kernels, roasted, without salt"));
    CHECK_FALSE(isBrandName("Candies, chocolate, dark, NFS (45-59% cacao solids 90%)"));
    CHECK(isBabyFood("Babyfood, cereal, oatmeal, dry", "Baby Foods"));
    CHECK(isBabyFood("Infant formula, MEAD JOHNSON, ENFAMIL, with iron, ready-to-feed", "Baby Foods"));
    CHECK_FALSE(isBabyFood("Carrots, baby, raw", "Vegetables and Vegetable Products"));
    CHECK(isHiddenGroup("Fast Foods"));
    CHECK_FALSE(isHiddenGroup("Nut and Seed Products"));
}

// ---- Broken input ------------------------------------------------------------------------------------

TEST_CASE("CSV parsing: quotes, doubled quotes, CRLF, BOM and line numbers", "[foods][csv]") {
    Diagnostics diagnostics;
    const auto table = parseCsv("\xEF\xBB\xBF" "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\n\n3,,\n",
                                "t.csv", diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(table.header == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].fields[1] == "x, y");
    CHECK(table.rows[0].fields[2] == "say \"hi\"");
    CHECK(table.rows[1].fields[1] == "two\nlines");
    CHECK(table.rows[1].line == 3);
    CHECK(table.rows[2].line == 6);
    CHECK(table.rows[2].fields[1].empty());
    CHECK(table.rows[2].columns[1] == 3);

    Diagnostics broken;
    const auto bad = parseCsv("a,b\n1,2\n1,2,3\n\"open,2\n", "bad.csv", broken);
    CHECK(bad.rows.size() == 1);
    const auto problems = problemsOf(broken);
    CHECK(anyContains(problems, "bad.csv:3:1: expected 2 fields as in the header, found 3"));
    CHECK(anyContains(problems, "bad.csv:4:1: unterminated quoted field"));

    Diagnostics empty;
    parseCsv("", "empty.csv", empty);
    CHECK(anyContains(problemsOf(empty), "empty.csv: the file is empty"));

    Diagnostics binary;
    parseCsv(std::string("a,b\n\xff\xfe,2\n", 10), "bin.csv", binary);
    CHECK(anyContains(problemsOf(binary), "bin.csv:2:1: text is not valid UTF-8"));
}

TEST_CASE("garbage rows are reported with their line, and the rest still compiles", "[foods][csv]") {
    FoodsCopy copy;
    copy.append("foods.csv", "this is not a food row\n"
                             "99001,\"Test food\",Snacks,12a,,,,,,,,\n"
                             "99002,\"Test food\",Snacks,-5,,,,,,,,\n"
                             "01001,\"Duplicate butter\",Dairy and Egg Products,,,,,,,,,\n"
                             "1234,\"Short id\",Snacks,,,,,,,,,\n"
                             "99003,\"Too much sodium\",Snacks,,,,,,200000,,,\n"
                             "99004,\"\",Snacks,,,,,,,,,\n");
    copy.append("portions.csv", "55555,1,1,cup,100\n09040,1,1,cup,100\n09040,99,0,cup,100\n09040,98,1,,100\n");
    const auto problems = copy.compileProblems();
    for (const auto& problem : problems) {
        UNSCOPED_INFO(problem);
    }
    const std::string foods = (copy.foods / "foods.csv").generic_string();
    const std::string portions = (copy.foods / "portions.csv").generic_string();
    CHECK(anyContains(problems, foods + ":8791:1: expected 12 fields"));
    CHECK(anyContains(problems, foods + ":8792:"));
    CHECK(anyContains(problems, "energy_kcal must be a non-negative number or blank, found '12a'"));
    CHECK(anyContains(problems, "found '-5'"));
    CHECK(anyContains(problems, "duplicate usda_id 01001 (first at line 2)"));
    CHECK(anyContains(problems, "usda_id must be the 5-digit SR28 NDB number, found '1234'"));
    CHECK(anyContains(problems, "sodium_mg of 200000 mg is more than 100 g can hold"));
    CHECK(anyContains(problems, "description is empty"));
    CHECK(anyContains(problems, portions + ":15440:1: usda_id '55555' is not a food in foods.csv"));
    CHECK(anyContains(problems, "duplicate seq 1 for usda_id 09040"));
    CHECK(anyContains(problems, "amount must be a number greater than 0"));
    CHECK(anyContains(problems, "unit is empty"));

    // The good rows are still there.
    Database db = Database::openMemory();
    Diagnostics diagnostics;
    FoodCompileStats stats;
    compileFoodData(db, copy.foods, diagnostics, &stats);
    CHECK(stats.foods == 8789);
    CHECK(stats.portions == 15438);
}

TEST_CASE("a broken header or reference file is reported, not thrown", "[foods][csv]") {
    {
        FoodsCopy copy;
        auto text = carebook::test::readText(copy.foods / "foods.csv");
        text.replace(text.find("magnesium_mg"), 12, "magnesum_mg");
        carebook::test::writeText(copy.foods / "foods.csv", text);
        const auto problems = copy.compileProblems();
        CHECK(anyContains(problems, "missing column 'magnesium_mg'"));
        CHECK(anyContains(problems, "unknown column 'magnesum_mg'"));
    }
    {
        FoodsCopy copy;
        auto text = carebook::test::readText(copy.foods / "reference_intakes.csv");
        const std::string dvRow = "magnesium,adults and children 4+ (food labels),420,mg,DV";
        text.replace(text.find(dvRow), dvRow.size(), "magnesium,adults and children 4+ (food labels),420,mg,XX");
        text += "iron,males 19-30,8,mg,RDA,https://example.org,,\n";
        text += "calcium,martians 19-30,8,mg,RDA,https://example.org,,\n";
        text += "calcium,males 19-30,8,g,RDA,https://example.org,,\n";
        carebook::test::writeText(copy.foods / "reference_intakes.csv", text);
        const auto problems = copy.compileProblems();
        CHECK(anyContains(problems, "kind must be one of RDA, AI, UL, CDRR, DV; found 'XX'"));
        CHECK(anyContains(problems, "no DV row for magnesium"));
        CHECK(anyContains(problems, "unknown nutrient 'iron'"));
        CHECK(anyContains(problems, "cannot read the group 'martians 19-30'"));
        CHECK(anyContains(problems, "unit 'g' does not match the food data's mg for calcium"));
    }
    {
        carebook::test::TempDir dir;
        Database db = Database::openMemory();
        Diagnostics diagnostics;
        CHECK_NOTHROW(compileFoodData(db, dir.path() / "nowhere", diagnostics));
        const auto problems = problemsOf(diagnostics);
        CHECK(anyContains(problems, "missing food data folder"));
        CHECK(anyContains(problems, "foods.csv: missing file"));
        CHECK(anyContains(problems, "reference_intakes.csv: missing file"));
    }
}

TEST_CASE("random garbage never crashes the parser or the compiler", "[foods][csv]") {
    std::mt19937 random(20261122);
    const std::string alphabet = "ab,\"\r\n 0123456789.-\xC3\xA9\xFF";
    for (int round = 0; round < 200; ++round) {
        std::string text = "usda_id,seq,amount,unit,gram_weight\n";
        const int length = static_cast<int>(random() % 400);
        for (int i = 0; i < length; ++i) {
            text += alphabet[random() % alphabet.size()];
        }
        Diagnostics diagnostics;
        CHECK_NOTHROW(parseCsv(text, "random.csv", diagnostics));
        for (const auto& item : diagnostics.items()) {
            CHECK(item.path == "random.csv");
        }
    }
    FoodsCopy copy;
    std::string garbage;
    for (int i = 0; i < 2000; ++i) {
        garbage += alphabet[random() % alphabet.size()];
    }
    copy.append("foods.csv", garbage + "\n");
    copy.append("portions.csv", garbage + "\n");
    copy.append("reference_intakes.csv", garbage + "\n");
    std::vector<std::string> problems;
    CHECK_NOTHROW(problems = copy.compileProblems());
    CHECK_FALSE(problems.empty());
}

TEST_CASE("a database without food tables is recognised", "[foods][compile]") {
    Database empty = Database::openMemory();
    CHECK_FALSE(FoodFinder::hasFoodTables(empty));
    CHECK_THROWS_AS(FoodFinder(empty), carebook::DatabaseError);
    CHECK(FoodFinder::hasFoodTables(real().db));
}

TEST_CASE("the same input gives the same database bytes", "[foods][compile]") {
    carebook::test::TempDir dir;
    const auto build = [&](const std::string& name) {
        Database db = Database::openMemory();
        Diagnostics diagnostics;
        {
            Transaction transaction(db);
            compileFoodData(db, kFoodsDir, diagnostics);
            transaction.commit();
        }
        REQUIRE(diagnostics.empty());
        const auto file = dir.path() / name;
        db.prepare("VACUUM INTO ?").bind(1, file.string()).run();
        return carebook::test::readText(file);
    };
    const std::string first = build("a.db");
    const std::string second = build("b.db");
    CHECK(first.size() > 1'000'000);
    CHECK(first == second);
}

TEST_CASE("the food tables stay under 4 MB", "[foods][compile]") {
    carebook::test::TempDir dir;
    Database db = Database::openMemory();
    Diagnostics diagnostics;
    compileFoodData(db, kFoodsDir, diagnostics);
    const auto file = dir.path() / "foods.db";
    db.prepare("VACUUM INTO ?").bind(1, file.string()).run();
    CHECK(fs::file_size(file) < 4u * 1024 * 1024);
}
