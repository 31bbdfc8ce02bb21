// SPDX-License-Identifier: MIT
#pragma once

// Flesch–Kincaid grade of Carebook text, for the content report. It follows the rules of
// ../shared/tools/readability.py (the clinician review's script) so the figures agree with it:
// Markdown headings and table rows are not prose; list markers, emphasis and link targets are
// stripped; every line is a sentence, and ". ! ? ; :" followed by a space end one too (except in
// a few abbreviations and decimals); syllables come from a vowel-group heuristic with English
// corrections (silent -e, -es, -ed; "ia", "io", "eo" … split; "tion", "sion" … merged).
//
//   grade = 0.39 × words / sentences + 11.8 × syllables / words − 15.59

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

struct ReadabilityScore {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    double grade = 0; // rounded to two decimals, as the script prints it
};

// Syllables in one word (letters, digits, inner hyphens and apostrophes); a number counts as one.
int countSyllables(std::string_view word);

// The sentences of `lines` (Markdown, one entry per line) after the prose rules above.
std::vector<std::string> readableSentences(const std::vector<std::string>& lines);

// The grade of the text, or nullopt when it has no words.
std::optional<ReadabilityScore> fleschKincaid(const std::vector<std::string>& lines);

// Splits text at line breaks (a body, a summary, a red flag's text).
std::vector<std::string> textLines(std::string_view text);

} // namespace carebook
