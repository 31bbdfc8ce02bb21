// SPDX-License-Identifier: MIT
#include "core/foods/rules.h"

#include "core/foods/format.h"
#include "core/foods/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace carebook::foods {

namespace {

// Words that mean a food was cooked or processed; used for both the portion category and the
// preparation state.
constexpr std::string_view kCookedWords[] = {
    "cooked",  "boiled",   "roasted",   "baked",     "fried",   "steamed",     "microwaved", "braised",
    "broiled", "grilled",  "stewed",    "toasted",   "heated",  "canned",      "prepared",   "simmered",
    "poached", "smoked",   "pan-fried", "stir-fried", "rotisserie", "scrambled", "mashed"};

std::string_view groupOf(std::string_view foodGroup) { return foodGroup; }

bool isMeatGroup(std::string_view g) {
    return g == "Beef Products" || g == "Pork Products" || g == "Lamb, Veal, and Game Products" ||
           g == "Poultry Products" || g == "Finfish and Shellfish Products" || g == "Sausages and Luncheon Meats";
}

bool containsCookedWord(std::string_view d) {
    return containsAnyWord(d, kCookedWords);
}

// Vegetables that are not eaten raw (raw potatoes, dry-type beans...): their raw entries are ingredients.
bool mustBeCooked(std::string_view d) {
    return startsWithAny(d, {"potatoes", "potato", "taro", "cassava", "yam", "yautia", "sweet potato", "sweetpotato",
                             "soybeans", "lima beans", "cowpeas", "pigeonpeas", "hyacinth-beans", "hyacinth beans",
                             "winged beans", "arrowhead", "breadfruit", "plantains", "lotus root", "burdock root",
                             "beans, pinto", "beans, kidney", "beans, navy", "beans, fava", "broadbeans"});
}

std::string_view classifyAlaskaNative(std::string_view d) {
    if (startsWithAny(d, {"oil", "fat"})) {
        return "fat";
    }
    if (containsAnyWord(d, {"nuts", "nut", "hazelnuts", "acorns", "seeds"}) && !containsWord(d, "mouse nuts")) {
        return "nut";
    }
    if (containsAnyWord(d, {"berries", "blueberries", "cranberries", "cloudberries", "huckleberries", "blackberries",
                            "salmonberries", "chokecherries", "rhubarb", "melon", "fruit", "crowberries",
                            "lingenberry"})) {
        return containsWord(d, "raw") ? "fruit" : "canned-fruit";
    }
    if (startsWithAny(d, {"stew", "soup", "mush"})) {
        return "soup";
    }
    if (containsWord(d, "tea")) {
        return "beverage";
    }
    if (containsWord(d, "beverage")) {
        return "drink";
    }
    if (containsAnyWord(d, {"dried", "cornmeal", "flour", "meal"}) || d.starts_with("corn")) {
        return "ingredient";
    }
    if (containsAnyWord(d, {"leaves", "greens", "roots", "shoots", "stems", "lambsquarters", "sourdock", "willow",
                            "fireweed", "squash", "beans", "nettles"})) {
        return containsWord(d, "raw") ? "raw-vegetable" : "vegetable";
    }
    return containsWord(d, "raw") && !containsAnyWord(d, {"dried", "smoked"}) ? "ingredient" : "meat";
}

} // namespace

bool isHiddenGroup(std::string_view foodGroup) {
    return foodGroup == "Baby Foods" || foodGroup == "Fast Foods" || foodGroup == "Restaurant Foods";
}

bool isBrandName(std::string_view description) {
    static constexpr std::array<std::string_view, 9> kGeneric = {"USDA", "NFS", "NFSMI", "BBQ", "DHA",
                                                                 "ARA",  "VPP", "NLEA",  "NS"};
    const auto isUpper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto isWordChar = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    std::size_t i = 0;
    while (i < description.size()) {
        // A token starts at a capital letter not preceded by a word character.
        if (!isUpper(description[i]) || (i > 0 && isWordChar(description[i - 1]))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < description.size() &&
               (isUpper(description[end]) || description[end] == '\'' || description[end] == '&' ||
                description[end] == '.' || description[end] == '-')) {
            ++end;
        }
        // Trailing punctuation is not part of the name; the token must end on a capital and not run
        // into lower-case letters ("USDA" yes, "Beans" no).
        std::size_t last = end;
        while (last > i && !isUpper(description[last - 1])) {
            --last;
        }
        const bool endsWord = last == end ? (end >= description.size() || !isWordChar(description[end]))
                                          : true;
        const std::string_view token = description.substr(i, last - i);
        if (token.size() >= 2 && endsWord &&
            std::find(kGeneric.begin(), kGeneric.end(), token) == kGeneric.end()) {
            return true;
        }
        i = end > i ? end : i + 1;
    }
    return false;
}

bool isBabyFood(std::string_view description, std::string_view foodGroup) {
    if (foodGroup == "Baby Foods") {
        return true;
    }
    const std::string d = foldText(description);
    return startsWithAny(d, {"babyfood", "infant formula", "toddler formula", "child formula"});
}

namespace {

// Step 2 of classifyPortion for one food group each: the description decides.

std::string_view classifyNutOrSeed(std::string_view d) {
    // Canned coconut milk and cream are cooking ingredients used by the spoonful, not drinks.
    if (containsAnyWord(d, {"coconut milk", "coconut cream"})) {
        return "sauce";
    }
    if (containsAnyWord(d, {"milk", "cream"})) {
        return containsWord(d, "milk") ? "drink" : "fat";
    }
    return "nut";
}

std::string_view classifyLegume(std::string_view d) {
    if (containsWord(d, "raw") && !containsAnyWord(d, {"sprouted", "tofu", "peanuts"})) {
        return "ingredient";
    }
    if (d.starts_with("peanuts") || containsWord(d, "roasted")) {
        return "nut";
    }
    if (containsAnyWord(d, {"soymilk", "milk", "beverage", "drink"})) {
        return "drink";
    }
    if (containsAnyWord(d, {"soy sauce", "miso", "tamari"})) {
        return "condiment";
    }
    if (containsAnyWord(d, {"hummus", "dip"})) {
        return "dip";
    }
    if (containsAnyWord(d, {"tofu", "tempeh", "curd"})) {
        return "tofu";
    }
    if (containsAnyWord(d, {"canned", "baked", "refried", "in sauce", "with pork", "in tomato sauce", "chili"})) {
        return "beans-in-sauce";
    }
    return "beans";
}

std::string_view classifyVegetable(std::string_view d) {
    if (containsWord(d, "juice")) {
        return "drink";
    }
    if (containsAnyWord(d, {"catsup", "ketchup", "relish"})) {
        return "condiment";
    }
    if (containsAnyWord(d, {"dried", "freeze-dried", "sun-dried"})) {
        return "ingredient";
    }
    if (containsWord(d, "paste")) {
        return "dip";
    }
    if (startsWithAny(d, {"parsley", "chives", "coriander", "pimento", "garlic", "ginger root", "horseradish",
                          "wasabi", "lemon grass", "dill weed", "peppermint", "spearmint", "capers"})) {
        return "garnish";
    }
    if (startsWithAny(d, {"peppers, hot chili", "peppers, jalapeno", "peppers, serrano", "peppers, chili",
                          "onions, spring", "onions, young green", "scallions"})) {
        return "chili-pepper";
    }
    if (startsWithAny(d, {"potatoes", "potato"}) && !containsAnyWord(d, {"sweet", "chips", "puffs"})) {
        return mustBeCooked(d) && !containsCookedWord(d) && !containsWord(d, "frozen") ? "ingredient" : "potato";
    }
    if (containsCookedWord(d) || containsWord(d, "frozen")) {
        return "vegetable";
    }
    if (mustBeCooked(d) && !containsWord(d, "sprouted")) {
        return "ingredient";
    }
    if (startsWithAny(d, {"spinach", "lettuce", "kale", "arugula", "watercress", "chard", "cabbage", "endive",
                          "escarole", "chicory", "cress", "purslane", "lambsquarters", "dandelion",
                          "mustard greens", "collards", "beet greens", "turnip greens", "amaranth leaves",
                          "radicchio", "mustard spinach"}) ||
        containsAnyWord(d, {"greens", "leaves"})) {
        return "leafy";
    }
    return "raw-vegetable";
}

std::string_view classifyFruit(std::string_view d) {
    if (containsWord(d, "juice") && startsWithAny(d, {"lemon", "lime"})) {
        return "juice-ingredient";
    }
    if (containsAnyWord(d, {"juice", "nectar", "drink", "beverage", "smoothie"})) {
        return "drink";
    }
    if (containsAnyWord(d, {"dried", "dehydrated", "raisins", "prunes", "dates"}) ||
        startsWithAny(d, {"dates", "raisins", "prunes"})) {
        return "dried-fruit";
    }
    if (startsWithAny(d, {"plantains", "breadfruit"}) && containsWord(d, "raw")) {
        return "ingredient";
    }
    if (d.starts_with("watermelon")) {
        return "watermelon";
    }
    if (containsAnyWord(d, {"canned", "frozen", "cooked", "sweetened", "sauce", "applesauce", "stewed", "fried",
                            "baked"})) {
        return "canned-fruit";
    }
    if (startsWithAny(d, {"avocados", "avocado", "lemons", "lemon", "limes", "lime", "cranberries"})) {
        return "fruit-ingredient";
    }
    return "fruit";
}

std::string_view classifyDairy(std::string_view d) {
    if (d.starts_with("egg")) {
        return "egg";
    }
    if (d.starts_with("yogurt")) {
        return "yogurt";
    }
    if (d.starts_with("cheese, cottage")) {
        return "soft-cheese";
    }
    if (d.starts_with("cheese, ricotta")) {
        return "ricotta";
    }
    if (startsWithAny(d, {"cheese spread", "cheese sauce", "cheese dip"})) {
        return "dip";
    }
    if (d.starts_with("cheese")) {
        return containsWord(d, "grated") ? "grated-cheese" : "cheese";
    }
    if (startsWithAny(d, {"ice cream", "frozen yogurt"})) {
        return "ice-cream";
    }
    if (startsWithAny(d, {"pudding", "milk dessert", "dulce"})) {
        return "dessert";
    }
    if (startsWithAny(d, {"milk", "buttermilk", "kefir", "beverage", "eggnog", "whey", "milk shakes", "reddi",
                          "protein supplement"})) {
        return "drink";
    }
    if (startsWithAny(d, {"cream", "butter", "sour cream", "whipped", "dessert topping", "sour dressing",
                          "imitation", "cream substitute"})) {
        return "fat";
    }
    return "other";
}

std::string_view classifyMeat(std::string_view d, std::string_view g) {
    if (containsWord(d, "raw") &&
        !containsAnyWord(d, {"smoked", "cured", "dried", "oyster", "oysters", "clam", "clams", "sashimi"})) {
        return "ingredient";
    }
    if (containsAnyWord(d, {"caviar", "roe"})) {
        return "spread";
    }
    if (containsAnyWord(d, {"bacon", "breakfast strips"}) && !containsAnyWord(d, {"canadian", "bits"})) {
        return "bacon";
    }
    if (g == "Sausages and Luncheon Meats" ||
        containsAnyWord(d, {"luncheon", "bologna", "salami", "sausage", "frankfurter", "bacon",
                            "breakfast strips"})) {
        return "deli-meat";
    }
    return "meat";
}

std::string_view classifyBeverage(std::string_view d) {
    if (containsWord(d, "espresso")) {
        return "shot";
    }
    if (containsWord(d, "syrup")) {
        return "syrup";
    }
    // Milk-type drinks and fruit drinks have a cup as their reference amount; coffee, tea, soft
    // drinks and water have 12 fl oz.
    if (!containsAnyWord(d, {"energy drink", "sports drink", "carbonated"}) &&
        containsAnyWord(d, {"milk", "soymilk", "juice", "nectar", "drink", "smoothie", "shake", "cocoa", "chocolate",
                            "instant breakfast", "meal replacement", "nutritional", "protein", "almond", "rice",
                            "oat", "coconut", "horchata", "lemonade", "punch", "eggnog", "kefir", "alcoholic",
                            "wine", "beer"})) {
        return "drink";
    }
    return "beverage";
}

std::string_view classifySweet(std::string_view d) {
    if (d.starts_with("cocoa")) {
        return "cocoa";
    }
    if (startsWithAny(d, {"sugar", "sugars", "sweetener", "sweeteners"})) {
        return "sugar";
    }
    if (startsWithAny(d, {"honey", "molasses", "jams", "jellies", "jam", "jelly", "marmalade", "fruit butters"})) {
        return "sweet-spread";
    }
    if (startsWithAny(d, {"syrup", "syrups", "toppings", "frostings"})) {
        return "syrup";
    }
    if (startsWithAny(d, {"ice cream", "ice creams", "frozen", "sherbet"})) {
        return "ice-cream";
    }
    if (startsWithAny(d, {"puddings", "pudding", "gelatin desserts", "flan", "custard"})) {
        return "dessert";
    }
    return "sweet";
}

std::string_view classifySoupOrSauce(std::string_view d) {
    if (containsAnyWord(d, {"hot", "pepper sauce", "worcestershire", "horseradish", "tabasco", "sriracha"})) {
        return "minor-condiment";
    }
    if (containsAnyWord(d, {"soy sauce", "fish sauce", "catsup", "ketchup", "teriyaki", "hoisin", "oyster"})) {
        return "condiment";
    }
    if (containsAnyWord(d, {"pasta", "spaghetti", "marinara", "tomato sauce", "alfredo", "pizza"})) {
        return "pasta-sauce";
    }
    if (containsAnyWord(d, {"salsa", "dip"})) {
        return "dip";
    }
    if (containsAnyWord(d, {"sauce", "gravy"})) {
        return "sauce";
    }
    return "soup";
}

// Step 1 of classifyPortion: ingredients are not eaten as they are, so there is no "portion people eat".
bool notEatenAsItIs(std::string_view d, std::string_view g) {
    if (containsWord(d, "dried") && containsWord(d, "salted")) {
        return true;
    }
    if (containsAnyWord(d, {"not reconstituted", "unprepared", "undiluted", "dry mix", "uncooked", "dehydrated",
                            "dried and salted", "unbaked", "dough"})) {
        return true;
    }
    if (g != "Spices and Herbs" &&
        !containsAnyWord(d, {"prepared with", "prepared from", "reconstituted", "ready-to-drink", "ready-to-eat",
                             "ready-to-serve", "dry roasted", "dry-roasted", "dry heat", "alcoholic beverage",
                             "cereals ready-to-eat", "wine", "vermouth", "cocoa",
                             // juice made up from concentrate, sold or mixed ready to drink
                             "from concentrate", "diluted"}) &&
        containsAnyWord(d, {"dry", "powder", "powdered", "condensed", "evaporated", "concentrate", "concentrated"})) {
        return true;
    }
    if (g != "Baked Products" && g != "Breakfast Cereals" && g != "Meals, Entrees, and Side Dishes" && g != "Snacks" &&
        !containsAnyWord(d, {"cooked", "prepared"}) && !d.starts_with("meals") &&
        containsAnyWord(d, {"flour", "meal", "bran", "germ", "starch", "isolate", "protein concentrate",
                            "vital wheat gluten", "leavening", "yeast", "gelatin", "pectin", "extender", "rennin",
                            "baking"})) {
        return true;
    }
    if (g == "Dairy and Egg Products" && containsWord(d, "dried")) {
        return true;
    }
    return false;
}

} // namespace

std::string_view classifyPortion(std::string_view description, std::string_view foodGroup) {
    const std::string_view g = groupOf(foodGroup);
    std::string folded = foldText(description);
    // USDA Commodity foods are ordinary foods bought for federal programmes; classify what follows.
    for (const std::string_view prefix : {std::string_view("usda commodity, "), std::string_view("usda commodity ")}) {
        if (folded.starts_with(prefix)) {
            folded.erase(0, prefix.size());
        }
    }
    const std::string_view d = folded;

    // 1. Ingredients: not eaten as they are, so there is no "portion people eat".
    if (notEatenAsItIs(d, g)) {
        return "ingredient";
    }

    // 2. By food group, refined by the description.
    if (g == "American Indian/Alaska Native Foods") {
        return classifyAlaskaNative(d);
    }
    if (g == "Spices and Herbs") {
        if (startsWithAny(d, {"mustard", "horseradish"})) {
            return "minor-condiment";
        }
        return startsWithAny(d, {"vinegar", "capers"}) ? "condiment" : "spice";
    }
    if (g == "Fats and Oils") {
        return "fat";
    }
    if ((g == "Nut and Seed Products" || g == "Legumes and Legume Products") &&
        containsAnyWord(d, {"butter", "tahini", "paste", "spread"})) {
        return "nut-butter";
    }
    if (g == "Nut and Seed Products") {
        return classifyNutOrSeed(d);
    }
    if (g == "Legumes and Legume Products") {
        return classifyLegume(d);
    }
    if (g == "Vegetables and Vegetable Products") {
        return classifyVegetable(d);
    }
    if (g == "Fruits and Fruit Juices") {
        return classifyFruit(d);
    }
    if (g == "Dairy and Egg Products") {
        return classifyDairy(d);
    }
    if (isMeatGroup(g)) {
        return classifyMeat(d, g);
    }
    if (g == "Cereal Grains and Pasta") {
        return containsCookedWord(d) ? "grain" : "ingredient";
    }
    if (g == "Breakfast Cereals") {
        return containsAnyWord(d, {"cooked", "prepared with"}) ? "hot-cereal" : "cold-cereal";
    }
    if (g == "Baked Products") {
        return startsWithAny(d, {"crackers", "cookies", "pretzels"}) ? "snack" : "bread";
    }
    if (g == "Snacks") {
        return "snack";
    }
    if (g == "Beverages") {
        return classifyBeverage(d);
    }
    if (g == "Sweets") {
        return classifySweet(d);
    }
    if (g == "Soups, Sauces, and Gravies") {
        return classifySoupOrSauce(d);
    }
    if (g == "Meals, Entrees, and Side Dishes" || g == "Fast Foods" || g == "Restaurant Foods" || g == "Baby Foods") {
        return "mixed-dish";
    }
    return "other";
}

namespace {

constexpr std::string_view kPreparationWords[] = {
    "raw", "cooked", "boiled", "roasted", "dried", "dry", "frozen", "canned", "baked", "fried", "steamed", "microwaved",
    "braised", "broiled", "grilled", "stewed", "drained", "salt", "unprepared", "prepared", "toasted", "blanched",
    "unblanched", "heated", "sprouted", "whole", "fresh", "uncooked", "with", "without", "solids", "regular", "plain",
    "all", "ns", "commercial", "homemade", "ready-to-serve", "ready-to-eat", "mature seeds", "immature seeds",
    "includes", "enriched", "unenriched", "fortified", "unsweetened", "sweetened", "light", "lowfat", "nonfat",
    "low fat", "reduced fat", "fat free", "whole milk", "chunky", "smooth", "chunk style", "creamy", "salted",
    "unsalted", "lean", "low sodium", "reduced sodium", "organic", "shelled", "hulled", "in shell"};

// First words of SR28 names that name a class, not a food: for these the second part is the food
// ("Beans, black", "Fish, salmon", "Nuts, almonds"). For everything else the first part is the food
// ("Spinach", "Potatoes", "Milk").
constexpr std::string_view kClassWords[] = {
    "beef", "pork", "lamb", "veal", "beverages", "alcoholic beverage", "cereals ready-to-eat", "cereals", "babyfood",
    "fish", "chicken", "turkey", "soup", "snacks", "candies", "fast foods", "fast food", "infant formula", "beans",
    "nuts", "seeds", "cheese", "cookies", "bread", "oil", "game meat", "salad dressing", "restaurant", "sauce",
    "crackers", "puddings", "spices", "gravy", "cake", "mollusks", "crustaceans", "pie", "rolls", "frozen novelties",
    "syrups", "toaster pastries", "formulated bar", "school lunch", "usda commodity", "squash", "peppers",
    "ice creams", "duck", "seaweed", "margarine-like", "pasta", "rice", "wheat flour", "peas", "mushrooms", "cabbage",
    "corn", "lettuce", "beverage", "yogurt", "egg", "cream", "tea", "juice"};

std::string collapseSpaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += c;
    }
    return out;
}

} // namespace

std::string familyKey(std::string_view description) {
    // Parenthesised text is detail ("Chickpeas (garbanzo beans, bengal gram)") and may hold commas.
    std::string folded = foldText(description);
    std::string text;
    int depth = 0;
    for (const char c : folded) {
        if (c == '(') {
            ++depth;
            text += ' ';
        } else if (c == ')') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            text += c;
        }
    }
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::string segment =
            collapseSpaces(std::string_view(text).substr(start, comma == std::string::npos ? std::string::npos
                                                                                           : comma - start));
        if (!segment.empty()) {
            segments.push_back(segment);
        }
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    if (segments.empty()) {
        return {};
    }
    std::string key;
    for (const auto& word : searchWords(segments[0])) {
        key += key.empty() ? "" : " ";
        key += word;
    }
    const bool isClass = std::find(std::begin(kClassWords), std::end(kClassWords), segments[0]) != std::end(kClassWords);
    if (segments[0] == "yogurt" && segments.size() > 1) {
        // A flavour is a variant of the same yogurt ("Yogurt, vanilla, low fat" folds under "Yogurt, plain,
        // low fat", marked flavoured), as chocolate milk is of milk; Greek yogurt is strained, another food,
        // and frozen yogurt is a dessert.
        if (containsWord(segments[1], "frozen")) {
            return key + " frozen";
        }
        if (containsAnyWord(segments[1], {"vanilla", "fruit", "chocolate", "lemon", "strawberry", "coffee", "flavor",
                                          "flavors", "flavored"})) {
            return key;
        }
    }
    if (isClass && segments.size() > 1 && !containsAnyWord(segments[1], kPreparationWords)) {
        // "seed kernels", "seeds", "kernels" only say which part of the plant: pumpkin "seed kernels" and
        // pumpkin "seeds" are one food.
        for (const auto& word : searchWords(segments[1])) {
            if (word == "seed" || word == "seeds" || word == "kernel" || word == "kernels") {
                continue;
            }
            key += ' ';
            key += word;
        }
    }
    return key;
}

std::string_view preparationState(std::string_view description) {
    const std::string d = foldText(description);
    if (containsCookedWord(d)) {
        return "prepared";
    }
    if (containsAnyWord(d, {"dried", "dehydrated", "freeze-dried"})) {
        return "dried";
    }
    return "raw";
}

std::optional<Population> parsePopulation(std::string_view text) {
    const std::string t = foldText(text);
    Population population;
    std::string_view rest = t;
    struct Prefix {
        std::string_view text;
        std::string_view sex;
        std::string_view stage;
    };
    static constexpr Prefix kPrefixes[] = {
        {"pregnancy/lactation ", "female", "pregnancy-lactation"},
        {"pregnancy ", "female", "pregnancy"},
        {"lactation ", "female", "lactation"},
        {"males ", "male", "none"},
        {"females ", "female", "none"},
        {"adults and children ", "any", "any"},
        {"ages ", "any", "none"},
    };
    bool found = false;
    for (const auto& prefix : kPrefixes) {
        if (rest.starts_with(prefix.text)) {
            population.sex = prefix.sex;
            population.lifeStage = prefix.stage;
            rest.remove_prefix(prefix.text.size());
            found = true;
            break;
        }
    }
    if (!found) {
        return std::nullopt;
    }
    const auto readNumber = [&](int& value) {
        std::size_t i = 0;
        value = 0;
        while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9' && i < 3) {
            value = value * 10 + (rest[i] - '0');
            ++i;
        }
        rest.remove_prefix(i);
        return i > 0;
    };
    if (!readNumber(population.ageMin)) {
        return std::nullopt;
    }
    if (rest.starts_with("+")) {
        rest.remove_prefix(1);
    } else if (rest.starts_with("-")) {
        rest.remove_prefix(1);
        int ageMax = 0;
        if (!readNumber(ageMax) || ageMax < population.ageMin) {
            return std::nullopt;
        }
        population.ageMax = ageMax;
    } else {
        return std::nullopt;
    }
    // An optional note in parentheses; it may widen the row to pregnancy and lactation.
    if (rest.starts_with(" (") && rest.ends_with(")")) {
        const std::string_view note = rest.substr(2, rest.size() - 3);
        if (note == "incl. pregnancy/lactation") {
            population.lifeStage = "any";
        } else if (note != "males and females" && note != "food labels") {
            return std::nullopt;
        }
        rest = {};
    }
    if (!rest.empty()) {
        return std::nullopt;
    }
    return population;
}

} // namespace carebook::foods
