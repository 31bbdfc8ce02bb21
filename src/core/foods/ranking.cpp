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

namespace {

// The index of a kind in Selection's per-kind arrays.
std::size_t kindIndex(FoodKind kind) { return static_cast<std::size_t>(kind); }

} // namespace

template <typename HasData, typename Value>
FoodFinder::Data::Selection FoodFinder::Data::select(const RankFilters& filters, Basis basis, std::uint32_t nutrientMask,
                                                     HasData hasData, Value value) const {
    Selection selection;
    std::vector<Scored> candidates;
    std::vector<std::size_t> lessCommon;
    const auto keep = [&](const Scored& candidate, std::optional<Scored>& best) {
        if (!best || before(candidate.food, candidate.value, best->food, best->value)) {
            best = candidate;
        }
    };
    for (const std::size_t i : filtered(filters, &lessCommon)) {
        const FoodRecord& food = foods[i];
        if (!hasData(food)) {
            ++selection.tally.withoutData;
            continue;
        }
        Skip skip = Skip::None;
        const auto grams = basisGrams(food, basis, skip);
        if (!grams) {
            ++(skip == Skip::NoPortion ? selection.tally.withoutPortion : selection.tally.tooFewCalories);
            continue;
        }
        if (!filters.includeTinyAmounts && food.tinyAmount) {
            ++selection.tally.tinyHidden;
            continue;
        }
        const Scored candidate{i, *grams, value(food, *grams)};
        if (filters.kind) {
            const FoodKind kind = kindFor(food, nutrientMask);
            if (kind != *filters.kind) {
                ++selection.otherKindCount[kindIndex(kind)];
                keep(candidate, selection.otherKindRichest[kindIndex(kind)]);
                continue;
            }
        }
        candidates.push_back(candidate);
    }
    selection.tally.matching = candidates.size();
    // What the commonly-eaten filter leaves out, and the one of those that would have led the list.
    selection.tally.lessCommonHidden = lessCommon.size();
    for (const std::size_t i : lessCommon) {
        const FoodRecord& food = foods[i];
        Skip skip = Skip::None;
        const auto grams = hasData(food) ? basisGrams(food, basis, skip) : std::nullopt;
        if (!grams || (!filters.includeTinyAmounts && food.tinyAmount) ||
            (filters.kind && kindFor(food, nutrientMask) != *filters.kind)) {
            continue;
        }
        keep(Scored{i, *grams, value(food, *grams)}, selection.richestLessCommon);
    }
    if (!filters.collapseDuplicates) {
        std::sort(candidates.begin(), candidates.end(),
                  [&](const Scored& a, const Scored& b) { return before(a.food, a.value, b.food, b.value); });
        for (const auto& candidate : candidates) {
            if (filters.limit > 0 && selection.shown.size() >= filters.limit) {
                break;
            }
            selection.shown.push_back(candidate);
            selection.similar.emplace_back();
        }
        return selection;
    }
    // Folding: each family is shown once, by its plainest entry (fewest variant marks: not canned,
    // frozen, salted, flavoured...), the richer on a tie; the row ranks by that entry's own value.
    // Indexed by family id: cheaper than hashing in the hot loop.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> representative(familyCount, kNone);
    const auto plainer = [&](const Scored& a, const Scored& b) {
        const int plainA = plainness(marksFor(foods[a.food], nutrientMask));
        const int plainB = plainness(marksFor(foods[b.food], nutrientMask));
        if (plainA != plainB) {
            return plainA < plainB;
        }
        return before(a.food, a.value, b.food, b.value);
    };
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        std::size_t& chosen = representative[foods[candidates[c].food].family];
        if (chosen == kNone || plainer(candidates[c], candidates[chosen])) {
            chosen = c;
        }
    }
    std::vector<std::size_t> rows;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (representative[foods[candidates[c].food].family] == c) {
            rows.push_back(c);
        }
    }
    std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        return before(candidates[a].food, candidates[a].value, candidates[b].food, candidates[b].value);
    });
    if (filters.limit > 0 && rows.size() > filters.limit) {
        rows.resize(filters.limit);
    }
    // The shown rows' families, to gather what each folds (only for the rows shown: cheap).
    std::vector<std::uint32_t> shownSlot(familyCount, 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        shownSlot[foods[candidates[rows[r]].food].family] = static_cast<std::uint32_t>(r + 1);
        selection.shown.push_back(candidates[rows[r]]);
    }
    selection.similar.resize(rows.size());
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const std::uint32_t slot = shownSlot[foods[candidates[c].food].family];
        if (slot != 0 && rows[slot - 1] != c) {
            selection.similar[slot - 1].push_back(candidates[c].food);
        }
    }
    return selection;
}

void FoodFinder::Data::describeSimilar(const FoodRecord& shown, const std::vector<std::size_t>& similar,
                                       std::uint32_t nutrientMask, std::vector<std::string>& variants,
                                       std::vector<std::string>& ids) const {
    std::uint32_t differences = 0;
    const std::uint32_t shownMarks = marksFor(shown, nutrientMask);
    for (const std::size_t index : similar) {
        const FoodRecord& other = foods[index];
        differences |= marksFor(other, nutrientMask) & ~shownMarks;
        ids.push_back(other.usdaId);
    }
    for (const std::string_view label : variantLabels(differences)) {
        variants.emplace_back(label);
    }
}

RankResult FoodFinder::rank(std::string_view nutrient, Basis basis, const RankFilters& filters) const {
    const Data& data = *m_data;
    const std::size_t n = data.requireNutrient(nutrient);
    const auto selection = data.select(
        filters, basis, 1u << n, [n](const FoodRecord& food) { return food.hasValue[n]; },
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
        row.commonlyEaten = food.common;
        row.shortName = food.shortName;
        row.kind = Data::kindFor(food, 1u << n);
        return row;
    };
    RankResult result;
    static_cast<RankTally&>(result) = selection.tally;
    if (selection.richestLessCommon) {
        result.richestLessCommon = makeRow(*selection.richestLessCommon);
    }
    for (const FoodKind kind : {FoodKind::Single, FoodKind::MixedDish, FoodKind::Soup, FoodKind::Fortified}) {
        if (const std::size_t count = selection.otherKindCount[kindIndex(kind)]; count > 0) {
            const auto& richest = selection.otherKindRichest[kindIndex(kind)];
            result.otherKinds.push_back({kind, count, richest ? std::optional(makeRow(*richest)) : std::nullopt});
        }
    }
    for (std::size_t i = 0; i < selection.shown.size(); ++i) {
        RankedFood row = makeRow(selection.shown[i]);
        row.similarCount = selection.similar[i].size();
        data.describeSimilar(data.foods[selection.shown[i].food], selection.similar[i], 1u << n,
                             row.similarVariants, row.similarIds);
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
    std::uint32_t mask = 0;
    for (const std::size_t k : indexes) {
        mask |= 1u << k;
    }
    const auto selection = data.select(
        filters, basis, mask,
        [&](const FoodRecord& food) {
            return std::all_of(indexes.begin(), indexes.end(), [&](std::size_t k) { return food.hasValue[k]; });
        },
        [&](const FoodRecord& food, double grams) { return combinedScore(data.nutrients, indexes, food, grams); });
    CombinedRankResult result;
    static_cast<RankTally&>(result) = selection.tally;
    for (const FoodKind kind : {FoodKind::Single, FoodKind::MixedDish, FoodKind::Soup, FoodKind::Fortified}) {
        if (const std::size_t count = selection.otherKindCount[kindIndex(kind)]; count > 0) {
            result.otherKinds.push_back({kind, count, std::nullopt});
        }
    }
    for (std::size_t i = 0; i < selection.shown.size(); ++i) {
        const Data::Scored& candidate = selection.shown[i];
        const FoodRecord& food = data.foods[candidate.food];
        CombinedRankedFood row;
        row.rank = i + 1;
        row.similarCount = selection.similar[i].size();
        std::vector<std::string> ids;
        data.describeSimilar(food, selection.similar[i], mask, row.similarVariants, ids);
        row.commonlyEaten = food.common;
        row.shortName = food.shortName;
        row.kind = Data::kindFor(food, mask);
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

std::string_view combinedScoreExplanation() {
    return "The score is the geometric mean of each nutrient's % Daily Value, each capped at 100: a food scores "
           "high only when it gives a real share of every chosen nutrient.";
}

} // namespace carebook::foods
