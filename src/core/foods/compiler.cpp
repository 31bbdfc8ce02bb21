// SPDX-License-Identifier: MIT
#include "core/foods/compiler.h"

#include "core/content/schema.h"
#include "core/foods/csv_reader.h"
#include "core/foods/everyday.h"
#include "core/foods/rules.h"
#include "core/foods/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace carebook::foods {

namespace fs = std::filesystem;

namespace {


constexpr const char* kCitation =
    "US Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory. USDA National Nutrient "
    "Database for Standard Reference, Release 28. Version Current: September 2015. Internet: "
    "http://www.ars.usda.gov/ba/bhnrc/ndl";
constexpr const char* kLicence =
    "Public domain: a work of the US federal government, not subject to copyright in the United States "
    "(17 U.S.C. 105). FoodData Central publishes it as SR Legacy under CC0 1.0.";

bool isBlankText(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// A plain non-negative decimal as USDA writes it ("15.87", ".5", "0"): no sign, no exponent.
std::optional<double> parseDecimal(std::string_view text) {
    if (text.empty() || text.size() > 32) {
        return std::nullopt;
    }
    bool digits = false;
    bool point = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            digits = true;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits) {
        return std::nullopt;
    }
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> parsePositiveInt(std::string_view text) {
    int value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() || value <= 0) {
        return std::nullopt;
    }
    return value;
}

// Greatest plausible value per 100 g for a unit: 100 g of food cannot hold more than 100 g of anything.
double maximumPer100g(std::string_view unit) {
    if (unit == "g") {
        return 100;
    }
    if (unit == "mg") {
        return 100'000;
    }
    if (unit == "µg") {
        return 100'000'000;
    }
    return 1e12; // kcal and IU have no mass bound
}

// The space-separated words of a text ("1 4 7" -> {"1", "4", "7"}).
std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text + ' ') {
        if (c == ' ') {
            if (!word.empty()) {
                words.push_back(word);
            }
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

struct Reporter {
    std::string path;
    Diagnostics& diagnostics;
    void error(const CsvRow& row, std::size_t field, const std::string& message) const {
        diagnostics.error(path, row.line, field < row.columns.size() ? row.columns[field] : 1, message);
    }
};

// Maps the required header columns to their indexes; reports missing and unknown columns.
std::optional<std::vector<std::size_t>> headerIndexes(const CsvTable& table, const std::vector<std::string>& required,
                                                      const Reporter& reporter) {
    std::vector<std::size_t> indexes;
    bool ok = true;
    for (const auto& name : required) {
        const auto index = table.column(name);
        if (!index) {
            reporter.diagnostics.error(reporter.path, 1, 1, "missing column '" + name + "'");
            ok = false;
            continue;
        }
        indexes.push_back(*index);
    }
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (std::find(required.begin(), required.end(), table.header[i]) == required.end()) {
            reporter.diagnostics.error(reporter.path, 1, 1, "unknown column '" + table.header[i] + "'");
            ok = false;
        }
    }
    if (!ok) {
        return std::nullopt;
    }
    return indexes;
}

struct FoodRow {
    int id = 0;
    std::string description;
    std::string commonName;
    std::string group;
    std::array<std::optional<double>, kNutrientColumns.size()> values;
};

struct ReferenceRow {
    std::string nutrientKey;
    std::string population;
    Population parsed;
    double amount = 0;
    std::string unit;
    std::string kind;
    std::string sourceUrl;
    std::string verifiedIn;
    std::string note;
};

std::vector<FoodRow> readFoods(const fs::path& file, Diagnostics& diagnostics) {
    std::vector<FoodRow> foods;
    const auto table = readCsvFile(file, diagnostics);
    if (!table) {
        return foods;
    }
    const Reporter reporter{file.generic_string(), diagnostics};
    std::vector<std::string> required = {"usda_id", "description", "food_group"};
    for (const auto& nutrient : kNutrientColumns) {
        required.emplace_back(nutrient.column);
    }
    required.emplace_back("common_name");
    const auto columns = headerIndexes(*table, required, reporter);
    if (!columns) {
        return foods;
    }
    std::map<int, int> firstLine;
    for (const auto& row : table->rows) {
        bool ok = true;
        FoodRow food;
        const std::string& id = row.fields[(*columns)[0]];
        if (id.size() != 5 || !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            reporter.error(row, (*columns)[0], "usda_id must be the 5-digit SR28 NDB number, found '" + id + "'");
            continue;
        }
        food.id = std::stoi(id);
        if (const auto [at, inserted] = firstLine.emplace(food.id, row.line); !inserted) {
            reporter.error(row, (*columns)[0],
                           "duplicate usda_id " + id + " (first at line " + std::to_string(at->second) + ")");
            continue;
        }
        food.description = row.fields[(*columns)[1]];
        food.group = row.fields[(*columns)[2]];
        if (isBlankText(food.description)) {
            reporter.error(row, (*columns)[1], "description is empty");
            ok = false;
        }
        if (isBlankText(food.group)) {
            reporter.error(row, (*columns)[2], "food_group is empty");
            ok = false;
        }
        for (std::size_t n = 0; n < kNutrientColumns.size(); ++n) {
            const std::size_t field = (*columns)[3 + n];
            const std::string& cell = row.fields[field];
            if (cell.empty()) {
                continue; // no data stays no data
            }
            const auto value = parseDecimal(cell);
            if (!value) {
                reporter.error(row, field,
                               std::string(kNutrientColumns[n].column) + " must be a non-negative number or blank, found '" +
                                   cell + "'");
                ok = false;
                continue;
            }
            if (*value > maximumPer100g(kNutrientColumns[n].unit)) {
                reporter.error(row, field,
                               std::string(kNutrientColumns[n].column) + " of " + cell + " " +
                                   std::string(kNutrientColumns[n].unit) + " is more than 100 g can hold");
                ok = false;
                continue;
            }
            food.values[n] = value;
        }
        food.commonName = row.fields[(*columns)[3 + kNutrientColumns.size()]];
        if (ok) {
            foods.push_back(std::move(food));
        }
    }
    std::sort(foods.begin(), foods.end(), [](const FoodRow& a, const FoodRow& b) { return a.id < b.id; });
    return foods;
}

std::map<int, std::vector<UsdaPortion>> readPortions(const fs::path& file, const std::set<int>& foodIds,
                                                     Diagnostics& diagnostics) {
    std::map<int, std::vector<UsdaPortion>> portions;
    const auto table = readCsvFile(file, diagnostics);
    if (!table) {
        return portions;
    }
    const Reporter reporter{file.generic_string(), diagnostics};
    const auto columns = headerIndexes(*table, {"usda_id", "seq", "amount", "unit", "gram_weight"}, reporter);
    if (!columns) {
        return portions;
    }
    for (const auto& row : table->rows) {
        const std::string& id = row.fields[(*columns)[0]];
        const bool idShape =
            id.size() == 5 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!idShape || !foodIds.contains(std::stoi(id))) {
            reporter.error(row, (*columns)[0], "usda_id '" + id + "' is not a food in foods.csv");
            continue;
        }
        const auto seq = parsePositiveInt(row.fields[(*columns)[1]]);
        const auto amount = parseDecimal(row.fields[(*columns)[2]]);
        const std::string& unit = row.fields[(*columns)[3]];
        const auto grams = parseDecimal(row.fields[(*columns)[4]]);
        bool ok = true;
        if (!seq) {
            reporter.error(row, (*columns)[1], "seq must be a positive whole number");
            ok = false;
        }
        if (!amount || *amount <= 0) {
            reporter.error(row, (*columns)[2], "amount must be a number greater than 0");
            ok = false;
        }
        if (isBlankText(unit)) {
            reporter.error(row, (*columns)[3], "unit is empty");
            ok = false;
        }
        if (!grams || *grams <= 0) {
            reporter.error(row, (*columns)[4], "gram_weight must be a number greater than 0");
            ok = false;
        }
        if (!ok) {
            continue;
        }
        auto& list = portions[std::stoi(id)];
        if (std::any_of(list.begin(), list.end(), [&](const UsdaPortion& p) { return p.seq == *seq; })) {
            reporter.error(row, (*columns)[1], "duplicate seq " + std::to_string(*seq) + " for usda_id " + id);
            continue;
        }
        list.push_back(UsdaPortion{*seq, *amount, unit, *grams});
    }
    for (auto& [id, list] : portions) {
        std::sort(list.begin(), list.end(), [](const UsdaPortion& a, const UsdaPortion& b) { return a.seq < b.seq; });
    }
    return portions;
}

// A file with one row for every food in foods.csv (usda_id and one value column): the value of each
// row that `valueProblem` accepts (it returns an empty message for a good value). Every food needs
// exactly one row, so a food can never drop out of the common-food lists by accident.
std::map<int, std::string> readPerFoodColumn(const fs::path& file, const std::string& column,
                                             const std::set<int>& foodIds, Diagnostics& diagnostics,
                                             std::string (*valueProblem)(const std::string&)) {
    std::map<int, std::string> values;
    const auto table = readCsvFile(file, diagnostics);
    if (!table) {
        return values;
    }
    const Reporter reporter{file.generic_string(), diagnostics};
    const auto columns = headerIndexes(*table, {"usda_id", column}, reporter);
    if (!columns) {
        return values;
    }
    std::map<int, int> firstLine;
    for (const auto& row : table->rows) {
        const std::string& id = row.fields[(*columns)[0]];
        const bool idShape =
            id.size() == 5 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!idShape || !foodIds.contains(std::stoi(id))) {
            reporter.error(row, (*columns)[0], "usda_id '" + id + "' is not a food in foods.csv");
            continue;
        }
        if (const auto [at, inserted] = firstLine.emplace(std::stoi(id), row.line); !inserted) {
            reporter.error(row, (*columns)[0],
                           "duplicate usda_id " + id + " (first at line " + std::to_string(at->second) + ")");
            continue;
        }
        const std::string& value = row.fields[(*columns)[1]];
        if (const std::string problem = valueProblem(value); !problem.empty()) {
            reporter.error(row, (*columns)[1], problem);
            continue;
        }
        values.emplace(std::stoi(id), value);
    }
    for (const int id : foodIds) {
        if (!firstLine.contains(id)) {
            char text[16];
            std::snprintf(text, sizeof text, "%05d", id);
            diagnostics.error(file.generic_string(), 0, 0,
                              std::string("no row for usda_id ") + text + " (every food in foods.csv needs one)");
        }
    }
    return values;
}

// food_survey.csv: the SR28 Survey flag of every food ("Y" or blank, as USDA wrote it).
std::set<int> readSurveyFoods(const fs::path& file, const std::set<int>& foodIds, Diagnostics& diagnostics) {
    const auto flags = readPerFoodColumn(file, "survey", foodIds, diagnostics, [](const std::string& flag) {
        return flag == "Y" || flag.empty() ? std::string()
                                           : "survey must be Y or blank, as in SR28's FOOD_DES; found '" + flag + "'";
    });
    std::set<int> survey;
    for (const auto& [id, flag] : flags) {
        if (flag == "Y") {
            survey.insert(id);
        }
    }
    return survey;
}

// food_data_sources.csv: the SR28 source codes (NUT_DATA.Src_Cd) of every food's values, as USDA wrote
// them ("1 4 7"). The foods with a value from their maker or label: codes 5 (label claim for added
// nutrients), 6 (aggregated with manufacturer's analytical data), 8 (calculated by USDA from the
// label), 9 (calculated by the manufacturer), 12 (manufacturer's analytical).
std::set<int> readMakerDataFoods(const fs::path& file, const std::set<int>& foodIds, Diagnostics& diagnostics) {
    const auto codes = readPerFoodColumn(file, "source_codes", foodIds, diagnostics, [](const std::string& text) {
        for (const auto& code : splitWords(text)) {
            if (!parsePositiveInt(code) || code.size() > 2) {
                return "source_codes must be SR28 source codes (whole numbers) separated by spaces; found '" + text +
                       "'";
            }
        }
        return std::string();
    });
    std::set<int> maker;
    for (const auto& [id, text] : codes) {
        for (const auto& code : splitWords(text)) {
            if (const int value = *parsePositiveInt(code); value == 5 || value == 6 || value == 8 || value == 9 ||
                                                           value == 12) {
                maker.insert(id);
            }
        }
    }
    return maker;
}

// One row of reference_intakes.csv, checked field by field; nullopt (with each problem reported) when it
// cannot be used.
std::optional<ReferenceRow> readReferenceRow(const CsvRow& row, const std::vector<std::size_t>& columns,
                                             const Reporter& reporter) {
    ReferenceRow reference;
    bool ok = true;
    const std::string& nutrient = row.fields[columns[0]];
    const NutrientColumn* column = nullptr;
    for (const auto& candidate : kNutrientColumns) {
        if (!candidate.referenceName.empty() && candidate.referenceName == nutrient) {
            column = &candidate;
        }
    }
    if (!column) {
        reporter.error(row, columns[0], "unknown nutrient '" + nutrient + "'");
        return std::nullopt;
    }
    reference.nutrientKey = column->key;
    reference.population = row.fields[columns[1]];
    const auto population = parsePopulation(reference.population);
    if (!population) {
        reporter.error(row, columns[1],
                       "cannot read the group '" + reference.population +
                           "'; expected e.g. 'females 19-30', 'pregnancy 14-18', 'ages 51+'");
        ok = false;
    } else {
        reference.parsed = *population;
    }
    const auto amount = parseDecimal(row.fields[columns[2]]);
    if (!amount || *amount <= 0) {
        reporter.error(row, columns[2], "rda_or_ai must be a number greater than 0");
        ok = false;
    } else {
        reference.amount = *amount;
    }
    reference.unit = row.fields[columns[3]];
    if (reference.unit == "mcg") {
        reference.unit = "µg"; // the same unit; the app writes it one way
    }
    if (reference.unit != column->unit) {
        reporter.error(row, columns[3],
                       "unit '" + row.fields[columns[3]] + "' does not match the food data's " +
                           std::string(column->unit) + " for " + nutrient);
        ok = false;
    }
    reference.kind = row.fields[columns[4]];
    static const std::set<std::string> kKinds = {"RDA", "AI", "UL", "CDRR", "DV"};
    if (!kKinds.contains(reference.kind)) {
        reporter.error(row, columns[4], "kind must be one of RDA, AI, UL, CDRR, DV; found '" + reference.kind + "'");
        ok = false;
    }
    reference.sourceUrl = row.fields[columns[5]];
    if (!reference.sourceUrl.starts_with("http")) {
        reporter.error(row, columns[5], "source_url must be a web address");
        ok = false;
    }
    reference.verifiedIn = row.fields[columns[6]];
    reference.note = row.fields[columns[7]];
    return ok ? std::optional(std::move(reference)) : std::nullopt;
}

std::vector<ReferenceRow> readReferenceIntakes(const fs::path& file, Diagnostics& diagnostics) {
    std::vector<ReferenceRow> rows;
    const auto table = readCsvFile(file, diagnostics);
    if (!table) {
        return rows;
    }
    const Reporter reporter{file.generic_string(), diagnostics};
    const auto columns = headerIndexes(
        *table, {"nutrient", "group", "rda_or_ai", "unit", "kind", "source_url", "verified_in", "note"}, reporter);
    if (!columns) {
        return rows;
    }
    std::map<std::string, int> dailyValueLine;
    for (const auto& row : table->rows) {
        auto reference = readReferenceRow(row, *columns, reporter);
        if (!reference) {
            continue;
        }
        if (reference->kind == "DV") {
            if (const auto [at, inserted] = dailyValueLine.emplace(reference->nutrientKey, row.line); !inserted) {
                reporter.error(row, (*columns)[4],
                               "a second DV row for " + row.fields[(*columns)[0]] + " (first at line " +
                                   std::to_string(at->second) + ")");
                continue;
            }
        }
        rows.push_back(std::move(*reference));
    }
    for (const auto& column : kNutrientColumns) {
        if (!column.referenceName.empty() && !dailyValueLine.contains(std::string(column.key))) {
            diagnostics.error(file.generic_string(), 0, 0,
                              "no DV row for " + std::string(column.referenceName) +
                                  "; the food finder computes %DV from it");
        }
    }
    return rows;
}

std::optional<std::string> optionalText(const std::string& text) {
    return isBlankText(text) ? std::nullopt : std::optional<std::string>(text);
}

void writeFoodNameWords(Database& db, const std::vector<FoodRow>& foods) {
    std::set<std::string> words;
    for (const auto& food : foods) {
        if (isBrandName(food.description) || isBabyFood(food.description, food.group) || isHiddenGroup(food.group)) {
            continue; // a search never lists these
        }
        for (auto& word : foodNameWords(food.description, ClassWord::Include)) {
            words.insert(std::move(word));
        }
        for (const auto& part : nameParts(food.commonName)) {
            for (const auto& word : searchWords(part)) {
                words.insert(stemWord(word));
            }
        }
    }
    auto insert = db.prepare("INSERT INTO food_name_word(word) VALUES(?)");
    for (const auto& word : words) {
        insert.bind(1, word).run();
    }
}

// A food's near-duplicate family and preparation state ("tofu|prepared"): what the commonly-eaten
// rule compares.
std::string familyAndPreparation(const FoodRow& food) {
    return familyKey(food.description) + "|" + std::string(preparationState(food.description));
}

// The families, in each preparation state, that have at least one entry on USDA's survey list.
std::set<std::string> surveyFoodFamilies(const std::vector<FoodRow>& foods, const std::set<int>& surveyFoods) {
    std::set<std::string> families;
    for (const auto& food : foods) {
        if (surveyFoods.contains(food.id)) {
            families.insert(familyAndPreparation(food));
        }
    }
    return families;
}

// The "commonly eaten" rule (content/foods/README.md, "Commonly eaten foods"): on USDA's survey list;
// or another entry of the same food in the same state (raw, dried or prepared) is: calcium-set firm
// tofu, since soft calcium-set tofu is; cooked greens with salt, since the same greens without salt
// are; or some of its USDA values came from its maker or its label, so it is on sale in US shops:
// chia and hemp seeds, which have no entry on the survey list (SR28's survey flag marks the foods the
// national survey's database uses, not which foods people buy). Brand-name, baby, restaurant and
// regional (American Indian/Alaska Native) foods are never added.
enum class CommonBy { NotCommon, Survey, SurveyRelative, MakerData };
CommonBy commonlyEatenBy(const FoodRow& food, const std::set<int>& surveyFoods,
                         const std::set<std::string>& surveyFamilies, const std::set<int>& makerDataFoods) {
    if (surveyFoods.contains(food.id)) {
        return CommonBy::Survey;
    }
    if (isBrandName(food.description) || isBabyFood(food.description, food.group) || isHiddenGroup(food.group) ||
        food.group == "American Indian/Alaska Native Foods") {
        return CommonBy::NotCommon;
    }
    if (surveyFamilies.contains(familyAndPreparation(food))) {
        return CommonBy::SurveyRelative;
    }
    return makerDataFoods.contains(food.id) ? CommonBy::MakerData : CommonBy::NotCommon;
}

} // namespace

const char* foodSchemaSql() { return schema::kFoodTablesSql; }

namespace {

void writeFoodSource(Database& db, std::size_t foodCount) {
    auto insert = db.prepare("INSERT INTO food_source(key, value) VALUES(?, ?)");
    const std::pair<const char*, std::string> rows[] = {
        {"citation", kCitation},
        {"licence", kLicence},
        {"dataset", "USDA National Nutrient Database for Standard Reference, Release 28 (SR28, SR Legacy)"},
        {"foods", std::to_string(foodCount)},
    };
    for (const auto& [key, value] : rows) {
        insert.bind(1, key).bind(2, value).run();
    }
}

// The nutrients, each with its label Daily Value from the reference intakes where there is one.
void writeNutrients(Database& db, const std::vector<ReferenceRow>& references) {
    auto insert = db.prepare("INSERT INTO food_nutrient(key, name, unit, position, daily_value, daily_value_source, "
                             "daily_value_note) VALUES(?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const auto& column : kNutrientColumns) {
        const ReferenceRow* dailyValue = nullptr;
        for (const auto& reference : references) {
            if (reference.kind == "DV" && reference.nutrientKey == column.key) {
                dailyValue = &reference;
            }
        }
        insert.bind(1, column.key).bind(2, column.name).bind(3, column.unit).bind(4, position++);
        if (dailyValue) {
            insert.bind(5, dailyValue->amount).bind(6, dailyValue->sourceUrl).bind(7, optionalText(dailyValue->note));
        } else {
            insert.bindNull(5).bindNull(6).bindNull(7);
        }
        insert.run();
    }
}

// Group name -> id, alphabetical (std::map), so ids are stable from one build to the next.
std::map<std::string, int> writeGroups(Database& db, const std::vector<FoodRow>& foods) {
    std::map<std::string, int> groupIds;
    for (const auto& food : foods) {
        groupIds.emplace(food.group, 0);
    }
    auto insert = db.prepare("INSERT INTO food_group(id, name, hidden_by_default) VALUES(?, ?, ?)");
    int id = 0;
    for (auto& [name, groupId] : groupIds) {
        groupId = ++id;
        insert.bind(1, groupId).bind(2, name).bind(3, isHiddenGroup(name) ? 1 : 0).run();
    }
    return groupIds;
}

// What the rules say about each food, besides its figures.
struct FoodLists {
    const std::map<int, std::vector<UsdaPortion>>& portions;
    const std::set<int>& surveyFoods;
    const std::set<int>& makerDataFoods;
    const std::set<std::string>& surveyFamilies;
    const std::map<std::string, int>& groupIds;
};

struct FoodItemCounts {
    std::size_t withPortion = 0;
    std::size_t portionRows = 0;
    std::size_t movedToCommon = 0;
    std::size_t movedByMakerData = 0;
    std::size_t formulatedDrinks = 0;
};

// One food_item row (its figures, portion, kind, added nutrients and flags) and its USDA portions.
void writeFoodItem(Statement& insertFood, Statement& insertPortion, const FoodRow& food, const FoodLists& lists,
                   FoodItemCounts& counts) {
    static const std::vector<UsdaPortion> kNoPortions;
    const auto found = lists.portions.find(food.id);
    const std::vector<UsdaPortion>& foodPortions = found == lists.portions.end() ? kNoPortions : found->second;
    const std::string_view category = classifyPortion(food.description, food.group);
    const auto chosen = choosePortion(category, foodPortions);
    int index = 1;
    insertFood.bind(index++, food.id);
    insertFood.bind(index++, food.description);
    insertFood.bind(index++, optionalText(food.commonName));
    insertFood.bind(index++, lists.groupIds.at(food.group));
    for (const auto& value : food.values) {
        insertFood.bind(index++, value);
    }
    insertFood.bind(index++, isBrandName(food.description) ? 1 : 0);
    insertFood.bind(index++, isBabyFood(food.description, food.group) ? 1 : 0);
    insertFood.bind(index++, lists.surveyFoods.contains(food.id) ? 1 : 0);
    insertFood.bind(index++, familyKey(food.description));
    insertFood.bind(index++, preparationState(food.description));
    insertFood.bind(index++, category);
    if (chosen) {
        ++counts.withPortion;
        insertFood.bind(index++, chosen->seq);
        insertFood.bind(index++, chosen->factor);
        insertFood.bind(index++, chosen->text);
        insertFood.bind(index++, chosen->grams);
        insertFood.bind(index++, optionalText(chosen->note));
    } else {
        for (int k = 0; k < 5; ++k) {
            insertFood.bindNull(index++);
        }
    }
    const FoodKind dish = classifyDish(food.description, food.group);
    insertFood.bind(index++, foodKindKey(dish));
    // Added nutrients: what the name says, what a plant drink's own figures show, and every one for a
    // formulated drink.
    const std::uint32_t named = fortifiedNutrients(food.description);
    const bool formulated = isFormulatedDrink(food.description, food.group);
    const std::uint32_t added =
        named | plantDrinkAddedNutrients(food.description, food.values[kCalciumIndex], food.values[kVitaminDIndex]) |
        (formulated ? everyAddableNutrient() : 0);
    counts.formulatedDrinks += formulated && dish == FoodKind::Single && named != everyAddableNutrient() ? 1 : 0;
    insertFood.bind(index++, static_cast<std::int64_t>(added));
    insertFood.bind(index++, isTinyAmountFood(food.description, food.group, category, chosen ? chosen->grams : 0) ? 1 : 0);
    const CommonBy commonBy = commonlyEatenBy(food, lists.surveyFoods, lists.surveyFamilies, lists.makerDataFoods);
    counts.movedToCommon += commonBy == CommonBy::SurveyRelative || commonBy == CommonBy::MakerData ? 1 : 0;
    counts.movedByMakerData += commonBy == CommonBy::MakerData ? 1 : 0;
    insertFood.bind(index++, commonBy != CommonBy::NotCommon ? 1 : 0);
    insertFood.bind(index++, static_cast<std::int64_t>(variantMarks(food.description)));
    insertFood.bind(index++, shortFoodName(food.description));
    insertFood.run();
    for (const auto& portion : foodPortions) {
        insertPortion.bind(1, food.id).bind(2, portion.seq).bind(3, portion.amount).bind(4, portion.unit);
        insertPortion.bind(5, portion.grams).run();
        ++counts.portionRows;
    }
}

FoodItemCounts writeFoodItems(Database& db, const std::vector<FoodRow>& foods, const FoodLists& lists) {
    auto insertFood = db.prepare(
        "INSERT INTO food_item(id, description, common_name, group_id, energy_kcal, water_g, magnesium_mg, "
        "calcium_mg, potassium_mg, sodium_mg, vitamin_d_ug, vitamin_d_iu, brand_name, baby_food, survey, family, "
        "preparation, portion_category, portion_seq, portion_factor, portion_text, portion_grams, portion_note, kind, "
        "fortified_mask, tiny_amount, common, variant_marks, short_name) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto insertPortion = db.prepare("INSERT INTO food_portion(food_id, seq, amount, unit, grams) VALUES(?, ?, ?, ?, ?)");
    FoodItemCounts counts;
    for (const auto& food : foods) {
        writeFoodItem(insertFood, insertPortion, food, lists, counts);
    }
    return counts;
}

void writeReferenceIntakes(Database& db, const std::vector<ReferenceRow>& references) {
    auto insert = db.prepare(
        "INSERT INTO reference_intakes(id, nutrient, population, sex, life_stage, age_min, age_max, amount, unit, "
        "kind, source_url, verified_in, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int id = 0;
    for (const auto& reference : references) {
        insert.bind(1, ++id).bind(2, reference.nutrientKey).bind(3, reference.population);
        insert.bind(4, reference.parsed.sex).bind(5, reference.parsed.lifeStage).bind(6, reference.parsed.ageMin);
        if (reference.parsed.ageMax) {
            insert.bind(7, *reference.parsed.ageMax);
        } else {
            insert.bindNull(7);
        }
        insert.bind(8, reference.amount).bind(9, reference.unit).bind(10, reference.kind);
        insert.bind(11, reference.sourceUrl).bind(12, optionalText(reference.verifiedIn));
        insert.bind(13, optionalText(reference.note)).run();
    }
}

} // namespace

void compileFoodData(Database& db, const fs::path& foodsDir, Diagnostics& diagnostics, FoodCompileStats* stats) {
    std::error_code error;
    if (!fs::is_directory(foodsDir, error)) {
        diagnostics.error(foodsDir.generic_string(), 0, 0, "missing food data folder");
    }
    const std::vector<FoodRow> foods = readFoods(foodsDir / "foods.csv", diagnostics);
    std::set<int> foodIds;
    for (const auto& food : foods) {
        foodIds.insert(food.id);
    }
    const auto portions = readPortions(foodsDir / "portions.csv", foodIds, diagnostics);
    const std::set<int> surveyFoods = readSurveyFoods(foodsDir / "food_survey.csv", foodIds, diagnostics);
    const std::set<int> makerDataFoods = readMakerDataFoods(foodsDir / "food_data_sources.csv", foodIds, diagnostics);
    const std::vector<ReferenceRow> references = readReferenceIntakes(foodsDir / "reference_intakes.csv", diagnostics);

    db.exec(schema::kFoodTablesSql);
    writeFoodSource(db, foods.size());
    writeNutrients(db, references);
    const auto groupIds = writeGroups(db, foods);
    const std::set<std::string> surveyFamilies = surveyFoodFamilies(foods, surveyFoods);
    const FoodItemCounts counts =
        writeFoodItems(db, foods, FoodLists{portions, surveyFoods, makerDataFoods, surveyFamilies, groupIds});
    writeReferenceIntakes(db, references);
    writeFoodNameWords(db, foods);

    if (stats) {
        stats->foods = foods.size();
        stats->portions = counts.portionRows;
        stats->referenceIntakes = references.size();
        stats->foodsWithCommonPortion = counts.withPortion;
        stats->commonNotInSurvey = counts.movedToCommon;
        stats->commonByMakerData = counts.movedByMakerData;
        stats->formulatedDrinks = counts.formulatedDrinks;
    }
}

} // namespace carebook::foods
