// SPDX-License-Identifier: MIT
#include "core/search/food_hits.h"

#include "core/foods/finder.h"
#include "core/foods/search_hits.h"
#include "core/foods/shared_finder.h"
#include "core/foods/text.h"
#include "core/search/text.h"
#include "core/sheet/sheet_foods.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace carebook::search {

namespace {

constexpr std::size_t kFoodCandidates = 80; // of the food finder's tolerant lookup, checked strictly

// Query words that ask about food in general rather than name one ("magnesium foods", "sources of
// potassium", "what to eat"): a food's name need not have them.
bool isGeneralFoodWord(std::string_view word) {
    static constexpr std::array<std::string_view, 26> kWords = {
        "amount", "best",   "calories",  "contain",  "contains", "content", "diet",   "eat",     "eating",
        "food",   "foods",  "give",      "gives",    "good",     "high",    "much",   "nutrient", "nutrients",
        "nutrition", "per", "portion",   "rich",     "serving",  "source",  "sources", "with"};
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "Vitamin D (D2 + D3)" → "vitamin D", "Potassium" → "potassium": a nutrient named inside a sentence.
std::string nutrientInText(std::string_view name) {
    std::string out(name.substr(0, name.find(" (")));
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') {
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    }
    return out;
}

// A food the lookup found that has every word, with what orders it among the others.
struct FoundFood {
    foods::FoodMatch match;
    std::size_t otherWords = 0; // name words the query does not have: fewer is a closer match
    std::size_t parts = 0;      // comma-separated parts of the USDA name: fewer is a plainer food
    bool whole = true;          // the last word typed is a whole word of the name, not only its start
};

// `match` when every wanted term is one of the words that name the food (its USDA name's, its
// common names'): "heat" must not list wheat, nor fish "cooked, dry heat". While typing, the last
// term may be the start of a word.
std::optional<FoundFood> strictMatch(foods::FoodMatch&& match, const std::vector<std::string>& wanted, bool typing) {
    auto names = foods::foodNameWords(match.description, foods::ClassWord::Include);
    const auto parts = foods::nameParts(match.description);
    // Name words the query does not have (a closer match has fewer), the whole first part counted:
    // "Milk and cereal bar" is further from "milk" than "Milk, fluid".
    const std::size_t nameLength = std::max(names.size(), foods::searchWords(parts.front()).size());
    const std::size_t other = nameLength > wanted.size() ? nameLength - wanted.size() : 0;
    for (const auto& part : foods::nameParts(match.commonName)) {
        for (const auto& word : foods::searchWords(part)) {
            names.push_back(foods::stemWord(word));
        }
    }
    const auto has = [&](const std::string& term, bool start) {
        return std::any_of(names.begin(), names.end(),
                           [&](const std::string& name) { return start ? name.starts_with(term) : name == term; });
    };
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (!has(wanted[i], typing && i + 1 == wanted.size())) {
            return std::nullopt;
        }
    }
    const bool whole = !typing || has(wanted.back(), false); // "egg": Egg before Eggnog
    return FoundFood{std::move(match), other, parts.size(), whole};
}

bool closerFood(const FoundFood& a, const FoundFood& b) {
    if (a.whole != b.whole) {
        return a.whole;
    }
    if (a.match.inSurvey != b.match.inSurvey) {
        return a.match.inSurvey;
    }
    if (a.match.hasCommonPortion != b.match.hasCommonPortion) {
        return a.match.hasCommonPortion; // eaten as it is, not an ingredient (dried, raw)
    }
    if (a.otherWords != b.otherWords) {
        return a.otherWords < b.otherWords;
    }
    if (a.parts != b.parts) {
        return a.parts < b.parts; // "Nuts, almonds" before "Nuts, almonds, blanched"
    }
    return a.match.description.size() < b.match.description.size();
}

// What a usual portion gives, richest first by share of the Daily Value: "1 medium (118 g):
// potassium 422 mg (9% DV), magnesium 32 mg (8% DV) … 105 kcal". Per 100 g without a usual portion.
std::string foodSnippet(const foods::FoodFinder& foods, const std::string& usdaId) {
    const auto profile = foods.profile(usdaId);
    if (!profile) {
        return {};
    }
    const std::vector<foods::NutrientAmount>* amounts = &profile->per100g;
    std::string text = "100 g";
    if (!profile->portions.empty() && profile->portions.front().common) {
        const auto& portion = profile->portions.front();
        amounts = &portion.amounts;
        text = foods::portionWithGrams(foods::shortPortion(portion.text), portion.grams);
    }
    std::vector<const foods::NutrientAmount*> shown;
    const foods::NutrientAmount* energy = nullptr;
    for (const auto& amount : *amounts) {
        if (amount.key == "energy" && amount.amount) {
            energy = &amount;
        } else if (amount.amount && *amount.amount > 0 && amount.percentDailyValue) { // none: not worth a word
            shown.push_back(&amount);
        }
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const auto* a, const auto* b) { return *a->percentDailyValue > *b->percentDailyValue; });
    text += ":";
    for (std::size_t i = 0; i < shown.size(); ++i) {
        text += (i == 0 ? " " : ", ") + nutrientInText(shown[i]->name) + " " +
                foods::formatAmount(shown[i]->amount, shown[i]->unit) + " (" +
                foods::formatPercent(shown[i]->percentDailyValue) + " DV)";
    }
    if (energy) {
        text += (shown.empty() ? " " : ", ") + foods::formatAmount(energy->amount, energy->unit);
    }
    return text;
}

} // namespace

FoodHits::FoodHits(Database& db) : m_db(db) {}

FoodHits::~FoodHits() = default;

// The process's one food finder, asked for on the first search that names a food (shared_finder.h).
const foods::FoodFinder* FoodHits::finder() {
    if (!m_checked) {
        m_checked = true;
        m_finder = foods::sharedFoodFinder(m_db);
    }
    return m_finder.get();
}

// The finder's lookup forgives typos and finds a word anywhere in a name; its candidates are then
// checked strictly (strictMatch).
std::vector<SearchHit> FoodHits::hits(const Words& query, std::size_t limit) {
    std::vector<SearchHit> out;
    if (limit == 0) {
        return out;
    }
    std::vector<std::string> kept;
    for (const auto& word : query.words) {
        if (!isStopword(word) && !isGeneralFoodWord(word) && !foods::FoodFinder::namesNutrient(word)) {
            kept.push_back(word);
        }
    }
    if (kept.empty()) {
        return out;
    }
    const bool typing = query.typingLast && kept.back() == query.words.back();
    const std::string text = joinWords(kept);
    const auto wanted = foods::FoodSearchIndex::queryTerms(text);
    // "charley horse": no food's name has "charley", so the food data is not even loaded.
    if (wanted.empty() || !foods::foodNamesMayMatch(m_db, wanted, typing)) {
        return out;
    }
    const foods::FoodFinder* foods = finder();
    if (!foods) {
        return out;
    }
    std::vector<FoundFood> found;
    for (auto& match : foods->lookup(text, kFoodCandidates)) {
        if (!match.hiddenByDefault) {
            if (auto strict = strictMatch(std::move(match), wanted, typing)) {
                found.push_back(std::move(*strict));
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), closerFood);
    for (std::size_t i = 0; i < found.size() && out.size() < limit; ++i) {
        SearchHit hit;
        hit.type = SearchHit::Type::Food;
        hit.id = found[i].match.usdaId;
        hit.title = found[i].match.description;
        hit.snippet = foodSnippet(*foods, hit.id);
        hit.score = found[i].match.score;
        out.push_back(std::move(hit));
    }
    return out;
}

} // namespace carebook::search
