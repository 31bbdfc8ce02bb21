// SPDX-License-Identifier: MIT
#include "core/foods/everyday.h"

#include "core/foods/rules.h"
#include "core/foods/text.h"

#include <algorithm>
#include <array>
#include <bit>
#include <stdexcept>

namespace carebook::foods {

std::string_view foodKindKey(FoodKind kind) {
    switch (kind) {
    case FoodKind::Single:
        return "single";
    case FoodKind::MixedDish:
        return "mixed";
    case FoodKind::Soup:
        return "soup";
    case FoodKind::Fortified:
        return "fortified";
    }
    return "single";
}

std::string_view foodKindLabel(FoodKind kind) {
    switch (kind) {
    case FoodKind::Single:
        return "single foods";
    case FoodKind::MixedDish:
        return "mixed dishes, meals and baked desserts";
    case FoodKind::Soup:
        return "soups and stews";
    case FoodKind::Fortified:
        return "fortified and formulated products";
    }
    return "single foods";
}

FoodKind parseFoodKind(std::string_view key) {
    for (const FoodKind kind : {FoodKind::Single, FoodKind::MixedDish, FoodKind::Soup, FoodKind::Fortified}) {
        if (foodKindKey(kind) == key) {
            return kind;
        }
    }
    throw std::invalid_argument("unknown kind of food '" + std::string(key) +
                                "'; kinds: single, mixed, soup, fortified, all");
}

FoodKind classifyDish(std::string_view description, std::string_view foodGroup) {
    const std::string d = foldText(description);
    if (foodGroup == "Meals, Entrees, and Side Dishes" || foodGroup == "Fast Foods" ||
        foodGroup == "Restaurant Foods") {
        return startsWithAny(d, {"soup", "stew", "chowder"}) ? FoodKind::Soup : FoodKind::MixedDish;
    }
    if (foodGroup == "Soups, Sauces, and Gravies") {
        // Sauces and gravies are condiments, eaten by the spoonful: single foods like mustard.
        return containsAnyWord(d, {"sauce", "gravy"}) && !containsAnyWord(d, {"soup", "chowder", "stew"})
                   ? FoodKind::Single
                   : FoodKind::Soup;
    }
    if (startsWithAny(d, {"soup", "stew", "chowder"}) || containsAnyWord(d, {"chowder"})) {
        return FoodKind::Soup;
    }
    // Prepared dishes filed under a food's own group ("Turkey, stuffing, mashed potatoes w/gravy...",
    // "Chili con carne with beans, canned entree", "Potato salad with egg").
    if (containsAnyWord(d, {"entree", "entrees", "dinner", "meal", "sandwich", "casserole", "pizza", "burrito",
                            "lasagna", "pot pie", "stuffing", "chili con carne", "macaroni and cheese", "salad with",
                            "potato salad", "chicken salad", "tuna salad", "egg salad", "corned beef hash", "w/", "stew",
                            "au gratin", "scalloped", "with sauce", "in sauce", "with gravy", "quiche", "taco",
                            "enchilada", "pasta with", "spaghetti with", "dumpling", "egg rolls", "knish",
                            "pierogi", "fritter", "nuggets", "patties, breaded", "breaded", "croquette"})) {
        return FoodKind::MixedDish;
    }
    // A dry mix, powder or syrup made up with milk is two foods in one cup: most of its calcium,
    // potassium and vitamin D is the milk's ("Beverages, chocolate malt, powder, prepared with fat free
    // milk", "Puddings, vanilla, dry mix, instant, prepared with whole milk").
    if (const auto with = d.find("prepared with"); with != std::string::npos &&
                                                   containsWord(std::string_view(d).substr(with), "milk") &&
                                                   containsAnyWord(d, {"mix", "powder", "syrup"})) {
        return FoodKind::MixedDish;
    }
    // Baked desserts and sweet baked goods are recipes of flour, fat, sugar and egg; bread, rolls,
    // crackers and tortillas stay single foods.
    if (foodGroup == "Baked Products" &&
        startsWithAny(d, {"cake", "cakes", "pie", "pies", "muffin", "muffins", "cookie", "cookies", "pastr", "doughnut",
                          "danish", "sweet rolls", "brownie", "coffeecake", "croissant", "strudel", "cream puff",
                          "eclair", "puff pastry", "toaster pastr", "waffle", "pancake", "french toast", "cheesecake",
                          "cobbler", "crisp", "turnover", "fruit butter"})) {
        return FoodKind::MixedDish;
    }
    return FoodKind::Single;
}

namespace {

// A nutrient named next to "fortified" or "added": which bits of kNutrientColumns it covers.
std::uint32_t namedNutrientBits(std::string_view text) {
    std::uint32_t bits = 0;
    for (std::size_t i = 0; i < kNutrientColumns.size(); ++i) {
        const std::string key = foldText(kNutrientColumns[i].referenceName.empty() ? kNutrientColumns[i].key
                                                                                   : kNutrientColumns[i].referenceName);
        std::string spaced = key;
        std::replace(spaced.begin(), spaced.end(), '_', ' ');
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        if (spaced.starts_with("vitamin d")) {
            spaced = "vitamin d";
        }
        if (containsWord(text, spaced)) {
            bits |= 1u << i;
        }
    }
    return bits;
}

// Fortification is about the nutrients a person looks for: water added to a ham or the energy of
// added milk solids are not counted.
constexpr std::uint32_t kFortifiableNutrients =
    ((1u << kNutrientColumns.size()) - 1) & ~(1u << kEnergyIndex) & ~(1u << 1 /* water */);

// "d" or "a and d" after "with added vitamins A, ...": the letters of the vitamins named.
std::uint32_t vitaminLetterBits(std::string_view part) {
    for (const auto& word : searchWords(part)) {
        if (word == "d" || word == "d2" || word == "d3") {
            return namedNutrientBits("vitamin d");
        }
    }
    return 0;
}

} // namespace

std::uint32_t fortifiedNutrients(std::string_view description) {
    const std::string d = foldText(description);
    if (startsWithAny(d, {"formulated bar", "nuts, formulated"}) ||
        containsAnyWord(d, {"meal replacement", "meal supplement", "nutritional supplement", "protein supplement",
                            "nutritional shake", "protein powder", "vitamin and mineral fortified",
                            "vitamins and minerals", "fortified with vitamins", "multivitamin", "added nutrients",
                            "enhanced"})) {
        return kFortifiableNutrients;
    }
    std::uint32_t bits = 0;
    // Every part of the name that speaks of adding something ("with added calcium and vitamin D",
    // "fortified with vitamin D", "vitamin D fortified", "calcium-fortified") and the parts that carry on
    // its list ("with added nonfat milk solids, vitamin A and vitamin D", "with added ascorbic acid,
    // calcium, and potassium", "with added calcium and vitamins A, D, E"). "Without added vitamin D",
    // "not fortified" and "unfortified" say the opposite and end the list.
    bool listing = false;
    bool vitamins = false;
    for (std::string part : nameParts(description)) {
        // "with added vitamin D and without added vitamin A": only what comes before "without" adds.
        if (const auto without = part.find("without"); without != std::string::npos) {
            part.erase(without);
        }
        if (part.empty() || containsAnyWord(part, {"not fortified", "unfortified"})) {
            listing = false;
            continue;
        }
        const bool adds = containsAnyWord(part, {"fortified", "added", "with calcium", "with vitamin d",
                                                 "calcium-fortified", "enriched with"});
        vitamins = vitamins || containsWord(part, "vitamins");
        const std::uint32_t named = namedNutrientBits(part) | (vitamins ? vitaminLetterBits(part) : 0);
        if (adds) {
            listing = true;
            if (named != 0) {
                bits |= named;
            } else if (containsWord(part, "fortified") && !containsAnyWord(part, {"fortified with", "with added"}) &&
                       !containsAnyWord(part, {"protein fortified", "iron fortified"})) {
                // "fortified with vitamins B6 and B12" says what, and it is none of these nutrients.
                bits |= kFortifiableNutrients; // "fortified" and nothing said about what: count every nutrient
            }
        } else if (listing && (named != 0 || vitamins)) {
            // "vitamins A" then "B12" then "D2": the list goes on while it names vitamins or nutrients.
            bits |= named;
        } else {
            listing = false;
            vitamins = false;
        }
    }
    return bits & kFortifiableNutrients;
}

bool isPlantDrink(std::string_view description) {
    const std::string d = foldText(description);
    for (const std::string_view plant : {"soy", "almond", "rice", "oat", "coconut", "cashew", "hemp", "hazelnut"}) {
        for (const std::string_view drink : {"milk", "beverage", "drink"}) {
            if (containsWord(d, std::string(plant) + " " + std::string(drink))) {
                return true;
            }
        }
    }
    return containsAnyWord(d, {"soymilk", "ricemilk"});
}

std::uint32_t plantDrinkAddedNutrients(std::string_view description, std::optional<double> calciumMg,
                                       std::optional<double> vitaminDUg) {
    if (!isPlantDrink(description)) {
        return 0;
    }
    std::uint32_t bits = 0;
    if (vitaminDUg && *vitaminDUg > 0) {
        bits |= namedNutrientBits("vitamin d");
    }
    if (calciumMg && *calciumMg > 2 * kUnfortifiedSoymilkCalciumMg) {
        bits |= namedNutrientBits("calcium");
    }
    return bits;
}

std::uint32_t everyAddableNutrient() { return kFortifiableNutrients; }

bool isFormulatedDrink(std::string_view description, std::string_view foodGroup) {
    std::string d = foldText(description);
    if (!(foodGroup == "Beverages" || d.starts_with("beverage")) || d.starts_with("alcoholic") ||
        isPlantDrink(description) || containsAnyWord(d, {"not fortified", "unfortified"})) {
        return false;
    }
    // "ready-to-drink" says how tea or coffee is sold, not that it is a made-up drink.
    for (const std::string_view sold : {"ready-to-drink", "ready to drink"}) {
        for (std::size_t at = d.find(sold); at != std::string::npos; at = d.find(sold)) {
            d.erase(at, sold.size());
        }
    }
    return containsAnyWord(d, {"drink", "drinks", "drink mix", "beverage mix", "shake", "shake mix",
                               "milkshake mix", "instant breakfast", "breakfast type"});
}

bool isTinyAmountFood(std::string_view description, std::string_view foodGroup, std::string_view portionCategory,
                      double portionGrams) {
    const std::string d = foldText(description);
    if (portionCategory == "spice") {
        return true; // spices and dried herbs (RACC: a fraction of a gram)
    }
    if (startsWithAny(d, {"leavening agents", "salt, table", "salt substitute", "salt,", "cream of tartar",
                          "yeast", "gelatin", "pectin", "seasoning mix", "sweetener", "sweeteners"}) ||
        containsAnyWord(d, {"baking powder", "baking soda", "freeze-dried"})) {
        return true;
    }
    if (foodGroup == "Spices and Herbs" && portionCategory != "condiment" && portionCategory != "minor-condiment") {
        return true;
    }
    return portionGrams > 0 && portionGrams < kTinyPortionGrams;
}

namespace {

struct VariantMark {
    std::string_view label;
    std::initializer_list<std::string_view> words;
};

// The order is the order labels are listed in "+3 similar: canned, frozen, with salt".
// "fortified" must stay fifth: kFortifiedMark in everyday.h is its bit.
const std::array<VariantMark, 11>& variantTable() {
    static const std::array<VariantMark, 11> table = {{
        {"canned", {"canned", "solids and liquids", "regular pack", "in syrup", "heavy syrup", "light syrup"}},
        {"frozen", {"frozen"}},
        {"with salt", {"with salt", "salted", "lightly salted", "salt added, "}},
        {"flavoured", {"flavored", "flavor", "vanilla", "chocolate", "strawberry", "fruit variety", "fruit", "honey",
                       "sweetened", "with sugar", "cinnamon", "coffee", "maple", "smoke flavor", "caramel"}},
        {"fortified", {"fortified", "with added calcium", "with added vitamin", "with calcium", "enriched with"}},
        {"other fat level", {"whole", "nonfat", "fat free", "fat-free", "skim", "high fat", "light", "lite",
                             "extra lean", "part skim", "low-fat milk", "whole milk", "creamed", "2% fat"}},
        {"fried or with fat", {"fried", "oil roasted", "with added fat", "with margarine", "with butter", "with oil",
                               "in oil", "breaded", "batter", "with added solution", "pan-browned"}},
        {"less sodium", {"low sodium", "reduced sodium", "no salt added", "very low sodium"}},
        {"dried or processed", {"dehydrated", "instant", "microwaved", "stir-fried", "smoked", "pickled", "imitation",
                                "pasteurized process", "reconstituted", "from concentrate"}},
        // Milk of another animal than the cow is a food of its own, but not the one a list should show
        // for "milk".
        {"another animal", {"sheep", "goat", "buffalo", "human", "camel"}},
        {"another style", {"protein fortified", "with added nonfat milk solids", "chunky", "chunk style", "crunchy", "blanched", "sprouted", "stick", "sticks", "sliced",
                           "shredded", "cubed"}},
    }};
    return table;
}

} // namespace

std::uint32_t variantMarks(std::string_view description) {
    const std::string d = foldText(description);
    std::uint32_t marks = 0;
    const auto& table = variantTable();
    for (std::size_t i = 0; i < table.size(); ++i) {
        for (const std::string_view word : table[i].words) {
            // "unsweetened" is a word of its own, so "sweetened" does not match it; "without salt"
            // does not hold the phrase "with salt".
            if (containsWord(d, word)) {
                marks |= 1u << i;
                break;
            }
        }
    }
    return marks;
}

int plainness(std::uint32_t marks) { return std::popcount(marks); }

std::uint32_t marksForNutrients(std::uint32_t marks, std::uint32_t fortifiedMask, std::uint32_t nutrientMask) {
    return (marks & ~kFortifiedMark) | ((fortifiedMask & nutrientMask) != 0 ? kFortifiedMark : 0);
}

std::vector<std::string_view> variantLabels(std::uint32_t marks) {
    std::vector<std::string_view> labels;
    const auto& table = variantTable();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (marks & (1u << i)) {
            labels.push_back(table[i].label);
        }
    }
    return labels;
}

namespace {

// Class words whose second part names the food, and how the short name puts them back together.
struct ClassRule {
    std::string_view classWord; // folded first part of the USDA name
    std::string_view suffix;    // appended to the second part ("black" -> "black beans"), or empty
};
constexpr ClassRule kClassRules[] = {
    {"seeds", "seeds"},   {"beans", "beans"},       {"nuts", ""},          {"fish", ""},
    {"mollusks", ""},     {"crustaceans", ""},      {"spices", ""},        {"cheese", "cheese"},
    {"beverages", ""},    {"cereals ready-to-eat", ""}, {"cereals", ""},   {"game meat", ""},
    {"peas", "peas"},     {"mushrooms", "mushrooms"}, {"squash", "squash"}, {"peppers", "peppers"},
    {"lettuce", "lettuce"}, {"cabbage", "cabbage"}, {"seaweed", "seaweed"}, {"rice", "rice"},
    {"oil", "oil"},       {"juice", "juice"},       {"tea", "tea"},        {"snacks", ""},
    {"candies", ""},      {"alcoholic beverage", ""}, {"usda commodity", ""}, {"egg", "egg"},
};

// Parts of a USDA name that add nothing a person needs in a list (the full name is in the tooltip and
// the profile).
bool isNoisePart(std::string_view part) {
    static constexpr std::string_view kNoise[] = {
        "without salt", "without salt added", "drained", "mature seeds", "immature seeds", "all commercial varieties",
        "all varieties", "fluid", "edible portion", "flesh and skin", "unprepared", "dry heat", "moist heat",
        "regular", "includes usda commodity food", "ns as to form", "commercial", "separable lean only",
        "solids", "unblanched", "whole", "kernels", "fresh", "edible", "with skin", "without skin", "meat only",
        "ready-to-eat", "ready-to-serve", "ready-to-drink", "nfs", "plain"};
    return std::find(std::begin(kNoise), std::end(kNoise), part) != std::end(kNoise) ||
           part.starts_with("includes") || part.starts_with("with added vitamin") || part.starts_with("usda");
}

// One word for how it was prepared, the first that applies.
std::string_view preparationWord(const std::vector<std::string>& parts) {
    static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
        {"dry roasted", "dry roasted"}, {"roasted", "roasted"}, {"toasted", "toasted"}, {"baked", "baked"},
        {"broiled", "broiled"},         {"grilled", "grilled"}, {"steamed", "steamed"}, {"fried", "fried"},
        {"boiled", "cooked"},           {"cooked", "cooked"},   {"canned", "canned"},   {"frozen", "frozen"},
        {"dried", "dried"},             {"raw", "raw"}};
    for (const auto& [word, shown] : kWords) {
        for (const auto& part : parts) {
            if (containsWord(part, word)) {
                return shown;
            }
        }
    }
    return {};
}

bool isPreparationPart(std::string_view part) {
    return containsAnyWord(part, {"raw", "cooked", "boiled", "roasted", "baked", "broiled", "grilled", "steamed",
                                  "fried", "canned", "frozen", "dried", "toasted", "braised", "stewed", "microwaved",
                                  "heated", "prepared", "simmered", "poached", "smoked", "blanched", "drained",
                                  "dry heat", "moist heat"}) &&
           !part.starts_with("prepared with") && !part.starts_with("made with");
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    return text;
}

std::string withoutWords(std::string text, std::initializer_list<std::string_view> words) {
    for (const std::string_view word : words) {
        std::size_t at = 0;
        while ((at = text.find(word, at)) != std::string::npos) {
            const bool startOk = at == 0 || text[at - 1] == ' ';
            const bool endOk = at + word.size() == text.size() || text[at + word.size()] == ' ';
            if (startOk && endOk) {
                text.erase(at, word.size());
            } else {
                at += word.size();
            }
        }
    }
    std::string out;
    for (const char c : text) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out += c;
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

// "vitamin D", "calcium and vitamin D": the nutrients in `added`, as words in a name.
std::string addedNutrientNames(std::uint32_t added) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < kNutrientColumns.size(); ++i) {
        if ((added & (1u << i)) == 0 || kNutrientColumns[i].referenceName.empty()) {
            continue; // vitamin D in IU is the same vitamin D
        }
        std::string name = foldText(kNutrientColumns[i].referenceName);
        std::replace(name.begin(), name.end(), '_', ' ');
        if (name == "vitamin d") {
            name = "vitamin D";
        }
        names.push_back(std::move(name));
    }
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    }
    return text;
}

// A short name without a describing part that speaks of fortifying ("vitamin d fortified"), which the
// name's own ending then says in full.
std::string withoutFortifiedPart(const std::string& name) {
    std::string out;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t comma = name.find(", ", start);
        const std::string part = name.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (start == 0 || !containsWord(foldText(part), "fortified")) {
            out += (start == 0 ? "" : ", ") + part;
        }
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 2;
    }
    return out;
}

} // namespace

std::string shortFoodName(std::string_view description) {
    std::vector<std::string> parts;
    for (auto& part : nameParts(description)) {
        // Text in brackets is detail ("Chickpeas (garbanzo beans, bengal gram)").
        std::string plain;
        int depth = 0;
        for (const char c : part) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c != ')') {
                plain += c;
            }
        }
        plain = withoutWords(plain, {});
        // UV light is why these mushrooms have vitamin D: the short name keeps it.
        if (plain == "exposed to ultraviolet light") {
            plain = "UV-exposed";
        }
        if (!plain.empty()) {
            parts.push_back(plain);
        }
    }
    if (parts.empty()) {
        return std::string(description);
    }
    std::string food = parts[0];
    std::size_t next = 1;
    for (const auto& rule : kClassRules) {
        if (parts[0] != rule.classWord || parts.size() < 2 || isPreparationPart(parts[1])) {
            continue;
        }
        std::string second = parts[1];
        bool addSuffix = !rule.suffix.empty();
        const bool product = containsAnyWord(second, {"butter", "flour", "meal", "paste", "oil", "milk", "cream",
                                                      "spread", "tahini"});
        if ((rule.classWord == "seeds" || rule.classWord == "nuts") && !product) {
            // "pumpkin and squash seed kernels": one food by two names; the first is enough.
            if (const auto at = second.find(" and "); at != std::string::npos) {
                const auto tail = second.find(' ', at + 5);
                second = second.substr(0, at) + (tail == std::string::npos ? "" : second.substr(tail));
            }
            // "seeds" goes back on only where USDA wrote it apart ("chia seeds", not "flaxseed").
            addSuffix = rule.classWord == "seeds" && containsAnyWord(second, {"seed", "seeds", "seed kernels"});
            second = withoutWords(second, {"seed kernels", "kernels", "seeds", "seed"});
        } else if (product) {
            addSuffix = false;
        }
        if (addSuffix && !containsWord(second, rule.suffix) &&
            !(rule.suffix.ends_with('s') && containsWord(second, rule.suffix.substr(0, rule.suffix.size() - 1)))) {
            second += ' ';
            second += rule.suffix;
        }
        food = second;
        next = 2;
        break;
    }
    // Up to two describing parts (variety, fat level, form), then one word for the preparation.
    std::vector<std::string> describing;
    for (std::size_t i = next; i < parts.size() && describing.size() < 2; ++i) {
        if (isNoisePart(parts[i]) || isPreparationPart(parts[i]) || parts[i].size() > 24) {
            continue;
        }
        describing.push_back(parts[i]);
    }
    const std::vector<std::string> rest(parts.begin() + static_cast<std::ptrdiff_t>(std::min(next, parts.size())),
                                        parts.end());
    std::string name = capitalised(food);
    for (const auto& part : describing) {
        name += ", " + part;
    }
    if (const std::string_view prepared = preparationWord(rest); !prepared.empty()) {
        name += ", ";
        name += prepared;
    }
    // A fortified product says so even in its short name, and with what when USDA's name says it: the
    // nutrients did not grow in it.
    if (const std::uint32_t added = fortifiedNutrients(description); added != 0) {
        name = withoutFortifiedPart(name);
        name += added == kFortifiableNutrients ? ", fortified" : ", fortified with " + addedNutrientNames(added);
    }
    return name;
}

} // namespace carebook::foods
