// SPDX-License-Identifier: MIT
#include "core/foods/finder.h"

#include "core/foods/rules.h"
#include "core/foods/search_hits.h"
#include "core/foods/text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace carebook::foods {

namespace {

constexpr std::size_t kNutrientCount = kNutrientColumns.size();

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
    std::uint32_t family = 0; // interned family key + preparation state
    std::string portionCategory;
    bool hasPortion = false;
    int portionSeq = 0;
    double portionFactor = 1;
    std::string portionText;
    double portionGrams = 0;
    std::string portionNote;
};

struct ReferenceRecord {
    ReferenceIntake intake;
    std::string sex;
    std::string lifeStage;
    int ageMin = 0;
    std::optional<int> ageMax;
};

std::string zeroPadded(int id) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%05d", id);
    return buffer;
}

double roundTo(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

std::string normalizedNutrientName(std::string_view text) {
    std::string out;
    for (const char c : foldText(text)) {
        if (c == '_' || c == ' ') {
            out += '-';
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

struct FoodFinder::Data {
    std::vector<NutrientInfo> nutrients;
    std::vector<FoodGroup> groups;
    std::vector<FoodRecord> foods;
    std::unordered_map<int, std::size_t> foodById;
    std::vector<ReferenceRecord> references;
    std::size_t familyCount = 0;
    FoodSearchIndex search;

    bool hiddenByDefault(const FoodRecord& food) const {
        return food.brandName || food.babyFood || groups[static_cast<std::size_t>(food.groupIndex)].hiddenByDefault;
    }

    std::size_t nutrientIndex(std::string_view keyOrName) const {
        const std::string wanted = normalizedNutrientName(keyOrName);
        for (std::size_t i = 0; i < nutrients.size(); ++i) {
            if (nutrients[i].key == wanted || normalizedNutrientName(nutrients[i].name) == wanted) {
                return i;
            }
        }
        // Column-style spellings: "vitamin_d_ug", "magnesium_mg".
        for (std::size_t i = 0; i < kNutrientCount; ++i) {
            if (normalizedNutrientName(kNutrientColumns[i].column) == wanted) {
                return i;
            }
        }
        if (wanted == "vitamin-d-ug" || wanted == "vit-d" || wanted == "vitd") {
            return 6;
        }
        return kNutrientCount;
    }

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
            if (filters.surveyFoodsOnly && !food.survey) {
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

FoodFinder::FoodFinder(Database& db) : m_data(std::make_unique<Data>()), m_db(db) {
    Data& data = *m_data;
    {
        auto statement = db.prepare(
            "SELECT key, name, unit, daily_value, daily_value_source FROM food_nutrient ORDER BY position");
        while (statement.step()) {
            NutrientInfo info{statement.text(0), statement.text(1), statement.text(2), statement.optionalReal(3),
                              statement.optionalText(4).value_or("")};
            data.nutrients.push_back(std::move(info));
        }
        // The finder reads columns by position: the table must list exactly the nutrients this build knows.
        bool same = data.nutrients.size() == kNutrientCount;
        for (std::size_t i = 0; same && i < kNutrientCount; ++i) {
            same = data.nutrients[i].key == kNutrientColumns[i].key;
        }
        if (!same) {
            throw DatabaseError("food_nutrient does not match this build's nutrient list; recompile the content");
        }
    }
    std::unordered_map<int, std::size_t> groupIndex;
    {
        auto statement = db.prepare("SELECT id, name, hidden_by_default FROM food_group ORDER BY name");
        while (statement.step()) {
            groupIndex[statement.integer(0)] = data.groups.size();
            data.groups.push_back(FoodGroup{statement.integer(0), statement.text(1), statement.integer(2) != 0, 0});
        }
    }
    {
        auto statement = db.prepare(
            "SELECT id, description, common_name, group_id, energy_kcal, water_g, magnesium_mg, calcium_mg, "
            "potassium_mg, sodium_mg, vitamin_d_ug, vitamin_d_iu, brand_name, baby_food, family, preparation, "
            "portion_category, portion_seq, portion_factor, portion_text, portion_grams, portion_note, survey "
            "FROM food_item ORDER BY id");
        std::unordered_map<std::string, std::uint32_t> families;
        while (statement.step()) {
            FoodRecord food;
            food.id = statement.integer(0);
            food.usdaId = zeroPadded(food.id);
            food.description = statement.text(1);
            food.commonName = statement.optionalText(2).value_or("");
            const auto group = groupIndex.find(statement.integer(3));
            if (group == groupIndex.end()) {
                throw DatabaseError("food_item " + food.usdaId + " names a missing food group");
            }
            food.groupIndex = static_cast<int>(group->second);
            ++data.groups[group->second].foodCount;
            for (std::size_t n = 0; n < kNutrientCount; ++n) {
                const int column = 4 + static_cast<int>(n);
                food.hasValue[n] = !statement.isNull(column);
                food.values[n] = food.hasValue[n] ? statement.real(column) : 0.0;
            }
            food.brandName = statement.integer(12) != 0;
            food.babyFood = statement.integer(13) != 0;
            const std::string familyKey = statement.text(14) + '|' + statement.text(15);
            food.family = families.emplace(familyKey, static_cast<std::uint32_t>(families.size())).first->second;
            food.portionCategory = statement.text(16);
            food.hasPortion = !statement.isNull(17);
            if (food.hasPortion) {
                food.portionSeq = statement.integer(17);
                food.portionFactor = statement.real(18);
                food.portionText = statement.text(19);
                food.portionGrams = statement.real(20);
                food.portionNote = statement.optionalText(21).value_or("");
            }
            food.survey = statement.integer(22) != 0;
            data.foodById[food.id] = data.foods.size();
            data.foods.push_back(std::move(food));
        }
        data.familyCount = families.size();
    }
    {
        auto statement = db.prepare("SELECT nutrient, kind, amount, unit, population, source_url, note, sex, "
                                    "life_stage, age_min, age_max FROM reference_intakes ORDER BY id");
        while (statement.step()) {
            ReferenceRecord record;
            record.intake = ReferenceIntake{statement.text(0), statement.text(1), statement.real(2), statement.text(3),
                                            statement.text(4), statement.text(5), statement.optionalText(6).value_or("")};
            record.sex = statement.text(7);
            record.lifeStage = statement.text(8);
            record.ageMin = statement.integer(9);
            if (!statement.isNull(10)) {
                record.ageMax = statement.integer(10);
            }
            data.references.push_back(std::move(record));
        }
    }
    std::vector<FoodSearchIndex::Document> documents;
    documents.reserve(data.foods.size());
    for (const auto& food : data.foods) {
        documents.push_back({food.description, food.commonName, data.hiddenByDefault(food)});
    }
    data.search.build(documents);
}

FoodFinder::~FoodFinder() = default;

bool FoodFinder::hasFoodTables(Database& db) {
    auto statement = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                "('food_nutrient', 'food_group', 'food_item', 'food_portion', 'reference_intakes')");
    return statement.step() && statement.integer(0) == 5;
}

const std::vector<NutrientInfo>& FoodFinder::nutrients() const { return m_data->nutrients; }

const NutrientInfo* FoodFinder::findNutrient(std::string_view keyOrName) const {
    const std::size_t index = m_data->nutrientIndex(keyOrName);
    return index == kNutrientCount ? nullptr : &m_data->nutrients[index];
}

std::vector<FoodGroup> FoodFinder::groups() const { return m_data->groups; }

std::size_t FoodFinder::foodCount() const { return m_data->foods.size(); }

RankResult FoodFinder::rank(std::string_view nutrient, Basis basis, const RankFilters& filters) const {
    const Data& data = *m_data;
    const std::size_t n = data.requireNutrient(nutrient);
    RankResult result;
    struct Candidate {
        std::size_t food;
        double grams;
        double value;
    };
    std::vector<Candidate> candidates;
    std::vector<std::size_t> lessCommon;
    for (const std::size_t i : data.filtered(filters, &lessCommon)) {
        const FoodRecord& food = data.foods[i];
        if (!food.hasValue[n]) {
            ++result.withoutData;
            continue;
        }
        Data::Skip skip = Data::Skip::None;
        const auto grams = data.basisGrams(food, basis, skip);
        if (!grams) {
            ++(skip == Data::Skip::NoPortion ? result.withoutPortion : result.tooFewCalories);
            continue;
        }
        candidates.push_back({i, *grams, food.values[n] * *grams / 100.0});
    }
    result.matching = candidates.size();
    const auto makeRow = [&](const Candidate& candidate) {
        const FoodRecord& food = data.foods[candidate.food];
        RankedFood row;
        row.usdaId = food.usdaId;
        row.description = food.description;
        row.foodGroup = data.groups[static_cast<std::size_t>(food.groupIndex)].name;
        row.nutrient = data.nutrients[n].key;
        row.amount = candidate.value;
        row.unit = data.nutrients[n].unit;
        row.basis = basis;
        row.portion = data.basisPortionText(food, basis);
        row.grams = candidate.grams;
        if (data.nutrients[n].dailyValue) {
            row.percentDailyValue = candidate.value / *data.nutrients[n].dailyValue * 100.0;
        }
        if (basis == Basis::PerPortion) {
            row.portionNote = food.portionNote;
        }
        row.inSurvey = food.survey;
        return row;
    };
    // What the survey filter leaves out, and the one of those that would have led the list.
    result.lessCommonHidden = lessCommon.size();
    std::optional<Candidate> richestHidden;
    for (const std::size_t i : lessCommon) {
        const FoodRecord& food = data.foods[i];
        Data::Skip skip = Data::Skip::None;
        const auto grams = food.hasValue[n] ? data.basisGrams(food, basis, skip) : std::nullopt;
        if (!grams) {
            continue;
        }
        const Candidate candidate{i, *grams, food.values[n] * *grams / 100.0};
        if (!richestHidden || data.before(i, candidate.value, richestHidden->food, richestHidden->value)) {
            richestHidden = candidate;
        }
    }
    if (richestHidden) {
        result.richestLessCommon = makeRow(*richestHidden);
    }
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        return data.before(a.food, a.value, b.food, b.value);
    });
    // Indexed by family id: cheaper than hashing in the hot loop.
    std::vector<std::uint32_t> familySize(filters.collapseDuplicates ? data.familyCount : 0, 0);
    if (filters.collapseDuplicates) {
        for (const auto& candidate : candidates) {
            ++familySize[data.foods[candidate.food].family];
        }
    }
    std::vector<char> familyShown(familySize.size(), 0);
    for (const auto& candidate : candidates) {
        if (filters.limit > 0 && result.rows.size() >= filters.limit) {
            break;
        }
        const FoodRecord& food = data.foods[candidate.food];
        std::size_t similar = 0;
        if (filters.collapseDuplicates) {
            char& shown = familyShown[food.family];
            if (shown) {
                continue;
            }
            shown = 1;
            similar = familySize[food.family] - 1;
        }
        RankedFood row = makeRow(candidate);
        row.similarCount = similar;
        row.rank = result.rows.size() + 1;
        result.rows.push_back(std::move(row));
    }
    return result;
}

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
    CombinedRankResult result;
    struct Candidate {
        std::size_t food;
        double grams;
        double score;
    };
    std::vector<Candidate> candidates;
    std::vector<std::size_t> lessCommon;
    const auto passing = data.filtered(filters, &lessCommon);
    result.lessCommonHidden = lessCommon.size();
    for (const std::size_t i : passing) {
        const FoodRecord& food = data.foods[i];
        if (!std::all_of(indexes.begin(), indexes.end(), [&](std::size_t k) { return food.hasValue[k]; })) {
            ++result.withoutData;
            continue;
        }
        Data::Skip skip = Data::Skip::None;
        const auto grams = data.basisGrams(food, basis, skip);
        if (!grams) {
            ++(skip == Data::Skip::NoPortion ? result.withoutPortion : result.tooFewCalories);
            continue;
        }
        // Geometric mean of the capped %DVs: one nutrient far above its DV cannot make up for another
        // that is missing.
        double logSum = 0;
        bool zero = false;
        for (const std::size_t k : indexes) {
            const double percent = std::min(100.0, food.values[k] * *grams / 100.0 / *data.nutrients[k].dailyValue * 100.0);
            if (percent <= 0) {
                zero = true;
                break;
            }
            logSum += std::log(percent);
        }
        const double score = zero ? 0.0 : std::exp(logSum / static_cast<double>(indexes.size()));
        candidates.push_back({i, *grams, score});
    }
    result.matching = candidates.size();
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        return data.before(a.food, a.score, b.food, b.score);
    });
    // Indexed by family id: cheaper than hashing in the hot loop.
    std::vector<std::uint32_t> familySize(filters.collapseDuplicates ? data.familyCount : 0, 0);
    if (filters.collapseDuplicates) {
        for (const auto& candidate : candidates) {
            ++familySize[data.foods[candidate.food].family];
        }
    }
    std::vector<char> familyShown(familySize.size(), 0);
    for (const auto& candidate : candidates) {
        if (filters.limit > 0 && result.rows.size() >= filters.limit) {
            break;
        }
        const FoodRecord& food = data.foods[candidate.food];
        CombinedRankedFood row;
        if (filters.collapseDuplicates) {
            char& shown = familyShown[food.family];
            if (shown) {
                continue;
            }
            shown = 1;
            row.similarCount = familySize[food.family] - 1;
        }
        row.rank = result.rows.size() + 1;
        row.usdaId = food.usdaId;
        row.description = food.description;
        row.foodGroup = data.groups[static_cast<std::size_t>(food.groupIndex)].name;
        row.basis = basis;
        row.portion = data.basisPortionText(food, basis);
        row.grams = candidate.grams;
        row.score = candidate.score;
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

std::optional<FoodProfile> FoodFinder::profile(std::string_view usdaId) const {
    const Data& data = *m_data;
    int id = 0;
    if (usdaId.empty() || usdaId.size() > 5 ||
        !std::all_of(usdaId.begin(), usdaId.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    for (const char c : usdaId) {
        id = id * 10 + (c - '0');
    }
    const auto found = data.foodById.find(id);
    if (found == data.foodById.end()) {
        return std::nullopt;
    }
    const FoodRecord& food = data.foods[found->second];
    FoodProfile profile;
    profile.usdaId = food.usdaId;
    profile.description = food.description;
    profile.commonName = food.commonName;
    profile.foodGroup = data.groups[static_cast<std::size_t>(food.groupIndex)].name;
    profile.brandName = food.brandName;
    profile.babyFood = food.babyFood;
    profile.inSurvey = food.survey;
    if (const PortionCategory* category = findPortionCategory(food.portionCategory)) {
        profile.portionCategory = std::string(category->label);
    }
    for (std::size_t n = 0; n < kNutrientCount; ++n) {
        profile.per100g.push_back(data.amountOf(food, n, 100.0));
    }
    const auto portionOf = [&](std::string text, double grams, bool common, std::string note) {
        PortionProfile portion{std::move(text), grams, common, std::move(note), {}};
        for (std::size_t n = 0; n < kNutrientCount; ++n) {
            portion.amounts.push_back(data.amountOf(food, n, grams));
        }
        return portion;
    };
    // A common portion derived from a USDA row (half of "1 cup") is listed first, on its own line.
    const bool derived = food.hasPortion && food.portionFactor != 1.0;
    if (derived) {
        profile.portions.push_back(portionOf(food.portionText, food.portionGrams, true, food.portionNote));
    }
    auto statement = m_db.prepare("SELECT seq, amount, unit, grams FROM food_portion WHERE food_id = ? ORDER BY seq");
    statement.bind(1, food.id);
    std::vector<PortionProfile> usdaPortions;
    while (statement.step()) {
        const bool common = food.hasPortion && !derived && statement.integer(0) == food.portionSeq;
        auto portion = portionOf(portionText(statement.real(1), statement.text(2)), statement.real(3), common,
                                 common ? food.portionNote : std::string());
        if (common) {
            profile.portions.insert(profile.portions.begin(), std::move(portion));
        } else {
            profile.portions.push_back(std::move(portion));
        }
    }
    return profile;
}

std::vector<FoodMatch> FoodFinder::lookup(std::string_view query, std::size_t limit) const {
    const Data& data = *m_data;
    std::vector<FoodMatch> matches;
    const auto toMatch = [&](std::size_t index, double score) {
        const FoodRecord& food = data.foods[index];
        return FoodMatch{food.usdaId, food.description, data.groups[static_cast<std::size_t>(food.groupIndex)].name,
                         score, data.hiddenByDefault(food), food.survey, food.commonName, food.hasPortion};
    };
    // A USDA number finds its food directly.
    const std::string trimmed(foldText(query));
    if (!trimmed.empty() && trimmed.size() <= 5 &&
        std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const auto found = data.foodById.find(std::stoi(trimmed));
        if (found != data.foodById.end()) {
            matches.push_back(toMatch(found->second, 100.0));
        }
    }
    for (const auto& hit : data.search.search(query, limit)) {
        if (limit > 0 && matches.size() >= limit) {
            break;
        }
        if (!matches.empty() && matches.front().usdaId == data.foods[hit.document].usdaId) {
            continue;
        }
        matches.push_back(toMatch(hit.document, hit.score));
    }
    return matches;
}

std::vector<AgeGroup> FoodFinder::ageGroups() const {
    // The DRI life-stage groups the reference file covers (it starts at age 14 for most nutrients).
    return {{"14–18", 14, 18}, {"19–30", 19, 30}, {"31–50", 31, 50}, {"51–70", 51, 70}, {"71+", 71, std::nullopt}};
}

std::vector<ReferenceIntake> FoodFinder::referenceIntakes(std::string_view nutrient) const {
    const Data& data = *m_data;
    const std::size_t n = data.requireNutrient(nutrient);
    std::vector<ReferenceIntake> result;
    for (const auto& record : data.references) {
        if (record.intake.nutrient == data.nutrients[n].key) {
            result.push_back(record.intake);
        }
    }
    return result;
}

std::vector<PersonalIntake> FoodFinder::personalIntakes(const Person& person) const {
    const Data& data = *m_data;
    if (person.sex == Sex::Male && person.lifeStage != LifeStage::None) {
        throw std::invalid_argument("pregnancy and lactation apply to females only");
    }
    if (person.age < 1) {
        throw std::invalid_argument("the reference intakes here start at age 1");
    }
    const std::string sex = person.sex == Sex::Male ? "male" : "female";
    const std::string stage = person.lifeStage == LifeStage::Pregnancy   ? "pregnancy"
                              : person.lifeStage == LifeStage::Lactation ? "lactation"
                                                                         : "none";
    // ignoreStage: match as if the person were not pregnant or lactating (the fallback).
    const auto applies = [&](const ReferenceRecord& record, bool ignoreStage) {
        if (person.age < record.ageMin || (record.ageMax && person.age > *record.ageMax)) {
            return false;
        }
        if (record.sex != "any" && record.sex != sex) {
            return false;
        }
        const std::string& wanted = ignoreStage ? std::string("none") : stage;
        if (record.lifeStage == "any") {
            return true;
        }
        if (record.lifeStage == "pregnancy-lactation") {
            return wanted == "pregnancy" || wanted == "lactation";
        }
        return record.lifeStage == wanted;
    };
    // The most specific row: a stage-specific row before a general one, then the narrowest age range.
    const auto specificity = [](const ReferenceRecord& record) {
        const int stageScore = (record.lifeStage == "any" || record.lifeStage == "none") ? 0 : 2;
        const int sexScore = record.sex == "any" ? 0 : 1;
        const int span = record.ageMax ? *record.ageMax - record.ageMin : 200;
        return std::make_pair(stageScore + sexScore, -span);
    };
    std::vector<PersonalIntake> result;
    for (std::size_t n = 0; n < kNutrientCount; ++n) {
        const NutrientInfo& nutrient = data.nutrients[n];
        PersonalIntake intake;
        intake.nutrient = nutrient.key;
        intake.name = nutrient.name;
        intake.unit = nutrient.unit;
        intake.dailyValue = nutrient.dailyValue;
        bool any = false;
        const auto best = [&](std::string_view kind, bool& usedFallback) -> std::optional<ReferenceIntake> {
            for (const bool ignoreStage : {false, true}) {
                if (ignoreStage && stage == "none") {
                    break;
                }
                const ReferenceRecord* chosen = nullptr;
                for (const auto& record : data.references) {
                    if (record.intake.nutrient != nutrient.key || record.intake.kind != kind || !applies(record, ignoreStage)) {
                        continue;
                    }
                    if (!chosen || specificity(record) > specificity(*chosen)) {
                        chosen = &record;
                    }
                }
                if (chosen) {
                    usedFallback = usedFallback || ignoreStage;
                    return chosen->intake;
                }
            }
            return std::nullopt;
        };
        for (const auto& record : data.references) {
            any = any || (record.intake.nutrient == nutrient.key && record.intake.kind != "DV");
        }
        if (!any) {
            continue;
        }
        bool fallback = false;
        intake.recommended = best("RDA", fallback);
        if (!intake.recommended) {
            intake.recommended = best("AI", fallback);
        }
        bool ignored = false; // a general UL or CDRR is the same for pregnancy; it is not a "fallback" worth flagging
        intake.upperLimit = best("UL", ignored);
        intake.riskReduction = best("CDRR", ignored);
        intake.generalValueShown = fallback;
        result.push_back(std::move(intake));
    }
    return result;
}

std::vector<RankedFood> FoodFinder::topSources(std::string_view foodKey, std::size_t count) const {
    RankFilters filters;
    filters.limit = count;
    filters.surveyFoodsOnly = true; // an article lists foods people commonly eat
    return rank(foodKey, Basis::PerPortion, filters).rows;
}

std::string_view basisKey(Basis basis) {
    switch (basis) {
    case Basis::Per100g:
        return "100g";
    case Basis::PerPortion:
        return "portion";
    case Basis::Per100kcal:
        return "100kcal";
    }
    return "portion";
}

std::optional<Basis> parseBasis(std::string_view text) {
    const std::string t = foldText(text);
    if (t == "100g" || t == "100-g" || t == "100 g" || t == "g") {
        return Basis::Per100g;
    }
    if (t == "portion" || t == "serving") {
        return Basis::PerPortion;
    }
    if (t == "100kcal" || t == "100-kcal" || t == "100 kcal" || t == "kcal" || t == "density") {
        return Basis::Per100kcal;
    }
    return std::nullopt;
}

// ---- JSON -------------------------------------------------------------------------------------------

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
        {"survey", row.inSurvey},
    };
}

nlohmann::json toJson(const RankResult& result, const NutrientInfo& nutrient) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : result.rows) {
        rows.push_back(toJson(row));
    }
    return {
        {"nutrient", nutrient.key},
        {"name", nutrient.name},
        {"unit", nutrient.unit},
        {"daily_value", optionalNumber(nutrient.dailyValue, 2)},
        {"matching", result.matching},
        {"without_data", result.withoutData},
        {"without_portion", result.withoutPortion},
        {"too_few_calories", result.tooFewCalories},
        {"less_common_hidden", result.lessCommonHidden},
        {"richest_less_common", result.richestLessCommon ? toJson(*result.richestLessCommon) : nlohmann::json(nullptr)},
        {"rows", rows},
    };
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
        {"survey", row.inSurvey},
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

// ---- Text -------------------------------------------------------------------------------------------

namespace {

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++width;
        }
    }
    return width;
}

std::string padRight(std::string text, std::size_t width) {
    const std::size_t current = displayWidth(text);
    if (current < width) {
        text.append(width - current, ' ');
    }
    return text;
}

std::string padLeft(const std::string& text, std::size_t width) {
    const std::size_t current = displayWidth(text);
    return current < width ? std::string(width - current, ' ') + text : text;
}

std::string withThousands(long value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return (value < 0 ? "-" : "") + digits;
}

} // namespace

std::string formatGrams(double grams) {
    char buffer[32];
    if (grams >= 10) {
        std::snprintf(buffer, sizeof buffer, "%.0f g", grams);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.1f g", grams);
    }
    return buffer;
}

std::string formatAmount(std::optional<double> amount, std::string_view unit) {
    if (!amount) {
        return "no data";
    }
    const double value = *amount;
    char buffer[48];
    if (value == 0) {
        std::snprintf(buffer, sizeof buffer, "0 %.*s", static_cast<int>(unit.size()), unit.data());
        return buffer;
    }
    int decimals = 0;
    if (unit == "g" || value < 1) {
        decimals = value < 0.1 ? 2 : 1;
    } else if (value < 10 && unit != "kcal" && unit != "IU") {
        decimals = 1;
    }
    if (decimals == 0 && value >= 1000) {
        return withThousands(std::lround(value)) + " " + std::string(unit);
    }
    std::snprintf(buffer, sizeof buffer, "%.*f %.*s", decimals, value, static_cast<int>(unit.size()), unit.data());
    return buffer;
}

std::string formatPercent(std::optional<double> percent) {
    if (!percent) {
        return "–";
    }
    if (*percent > 0 && *percent < 1) {
        return "<1%";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", *percent);
    return buffer;
}

namespace {

// The words after a nutrient's name in a list heading ("Magnesium per common portion").
const char* basisHeading(Basis basis) {
    switch (basis) {
    case Basis::Per100g:
        return " per 100 g";
    case Basis::PerPortion:
        return " per common portion";
    case Basis::Per100kcal:
        return " per 100 kcal (nutrient density)";
    }
    return "";
}

} // namespace

std::string formatRankedList(const RankResult& result, const NutrientInfo& nutrient, Basis basis) {
    std::string out = nutrient.name;
    out += basisHeading(basis);
    if (nutrient.dailyValue) {
        out += " — %DV is of the FDA label Daily Value, " + formatAmount(nutrient.dailyValue, nutrient.unit);
    }
    out += "\n\n";
    std::size_t amountWidth = 6;
    std::size_t portionWidth = 7;
    for (const auto& row : result.rows) {
        amountWidth = std::max(amountWidth, displayWidth(formatAmount(row.amount, row.unit)));
        portionWidth = std::max(portionWidth, displayWidth(row.portion + " (" + formatGrams(row.grams) + ")"));
    }
    out += padLeft("#", 4) + "  " + padLeft("Amount", amountWidth) + "  " + padLeft("%DV", 4) + "  " +
           padRight("Portion", portionWidth) + "  Food\n";
    for (const auto& row : result.rows) {
        std::string portion = row.portion;
        if (basis != Basis::Per100g) {
            portion += " (" + formatGrams(row.grams) + ")";
        }
        std::string line = padLeft(std::to_string(row.rank), 4) + "  " +
                           padLeft(formatAmount(row.amount, row.unit), amountWidth) + "  " +
                           padLeft(formatPercent(row.percentDailyValue), 4) + "  " + padRight(portion, portionWidth) +
                           "  " + row.description;
        if (row.similarCount > 0) {
            line += " (+" + std::to_string(row.similarCount) + " similar)";
        }
        out += line + "\n";
    }
    out += "\n" + withThousands(static_cast<long>(result.matching)) + " foods ranked";
    if (result.withoutData > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutData)) + " have no USDA value for " + nutrient.name +
               " (no data, not zero)";
    }
    if (result.withoutPortion > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutPortion)) +
               " are not eaten as they are (flours, uncooked grains, dry mixes) or have no usable portion and are "
               "ranked only per 100 g";
    }
    if (result.tooFewCalories > 0) {
        out += "; " + withThousands(static_cast<long>(result.tooFewCalories)) + " have under " +
               formatAmount(kMinKcalForDensity, "kcal") + " per 100 g and are left out of density rankings";
    }
    if (result.lessCommonHidden > 0) {
        out += ".\n" + withThousands(static_cast<long>(result.lessCommonHidden)) +
               " less common foods (not in USDA's food survey list) are not listed";
        if (const auto& richest = result.richestLessCommon) {
            out += "; the richest is " + richest->description + ", " + formatAmount(richest->amount, richest->unit);
            if (basis == Basis::PerPortion) {
                out += " per " + richest->portion;
            }
        }
        out += " (--uncommon lists them)";
    }
    out += ".\nSimilar entries (the same food with or without salt, other varieties or cooking methods) are "
           "folded into one line.\nSource: USDA SR28 (SR Legacy), public domain.\n";
    return out;
}

std::string formatCombinedList(const CombinedRankResult& result, const std::vector<const NutrientInfo*>& nutrients,
                               Basis basis) {
    std::string names;
    std::string dailyValues;
    for (std::size_t i = 0; i < nutrients.size(); ++i) {
        names += (i == 0 ? "" : i + 1 == nutrients.size() ? " and " : ", ") + nutrients[i]->name;
        dailyValues += (i == 0 ? "" : ", ") + nutrients[i]->name + " " + formatAmount(nutrients[i]->dailyValue,
                                                                                        nutrients[i]->unit);
    }
    std::string out = names;
    out += basisHeading(basis);
    out += "\nScore: the geometric mean of each nutrient's %DV, each capped at 100%, so a food scores well only "
           "if it supplies a real share of every one.\n%DV is of the FDA label Daily Values: " +
           dailyValues + ".\n\n";
    const auto cell = [](const NutrientAmount& amount) {
        return formatAmount(amount.amount, amount.unit) + " " + padLeft(formatPercent(amount.percentDailyValue), 4);
    };
    std::vector<std::size_t> widths(nutrients.size());
    for (std::size_t i = 0; i < nutrients.size(); ++i) {
        widths[i] = displayWidth(nutrients[i]->name);
    }
    std::size_t portionWidth = 7;
    for (const auto& row : result.rows) {
        for (std::size_t i = 0; i < row.amounts.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(cell(row.amounts[i])));
        }
        portionWidth = std::max(portionWidth, displayWidth(row.portion + " (" + formatGrams(row.grams) + ")"));
    }
    out += padLeft("#", 4) + "  " + padLeft("Score", 5);
    for (std::size_t i = 0; i < nutrients.size(); ++i) {
        out += "  " + padLeft(nutrients[i]->name, widths[i]);
    }
    out += "  " + padRight("Portion", portionWidth) + "  Food\n";
    for (const auto& row : result.rows) {
        char score[16];
        std::snprintf(score, sizeof score, "%.1f", row.score);
        std::string line = padLeft(std::to_string(row.rank), 4) + "  " + padLeft(score, 5);
        for (std::size_t i = 0; i < row.amounts.size() && i < widths.size(); ++i) {
            line += "  " + padLeft(cell(row.amounts[i]), widths[i]);
        }
        std::string portion = row.portion;
        if (basis != Basis::Per100g) {
            portion += " (" + formatGrams(row.grams) + ")";
        }
        line += "  " + padRight(portion, portionWidth) + "  " + row.description;
        if (row.similarCount > 0) {
            line += " (+" + std::to_string(row.similarCount) + " similar)";
        }
        out += line + "\n";
    }
    out += "\n" + withThousands(static_cast<long>(result.matching)) + " foods ranked";
    if (result.withoutData > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutData)) +
               " lack a USDA value for at least one of these nutrients (no data, not zero) and are left out";
    }
    if (result.withoutPortion > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutPortion)) +
               " are not eaten as they are or have no usable portion";
    }
    if (result.tooFewCalories > 0) {
        out += "; " + withThousands(static_cast<long>(result.tooFewCalories)) + " have under " +
               formatAmount(kMinKcalForDensity, "kcal") + " per 100 g";
    }
    if (result.lessCommonHidden > 0) {
        out += "; " + withThousands(static_cast<long>(result.lessCommonHidden)) +
               " less common foods (not in USDA's food survey list) are not listed (--uncommon lists them)";
    }
    out += ".\nSource: USDA SR28 (SR Legacy), public domain.\n";
    return out;
}

std::string formatProfile(const FoodProfile& profile) {
    std::string out = profile.description + "\n";
    out += "USDA " + profile.usdaId + " · " + profile.foodGroup;
    if (!profile.commonName.empty()) {
        out += " · also: " + profile.commonName;
    }
    if (!profile.inSurvey) {
        out += " · less common: not in USDA's food survey list";
    }
    out += "\n\n";
    std::size_t nameWidth = 8;
    for (const auto& amount : profile.per100g) {
        nameWidth = std::max(nameWidth, displayWidth(amount.name));
    }
    const auto table = [&](const std::vector<NutrientAmount>& amounts) {
        std::string text;
        for (const auto& amount : amounts) {
            text += "  " + padRight(amount.name, nameWidth) + "  " + padLeft(formatAmount(amount.amount, amount.unit), 10);
            if (amount.percentDailyValue) {
                text += "  " + padLeft(formatPercent(amount.percentDailyValue), 4) + " DV";
            }
            text += "\n";
        }
        return text;
    };
    out += "Per 100 g:\n" + table(profile.per100g);
    for (const auto& portion : profile.portions) {
        out += "\nPer " + portion.text + " (" + formatGrams(portion.grams) + ")";
        if (portion.common) {
            out += " — common portion";
        }
        if (!portion.note.empty()) {
            out += " — " + portion.note;
        }
        out += ":\n" + table(portion.amounts);
    }
    if (profile.portions.empty()) {
        out += "\nUSDA lists no household portion for this food.\n";
    }
    out += "\n%DV is of the FDA label Daily Value. \"no data\" means USDA has no value (not zero).\n";
    return out;
}

} // namespace carebook::foods
