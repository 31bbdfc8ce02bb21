// SPDX-License-Identifier: MIT
// The food finder: loads the food tables once, then answers from memory (profiles, lookups; the
// rankings are in ranking.cpp, reference intakes in finder_intakes.cpp).
#include "core/foods/finder.h"

#include "core/foods/finder_data.h"
#include "core/foods/text.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <unordered_map>

namespace carebook::foods {

namespace {

std::string zeroPadded(int id) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%05d", id);
    return buffer;
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

std::size_t nutrientColumnIndex(std::string_view keyOrName) {
    const std::string wanted = normalizedNutrientName(keyOrName);
    for (std::size_t i = 0; i < kNutrientCount; ++i) {
        const NutrientColumn& column = kNutrientColumns[i];
        if (column.key == wanted || normalizedNutrientName(column.name) == wanted ||
            normalizedNutrientName(column.column) == wanted) {
            return i;
        }
    }
    if (wanted == "vitamin-d-ug" || wanted == "vit-d" || wanted == "vitd") {
        return 6;
    }
    return kNutrientCount;
}

void FoodFinder::Data::loadNutrients(Database& db) {
    auto statement = db.prepare(
        "SELECT key, name, unit, daily_value, daily_value_source FROM food_nutrient ORDER BY position");
    while (statement.step()) {
        NutrientInfo info{statement.text(0), statement.text(1), statement.text(2), statement.optionalReal(3),
                          statement.optionalText(4).value_or("")};
        nutrients.push_back(std::move(info));
    }
    // The finder reads columns by position: the table must list exactly the nutrients this build knows.
    bool same = nutrients.size() == kNutrientCount;
    for (std::size_t i = 0; same && i < kNutrientCount; ++i) {
        same = nutrients[i].key == kNutrientColumns[i].key;
    }
    if (!same) {
        throw DatabaseError("food_nutrient does not match this build's nutrient list; recompile the content");
    }
}

std::unordered_map<int, std::size_t> FoodFinder::Data::loadGroups(Database& db) {
    std::unordered_map<int, std::size_t> groupIndex;
    auto statement = db.prepare("SELECT id, name, hidden_by_default FROM food_group ORDER BY name");
    while (statement.step()) {
        groupIndex[statement.integer(0)] = groups.size();
        groups.push_back(FoodGroup{statement.integer(0), statement.text(1), statement.integer(2) != 0, 0});
    }
    return groupIndex;
}

void FoodFinder::Data::loadFoods(Database& db, const std::unordered_map<int, std::size_t>& groupIndex) {
    auto statement = db.prepare(
        "SELECT id, description, common_name, group_id, energy_kcal, water_g, magnesium_mg, calcium_mg, "
        "potassium_mg, sodium_mg, vitamin_d_ug, vitamin_d_iu, brand_name, baby_food, family, preparation, "
        "portion_category, portion_seq, portion_factor, portion_text, portion_grams, portion_note, survey, kind, "
        "fortified_mask, tiny_amount, common, variant_marks, short_name FROM food_item ORDER BY id");
    {
        // Exactly as many as there are: a vector left to double would hold ~2 MB of empty records.
        auto count = db.prepare("SELECT count(*) FROM food_item");
        foods.reserve(count.step() ? static_cast<std::size_t>(count.int64(0)) : 0);
    }
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
        ++groups[group->second].foodCount;
        for (std::size_t n = 0; n < kNutrientCount; ++n) {
            const int column = 4 + static_cast<int>(n);
            food.hasValue[n] = !statement.isNull(column);
            food.values[n] = food.hasValue[n] ? statement.real(column) : 0.0;
        }
        food.brandName = statement.integer(12) != 0;
        food.babyFood = statement.integer(13) != 0;
        const std::string familyKey = statement.text(14) + '|' + statement.text(15);
        food.family = families.emplace(familyKey, static_cast<std::uint32_t>(families.size())).first->second;
        food.portionCategory = findPortionCategory(statement.text(16));
        food.hasPortion = !statement.isNull(17);
        if (food.hasPortion) {
            food.portionSeq = statement.integer(17);
            food.portionFactor = statement.real(18);
            food.portionText = statement.text(19);
            food.portionGrams = statement.real(20);
            food.portionNote = statement.optionalText(21).value_or("");
        }
        food.survey = statement.integer(22) != 0;
        food.dishKind = parseFoodKind(statement.text(23));
        food.fortifiedMask = static_cast<std::uint32_t>(statement.int64(24));
        food.tinyAmount = statement.integer(25) != 0;
        food.common = statement.integer(26) != 0;
        food.variantMarks = static_cast<std::uint32_t>(statement.int64(27));
        food.shortName = statement.text(28);
        foodById[food.id] = foods.size();
        foods.push_back(std::move(food));
    }
    familyCount = families.size();
}

void FoodFinder::Data::loadPortions(Database& db) {
    // Every household measure, so that a profile needs no database: the finder is immutable once
    // loaded, and one instance serves every thread.
    auto statement = db.prepare("SELECT food_id, seq, amount, unit, grams FROM food_portion ORDER BY food_id, seq");
    std::unordered_map<std::string, std::uint32_t> units;
    while (statement.step()) {
        const auto found = foodById.find(statement.integer(0));
        if (found == foodById.end()) {
            throw DatabaseError("food_portion names a missing food " + zeroPadded(statement.integer(0)));
        }
        const auto unit = units.emplace(statement.text(3), static_cast<std::uint32_t>(units.size()));
        if (unit.second) {
            portionUnits.push_back(unit.first->first);
        }
        foods[found->second].usdaPortions.push_back({statement.integer(1), unit.first->second, statement.real(2),
                                                     statement.real(4)});
    }
    for (auto& food : foods) {
        food.usdaPortions.shrink_to_fit(); // grown one by one; read-only from here on
    }
}

void FoodFinder::Data::loadReferences(Database& db) {
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
        references.push_back(std::move(record));
    }
}

FoodFinder::FoodFinder(Database& db) {
    auto loaded = std::make_unique<Data>();
    Data& data = *loaded;
    data.loadNutrients(db);
    data.loadFoods(db, data.loadGroups(db));
    data.loadPortions(db);
    data.loadReferences(db);
    std::vector<FoodSearchIndex::Document> documents;
    documents.reserve(data.foods.size());
    for (const auto& food : data.foods) {
        documents.push_back({food.description, food.commonName, data.hiddenByDefault(food)});
    }
    data.search.build(documents);
    m_data = std::move(loaded);
}

FoodFinder::~FoodFinder() = default;

bool FoodFinder::hasFoodTables(Database& db) {
    auto statement = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                "('food_nutrient', 'food_group', 'food_item', 'food_portion', 'reference_intakes')");
    return statement.step() && statement.integer(0) == 5;
}

const std::vector<NutrientInfo>& FoodFinder::nutrients() const { return m_data->nutrients; }

bool FoodFinder::namesNutrient(std::string_view word) { return nutrientColumnIndex(word) != kNutrientCount; }

const NutrientInfo* FoodFinder::findNutrient(std::string_view keyOrName) const {
    const std::size_t index = m_data->nutrientIndex(keyOrName);
    return index == kNutrientCount ? nullptr : &m_data->nutrients[index];
}

std::vector<FoodGroup> FoodFinder::groups() const { return m_data->groups; }

std::size_t FoodFinder::foodCount() const { return m_data->foods.size(); }

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
    profile.shortName = food.shortName;
    profile.commonlyEaten = food.common;
    profile.tinyAmount = food.tinyAmount;
    profile.dishKind = food.dishKind;
    profile.fortifiedUnnamed = food.fortifiedMask == everyAddableNutrient();
    for (std::size_t n = 0; n < kNutrientCount && !profile.fortifiedUnnamed; ++n) {
        if (food.fortifiedMask & (1u << n)) {
            profile.fortifiedWith.push_back(data.nutrients[n].name);
        }
    }
    if (food.portionCategory) {
        profile.portionCategory = std::string(food.portionCategory->label);
        if (const std::string reference = referenceAmountText(*food.portionCategory); !reference.empty()) {
            profile.portionCategory += " (" + reference + ")";
        }
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
    for (const FoodRecord::Portion& usda : food.usdaPortions) {
        const bool common = food.hasPortion && !derived && usda.seq == food.portionSeq;
        auto portion = portionOf(portionText(usda.amount, data.portionUnits[usda.unit]), usda.grams, common,
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

std::vector<RankedFood> FoodFinder::topSources(std::string_view foodKey, std::size_t count) const {
    // An article lists the same everyday foods as the Food finder and `carebook foods`.
    return rank(foodKey, Basis::PerPortion, RankFilters::everyday(count)).rows;
}

RankFilters RankFilters::everyday(std::size_t limit) {
    RankFilters filters;
    filters.limit = limit;
    filters.commonFoodsOnly = true;
    filters.kind = FoodKind::Single;
    filters.includeTinyAmounts = false;
    return filters;
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

} // namespace carebook::foods
