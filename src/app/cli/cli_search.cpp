// SPDX-License-Identifier: MIT
#include "app/cli/cli_search.h"

#include "core/search/searcher.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <ostream>

namespace carebook::cli {

namespace {

using nlohmann::json;

// Highlights as [begin, end) in Unicode code points, which is what JSON consumers index by.
json highlightsJson(const SearchHit& hit) {
    json out = json::array();
    const auto codePoints = [&](std::size_t byteOffset) {
        std::size_t count = 0;
        for (std::size_t i = 0; i < byteOffset && i < hit.snippet.size(); ++i) {
            count += (static_cast<unsigned char>(hit.snippet[i]) & 0xC0) != 0x80 ? 1 : 0;
        }
        return count;
    };
    for (const auto& highlight : hit.highlights) {
        out.push_back(json::array({codePoints(highlight.begin), codePoints(highlight.end)}));
    }
    return out;
}

int searchCommand(Invocation& call) {
    std::string query;
    for (const auto& word : call.positional()) {
        query += (query.empty() ? "" : " ") + word;
    }
    SearchOptions options;
    if (const auto name = call.option("kind"); name == "food") {
        options.onlyFoods = true;
    } else if (!name.empty()) {
        options.kind = kindFromName(name);
        if (!options.kind) {
            throw CliError("unknown kind '" + name + "' (symptom, remedy, cause, nutrient, question, page, food)");
        }
    }
    options.limit = call.intOption("limit", 10, 1, 1000);
    Searcher searcher(call.store().database());
    const SearchResult result = searcher.search(query, options);

    if (call.json()) {
        json out;
        out["query"] = query;
        if (result.correctionApplied) {
            out["did_you_mean"] = result.didYouMean;
        } else if (!result.didYouMean.empty()) {
            out["suggestion"] = result.didYouMean;
        }
        out["all_words_matched"] = result.allWordsMatched;
        out["results"] = json::array();
        // The articles, then the foods (kind "food", id the USDA number), as the app lists them.
        for (const auto* group : {&result.hits, &result.foods}) {
            for (const auto& hit : *group) {
                out["results"].push_back(
                    {{"id", hit.id},
                     {"kind", hit.type == SearchHit::Type::Food ? std::string_view("food") : kindName(hit.kind)},
                     {"title", hit.title},
                     {"snippet", hit.snippet},
                     {"highlights", highlightsJson(hit)},
                     {"score", hit.score}});
            }
        }
        // Query text may hold anything; replacement keeps the output valid UTF-8 JSON regardless.
        call.out << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
        return result.hits.empty() && result.foods.empty() ? 1 : 0;
    }
    if (result.correctionApplied) {
        call.out << "Showing results for \"" << result.didYouMean << "\" (nothing matched the words as typed).\n\n";
    } else if (!result.allWordsMatched && !result.hits.empty()) {
        call.out << "No article has every word; these have some of them.\n\n";
    }
    if (result.hits.empty() && !options.onlyFoods) {
        call.out << "No articles match.";
        if (!result.didYouMean.empty()) {
            call.out << " Did you mean \"" << result.didYouMean << "\"?";
        }
        call.out << "\n";
    }
    for (const auto& hit : result.hits) {
        call.out << std::left << std::setw(36) << hit.id << " " << std::setw(9) << kindName(hit.kind) << " "
                 << hit.title << "\n    " << markedSnippet(hit, "[", "]") << "\n";
    }
    if (!result.foods.empty()) {
        call.out << (result.hits.empty() ? "" : "\n") << "Foods (USDA; carebook food ID for all figures):\n";
        for (const auto& food : result.foods) {
            call.out << std::left << std::setw(36) << food.id << " " << std::setw(9) << "food"
                     << " " << food.title << "\n    " << food.snippet << "\n";
        }
    } else if (options.onlyFoods) {
        call.out << "No foods match.\n";
    }
    return result.hits.empty() && result.foods.empty() ? 1 : 0;
}

} // namespace

void addSearchCommands(std::vector<Command>& list) {
    list.push_back({"search", "search QUERY... [--kind K] [--limit N] [--json]",
                    "full-text search, as in the app (typos corrected, synonyms understood)",
                    {{"kind", true, "only this kind: symptom, remedy, cause, nutrient, question, page or food"},
                     {"limit", true, "at most N results (default 10; foods named by the query: 3 more)"},
                     {"json", false, "print JSON: query, did_you_mean, results with id, kind, title, snippet, score"}},
                    1,
                    64,
                    searchCommand});
}

} // namespace carebook::cli
