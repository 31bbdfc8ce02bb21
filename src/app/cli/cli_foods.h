// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/cli.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace carebook::cli {

// `carebook foods --nutrient N ...` (rank foods by one nutrient or several) and `carebook food QUERY...`
// (a food's profile), over the food tables of the content database.
void addFoodCommands(std::vector<Command>& list);

// For `carebook show ID`: a nutrient article's top food sources. The text form prints a "Top food
// sources" block; the JSON form sets "top_foods" (null when the database has no food data). Both do
// nothing for articles without a food_key.
void printTopFoods(Invocation& call, const Article& article);
void addTopFoodsJson(Invocation& call, const Article& article, nlohmann::json& articleJson);

} // namespace carebook::cli
