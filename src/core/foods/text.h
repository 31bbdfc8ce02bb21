// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::foods {

// Lower-cases ASCII and folds the accented Latin-1 letters found in USDA texts ("é" -> "e"), so
// "puree" finds "purée". Other bytes pass through unchanged.
std::string foldText(std::string_view text);

// True when `phrase` occurs in `text` with no letter or digit right before or after it ("raw" is in
// "spinach, raw" but not in "strawberries"). Both are expected to be folded already.
bool containsWord(std::string_view text, std::string_view phrase);
bool containsAnyWord(std::string_view text, std::initializer_list<std::string_view> phrases);
bool containsAnyWord(std::string_view text, std::span<const std::string_view> phrases);
bool startsWithAny(std::string_view text, std::initializer_list<std::string_view> prefixes);

// Splits folded text into search words: runs of letters and digits. Apostrophes inside a word are
// dropped ("kellogg's" -> "kelloggs").
std::vector<std::string> searchWords(std::string_view foldedText);

// A light English plural stemmer, applied the same way to the index and the query, so "berries" and
// "berry", "potatoes" and "potato", "almonds" and "almond" meet.
std::string stemWord(std::string_view word);

// The parts of a USDA name between commas, folded; commas inside brackets do not split.
std::vector<std::string> nameParts(std::string_view description);

// The stemmed words that name the food in a USDA name: the first part, or the first two after a class
// word ("Fish, salmon", "Seeds, pumpkin"), each part up to an "and" or "or" (what follows names
// alternatives: "pumpkin and squash seed kernels"). A class of kinds ("Fish", "Nuts") is not part of
// the food's own name ("Almonds" is "Nuts, almonds"), but a search for "fish" wants it: `classWord`.
enum class ClassWord { Leave, Include };
std::vector<std::string> foodNameWords(std::string_view description, ClassWord classWord = ClassWord::Leave);


} // namespace carebook::foods
