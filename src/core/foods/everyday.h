// SPDX-License-Identifier: MIT
#pragma once

// The rules that make a ranking read like a list a dietitian would hand out (content/foods/README.md,
// "Everyday foods first"): what kind of food an entry is (a single food, a mixed dish or meal, a soup,
// a fortified or formulated product), whether it is only eaten in tiny amounts, how plain an entry is
// among its near-duplicates, and a short name a person would use. Like rules.h they run once, in the
// content compiler, and read only the USDA description and food group.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::foods {

enum class FoodKind {
    Single,    // a food as it is eaten: spinach, milk, almonds, bread
    MixedDish, // mixed dishes, meals, entrees, sandwiches, baked desserts made from a recipe
    Soup,      // soups, stews and chowders
    Fortified, // fortified or formulated products: nutrients added beyond the food's own
};
std::string_view foodKindKey(FoodKind kind);   // "single", "mixed", "soup", "fortified"
std::string_view foodKindLabel(FoodKind kind); // "mixed dishes and meals", for people
FoodKind parseFoodKind(std::string_view key);  // throws std::invalid_argument for an unknown key

// The kind of a food without regard to fortification (single, mixed dish or soup).
FoodKind classifyDish(std::string_view description, std::string_view foodGroup);

// Which nutrients (bits by position in kNutrientColumns) USDA's description says were added: "with
// added vitamin D" marks vitamin D, "calcium fortified" calcium; "fortified" alone, "formulated",
// "meal replacement" or "supplement" mark every nutrient. Milk "with added vitamin D" is a fortified
// source of vitamin D but an ordinary source of calcium.
std::uint32_t fortifiedNutrients(std::string_view description);

// Plant drinks (soy, almond, rice, oat, coconut, cashew, hemp "milk", "beverage" or "drink"): which
// nutrients their USDA figures show were added, for the entries whose name does not say so
// ("Beverages, almond milk, unsweetened, shelf stable" has 197 mg of calcium and 1 µg of vitamin D per
// 100 g). Vitamin D: any at all, since plants make none (only mushrooms in UV light make D2). Calcium:
// more than twice the 25 mg per 100 g of USDA's unfortified soymilk (16120), the most calcium of any
// plant milk USDA lists as unfortified. Other foods, and unknown figures, give 0.
inline constexpr double kUnfortifiedSoymilkCalciumMg = 25.0; // USDA SR28 16120, per 100 g
std::uint32_t plantDrinkAddedNutrients(std::string_view description, std::optional<double> calciumMg,
                                       std::optional<double> vitaminDUg);
bool isPlantDrink(std::string_view description);

// Every nutrient a fortified or formulated product can have had added (all but energy and water): the
// mask of a product whose name says "fortified" or "formulated" without saying with what.
std::uint32_t everyAddableNutrient();

// Formulated drinks: flavoured drinks, drink mixes, shakes and breakfast drinks in USDA's Beverages
// group (or named "Beverage" in another group), made up from sugar, flavour, milk or whey solids and
// often added minerals and vitamins, whether or not the name says so ("Beverages, Dairy drink mix,
// chocolate", "Beverages, Orange drink, breakfast type", "Beverages, Chocolate-flavored drink, whey and
// milk based"). "Ready-to-drink" tea or coffee is not one; nor are alcoholic drinks, plant drinks (judged
// by their own figures) or a name that says "not fortified". They count as fortified for every nutrient.
bool isFormulatedDrink(std::string_view description, std::string_view foodGroup);

// Foods eaten only a pinch or a spoonful at a time: spices and dried herbs, leavening, salt and salt
// substitutes, dried garnish vegetables, and any food whose usual portion weighs under 5 g. Per 100 g
// they look rich; nobody eats 100 g of them.
inline constexpr double kTinyPortionGrams = 5.0;
bool isTinyAmountFood(std::string_view description, std::string_view foodGroup, std::string_view portionCategory,
                      double portionGrams);

// Marks that make an entry less plain than its near-duplicates (canned, frozen, salted, flavoured,
// fortified, an unusual fat level, fried or with added fat, dried or processed, a texture or style,
// another animal's milk). The representative
// of a folded row is the entry with the fewest marks.
std::uint32_t variantMarks(std::string_view description);
int plainness(std::uint32_t marks); // number of marks: 0 is plainest
// The "fortified" mark. Milk with added vitamin D is fortified for vitamin D but an ordinary source of
// calcium: in a ranking the mark counts only when the name says the ranked nutrient was added
// (fortifiedNutrients), whatever else was.
inline constexpr std::uint32_t kFortifiedMark = 1u << 4;
std::uint32_t marksForNutrients(std::uint32_t marks, std::uint32_t fortifiedMask, std::uint32_t nutrientMask);
// Labels of the marks, in table order ("canned", "with salt", "flavoured").
std::vector<std::string_view> variantLabels(std::uint32_t marks);

// A short common name, by the documented rules: "Seeds, pumpkin and squash seed kernels, roasted,
// without salt" -> "Pumpkin seeds, roasted"; "Beans, black, mature seeds, cooked, boiled, without
// salt" -> "Black beans, cooked".
std::string shortFoodName(std::string_view description);

} // namespace carebook::foods
