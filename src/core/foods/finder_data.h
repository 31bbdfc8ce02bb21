// SPDX-License-Identifier: MIT
#pragma once

// Inside the food finder (not for other modules): the foods as loaded, once, from the database, and the
// helpers its queries share. Everything here is read-only after the constructor, which is what makes one
// FoodFinder safe to share between threads.

#include "core/foods/finder.h"
#include "core/foods/rules.h"
#include "core/foods/search_hits.h"
#include "core/foods/text.h"

#include <array>
#include <optional>
#include <stdexcept>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace carebook::foods {

inline constexpr std::size_t kNutrientCount = kNutrientColumns.size();

struct FoodRecord {
    int id = 0;
    std::string usdaId;
    std::string description;
    std::string commonName;
    int groupIndex = 0;
    std::array<double, kNutrientCount> values{};
    std::array<bool, kNutrientCount> hasValue{};
    bool brandName = false;
    bool babyFood = false;
    bool survey = false;
    bool common = false;          // the commonly-eaten rule
    bool tinyAmount = false;
    FoodKind dishKind = FoodKind::Single;
    std::uint32_t fortifiedMask = 0; // bits by nutrient position
    std::uint32_t variantMarks = 0;
    std::string shortName;
    std::uint32_t family = 0; // interned family key + preparation state
    const PortionCategory* portionCategory = nullptr; // the rule that picked the common portion
    bool hasPortion = false;
    int portionSeq = 0;
    double portionFactor = 1;
    std::string portionText;
    double portionGrams = 0;
    std::string portionNote;
    // Every USDA household measure, in USDA order. Compact: 15,439 of them live in memory, and the
    // ~300 distinct unit texts are kept once, in Data::portionUnits.
    struct Portion {
        int seq = 0;
        std::uint32_t unit = 0;
        double amount = 0;
        double grams = 0;
    };
    std::vector<Portion> usdaPortions;
};

struct ReferenceRecord {
    ReferenceIntake intake;
    std::string sex;
    std::string lifeStage;
    int ageMin = 0;
    std::optional<int> ageMax;
};

// The position in kNutrientColumns of a nutrient named by its key ("vitamin-d"), a column-like spelling
// ("vitamin_d", "magnesium_mg") or its name ("Vitamin D"); kNutrientCount when there is none. The
// finder checks on loading that the database lists exactly these nutrients, so this needs no database.
std::size_t nutrientColumnIndex(std::string_view keyOrName);

struct FoodFinder::Data {
    std::vector<NutrientInfo> nutrients;
    std::vector<FoodGroup> groups;
    std::vector<FoodRecord> foods;
    std::unordered_map<int, std::size_t> foodById;
    std::vector<ReferenceRecord> references;
    std::vector<std::string> portionUnits; // FoodRecord::Portion::unit indexes this
    std::size_t familyCount = 0;
    FoodSearchIndex search;

    // Loading, in this order (finder.cpp).
    void loadNutrients(Database& db);
    std::unordered_map<int, std::size_t> loadGroups(Database& db); // group id -> index in `groups`
    void loadFoods(Database& db, const std::unordered_map<int, std::size_t>& groupIndex);
    void loadPortions(Database& db);
    void loadReferences(Database& db);

    // One candidate of a ranking: a food, the grams the basis stands for, and its value (an amount or
    // a combined score) in those grams.
    struct Scored {
        std::size_t food = 0;
        double grams = 0;
        double value = 0;
    };
    struct Selection {
        std::vector<Scored> shown;                     // the rows, best first, limited
        std::vector<std::vector<std::size_t>> similar; // near-duplicates folded into each shown row
        RankTally tally; // otherKinds left empty: the callers make those rows from the two arrays below
        std::optional<Scored> richestLessCommon;
        std::array<std::size_t, 4> otherKindCount{};
        std::array<std::optional<Scored>, 4> otherKindRichest;
    };
    // The one ranking loop behind rank() and rankCombined() (ranking.cpp): filters, bases, order and
    // folding are the same whatever the value is. `hasData` says whether a food can be valued at all;
    // `nutrientMask` (bits by nutrient position) decides which foods count as fortified.
    template <typename HasData, typename Value>
    Selection select(const RankFilters& filters, Basis basis, std::uint32_t nutrientMask, HasData hasData,
                     Value value) const;

    // How the near-duplicates folded into `shown` differ from it (variant labels) and their numbers.
    void describeSimilar(const FoodRecord& shown, const std::vector<std::size_t>& similar, std::uint32_t nutrientMask,
                         std::vector<std::string>& variants, std::vector<std::string>& ids) const;

    // A food's variant marks in a ranking of the nutrients in `nutrientMask` (kFortifiedMark only when
    // one of those was added).
    static std::uint32_t marksFor(const FoodRecord& food, std::uint32_t nutrientMask) {
        return marksForNutrients(food.variantMarks, food.fortifiedMask, nutrientMask);
    }

    // The kind of a food in a ranking of the nutrients in `nutrientMask`.
    static FoodKind kindFor(const FoodRecord& food, std::uint32_t nutrientMask) {
        if (food.dishKind != FoodKind::Single) {
            return food.dishKind;
        }
        return (food.fortifiedMask & nutrientMask) != 0 ? FoodKind::Fortified : FoodKind::Single;
    }

    bool hiddenByDefault(const FoodRecord& food) const {
        return food.brandName || food.babyFood || groups[static_cast<std::size_t>(food.groupIndex)].hiddenByDefault;
    }

    std::size_t nutrientIndex(std::string_view keyOrName) const { return nutrientColumnIndex(keyOrName); }

    std::size_t requireNutrient(std::string_view key) const {
        const std::size_t index = nutrientIndex(key);
        if (index == kNutrientCount) {
            std::string known;
            for (const auto& nutrient : nutrients) {
                known += known.empty() ? "" : ", ";
                known += nutrient.key;
            }
            throw std::invalid_argument("unknown nutrient '" + std::string(key) + "'; known nutrients: " + known);
        }
        return index;
    }

    // Resolves a group name case-insensitively; -1 when no group is asked for.
    int requireGroup(const std::optional<std::string>& name) const {
        if (!name || name->empty()) {
            return -1;
        }
        const std::string wanted = foldText(*name);
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (foldText(groups[i].name) == wanted) {
                return static_cast<int>(i);
            }
        }
        std::string known;
        for (const auto& group : groups) {
            known += known.empty() ? "" : "; ";
            known += group.name;
        }
        throw std::invalid_argument("unknown food group '" + *name + "'; groups: " + known);
    }

    // Foods passing the group, visibility, name and survey filters. Foods left out only by the survey
    // filter go to `lessCommon`.
    std::vector<std::size_t> filtered(const RankFilters& filters, std::vector<std::size_t>* lessCommon = nullptr) const {
        const int group = requireGroup(filters.group);
        std::vector<bool> nameMatches;
        if (!filters.nameFilter.empty()) {
            nameMatches = search.matchAll(filters.nameFilter);
        }
        std::vector<std::size_t> result;
        result.reserve(foods.size());
        for (std::size_t i = 0; i < foods.size(); ++i) {
            const FoodRecord& food = foods[i];
            if (group >= 0 && food.groupIndex != group) {
                continue;
            }
            if (!filters.includeBrandedAndBaby) {
                // Asking for a hidden group by name shows it; brand-name and baby foods stay hidden.
                const bool groupHidden = groups[static_cast<std::size_t>(food.groupIndex)].hiddenByDefault;
                if (food.brandName || food.babyFood || (groupHidden && group < 0)) {
                    continue;
                }
            }
            if (!nameMatches.empty() && !nameMatches[i]) {
                continue;
            }
            if (filters.commonFoodsOnly && !food.common) {
                if (lessCommon) {
                    lessCommon->push_back(i);
                }
                continue;
            }
            result.push_back(i);
        }
        return result;
    }

    // Grams of food the basis stands for, or nullopt when the food cannot be ranked on that basis.
    enum class Skip { None, NoPortion, TooFewCalories };
    std::optional<double> basisGrams(const FoodRecord& food, Basis basis, Skip& skip) const {
        skip = Skip::None;
        switch (basis) {
        case Basis::Per100g:
            return 100.0;
        case Basis::PerPortion:
            if (!food.hasPortion) {
                skip = Skip::NoPortion;
                return std::nullopt;
            }
            return food.portionGrams;
        case Basis::Per100kcal:
            if (!food.hasValue[kEnergyIndex] || food.values[kEnergyIndex] < kMinKcalForDensity) {
                skip = Skip::TooFewCalories;
                return std::nullopt;
            }
            return 100.0 * 100.0 / food.values[kEnergyIndex];
        }
        return std::nullopt;
    }

    std::string basisPortionText(const FoodRecord& food, Basis basis) const {
        switch (basis) {
        case Basis::Per100g:
            return "100 g";
        case Basis::PerPortion:
            return food.portionText;
        case Basis::Per100kcal:
            return "100 kcal";
        }
        return {};
    }

    NutrientAmount amountOf(const FoodRecord& food, std::size_t nutrient, double grams) const {
        NutrientAmount amount;
        amount.key = nutrients[nutrient].key;
        amount.name = nutrients[nutrient].name;
        amount.unit = nutrients[nutrient].unit;
        if (food.hasValue[nutrient]) {
            amount.amount = food.values[nutrient] * grams / 100.0;
            if (nutrients[nutrient].dailyValue) {
                amount.percentDailyValue = *amount.amount / *nutrients[nutrient].dailyValue * 100.0;
            }
        }
        return amount;
    }

    // Ranking order: higher value first; among equal values the lower-sodium entry (so "without salt"
    // leads "with salt added"), then the USDA number.
    bool before(std::size_t a, double valueA, std::size_t b, double valueB) const {
        if (valueA != valueB) {
            return valueA > valueB;
        }
        const FoodRecord& foodA = foods[a];
        const FoodRecord& foodB = foods[b];
        const double sodiumA = foodA.hasValue[kSodiumIndex] ? foodA.values[kSodiumIndex]
                                                            : std::numeric_limits<double>::infinity();
        const double sodiumB = foodB.hasValue[kSodiumIndex] ? foodB.values[kSodiumIndex]
                                                            : std::numeric_limits<double>::infinity();
        if (sodiumA != sodiumB) {
            return sodiumA < sodiumB;
        }
        return foodA.id < foodB.id;
    }
};


} // namespace carebook::foods
