// SPDX-License-Identifier: MIT
#include "app/cli/cli_foods.h"
#include "core/util/text.h"

#include "core/foods/shared_finder.h"
#include "core/foods/html.h"
#include "core/foods/search_hits.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>

namespace carebook::cli {

namespace {

using nlohmann::json;
namespace foods = carebook::foods;

const OptionSpec kJson{"json", false, "print JSON instead of text"};

// Loads the food tables (~28 ms). A database compiled without content/foods (the test fixture, or an
// older file given with --content-db) has none: that is a clear error, not an empty list.
std::shared_ptr<const foods::FoodFinder> openFinder(Invocation& call) {
    auto finder = foods::sharedFoodFinder(call.store().database());
    if (!finder) {
        throw CliError("this content database has no food data (it was compiled without content/foods)");
    }
    return finder;
}

std::string knownNutrients(const foods::FoodFinder& finder) {
    std::string known;
    for (const auto& nutrient : finder.nutrients()) {
        known += (known.empty() ? "" : ", ") + nutrient.key;
    }
    return known;
}

const foods::NutrientInfo& requireNutrient(const foods::FoodFinder& finder, const std::string& name) {
    const auto* nutrient = finder.findNutrient(name);
    if (!nutrient) {
        throw CliError("unknown nutrient '" + name + "' (one of: " + knownNutrients(finder) + ")");
    }
    return *nutrient;
}

// The filters of `carebook foods`: the everyday list by default, as a handout would list them (single,
// commonly eaten foods, no spices); the list names what it leaves out and how to see it.
foods::RankFilters rankFiltersOf(Invocation& call) {
    foods::RankFilters filters = foods::RankFilters::everyday();
    if (const auto group = call.option("group"); !group.empty()) {
        filters.group = group;
    }
    filters.includeBrandedAndBaby = call.flag("all-foods");
    filters.commonFoodsOnly = !call.flag("all-foods") && !call.flag("uncommon");
    filters.includeTinyAmounts = call.flag("all-foods") || call.flag("tiny");
    if (const auto kind = call.option("kind", "single"); kind == "all" || call.flag("all-foods")) {
        filters.kind.reset();
    } else {
        try {
            filters.kind = foods::parseFoodKind(kind);
        } catch (const std::invalid_argument& e) {
            throw CliError(e.what());
        }
    }
    filters.collapseDuplicates = !call.flag("no-folding");
    filters.nameFilter = call.option("name");
    if (call.flag("name") && foods::FoodSearchIndex::queryTerms(filters.nameFilter).empty()) {
        // Matching nothing would silently list every food: say the filter cannot be used instead.
        throw CliError(printable("--name '" + filters.nameFilter + "'") +
                       " has no word food names can be matched on (USDA names are English words in Latin letters; "
                       "very common words such as 'the' are skipped)");
    }
    filters.limit = static_cast<std::size_t>(call.intOption("limit", 25, 0, 100000));
    return filters;
}

void printCombined(Invocation& call, const foods::FoodFinder& finder,
                   const std::vector<const foods::NutrientInfo*>& combined, foods::Basis basis,
                   const foods::RankFilters& filters) {
    std::vector<std::string> keys;
    for (const auto* item : combined) {
        keys.push_back(item->key);
    }
    const auto result = finder.rankCombined(keys, basis, filters);
    if (!call.json()) {
        call.out << foods::formatCombinedList(result, combined, basis);
        return;
    }
    json rows = json::array();
    for (const auto& row : result.rows) {
        rows.push_back(foods::toJson(row));
    }
    json out = foods::toJson(static_cast<const foods::RankTally&>(result));
    out["nutrients"] = keys;
    out["basis"] = foods::basisKey(basis);
    out["score"] = foods::combinedScoreExplanation();
    out["common_foods_only"] = filters.commonFoodsOnly;
    out["rows"] = std::move(rows);
    call.out << out.dump(2) << "\n";
}

int foodsCommand(Invocation& call) {
    const std::string nutrientName = call.option("nutrient");
    const auto basis = foods::parseBasis(call.option("per", "portion"));
    if (!basis) {
        throw CliError("--per takes portion, 100g or 100kcal, not '" + call.option("per") + "'");
    }
    const foods::RankFilters filters = rankFiltersOf(call);
    const auto finder = openFinder(call);
    if (nutrientName.empty()) {
        throw CliError("foods needs --nutrient N (one of: " + knownNutrients(*finder) + ")");
    }
    const auto& nutrient = requireNutrient(*finder, nutrientName);

    // Every nutrient of a combined ranking, first the --nutrient one, each once.
    std::vector<const foods::NutrientInfo*> combined{&nutrient};
    for (const auto& name : splitCommaList(call.option("with"))) {
        const auto* other = &requireNutrient(*finder, name);
        if (std::find(combined.begin(), combined.end(), other) == combined.end()) {
            combined.push_back(other);
        }
    }
    try {
        if (combined.size() > 1) {
            printCombined(call, *finder, combined, *basis, filters);
            return 0;
        }
        const auto result = finder->rank(nutrient.key, *basis, filters);
        if (call.json()) {
            auto out = foods::toJson(result, nutrient);
            out["basis"] = foods::basisKey(*basis);
            out["common_foods_only"] = filters.commonFoodsOnly;
            out["kind"] = filters.kind ? json(foods::foodKindKey(*filters.kind)) : json("all");
            call.out << out.dump(2) << "\n";
        } else {
            call.out << foods::formatRankedList(result, nutrient, *basis);
        }
        return 0;
    } catch (const std::invalid_argument& e) {
        // Unknown food group, or a nutrient without a Daily Value in a combined ranking.
        throw CliError(e.what());
    }
}

int foodCommand(Invocation& call) {
    std::string query;
    for (const auto& word : call.positional()) {
        query += (query.empty() ? "" : " ") + word;
    }
    const auto finder = openFinder(call);
    const auto matches = finder->lookup(query, 10);
    if (matches.empty()) {
        // Nothing found is exit 1, as for search (README, "Command line").
        call.err << "carebook: " << printable("no food matches '" + query + "'")
                 << " (try fewer words, or: carebook foods --nutrient N --name WORD)\n";
        return 1;
    }
    if (call.json()) {
        call.out << foods::lookupJson(*finder, query, 10).dump(2) << "\n";
        return 0;
    }
    const auto profile = finder->profile(matches.front().usdaId);
    if (!profile) {
        throw CliError("food " + matches.front().usdaId + " has no profile in this database");
    }
    call.out << foods::formatProfile(*profile);
    if (matches.size() > 1) {
        call.out << "\nOther close matches (carebook food USDA_NUMBER shows one):\n";
        for (std::size_t i = 1; i < matches.size(); ++i) {
            call.out << "  " << matches[i].usdaId << "  " << matches[i].description;
            if (matches[i].hiddenByDefault) {
                call.out << " [brand-name, baby or restaurant food]";
            }
            call.out << "\n";
        }
    }
    return 0;
}

// The top sources of a nutrient article, or nullopt when the article has no food_key or the database no
// food data (the caller says which).
std::optional<foods::ArticleFoodSources> topFoodsOf(Invocation& call, const Article& article, bool& noFoodData) {
    noFoodData = false;
    if (!foods::articleFoodKey(article)) {
        return std::nullopt;
    }
    const auto finder = foods::sharedFoodFinder(call.store().database());
    if (!finder) {
        noFoodData = true;
        return std::nullopt;
    }
    return foods::articleFoodSources(*finder, article);
}

} // namespace

void printTopFoods(Invocation& call, const Article& article) {
    bool noFoodData = false;
    const auto sources = topFoodsOf(call, article, noFoodData);
    if (sources) {
        call.out << "\n" << foods::formatTopSources(*sources);
    } else if (noFoodData) {
        call.out << "\nTop food sources: this content database has no food data.\n";
    }
}

void addTopFoodsJson(Invocation& call, const Article& article, nlohmann::json& articleJson) {
    bool noFoodData = false;
    const auto sources = topFoodsOf(call, article, noFoodData);
    if (sources) {
        articleJson["top_foods"] = foods::topSourcesJson(*sources);
    } else if (noFoodData) {
        articleJson["top_foods"] = nullptr;
    }
}

void addFoodCommands(std::vector<Command>& list) {
    list.push_back(
        {"foods",
         "foods --nutrient N [--per portion|100g|100kcal] [--with N2,...] [--group G] [--name TEXT] [--limit N] "
         "[--kind single|mixed|soup|fortified|all] [--uncommon] [--tiny] [--all-foods] [--no-folding] [--json]",
         "foods richest in a nutrient (or several: --with), with portion and %DV",
         {{"nutrient", true, "magnesium, calcium, potassium, sodium, vitamin-d, water, energy"},
          {"per", true, "portion (the portion people eat; default), 100g or 100kcal"},
          {"with", true, "rank by several nutrients at once (comma list, or repeat the option)", true},
          {"group", true, "only this USDA food group"},
          {"name", true, "only foods whose name matches these words"},
          {"limit", true, "how many foods (default 25; 0 for all)"},
          {"kind", true,
           "single (default: foods as they are), mixed (mixed dishes and meals), soup, fortified (fortified and "
           "formulated products) or all"},
          {"uncommon", false, "also list less common foods (see README, \"Commonly eaten foods\")"},
          {"tiny", false, "also list foods eaten only in tiny amounts (spices, herbs, baking powder, salt)"},
          {"all-foods", false,
           "list every food: every kind, brand-name, baby, restaurant, less common and tiny-amount foods"},
          {"no-folding", false, "list every USDA entry instead of one line per food and preparation"},
          kJson},
         0,
         0,
         foodsCommand});
    list.push_back({"food", "food QUERY... [--json]",
                    "a food's nutrients per 100 g and per portion, with %DV, and other close matches",
                    {kJson}, 1, 20, foodCommand});
}

} // namespace carebook::cli
