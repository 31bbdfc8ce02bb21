// SPDX-License-Identifier: MIT
#pragma once

// The foods on the home-care sheet: a nutrient article's own food examples ("Almonds", "Spinach"),
// each matched to the USDA SR28 entries of that food for a portion, an amount and a %DV.
//
// Why the article's examples and not the food finder's top sources: the finder's ranking is right for
// "which foods have the most magnesium?", but its top lines are long USDA names, often of mixed dishes
// ("Turkey, stuffing, mashed potatoes w/gravy, ... frozen") or unusual foods; a handout names familiar
// single foods in a word or two, which is what the article's author chose. The figures are still
// USDA's: nothing is typed in by hand, and an example with no fitting USDA food gets no figure.

#include "core/foods/finder.h"
#include "core/foods/format.h" // shortPortion
#include "core/sheet/sheet.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::foods {

// One food example with the USDA figures that stand for it.
struct ExampleFigures {
    std::string example;     // the article's wording, printed on the sheet: "Almonds"
    std::string usdaId;      // the USDA entry the figures come from
    std::string description; // its USDA name: "Nuts, almonds"
    std::string portion;     // the finder's common portion as USDA words it: "1 oz (23 whole kernels)"
    std::string shortPortion; // the same, short enough for a line of the sheet: "1 oz"
    double grams = 0;         // weight of the portion
    double amount = 0;        // of the nutrient in that portion
    std::string unit;
    std::optional<double> percentDailyValue; // of the FDA label DV; nullopt for a nutrient without one
    std::size_t entriesConsidered = 0;       // USDA entries of the food the figure was chosen among
};

// Matches a food example to USDA data for one nutrient (a food_key such as "magnesium"); nullopt when no
// generic single food in the data answers to the example's name ("Cheese" is many foods, "Beans and
// lentils" and "Canned foods" are groups, "Fortified breakfast cereal" has only brand-name entries), or
// none has a common portion and a value for the nutrient. Never a guess: no match, no figure. The rules:
//
// 1. Candidates are the finder's lookup() matches that are generic (not brand-name, baby or restaurant
//    foods), have a common portion (not an ingredient such as dry beans) and a USDA value.
// 2. The USDA name must contain every word of the example, and the food it names must have no word the
//    example lacks. The food is named by the part before the first comma ("Spinach, cooked, ..."), or by
//    the first two parts after a class word: a class of kinds ("Nuts, almonds", "Fish, salmon",
//    "Candies, chocolate") names the food in its second part alone; a class of varieties ("Rice,
//    brown", "Bread, whole-wheat", "Seeds, pumpkin", "Cheese, cheddar") needs the class word in the
//    example too. So "Spinach" is not "Pasta, spinach", "Oranges" is not "Orange juice", "Cheese" is
//    neither "Bread, cheese" nor "Cheese, cheddar". Words after "and"/"or" in those parts name
//    alternatives ("pumpkin and squash seed kernels"). USDA's common name counts too when it is exactly
//    the example ("bok choy" for "Cabbage, chinese (pak-choi)"). "Fortified" in an example is met by
//    "fortified", "enriched" or "with added" (not "without added").
// 3. Of what fits: the entries USDA flags as commonly eaten (Survey) when there are any; of those the
//    "plain" ones when there are any (plain yogurt, not fruit or chocolate); of those the cooked ones
//    when there are any (vegetables, beans, grains and fish are mostly eaten cooked, and the portion
//    rule's ½ cup and 3 oz are of cooked food).
// 4. USDA often lists one food several ways (fresh, frozen or canned; fat levels; species): the figure is
//    that of the middle entry by amount per portion (the lower of the two middle ones for an even count,
//    so it never overstates), so neither an unusual form nor a fortified variety sets it. It is always
//    one real entry's figure with that entry's own portion.
//
// Throws std::invalid_argument for a nutrient the finder does not know.
std::optional<ExampleFigures> matchFoodExample(const FoodFinder& finder, std::string_view nutrientKey,
                                               std::string_view example);

// The sheet's lines for one nutrient: of the article's examples that match, the `count` that give the
// most per portion (by %DV, the author's order breaking ties), richest first. The section is headed
// "foods rich in ..." and the figures make a weak source visible (a half cup of cooked kale has 3% of
// the magnesium DV), so the sheet shows the examples that do the most, not simply the first ones.
// Examples without a match are left out; empty when none matches.
std::vector<SheetFood> sheetFoodsFor(const FoodFinder& finder, std::string_view nutrientKey,
                                     const std::vector<std::string>& examples, std::size_t count);

// A SheetFoodSource over the finder that `finder` gives on first use (nullptr: no food data, and the
// composer names the examples without figures). Matches are remembered per nutrient and example, so a
// builder that re-composes on every change matches each example once. One thread at a time, as the finder.
SheetFoodSource makeSheetFoodSource(std::function<const FoodFinder*()> finder);

} // namespace carebook::foods
