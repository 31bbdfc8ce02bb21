// SPDX-License-Identifier: MIT
// JSON for the command line (`carebook foods ... --json`, `carebook food ... --json`).
#include "core/foods/finder.h"

#include <cmath>

namespace carebook::foods {

namespace {

double roundTo(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

namespace {

nlohmann::json optionalNumber(std::optional<double> value, int decimals) {
    return value ? nlohmann::json(roundTo(*value, decimals)) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json toJson(const RankedFood& row) {
    return {
        {"rank", row.rank},
        {"usda_id", row.usdaId},
        {"description", row.description},
        {"food_group", row.foodGroup},
        {"nutrient", row.nutrient},
        {"amount", roundTo(row.amount, 2)},
        {"unit", row.unit},
        {"basis", basisKey(row.basis)},
        {"portion", row.portion},
        {"grams", roundTo(row.grams, 2)},
        {"percent_dv", optionalNumber(row.percentDailyValue, 1)},
        {"portion_note", row.portionNote.empty() ? nlohmann::json(nullptr) : nlohmann::json(row.portionNote)},
        {"similar_count", row.similarCount},
        {"similar_variants", row.similarVariants},
        {"similar_ids", row.similarIds},
        {"survey", row.inSurvey},
        {"commonly_eaten", row.commonlyEaten},
        {"short_name", row.shortName},
        {"kind", foodKindKey(row.kind)},
    };
}

namespace {

nlohmann::json otherKindsJson(const std::vector<OtherKindCount>& otherKinds) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& other : otherKinds) {
        list.push_back({{"kind", foodKindKey(other.kind)},
                        {"count", other.count},
                        {"richest", other.richest ? toJson(*other.richest) : nlohmann::json(nullptr)}});
    }
    return list;
}

} // namespace

nlohmann::json toJson(const RankTally& tally) {
    return {
        {"matching", tally.matching},
        {"without_data", tally.withoutData},
        {"without_portion", tally.withoutPortion},
        {"too_few_calories", tally.tooFewCalories},
        {"less_common_hidden", tally.lessCommonHidden},
        {"tiny_amount_hidden", tally.tinyHidden},
        {"other_kinds", otherKindsJson(tally.otherKinds)},
    };
}

nlohmann::json toJson(const RankResult& result, const NutrientInfo& nutrient) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : result.rows) {
        rows.push_back(toJson(row));
    }
    nlohmann::json out = toJson(static_cast<const RankTally&>(result));
    out["nutrient"] = nutrient.key;
    out["name"] = nutrient.name;
    out["unit"] = nutrient.unit;
    out["daily_value"] = optionalNumber(nutrient.dailyValue, 2);
    out["richest_less_common"] =
        result.richestLessCommon ? toJson(*result.richestLessCommon) : nlohmann::json(nullptr);
    out["rows"] = std::move(rows);
    return out;
}

nlohmann::json toJson(const NutrientAmount& amount) {
    return {
        {"nutrient", amount.key},         {"name", amount.name},
        {"amount", optionalNumber(amount.amount, 2)}, {"unit", amount.unit},
        {"percent_dv", optionalNumber(amount.percentDailyValue, 1)},
    };
}

nlohmann::json toJson(const CombinedRankedFood& row) {
    nlohmann::json amounts = nlohmann::json::array();
    for (const auto& amount : row.amounts) {
        amounts.push_back(toJson(amount));
    }
    // The first nutrient's figures also sit at the top level, so a combined row has the same keys as a
    // single-nutrient row; "nutrients" has every one.
    const NutrientAmount first = row.amounts.empty() ? NutrientAmount{} : row.amounts.front();
    return {
        {"rank", row.rank},
        {"usda_id", row.usdaId},
        {"description", row.description},
        {"food_group", row.foodGroup},
        {"nutrient", first.key},
        {"amount", optionalNumber(first.amount, 2)},
        {"unit", first.unit},
        {"percent_dv", optionalNumber(first.percentDailyValue, 1)},
        {"basis", basisKey(row.basis)},
        {"portion", row.portion},
        {"grams", roundTo(row.grams, 2)},
        {"score", roundTo(row.score, 1)},
        {"nutrients", amounts},
        {"portion_note", row.portionNote.empty() ? nlohmann::json(nullptr) : nlohmann::json(row.portionNote)},
        {"similar_count", row.similarCount},
        {"similar_variants", row.similarVariants},
        {"survey", row.inSurvey},
        {"commonly_eaten", row.commonlyEaten},
        {"short_name", row.shortName},
        {"kind", foodKindKey(row.kind)},
    };
}

nlohmann::json toJson(const FoodProfile& profile) {
    nlohmann::json per100g = nlohmann::json::array();
    for (const auto& amount : profile.per100g) {
        per100g.push_back(toJson(amount));
    }
    nlohmann::json portions = nlohmann::json::array();
    for (const auto& portion : profile.portions) {
        nlohmann::json amounts = nlohmann::json::array();
        for (const auto& amount : portion.amounts) {
            amounts.push_back(toJson(amount));
        }
        portions.push_back({{"portion", portion.text},
                            {"grams", roundTo(portion.grams, 2)},
                            {"common", portion.common},
                            {"portion_note", portion.note.empty() ? nlohmann::json(nullptr) : nlohmann::json(portion.note)},
                            {"nutrients", amounts}});
    }
    return {
        {"usda_id", profile.usdaId},
        {"description", profile.description},
        {"common_name", profile.commonName.empty() ? nlohmann::json(nullptr) : nlohmann::json(profile.commonName)},
        {"food_group", profile.foodGroup},
        {"brand_name", profile.brandName},
        {"baby_food", profile.babyFood},
        {"survey", profile.inSurvey},
        {"commonly_eaten", profile.commonlyEaten},
        {"short_name", profile.shortName},
        {"kind", foodKindKey(profile.dishKind)},
        {"fortified_with", profile.fortifiedWith},
        {"fortified_unnamed", profile.fortifiedUnnamed},
        {"tiny_amount", profile.tinyAmount},
        {"portion_rule", profile.portionCategory},
        {"per_100g", per100g},
        {"portions", portions},
    };
}

nlohmann::json toJson(const FoodMatch& match) {
    return {{"usda_id", match.usdaId},
            {"description", match.description},
            {"food_group", match.foodGroup},
            {"score", roundTo(match.score, 3)},
            {"hidden_by_default", match.hiddenByDefault},
            {"survey", match.inSurvey}};
}

nlohmann::json toJson(const PersonalIntake& intake) {
    const auto reference = [](const std::optional<ReferenceIntake>& value) -> nlohmann::json {
        if (!value) {
            return nullptr;
        }
        return {{"kind", value->kind},         {"amount", value->amount},         {"unit", value->unit},
                {"population", value->population}, {"source_url", value->sourceUrl},
                {"note", value->note.empty() ? nlohmann::json(nullptr) : nlohmann::json(value->note)}};
    };
    return {{"nutrient", intake.nutrient},
            {"name", intake.name},
            {"unit", intake.unit},
            {"recommended", reference(intake.recommended)},
            {"upper_limit", reference(intake.upperLimit)},
            {"risk_reduction", reference(intake.riskReduction)},
            {"daily_value", optionalNumber(intake.dailyValue, 2)},
            {"general_value_shown", intake.generalValueShown}};
}

nlohmann::json lookupJson(const FoodFinder& finder, std::string_view query, std::size_t limit) {
    const auto matches = finder.lookup(query, limit);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& match : matches) {
        list.push_back(toJson(match));
    }
    nlohmann::json food = nullptr;
    if (!matches.empty()) {
        if (const auto profile = finder.profile(matches.front().usdaId)) {
            food = toJson(*profile);
        }
    }
    return {{"query", std::string(query)}, {"matches", list}, {"food", food}};
}

} // namespace carebook::foods
