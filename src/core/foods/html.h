// SPDX-License-Identifier: MIT
#pragma once

// Food data as HTML for the app (QTextBrowser's subset) and text/JSON for the command line.
//
// A nutrient article's "Top food sources": the top of the food finder's per-portion ranking for the
// article's food_key, as an HTML section (the app's article view), plain text and JSON (`carebook show`).
//
// Computed when the article is shown, not stored by the content compiler: the list is then always the
// finder's own ranking under the rules of the running build (one source of truth, nothing to drift out
// of step with --content-db files compiled earlier), and it costs one FoodFinder load (~28 ms, once per
// process) plus a ranking (~1 ms).

#include "core/content/store.h"
#include "core/foods/finder.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace carebook::foods {

inline constexpr std::size_t kArticleTopSourceCount = 10;

// The article's food_key when it is a nutrient article that names one; nullopt otherwise.
std::optional<std::string> articleFoodKey(const Article& article);

struct ArticleFoodSources {
    NutrientInfo nutrient;
    std::vector<RankedFood> rows; // per common portion, generic foods, near-duplicates folded
};

// nullopt when the article has no food_key or the finder does not know that nutrient.
std::optional<ArticleFoodSources> articleFoodSources(const FoodFinder& finder, const Article& article,
                                                     std::size_t count = kArticleTopSourceCount);

// "<h2>Top food sources</h2>", a table (food, portion, amount, %DV when the nutrient has a DV) and a
// closing link "foods:KEY" that opens the food finder on the nutrient. Each food links to "food:USDA_ID"
// (its profile in the finder).
std::string renderTopSourcesHtml(const ArticleFoodSources& sources);
// The same list as aligned plain text, for `carebook show ID`.
std::string formatTopSources(const ArticleFoodSources& sources);
// The rows as a JSON array of toJson(RankedFood), for `carebook show ID --json` ("top_foods").
nlohmann::json topSourcesJson(const ArticleFoodSources& sources);

// A food's profile for the finder's side panel: every nutrient per 100 g and per each portion (the
// common one first) with its %DV of the food-label Daily Value and, when `personal` has the person's
// recommended intake (RDA or AI) for a nutrient, the percent of that, in its own column. `personLabel`
// says whose intake it is ("females 19–30"). `otherMatches` are listed after it as "food:USDA_ID" links.
struct PersonalColumn {
    std::string personLabel;
    std::map<std::string, double> recommended; // nutrient key -> RDA or AI, in the nutrient's unit
};
std::string renderProfileHtml(const FoodProfile& profile, const PersonalColumn& personal,
                              const std::vector<FoodMatch>& otherMatches = {});

} // namespace carebook::foods
