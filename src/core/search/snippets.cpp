// SPDX-License-Identifier: MIT
#include "core/search/snippets.h"

#include "core/search/query.h"
#include "core/search/text.h"

#include <algorithm>
#include <cstdint>

namespace carebook {

namespace search {

namespace {

constexpr std::size_t kSnippetLead = 4; // words shown before the first match in a long passage

// Each distinct stem of the phrases gets a number, and each word of the text the number of the
// stem it is (or the stems it starts with, for a prefix): phrases are then matched on numbers,
// and the text's words are never copied.
struct StemNumbers {
    std::vector<std::string_view> stems;
    std::vector<std::string_view> prefixes;     // at most 64: a bit each (a query has one or two)
    std::vector<std::vector<int>> phraseStems;  // per phrase: its stems' numbers (empty: not marked)
};

struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    int stem = -1;            // in StemNumbers::stems, or -1
    std::uint64_t starts = 0; // bit i: the word starts with StemNumbers::prefixes[i]
};

// Where the phrases are in the text's tokens.
struct Marks {
    std::vector<int> phraseAt; // which phrase starts at a token, or -1
    std::vector<bool> marked;  // the token is part of a phrase
};

int numberOf(std::vector<std::string_view>& list, std::string_view stem) {
    const auto found = std::find(list.begin(), list.end(), stem);
    if (found != list.end()) {
        return static_cast<int>(found - list.begin());
    }
    list.push_back(stem);
    return static_cast<int>(list.size() - 1);
}

StemNumbers numberStems(const std::vector<Alternative>& phrases) {
    StemNumbers out;
    out.phraseStems.resize(phrases.size());
    for (std::size_t p = 0; p < phrases.size(); ++p) {
        const auto& phrase = phrases[p];
        for (std::size_t k = 0; k < phrase.stems.size(); ++k) {
            const bool prefix = phrase.prefix && k + 1 == phrase.stems.size();
            if (prefix && out.prefixes.size() == 64 &&
                std::find(out.prefixes.begin(), out.prefixes.end(), phrase.stems[k]) == out.prefixes.end()) {
                out.phraseStems[p].clear(); // cannot be marked; the other phrases still are
                break;
            }
            out.phraseStems[p].push_back(prefix ? numberOf(out.prefixes, phrase.stems[k])
                                                : numberOf(out.stems, phrase.stems[k]));
        }
    }
    return out;
}

std::vector<Token> tokensOf(const WordTokenizer& stemmer, const std::string& text, const StemNumbers& numbers) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 6 + 1);
    stemmer.forEachToken(text, [&](std::string_view word, std::size_t begin, std::size_t end) {
        Token token{begin, end, -1, 0};
        for (std::size_t i = 0; i < numbers.stems.size(); ++i) {
            if (numbers.stems[i] == word) {
                token.stem = static_cast<int>(i);
                break;
            }
        }
        for (std::size_t i = 0; i < numbers.prefixes.size(); ++i) {
            if (word.starts_with(numbers.prefixes[i])) {
                token.starts |= std::uint64_t{1} << i;
            }
        }
        tokens.push_back(token);
    });
    return tokens;
}

Marks markPhrases(const std::vector<Alternative>& phrases, const StemNumbers& numbers,
                  const std::vector<Token>& tokens) {
    Marks out{std::vector<int>(tokens.size(), -1), std::vector<bool>(tokens.size(), false)};
    for (std::size_t p = 0; p < phrases.size(); ++p) {
        const bool prefix = phrases[p].prefix;
        const auto& wanted = numbers.phraseStems[p];
        const std::size_t length = wanted.size();
        for (std::size_t at = 0; length > 0 && at + length <= tokens.size(); ++at) {
            bool matches = true;
            for (std::size_t k = 0; k < length && matches; ++k) {
                const Token& token = tokens[at + k];
                const int stem = wanted[k];
                matches = (prefix && k + 1 == length) ? (token.starts >> stem & 1U) != 0 : token.stem == stem;
            }
            if (matches) {
                out.phraseAt[at] = static_cast<int>(p);
                std::fill(out.marked.begin() + static_cast<std::ptrdiff_t>(at),
                          out.marked.begin() + static_cast<std::ptrdiff_t>(at + length), true);
            }
        }
    }
    return out;
}

// The first token of the passage: of the windows starting a few words before a match, the one with
// the most different phrases (the earliest of equals).
std::size_t bestWindowStart(const std::vector<int>& phraseAt, std::size_t window, std::size_t phraseCount) {
    const std::size_t tokenCount = phraseAt.size();
    std::size_t first = 0;
    if (tokenCount <= window) {
        return first;
    }
    std::size_t bestCount = 0;
    std::vector<bool> seen(phraseCount, false); // the phrases in one window
    for (std::size_t at = 0; at < tokenCount; ++at) {
        if (phraseAt[at] < 0) {
            continue;
        }
        const std::size_t start = std::min(at > kSnippetLead ? at - kSnippetLead : 0, tokenCount - window);
        std::fill(seen.begin(), seen.end(), false);
        std::size_t found = 0;
        for (std::size_t i = start; i < start + window; ++i) {
            if (phraseAt[i] >= 0 && !seen[static_cast<std::size_t>(phraseAt[i])]) {
                seen[static_cast<std::size_t>(phraseAt[i])] = true;
                ++found;
            }
        }
        if (found > bestCount) {
            bestCount = found;
            first = start;
        }
    }
    return first;
}

// The passage of tokens [first, first + window) as the hit's snippet, "…" where it is cut, and a
// highlight for each run of marked tokens (one phrase, one mark: "charley horse").
void writePassage(const std::string& text, const std::vector<Token>& tokens, const std::vector<bool>& marked,
                  std::size_t first, std::size_t window, SearchHit& hit) {
    const std::size_t end = std::min(tokens.size(), first + window);
    const std::size_t textBegin = first == 0 ? 0 : tokens[first].begin;
    const std::size_t textEnd = end == tokens.size() ? text.size() : tokens[end - 1].end;
    hit.snippet = first == 0 ? "" : "…";
    hit.highlights.clear();
    const std::size_t shift = hit.snippet.size();
    hit.snippet.append(text, textBegin, textEnd - textBegin);
    for (std::size_t i = first; i < end; ++i) {
        if (!marked[i]) {
            continue;
        }
        const std::size_t begin = tokens[i].begin - textBegin + shift;
        const std::size_t stop = tokens[i].end - textBegin + shift;
        if (!hit.highlights.empty() && i > first && marked[i - 1]) {
            hit.highlights.back().end = stop;
        } else {
            hit.highlights.push_back({begin, stop});
        }
    }
    if (end < tokens.size()) {
        hit.snippet += "…";
    }
}

} // namespace

bool passageSnippet(const WordTokenizer& stemmer, const std::vector<Alternative>& phrases, std::string_view stored,
                    std::size_t window, SearchHit& hit) {
    // The stored body keeps its line breaks (it is also the article's plain text); a snippet is
    // one line, with a heading ended by a colon rather than run into the next sentence.
    const std::string text = joinLines(stored);
    const StemNumbers numbers = numberStems(phrases);
    const std::vector<Token> tokens = tokensOf(stemmer, text, numbers);
    const Marks marks = markPhrases(phrases, numbers, tokens);
    if (std::find(marks.marked.begin(), marks.marked.end(), true) == marks.marked.end()) {
        return false;
    }
    const std::size_t first = bestWindowStart(marks.phraseAt, window, phrases.size());
    writePassage(text, tokens, marks.marked, first, window, hit);
    return true;
}

} // namespace search

std::string markedSnippet(const SearchHit& hit, std::string_view open, std::string_view close) {
    std::string out;
    std::size_t at = 0;
    for (const auto& highlight : hit.highlights) {
        if (highlight.begin < at || highlight.end > hit.snippet.size() || highlight.begin >= highlight.end) {
            continue;
        }
        out.append(hit.snippet, at, highlight.begin - at);
        out.append(open);
        out.append(hit.snippet, highlight.begin, highlight.end - highlight.begin);
        out.append(close);
        at = highlight.end;
    }
    out.append(hit.snippet, at, std::string::npos);
    return out;
}

SearchHit shortenedSnippet(const SearchHit& hit, std::size_t maxBytes) {
    if (hit.snippet.size() <= maxBytes) {
        return hit;
    }
    const std::string& text = hit.snippet;
    const auto isContinuation = [&](std::size_t at) { return (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80; };
    // The last space at or before the limit that is not inside a highlight; else a character
    // boundary at the limit (one very long word).
    std::size_t cut = std::string::npos;
    for (std::size_t at = std::min(maxBytes, text.size() - 1); at > 0; --at) {
        const bool inHighlight = std::any_of(hit.highlights.begin(), hit.highlights.end(),
                                             [&](const SnippetHighlight& h) { return h.begin < at && at < h.end; });
        if (text[at] == ' ' && !inHighlight) {
            cut = at;
            break;
        }
    }
    if (cut == std::string::npos) {
        cut = maxBytes;
        while (cut > 0 && isContinuation(cut)) {
            --cut;
        }
    }
    // No dangling comma or dash before the "…".
    while (cut > 0 && std::string_view(" ,;:-").find(text[cut - 1]) != std::string_view::npos) {
        --cut;
    }
    SearchHit out = hit;
    out.snippet = text.substr(0, cut) + "…";
    out.highlights.clear();
    for (const auto& highlight : hit.highlights) {
        if (highlight.end <= cut) {
            out.highlights.push_back(highlight);
        }
    }
    return out;
}

} // namespace carebook
