// SPDX-License-Identifier: MIT
#include "core/content/readability.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace carebook {

namespace {

// Text is handled as code points so the rules see "’", "‑" and no-break spaces as the script does.
std::u32string decode(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
            out += U'\uFFFD'; // not UTF-8: one replacement character, never a crash
            ++i;
            continue;
        }
        char32_t point = length == 1 ? byte : byte & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            point = (point << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
        }
        out += point;
        i += static_cast<std::size_t>(length);
    }
    return out;
}

std::string encode(std::u32string_view text) {
    std::string out;
    for (const char32_t point : text) {
        if (point < 0x80) {
            out += static_cast<char>(point);
        } else if (point < 0x800) {
            out += static_cast<char>(0xC0 | (point >> 6));
            out += static_cast<char>(0x80 | (point & 0x3F));
        } else if (point < 0x10000) {
            out += static_cast<char>(0xE0 | (point >> 12));
            out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (point & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (point >> 18));
            out += static_cast<char>(0x80 | ((point >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (point & 0x3F));
        }
    }
    return out;
}

// Python's str.isspace / \s for the characters content uses.
bool isSpace(char32_t c) {
    return c == U' ' || (c >= U'\t' && c <= U'\r') || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F ||
           c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}
bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isAsciiAlnum(char32_t c) { return isAsciiDigit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
// The script's word characters: ASCII letters and digits and Latin letters U+00C0–U+024F.
bool isWordChar(char32_t c) { return isAsciiAlnum(c) || (c >= 0xC0 && c <= 0x24F); }

std::u32string strip(std::u32string_view text) {
    std::size_t start = 0;
    std::size_t end = text.size();
    while (start < end && isSpace(text[start])) {
        ++start;
    }
    while (end > start && isSpace(text[end - 1])) {
        --end;
    }
    return std::u32string(text.substr(start, end - start));
}

void replaceAll(std::u32string& text, std::u32string_view from, std::u32string_view to) {
    for (std::size_t at = text.find(from); at != std::u32string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

constexpr char32_t kProtectedDot = U'\u2024'; // stands for a '.' that does not end a sentence

// Markdown to prose, one line: nullopt for a line that is not prose (blank, heading, table row).
std::optional<std::u32string> proseLine(std::u32string_view raw) {
    std::u32string line = strip(raw);
    if (line.empty() || line.front() == U'#' || line.front() == U'|') {
        return std::nullopt;
    }
    // A list marker: "1. ", "- ", "* ", "+ ".
    std::size_t marker = 0;
    while (marker < line.size() && isAsciiDigit(line[marker])) {
        ++marker;
    }
    if (marker > 0 && marker < line.size() && line[marker] == U'.') {
        ++marker;
    } else {
        marker = (line[0] == U'-' || line[0] == U'*' || line[0] == U'+') ? 1 : 0;
    }
    if (marker > 0 && marker < line.size() && isSpace(line[marker])) {
        while (marker < line.size() && isSpace(line[marker])) {
            ++marker;
        }
        line.erase(0, marker);
    }
    // [text](target) becomes text.
    std::u32string unlinked;
    for (std::size_t i = 0; i < line.size();) {
        if (line[i] == U'[') {
            const auto close = line.find(U']', i + 1);
            if (close != std::u32string::npos && close > i + 1 && close + 1 < line.size() && line[close + 1] == U'(') {
                const auto end = line.find(U')', close + 2);
                if (end != std::u32string::npos && end > close + 2) {
                    unlinked += line.substr(i + 1, close - i - 1);
                    i = end + 1;
                    continue;
                }
            }
        }
        unlinked += line[i++];
    }
    std::u32string out;
    for (const char32_t c : unlinked) {
        if (c == U'*' || c == U'_' || c == U'`') {
            continue;
        }
        out += c == U'\u2011' ? U'-' : c;
    }
    return out;
}

bool endsSentence(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U';' || c == U':'; }

// Matches `patterns` left to right without overlap, as Python's re.findall does with an
// alternation: at each position the first alternative that fits wins. A pattern may end in
// "(?=x)": the next letter must be x, and it is not consumed.
int countMatches(const std::string& word, const std::vector<std::string_view>& patterns) {
    int count = 0;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t consumed = 0;
        for (const auto pattern : patterns) {
            const auto look = pattern.find("(?=");
            const auto body = pattern.substr(0, look);
            if (word.compare(i, body.size(), body) != 0) {
                continue;
            }
            if (look != std::string_view::npos) {
                const char next = pattern[look + 3];
                if (i + body.size() >= word.size() || word[i + body.size()] != next) {
                    continue;
                }
            }
            consumed = body.size();
            break;
        }
        if (consumed > 0) {
            ++count;
            i += consumed;
        } else {
            ++i;
        }
    }
    return count;
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool endsWith(const std::string& word, std::string_view tail) {
    return word.size() >= tail.size() && word.compare(word.size() - tail.size(), tail.size(), tail) == 0;
}

// One part of a word between hyphens and apostrophes, lower-case letters a–z only.
int partSyllables(const std::string& part) {
    if (part.size() <= 3) {
        return 1;
    }
    std::string stem = part;
    if (endsWith(stem, "e") && !endsWith(stem, "le") && !endsWith(stem, "ee") && !endsWith(stem, "ye") &&
        !endsWith(stem, "ie")) {
        stem.pop_back(); // silent e
    } else if (endsWith(stem, "es")) {
        const std::string before = stem.substr(0, stem.size() - 2);
        const bool sounded = endsWith(before, "ss") || endsWith(before, "sh") || endsWith(before, "ch") ||
                             endsWith(before, "x") || endsWith(before, "z") || endsWith(before, "c") ||
                             endsWith(before, "g") || endsWith(before, "s");
        if (!sounded) {
            stem = before;
        }
    } else if (endsWith(stem, "ed") && !endsWith(stem, "ted") && !endsWith(stem, "ded")) {
        stem.resize(stem.size() - 2);
    }
    int groups = 0;
    for (std::size_t i = 0; i < stem.size(); ++i) {
        if (isVowel(stem[i]) && (i == 0 || !isVowel(stem[i - 1]))) {
            ++groups;
        }
    }
    static const std::vector<std::string_view> kSplit = {"ia", "io",       "iu",  "eo",  "ua",   "uo",    "ii",
                                                         "ea(?=l)", "ie(?=t)", "ium", "ean", "eous", "ience", "ient"};
    static const std::vector<std::string_view> kMerged = {"tion", "sion", "cious", "tious", "cian", "gion", "geon",
                                                          "quie", "qua",  "quo",   "que",   "gue",  "tia"};
    groups += countMatches(stem, kSplit);
    groups -= countMatches(stem, kMerged);
    return std::max(1, groups);
}

// Words of a sentence: runs of word characters joined by inner ' ’ or -.
std::vector<std::u32string> wordsOf(std::u32string_view sentence) {
    std::vector<std::u32string> words;
    for (std::size_t i = 0; i < sentence.size();) {
        if (!isWordChar(sentence[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (true) {
            while (end < sentence.size() && isWordChar(sentence[end])) {
                ++end;
            }
            const bool joiner = end + 1 < sentence.size() &&
                                (sentence[end] == U'\'' || sentence[end] == U'\u2019' || sentence[end] == U'-') &&
                                isWordChar(sentence[end + 1]);
            if (!joiner) {
                break;
            }
            ++end;
        }
        words.emplace_back(sentence.substr(i, end - i));
        i = end;
    }
    return words;
}

std::vector<std::u32string> sentencesOf(const std::vector<std::string>& lines) {
    static const std::array<std::u32string_view, 9> kAbbreviations = {U"e.g.", U"i.e.",    U"U.S.", U"vs.", U"Dr.",
                                                                      U"etc.", U"approx.", U"No.",  U"St."};
    std::vector<std::u32string> sentences;
    for (const auto& raw : lines) {
        auto line = proseLine(decode(raw));
        if (!line) {
            continue;
        }
        std::u32string text = *line;
        for (const auto abbreviation : kAbbreviations) {
            std::u32string guarded(abbreviation);
            std::replace(guarded.begin(), guarded.end(), U'.', kProtectedDot);
            replaceAll(text, abbreviation, guarded);
        }
        for (std::size_t i = 1; i + 1 < text.size(); ++i) { // decimals: 6.2
            if (text[i] == U'.' && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1])) {
                text[i] = kProtectedDot;
                ++i; // the script's matches do not overlap: "1.2.3" guards only the first dot
            }
        }
        std::size_t start = 0;
        const auto keep = [&](std::size_t end) {
            std::u32string part = strip(std::u32string_view(text).substr(start, end - start));
            if (std::any_of(part.begin(), part.end(), isAsciiAlnum)) {
                std::replace(part.begin(), part.end(), kProtectedDot, U'.');
                sentences.push_back(std::move(part));
            }
        };
        for (std::size_t i = 1; i < text.size(); ++i) {
            if (isSpace(text[i]) && endsSentence(text[i - 1])) {
                keep(i);
                while (i < text.size() && isSpace(text[i])) {
                    ++i;
                }
                start = i;
            }
        }
        keep(text.size());
    }
    return sentences;
}

} // namespace

int countSyllables(std::string_view word) {
    std::string lower;
    for (const char32_t c : decode(word)) {
        const char32_t folded = c == U'\u2019' ? U'\'' : (c >= U'A' && c <= U'Z') ? c + 32 : c;
        lower += encode(std::u32string(1, folded));
    }
    if (std::none_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return 1; // a number
    }
    int total = 0;
    std::size_t start = 0;
    while (start <= lower.size()) {
        const auto end = std::min(lower.find_first_of("-'", start), lower.size());
        const std::string part = lower.substr(start, end - start);
        start = end + 1;
        if (part.empty()) {
            continue;
        }
        std::string letters;
        std::copy_if(part.begin(), part.end(), std::back_inserter(letters), [](char c) { return c >= 'a' && c <= 'z'; });
        total += letters.empty() ? 1 : partSyllables(letters);
    }
    return std::max(1, total);
}

std::vector<std::string> readableSentences(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const auto& sentence : sentencesOf(lines)) {
        out.push_back(encode(sentence));
    }
    return out;
}

std::optional<ReadabilityScore> fleschKincaid(const std::vector<std::string>& lines) {
    ReadabilityScore score;
    for (const auto& sentence : sentencesOf(lines)) {
        ++score.sentences;
        for (const auto& word : wordsOf(sentence)) {
            ++score.words;
            score.syllables += countSyllables(encode(word));
        }
    }
    if (score.words == 0 || score.sentences == 0) {
        return std::nullopt;
    }
    const double grade = 0.39 * score.words / score.sentences + 11.8 * score.syllables / score.words - 15.59;
    score.grade = std::round(grade * 100) / 100;
    return score;
}

std::vector<std::string> textLines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace carebook
