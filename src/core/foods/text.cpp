// SPDX-License-Identifier: MIT
#include "core/foods/text.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace carebook::foods {

namespace {

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// ASCII replacement for U+00C0..U+00FF (lower-cased); 0 where there is no letter to fold to.
constexpr std::array<char, 64> kLatin1Fold = {
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // C0-CF
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   's', // D0-DF
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // E0-EF
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y', // F0-FF
};

} // namespace

std::string foldText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < text.size()) {
            // UTF-8 for U+00C0..U+00FF is C3 80..C3 BF.
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0xBF && kLatin1Fold[next - 0x80] != 0) {
                out += kLatin1Fold[next - 0x80];
                ++i;
            } else {
                out += static_cast<char>(c);
            }
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool containsWord(std::string_view text, std::string_view phrase) {
    if (phrase.empty()) {
        return false;
    }
    std::size_t from = 0;
    while (true) {
        const std::size_t at = text.find(phrase, from);
        if (at == std::string_view::npos) {
            return false;
        }
        const bool startOk = at == 0 || !isAlnum(text[at - 1]);
        const std::size_t end = at + phrase.size();
        const bool endOk = end >= text.size() || !isAlnum(text[end]);
        if (startOk && endOk) {
            return true;
        }
        from = at + 1;
    }
}

bool containsAnyWord(std::string_view text, std::initializer_list<std::string_view> phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return containsWord(text, p); });
}

bool containsAnyWord(std::string_view text, std::span<const std::string_view> phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return containsWord(text, p); });
}

bool startsWithAny(std::string_view text, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return text.starts_with(p); });
}

std::vector<std::string> searchWords(std::string_view foldedText) {
    std::vector<std::string> words;
    std::string current;
    for (std::size_t i = 0; i < foldedText.size(); ++i) {
        const char c = foldedText[i];
        if (isAlnum(c)) {
            current += c;
        } else if (c == '\'' && !current.empty() && i + 1 < foldedText.size() && isAlnum(foldedText[i + 1])) {
            continue;
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) {
        words.push_back(std::move(current));
    }
    return words;
}

std::string stemWord(std::string_view word) {
    std::string w(word);
    const auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() + 1 && w.ends_with(suffix); };
    if (ends("ies")) {
        w.replace(w.size() - 3, 3, "y");
    } else if (ends("oes") || ends("sses") || ends("xes") || ends("ches") || ends("shes") || ends("zes")) {
        w.resize(w.size() - 2);
    } else if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) {
        w.pop_back();
    }
    // "cookie" and "cookies" (-> "cooky") must meet too.
    if (w.size() > 3 && w.ends_with("ie")) {
        w.replace(w.size() - 2, 2, "y");
    }
    return w;
}

namespace {

// USDA first names a class and then the food in these. Two sorts:
// - a class of kinds: the second part is the food itself ("Nuts, almonds", "Fish, salmon", "Candies,
//   chocolate, dark"), so "Almonds" need not say "nuts";
// - a class of varieties: the second part only qualifies the class ("Rice, brown", "Bread, whole-wheat",
//   "Seeds, pumpkin", "Cheese, cheddar"), so the example must name the class too: "Brown rice" is
//   "Rice, brown", but "Cheese" is not "Bread, cheese" nor "Cheese, cheddar".
constexpr std::array<std::string_view, 11> kClassesOfKinds = {
    "beverages", "candies", "cereals", "cereals ready-to-eat", "crustaceans", "fish",
    "game meat", "mollusks", "nuts",   "snacks",               "spices"};
constexpr std::array<std::string_view, 11> kClassesOfVarieties = {
    "beans", "bread", "cabbage", "cheese", "lettuce", "mushrooms", "peas", "peppers", "rice", "seeds", "squash"};

} // namespace

std::vector<std::string> nameParts(std::string_view description) {
    std::vector<std::string> parts(1);
    int depth = 0;
    for (const char c : foldText(description)) {
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            depth = std::max(0, depth - 1);
        }
        if (c == ',' && depth == 0) {
            parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    for (auto& part : parts) {
        const auto first = part.find_first_not_of(' ');
        const auto last = part.find_last_not_of(' ');
        part = first == std::string::npos ? std::string() : part.substr(first, last - first + 1);
    }
    return parts;
}

std::vector<std::string> foodNameWords(std::string_view description, ClassWord classWord) {
    const auto parts = nameParts(description);
    const auto isIn = [&](const auto& list) {
        return parts.size() > 1 && std::find(list.begin(), list.end(), parts[0]) != list.end();
    };
    std::vector<std::string> words;
    const auto addPart = [&](const std::string& part) {
        for (const auto& word : searchWords(part)) {
            if (word == "and" || word == "or") {
                break;
            }
            words.push_back(stemWord(word));
        }
    };
    if (isIn(kClassesOfKinds)) {
        if (classWord == ClassWord::Include) {
            addPart(parts[0]);
        }
        addPart(parts[1]);
    } else if (isIn(kClassesOfVarieties)) {
        addPart(parts[0]);
        addPart(parts[1]);
    } else {
        addPart(parts[0]);
    }
    return words;
}

} // namespace carebook::foods
