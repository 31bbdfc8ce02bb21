// SPDX-License-Identifier: MIT
#include "search.h"

#include "search_index.h"
#include "search_rank.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <set>
#include <unordered_map>

namespace carebook {

namespace {

// Boosts for an article the query names, as a fraction of the best text score among the hits, so
// they hold whatever the scale of the text scores. Naming an article exactly puts it first.
constexpr double kBoostWholeTitle = 1.0;
constexpr double kBoostWholeAlias = 0.9;
constexpr double kBoostSynonymTitle = 0.6;
constexpr double kBoostSynonymAlias = 0.5;
constexpr double kBoostPrefixTitle = 0.5; // scaled by how much of the title has been typed
constexpr double kBoostPrefixAlias = 0.4;
constexpr double kBoostPartTitle = 0.2;
constexpr double kBoostPartAlias = 0.15;

// How much a phrase counts compared with the word typed.
constexpr double kSynonymWeight = 0.8;
constexpr double kCompletionWeight = 0.6; // the most used completion; rarer ones less
constexpr double kPrefixWeight = 0.3;     // FTS5 prefix search, for completions beyond the vocabulary's

constexpr std::size_t kCompletions = 8;     // vocabulary words a half-typed last word expands to
constexpr std::size_t kCompletionScan = 50000; // cap on the vocabulary range scanned for them
constexpr std::size_t kMaxAlternatives = 4; // "a or b or c or d"
constexpr std::size_t kSureTwoSlipsLength = 8; // a correction of two slips is applied only in words this long
constexpr char kMarkOpen = '\x01';
constexpr char kMarkClose = '\x02';

// A word in an FTS5 string: double quotes doubled. Words from WordTokenizer never hold a quote, so
// this is a second line of defence, not the first.
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

bool isAsciiWord(std::string_view word) {
    return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::uint32_t letterMask(std::string_view word) {
    std::uint32_t mask = 0;
    for (const char c : word) {
        if (c >= 'a' && c <= 'z') {
            mask |= 1u << (c - 'a');
        }
    }
    return mask;
}

// Optimal string alignment distance (Levenshtein plus adjacent transpositions, which are the most
// common typing slip: "siezed"), giving up as soon as it must exceed `limit`.
std::size_t boundedDistance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if ((n > m ? n - m : m - n) > limit) {
        return limit + 1;
    }
    std::vector<std::size_t> previous2(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t rowMinimum = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit) {
            return limit + 1;
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

struct Candidate {
    std::int64_t rowid = 0;
    SearchHit hit;
};

struct Boost {
    double value = 0;
    bool namesArticle = false; // from the whole query, not one part of it
};

struct Words {
    std::vector<std::string> words;
    bool typingLast = false;
};

} // namespace

struct Searcher::State {
    explicit State(Database& database)
        : db((registerSearchRank(database), database)),
          tokenizer(database),
          matchAll(database.prepare("SELECT rowid, id, kind, title, rank,"
                                             " snippet(article_fts, 4, char(1), char(2), '…', 48),"
                                             " snippet(article_fts, 5, char(1), char(2), '…', 24)"
                                             " FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?4"
                                             " ORDER BY rank LIMIT ?3")),
          // The kind is read from each matching row's stored text: only asked for when filtering.
          matchKind(database.prepare("SELECT rowid, id, kind, title, rank,"
                                     " snippet(article_fts, 4, char(1), char(2), '…', 48),"
                                     " snippet(article_fts, 5, char(1), char(2), '…', 24)"
                                     " FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?4"
                                     " AND kind = ?2 ORDER BY rank LIMIT ?3")),
          matchRow(database.prepare("SELECT id, kind, title, rank,"
                                                " snippet(article_fts, 4, char(1), char(2), '…', 48),"
                                                " snippet(article_fts, 5, char(1), char(2), '…', 24)"
                                                " FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?3"
                                                " AND rowid = ?2")),
          detailsSnippet(database.prepare("SELECT snippet(article_fts, 6, char(1), char(2), '…', 24) FROM article_fts"
                                          " WHERE article_fts MATCH ?1 AND rowid = ?2")),
          plainRow(database.prepare("SELECT id, kind, title, summary FROM article_fts WHERE rowid = ?1")),
          exact(database.prepare("SELECT article_rowid, field FROM search_exact WHERE key = ?1"
                                 " ORDER BY field, article_rowid LIMIT 16")),
          exactPrefix(database.prepare("SELECT article_rowid, field, length(key) FROM search_exact WHERE key >= ?1 AND key < ?2"
                                       " ORDER BY key LIMIT 16")) {
        auto synonyms = database.prepare("SELECT group_id, term FROM synonyms ORDER BY group_id, rowid");
        std::int64_t currentGroup = -1;
        while (synonyms.step()) {
            if (synonyms.int64(0) != currentGroup || groups.empty()) {
                currentGroup = synonyms.int64(0);
                groups.emplace_back();
            }
            std::vector<std::string> termWords;
            for (auto& word : tokenizer.words(synonyms.text(1))) {
                termWords.push_back(std::move(word.text));
            }
            if (termWords.empty()) {
                continue;
            }
            maxPhraseWords = std::max(maxPhraseWords, termWords.size());
            const auto key = joinWords(termWords, 0, termWords.size());
            auto& list = phraseGroups[key];
            if (std::find(list.begin(), list.end(), groups.size() - 1) == list.end()) {
                list.push_back(groups.size() - 1);
            }
            groups.back().push_back(std::move(termWords));
        }
    }

    // --- vocabulary -----------------------------------------------------------------------------

    void loadVocabulary() {
        if (vocabularyLoaded) {
            return;
        }
        auto rows = db.prepare("SELECT word, documents, lay FROM search_vocabulary ORDER BY word");
        while (rows.step()) {
            vocabulary.push_back(rows.text(0));
            documents.push_back(static_cast<std::uint32_t>(rows.int64(1)));
            lay.push_back(rows.int64(2) != 0);
            masks.push_back(letterMask(vocabulary.back()));
        }
        vocabularyLoaded = true;
    }

    std::size_t firstWithPrefix(std::string_view prefix) {
        loadVocabulary();
        return static_cast<std::size_t>(
            std::lower_bound(vocabulary.begin(), vocabulary.end(), prefix,
                             [](const std::string& a, std::string_view b) { return std::string_view(a) < b; }) -
            vocabulary.begin());
    }

    bool isKnown(const std::string& word, bool asPrefix) {
        if (phraseGroups.count(word)) {
            return true;
        }
        const std::size_t at = firstWithPrefix(word);
        if (at >= vocabulary.size()) {
            return false;
        }
        return asPrefix ? vocabulary[at].rfind(word, 0) == 0 : vocabulary[at] == word;
    }

    // The most used vocabulary words that start with `prefix` (other than `prefix` itself).
    std::vector<std::pair<std::string, double>> completions(const std::string& prefix) {
        std::vector<std::size_t> found;
        std::size_t scanned = 0;
        for (std::size_t i = firstWithPrefix(prefix);
             i < vocabulary.size() && vocabulary[i].rfind(prefix, 0) == 0 && scanned < kCompletionScan;
             ++i, ++scanned) {
            if (vocabulary[i].size() > prefix.size()) {
                found.push_back(i);
            }
        }
        const auto better = [&](std::size_t a, std::size_t b) {
            return documents[a] != documents[b] ? documents[a] > documents[b] : a < b;
        };
        const std::size_t keep = std::min(kCompletions, found.size());
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(keep), found.end(), better);
        std::vector<std::pair<std::string, double>> out;
        for (std::size_t i = 0; i < keep; ++i) {
            out.emplace_back(vocabulary[found[i]], static_cast<double>(documents[found[i]]));
        }
        return out;
    }

    // The vocabulary word closest to a word that is not in it, or empty. While typing, the word may
    // also be a misspelt start of a longer word ("magensi" → magnesium).
    struct Correction {
        std::string word; // empty: none
        std::size_t distance = 0;
    };

    Correction correction(const std::string& word, bool asPrefix) {
        loadVocabulary();
        // Two slips only in a long word: in a short one two slips make another word ("title" → "time").
        const std::size_t limit = word.size() <= 5 ? 1 : 2;
        const std::uint32_t mask = letterMask(word);
        std::size_t best = vocabulary.size();
        std::size_t bestDistance = limit + 1;
        const auto better = [&](std::size_t candidate, std::size_t distance) {
            if (best == vocabulary.size() || distance != bestDistance) {
                return distance < bestDistance;
            }
            // Lay words (titles, aliases, synonyms) are what people mean; then the more used word.
            if (lay[candidate] != lay[best]) {
                return static_cast<bool>(lay[candidate]);
            }
            return documents[candidate] > documents[best];
        };
        for (std::size_t i = 0; i < vocabulary.size(); ++i) {
            const std::string& candidate = vocabulary[i];
            if (candidate.size() < 3 || !isAsciiWord(candidate)) {
                continue;
            }
            std::size_t distance = limit + 1;
            const std::size_t lengthGap =
                candidate.size() > word.size() ? candidate.size() - word.size() : word.size() - candidate.size();
            if (lengthGap <= limit && static_cast<std::size_t>(std::popcount(mask ^ masks[i])) <= 2 * limit) {
                distance = boundedDistance(word, candidate, limit);
            }
            if (asPrefix && distance > limit && candidate.size() > word.size() &&
                static_cast<std::size_t>(std::popcount(mask & ~masks[i])) <= limit) {
                distance = boundedDistance(word, std::string_view(candidate).substr(0, word.size()), limit) + 1;
            }
            if (distance <= limit && better(i, distance)) {
                best = i;
                bestDistance = distance;
            }
        }
        return best == vocabulary.size() ? Correction{} : Correction{vocabulary[best], bestDistance};
    }

    // --- expressions ----------------------------------------------------------------------------

    // Part of an FTS5 expression, with its ranking tree (see search_rank.h): phrases are numbered
    // in the order they appear in the expression, so clauses are built in the order they are written.
    struct Clause {
        std::string expression;
        std::string tree;
    };

    struct Segment {
        std::size_t first = 0;
        std::size_t count = 1;
        const std::vector<std::size_t>* groups = nullptr; // synonym groups the segment's words form
    };

    std::vector<Segment> segments(const std::vector<std::string>& words) const {
        std::vector<Segment> out;
        std::size_t i = 0;
        while (i < words.size()) {
            Segment segment{i, 1, nullptr};
            for (std::size_t count = std::min(maxPhraseWords, words.size() - i); count >= 1; --count) {
                const auto found = phraseGroups.find(joinWords(words, i, count));
                if (found != phraseGroups.end()) {
                    segment = {i, count, &found->second};
                    break;
                }
            }
            out.push_back(segment);
            i += segment.count;
        }
        return out;
    }

    static bool isStopSegment(const Segment& segment, const std::vector<std::string>& words) {
        return segment.count == 1 && !segment.groups && isStopword(words[segment.first]);
    }

    // Adds one phrase to a list of alternatives unless it is already there. `weight` (0–1) is how
    // sure we are that the phrase is what the person means.
    void addPhrase(std::vector<Clause>& alternatives, const std::vector<std::string>& phrase, double weight = 1.0,
                   bool prefix = false) {
        const std::string text = ftsString(joinWords(phrase, 0, phrase.size())) + (prefix ? "*" : "");
        if (std::any_of(alternatives.begin(), alternatives.end(),
                        [&](const Clause& c) { return c.expression == text; })) {
            return;
        }
        std::string tree = std::to_string(nextPhrase++);
        if (weight < 1.0) {
            // Two decimals in a fixed, locale-free form: the tree is parsed by search_rank.cpp.
            const int hundredths = std::clamp(static_cast<int>(weight * 100 + 0.5), 1, 99);
            tree += "@0." + std::string(hundredths < 10 ? "0" : "") + std::to_string(hundredths);
        }
        if (const auto documents = phraseDocuments(phrase, prefix); documents >= 0) {
            tree += "~" + std::to_string(documents);
        }
        alternatives.push_back({text, tree});
        // A phrase is highlighted as a phrase: "ice pack" marks "ice pack", not every "pack".
        if (phrase.size() > 1 || !isStopword(phrase.front())) {
            terms.insert(joinWords(phrase, 0, phrase.size()));
        }
    }

    // About how many articles have the phrase, from the vocabulary: the fewest of its words' counts
    // (a phrase is no commoner than its rarest word); for a prefix, its most used completion.
    // -1 when a word is not in the vocabulary (the ranking function then counts).
    std::int64_t phraseDocuments(const std::vector<std::string>& phrase, bool prefix) {
        loadVocabulary();
        std::int64_t fewest = -1;
        for (const auto& word : phrase) {
            std::int64_t documentsOfWord = -1;
            const std::size_t at = firstWithPrefix(word);
            if (prefix) {
                for (std::size_t i = at; i < vocabulary.size() && vocabulary[i].rfind(word, 0) == 0 &&
                                         i < at + kCompletionScan;
                     ++i) {
                    documentsOfWord = std::max<std::int64_t>(documentsOfWord, documents[i]);
                }
            } else if (at < vocabulary.size() && vocabulary[at] == word) {
                documentsOfWord = documents[at];
            }
            if (documentsOfWord < 0) {
                return -1;
            }
            fewest = fewest < 0 ? documentsOfWord : std::min(fewest, documentsOfWord);
        }
        return fewest;
    }

    static Clause combine(const std::vector<Clause>& parts, const char* op, char treeOp) {
        if (parts.size() == 1) {
            return parts.front();
        }
        Clause out{"(", std::string(1, treeOp) + "("};
        for (std::size_t i = 0; i < parts.size(); ++i) {
            out.expression += (i == 0 ? "" : op) + parts[i].expression;
            out.tree += (i == 0 ? "" : ",") + parts[i].tree;
        }
        out.expression += ")";
        out.tree += ")";
        return out;
    }

    Clause wordClause(const std::string& word, bool typing) {
        std::vector<Clause> alternatives;
        addPhrase(alternatives, {word});
        if (const auto found = phraseGroups.find(word); found != phraseGroups.end()) {
            for (const std::size_t group : found->second) {
                for (const auto& term : groups[group]) {
                    addPhrase(alternatives, term, kSynonymWeight);
                }
            }
        }
        if (typing) {
            // The likelier completion (the more used word) counts more: "back sp" is "back spasm"
            // far more often than "back spray".
            const auto found = completions(word);
            const double most = found.empty() ? 1.0 : std::max(1.0, static_cast<double>(found.front().second));
            for (const auto& [completion, documents] : found) {
                addPhrase(alternatives, {completion}, kCompletionWeight * std::sqrt(documents / most));
            }
            // FTS5's own prefix search catches rarer completions; it stems the prefix, so it is
            // only a complement to the vocabulary's completions (which are whole words).
            if (word.size() >= 3) {
                addPhrase(alternatives, {word}, kPrefixWeight, true);
            }
        }
        return combine(alternatives, " OR ", 'M');
    }

    Clause segmentClause(const Segment& segment, const Words& query) {
        const auto& words = query.words;
        const bool typingHere = query.typingLast && segment.first + segment.count == words.size();
        if (segment.count == 1) {
            return wordClause(words[segment.first], typingHere);
        }
        std::vector<Clause> alternatives;
        for (const std::size_t group : *segment.groups) {
            for (const auto& term : groups[group]) {
                addPhrase(alternatives, term, term == std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(segment.first), words.begin() + static_cast<std::ptrdiff_t>(segment.first + segment.count)) ? 1.0 : kSynonymWeight);
            }
        }
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

    // Every segment must match (all = true), or any of them.
    Clause expression(const Words& query, bool all) {
        nextPhrase = 0;
        const auto parts = segments(query.words);
        const bool onlyStopwords = std::all_of(parts.begin(), parts.end(),
                                               [&](const Segment& s) { return isStopSegment(s, query.words); });
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
        if (clauses.size() == 1 && out.tree.front() != 'S') {
            out.tree = "S(" + out.tree + ")";
        }
        return out;
    }

    std::size_t meaningfulSegments(const Words& query) const {
        const auto parts = segments(query.words);
        return static_cast<std::size_t>(std::count_if(
            parts.begin(), parts.end(), [&](const Segment& s) { return !isStopSegment(s, query.words); }));
    }

    // --- boosts ---------------------------------------------------------------------------------

    void lookupExact(const std::string& key, double titleBoost, double aliasBoost, bool names,
                     std::map<std::int64_t, Boost>& boosts) {
        if (key.empty()) {
            return;
        }
        exact.reset();
        exact.bind(1, key);
        while (exact.step()) {
            auto& boost = boosts[exact.int64(0)];
            const double value = exact.integer(1) == 0 ? titleBoost : aliasBoost;
            boost.value = std::max(boost.value, value);
            boost.namesArticle = boost.namesArticle || names;
        }
        exact.reset();
    }

    std::map<std::int64_t, Boost> boosts(const Words& query) {
        std::map<std::int64_t, Boost> out;
        const auto& words = query.words;
        const std::string whole = joinWords(words, 0, words.size());
        lookupExact(whole, kBoostWholeTitle, kBoostWholeAlias, true, out);
        std::vector<Segment> parts;
        std::string core; // the query without its stopwords: "a charley horse" names what "charley horse" does
        for (const auto& segment : segments(words)) {
            if (!isStopSegment(segment, words)) {
                parts.push_back(segment);
                core += (core.empty() ? "" : " ") + joinWords(words, segment.first, segment.count);
            }
        }
        if (core != whole) {
            lookupExact(core, kBoostWholeTitle, kBoostWholeAlias, true, out);
        }
        if (parts.size() == 1 && parts.front().groups) {
            for (const std::size_t group : *parts.front().groups) {
                for (const auto& term : groups[group]) {
                    lookupExact(joinWords(term, 0, term.size()), kBoostSynonymTitle, kBoostSynonymAlias, true, out);
                }
            }
        }
        if (query.typingLast && whole.size() >= 3) {
            exactPrefix.reset();
            exactPrefix.bind(1, whole).bind(2, whole + "\xF4\x8F\xBF\xBF"); // U+10FFFF sorts after any text
            while (exactPrefix.step()) {
                auto& boost = out[exactPrefix.int64(0)];
                const double typed = static_cast<double>(whole.size()) / std::max(1.0, exactPrefix.real(2));
                boost.value = std::max(boost.value,
                                       typed * (exactPrefix.integer(1) == 0 ? kBoostPrefixTitle : kBoostPrefixAlias));
                boost.namesArticle = true;
            }
            exactPrefix.reset();
        }
        if (parts.size() > 1) {
            for (const auto& segment : parts) {
                lookupExact(joinWords(words, segment.first, segment.count), kBoostPartTitle, kBoostPartAlias, false,
                            out);
            }
        }
        return out;
    }

    // --- running --------------------------------------------------------------------------------

    static void parseSnippet(const std::string& marked, SearchHit& hit) {
        hit.snippet.clear();
        hit.highlights.clear();
        std::size_t open = std::string::npos;
        for (const char c : marked) {
            if (c == kMarkOpen) {
                open = hit.snippet.size();
            } else if (c == kMarkClose) {
                if (open != std::string::npos && open < hit.snippet.size()) {
                    hit.highlights.push_back({open, hit.snippet.size()});
                }
                open = std::string::npos;
            } else {
                // The body keeps its line breaks (it is also the article's plain text); a snippet is one line.
                hit.snippet += c == '\n' ? ' ' : c;
            }
        }
    }

    void chooseSnippet(const Clause& expression, std::int64_t rowid, const std::string& summary,
                       const std::string& body, SearchHit& hit) {
        const auto marked = [](const std::string& text) { return text.find(kMarkOpen) != std::string::npos; };
        if (marked(summary)) {
            parseSnippet(summary, hit);
            return;
        }
        if (marked(body)) {
            parseSnippet(body, hit);
            return;
        }
        detailsSnippet.reset();
        detailsSnippet.bind(1, expression.expression).bind(2, rowid);
        if (detailsSnippet.step()) {
            const auto details = detailsSnippet.text(0);
            if (marked(details)) {
                parseSnippet(details, hit);
                detailsSnippet.reset();
                return;
            }
        }
        detailsSnippet.reset();
        parseSnippet(summary, hit); // matched on the title or an alias: the summary says what it is
    }

    std::vector<Candidate> run(const Clause& expression, const Words& query, const SearchOptions& options,
                               bool withBoosts) {
        std::vector<Candidate> out;
        if (expression.expression.empty()) {
            return out;
        }
        const std::optional<std::string> kind =
            options.kind ? std::optional<std::string>(std::string(kindName(*options.kind))) : std::nullopt;
        Statement& match = kind ? matchKind : matchAll;
        match.reset();
        match.bind(1, expression.expression).bind(3, options.limit);
        if (kind) {
            match.bind(2, *kind);
        }
        match.bind(4, searchRankCall(expression.tree, kSearchColumnWeights));
        while (match.step()) {
            Candidate candidate;
            candidate.rowid = match.int64(0);
            candidate.hit.id = match.text(1);
            candidate.hit.kind = kindFromName(match.text(2)).value_or(ArticleKind::Page);
            candidate.hit.title = match.text(3);
            candidate.hit.score = -match.real(4);
            const auto summary = match.text(5);
            const auto body = match.text(6);
            chooseSnippet(expression, candidate.rowid, summary, body, candidate.hit);
            out.push_back(std::move(candidate));
        }
        match.reset();
        if (!withBoosts) {
            return out;
        }
        double best = 0;
        for (const auto& candidate : out) {
            best = std::max(best, candidate.hit.score);
        }
        const double scale = best > 0 ? best : 1.0;
        for (const auto& entry : boosts(query)) {
            const std::int64_t rowid = entry.first;
            const Boost& boost = entry.second;
            auto found = std::find_if(out.begin(), out.end(), [&](const Candidate& c) { return c.rowid == rowid; });
            if (found != out.end()) {
                found->hit.score += boost.value * scale;
                continue;
            }
            if (auto candidate = fetch(expression, rowid, boost.namesArticle)) {
                if (!options.kind || candidate->hit.kind == *options.kind) {
                    candidate->hit.score += boost.value * scale;
                    out.push_back(std::move(*candidate));
                }
            }
        }
        sortAndCut(out, static_cast<std::size_t>(options.limit));
        return out;
    }

    // One article by rowid: scored against the expression, or (when it does not match but the
    // query names it) with its summary and no text score.
    std::optional<Candidate> fetch(const Clause& expression, std::int64_t rowid, bool evenIfNoMatch) {
        Candidate candidate;
        candidate.rowid = rowid;
        matchRow.reset();
        matchRow.bind(1, expression.expression).bind(2, rowid);
        matchRow.bind(3, searchRankCall(expression.tree, kSearchColumnWeights));
        if (matchRow.step()) {
            candidate.hit.id = matchRow.text(0);
            candidate.hit.kind = kindFromName(matchRow.text(1)).value_or(ArticleKind::Page);
            candidate.hit.title = matchRow.text(2);
            candidate.hit.score = -matchRow.real(3);
            const auto summary = matchRow.text(4);
            const auto body = matchRow.text(5);
            matchRow.reset();
            chooseSnippet(expression, rowid, summary, body, candidate.hit);
            return candidate;
        }
        matchRow.reset();
        if (!evenIfNoMatch) {
            return std::nullopt;
        }
        plainRow.reset();
        plainRow.bind(1, rowid);
        if (!plainRow.step()) {
            plainRow.reset();
            return std::nullopt;
        }
        candidate.hit.id = plainRow.text(0);
        candidate.hit.kind = kindFromName(plainRow.text(1)).value_or(ArticleKind::Page);
        candidate.hit.title = plainRow.text(2);
        candidate.hit.snippet = plainRow.text(3);
        plainRow.reset();
        return candidate;
    }

    static void sortAndCut(std::vector<Candidate>& hits, std::size_t limit) {
        std::stable_sort(hits.begin(), hits.end(), [](const Candidate& a, const Candidate& b) {
            if (a.hit.score != b.hit.score) {
                return a.hit.score > b.hit.score;
            }
            return a.hit.title < b.hit.title;
        });
        if (hits.size() > limit) {
            hits.resize(limit);
        }
    }

    struct Outcome {
        std::vector<Candidate> hits;
        std::string didYouMean;
        bool correctionApplied = false;
        bool allWordsMatched = true;
        std::map<std::int64_t, Boost> named; // articles the query names (for "x or y")
    };

    // Every word; then every word with misspellings corrected; then any of the words.
    Outcome plan(const Words& query, const SearchOptions& options) {
        Outcome outcome;
        if (query.words.empty()) {
            return outcome;
        }
        outcome.hits = run(expression(query, true), query, options, true);
        if (!outcome.hits.empty()) {
            return outcome;
        }
        // Correct each word the content does not know. One slip (or two in a long word) is sure
        // enough to search the corrected words at once; a correction less sure than that is only
        // offered ("did you mean …?") and the words are searched as typed.
        Words corrected = query;
        bool changed = false;
        bool sure = true;
        for (std::size_t i = 0; i < corrected.words.size(); ++i) {
            auto& word = corrected.words[i];
            const bool asPrefix = query.typingLast && i + 1 == corrected.words.size();
            if (word.size() < 3 || !isAsciiWord(word) || isStopword(word) || isKnown(word, asPrefix)) {
                continue;
            }
            if (auto found = correction(word, asPrefix); !found.word.empty()) {
                sure = sure && (found.distance <= 1 || (found.distance == 2 && word.size() >= kSureTwoSlipsLength));
                word = std::move(found.word);
                changed = true;
            }
        }
        if (changed) {
            outcome.didYouMean = joinWords(corrected.words, 0, corrected.words.size());
        }
        const bool apply = changed && sure;
        const Words& effective = apply ? corrected : query;
        if (apply) {
            outcome.hits = run(expression(corrected, true), corrected, options, true);
        }
        if (outcome.hits.empty() && meaningfulSegments(effective) > 1) {
            outcome.hits = run(expression(effective, false), effective, options, true);
            outcome.allWordsMatched = outcome.hits.empty();
        }
        outcome.correctionApplied = apply && !outcome.hits.empty();
        return outcome;
    }

    Database& db;
    WordTokenizer tokenizer;
    Statement matchAll;
    Statement matchKind;
    Statement matchRow;
    Statement detailsSnippet;
    Statement plainRow;
    Statement exact;
    Statement exactPrefix;

    std::vector<std::vector<std::vector<std::string>>> groups; // group → terms → words
    std::unordered_map<std::string, std::vector<std::size_t>> phraseGroups;
    std::size_t maxPhraseWords = 1;

    bool vocabularyLoaded = false;
    std::vector<std::string> vocabulary; // sorted
    std::vector<std::uint32_t> documents;
    std::vector<char> lay;
    std::vector<std::uint32_t> masks;

    std::set<std::string> terms; // collected while building expressions
    std::size_t nextPhrase = 0;  // phrase number of the next phrase added to an expression
};

Searcher::Searcher(Database& db) : m_state(std::make_unique<State>(db)) {}

Searcher::~Searcher() = default;

namespace {

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

} // namespace

SearchResult Searcher::search(std::string_view text, const SearchOptions& requested) {
    auto& state = *m_state;
    SearchOptions options = requested;
    options.limit = std::clamp(options.limit, 1, 1000);
    state.terms.clear();

    const Words query = queryWords(state.tokenizer, text, options.prefixLastWord);
    SearchResult result;
    if (query.words.empty()) {
        return result;
    }

    // "ice or heat": the person weighs alternatives. When each alternative names an article, those
    // articles come first, in the order typed, then the articles about all of them.
    std::vector<Words> alternatives;
    Words current;
    for (std::size_t i = 0; i < query.words.size(); ++i) {
        if (query.words[i] == "or" && !current.words.empty() && i + 1 < query.words.size()) {
            alternatives.push_back(std::move(current));
            current = Words{};
            continue;
        }
        current.words.push_back(query.words[i]);
    }
    current.typingLast = query.typingLast;
    alternatives.push_back(std::move(current));

    State::Outcome outcome = state.plan(query, options);
    std::vector<Candidate> promoted;
    if (alternatives.size() > 1 && alternatives.size() <= kMaxAlternatives) {
        SearchOptions one = options;
        one.limit = 1;
        for (const auto& alternative : alternatives) {
            const auto named = state.boosts(alternative);
            auto top = state.run(state.expression(alternative, true), alternative, one, true);
            if (!top.empty() && named.count(top.front().rowid) && named.at(top.front().rowid).namesArticle) {
                promoted.push_back(std::move(top.front()));
            }
        }
        // Only when every alternative names an article: in "does cbd help back pain or back
        // spasms" the person is not choosing between two things.
        if (promoted.size() != alternatives.size()) {
            promoted.clear();
        }
    }

    std::vector<Candidate> merged;
    const auto add = [&](Candidate&& candidate) {
        if (merged.size() < static_cast<std::size_t>(options.limit) &&
            std::none_of(merged.begin(), merged.end(), [&](const Candidate& c) { return c.rowid == candidate.rowid; })) {
            merged.push_back(std::move(candidate));
        }
    };
    double top = 0;
    for (const auto& candidate : outcome.hits) {
        top = std::max(top, candidate.hit.score);
    }
    for (std::size_t i = 0; i < promoted.size(); ++i) {
        // Scores stay in rank order: promoted articles score just above the best other hit.
        promoted[i].hit.score = std::max(promoted[i].hit.score, top + static_cast<double>(promoted.size() - i));
        add(std::move(promoted[i]));
    }
    for (auto& candidate : outcome.hits) {
        add(std::move(candidate));
    }
    for (auto& candidate : merged) {
        result.hits.push_back(std::move(candidate.hit));
    }
    result.didYouMean = outcome.didYouMean;
    result.correctionApplied = outcome.correctionApplied;
    result.allWordsMatched = outcome.allWordsMatched;
    result.terms.assign(state.terms.begin(), state.terms.end());
    return result;
}

std::string Searcher::plainExpression(std::string_view text, bool prefixLastWord) const {
    const Words query = queryWords(m_state->tokenizer, text, prefixLastWord);
    std::string out;
    for (std::size_t i = 0; i < query.words.size(); ++i) {
        out += (i == 0 ? "" : " AND ") + ftsString(query.words[i]);
        if (query.typingLast && i + 1 == query.words.size()) {
            out += "*";
        }
    }
    return out;
}

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

} // namespace carebook
