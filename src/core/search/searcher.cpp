// SPDX-License-Identifier: MIT
#include "core/search/searcher.h"

#include "core/util/edit_distance.h"
#include "core/foods/finder.h"
#include "core/foods/search_hits.h"
#include "core/foods/shared_finder.h"
#include "core/foods/text.h"
#include "core/sheet/sheet_foods.h"
#include "core/search/index.h"
#include "core/search/rank.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <bit>
#include <cmath>
#include <set>
#include <unordered_map>

#include <sqlite3.h>

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
constexpr std::size_t kMaxSlips = 2;           // a correction is at most this many edits away
constexpr std::size_t kSureTwoSlipsLength = 8; // a correction of two slips is applied only in words this long
constexpr std::size_t kSummarySnippetWords = 48; // as the snippet() calls below ask of FTS5
constexpr std::size_t kBodySnippetWords = 24;
constexpr const char* kHeadRankFunction = "carebook_head_rank";
constexpr int kMinHeadCandidates = 20;
constexpr std::int64_t kMaxCachedRows = 4'000'000;
constexpr std::size_t kSnippetLead = 4; // words shown before the first match in a long summary
constexpr std::size_t kFoodCandidates = 80; // of the food finder's tolerant lookup, checked strictly

// Query words that ask about food in general rather than name one ("magnesium foods", "sources of
// potassium", "what to eat"): a food's name need not have them.
bool isGeneralFoodWord(std::string_view word) {
    static constexpr std::array<std::string_view, 26> kWords = {
        "amount", "best",   "calories",  "contain",  "contains", "content", "diet",   "eat",     "eating",
        "food",   "foods",  "give",      "gives",    "good",     "high",    "much",   "nutrient", "nutrients",
        "nutrition", "per", "portion",   "rich",     "serving",  "source",  "sources", "with"};
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "Vitamin D (D2 + D3)" → "vitamin D", "Potassium" → "potassium": a nutrient named inside a sentence.
std::string nutrientInText(std::string_view name) {
    std::string out(name.substr(0, name.find(" (")));
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') {
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    }
    return out;
}

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

// The letters among the first or last `count` characters of a word. Two words within k edits
// share a letter among their first k + 1 characters (and among their last k + 1): a match or a
// transposition must come that early, or the edits before it already exceed k.
std::uint32_t headMask(std::string_view word, std::size_t count) { return letterMask(word.substr(0, count)); }

std::uint32_t tailMask(std::string_view word, std::size_t count) {
    return letterMask(word.substr(word.size() > count ? word.size() - count : 0));
}

// One read transaction for a whole search: its dozen statements share one snapshot and one lock
// instead of each taking and releasing the lock. Inside a transaction the caller began, nothing.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(Database& db) : m_db(db), m_began(sqlite3_get_autocommit(db.handle()) != 0) {
        if (m_began) {
            m_db.exec("BEGIN");
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot() {
        if (m_began && sqlite3_get_autocommit(m_db.handle()) == 0) {
            // Ends a read: nothing to lose, and nothing to report from a destructor (a failure
            // leaves the next search's BEGIN to say what is wrong).
            if (sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
                sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            }
        }
    }

private:
    Database& m_db;
    bool m_began;
};

struct Candidate {
    std::int64_t rowid = 0;
    // 0: the query's words are in the title or aliases (or the query names the article);
    // 1: in the title, aliases and summary; 2: only further down (body, steps, cautions …).
    // A lower tier ranks above a higher one.
    int tier = 0;
    bool fetched = false; // id, title, snippet … read; tier-1 hits are read only if they make the page
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
          stemmer(database, WordTokenizer::Stemming::Porter),
          // Tier 2 reads rowids and scores only: the page's hits are read (and their snippets cut)
          // once the page is known, not for every candidate.
          matchAll(database.prepare("SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?4"
                                    " ORDER BY rank LIMIT ?3")),
          // The kind is read from each matching row's stored text: only asked for when filtering.
          matchKind(database.prepare("SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ?1 AND rank MATCH ?4"
                                     " AND kind = ?2 ORDER BY rank LIMIT ?3")),
          matchHead(database.prepare("SELECT rowid, rank FROM article_head_fts WHERE article_head_fts MATCH ?1"
                                     " AND rank MATCH ?2 ORDER BY rank LIMIT ?3")),
          // From the table article_fts reads its text from (an external-content index), without
          // going through the index: a rowid lookup either way, and this one prepares no statement.
          plainRow(database.prepare("SELECT id, kind, title, summary FROM articles WHERE rowid = ?1")),
          // Apart: a long body is in overflow pages, read only when the summary has none of the words.
          bodyRow(database.prepare("SELECT body, details FROM articles WHERE rowid = ?1")),
          kindRow(database.prepare("SELECT kind FROM articles WHERE rowid = ?1")),
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

    // The head index's column lengths in memory, once: a common word ranks thousands of tier-1
    // articles, and reading each one's lengths from the index is an SQL lookup per article.
    void loadHeadLengths() {
        if (headLengthsLoaded) {
            return;
        }
        headLengthsLoaded = true;
        auto last = db.prepare("SELECT max(rowid) FROM articles");
        const std::int64_t maxRowid = last.step() ? last.int64(0) : 0;
        // Two bytes a column a row: 800 KB for 100,000 articles. Beyond a few million rows, rank
        // from the index's own records instead.
        if (maxRowid <= 0 || maxRowid > kMaxCachedRows) {
            return;
        }
        if (auto lengths = loadColumnLengths(db, "article_head_fts", maxRowid)) {
            registerCachedSearchRank(db, kHeadRankFunction, std::move(lengths));
            headRankFunction = kHeadRankFunction;
        }
    }

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
            heads.push_back(headMask(vocabulary.back(), kMaxSlips + 1));
            tails.push_back(tailMask(vocabulary.back(), kMaxSlips + 1));
            const std::string& word = vocabulary.back();
            lengths.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(word.size(), 255)));
            if (word.size() >= 3 && word.size() < 255 && isAsciiWord(word)) {
                correctable.push_back(static_cast<std::uint32_t>(vocabulary.size() - 1));
            }
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
    // `truncated` is set when there were more than kCompletions of them.
    std::vector<std::pair<std::string, double>> completions(const std::string& prefix, bool& truncated) {
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
        truncated = found.size() > keep || scanned == kCompletionScan;
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
        const std::size_t limit = word.size() <= 5 ? 1 : kMaxSlips;
        const std::uint32_t mask = letterMask(word);
        const std::uint32_t head = headMask(word, limit + 1);
        const std::uint32_t tail = tailMask(word, limit + 1);
        std::optional<SlipDistance> slips;
        if (word.size() <= SlipDistance::kMaxWord) {
            slips.emplace(word);
        }
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
        for (const std::uint32_t i : correctable) {
            const std::size_t size = lengths[i];
            std::size_t distance = limit + 1;
            const std::size_t lengthGap = size > word.size() ? size - word.size() : word.size() - size;
            if ((head & heads[i]) == 0) {
                continue; // (a start of the word begins as the word does)
            }
            const bool whole = lengthGap <= limit && (tail & tails[i]) != 0 &&
                               static_cast<std::size_t>(std::popcount(mask ^ masks[i])) <= 2 * limit;
            const bool start = asPrefix && size > word.size() &&
                               static_cast<std::size_t>(std::popcount(mask & ~masks[i])) <= limit;
            if (!whole && !start) {
                continue; // most of the vocabulary: decided on two integers, without reading the word
            }
            const std::string& candidate = vocabulary[i];
            if (slips) {
                // One pass gives both: the distance to the word and to its start.
                const auto found = slips->distances(whole ? std::string_view(candidate)
                                                          : std::string_view(candidate).substr(0, word.size()),
                                                    word.size());
                if (whole) {
                    distance = found.toWhole;
                }
                if (start && distance > limit) {
                    distance = found.toStart + 1;
                }
            } else {
                if (whole) {
                    distance = boundedSlipDistance(word, candidate, limit);
                }
                if (start && distance > limit) {
                    distance = boundedSlipDistance(word, std::string_view(candidate).substr(0, word.size()), limit) + 1;
                }
            }
            if (distance <= limit && better(i, distance)) {
                best = i;
                bestDistance = distance;
            }
        }
        return best == vocabulary.size() ? Correction{} : Correction{vocabulary[best], bestDistance};
    }

    // --- expressions ----------------------------------------------------------------------------

    // One way a query word or phrase may be written in an article, before it becomes part of the
    // FTS5 expression. `weight` (0–1) is how sure we are that the phrase is what the person means.
    struct Alternative {
        std::vector<std::string> words;
        std::vector<std::string> stems; // what the index matches: "cramps" and "cramping" are both "cramp"
        double weight = 1.0;
        bool prefix = false;
        std::int64_t documents = -1;
    };

    // Part of an FTS5 expression, with its ranking tree (see search_rank.h): phrases are numbered
    // in the order they appear in the expression, so clauses are built in the order they are written.
    struct Clause {
        std::string expression;
        std::string tree;
        std::size_t phraseCount = 0; // of a whole expression: how many phrases it numbers
        std::vector<Alternative> phrases; // of a whole expression: each phrase it numbers
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

    // Adds a phrase to a word's alternatives. Spellings that the index stems alike ("cramp",
    // "cramps", "cramping") are one alternative with the best weight: each would walk the same
    // postings again and count the same words twice.
    void collect(std::vector<Alternative>& alternatives, const std::vector<std::string>& phrase, double weight = 1.0,
                 bool prefix = false) {
        // A phrase is highlighted as a phrase: "ice pack" marks "ice pack", not every "pack".
        if (phrase.size() > 1 || !isStopword(phrase.front())) {
            terms.insert(joinWords(phrase, 0, phrase.size()));
        }
        Alternative alternative{phrase, {}, weight, prefix, phraseDocuments(phrase, prefix)};
        stemmer.forEachWord(joinWords(phrase, 0, phrase.size()),
                            [&](std::string_view stem) { alternative.stems.emplace_back(stem); });
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

    static bool containsRun(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
        return shorter.size() < longer.size() &&
               std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
    }

    // The alternatives as FTS5 clauses, numbered in order. A phrase that holds another alternative
    // ("leg cramp" beside "cramp") finds no article the shorter one does not, so it is left out
    // unless it counts more (the phrase the person typed).
    std::vector<Clause> emit(const std::vector<Alternative>& alternatives) {
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
            std::string tree = std::to_string(nextPhrase++);
            if (alternative.weight < 1.0) {
                // Two decimals in a fixed, locale-free form: the tree is parsed by search_rank.cpp.
                const int hundredths = std::clamp(static_cast<int>(alternative.weight * 100 + 0.5), 1, 99);
                tree += "@0." + std::string(hundredths < 10 ? "0" : "") + std::to_string(hundredths);
            }
            if (alternative.documents >= 0) {
                tree += "~" + std::to_string(alternative.documents);
            }
            out.push_back({ftsString(joinWords(alternative.words, 0, alternative.words.size())) +
                               (alternative.prefix ? "*" : ""),
                           tree, 0, {}});
            emitted.push_back(alternative);
        }
        return out;
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
        Clause out{"(", std::string(1, treeOp) + "(", 0, {}};
        for (std::size_t i = 0; i < parts.size(); ++i) {
            out.expression += (i == 0 ? "" : op) + parts[i].expression;
            out.tree += (i == 0 ? "" : ",") + parts[i].tree;
        }
        out.expression += ")";
        out.tree += ")";
        return out;
    }

    Clause wordClause(const std::string& word, bool typing) {
        std::vector<Alternative> alternatives;
        collect(alternatives, {word});
        if (const auto found = phraseGroups.find(word); found != phraseGroups.end()) {
            for (const std::size_t group : found->second) {
                for (const auto& term : groups[group]) {
                    collect(alternatives, term, kSynonymWeight);
                }
            }
        }
        if (typing) {
            // The likelier completion (the more used word) counts more: "back sp" is "back spasm"
            // far more often than "back spray".
            bool truncated = false;
            const auto found = completions(word, truncated);
            const double most = found.empty() ? 1.0 : std::max(1.0, static_cast<double>(found.front().second));
            for (const auto& [completion, documents] : found) {
                collect(alternatives, {completion}, kCompletionWeight * std::sqrt(documents / most));
            }
            // FTS5's own prefix search catches the rarer completions the vocabulary's list left out
            // (it stems the prefix, so it only complements the list). It merges the postings of
            // every word with that start, which in a large library costs more than the rest of the
            // query: only for a start that is not yet a word and has more completions than listed.
            if (word.size() >= 3 && truncated && !isKnown(word, false)) {
                collect(alternatives, {word}, kPrefixWeight, true);
            }
        }
        return combine(emit(alternatives), " OR ", 'M');
    }

    Clause segmentClause(const Segment& segment, const Words& query) {
        const auto& words = query.words;
        const bool typingHere = query.typingLast && segment.first + segment.count == words.size();
        if (segment.count == 1) {
            return wordClause(words[segment.first], typingHere);
        }
        std::vector<Alternative> phrases;
        const std::vector<std::string> typed(words.begin() + static_cast<std::ptrdiff_t>(segment.first),
                                             words.begin() + static_cast<std::ptrdiff_t>(segment.first + segment.count));
        for (const std::size_t group : *segment.groups) {
            for (const auto& term : groups[group]) {
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

    // Every segment must match (all = true), or any of them.
    Clause expression(const Words& query, bool all) {
        nextPhrase = 0;
        emitted.clear();
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
        out.phraseCount = nextPhrase;
        out.phrases = std::move(emitted);
        emitted.clear();
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

    // A passage of `text` of at most `window` words with the expression's phrases marked, as FTS5's
    // snippet() would mark them (the same stems; a prefix matches the start of a stem): the passage
    // with the most different phrases, the earliest of equals. False, and `hit` untouched, when
    // no phrase is in the text. Tier-1 articles get their snippet this way, which costs no second
    // full-text query per article (a query with a prefix would merge its postings again each time).
    bool textSnippet(const Clause& expression, std::string_view stored, std::size_t window, SearchHit& hit) const {
        // The stored body keeps its line breaks (it is also the article's plain text); a snippet is
        // one line, with a heading ended by a colon rather than run into the next sentence.
        const std::string text = joinLines(stored);
        // Each distinct stem of the phrases gets a number, and each word of the text the number of
        // the stem it is (or the stems it starts with, for a prefix): phrases are then matched on
        // numbers, and the text's words are never copied.
        std::vector<std::string_view> stems;
        std::vector<std::string_view> prefixes; // at most 64: a bit each (a query has one or two)
        const auto number = [](std::vector<std::string_view>& list, std::string_view stem) {
            const auto found = std::find(list.begin(), list.end(), stem);
            if (found != list.end()) {
                return static_cast<int>(found - list.begin());
            }
            list.push_back(stem);
            return static_cast<int>(list.size() - 1);
        };
        std::vector<std::vector<int>> phraseStems(expression.phrases.size());
        for (std::size_t p = 0; p < expression.phrases.size(); ++p) {
            const auto& phrase = expression.phrases[p];
            for (std::size_t k = 0; k < phrase.stems.size(); ++k) {
                const bool prefix = phrase.prefix && k + 1 == phrase.stems.size();
                if (prefix && prefixes.size() == 64 &&
                    std::find(prefixes.begin(), prefixes.end(), phrase.stems[k]) == prefixes.end()) {
                    phraseStems[p].clear(); // cannot be marked; the other phrases still are
                    break;
                }
                phraseStems[p].push_back(prefix ? number(prefixes, phrase.stems[k]) : number(stems, phrase.stems[k]));
            }
        }
        struct Token {
            std::size_t begin = 0;
            std::size_t end = 0;
            int stem = -1;           // in `stems`, or -1
            std::uint64_t starts = 0; // bit i: the word starts with prefixes[i]
        };
        std::vector<Token> tokens;
        tokens.reserve(text.size() / 6 + 1);
        stemmer.forEachToken(text, [&](std::string_view word, std::size_t begin, std::size_t end) {
            Token token{begin, end, -1, 0};
            for (std::size_t i = 0; i < stems.size(); ++i) {
                if (stems[i] == word) {
                    token.stem = static_cast<int>(i);
                    break;
                }
            }
            for (std::size_t i = 0; i < prefixes.size(); ++i) {
                if (word.starts_with(prefixes[i])) {
                    token.starts |= std::uint64_t{1} << i;
                }
            }
            tokens.push_back(token);
        });
        std::vector<int> phraseAt(tokens.size(), -1); // which phrase starts at a token
        std::vector<bool> marked(tokens.size(), false);
        for (std::size_t p = 0; p < expression.phrases.size(); ++p) {
            const auto& phrase = expression.phrases[p];
            const auto& wanted = phraseStems[p];
            const std::size_t length = wanted.size();
            for (std::size_t at = 0; length > 0 && at + length <= tokens.size(); ++at) {
                bool matches = true;
                for (std::size_t k = 0; k < length && matches; ++k) {
                    const Token& token = tokens[at + k];
                    const int stem = wanted[k];
                    matches = (phrase.prefix && k + 1 == length) ? (token.starts >> stem & 1U) != 0 : token.stem == stem;
                }
                if (matches) {
                    phraseAt[at] = static_cast<int>(p);
                    std::fill(marked.begin() + static_cast<std::ptrdiff_t>(at),
                              marked.begin() + static_cast<std::ptrdiff_t>(at + length), true);
                }
            }
        }
        if (std::find(marked.begin(), marked.end(), true) == marked.end()) {
            return false;
        }
        std::size_t first = 0;
        if (tokens.size() > window) {
            // Each window starting a few words before a match; the one with the most phrases wins.
            std::size_t bestCount = 0;
            std::vector<bool> seen(expression.phrases.size(), false); // the phrases in one window
            for (std::size_t at = 0; at < tokens.size(); ++at) {
                if (phraseAt[at] < 0) {
                    continue;
                }
                const std::size_t start = std::min(at > kSnippetLead ? at - kSnippetLead : 0, tokens.size() - window);
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
        }
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
                hit.highlights.back().end = stop; // one phrase, one mark: "charley horse"
            } else {
                hit.highlights.push_back({begin, stop});
            }
        }
        if (end < tokens.size()) {
            hit.snippet += "…";
        }
        return true;
    }

    // The articles that have the query's words in their title, aliases or summary, best first by
    // those fields alone: from article_head_fts, whose postings are short, so a common word ranks a
    // few thousand articles rather than tens of thousands.
    std::vector<std::pair<std::int64_t, double>> headMatches(const Clause& expression,
                                                             const std::optional<std::string>& kind, int limit,
                                                             const char* columns) {
        std::string headExpression = std::string(columns) + " : " + expression.expression;
        std::string tree = expression.tree;
        if (kind) {
            // The kind is a word of its own column, matched as one more phrase. It weighs nothing
            // (the column's weight is 0) and "~1" spares counting the articles of that kind.
            headExpression = "(" + headExpression + ") AND {kind} : " + ftsString(*kind);
            tree = "S(" + tree + "," + std::to_string(expression.phraseCount) + "~1)";
        }
        std::vector<std::pair<std::int64_t, double>> out;
        loadHeadLengths();
        matchHead.reset();
        matchHead.bind(1, headExpression)
            .bind(2, searchRankCall(tree, kSearchHeadColumnWeights, kSearchHeadLengthWeights, headRankFunction))
            .bind(3, limit);
        while (matchHead.step()) {
            out.emplace_back(matchHead.int64(0), -matchHead.real(1));
        }
        matchHead.reset();
        return out;
    }

    std::vector<Candidate> run(const Clause& expression, const Words& query, const SearchOptions& options,
                               bool withBoosts) {
        std::vector<Candidate> out;
        if (expression.expression.empty()) {
            return out;
        }
        const std::optional<std::string> kind =
            options.kind ? std::optional<std::string>(std::string(kindName(*options.kind))) : std::nullopt;
        // At least a page of tier-1 candidates even when fewer hits are asked for: an article the
        // query names is lifted by its boost, and must be among the candidates to be lifted.
        const int wanted = std::max(options.limit, kMinHeadCandidates);
        // Tier 0, the articles whose title or other names have the words: for a common word these
        // are a page long already, and the summaries' thousands more need no ranking.
        for (const auto& [rowid, score] : headMatches(expression, kind, wanted, kSearchNameColumns)) {
            Candidate candidate;
            candidate.rowid = rowid;
            candidate.tier = 0;
            candidate.hit.score = score;
            out.push_back(std::move(candidate));
        }
        // Tier 1, the title, aliases and summary together.
        if (out.size() < static_cast<std::size_t>(wanted)) {
            const std::size_t inTierZero = out.size();
            // No structured binding here: clang does not let the lambda below capture one.
            for (const auto& head : headMatches(expression, kind, wanted + static_cast<int>(inTierZero), kSearchHeadColumns)) {
                const std::int64_t rowid = head.first;
                const double score = head.second;
                if (std::none_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(inTierZero),
                                 [&](const Candidate& c) { return c.rowid == rowid; })) {
                    Candidate candidate;
                    candidate.rowid = rowid;
                    candidate.tier = 1;
                    candidate.hit.score = score;
                    out.push_back(std::move(candidate));
                }
            }
        }
        // Tier 2, when the head index does not fill the page: every article with the words anywhere.
        if (out.size() < static_cast<std::size_t>(options.limit)) {
            Statement& match = kind ? matchKind : matchAll;
            match.reset();
            match.bind(1, expression.expression).bind(3, options.limit + static_cast<int>(out.size()));
            if (kind) {
                match.bind(2, *kind);
            }
            match.bind(4, searchRankCall(expression.tree, kSearchColumnWeights, kSearchLengthWeights));
            const std::size_t inTierOne = out.size();
            while (match.step()) {
                const std::int64_t rowid = match.int64(0);
                if (std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(inTierOne),
                                [&](const Candidate& c) { return c.rowid == rowid; })) {
                    continue;
                }
                Candidate candidate;
                candidate.rowid = rowid;
                candidate.tier = 2;
                candidate.hit.score = -match.real(1);
                out.push_back(std::move(candidate));
            }
            match.reset();
        }
        if (withBoosts) {
            double best = 0;
            for (const auto& candidate : out) {
                best = std::max(best, candidate.hit.score);
            }
            const double scale = best > 0 ? best : 1.0;
            for (const auto& entry : boosts(query)) {
                const std::int64_t rowid = entry.first;
                const Boost& boost = entry.second;
                auto found =
                    std::find_if(out.begin(), out.end(), [&](const Candidate& c) { return c.rowid == rowid; });
                if (found != out.end()) {
                    found->hit.score += boost.value * scale;
                    found->tier = 0; // the query names it: its title or an alias
                    continue;
                }
                // An article the query names is shown even when it is not among the hits (or does
                // not have every word); a part of the query naming one only lifts it among the hits.
                if (!boost.namesArticle) {
                    continue;
                }
                // Read (and its snippet cut) only if it makes the page, like every other candidate: a
                // common word names dozens of articles through its synonyms.
                if (kind && !hasKind(rowid, *kind)) {
                    continue;
                }
                Candidate candidate;
                candidate.rowid = rowid;
                candidate.tier = 0;
                candidate.hit.score = boost.value * scale;
                out.push_back(std::move(candidate));
            }
        }
        sortAndCut(out, static_cast<std::size_t>(options.limit));
        for (auto& candidate : out) {
            if (!candidate.fetched) {
                const double score = candidate.hit.score;
                if (auto read = fetch(expression, candidate.rowid)) {
                    candidate = std::move(*read);
                    candidate.hit.score = score;
                }
            }
        }
        // An article gone from the table between the two reads cannot happen in a read-only
        // database; a hit without an id would still never be shown.
        out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.hit.id.empty(); }),
                  out.end());
        return out;
    }

    bool hasKind(std::int64_t rowid, const std::string& kind) {
        kindRow.reset();
        kindRow.bind(1, rowid);
        const bool same = kindRow.step() && kindRow.text(0) == kind;
        kindRow.reset();
        return same;
    }

    // One article by rowid, with its summary as the snippet (the query's words marked in it).
    std::optional<Candidate> fetch(const Clause& expression, std::int64_t rowid) {
        plainRow.reset();
        plainRow.bind(1, rowid);
        if (!plainRow.step()) {
            plainRow.reset();
            return std::nullopt;
        }
        Candidate candidate;
        candidate.rowid = rowid;
        candidate.fetched = true;
        candidate.hit.id = plainRow.text(0);
        candidate.hit.kind = kindFromName(plainRow.text(1)).value_or(ArticleKind::Page);
        candidate.hit.title = plainRow.text(2);
        const std::string summary = plainRow.text(3);
        plainRow.reset();
        // The summary when it has the words; else the body's passage that has them, or the
        // details'; else (matched on the title or an alias) the summary says what the article is.
        if (textSnippet(expression, summary, kSummarySnippetWords, candidate.hit)) {
            return candidate;
        }
        bodyRow.reset();
        bodyRow.bind(1, rowid);
        const bool found = bodyRow.step() &&
                           (textSnippet(expression, bodyRow.text(0), kBodySnippetWords, candidate.hit) ||
                            textSnippet(expression, bodyRow.text(1), kBodySnippetWords, candidate.hit));
        bodyRow.reset();
        if (!found) {
            candidate.hit.snippet = summary;
            candidate.hit.highlights.clear();
        }
        return candidate;
    }

    static void sortAndCut(std::vector<Candidate>& hits, std::size_t limit) {
        std::stable_sort(hits.begin(), hits.end(), [](const Candidate& a, const Candidate& b) {
            if (a.tier != b.tier) {
                return a.tier < b.tier;
            }
            if (a.hit.score != b.hit.score) {
                return a.hit.score > b.hit.score;
            }
            return a.rowid < b.rowid; // the compiler's order; titles are not read yet
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

    // --- foods ----------------------------------------------------------------------------------

    // The process's one food finder, asked for on the first search that names a food (shared_finder.h).
    const foods::FoodFinder* finder() {
        if (!foodsChecked) {
            foodsChecked = true;
            foodFinder = foods::sharedFoodFinder(db);
        }
        return foodFinder.get();
    }

    // The USDA foods whose own name has every word of the query that could name a food ("banana",
    // "sweet pot"), generic foods only, those USDA flags as commonly eaten first. The finder's lookup
    // forgives typos and finds a word anywhere in a name; here "heat" must not list wheat, nor fish
    // "cooked, dry heat": each word must be one of the words that name the food (foodNameWords).
    std::vector<SearchHit> foodHits(const Words& query, std::size_t limit) {
        std::vector<SearchHit> out;
        if (limit == 0) {
            return out;
        }
        std::vector<std::string> kept;
        for (const auto& word : query.words) {
            if (!isStopword(word) && !isGeneralFoodWord(word) && !foods::FoodFinder::namesNutrient(word)) {
                kept.push_back(word);
            }
        }
        if (kept.empty()) {
            return out;
        }
        const bool typing = query.typingLast && kept.back() == query.words.back();
        const std::string text = joinWords(kept, 0, kept.size());
        const auto wanted = foods::FoodSearchIndex::queryTerms(text);
        // "charley horse": no food's name has "charley", so the food data is not even loaded.
        if (wanted.empty() || !foods::foodNamesMayMatch(db, wanted, typing)) {
            return out;
        }
        const foods::FoodFinder* foods = finder();
        if (!foods) {
            return out;
        }
        struct Found {
            foods::FoodMatch match;
            std::size_t otherWords = 0; // name words the query does not have: fewer is a closer match
            std::size_t parts = 0;      // comma-separated parts of the USDA name: fewer is a plainer food
            bool whole = true;          // the last word typed is a whole word of the name, not only its start
        };
        std::vector<Found> found;
        for (auto& match : foods->lookup(text, kFoodCandidates)) {
            if (match.hiddenByDefault) {
                continue;
            }
            auto names = foods::foodNameWords(match.description, foods::ClassWord::Include);
            const auto parts = foods::nameParts(match.description);
            // Name words the query does not have (a closer match has fewer), the whole first part
            // counted: "Milk and cereal bar" is further from "milk" than "Milk, fluid".
            const std::size_t nameLength = std::max(names.size(), foods::searchWords(parts.front()).size());
            const std::size_t other = nameLength > wanted.size() ? nameLength - wanted.size() : 0;
            for (const auto& part : foods::nameParts(match.commonName)) {
                for (const auto& word : foods::searchWords(part)) {
                    names.push_back(foods::stemWord(word));
                }
            }
            const auto has = [&](const std::string& term, bool start) {
                return std::any_of(names.begin(), names.end(),
                                   [&](const std::string& name) { return start ? name.starts_with(term) : name == term; });
            };
            bool all = true;
            for (std::size_t i = 0; i < wanted.size() && all; ++i) {
                all = has(wanted[i], typing && i + 1 == wanted.size());
            }
            if (all) {
                const bool whole = !typing || has(wanted.back(), false); // "egg": Egg before Eggnog
                found.push_back({std::move(match), other, parts.size(), whole});
            }
        }
        std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
            if (a.whole != b.whole) {
                return a.whole;
            }
            if (a.match.inSurvey != b.match.inSurvey) {
                return a.match.inSurvey;
            }
            if (a.match.hasCommonPortion != b.match.hasCommonPortion) {
                return a.match.hasCommonPortion; // eaten as it is, not an ingredient (dried, raw)
            }
            if (a.otherWords != b.otherWords) {
                return a.otherWords < b.otherWords;
            }
            if (a.parts != b.parts) {
                return a.parts < b.parts; // "Nuts, almonds" before "Nuts, almonds, blanched"
            }
            return a.match.description.size() < b.match.description.size();
        });
        for (std::size_t i = 0; i < found.size() && out.size() < limit; ++i) {
            SearchHit hit;
            hit.type = SearchHit::Type::Food;
            hit.id = found[i].match.usdaId;
            hit.title = found[i].match.description;
            hit.snippet = foodSnippet(*foods, hit.id);
            hit.score = found[i].match.score;
            out.push_back(std::move(hit));
        }
        return out;
    }

    // What a usual portion gives, richest first by share of the Daily Value: "1 medium (118 g):
    // potassium 422 mg (9% DV), magnesium 32 mg (8% DV) … 105 kcal". Per 100 g without a usual portion.
    static std::string foodSnippet(const foods::FoodFinder& foods, const std::string& usdaId) {
        const auto profile = foods.profile(usdaId);
        if (!profile) {
            return {};
        }
        const std::vector<foods::NutrientAmount>* amounts = &profile->per100g;
        std::string text = "100 g";
        if (!profile->portions.empty() && profile->portions.front().common) {
            const auto& portion = profile->portions.front();
            amounts = &portion.amounts;
            text = foods::portionWithGrams(foods::shortPortion(portion.text), portion.grams);
        }
        std::vector<const foods::NutrientAmount*> shown;
        const foods::NutrientAmount* energy = nullptr;
        for (const auto& amount : *amounts) {
            if (amount.key == "energy" && amount.amount) {
                energy = &amount;
            } else if (amount.amount && *amount.amount > 0 && amount.percentDailyValue) { // none: not worth a word
                shown.push_back(&amount);
            }
        }
        std::stable_sort(shown.begin(), shown.end(), [](const auto* a, const auto* b) {
            return *a->percentDailyValue > *b->percentDailyValue;
        });
        text += ":";
        for (std::size_t i = 0; i < shown.size(); ++i) {
            text += (i == 0 ? " " : ", ") + nutrientInText(shown[i]->name) + " " +
                    foods::formatAmount(shown[i]->amount, shown[i]->unit) + " (" +
                    foods::formatPercent(shown[i]->percentDailyValue) + " DV)";
        }
        if (energy) {
            text += (shown.empty() ? " " : ", ") + foods::formatAmount(energy->amount, energy->unit);
        }
        return text;
    }

    Database& db;
    WordTokenizer tokenizer;
    WordTokenizer stemmer;
    Statement matchAll;
    Statement matchKind;
    Statement matchHead;
    Statement plainRow;
    Statement bodyRow;
    Statement kindRow;
    Statement exact;
    Statement exactPrefix;

    std::vector<std::vector<std::vector<std::string>>> groups; // group → terms → words
    std::unordered_map<std::string, std::vector<std::size_t>> phraseGroups;
    std::size_t maxPhraseWords = 1;

    bool headLengthsLoaded = false;
    std::string headRankFunction = "carebook_rank"; // or, with the lengths in memory, kHeadRankFunction
    bool vocabularyLoaded = false;
    std::vector<std::string> vocabulary; // sorted
    std::vector<std::uint32_t> documents;
    std::vector<char> lay;
    std::vector<std::uint32_t> masks;
    std::vector<std::uint32_t> heads; // letters among the first kMaxSlips + 1 characters
    std::vector<std::uint32_t> tails; // … and among the last
    std::vector<std::uint8_t> lengths;       // of each vocabulary word, in bytes (capped at 255)
    std::vector<std::uint32_t> correctable;  // the words a correction may give: ASCII, 3 letters or more

    bool foodsChecked = false;
    std::shared_ptr<const foods::FoodFinder> foodFinder; // asked for on the first search that may list foods

    std::set<std::string> terms; // collected while building expressions
    std::size_t nextPhrase = 0;  // phrase number of the next phrase added to an expression
    std::vector<Alternative> emitted; // the phrases of the expression being built, in number order
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
    const ReadSnapshot snapshot(state.db);
    if (options.onlyFoods) {
        result.foods = state.foodHits(query, static_cast<std::size_t>(options.limit));
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
    if (!options.kind && options.foodLimit > 0) {
        // The foods of the words the articles were found for: corrected when the correction was applied.
        Words named = query;
        if (outcome.correctionApplied) {
            named.words.clear();
            for (auto& word : state.tokenizer.words(outcome.didYouMean)) {
                named.words.push_back(std::move(word.text));
            }
        }
        result.foods = state.foodHits(named, static_cast<std::size_t>(std::min(options.foodLimit, 1000)));
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
        const bool inHighlight = std::any_of(hit.highlights.begin(), hit.highlights.end(), [&](const SnippetHighlight& h) {
            return h.begin < at && at < h.end;
        });
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
