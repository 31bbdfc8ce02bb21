// SPDX-License-Identifier: MIT
#pragma once

// Read-only queries over the food tables of a compiled content database: rank foods by a nutrient or
// several, show a food's profile, find a food by name, and look up reference intakes for a person.
// The rules behind the rankings are documented in content/foods/README.md ("How the food finder ranks").

#include "core/foods/everyday.h" // FoodKind
#include "core/foods/format.h" // formatAmount, formatPercent, formatGrams, portionWithGrams
#include "core/util/database.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::foods {

enum class Basis {
    Per100g,    // per 100 g of edible portion, as USDA gives it
    PerPortion, // per the food's common portion (the portion people eat)
    Per100kcal, // nutrient density: per 100 kcal of the food
};
std::string_view basisKey(Basis basis); // "100g", "portion", "100kcal"
std::optional<Basis> parseBasis(std::string_view text);

// Foods under this energy per 100 g (water, tea, salt...) are left out of per-100-kcal rankings:
// dividing by almost nothing gives meaningless densities.
inline constexpr double kMinKcalForDensity = 10.0;

struct NutrientInfo {
    std::string key;  // "magnesium", "vitamin-d"...
    std::string name; // "Magnesium"
    std::string unit; // "mg", "µg", "g", "kcal", "IU"
    std::optional<double> dailyValue; // FDA label Daily Value; nullopt when there is none (energy, water)
    std::string dailyValueSource;
};

struct FoodGroup {
    int id = 0;
    std::string name;
    bool hiddenByDefault = false;
    std::size_t foodCount = 0;
};

struct RankFilters {
    std::optional<std::string> group; // USDA food group name (case-insensitive); choosing a hidden group shows it
    bool includeBrandedAndBaby = false;
    std::string nameFilter;           // only foods whose name matches every word (tolerant, as lookup)
    std::size_t limit = 25;           // 0: no limit
    bool collapseDuplicates = true;
    // Only commonly eaten foods: those SR28 flags "Survey" (used to code what people eat in the US
    // national food survey), widened by the documented rule (another entry of the same food in the same
    // state is on the list, or some of its USDA values came from its maker or label): keeps rare foods
    // (conch, cottonseed kernels) off the top of lists; results say what was left out.
    bool commonFoodsOnly = false;
    // Only foods of this kind for the ranked nutrient (a food fortified with it is "fortified"); nullopt
    // lists every kind. Results count, per kind, what this leaves out and name the richest.
    std::optional<FoodKind> kind;
    // Foods eaten only in tiny amounts (spices, herbs, leavening, salt; usual portion under 5 g).
    bool includeTinyAmounts = true;

    // The lists Carebook shows by default: single foods, commonly eaten, no tiny-amount foods, generic,
    // near-duplicates folded.
    static RankFilters everyday(std::size_t limit = 25);
};

// A nutrient amount in a given quantity of food; amount is nullopt when USDA has no value ("no data").
struct NutrientAmount {
    std::string key;
    std::string name;
    std::string unit;
    std::optional<double> amount;
    std::optional<double> percentDailyValue; // of the FDA label DV; nullopt without data or DV
};

struct RankedFood {
    std::size_t rank = 0;
    std::string usdaId;
    std::string description;
    std::string foodGroup;
    std::string nutrient; // key
    double amount = 0;
    std::string unit;
    Basis basis = Basis::PerPortion;
    std::string portion; // "1 oz", "½ cup"; "100 g" or "100 kcal" for those bases
    double grams = 0;    // weight of that portion (for 100 kcal: the grams that give 100 kcal)
    std::optional<double> percentDailyValue;
    std::string portionNote;      // how the portion was derived, when it is not a USDA row as is
    std::size_t similarCount = 0; // near-duplicate entries folded into this line
    // How the folded entries differ from this one ("canned", "frozen", "with salt"), each once, in the
    // rules' order; empty when they differ only by variety. similarIds: their USDA numbers.
    std::vector<std::string> similarVariants;
    std::vector<std::string> similarIds;
    bool inSurvey = false;        // SR28 Survey flag
    bool commonlyEaten = false;   // the commonly-eaten rule (survey flag, widened)
    std::string shortName;        // "Pumpkin seeds, roasted"; description holds USDA's full name
    FoodKind kind = FoodKind::Single; // for this nutrient: fortified when USDA says it was added
};

// What a ranking limited to one kind of food left out, per other kind: how many, and the richest.
struct OtherKindCount {
    FoodKind kind = FoodKind::Single;
    std::size_t count = 0;
    std::optional<RankedFood> richest; // single-nutrient rankings only
};

// What a ranking counted besides its rows, the same for single and combined rankings: the finder's
// heading and status line, the CLI and the JSON read it from here.
struct RankTally {
    std::size_t matching = 0;        // foods passing the filters that have a value (before collapsing)
    std::size_t withoutData = 0;     // foods passing the filters with no USDA value for the nutrient(s)
    std::size_t withoutPortion = 0;  // ...with a value but no common portion (per-portion basis only)
    std::size_t tooFewCalories = 0;  // ...under kMinKcalForDensity (per-100-kcal basis only)
    std::size_t lessCommonHidden = 0; // with commonFoodsOnly: foods passing the other filters but less common
    std::size_t tinyHidden = 0; // foods eaten only in tiny amounts, left out (includeTinyAmounts false)
    std::vector<OtherKindCount> otherKinds; // with a kind filter: the kinds left out, in FoodKind order
};

struct RankResult : RankTally {
    std::vector<RankedFood> rows;
    // With commonFoodsOnly: the less common food that would have ranked first (so the list can say what
    // it leaves out).
    std::optional<RankedFood> richestLessCommon;
};

struct CombinedRankedFood {
    std::size_t rank = 0;
    std::string usdaId;
    std::string description;
    std::string foodGroup;
    Basis basis = Basis::PerPortion;
    std::string portion;
    double grams = 0;
    double score = 0; // geometric mean of each nutrient's %DV capped at 100
    std::vector<NutrientAmount> amounts;
    std::string portionNote;
    std::size_t similarCount = 0;
    std::vector<std::string> similarVariants;
    bool inSurvey = false;
    bool commonlyEaten = false;
    std::string shortName;
    FoodKind kind = FoodKind::Single;
};

struct CombinedRankResult : RankTally {
    std::vector<CombinedRankedFood> rows;
};

// One sentence saying what the combined score is, shown beside it.
std::string_view combinedScoreExplanation();

struct PortionProfile {
    std::string text; // "1 cup", "½ cup"
    double grams = 0;
    bool common = false; // the portion used in per-portion rankings
    std::string note;
    std::vector<NutrientAmount> amounts;
};

struct FoodProfile {
    std::string usdaId;
    std::string description;
    std::string commonName;
    std::string foodGroup;
    std::string shortName;       // the name lists show
    bool brandName = false;
    bool babyFood = false;
    bool inSurvey = false;       // SR28 Survey flag
    bool commonlyEaten = false;  // the commonly-eaten rule
    bool tinyAmount = false;     // eaten only in tiny amounts
    FoodKind dishKind = FoodKind::Single; // single, mixed dish or soup
    std::vector<std::string> fortifiedWith; // names of the nutrients USDA's name says were added
    // Fortified or formulated, but USDA's name does not say with what ("fortified" alone, a formulated
    // drink or bar): fortifiedWith is then empty rather than a guess.
    bool fortifiedUnnamed = false;
    std::string portionCategory; // label of the rule that picked the common portion
    std::vector<NutrientAmount> per100g;
    std::vector<PortionProfile> portions; // the common portion first, then every USDA portion in USDA order
};

struct FoodMatch {
    std::string usdaId;
    std::string description;
    std::string foodGroup;
    double score = 0;
    bool hiddenByDefault = false; // brand-name, baby or restaurant food
    bool inSurvey = false;        // SR28 Survey flag
    std::string commonName;       // SR28's other names, comma-separated ("bok choy, pak choi"); often empty
    bool hasCommonPortion = false; // eaten as it is: the portion rule gives it a usual portion (not an ingredient)
};

enum class Sex { Female, Male };
enum class LifeStage { None, Pregnancy, Lactation };

struct Person {
    int age = 30;
    Sex sex = Sex::Female;
    LifeStage lifeStage = LifeStage::None;
};

struct AgeGroup {
    std::string label; // "19–30"
    int minAge = 0;
    std::optional<int> maxAge;
};

struct ReferenceIntake {
    std::string nutrient;
    std::string kind; // RDA, AI, UL, CDRR, DV
    double amount = 0;
    std::string unit;
    std::string population; // as written in reference_intakes.csv
    std::string sourceUrl;
    std::string note;
};

// A person's own reference values for one nutrient, kept apart from the label Daily Value.
struct PersonalIntake {
    std::string nutrient;
    std::string name;
    std::string unit;
    std::optional<ReferenceIntake> recommended; // RDA, or AI where there is no RDA
    std::optional<ReferenceIntake> upperLimit;  // UL
    std::optional<ReferenceIntake> riskReduction; // CDRR (sodium)
    std::optional<double> dailyValue;             // FDA label DV, the same for everyone 4 and over
    // True when the person is pregnant or lactating but the data has no separate value for that, so the
    // value for their age and sex is shown.
    bool generalValueShown = false;
};

// Immutable once loaded: every const member may be called from any number of threads at once, and the
// finder keeps no reference to the database it was loaded from. Share one per process with
// sharedFoodFinder() (core/foods/shared_finder.h) rather than loading another.
class FoodFinder {
public:
    // Loads the food tables (a few MB) once; every query after that runs in memory. Throws
    // DatabaseError when the tables are missing: check hasFoodTables() first for a database that may
    // have been compiled without content/foods.
    explicit FoodFinder(Database& db);
    static bool hasFoodTables(Database& db);
    // True when `word` names a nutrient ("magnesium", "vitamin_d"), as findNutrient() would; needs no
    // loaded finder.
    static bool namesNutrient(std::string_view word);
    ~FoodFinder();
    FoodFinder(const FoodFinder&) = delete;
    FoodFinder& operator=(const FoodFinder&) = delete;

    const std::vector<NutrientInfo>& nutrients() const;
    // Accepts a key ("vitamin-d"), a column-like spelling ("vitamin_d", "Vitamin D") or a name; nullptr
    // when unknown.
    const NutrientInfo* findNutrient(std::string_view keyOrName) const;
    std::vector<FoodGroup> groups() const;
    std::size_t foodCount() const;

    // Throws std::invalid_argument for an unknown nutrient or food group.
    RankResult rank(std::string_view nutrient, Basis basis, const RankFilters& filters) const;
    // Ranks by several nutrients at once: score = geometric mean over the nutrients of min(%DV, 100), so a
    // food scores well only when it supplies a real share of every one. Foods lacking data for any of them
    // are left out. Throws std::invalid_argument for an unknown nutrient, one without a DV, or fewer than 2.
    CombinedRankResult rankCombined(const std::vector<std::string>& nutrients, Basis basis,
                                    const RankFilters& filters) const;

    std::optional<FoodProfile> profile(std::string_view usdaId) const;
    // Tolerant name search: any word order, plurals, small typos, prefixes. Brand-name, baby and
    // restaurant foods are found too but ranked after generic foods.
    std::vector<FoodMatch> lookup(std::string_view query, std::size_t limit = 10) const;

    std::vector<AgeGroup> ageGroups() const;
    std::vector<ReferenceIntake> referenceIntakes(std::string_view nutrient) const; // every row, file order
    // One entry per nutrient that has reference intakes. Throws std::invalid_argument for a male who is
    // pregnant or lactating, or an age under 1.
    std::vector<PersonalIntake> personalIntakes(const Person& person) const;

    // A nutrient article's top food sources (its food_key): per common portion, RankFilters::everyday()
    // (single, commonly eaten generic foods, no tiny-amount foods, near-duplicates folded).
    std::vector<RankedFood> topSources(std::string_view foodKey, std::size_t count = 10) const;

private:
    struct Data;
    std::unique_ptr<const Data> m_data;
};

// JSON for the command line (`carebook foods ... --json`, `carebook food ... --json`). Ranked rows carry
// usda_id, description, food_group, nutrient, amount, unit, basis, portion, grams, percent_dv (null
// when there is no DV), plus rank, similar_count and portion_note. Amounts are rounded to 2 decimals,
// percents to 1; a missing value is null, never 0.
nlohmann::json toJson(const RankedFood& row);
// What a ranking counted ("matching", "without_data", … "other_kinds"): single and combined alike.
nlohmann::json toJson(const RankTally& tally);
nlohmann::json toJson(const RankResult& result, const NutrientInfo& nutrient);
nlohmann::json toJson(const CombinedRankedFood& row);
nlohmann::json toJson(const NutrientAmount& amount);
nlohmann::json toJson(const FoodProfile& profile);
nlohmann::json toJson(const FoodMatch& match);
nlohmann::json toJson(const PersonalIntake& intake);
// The whole answer to `carebook food QUERY`: {"query", "matches": [...], "food": profile of the best
// match or null}.
nlohmann::json lookupJson(const FoodFinder& finder, std::string_view query, std::size_t limit = 10);

// A plain-text ranked list, one food per line, as `carebook foods` prints it.
std::string formatRankedList(const RankResult& result, const NutrientInfo& nutrient, Basis basis);
// A plain-text combined ranking (`carebook foods --nutrient A --with B`): score, each nutrient's amount
// and %DV, portion and food.
std::string formatCombinedList(const CombinedRankResult& result, const std::vector<const NutrientInfo*>& nutrients,
                               Basis basis);
// "Mixed dishes and meals" from a kind's label.
std::string capitalisedLabel(std::string_view label);
// A plain-text profile, as `carebook food` prints it.
std::string formatProfile(const FoodProfile& profile);

} // namespace carebook::foods
