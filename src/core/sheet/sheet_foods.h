// SPDX-License-Identifier: MIT
#pragma once

// The foods on the home-care sheet: the top of the food finder's everyday ranking per usual portion
// (FoodFinder::topSources), the same list as the nutrient article's "Top food sources" and the finder's
// first view: commonly eaten single foods, no spices or other tiny-amount foods, near-duplicates folded
// under their plainest form, each by its short name ("Pumpkin seeds, roasted"). The figures are USDA's:
// nothing is typed in by hand.

#include "core/foods/finder.h"
#include "core/foods/format.h" // shortPortion
#include "core/sheet/sheet.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::foods {

// A short name cut to fit half a line of the sheet (two foods a row at 10 pt on A4): its first part, then
// "UV-exposed" (why those mushrooms have vitamin D), then the other parts in order while the name stays
// within kSheetFoodNameLength characters ("Potatoes, russet, baked" -> "Potatoes, russet"). A "fortified
// with" part goes: the sheet lists single foods only, so what was added is never the line's nutrient.
inline constexpr std::size_t kSheetFoodNameLength = 22;
std::string sheetFoodName(std::string_view shortName);

// The sheet's lines for one nutrient (a food_key such as "magnesium"): the first `count` rows of
// topSources(), richest per portion first, each with its sheetFoodName(), its portion shortened for a line of
// the sheet ("1 oz"), the amount and the %DV. Empty for a nutrient the finder does not know.
std::vector<SheetFood> sheetFoodsFor(const FoodFinder& finder, std::string_view nutrientKey, std::size_t count);

// A SheetFoodSource over the finder that `finder` gives on first use (nullptr: no food data, and the
// composer names the article's examples without figures). Lists are remembered per nutrient and count,
// so a builder that re-composes on every change ranks each nutrient once. One thread at a time.
SheetFoodSource makeSheetFoodSource(std::function<const FoodFinder*()> finder);

} // namespace carebook::foods
