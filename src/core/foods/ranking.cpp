// SPDX-License-Identifier: MIT
// Ranking foods by one nutrient or by several at once. Both go through one loop (Data::select): the
// filters, the bases, the order and the folding of near-duplicates are the same; only the value of a
// food differs (an amount, or a score over several nutrients).
#include "core/foods/finder.h"

#include "core/foods/finder_data.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace carebook::foods {

template <typename HasData, typename Value>
FoodFinder::Data::Selection FoodFinder::Data::select(const RankFilters& filters, Basis basis, HasData hasData,
                                                     Value value) const {
    Selection selection;
    std::vector<Scored> candidates;
    std::vector<std::size_t> lessCommon;
    for (const std::size_t i : filtered(filters, &lessCommon)) {
        const FoodRecord& food = foods[i];
        if (!hasData(food)) {
            ++selection.withoutData;
            continue;
        }
        Skip skip = Skip::None;
        const auto grams = basisGrams(food, basis, skip);
        if (!grams) {
            ++(skip == Skip::NoPortion ? selection.withoutPortion : selection.tooFewCalories);
            continue;
        }
        candidates.push_back({i, *grams, value(food, *grams)});
    }
    selection.matching = candidates.size();
    // What the survey filter leaves out, and the one of those that would have led the list.
    selection.lessCommonHidden = lessCommon.size();
    for (const std::size_t i : lessCommon) {
        const FoodRecord& food = foods[i];
        Skip skip = Skip::None;
        const auto grams = hasData(food) ? basisGrams(food, basis, skip) : std::nullopt;
        if (!grams) {
            continue;
        }
        const Scored candidate{i, *grams, value(food, *grams)};
        const auto& richest = selection.richestLessCommon;
        if (!richest || before(i, candidate.value, richest->food, richest->value)) {
            selection.richestLessCommon = candidate;
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [&](const Scored& a, const Scored& b) { return before(a.food, a.value, b.food, b.value); });
    // Indexed by family id: cheaper than hashing in the hot loop.
    std::vector<std::uint32_t> familySize(filters.collapseDuplicates ? familyCount : 0, 0);
    if (filters.collapseDuplicates) {
        for (const auto& candidate : candidates) {
            ++familySize[foods[candidate.food].family];
        }
    }
    std::vector<char> familyShown(familySize.size(), 0);
    for (const auto& candidate : candidates) {
        if (filters.limit > 0 && selection.shown.size() >= filters.limit) {
            break;
        }
        std::size_t similar = 0;
        if (filters.collapseDuplicates) {
            const std::uint32_t family = foods[candidate.food].family;
            if (familyShown[family]) {
                continue;
            }
            familyShown[family] = 1;
            similar = familySize[family] - 1;
        }
        selection.shown.push_back(candidate);
        selection.similar.push_back(similar);
    }
    return selection;
}

RankResult FoodFinder::rank(std::string_view nutrient, Basis basis, const RankFilters& filters) const {
    const Data& data = *m_data;
    const std::size_t n = data.requireNutrient(nutrient);
    const auto selection = data.select(
        filters, basis, [n](const FoodRecord& food) { return food.hasValue[n]; },
        [n](const FoodRecord& food, double grams) { return food.values[n] * grams / 100.0; });
    const NutrientInfo& info = data.nutrients[n];
    const auto makeRow = [&](const Data::Scored& candidate) {
        const FoodRecord& food = data.foods[candidate.food];
        RankedFood row;
        row.usdaId = food.usdaId;
        row.description = food.description;
        row.foodGroup = data.groups[static_cast<std::size_t>(food.groupIndex)].name;
        row.nutrient = info.key;
        row.amount = candidate.value;
        row.unit = info.unit;
        row.basis = basis;
        row.portion = data.basisPortionText(food, basis);
        row.grams = candidate.grams;
        if (info.dailyValue) {
            row.percentDailyValue = candidate.value / *info.dailyValue * 100.0;
        }
        if (basis == Basis::PerPortion) {
            row.portionNote = food.portionNote;
        }
        row.inSurvey = food.survey;
        return row;
    };
    RankResult result;
    result.matching = selection.matching;
    result.withoutData = selection.withoutData;
    result.withoutPortion = selection.withoutPortion;
    result.tooFewCalories = selection.tooFewCalories;
    result.lessCommonHidden = selection.lessCommonHidden;
    if (selection.richestLessCommon) {
        result.richestLessCommon = makeRow(*selection.richestLessCommon);
    }
    for (std::size_t i = 0; i < selection.shown.size(); ++i) {
        RankedFood row = makeRow(selection.shown[i]);
        row.similarCount = selection.similar[i];
        row.rank = i + 1;
        result.rows.push_back(std::move(row));
    }
    return result;
}

namespace {

// Geometric mean of the capped %DVs: one nutrient far above its DV cannot make up for another that is
// missing.
double combinedScore(const std::vector<NutrientInfo>& nutrients, const std::vector<std::size_t>& indexes,
                     const FoodRecord& food, double grams) {
    double logSum = 0;
    for (const std::size_t k : indexes) {
        const double percent = std::min(100.0, food.values[k] * grams / 100.0 / *nutrients[k].dailyValue * 100.0);
        if (percent <= 0) {
            return 0.0;
        }
        logSum += std::log(percent);
    }
    return std::exp(logSum / static_cast<double>(indexes.size()));
}

} // namespace

CombinedRankResult FoodFinder::rankCombined(const std::vector<std::string>& nutrients, Basis basis,
                                            const RankFilters& filters) const {
    const Data& data = *m_data;
    std::vector<std::size_t> indexes;
    for (const auto& key : nutrients) {
        const std::size_t index = data.requireNutrient(key);
        if (!data.nutrients[index].dailyValue) {
            throw std::invalid_argument("'" + key + "' has no Daily Value, so it cannot be combined with others");
        }
        if (std::find(indexes.begin(), indexes.end(), index) == indexes.end()) {
            indexes.push_back(index);
        }
    }
    if (indexes.size() < 2) {
        throw std::invalid_argument("a combined ranking needs at least two different nutrients");
    }
    const auto selection = data.select(
        filters, basis,
        [&](const FoodRecord& food) {
            return std::all_of(indexes.begin(), indexes.end(), [&](std::size_t k) { return food.hasValue[k]; });
        },
        [&](const FoodRecord& food, double grams) { return combinedScore(data.nutrients, indexes, food, grams); });
    CombinedRankResult result;
    result.matching = selection.matching;
    result.withoutData = selection.withoutData;
    result.withoutPortion = selection.withoutPortion;
    result.tooFewCalories = selection.tooFewCalories;
    result.lessCommonHidden = selection.lessCommonHidden;
    for (std::size_t i = 0; i < selection.shown.size(); ++i) {
        const Data::Scored& candidate = selection.shown[i];
        const FoodRecord& food = data.foods[candidate.food];
        CombinedRankedFood row;
        row.rank = i + 1;
        row.similarCount = selection.similar[i];
        row.usdaId = food.usdaId;
        row.description = food.description;
        row.foodGroup = data.groups[static_cast<std::size_t>(food.groupIndex)].name;
        row.basis = basis;
        row.portion = data.basisPortionText(food, basis);
        row.grams = candidate.grams;
        row.score = candidate.value;
        row.inSurvey = food.survey;
        for (const std::size_t k : indexes) {
            row.amounts.push_back(data.amountOf(food, k, candidate.grams));
        }
        if (basis == Basis::PerPortion) {
            row.portionNote = food.portionNote;
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

} // namespace carebook::foods
