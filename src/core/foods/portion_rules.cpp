// SPDX-License-Identifier: MIT
// The common portion of a food: the reference amount the US label rules give its kind of food (FDA,
// 21 CFR 101.12(b) Table 2; USDA FSIS for meat, 9 CFR 317.312, and poultry, 9 CFR 381.412), matched to
// the USDA household measure nearest that amount.
#include "core/foods/rules.h"

#include "core/foods/format.h"
#include "core/foods/text.h"

#include <cmath>
#include <cstdio>
#include <span>

namespace carebook::foods {

namespace {

constexpr double kOunceGrams = 28.35;
constexpr double kThird = 1.0 / 3;
constexpr double kTwoThirds = 2.0 / 3;

// Where each reference amount is written. The wording after the colon is the regulation's category,
// shortened.
constexpr std::string_view kFda = "21 CFR 101.12(b)";
constexpr std::string_view kFsis = "9 CFR 317.312 and 381.412";

} // namespace

const std::vector<PortionCategory>& portionCategories() {
    // referenceGrams is the reference amount (mL taken as g for drinks). A measure with amount 0 means
    // "the amount of this measure nearest the reference" (½ cup, 1 cup, 3 cups...); a fixed amount is the
    // one the regulation names ("2 tbsp" for nut butters). A chosen portion must weigh between a third and
    // twice the reference, so "1 fruit" of a 1 kg pineapple is not taken as what one person eats.
    using M = PortionCategory::Measure;
    static const std::vector<PortionCategory> categories = {
        {"ingredient", "not eaten as it is (uncooked grains and dry beans, flours, dry mixes, raw meat): no portion",
         {}, 0, 0, 0, {}},
        {"spice", "spices and herbs: ¼ tsp", {M{"tsp", 0.25}}, 0.5, 0, 1e9, "0.5 g or ¼ tsp: spices, herbs"},
        {"fat", "fats, oils, butter and cream: 1 tbsp", {M{"tbsp", 1}}, 14, kThird, 2,
         "1 tbsp: butter, margarine, oil, shortening"},
        {"condiment", "condiments (soy sauce, ketchup, vinegar): 1 tbsp", {M{"tbsp", 1}}, 15, kThird, 2,
         "1 tbsp: major condiments"},
        {"minor-condiment", "mustard, horseradish and hot sauces: 1 tsp", {M{"tsp", 1}}, 5, kThird, 2,
         "1 tsp: minor condiments"},
        {"nut", "nuts and seeds: 1 oz, else the cup measure nearest 30 g", {M{"oz", 1}, M{"cup", 0}}, 30, kThird, 2,
         "30 g: nuts, seeds and mixtures"},
        {"nut-butter", "nut and seed butters: 2 tbsp", {M{"tbsp", 2}}, 32, kThird, 2,
         "2 tbsp: nut and seed butters"},
        {"vegetable", "cooked, canned and frozen vegetables: the cup measure nearest 85 g",
         {M{"cup", 0}, M{"medium", 1}, M{"NLEA serving", 1}}, 85, kThird, 2, "85 g: all other vegetables"},
        {"potato", "potatoes: 1 medium, else the cup measure nearest 110 g", {M{"medium", 1}, M{"cup", 0}}, 110, kThird,
         2, "110 g: plain potatoes"},
        {"beans", "cooked beans, peas and lentils: the cup measure nearest 90 g", {M{"cup", 0}}, 90, kThird, 2,
         "90 g: beans, prepared"},
        {"beans-in-sauce", "canned, baked and refried beans: the cup measure nearest 130 g", {M{"cup", 0}}, 130, kThird,
         2, "130 g: beans in sauce, canned in liquid, refried"},
        {"grain", "cooked grains and pasta: the cup measure nearest 140 g", {M{"cup", 0}}, 140, kThird, 2,
         "140 g: grains and pastas, prepared"},
        {"tofu", "tofu and tempeh: 3 oz", {M{"oz", 3}, M{"cup", 0}}, 85, kThird, 2, "85 g: tofu, tempeh"},
        {"leafy", "raw leafy greens: the cup measure nearest 85 g", {M{"cup", 0}}, 85, kThird, 2,
         "85 g: all other vegetables"},
        {"garnish", "herbs and vegetables used for flavour (parsley, garlic, ginger): 1 tbsp, else 1 tsp",
         {M{"tbsp", 0}, M{"tsp", 0}, M{"clove", 1}, M{"NLEA serving", 1}}, 4, kThird, 2,
         "4 g: vegetables used for garnish or flavor"},
        {"chili-pepper", "chili peppers and green onions: 1 pepper, else the cup measure nearest 30 g",
         {M{"pepper", 1}, M{"cup", 0}}, 30, kThird, 2, "30 g: chili peppers, green onion"},
        {"raw-vegetable", "other raw vegetables: 1 medium, else the cup measure nearest 85 g",
         {M{"medium", 1}, M{"cup", 0}, M{"NLEA serving", 1}}, 85, kThird, 2, "85 g: all other vegetables"},
        {"fruit", "fresh fruit: 1 medium, else 1 fruit, else the label serving, else the cup measure nearest 140 g",
         {M{"medium", 1}, M{"fruit", 1}, M{"NLEA serving", 1}, M{"cup", 0}}, 140, kThird, 2,
         "140 g: all other fruits"},
        {"canned-fruit", "canned, frozen and cooked fruit: the cup measure nearest 140 g", {M{"cup", 0}}, 140, kThird,
         2, "140 g: all other fruits"},
        {"fruit-ingredient", "avocados, lemons, limes and cranberries: the measure nearest 50 g",
         {M{"cup", 0}, M{"NLEA serving", 1}}, 50, kThird, 2, "50 g: fruits used mainly as ingredients"},
        {"watermelon", "watermelon: the cup measure nearest 280 g", {M{"cup", 0}}, 280, kThird, 2, "280 g: watermelon"},
        {"dried-fruit", "dried fruit: the cup measure nearest 40 g", {M{"cup", 0}}, 40, kThird, 2, "40 g: dried fruit"},
        {"juice-ingredient", "lemon and lime juice: 1 tsp", {M{"tsp", 1}}, 5, kThird, 2,
         "1 tsp: juices used as ingredients"},
        {"drink", "milk, juice and milk-type drinks: 1 cup (8 fl oz)", {M{"cup", 1}, M{"fl oz", 8}}, 240, kThird, 2,
         "240 mL: milk, juices, milk-substitute drinks"},
        {"beverage", "coffee, tea, soft drinks and water: 12 fl oz", {M{"fl oz", 12}, M{"cup", 1.5}}, 360, kThird, 2,
         "360 mL: carbonated and noncarbonated beverages"},
        // Not a label category: espresso is drunk by the shot, and 12 fl oz of it is not a drink anyone has.
        {"shot", "espresso: 1 fl oz", {M{"fl oz", 1}}, 30, kThird, 2, {}},
        {"yogurt", "yogurt: 6 oz container, else ¾ cup", {M{"container (6 oz)", 1}, M{"cup", 0.75}}, 170, kThird, 2,
         "170 g: yogurt"},
        {"cheese", "cheese: 1 oz", {M{"oz", 1}, M{"slice", 1}}, 30, kThird, 2, "30 g: cheese, all others"},
        {"grated-cheese", "grated hard cheese: 1 tbsp", {M{"tbsp", 1}}, 5, kThird, 2, "5 g: grated hard cheese"},
        {"soft-cheese", "cottage cheese: the cup measure nearest 110 g", {M{"cup", 0}}, 110, kThird, 2,
         "110 g: cottage cheese"},
        {"ricotta", "ricotta: the cup measure nearest 55 g", {M{"cup", 0}}, 55, kThird, 2,
         "55 g: cheese used mainly as an ingredient"},
        {"egg", "eggs: 1 large", {M{"large", 1}}, 50, kThird, 2, "50 g: eggs"},
        {"meat", "cooked meat, poultry and fish: 3 oz", {M{"oz", 3}}, 85, kThird, 2,
         "85 g: cuts of meat and poultry, fish, cooked"},
        {"deli-meat", "sausages and cold cuts: 2 oz", {M{"oz", 2}, M{"NLEA serving", 1}, M{"serving", 1}}, 55, kThird,
         2, "55 g: luncheon meats, sausages, frankfurters"},
        {"bacon", "bacon: 1 slice, else ½ oz", {M{"slice", 1}, M{"oz", 0}}, 15, kThird, 2, "15 g: bacon, cooked"},
        {"cold-cereal", "breakfast cereals: the label serving, else the cup measure nearest 40 g",
         {M{"NLEA serving", 1}, M{"cup", 0}, M{"oz", 1}}, 40, kThird, 2,
         "15, 40 or 60 g by weight per cup: breakfast cereals"},
        {"hot-cereal", "cooked breakfast cereals: 1 cup", {M{"cup", 1}}, 240, kThird, 2,
         "1 cup prepared: hot breakfast cereals"},
        {"bread", "bread and baked goods: 1 slice, else the label serving",
         {M{"slice", 1}, M{"NLEA serving", 1}, M{"medium", 1}}, 50, kThird, 2, "50 g: breads, rolls"},
        {"snack", "snacks, crackers and cookies: 1 oz", {M{"oz", 1}, M{"NLEA serving", 1}, M{"serving", 1}}, 30,
         kThird, 2, "30 g: snacks, cookies"},
        {"sweet", "chocolate and candy: 1 oz", {M{"oz", 1}, M{"NLEA serving", 1}, M{"bar", 1}}, 30, kThird, 2,
         "30 g: all other candies"},
        {"sugar", "sugar: 2 tsp", {M{"tsp", 2}}, 8, kThird, 2, "8 g: sugar"},
        {"sweet-spread", "honey, jam, jelly and molasses: 1 tbsp", {M{"tbsp", 1}}, 21, kThird, 2,
         "1 tbsp: honey, jams, jellies, molasses"},
        {"syrup", "syrups, toppings and frostings: 2 tbsp", {M{"tbsp", 2}}, 30, kThird, 2,
         "2 tbsp: syrups, dessert toppings, frostings"},
        {"cocoa", "cocoa powder: 1 tbsp", {M{"tbsp", 1}}, 5, kThird, 2, "1 tbsp: cocoa powder"},
        {"dessert", "puddings and custards: ½ cup", {M{"cup", 0.5}}, 120, kThird, 2, "½ cup: custards, puddings"},
        {"ice-cream", "ice cream, frozen yogurt and sherbet: ⅔ cup", {M{"cup", kTwoThirds}}, 90, kThird, 2,
         "⅔ cup: ice cream, frozen yogurt, sherbet"},
        {"soup", "soups: 1 cup", {M{"cup", 1}}, 245, kThird, 2, "245 g: all soups"},
        {"sauce", "sauces and gravies: ¼ cup", {M{"cup", 0.25}}, 60, kThird, 2, "¼ cup: sauces as toppings, gravy"},
        {"pasta-sauce", "pasta sauces: ½ cup", {M{"cup", 0.5}}, 125, kThird, 2, "125 g: main entree sauces"},
        {"dip", "dips, salsa and spreads: 2 tbsp", {M{"tbsp", 2}}, 30, kThird, 2, "2 tbsp: dips, dipping sauces"},
        {"spread", "caviar, roe and anchovy paste: 1 tbsp", {M{"tbsp", 1}}, 15, kThird, 2,
         "15 g: caviar, anchovy paste"},
        {"mixed-dish", "mixed dishes and entrees: the label serving, else 1 cup, else 1 serving",
         {M{"NLEA serving", 1}, M{"cup", 1}, M{"serving", 1}}, 140, kThird, 2,
         "1 cup, or 140 g when not measured by the cup: mixed dishes"},
        {"other", "anything else: the label serving, else 1 serving", {M{"NLEA serving", 1}, M{"serving", 1}}, 100,
         kThird, 2, {}},
    };
    return categories;
}

const PortionCategory* findPortionCategory(std::string_view key) {
    for (const auto& category : portionCategories()) {
        if (category.key == key) {
            return &category;
        }
    }
    return nullptr;
}

std::string referenceAmountText(const PortionCategory& category) {
    if (category.reference.empty()) {
        return {};
    }
    const std::string citation = category.key == "meat" ? std::string(kFsis) + "; fish: " + std::string(kFda)
                                 : category.key == "deli-meat" || category.key == "bacon" ? std::string(kFsis)
                                                                                          : std::string(kFda);
    return "reference amount " + std::string(category.reference) + " (" + citation + ")";
}

namespace {

// The household measure of a USDA unit text when it is a plain measure that can be scaled ("cup",
// "cup, chopped", "tbsp", "oz", "fl oz"), else empty. "cup (1 NLEA serving)" counts as a cup.
std::string_view scalableMeasure(std::string_view unit) {
    const std::string u = foldText(unit);
    struct Alias {
        std::string_view measure;
        std::string_view spelling;
    };
    static constexpr Alias kAliases[] = {{"fl oz", "fl oz"}, {"cup", "cup"},     {"tbsp", "tbsp"},
                                         {"tbsp", "tablespoon"}, {"tsp", "tsp"}, {"tsp", "teaspoon"},
                                         {"oz", "oz"}};
    for (const auto& alias : kAliases) {
        if (u == alias.spelling) {
            return alias.measure;
        }
        if (u.size() > alias.spelling.size() && u.starts_with(alias.spelling)) {
            const char next = u[alias.spelling.size()];
            const std::string_view rest = std::string_view(u).substr(alias.spelling.size());
            if (next == ',' || rest.starts_with(" (")) {
                return alias.measure;
            }
        }
    }
    return {};
}

bool isScalable(std::string_view measure) {
    return measure == "cup" || measure == "tbsp" || measure == "tsp" || measure == "fl oz" || measure == "oz";
}

bool unitMatches(std::string_view unit, std::string_view measure) {
    if (isScalable(measure)) {
        return scalableMeasure(unit) == measure;
    }
    const std::string u = foldText(unit);
    const std::string m = foldText(measure);
    if (m.find('(') != std::string::npos) {
        return u == m;
    }
    return containsWord(u, m);
}

// An "oz" row is a weight ounce only if it weighs 28.35 g per ounce (USDA also has "oz cooked, yield").
bool isWeightOunce(const UsdaPortion& p) {
    return p.amount > 0 && std::fabs(p.grams / p.amount - kOunceGrams) <= 0.01 * kOunceGrams;
}

// The amounts a measure is served in, for "the amount nearest the reference".
std::span<const double> servingAmounts(std::string_view measure) {
    static constexpr double kCups[] = {0.25, kThird, 0.5, kTwoThirds, 0.75, 1, 1.5, 2, 3};
    static constexpr double kSpoons[] = {1, 2, 3, 4};
    static constexpr double kTeaspoons[] = {0.25, 0.5, 1, 2};
    static constexpr double kOunces[] = {0.5, 1, 2, 3, 4, 5, 6};
    static constexpr double kFluidOunces[] = {4, 6, 8, 12};
    if (measure == "cup") {
        return kCups;
    }
    if (measure == "tbsp") {
        return kSpoons;
    }
    if (measure == "tsp") {
        return kTeaspoons;
    }
    if (measure == "oz") {
        return kOunces;
    }
    return kFluidOunces;
}

double distanceFromReference(double grams, double referenceGrams) {
    return std::fabs(std::log(grams / referenceGrams));
}

std::string gramsText(double grams) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", grams);
    return text;
}

// `want` in one of its amounts, from one of the USDA rows of its unit (scaled when the amounts differ):
// the exact amount when `want` names one, else the amount nearest the reference. USDA's own row wins a
// tie; 1-unit rows come before others, then the USDA order.
std::optional<ChosenPortion> scaledMeasure(const PortionCategory& category, const PortionCategory::Measure& want,
                                           const std::vector<UsdaPortion>& portions) {
    const auto plausible = [&](double grams) {
        return grams > 0 && grams >= category.referenceGrams * category.minFactor &&
               grams <= category.referenceGrams * category.maxFactor;
    };
    std::vector<UsdaPortion> rows;
    for (const auto& p : portions) {
        if (p.amount > 0 && unitMatches(p.unit, want.measure) && (want.measure != "oz" || isWeightOunce(p))) {
            rows.push_back(p);
        }
    }
    // An ounce is a weight: without a USDA ounce row it is still 28.35 g.
    const bool synthesizedOunce = rows.empty() && want.measure == "oz";
    if (synthesizedOunce) {
        rows.push_back(UsdaPortion{0, 1, "oz", kOunceGrams});
    }
    const double single[] = {want.amount};
    const std::span<const double> amounts = want.amount > 0 ? std::span<const double>(single)
                                                            : servingAmounts(want.measure);
    // First the amount nearest the reference, over every row of the unit...
    std::optional<double> bestAmount;
    double bestDistance = 0;
    for (const auto& row : rows) {
        for (const double amount : amounts) {
            const double grams = row.grams * amount / row.amount;
            const double distance = distanceFromReference(grams, category.referenceGrams);
            if (plausible(grams) && (!bestAmount || distance < bestDistance - 1e-9)) {
                bestAmount = amount;
                bestDistance = distance;
            }
        }
    }
    if (!bestAmount) {
        return std::nullopt;
    }
    // ...then the row it comes from: USDA's own row of that amount, else a 1-unit row, else the first.
    const UsdaPortion* best = nullptr;
    int bestRank = 0;
    for (const auto& row : rows) {
        const double grams = row.grams * *bestAmount / row.amount;
        if (!plausible(grams)) {
            continue;
        }
        const int rank = std::fabs(row.amount - *bestAmount) <= 1e-9 ? 0 : row.amount == 1.0 ? 1 : 2;
        if (!best || rank < bestRank) {
            best = &row;
            bestRank = rank;
        }
    }
    const double factor = *bestAmount / best->amount;
    // A scaled weight to 0.1 g, as it is shown, so a shown amount is the shown grams times the 100 g
    // figure; USDA's own rows keep their weight.
    const bool scaled = std::fabs(factor - 1.0) > 1e-9;
    const double grams = scaled ? std::round(best->grams * factor * 10.0) / 10.0 : best->grams;
    ChosenPortion chosen{best->seq, factor, portionText(*bestAmount, best->unit), grams, {}};
    if (synthesizedOunce) {
        chosen.factor = chosen.grams / 100.0; // no USDA row: relative to the 100 g figures
        chosen.note = "1 oz = 28.35 g";
    } else if (scaled) {
        chosen.note = "scaled from USDA's " + portionText(best->amount, best->unit) + " = " + gramsText(best->grams) +
                      " g";
    }
    return chosen;
}

// A counted unit ("1 medium", "1 large", "1 slice"), as USDA lists it.
std::optional<ChosenPortion> countedMeasure(const PortionCategory& category, const PortionCategory::Measure& want,
                                            const std::vector<UsdaPortion>& portions) {
    for (const auto& p : portions) {
        if (unitMatches(p.unit, want.measure) && std::fabs(p.amount - want.amount) <= 1e-9 && p.grams > 0 &&
            p.grams >= category.referenceGrams * category.minFactor &&
            p.grams <= category.referenceGrams * category.maxFactor) {
            return ChosenPortion{p.seq, 1.0, portionText(p.amount, p.unit), p.grams, {}};
        }
    }
    return std::nullopt;
}

// The reference amount as the regulation gives it: "85 g", "⅔ cup", "1 tbsp"; or, for the few kinds
// the label rules do not cover, the weight the bounds are drawn around.
std::string referenceShort(const PortionCategory& category) {
    if (category.reference.empty()) {
        return "the usual " + gramsText(category.referenceGrams) + " g";
    }
    const auto colon = category.reference.find(':');
    return "the reference amount of " + std::string(category.reference.substr(0, colon));
}

// A household measure far from the reference amount says what the reference is. Measures the
// regulation names itself ("2 tbsp") are the reference and need no note.
void noteReference(const PortionCategory& category, const PortionCategory::Measure& want, ChosenPortion& chosen) {
    if (category.reference.empty() || (isScalable(want.measure) && want.amount > 0) ||
        distanceFromReference(chosen.grams, category.referenceGrams) <= std::log(1.25)) {
        return;
    }
    const std::string reference = "USDA's measure nearest " + referenceShort(category);
    chosen.note = chosen.note.empty() ? reference : chosen.note + "; " + reference;
}

} // namespace

std::optional<ChosenPortion> choosePortion(std::string_view categoryKey, const std::vector<UsdaPortion>& portions) {
    const PortionCategory* category = findPortionCategory(categoryKey);
    if (!category || category->key == "ingredient") {
        return std::nullopt;
    }
    for (const auto& want : category->measures) {
        if (want.measure.empty()) {
            break;
        }
        auto chosen = isScalable(want.measure) ? scaledMeasure(*category, want, portions)
                                               : countedMeasure(*category, want, portions);
        if (chosen) {
            noteReference(*category, want, *chosen);
            return chosen;
        }
    }
    // No measure of the category's kinds: the USDA portion closest in weight to the reference, if any is
    // plausible.
    const UsdaPortion* best = nullptr;
    double bestDistance = 0;
    for (const auto& p : portions) {
        if (p.grams <= 0 || p.grams < category->referenceGrams * category->minFactor ||
            p.grams > category->referenceGrams * category->maxFactor) {
            continue;
        }
        const double distance = distanceFromReference(p.grams, category->referenceGrams);
        if (!best || distance < bestDistance - 1e-12 || (std::fabs(distance - bestDistance) <= 1e-12 && p.seq < best->seq)) {
            best = &p;
            bestDistance = distance;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return ChosenPortion{best->seq, 1.0, portionText(best->amount, best->unit), best->grams,
                         "USDA portion nearest " + referenceShort(*category)};
}

} // namespace carebook::foods
