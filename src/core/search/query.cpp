// SPDX-License-Identifier: MIT
#include "core/search/query.h"

#include "core/search/searcher.h"
#include "core/search/spelling.h"
#include "core/search/text.h"
#include "core/util/database.h"

#include <algorithm>
#include <cmath>

namespace carebook::search {

namespace {

// How much a phrase counts compared with the word typed.
constexpr double kSynonymWeight = 0.8;
constexpr double kCompletionWeight = 0.6; // the most used completion; rarer ones less
constexpr double kPrefixWeight = 0.3;     // FTS5 prefix search, for completions beyond the vocabulary's

bool containsRun(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return shorter.size() < longer.size() &&
           std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

Clause combine(const std::vector<Clause>& parts, const char* op, char treeOp) {
    if (parts.size() == 1) {
        return parts.front();
    }
    Clause out{"(", std::string(1, treeOp) + "(", 0, {}};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        out.expression += (i == 0 ? "" : op) + parts[i].expression;
        out.tree += (i == 0 ? "" : ",") + parts[i].tree;
    }
    out.expression += ")";
    out.tree += ")";
    return out;
}

// The ranking tree of one phrase: its number, its weight below 1 ("@0.80") and about how many
// articles have it ("~120").
std::string phraseTree(std::size_t number, const Alternative& alternative) {
    std::string tree = std::to_string(number);
    if (alternative.weight < 1.0) {
        // Two decimals in a fixed, locale-free form: the tree is parsed by rank.cpp.
        const int hundredths = std::clamp(static_cast<int>(alternative.weight * 100 + 0.5), 1, 99);
        tree += "@0." + std::string(hundredths < 10 ? "0" : "") + std::to_string(hundredths);
    }
    if (alternative.documents >= 0) {
        tree += "~" + std::to_string(alternative.documents);
    }
    return tree;
}

} // namespace

Words queryWords(const WordTokenizer& tokenizer, std::string_view text, bool prefixLastWord) {
    const std::string clean = sanitizeSearchText(text, Searcher::kMaxQueryBytes);
    Words query;
    const auto words = tokenizer.words(clean);
    for (const auto& word : words) {
        if (query.words.size() == Searcher::kMaxWords) {
            break;
        }
        query.words.push_back(word.text);
    }
    // Still typing when the text ends inside the last word (no space or punctuation after it).
    query.typingLast = prefixLastWord && !words.empty() && query.words.size() == words.size() &&
                       words.back().end == clean.size();
    // A single letter after other words is the start of a word not yet typed: it would match too
    // much or nothing, so it waits for the next key.
    if (query.typingLast && query.words.size() > 1 && query.words.back().size() == 1) {
        query.words.pop_back();
        query.typingLast = false;
    }
    return query;
}

std::string ftsString(std::string_view words) {
    std::string out = "\"";
    for (const char c : words) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
    return out;
}

std::string joinWords(const std::vector<std::string>& words, std::size_t first, std::size_t count) {
    std::string out;
    for (std::size_t i = first; i < first + count && i < words.size(); ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += words[i];
    }
    return out;
}

std::string plainExpression(const Words& query) {
    std::string out;
    for (std::size_t i = 0; i < query.words.size(); ++i) {
        out += (i == 0 ? "" : " AND ") + ftsString(query.words[i]);
        if (query.typingLast && i + 1 == query.words.size()) {
            out += "*";
        }
    }
    return out;
}

// --- synonyms -----------------------------------------------------------------------------------

Synonyms::Synonyms(Database& db, const WordTokenizer& tokenizer) {
    auto synonyms = db.prepare("SELECT group_id, term FROM synonyms ORDER BY group_id, rowid");
    std::int64_t currentGroup = -1;
    while (synonyms.step()) {
        if (synonyms.int64(0) != currentGroup || m_groups.empty()) {
            currentGroup = synonyms.int64(0);
            m_groups.emplace_back();
        }
        std::vector<std::string> termWords;
        for (auto& word : tokenizer.words(synonyms.text(1))) {
            termWords.push_back(std::move(word.text));
        }
        if (termWords.empty()) {
            continue;
        }
        m_maxPhraseWords = std::max(m_maxPhraseWords, termWords.size());
        auto& list = m_phraseGroups[joinWords(termWords)];
        if (std::find(list.begin(), list.end(), m_groups.size() - 1) == list.end()) {
            list.push_back(m_groups.size() - 1);
        }
        m_groups.back().push_back(std::move(termWords));
    }
}

std::vector<Segment> Synonyms::segments(const std::vector<std::string>& words) const {
    std::vector<Segment> out;
    std::size_t i = 0;
    while (i < words.size()) {
        Segment segment{i, 1, nullptr};
        for (std::size_t count = std::min(m_maxPhraseWords, words.size() - i); count >= 1; --count) {
            const auto found = m_phraseGroups.find(joinWords(words, i, count));
            if (found != m_phraseGroups.end()) {
                segment = {i, count, &found->second};
                break;
            }
        }
        out.push_back(segment);
        i += segment.count;
    }
    return out;
}

const std::vector<std::size_t>* Synonyms::groupsOf(const std::string& phrase) const {
    const auto found = m_phraseGroups.find(phrase);
    return found == m_phraseGroups.end() ? nullptr : &found->second;
}

bool isStopSegment(const Segment& segment, const std::vector<std::string>& words) {
    return segment.count == 1 && !segment.groups && isStopword(words[segment.first]);
}

std::size_t meaningfulSegments(const Synonyms& synonyms, const Words& query) {
    const auto parts = synonyms.segments(query.words);
    return static_cast<std::size_t>(std::count_if(
        parts.begin(), parts.end(), [&](const Segment& s) { return !isStopSegment(s, query.words); }));
}

bool isKnownWord(const Synonyms& synonyms, Vocabulary& vocabulary, const std::string& word, bool asPrefix) {
    return synonyms.groupsOf(word) != nullptr || vocabulary.has(word, asPrefix);
}

// --- expressions --------------------------------------------------------------------------------

ExpressionBuilder::ExpressionBuilder(const Synonyms& synonyms, Vocabulary& vocabulary, const WordTokenizer& stemmer)
    : m_synonyms(synonyms), m_vocabulary(vocabulary), m_stemmer(stemmer) {}

// Adds a phrase to a word's alternatives. Spellings that the index stems alike ("cramp",
// "cramps", "cramping") are one alternative with the best weight: each would walk the same
// postings again and count the same words twice.
void ExpressionBuilder::collect(std::vector<Alternative>& alternatives, const std::vector<std::string>& phrase,
                                double weight, bool prefix) {
    // A phrase is highlighted as a phrase: "ice pack" marks "ice pack", not every "pack".
    if (phrase.size() > 1 || !isStopword(phrase.front())) {
        m_terms.insert(joinWords(phrase));
    }
    Alternative alternative{phrase, {}, weight, prefix, m_vocabulary.phraseDocuments(phrase, prefix)};
    m_stemmer.forEachWord(joinWords(phrase), [&](std::string_view stem) { alternative.stems.emplace_back(stem); });
    if (alternative.stems.empty()) {
        return;
    }
    for (auto& existing : alternatives) {
        if (existing.prefix == prefix && existing.stems == alternative.stems) {
            existing.weight = std::max(existing.weight, weight);
            existing.documents = std::max(existing.documents, alternative.documents);
            return;
        }
    }
    alternatives.push_back(std::move(alternative));
}

// The alternatives as FTS5 clauses, numbered in order. A phrase that holds another alternative
// ("leg cramp" beside "cramp") finds no article the shorter one does not, so it is left out
// unless it counts more (the phrase the person typed).
std::vector<Clause> ExpressionBuilder::emit(const std::vector<Alternative>& alternatives) {
    std::vector<Clause> out;
    for (const auto& alternative : alternatives) {
        const bool subsumed = !alternative.prefix &&
                              std::any_of(alternatives.begin(), alternatives.end(), [&](const Alternative& other) {
                                  return !other.prefix && other.weight >= alternative.weight &&
                                         containsRun(alternative.stems, other.stems);
                              });
        if (subsumed) {
            continue;
        }
        out.push_back({ftsString(joinWords(alternative.words)) + (alternative.prefix ? "*" : ""),
                       phraseTree(m_nextPhrase++, alternative), 0, {}});
        m_emitted.push_back(alternative);
    }
    return out;
}

// The likelier completion (the more used word) counts more: "back sp" is "back spasm" far more
// often than "back spray".
void ExpressionBuilder::collectCompletions(std::vector<Alternative>& alternatives, const std::string& word) {
    bool truncated = false;
    const auto found = m_vocabulary.completions(word, truncated);
    const double most = found.empty() ? 1.0 : std::max(1.0, static_cast<double>(found.front().second));
    for (const auto& [completion, documents] : found) {
        collect(alternatives, {completion}, kCompletionWeight * std::sqrt(documents / most));
    }
    // FTS5's own prefix search catches the rarer completions the vocabulary's list left out (it
    // stems the prefix, so it only complements the list). It merges the postings of every word
    // with that start, which in a large library costs more than the rest of the query: only for a
    // start that is not yet a word and has more completions than listed.
    if (word.size() >= 3 && truncated && !isKnownWord(m_synonyms, m_vocabulary, word, false)) {
        collect(alternatives, {word}, kPrefixWeight, true);
    }
}

Clause ExpressionBuilder::wordClause(const std::string& word, bool typing) {
    std::vector<Alternative> alternatives;
    collect(alternatives, {word});
    if (const auto* groups = m_synonyms.groupsOf(word)) {
        for (const std::size_t group : *groups) {
            for (const auto& term : m_synonyms.terms(group)) {
                collect(alternatives, term, kSynonymWeight);
            }
        }
    }
    if (typing) {
        collectCompletions(alternatives, word);
    }
    return combine(emit(alternatives), " OR ", 'M');
}

Clause ExpressionBuilder::segmentClause(const Segment& segment, const Words& query) {
    const auto& words = query.words;
    const bool typingHere = query.typingLast && segment.first + segment.count == words.size();
    if (segment.count == 1) {
        return wordClause(words[segment.first], typingHere);
    }
    std::vector<Alternative> phrases;
    const std::vector<std::string> typed(words.begin() + static_cast<std::ptrdiff_t>(segment.first),
                                         words.begin() + static_cast<std::ptrdiff_t>(segment.first + segment.count));
    for (const std::size_t group : *segment.groups) {
        for (const auto& term : m_synonyms.terms(group)) {
            collect(phrases, term, term == typed ? 1.0 : kSynonymWeight);
        }
    }
    std::vector<Clause> alternatives = emit(phrases);
    // The phrase's words anywhere in the article count too ("back … seized up").
    std::vector<Clause> each;
    for (std::size_t i = segment.first; i < segment.first + segment.count; ++i) {
        if (!isStopword(words[i])) {
            each.push_back(wordClause(words[i], typingHere && i + 1 == words.size()));
        }
    }
    if (!each.empty()) {
        alternatives.push_back(combine(each, " AND ", 'S'));
    }
    return combine(alternatives, " OR ", 'M');
}

Clause ExpressionBuilder::expression(const Words& query, bool all) {
    m_nextPhrase = 0;
    m_emitted.clear();
    const auto parts = m_synonyms.segments(query.words);
    const bool onlyStopwords =
        std::all_of(parts.begin(), parts.end(), [&](const Segment& s) { return isStopSegment(s, query.words); });
    std::vector<Clause> clauses;
    for (const auto& segment : parts) {
        if (onlyStopwords || !isStopSegment(segment, query.words)) {
            clauses.push_back(segmentClause(segment, query));
        }
    }
    if (clauses.empty()) {
        return {};
    }
    Clause out = combine(clauses, all ? " AND " : " OR ", 'S');
    out.phraseCount = m_nextPhrase;
    out.phrases = std::move(m_emitted);
    m_emitted.clear();
    if (clauses.size() == 1 && out.tree.front() != 'S') {
        out.tree = "S(" + out.tree + ")";
    }
    return out;
}

} // namespace carebook::search
