// SPDX-License-Identifier: MIT
#include "core/foods/format.h"

#include "core/foods/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace carebook::foods {

std::size_t displayWidth(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padRight(std::string text, std::size_t width) {
    const std::size_t current = displayWidth(text);
    if (current < width) {
        text.append(width - current, ' ');
    }
    return text;
}

std::string padLeft(const std::string& text, std::size_t width) {
    const std::size_t current = displayWidth(text);
    return current < width ? std::string(width - current, ' ') + text : text;
}

std::string withThousands(long value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

std::string formatGrams(double grams) {
    char buffer[32];
    if (grams >= 10) {
        std::snprintf(buffer, sizeof buffer, "%.0f g", grams);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.1f g", grams);
    }
    return buffer;
}

std::string portionWithGrams(std::string_view portion, double grams) {
    return std::string(portion) + " (" + formatGrams(grams) + ")";
}

std::string formatAmount(std::optional<double> amount, std::string_view unit) {
    if (!amount) {
        return "no data";
    }
    const double value = *amount;
    char buffer[48];
    if (value == 0) {
        std::snprintf(buffer, sizeof buffer, "0 %.*s", static_cast<int>(unit.size()), unit.data());
        return buffer;
    }
    int decimals = 0;
    if (unit == "g" || value < 1) {
        decimals = value < 0.1 ? 2 : 1;
    } else if (value < 10 && unit != "kcal" && unit != "IU") {
        decimals = 1;
    }
    if (decimals == 0 && value >= 1000) {
        return withThousands(std::lround(value)) + " " + std::string(unit);
    }
    std::snprintf(buffer, sizeof buffer, "%.*f %.*s", decimals, value, static_cast<int>(unit.size()), unit.data());
    return buffer;
}

std::string formatPercent(std::optional<double> percent) {
    if (!percent) {
        return "–";
    }
    if (*percent > 0 && *percent < 1) {
        return "<1%";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", *percent);
    return buffer;
}

std::string formatPortionAmount(double amount) {
    const double whole = std::floor(amount + 1e-9);
    const double fraction = amount - whole;
    struct Glyph {
        double value;
        const char* text;
    };
    static constexpr Glyph kFractions[] = {{0.25, "¼"}, {0.5, "½"}, {0.75, "¾"}, {1.0 / 3, "⅓"}, {2.0 / 3, "⅔"}};
    if (fraction < 1e-6) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.0f", whole);
        return buffer;
    }
    for (const auto& glyph : kFractions) {
        // USDA writes thirds as .33, .333, .67 or .667.
        if (std::fabs(fraction - glyph.value) < 0.004) {
            return (whole >= 1 ? std::to_string(static_cast<long>(whole)) : std::string()) + glyph.text;
        }
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", amount);
    return buffer;
}

std::string portionText(double amount, std::string_view unit) {
    // "2 cups, chopped": USDA writes the unit in the singular whatever the amount.
    const bool cups = amount > 1.0 + 1e-9 && unit.starts_with("cup") &&
                      (unit.size() == 3 || unit[3] == ',' || unit[3] == ' ');
    return formatPortionAmount(amount) + " " + (cups ? "cups" + std::string(unit.substr(3)) : std::string(unit));
}

std::string shortPortion(std::string_view portion) {
    std::string text(portion);
    if (const auto comma = text.find(','); comma != std::string::npos) {
        text.resize(comma);
    }
    std::string weight; // "6 oz" from "(6 oz)"
    if (const auto open = text.find('('); open != std::string::npos) {
        const auto close = text.find(')', open);
        const auto inside = text.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
        const auto words = searchWords(foldText(inside));
        if (!words.empty() && words.back() == "oz" && words.size() <= 3 && inside.find('"') == std::string::npos) {
            weight = inside;
        }
        text.resize(open);
    }
    // Sizes in inches are for the cook, not the sheet: "1 cup 1\" pieces" is "1 cup".
    std::string out;
    std::size_t begin = 0;
    while (begin < text.size()) {
        auto end = text.find(' ', begin);
        if (end == std::string::npos) {
            end = text.size();
        }
        const auto word = text.substr(begin, end - begin);
        if (word.find('"') != std::string::npos) {
            break;
        }
        if (!word.empty()) {
            out += (out.empty() ? "" : " ") + word;
        }
        begin = end + 1;
    }
    // A container's size is its weight: "1 container (6 oz)" is "6 oz".
    const auto measure = searchWords(foldText(out));
    if (!weight.empty() && !measure.empty() &&
        containsAnyWord(measure.back(), {"container", "package", "can", "bottle", "carton", "packet"})) {
        return weight;
    }
    if (out.empty()) {
        return std::string(portion);
    }
    // How the cup is filled is for the cook ("1 cup whole", "1 cup slices" are "1 cup"), and the size
    // says enough without the food's name again ("1 potato medium" is "1 medium").
    std::vector<std::string> words;
    for (std::size_t from = 0; from <= out.size();) {
        const auto space = out.find(' ', from);
        words.push_back(out.substr(from, space == std::string::npos ? std::string::npos : space - from));
        if (space == std::string::npos) {
            break;
        }
        from = space + 1;
    }
    if (words.size() >= 3 && (words[1] == "cup" || words[1] == "cups" || words[1] == "tbsp" || words[1] == "tsp")) {
        return words[0] + " " + words[1];
    }
    if (words.size() == 3 && (words[2] == "small" || words[2] == "medium" || words[2] == "large")) {
        return words[0] + " " + words[2];
    }
    return out;
}

} // namespace carebook::foods
