// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace carebook {

// True for kebab-case ids: lower-case letters and digits in groups joined by single hyphens.
bool isKebabId(std::string_view id);

// Levenshtein distance between two byte strings (ids and search words are ASCII-dominant).
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or empty when none is close enough to be a useful suggestion.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

// True when the text is empty or only white space.
bool isBlank(std::string_view text);

std::string trim(std::string_view text);
// "a, b,,c " → {"a", "b", "c"}: the comma-separated items of a command-line value, trimmed, the
// empty ones dropped.
std::vector<std::string> splitCommaList(std::string_view text);
std::string toLowerAscii(std::string_view text);
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// The text with every ASCII control byte (NUL included) written as \u00XX, for messages that quote
// what a file said: a NUL would end a C-string message early, other controls garble a terminal.
std::string withVisibleControls(std::string_view text);

} // namespace carebook
