// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/database.h"
#include "core/util/diagnostics.h"

#include <cstddef>
#include <filesystem>

namespace carebook::foods {

struct FoodCompileStats {
    std::size_t foods = 0;
    std::size_t portions = 0;
    std::size_t referenceIntakes = 0;
    std::size_t foodsWithCommonPortion = 0;
    std::size_t commonNotInSurvey = 0; // foods the commonly-eaten rule adds to USDA's survey list
    std::size_t commonByMakerData = 0; // of those, the foods added because USDA has data from their maker
    // Single-food drinks that the formulated-drink rule moves to the fortified kind (their name alone did
    // not already make them fortified for every nutrient).
    std::size_t formulatedDrinks = 0;
};

// Reads content/foods (foods.csv, portions.csv, reference_intakes.csv, food_survey.csv,
// food_data_sources.csv), validates every
// row, and creates and fills the food tables (food_nutrient, food_group, food_item, food_portion,
// food_source, reference_intakes) in `db`. Every problem is reported through `diagnostics` as path:line:col and the
// bad row is left out; bad data never throws. Runs inside the caller's transaction and writes rows in a
// fixed order with no timestamps, so the same input gives the same database bytes.
// Throws DatabaseError only when SQLite itself fails.
void compileFoodData(carebook::Database& db, const std::filesystem::path& foodsDir, carebook::Diagnostics& diagnostics,
                     FoodCompileStats* stats = nullptr);

// The food tables' SQL schema (used by compileFoodData; exposed for tests and tools).
const char* foodSchemaSql();

} // namespace carebook::foods
