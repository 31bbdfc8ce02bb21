// SPDX-License-Identifier: MIT
#include "core/sheet/sheet_foods.h"

#include "core/foods/search_hits.h"
#include "core/foods/text.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <stdexcept>
#include <utility>

namespace carebook::foods {

namespace {

constexpr std::string_view kFortified = "fortified";

std::vector<std::string> stemmedWords(std::string_view folded) {
    std::vector<std::string> out;
    for (const auto& word : searchWords(folded)) {
        out.push_back(stemWord(word));
    }
    return out;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// "Fortified" in an example: USDA says "fortified", "enriched" or "with added calcium".
bool saysFortified(std::string_view foldedDescription) {
    if (containsAnyWord(foldedDescription, {"fortified", "enriched"})) {
        return true;
    }
    std::size_t from = 0;
    while ((from = foldedDescription.find("with added", from)) != std::string_view::npos) {
        if (from == 0 || foldedDescription[from - 1] == ' ' || foldedDescription[from - 1] == ',') {
            return true; // "with added", not the end of "without added"
        }
        from += 1;
    }
    return false;
}

// Rule 2 of matchFoodExample on the USDA name. `exampleTerms` are stemmed, "fortified" among them.
bool nameFits(const std::vector<std::string>& exampleTerms, std::string_view description) {
    const std::string folded = foldText(description);
    const auto words = stemmedWords(folded);
    for (const auto& term : exampleTerms) {
        if (term == kFortified ? !saysFortified(folded) : !contains(words, term)) {
            return false;
        }
    }
    for (const auto& word : foodNameWords(description)) {
        if (!contains(exampleTerms, word)) {
            return false;
        }
    }
    return true;
}

// ...or on USDA's common name: one of its comma-separated names is exactly the example.
bool commonNameFits(const std::vector<std::string>& exampleTerms, std::string_view description,
                    std::string_view commonName) {
    std::vector<std::string> wanted;
    for (const auto& term : exampleTerms) {
        if (term != kFortified) {
            wanted.push_back(term);
        }
    }
    if (wanted.size() != exampleTerms.size() && !saysFortified(foldText(description))) {
        return false;
    }
    std::sort(wanted.begin(), wanted.end());
    for (const auto& part : nameParts(commonName)) {
        auto terms = FoodSearchIndex::queryTerms(part);
        std::sort(terms.begin(), terms.end());
        if (!terms.empty() && terms == wanted) {
            return true;
        }
    }
    return false;
}

struct Candidate {
    FoodMatch match;
    FoodProfile profile;
    double amount = 0;
    std::optional<double> percent;
};

} // namespace

std::optional<ExampleFigures> matchFoodExample(const FoodFinder& finder, std::string_view nutrientKey,
                                               std::string_view example) {
    const NutrientInfo* nutrient = finder.findNutrient(nutrientKey);
    if (!nutrient) {
        throw std::invalid_argument("unknown nutrient '" + std::string(nutrientKey) + "'");
    }
    const auto exampleTerms = FoodSearchIndex::queryTerms(example);
    if (exampleTerms.empty()) {
        return std::nullopt;
    }

    // USDA seldom says "fortified" ("with added vitamin D"): the lookup goes without the word, and rule 2
    // asks for it in its own way.
    std::string query;
    for (const auto& word : searchWords(foldText(example))) {
        if (word != kFortified) {
            query += (query.empty() ? "" : " ") + word;
        }
    }
    std::vector<Candidate> candidates;
    for (auto& match : finder.lookup(query, 0)) {
        if (match.hiddenByDefault ||
            !(nameFits(exampleTerms, match.description) ||
              commonNameFits(exampleTerms, match.description, match.commonName))) {
            continue; // another food ("Pasta, spinach"), a kind of it ("Cheese, cheddar") or a brand
        }
        auto profile = finder.profile(match.usdaId);
        if (!profile) {
            continue;
        }
        if (profile->portions.empty() || !profile->portions.front().common) {
            continue; // an ingredient (dry beans, raw rice): no portion people eat
        }
        const auto& amounts = profile->portions.front().amounts;
        const auto found = std::find_if(amounts.begin(), amounts.end(),
                                        [&](const NutrientAmount& a) { return a.key == nutrient->key; });
        if (found == amounts.end() || !found->amount) {
            continue; // USDA has no value: no figure, never a zero
        }
        Candidate candidate{std::move(match), std::move(*profile), *found->amount, found->percentDailyValue};
        candidates.push_back(std::move(candidate));
    }
    if (candidates.empty()) {
        return std::nullopt;
    }

    const auto keepIfAny = [&](auto&& predicate) {
        if (std::any_of(candidates.begin(), candidates.end(), predicate)) {
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](const Candidate& c) { return !predicate(c); }),
                             candidates.end());
        }
    };
    keepIfAny([](const Candidate& c) { return c.profile.inSurvey; });
    keepIfAny([](const Candidate& c) { return containsWord(foldText(c.profile.description), "plain"); });
    keepIfAny([](const Candidate& c) { return containsWord(foldText(c.profile.description), "cooked"); });

    // The middle amount per portion; of the entries with that amount, the first in the finder's lookup
    // order (the plainer name: "without salt" before "with salt added").
    std::vector<double> amounts;
    for (const auto& candidate : candidates) {
        amounts.push_back(candidate.amount);
    }
    std::sort(amounts.begin(), amounts.end());
    const double middle = amounts[(amounts.size() - 1) / 2];
    const Candidate& chosen = *std::find_if(candidates.begin(), candidates.end(),
                                            [&](const Candidate& c) { return c.amount == middle; });
    const auto& portion = chosen.profile.portions.front();

    ExampleFigures figures;
    figures.example = std::string(example);
    figures.usdaId = chosen.profile.usdaId;
    figures.description = chosen.profile.description;
    figures.portion = portion.text;
    figures.shortPortion = shortPortion(portion.text);
    figures.grams = portion.grams;
    figures.amount = chosen.amount;
    figures.unit = nutrient->unit;
    figures.percentDailyValue = chosen.percent;
    figures.entriesConsidered = candidates.size();
    return figures;
}

namespace {

// Richest per portion first (by %DV; the author's order breaks ties), at most `count`.
std::vector<SheetFood> richestFirst(std::vector<const ExampleFigures*> matched, std::size_t count) {
    std::stable_sort(matched.begin(), matched.end(), [](const ExampleFigures* a, const ExampleFigures* b) {
        return a->percentDailyValue.value_or(0) > b->percentDailyValue.value_or(0);
    });
    std::vector<SheetFood> foods;
    for (const auto* figures : matched) {
        if (foods.size() >= count) {
            break;
        }
        foods.push_back({figures->example, figures->shortPortion, formatAmount(figures->amount, figures->unit),
                         figures->percentDailyValue});
    }
    return foods;
}

} // namespace

std::vector<SheetFood> sheetFoodsFor(const FoodFinder& finder, std::string_view nutrientKey,
                                     const std::vector<std::string>& examples, std::size_t count) {
    std::vector<ExampleFigures> matched;
    for (const auto& example : examples) {
        if (auto figures = matchFoodExample(finder, nutrientKey, example)) {
            matched.push_back(std::move(*figures));
        }
    }
    std::vector<const ExampleFigures*> pointers;
    for (const auto& figures : matched) {
        pointers.push_back(&figures);
    }
    return richestFirst(std::move(pointers), count);
}

SheetFoodSource makeSheetFoodSource(std::function<const FoodFinder*()> finder) {
    struct State {
        std::function<const FoodFinder*()> finder;
        std::map<std::pair<std::string, std::string>, std::optional<ExampleFigures>> matches;
    };
    auto state = std::make_shared<State>();
    state->finder = std::move(finder);
    return [state](const std::string& foodKey, const std::vector<std::string>& examples, std::size_t count) {
        const FoodFinder* foodFinder = state->finder ? state->finder() : nullptr;
        if (!foodFinder || !foodFinder->findNutrient(foodKey)) {
            return std::vector<SheetFood>{};
        }
        std::vector<const ExampleFigures*> matched;
        for (const auto& example : examples) {
            auto [it, inserted] = state->matches.try_emplace({foodKey, example});
            if (inserted) {
                it->second = matchFoodExample(*foodFinder, foodKey, example);
            }
            if (it->second) {
                matched.push_back(&*it->second);
            }
        }
        return richestFirst(std::move(matched), count);
    };
}

} // namespace carebook::foods
