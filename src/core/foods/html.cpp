// SPDX-License-Identifier: MIT
#include "core/foods/html.h"

#include "core/content/article_html.h"
#include "core/foods/format.h"

#include <algorithm>

namespace carebook::foods {

namespace {

std::string dailyValueNote(const NutrientInfo& nutrient) {
    if (!nutrient.dailyValue) {
        return nutrient.name + " has no Daily Value on food labels.";
    }
    return "%DV is of the food-label Daily Value, " + formatAmount(nutrient.dailyValue, nutrient.unit) +
           " (the same for everyone aged 4 and over; your own RDA or AI may differ).";
}

} // namespace

std::optional<std::string> articleFoodKey(const Article& article) {
    const auto* nutrient = article.content.nutrient();
    if (!nutrient || nutrient->foodKey.empty()) {
        return std::nullopt;
    }
    return nutrient->foodKey;
}

std::optional<ArticleFoodSources> articleFoodSources(const FoodFinder& finder, const Article& article,
                                                     std::size_t count) {
    const auto key = articleFoodKey(article);
    if (!key) {
        return std::nullopt;
    }
    const NutrientInfo* nutrient = finder.findNutrient(*key);
    if (!nutrient) {
        return std::nullopt;
    }
    return ArticleFoodSources{*nutrient, finder.topSources(nutrient->key, count)};
}

std::string renderTopSourcesHtml(const ArticleFoodSources& sources) {
    const NutrientInfo& nutrient = sources.nutrient;
    const bool hasDv = nutrient.dailyValue.has_value();
    std::string html = "<h2>Top food sources</h2>";
    if (sources.rows.empty()) {
        html += "<p class=\"muted\">The food data lists no food with a common portion for " +
                escapeHtml(nutrient.name) + ".</p>";
    } else {
        html += "<p class=\"muted\">" + escapeHtml(nutrient.name) +
                " in the portion people usually eat, from the USDA food composition data (SR28): commonly eaten "
                "single foods, without spices and other foods eaten only in tiny amounts, similar entries folded "
                "into one line. It is the list the food finder shows first. " +
                escapeHtml(dailyValueNote(nutrient)) + "</p>";
        html += "<table class=\"foods\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Food</th><th>Portion</th><th>" +
                escapeHtml(nutrient.name) + "</th>" + (hasDv ? "<th>%DV</th>" : "") + "</tr>";
        for (const auto& row : sources.rows) {
            // The short name a person would use; USDA's full name and number in the link's tooltip and in
            // the profile it opens.
            const std::string& name = row.shortName.empty() ? row.description : row.shortName;
            html += "<tr><td><a href=\"food:" + escapeHtml(row.usdaId) + "\" title=\"" +
                    escapeHtml(row.description + " (USDA " + row.usdaId + ")") + "\">" + escapeHtml(name) +
                    "</a></td><td>" + escapeHtml(portionWithGrams(row.portion, row.grams)) + "</td><td align=\"right\">" +
                    escapeHtml(formatAmount(row.amount, row.unit)) + "</td>";
            if (hasDv) {
                html += "<td align=\"right\">" + escapeHtml(formatPercent(row.percentDailyValue)) + "</td>";
            }
            html += "</tr>";
        }
        html += "</table>";
    }
    html += "<p><a href=\"foods:" + escapeHtml(nutrient.key) + "\">Open the food finder for " +
            escapeHtml(nutrient.name) + "</a> <span class=\"muted\">to rank foods per 100 g or per 100 kcal, "
            "by food group, or to look up any food.</span></p>";
    return html;
}

std::string formatTopSources(const ArticleFoodSources& sources) {
    const NutrientInfo& nutrient = sources.nutrient;
    std::string out = "Top food sources (per common portion; commonly eaten single foods, as carebook foods lists "
                      "them; USDA SR28):\n";
    if (sources.rows.empty()) {
        return out + "  none: the food data lists no food with a common portion for " + nutrient.name + ".\n";
    }
    std::size_t amountWidth = 0;
    std::size_t portionWidth = 0;
    for (const auto& row : sources.rows) {
        amountWidth = std::max(amountWidth, displayWidth(formatAmount(row.amount, row.unit)));
        portionWidth = std::max(portionWidth, displayWidth(portionWithGrams(row.portion, row.grams)));
    }
    for (const auto& row : sources.rows) {
        std::string line = "  " + padLeft(formatAmount(row.amount, row.unit), amountWidth);
        if (nutrient.dailyValue) {
            line += "  " + padLeft(formatPercent(row.percentDailyValue), 4) + " DV";
        }
        line += "  " + padRight(portionWithGrams(row.portion, row.grams), portionWidth) + "  " + row.usdaId + "  " +
                (row.shortName.empty() ? row.description : row.shortName);
        out += line + "\n";
    }
    out += "  " + dailyValueNote(nutrient) + "\n  More: carebook foods --nutrient " + nutrient.key + "\n";
    return out;
}

namespace {

// The heading, USDA's name and number, and what the rules say about the food.
std::string profileHeader(const FoodProfile& profile) {
    // The short name as the heading; USDA's full name and number right under it, never shortened.
    const std::string& heading = profile.shortName.empty() ? profile.description : profile.shortName;
    std::string html = "<h2>" + escapeHtml(heading) + "</h2><p>USDA's name: " + escapeHtml(profile.description) +
                       "</p><p class=\"muted\">USDA number " + escapeHtml(profile.usdaId) + " · " +
                       escapeHtml(profile.foodGroup);
    if (!profile.commonName.empty()) {
        html += " · also called " + escapeHtml(profile.commonName);
    }
    if (profile.brandName || profile.babyFood) {
        html += profile.babyFood ? " · baby food" : " · brand-name food";
    }
    // The commonly-eaten rule, not the bare survey flag: hemp seeds are not on USDA's survey list, but their
    // figures came partly from their maker, so lists count them as commonly eaten.
    if (profile.dishKind != FoodKind::Single) {
        html += " · listed with " + escapeHtml(std::string(foodKindLabel(profile.dishKind)));
    }
    if (!profile.fortifiedWith.empty()) {
        std::string added;
        for (const auto& name : profile.fortifiedWith) {
            added += (added.empty() ? "" : ", ") + name;
        }
        html += " · fortified with " + escapeHtml(added);
    } else if (profile.fortifiedUnnamed) {
        html += " · fortified or formulated (USDA's name does not say with what)";
    }
    if (profile.tinyAmount) {
        html += " · eaten only in tiny amounts";
    }
    if (!profile.commonlyEaten) {
        html += " · less common: not in USDA's food survey list";
    } else if (!profile.inSurvey) {
        html += " · commonly eaten (not on USDA's survey list, but counted by Carebook's rule)";
    }
    html += "</p>";
    return html;
}

// One table of amounts, with "% yours" when there is a personal column.
std::string amountsTable(const std::string& heading, const std::vector<NutrientAmount>& amounts,
                         const PersonalColumn& personal) {
    const bool withPersonal = !personal.recommended.empty();
    std::string out = "<h3>" + heading + "</h3><table class=\"foods\" cellspacing=\"0\" cellpadding=\"3\">"
                      "<tr><th>Nutrient</th><th>Amount</th><th>%DV</th>" +
                      std::string(withPersonal ? "<th>% yours</th>" : "") + "</tr>";
    for (const auto& amount : amounts) {
        out += "<tr><td>" + escapeHtml(amount.name) + "</td><td align=\"right\">" +
               escapeHtml(formatAmount(amount.amount, amount.unit)) + "</td><td align=\"right\">" +
               (amount.percentDailyValue ? escapeHtml(formatPercent(amount.percentDailyValue)) : "") + "</td>";
        if (withPersonal) {
            const auto found = personal.recommended.find(amount.key);
            std::string cell;
            if (found != personal.recommended.end() && found->second > 0 && amount.amount) {
                cell = formatPercent(*amount.amount / found->second * 100.0);
            }
            out += "<td align=\"right\">" + escapeHtml(cell) + "</td>";
        }
        out += "</tr>";
    }
    return out + "</table>";
}

} // namespace

std::string renderProfileHtml(const FoodProfile& profile, const PersonalColumn& personal,
                              const std::vector<FoodMatch>& otherMatches) {
    std::string html = profileHeader(profile);
    const bool withPersonal = !personal.recommended.empty();
    html += "<p class=\"muted\"><b>%DV</b>: percent of the Daily Value on food labels (the same for everyone aged "
            "4 and over).";
    if (withPersonal) {
        html += " <b>% yours</b>: percent of your recommended intake (RDA, or AI where there is no RDA) for " +
                escapeHtml(personal.personLabel) + ".";
    }
    html += " \"no data\" means USDA has no value, not zero.</p>";

    html += amountsTable("Per 100 g", profile.per100g, personal);
    for (const auto& portion : profile.portions) {
        std::string heading = "Per " + escapeHtml(portionWithGrams(portion.text, portion.grams));
        if (portion.common) {
            heading += " <span class=\"muted\">— the common portion";
            if (!profile.portionCategory.empty()) {
                heading += " for " + escapeHtml(profile.portionCategory);
            }
            heading += "</span>";
        }
        html += amountsTable(heading, portion.amounts, personal);
        if (!portion.note.empty()) {
            html += "<p class=\"muted\">" + escapeHtml(portion.note) + "</p>";
        }
    }
    if (profile.portions.empty()) {
        html += "<p class=\"muted\">USDA lists no household portion for this food.</p>";
    }
    if (!otherMatches.empty()) {
        html += "<h3>Other close matches</h3><ul>";
        for (const auto& match : otherMatches) {
            html += "<li><a href=\"food:" + escapeHtml(match.usdaId) + "\">" + escapeHtml(match.description) +
                    "</a>";
            if (match.hiddenByDefault) {
                html += " <span class=\"muted\">(brand-name, baby or restaurant food)</span>";
            }
            html += "</li>";
        }
        html += "</ul>";
    }
    html += "<p class=\"muted\">Source: USDA SR28 (SR Legacy), public domain.</p>";
    return html;
}

nlohmann::json topSourcesJson(const ArticleFoodSources& sources) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : sources.rows) {
        rows.push_back(toJson(row));
    }
    return rows;
}

} // namespace carebook::foods
