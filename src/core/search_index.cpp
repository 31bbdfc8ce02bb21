// SPDX-License-Identifier: MIT
#include "search_index.h"

#include <algorithm>
#include <limits>

namespace carebook {

using nlohmann::json;

namespace {

constexpr const char* kSearchSchemaSql = R"sql(
CREATE VIRTUAL TABLE article_fts USING fts5(
    id UNINDEXED, kind UNINDEXED, title, aliases, summary, body, details,
    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE article_head_fts USING fts5(
    title, aliases, summary, kind, content = '',
    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE search_vocabulary(
    word TEXT PRIMARY KEY,
    documents INTEGER NOT NULL,     -- articles that use the word
    lay INTEGER NOT NULL            -- 1 when a title, alias or synonym uses it
) WITHOUT ROWID;
CREATE TABLE search_exact(
    key TEXT NOT NULL,              -- a title or alias, normalised (folded words joined by one space)
    article_rowid INTEGER NOT NULL,
    field INTEGER NOT NULL,         -- 0 title, 1 alias
    PRIMARY KEY(key, article_rowid)
) WITHOUT ROWID;
)sql";

// Vocabulary words longer than this are identifiers or URLs, never something a person misspells.
constexpr std::size_t kMaxVocabularyWord = 40;

Database& createSearchSchema(Database& db) {
    db.exec(kSearchSchemaSql);
    // Bulk load: no incremental merging while rows go in (each level would be rewritten again and
    // again); finish() merges everything once with 'optimize'. Saves a sixth of a large build.
    db.exec("INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 0);"
            "INSERT INTO article_fts(article_fts, rank) VALUES('crisismerge', 2000)");
    return db;
}

void appendText(std::string& out, const json& value) {
    if (value.is_string()) {
        if (!out.empty()) {
            out += '\n';
        }
        out += value.get<std::string>();
    } else if (value.is_array()) {
        for (const auto& item : value) {
            appendText(out, item);
        }
    }
}

std::string joinStrings(const json& data, const char* key) {
    std::string out;
    if (data.contains(key)) {
        appendText(out, data.at(key));
    }
    return out;
}

// Everything authored beyond title, summary and body that a person might search for.
std::string detailsText(const LoadedArticle& article, const std::map<std::string, std::string>& redFlagText) {
    const auto& data = article.data;
    std::string out;
    for (const char* key : {"steps", "timing", "cautions", "avoid_if", "guideline_note", "risk_factors",
                            "prevention", "food_examples", "do_not_supplement_without_advice"}) {
        if (data.contains(key)) {
            appendText(out, data.at(key));
        }
    }
    if (data.contains("remedies")) {
        for (const auto& item : data.at("remedies")) {
            if (item.contains("note")) {
                appendText(out, item.at("note"));
            }
        }
    }
    // A symptom's warning signs are searchable from the symptom, so "numb leg" or "can't pee"
    // reaches the page that shows when to seek care.
    if (data.contains("red_flags")) {
        for (const auto& flag : data.at("red_flags")) {
            const auto found = redFlagText.find(flag.get<std::string>());
            if (found != redFlagText.end()) {
                out += out.empty() ? "" : "\n";
                out += found->second;
            }
        }
    }
    return out;
}

// The snippet markers (U+0001, U+0002) and other control characters must never come from content.
std::string clean(const std::string& text) {
    return sanitizeSearchText(joinLines(text), std::numeric_limits<std::size_t>::max());
}

} // namespace

SearchIndexWriter::SearchIndexWriter(Database& db, const LoadedContent& content)
    : m_db(createSearchSchema(db)),
      m_content(content),
      m_tokenizer(db),
      m_insertFts(db.prepare(
          "INSERT INTO article_fts(rowid, id, kind, title, aliases, summary, body, details) VALUES(?,?,?,?,?,?,?,?)")),
      m_insertHead(db.prepare("INSERT INTO article_head_fts(rowid, title, aliases, summary, kind) VALUES(?,?,?,?,?)")),
      m_insertExact(db.prepare("INSERT OR IGNORE INTO search_exact(key, article_rowid, field) VALUES(?,?,?)")) {
    for (const auto& flag : content.redFlags) {
        m_redFlagText.emplace(flag.value("id", ""), flag.value("text", ""));
    }
}

SearchIndexWriter::VocabularyEntry& SearchIndexWriter::vocabularyEntry(std::string_view word) {
    // FNV-1a: words are short, and this is faster than a general-purpose string hash here.
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : word) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    std::size_t mask = m_vocabulary.size() - 1;
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (m_vocabulary[slot].length != 0) {
        const auto& entry = m_vocabulary[slot];
        if (entry.hash == hash && entry.length == word.size() &&
            std::string_view(m_words).substr(entry.offset, entry.length) == word) {
            return m_vocabulary[slot];
        }
        slot = (slot + 1) & mask;
    }
    if ((m_vocabularySize + 1) * 2 > m_vocabulary.size()) {
        // Keep the table at most half full: grow, re-insert, and find the new word's slot again.
        std::vector<VocabularyEntry> grown(m_vocabulary.size() * 2);
        mask = grown.size() - 1;
        for (const auto& entry : m_vocabulary) {
            if (entry.length != 0) {
                std::size_t at = static_cast<std::size_t>(entry.hash) & mask;
                while (grown[at].length != 0) {
                    at = (at + 1) & mask;
                }
                grown[at] = entry;
            }
        }
        m_vocabulary = std::move(grown);
        slot = static_cast<std::size_t>(hash) & mask;
        while (m_vocabulary[slot].length != 0) {
            slot = (slot + 1) & mask;
        }
    }
    auto& entry = m_vocabulary[slot];
    entry.hash = hash;
    entry.offset = static_cast<std::uint32_t>(m_words.size());
    entry.length = static_cast<std::uint32_t>(word.size());
    m_words.append(word);
    ++m_vocabularySize;
    return entry;
}

void SearchIndexWriter::countWords(std::string_view text, std::int64_t rowid, bool lay) {
    m_tokenizer.forEachWord(text, [&](std::string_view word) {
        if (word.size() < 2 || word.size() > kMaxVocabularyWord) {
            return;
        }
        auto& entry = vocabularyEntry(word);
        if (rowid >= 0 && entry.lastRow != rowid) {
            entry.lastRow = rowid;
            ++entry.documents;
        }
        entry.lay = entry.lay || lay;
    });
}

void SearchIndexWriter::addExact(const std::string& key, std::int64_t rowid, int field) {
    if (key.empty()) {
        return;
    }
    m_insertExact.bind(1, key).bind(2, rowid).bind(3, field);
    m_insertExact.run();
}

void SearchIndexWriter::addArticle(std::int64_t rowid, const LoadedArticle& article) {
    const auto& data = article.data;
    const std::string title = clean(data.at("title").get<std::string>());
    const std::string aliases = clean(joinStrings(data, "aliases"));
    const std::string summary = clean(data.at("summary").get<std::string>());
    const std::string body = clean(article.rendered.plainText);
    const std::string details = clean(detailsText(article, m_redFlagText));

    m_insertFts.bind(1, rowid)
        .bind(2, article.id)
        .bind(3, kindName(article.kind))
        .bind(4, title)
        .bind(5, aliases)
        .bind(6, summary)
        .bind(7, body)
        .bind(8, details);
    m_insertFts.run();
    m_insertHead.bind(1, rowid).bind(2, title).bind(3, aliases).bind(4, summary).bind(5, kindName(article.kind));
    m_insertHead.run();

    countWords(title, rowid, true);
    countWords(aliases, rowid, true);
    countWords(summary, rowid, false);
    countWords(body, rowid, false);
    countWords(details, rowid, false);

    // Titles first so that a key both a title and an alias counts as the title.
    addExact(m_tokenizer.normalize(title), rowid, 0);
    if (const auto open = title.find('('); open != std::string::npos && open > 0) {
        // "Cold therapy (ice pack)": "cold therapy" names the article as much as the full title,
        // and "ice pack" is as good as an alias.
        addExact(m_tokenizer.normalize(std::string_view(title).substr(0, open)), rowid, 0);
        addExact(m_tokenizer.normalize(std::string_view(title).substr(open)), rowid, 1);
    }
    for (const auto& alias : data.value("aliases", json::array())) {
        addExact(m_tokenizer.normalize(alias.get<std::string>()), rowid, 1);
    }
}

void SearchIndexWriter::finish() {
    for (const auto& group : m_content.synonymGroups) {
        for (const auto& term : group) {
            countWords(term, -1, true);
        }
    }
    std::vector<const VocabularyEntry*> sorted;
    sorted.reserve(m_vocabularySize);
    for (const auto& entry : m_vocabulary) {
        if (entry.length != 0) {
            sorted.push_back(&entry);
        }
    }
    const auto wordOf = [&](const VocabularyEntry* entry) {
        return std::string_view(m_words).substr(entry->offset, entry->length);
    };
    std::sort(sorted.begin(), sorted.end(), [&](const auto* a, const auto* b) { return wordOf(a) < wordOf(b); });
    auto insert = m_db.prepare("INSERT INTO search_vocabulary(word, documents, lay) VALUES(?,?,?)");
    for (const auto* entry : sorted) {
        insert.bind(1, wordOf(entry)).bind(2, static_cast<std::int64_t>(entry->documents)).bind(3, entry->lay ? 1 : 0);
        insert.run();
    }
    m_db.exec("INSERT INTO article_head_fts(article_head_fts) VALUES('optimize');"
              "INSERT INTO article_fts(article_fts) VALUES('optimize');"
              "INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 4);" // FTS5's defaults again
              "INSERT INTO article_fts(article_fts, rank) VALUES('crisismerge', 16)");
}

} // namespace carebook
