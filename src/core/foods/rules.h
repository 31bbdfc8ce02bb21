// SPDX-License-Identifier: MIT
#pragma once

// The documented rules of the food finder (content/foods/README.md, "How the food finder ranks"):
// which nutrients exist, which foods are hidden by default, which USDA portion is "the portion people
// eat", and which entries are near-duplicates. They run once, in the content compiler; the results are
// stored with each food so the app only reads them.

#include "core/foods/format.h" // formatPortionAmount, portionText

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::foods {

// One nutrient column of foods.csv. `referenceName` is the nutrient's name in reference_intakes.csv,
// empty when the file has no intake for it.
struct NutrientColumn {
    std::string_view key;  // stable key used by the API, the CLI and nutrient articles' food_key
    std::string_view name; // shown to people
    std::string_view column;
    std::string_view unit;
    std::string_view referenceName;
};

inline constexpr std::array<NutrientColumn, 8> kNutrientColumns = {{
    {"energy", "Energy", "energy_kcal", "kcal", ""},
    {"water", "Water", "water_g", "g", ""},
    {"magnesium", "Magnesium", "magnesium_mg", "mg", "magnesium"},
    {"calcium", "Calcium", "calcium_mg", "mg", "calcium"},
    {"potassium", "Potassium", "potassium_mg", "mg", "potassium"},
    {"sodium", "Sodium", "sodium_mg", "mg", "sodium"},
    {"vitamin-d", "Vitamin D (D2 + D3)", "vitamin_d_ug", "µg", "vitamin_d"},
    {"vitamin-d-iu", "Vitamin D (IU)", "vitamin_d_iu", "IU", ""},
}};
inline constexpr std::size_t kEnergyIndex = 0;
inline constexpr std::size_t kCalciumIndex = 3;
inline constexpr std::size_t kSodiumIndex = 5;
inline constexpr std::size_t kVitaminDIndex = 6; // µg

// Food groups left out of lists unless the person asks for brand-name and baby foods: restaurant and
// fast-food items are nearly all named after a chain, and baby foods are not what an adult eats.
bool isHiddenGroup(std::string_view foodGroup);
// SR28 writes brand and chain names in capitals ("KELLOGG'S", "CAMPBELL'S", "MCDONALD'S"); any run of
// two or more capital letters that is not one of a few generic abbreviations (USDA, NFS, BBQ, DHA...)
// marks a brand-name food.
bool isBrandName(std::string_view description);
// Babyfood, infant, toddler and child formula, wherever USDA filed them.
bool isBabyFood(std::string_view description, std::string_view foodGroup);

// How a food is usually eaten, which decides its common portion. "ingredient" means it is not eaten as
// it is (uncooked grains and dry beans, flours, dry mixes, raw meat...): it has no common portion.
struct PortionCategory {
    std::string_view key;
    std::string_view label; // for people: "cooked vegetables, beans and grains"
    struct Measure {
        std::string_view measure; // "cup", "tbsp", "tsp", "oz", "fl oz" (scalable) or a word ("medium")
        double amount;
    };
    // Preferred measures in order; unused entries have an empty measure. Amount 0: the amount of the
    // measure nearest the reference ("½ cup" or "1 cup").
    std::array<Measure, 4> measures;
    double referenceGrams;           // the reference amount (mL as g), or for measures the weight the bounds use
    double minFactor;                // a portion must weigh at least referenceGrams * minFactor...
    double maxFactor;                // ...and at most referenceGrams * maxFactor
    // The label rules' reference amount and category, shortened ("85 g: all other vegetables"); empty
    // for the few kinds they do not cover.
    std::string_view reference;
};
// How a food is usually eaten decides its portion: the US label rules' reference amount for its kind
// (portion_rules.cpp), matched to the USDA household measure nearest it.
const std::vector<PortionCategory>& portionCategories();
const PortionCategory* findPortionCategory(std::string_view key);
// "reference amount 85 g: all other vegetables (21 CFR 101.12(b))"; empty without a reference.
std::string referenceAmountText(const PortionCategory& category);

std::string_view classifyPortion(std::string_view description, std::string_view foodGroup);

// One row of portions.csv.
struct UsdaPortion {
    int seq = 0;
    double amount = 0;
    std::string unit;
    double grams = 0;
};

struct ChosenPortion {
    int seq = 0;       // the USDA row it comes from
    double factor = 1; // 0.5 when "½ cup" is half of USDA's "1 cup" row
    std::string text;  // "½ cup", "1 medium (7\" to 7-7/8\" long)"
    double grams = 0;
    std::string note; // how it was derived, when it is not a USDA row as is
};

// Picks the common portion for a food of the given category, or nullopt (ingredients, foods without a
// USDA portion, or no USDA portion of a plausible weight).
std::optional<ChosenPortion> choosePortion(std::string_view categoryKey, const std::vector<UsdaPortion>& portions);


// Near-duplicate grouping: entries with the same family key and the same preparation state are one food
// for ranking ("Seeds, pumpkin and squash seed kernels, roasted, with salt added" and "..., without salt"
// are one line; "..., dried" is another because it is raw).
std::string familyKey(std::string_view description);
std::string_view preparationState(std::string_view description); // "raw", "dried" or "prepared"

// Who a row of reference_intakes.csv applies to, parsed from its `group` text ("females 19-30",
// "pregnancy 14-18", "ages 14+ (incl. pregnancy/lactation)", "adults and children 4+ (food labels)").
struct Population {
    std::string sex;       // "male", "female" or "any"
    std::string lifeStage; // "none" (not pregnant or lactating), "pregnancy", "lactation",
                           // "pregnancy-lactation" (either) or "any" (everyone, pregnant or not)
    int ageMin = 0;
    std::optional<int> ageMax; // nullopt: no upper age
};
std::optional<Population> parsePopulation(std::string_view text);

} // namespace carebook::foods
