// SPDX-License-Identifier: MIT
#include "core/search/spelling.h"

#include "core/search/text.h"
#include "core/util/database.h"
#include "core/util/edit_distance.h"

#include <algorithm>
#include <bit>
#include <optional>

namespace carebook::search {

namespace {

constexpr std::size_t kCompletions = 8;        // vocabulary words a half-typed last word expands to
constexpr std::size_t kCompletionScan = 50000; // cap on the vocabulary range scanned for them
constexpr std::size_t kMaxSlips = 2;           // a correction is at most this many edits away
constexpr std::size_t kSureTwoSlipsLength = 8; // a correction of two slips is applied only in words this long

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

} // namespace

bool isAsciiWord(std::string_view word) {
    return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void Vocabulary::load() {
    if (m_loaded) {
        return;
    }
    auto rows = m_db.prepare("SELECT word, documents, lay FROM search_vocabulary ORDER BY word");
    while (rows.step()) {
        m_words.push_back(rows.text(0));
        m_documents.push_back(static_cast<std::uint32_t>(rows.int64(1)));
        m_lay.push_back(rows.int64(2) != 0);
        const std::string& word = m_words.back();
        m_masks.push_back(letterMask(word));
        m_heads.push_back(headMask(word, kMaxSlips + 1));
        m_tails.push_back(tailMask(word, kMaxSlips + 1));
        m_lengths.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(word.size(), 255)));
        if (word.size() >= 3 && word.size() < 255 && isAsciiWord(word)) {
            m_correctable.push_back(static_cast<std::uint32_t>(m_words.size() - 1));
        }
    }
    m_loaded = true;
}

std::size_t Vocabulary::firstWithPrefix(std::string_view prefix) {
    load();
    return static_cast<std::size_t>(
        std::lower_bound(m_words.begin(), m_words.end(), prefix,
                         [](const std::string& a, std::string_view b) { return std::string_view(a) < b; }) -
        m_words.begin());
}

bool Vocabulary::has(const std::string& word, bool asPrefix) {
    const std::size_t at = firstWithPrefix(word);
    if (at >= m_words.size()) {
        return false;
    }
    return asPrefix ? m_words[at].rfind(word, 0) == 0 : m_words[at] == word;
}

std::vector<std::pair<std::string, double>> Vocabulary::completions(const std::string& prefix, bool& truncated) {
    std::vector<std::size_t> found;
    std::size_t scanned = 0;
    for (std::size_t i = firstWithPrefix(prefix);
         i < m_words.size() && m_words[i].rfind(prefix, 0) == 0 && scanned < kCompletionScan; ++i, ++scanned) {
        if (m_words[i].size() > prefix.size()) {
            found.push_back(i);
        }
    }
    const auto better = [&](std::size_t a, std::size_t b) {
        return m_documents[a] != m_documents[b] ? m_documents[a] > m_documents[b] : a < b;
    };
    const std::size_t keep = std::min(kCompletions, found.size());
    truncated = found.size() > keep || scanned == kCompletionScan;
    std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(keep), found.end(), better);
    std::vector<std::pair<std::string, double>> out;
    for (std::size_t i = 0; i < keep; ++i) {
        out.emplace_back(m_words[found[i]], static_cast<double>(m_documents[found[i]]));
    }
    return out;
}

std::int64_t Vocabulary::phraseDocuments(const std::vector<std::string>& phrase, bool prefix) {
    load();
    std::int64_t fewest = -1;
    for (const auto& word : phrase) {
        std::int64_t documentsOfWord = -1;
        const std::size_t at = firstWithPrefix(word);
        if (prefix) {
            for (std::size_t i = at; i < m_words.size() && m_words[i].rfind(word, 0) == 0 && i < at + kCompletionScan;
                 ++i) {
                documentsOfWord = std::max<std::int64_t>(documentsOfWord, m_documents[i]);
            }
        } else if (at < m_words.size() && m_words[at] == word) {
            documentsOfWord = m_documents[at];
        }
        if (documentsOfWord < 0) {
            return -1;
        }
        fewest = fewest < 0 ? documentsOfWord : std::min(fewest, documentsOfWord);
    }
    return fewest;
}

// The word being corrected, with what decides most candidates without reading them.
struct Vocabulary::Probe {
    const std::string& word;
    std::size_t limit = 0; // slips allowed
    bool asPrefix = false;
    std::uint32_t mask = 0;
    std::uint32_t head = 0;
    std::uint32_t tail = 0;
    std::optional<SlipDistance> slips; // the bit-parallel distance, for a word up to 64 bytes
};

// The slips from the probe to vocabulary word `candidate` (to its start too, while typing, plus
// one), or more than the limit; most of the vocabulary is decided on two integers, without
// reading the word.
std::size_t Vocabulary::slipsTo(std::uint32_t candidate, const Probe& probe) const {
    const std::size_t limit = probe.limit;
    const std::size_t size = m_lengths[candidate];
    const std::string& word = probe.word;
    std::size_t distance = limit + 1;
    const std::size_t lengthGap = size > word.size() ? size - word.size() : word.size() - size;
    if ((probe.head & m_heads[candidate]) == 0) {
        return distance; // (a start of the word begins as the word does)
    }
    const bool whole = lengthGap <= limit && (probe.tail & m_tails[candidate]) != 0 &&
                       static_cast<std::size_t>(std::popcount(probe.mask ^ m_masks[candidate])) <= 2 * limit;
    const bool start = probe.asPrefix && size > word.size() &&
                       static_cast<std::size_t>(std::popcount(probe.mask & ~m_masks[candidate])) <= limit;
    if (!whole && !start) {
        return distance;
    }
    const std::string_view other = m_words[candidate];
    if (probe.slips) {
        // One pass gives both: the distance to the word and to its start.
        const auto found = probe.slips->distances(whole ? other : other.substr(0, word.size()), word.size());
        if (whole) {
            distance = found.toWhole;
        }
        if (start && distance > limit) {
            distance = found.toStart + 1;
        }
        return distance;
    }
    if (whole) {
        distance = boundedSlipDistance(word, other, limit);
    }
    if (start && distance > limit) {
        distance = boundedSlipDistance(word, other.substr(0, word.size()), limit) + 1;
    }
    return distance;
}

// Between corrections as close: a lay word (titles, aliases, synonyms) is what people mean; then
// the more used word.
bool Vocabulary::betterCorrection(std::size_t candidate, std::size_t distance, std::size_t best,
                                  std::size_t bestDistance) const {
    if (best == m_words.size() || distance != bestDistance) {
        return distance < bestDistance;
    }
    if (m_lay[candidate] != m_lay[best]) {
        return static_cast<bool>(m_lay[candidate]);
    }
    return m_documents[candidate] > m_documents[best];
}

Vocabulary::Correction Vocabulary::correction(const std::string& word, bool asPrefix) {
    load();
    // Two slips only in a long word: in a short one two slips make another word ("title" → "time").
    const std::size_t limit = word.size() <= 5 ? 1 : kMaxSlips;
    Probe probe{word, limit, asPrefix, letterMask(word), headMask(word, limit + 1), tailMask(word, limit + 1), {}};
    if (word.size() <= SlipDistance::kMaxWord) {
        probe.slips.emplace(word);
    }
    std::size_t best = m_words.size();
    std::size_t bestDistance = limit + 1;
    for (const std::uint32_t i : m_correctable) {
        const std::size_t distance = slipsTo(i, probe);
        if (distance <= limit && betterCorrection(i, distance, best, bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best == m_words.size() ? Correction{} : Correction{m_words[best], bestDistance};
}

CorrectedQuery correctedQuery(const Words& query, const Synonyms& synonyms, Vocabulary& vocabulary) {
    CorrectedQuery out{query, false, true};
    auto& words = out.query.words;
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto& word = words[i];
        const bool asPrefix = query.typingLast && i + 1 == words.size();
        if (word.size() < 3 || !isAsciiWord(word) || isStopword(word) ||
            isKnownWord(synonyms, vocabulary, word, asPrefix)) {
            continue;
        }
        if (auto found = vocabulary.correction(word, asPrefix); !found.word.empty()) {
            out.sure = out.sure && (found.distance <= 1 || (found.distance == 2 && word.size() >= kSureTwoSlipsLength));
            word = std::move(found.word);
            out.changed = true;
        }
    }
    return out;
}

} // namespace carebook::search
