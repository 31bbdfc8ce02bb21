// SPDX-License-Identifier: MIT
#pragma once

// The one place that writes amounts, percents, portions and grams for people: the command line, the
// article HTML, the sheet, search snippets and the finder window all print "1 oz (28 g)" through here,
// so a food reads the same wherever it appears.

#include <optional>
#include <string>
#include <string_view>

namespace carebook::foods {

// "156 mg", "0.5 µg", "1,234 kcal"; "no data" for a missing value.
std::string formatAmount(std::optional<double> amount, std::string_view unit);
// "37%", "<1%"; "–" without a value.
std::string formatPercent(std::optional<double> percent);
// A portion's weight: "28 g", "2.3 g" (one decimal below 10 g).
std::string formatGrams(double grams);
// A portion with its weight: "1 oz (28 g)".
std::string portionWithGrams(std::string_view portion, double grams);
// "½", "¼", "1½", "3"; other amounts as decimals ("0.083").
std::string formatPortionAmount(double amount);
// A USDA household measure: "½ cup", "1 medium (7\" to 7-7/8\" long)".
std::string portionText(double amount, std::string_view unit);
// A USDA measure short enough for a line of the sheet or a snippet: "1 oz (23 whole kernels)" is
// "1 oz", "1 container (6 oz)" is "6 oz", "1 cup 1\" pieces" is "1 cup".
std::string shortPortion(std::string_view portion);
// 8789 as "8,789".
std::string withThousands(long value);

// Plain-text columns: characters on screen, counting each UTF-8 sequence once ("½", "µ").
std::size_t displayWidth(std::string_view text);
std::string padLeft(const std::string& text, std::size_t width);
std::string padRight(std::string text, std::size_t width);

} // namespace carebook::foods
