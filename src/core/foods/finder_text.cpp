// SPDX-License-Identifier: MIT
// Plain text for people: the ranked lists and the profile as `carebook foods` and `carebook food` print them.
#include "core/foods/finder.h"

#include "core/foods/format.h"

#include <algorithm>
#include <cstdio>

namespace carebook::foods {

namespace {

// The words after a nutrient's name in a list heading ("Magnesium per common portion").
const char* basisHeading(Basis basis) {
    switch (basis) {
    case Basis::Per100g:
        return " per 100 g";
    case Basis::PerPortion:
        return " per common portion";
    case Basis::Per100kcal:
        return " per 100 kcal (nutrient density)";
    }
    return "";
}

// "(+3 similar: canned, frozen, with salt)": what a folded row stands for.
std::string similarText(std::size_t count, const std::vector<std::string>& variants) {
    if (count == 0) {
        return {};
    }
    std::string text = " (+" + std::to_string(count) + " similar: ";
    if (variants.empty()) {
        text += "other varieties";
    }
    // Three differences say enough; the profile and --no-folding show every entry.
    for (std::size_t i = 0; i < variants.size() && i < 3; ++i) {
        text += (i == 0 ? "" : ", ") + variants[i];
    }
    return text + (variants.size() > 3 ? ", …)" : ")");
}

std::string kindOption(FoodKind kind) { return "--kind " + std::string(foodKindKey(kind)); }

// What a list limited to one kind of food, and without tiny-amount foods, leaves out.
std::string leftOutText(const std::vector<OtherKindCount>& otherKinds, std::size_t tinyHidden, Basis basis) {
    std::string out;
    if (!otherKinds.empty()) {
        out += "\nListed apart (each has its own list):\n";
        for (const auto& other : otherKinds) {
            out += "  " + capitalisedLabel(foodKindLabel(other.kind)) + ": " +
                   withThousands(static_cast<long>(other.count)) + " foods";
            if (const auto& richest = other.richest) {
                out += "; the richest is " + richest->shortName + ", " + formatAmount(richest->amount, richest->unit);
                if (basis == Basis::PerPortion) {
                    out += " per " + richest->portion;
                }
            }
            out += " (" + kindOption(other.kind) + ")\n";
        }
    }
    if (tinyHidden > 0) {
        out += withThousands(static_cast<long>(tinyHidden)) +
               " foods eaten only in tiny amounts (spices, dried herbs, baking powder, salt: a usual portion under "
               "5 g) are left out, since nobody eats a portion of them (--tiny lists them).\n";
    }
    return out;
}

} // namespace

std::string capitalisedLabel(std::string_view label) {
    std::string text(label);
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    return text;
}

std::string formatRankedList(const RankResult& result, const NutrientInfo& nutrient, Basis basis) {
    std::string out = nutrient.name;
    out += basisHeading(basis);
    if (nutrient.dailyValue) {
        out += " — %DV is of the FDA label Daily Value, " + formatAmount(nutrient.dailyValue, nutrient.unit);
    }
    out += "\n\n";
    std::size_t amountWidth = 6;
    std::size_t portionWidth = 7;
    for (const auto& row : result.rows) {
        amountWidth = std::max(amountWidth, displayWidth(formatAmount(row.amount, row.unit)));
        portionWidth = std::max(portionWidth, displayWidth(portionWithGrams(row.portion, row.grams)));
    }
    out += padLeft("#", 4) + "  " + padLeft("Amount", amountWidth) + "  " + padLeft("%DV", 4) + "  " +
           padRight("Portion", portionWidth) + "  USDA   Food\n";
    for (const auto& row : result.rows) {
        const std::string portion = basis == Basis::Per100g ? row.portion : portionWithGrams(row.portion, row.grams);
        std::string line = padLeft(std::to_string(row.rank), 4) + "  " +
                           padLeft(formatAmount(row.amount, row.unit), amountWidth) + "  " +
                           padLeft(formatPercent(row.percentDailyValue), 4) + "  " + padRight(portion, portionWidth) +
                           "  " + row.usdaId + "  " + row.shortName;
        line += similarText(row.similarCount, row.similarVariants);
        out += line + "\n";
    }
    out += "\n" + withThousands(static_cast<long>(result.matching)) + " foods ranked";
    if (result.withoutData > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutData)) + " have no USDA value for " + nutrient.name +
               " (no data, not zero)";
    }
    if (result.withoutPortion > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutPortion)) +
               " are not eaten as they are (flours, uncooked grains, dry mixes) or have no usable portion and are "
               "ranked only per 100 g";
    }
    if (result.tooFewCalories > 0) {
        out += "; " + withThousands(static_cast<long>(result.tooFewCalories)) + " have under " +
               formatAmount(kMinKcalForDensity, "kcal") + " per 100 g and are left out of density rankings";
    }
    if (result.lessCommonHidden > 0) {
        out += ".\n" + withThousands(static_cast<long>(result.lessCommonHidden)) +
               " less common foods are not listed";
        if (const auto& richest = result.richestLessCommon) {
            out += "; the richest is " + richest->shortName + ", " + formatAmount(richest->amount, richest->unit);
            if (basis == Basis::PerPortion) {
                out += " per " + richest->portion;
            }
        }
        out += " (--uncommon lists them)";
    }
    out += ".\n" + leftOutText(result.otherKinds, result.tinyHidden, basis);
    out += "Similar entries (the same food canned, frozen, salted, flavoured or another variety) are folded into "
           "one line shown by its plainest form.\nNames are shortened; carebook food USDA_NUMBER shows USDA's full "
           "name.\nSource: USDA SR28 (SR Legacy), public domain.\n";
    return out;
}

std::string formatCombinedList(const CombinedRankResult& result, const std::vector<const NutrientInfo*>& nutrients,
                               Basis basis) {
    std::string names;
    std::string dailyValues;
    for (std::size_t i = 0; i < nutrients.size(); ++i) {
        names += (i == 0 ? "" : i + 1 == nutrients.size() ? " and " : ", ") + nutrients[i]->name;
        dailyValues += (i == 0 ? "" : ", ") + nutrients[i]->name + " " + formatAmount(nutrients[i]->dailyValue,
                                                                                        nutrients[i]->unit);
    }
    std::string out = names;
    out += basisHeading(basis);
    out += "\n" + std::string(combinedScoreExplanation()) + "\n%DV is of the FDA label Daily Values: " + dailyValues +
           ".\n\n";
    const auto cell = [](const NutrientAmount& amount) {
        return formatAmount(amount.amount, amount.unit) + " " + padLeft(formatPercent(amount.percentDailyValue), 4);
    };
    std::vector<std::size_t> widths(nutrients.size());
    for (std::size_t i = 0; i < nutrients.size(); ++i) {
        widths[i] = displayWidth(nutrients[i]->name);
    }
    std::size_t portionWidth = 7;
    for (const auto& row : result.rows) {
        for (std::size_t i = 0; i < row.amounts.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(cell(row.amounts[i])));
        }
        portionWidth = std::max(portionWidth, displayWidth(portionWithGrams(row.portion, row.grams)));
    }
    out += padLeft("#", 4) + "  " + padLeft("Score", 5);
    for (std::size_t i = 0; i < nutrients.size(); ++i) {
        out += "  " + padLeft(nutrients[i]->name, widths[i]);
    }
    out += "  " + padRight("Portion", portionWidth) + "  Food\n";
    for (const auto& row : result.rows) {
        char score[16];
        std::snprintf(score, sizeof score, "%.1f", row.score);
        std::string line = padLeft(std::to_string(row.rank), 4) + "  " + padLeft(score, 5);
        for (std::size_t i = 0; i < row.amounts.size() && i < widths.size(); ++i) {
            line += "  " + padLeft(cell(row.amounts[i]), widths[i]);
        }
        const std::string portion = basis == Basis::Per100g ? row.portion : portionWithGrams(row.portion, row.grams);
        line += "  " + padRight(portion, portionWidth) + "  " + row.usdaId + "  " + row.shortName;
        line += similarText(row.similarCount, row.similarVariants);
        out += line + "\n";
    }
    out += "\n" + withThousands(static_cast<long>(result.matching)) + " foods ranked";
    if (result.withoutData > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutData)) +
               " lack a USDA value for at least one of these nutrients (no data, not zero) and are left out";
    }
    if (result.withoutPortion > 0) {
        out += "; " + withThousands(static_cast<long>(result.withoutPortion)) +
               " are not eaten as they are or have no usable portion";
    }
    if (result.tooFewCalories > 0) {
        out += "; " + withThousands(static_cast<long>(result.tooFewCalories)) + " have under " +
               formatAmount(kMinKcalForDensity, "kcal") + " per 100 g";
    }
    if (result.lessCommonHidden > 0) {
        out += "; " + withThousands(static_cast<long>(result.lessCommonHidden)) +
               " less common foods are not listed (--uncommon lists them)";
    }
    out += ".\n" + leftOutText(result.otherKinds, result.tinyHidden, basis);
    out += "Source: USDA SR28 (SR Legacy), public domain.\n";
    return out;
}

std::string formatProfile(const FoodProfile& profile) {
    std::string out = profile.shortName + "\n";
    out += "USDA " + profile.usdaId + ": " + profile.description + "\n" + profile.foodGroup;
    if (!profile.commonName.empty()) {
        out += " · also: " + profile.commonName;
    }
    if (profile.dishKind != FoodKind::Single) {
        out += " · " + std::string(foodKindLabel(profile.dishKind));
    }
    if (!profile.fortifiedWith.empty()) {
        out += " · fortified with";
        for (std::size_t i = 0; i < profile.fortifiedWith.size(); ++i) {
            out += (i == 0 ? " " : ", ") + profile.fortifiedWith[i];
        }
    } else if (profile.fortifiedUnnamed) {
        out += " · fortified or formulated (USDA's name does not say with what)";
    }
    if (profile.tinyAmount) {
        out += " · eaten only in tiny amounts";
    }
    if (!profile.commonlyEaten) {
        out += " · less common: not in USDA's food survey list";
    } else if (!profile.inSurvey) {
        out += " · commonly eaten (not on USDA's survey list, but counted by Carebook's rule)";
    }
    out += "\n\n";
    std::size_t nameWidth = 8;
    for (const auto& amount : profile.per100g) {
        nameWidth = std::max(nameWidth, displayWidth(amount.name));
    }
    const auto table = [&](const std::vector<NutrientAmount>& amounts) {
        std::string text;
        for (const auto& amount : amounts) {
            text += "  " + padRight(amount.name, nameWidth) + "  " + padLeft(formatAmount(amount.amount, amount.unit), 10);
            if (amount.percentDailyValue) {
                text += "  " + padLeft(formatPercent(amount.percentDailyValue), 4) + " DV";
            }
            text += "\n";
        }
        return text;
    };
    out += "Per 100 g:\n" + table(profile.per100g);
    for (const auto& portion : profile.portions) {
        out += "\nPer " + portionWithGrams(portion.text, portion.grams);
        if (portion.common) {
            out += " — common portion";
        }
        if (!portion.note.empty()) {
            out += " — " + portion.note;
        }
        out += ":\n" + table(portion.amounts);
    }
    if (profile.portions.empty()) {
        out += "\nUSDA lists no household portion for this food.\n";
    }
    out += "\n%DV is of the FDA label Daily Value. \"no data\" means USDA has no value (not zero).\n";
    return out;
}

} // namespace carebook::foods

