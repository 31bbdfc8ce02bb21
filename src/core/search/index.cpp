// SPDX-License-Identifier: MIT
#include "core/search/index.h"

#include "core/content/schema.h"
#include "core/util/text.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>

namespace carebook {

namespace {


// Vocabulary words longer than this are identifiers or URLs, never something a person misspells.
constexpr std::size_t kMaxVocabularyWord = 40;

// FTS5 collects new postings in memory and writes them out as a segment each time they pass this
// many bytes (1 MB by default). At 1 MB a large build writes hundreds of small segments, each
// sorted, written and then merged again by 'optimize'; at 256 MB the whole index of 100,000
// articles is written in a few segments. Reset to the default once the index is built.
constexpr int kBuildHashSize = 256 * 1024 * 1024;
constexpr int kDefaultHashSize = 1024 * 1024;

// Adds a paragraph (or each of a list's items) to `out`, one per line.
void appendText(std::string& out, const std::string& text) {
    if (!out.empty()) {
        out += '\n';
    }
    out += text;
}

void appendText(std::string& out, const std::vector<std::string>& texts) {
    for (const auto& text : texts) {
        appendText(out, text);
    }
}

void appendOptionalText(std::string& out, const std::string& text) {
    if (!text.empty()) {
        appendText(out, text);
    }
}

// Everything authored beyond title, summary and body that a person might search for.
std::string detailsText(const LoadedArticle& article, const RedFlagTexts& redFlagText) {
    const ArticleContent& content = article.content;
    std::string out;
    if (const auto* remedy = content.remedy()) {
        appendText(out, remedy->steps);
        appendOptionalText(out, remedy->timing);
        appendText(out, remedy->cautions);
        appendText(out, remedy->avoidIf);
        appendOptionalText(out, remedy->guidelineNote);
    }
    if (const auto* cause = content.cause()) {
        appendText(out, cause->riskFactors);
        appendText(out, cause->prevention);
    }
    if (const auto* nutrient = content.nutrient()) {
        // A list of names, not sentences: one sentence of them, so a snippet reads "Bananas,
        // Avocado, Spinach." rather than "Bananas Avocado Spinach People with…".
        if (!nutrient->foodExamples.empty()) {
            appendText(out, join(nutrient->foodExamples, ", ") + ".");
        }
        appendText(out, nutrient->doNotSupplementWithoutAdvice);
    }
    if (const auto* symptom = content.symptom()) {
        for (const auto& item : symptom->remedies) {
            appendOptionalText(out, item.note);
        }
        // A symptom's warning signs are searchable from the symptom, so "numb leg" or "can't pee"
        // reaches the page that shows when to seek care.
        for (const auto& flag : article.redFlagIds) { // its sets expanded (loader.h)
            const auto found = redFlagText.find(flag);
            if (found != redFlagText.end()) {
                appendText(out, found->second);
            }
        }
    }
    return out;
}

// The snippet markers (U+0001, U+0002) and other control characters must never come from content.
std::string clean(const std::string& text, bool keepLineBreaks = false) {
    return sanitizeSearchText(text, std::numeric_limits<std::size_t>::max(), keepLineBreaks);
}

// A fast hash for short words: eight bytes at a time, then MurmurHash3's finaliser so that the low
// bits (the slot) depend on every byte.
std::uint64_t hashWord(std::string_view word) {
    std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ word.size();
    std::size_t at = 0;
    for (; at + 8 <= word.size(); at += 8) {
        std::uint64_t chunk = 0;
        std::memcpy(&chunk, word.data() + at, 8);
        hash = (hash ^ chunk) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    std::uint64_t tail = 0; // the last 0 to 7 bytes, without a call to memcpy of a variable size
    for (unsigned shift = 0; at < word.size(); ++at, shift += 8) {
        tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[at])) << shift;
    }
    hash ^= tail;
    hash = (hash ^ (hash >> 33)) * 0xFF51AFD7ED558CCDull;
    hash = (hash ^ (hash >> 33)) * 0xC4CEB9FE1A85EC53ull;
    return hash ^ (hash >> 33);
}

} // namespace

RedFlagTexts redFlagTexts(const LoadedContent& content) {
    RedFlagTexts out;
    for (const auto& flag : content.redFlags) {
        out.emplace(flag.id, flag.text);
    }
    return out;
}

Statement& bindSearchColumns(Statement& statement, std::int64_t rowid, std::string_view id, ArticleKind kind,
                             const ArticleSearchText& text) {
    return statement.bind(1, rowid)
        .bind(2, id)
        .bind(3, kindName(kind))
        .bind(4, text.title)
        .bind(5, text.aliases)
        .bind(6, text.summary)
        .bind(7, text.body)
        .bind(8, text.details);
}

ArticleSearchText articleSearchText(const LoadedArticle& article, const RedFlagTexts& redFlags) {
    ArticleSearchText text;
    text.title = clean(article.content.title);
    text.aliases = clean(join(article.content.aliases, "\n"), true);
    text.summary = clean(article.content.summary);
    // Line breaks stay: the same text is the article's plain-text body (carebook show). A line break
    // separates words as a space does, and search turns it into a space in snippets.
    text.body = clean(article.rendered.plainText, true);
    text.details = clean(detailsText(article, redFlags));
    return text;
}

IndexedArticle indexedArticle(std::int64_t rowid, const LoadedArticle& article, ArticleSearchText text,
                              const WordTokenizer& tokenizer) {
    IndexedArticle out;
    out.rowid = rowid;
    out.id = article.id;
    out.kind = article.kind;
    // Titles first so that a key both a title and an alias counts as the title.
    const std::string& title = text.title;
    out.names.emplace_back(tokenizer.normalize(title), 0);
    if (const auto open = title.find('('); open != std::string::npos && open > 0) {
        // "Cold therapy (ice pack)": "cold therapy" names the article as much as the full title,
        // and "ice pack" is as good as an alias.
        out.names.emplace_back(tokenizer.normalize(std::string_view(title).substr(0, open)), 0);
        out.names.emplace_back(tokenizer.normalize(std::string_view(title).substr(open)), 1);
    }
    for (const auto& alias : article.content.aliases) {
        out.names.emplace_back(tokenizer.normalize(alias), 1);
    }
    out.text = std::move(text);
    return out;
}

namespace {

// Bulk load: no incremental merging while rows go in (each level would be rewritten again and
// again); endBulkLoad() merges everything once with 'optimize'. The compiler and the check of an
// untrusted file's index both use these two, so the index they write is the same, byte for byte.
void beginBulkLoad(Database& db) {
    db.exec("INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 0);"
            "INSERT INTO article_fts(article_fts, rank) VALUES('crisismerge', 2000);"
            "INSERT INTO article_fts(article_fts, rank) VALUES('hashsize', " +
            std::to_string(kBuildHashSize) + ")");
}

void endBulkLoad(Database& db) {
    db.exec("INSERT INTO article_head_fts(article_head_fts) VALUES('optimize');"
            "INSERT INTO article_fts(article_fts) VALUES('optimize');"
            "INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 4);" // FTS5's defaults again
            "INSERT INTO article_fts(article_fts, rank) VALUES('crisismerge', 16);"
            "INSERT INTO article_fts(article_fts, rank) VALUES('hashsize', " +
            std::to_string(kDefaultHashSize) + ")");
}

} // namespace

void createSearchSchema(Database& db) {
    db.exec(schema::kSearchTablesSql);
}

// --- the vocabulary ------------------------------------------------------------------------------

SearchIndexWriter::Vocabulary::WordTable::Entry& SearchIndexWriter::Vocabulary::WordTable::find(std::string_view word,
                                                                                              std::uint32_t hash) {
    std::size_t mask = m_entries.size() - 1;
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (m_entries[slot].length != 0) {
        const auto& entry = m_entries[slot];
        if (entry.hash == hash && entry.length == word.size() &&
            std::equal(word.begin(), word.end(), m_words.begin() + entry.offset)) { // short: inline, no call
            return m_entries[slot];
        }
        slot = (slot + 1) & mask;
    }
    if ((m_used.size() + 1) * 2 > m_entries.size()) {
        // Keep the table at most half full: grow, re-insert, and find the new word's slot again.
        std::vector<Entry> grown(m_entries.size() * 2);
        mask = grown.size() - 1;
        for (auto& used : m_used) {
            const Entry& entry = m_entries[used];
            std::size_t at = static_cast<std::size_t>(entry.hash) & mask;
            while (grown[at].length != 0) {
                at = (at + 1) & mask;
            }
            grown[at] = entry;
            used = static_cast<std::uint32_t>(at);
        }
        m_entries = std::move(grown);
        slot = static_cast<std::size_t>(hash) & mask;
        while (m_entries[slot].length != 0) {
            slot = (slot + 1) & mask;
        }
    }
    auto& entry = m_entries[slot];
    entry.hash = hash;
    entry.offset = static_cast<std::uint32_t>(m_words.size());
    entry.length = static_cast<std::uint8_t>(word.size());
    m_words.append(word);
    m_used.push_back(static_cast<std::uint32_t>(slot));
    return entry;
}

void SearchIndexWriter::Vocabulary::WordTable::clear() {
    for (const std::uint32_t slot : m_used) {
        m_entries[slot] = Entry{};
    }
    m_used.clear();
    m_words.clear();
}

void SearchIndexWriter::Vocabulary::addToArticle(std::string_view word) {
    if (word.size() >= 2 && word.size() <= kMaxVocabularyWord) {
        m_article.find(word, static_cast<std::uint32_t>(hashWord(word)));
    }
}

void SearchIndexWriter::Vocabulary::endArticle() {
    m_article.forEach(
        [&](const WordTable::Entry& entry) { ++m_all.find(m_article.word(entry), entry.hash).documents; });
    m_article.clear();
}

void SearchIndexWriter::Vocabulary::markLay(std::string_view word) {
    if (word.size() >= 2 && word.size() <= kMaxVocabularyWord) {
        m_all.find(word, static_cast<std::uint32_t>(hashWord(word))).lay = true;
    }
}

template <typename Visit>
void SearchIndexWriter::Vocabulary::forEachSorted(Visit visit) const {
    std::vector<const WordTable::Entry*> sorted;
    sorted.reserve(m_all.size());
    m_all.forEach([&](const WordTable::Entry& entry) { sorted.push_back(&entry); });
    std::sort(sorted.begin(), sorted.end(),
              [&](const auto* a, const auto* b) { return m_all.word(*a) < m_all.word(*b); });
    for (const auto* entry : sorted) {
        visit(m_all.word(*entry), entry->documents, entry->lay);
    }
}

// --- counting the vocabulary while FTS5 tokenizes ---------------------------------------------------

// Registered on the writer's connection under the name "unicode61" before article_fts is created,
// so porter's base tokenizer is this one: it runs SQLite's own unicode61 and hands each word both
// to porter (which stems it for the index) and, while a row is being indexed, to the vocabulary.
// Each text is tokenized once, and the vocabulary holds exactly the unstemmed words the index was
// built from. The schema still says 'porter unicode61 remove_diacritics 2', so a reader of the
// database uses SQLite's built-in tokenizers; only the writing connection sees this one.
struct SearchIndexWriter::CountingTokenizer {
    fts5_tokenizer base{}; // SQLite's unicode61
    void* baseContext = nullptr;
    Vocabulary* vocabulary = nullptr; // set only while a row is inserted

    struct Instance {
        CountingTokenizer* module = nullptr;
        Fts5Tokenizer* base = nullptr;
    };
    struct Forward {
        CountingTokenizer* module;
        void* context;
        int (*token)(void*, int, const char*, int, int, int);
    };

    static int create(void* context, const char** arguments, int count, Fts5Tokenizer** out) {
        auto* module = static_cast<CountingTokenizer*>(context);
        auto* instance = new (std::nothrow) Instance{module, nullptr};
        if (!instance) {
            return SQLITE_NOMEM;
        }
        const int rc = module->base.xCreate(module->baseContext, arguments, count, &instance->base);
        if (rc != SQLITE_OK) {
            delete instance;
            return rc;
        }
        *out = reinterpret_cast<Fts5Tokenizer*>(instance);
        return SQLITE_OK;
    }

    static void destroy(Fts5Tokenizer* tokenizer) {
        auto* instance = reinterpret_cast<Instance*>(tokenizer);
        instance->module->base.xDelete(instance->base);
        delete instance;
    }

    static int forward(void* pointer, int flags, const char* token, int size, int start, int end) {
        auto* forward = static_cast<Forward*>(pointer);
        if (size > 0) {
            try {
                forward->module->vocabulary->addToArticle(std::string_view(token, static_cast<std::size_t>(size)));
            } catch (const std::bad_alloc&) {
                return SQLITE_NOMEM;
            }
        }
        return forward->token(forward->context, flags, token, size, start, end);
    }

    static int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
                        int (*token)(void*, int, const char*, int, int, int)) {
        auto* instance = reinterpret_cast<Instance*>(tokenizer);
        CountingTokenizer* module = instance->module;
        if (!module->vocabulary || (flags & FTS5_TOKENIZE_DOCUMENT) == 0) {
            return module->base.xTokenize(instance->base, context, flags, text, size, token);
        }
        Forward forwardTo{module, context, token};
        return module->base.xTokenize(instance->base, &forwardTo, flags, text, size, &CountingTokenizer::forward);
    }

    static void release(void* context) { delete static_cast<CountingTokenizer*>(context); }

    // Registers the tokenizer on `db`; the connection owns it from then on.
    static CountingTokenizer* install(Database& db) {
        fts5_api* fts5 = fts5Api(db);
        auto* module = new CountingTokenizer;
        if (fts5->xFindTokenizer(fts5, "unicode61", &module->baseContext, &module->base) != SQLITE_OK) {
            delete module;
            throw DatabaseError("FTS5 has no unicode61 tokenizer");
        }
        fts5_tokenizer api{&CountingTokenizer::create, &CountingTokenizer::destroy, &CountingTokenizer::tokenize};
        if (fts5->xCreateTokenizer(fts5, "unicode61", module, &api, &CountingTokenizer::release) != SQLITE_OK) {
            delete module;
            throw DatabaseError("cannot register the vocabulary-counting tokenizer");
        }
        return module;
    }
};

// --- the writer -------------------------------------------------------------------------------------

SearchIndexWriter::SearchIndexWriter(Database& db)
    : m_db(db),
      m_tokenizer(db), // made before the counting tokenizer takes the name "unicode61"
      m_counting(CountingTokenizer::install(db)),
      m_insertFts((createSearchSchema(db),
                   db.prepare("INSERT INTO article_fts(rowid, id, kind, title, aliases, summary, body, details)"
                              " VALUES(?,?,?,?,?,?,?,?)"))),
      m_insertHead(db.prepare("INSERT INTO article_head_fts(rowid, title, aliases, summary, kind) VALUES(?,?,?,?,?)")),
      m_insertExact(db.prepare("INSERT OR IGNORE INTO search_exact(key, article_rowid, field) VALUES(?,?,?)")) {
    beginBulkLoad(db);
}

SearchIndexWriter::~SearchIndexWriter() {
    if (m_counting) {
        m_counting->vocabulary = nullptr; // the tokenizer outlives this writer: it must not count into it
    }
}

void SearchIndexWriter::addArticle(const IndexedArticle& article) {
    const ArticleSearchText& text = article.text;
    bindSearchColumns(m_insertFts, article.rowid, article.id, article.kind, text);
    // Every word FTS5 indexes in this row goes to the vocabulary (see CountingTokenizer).
    m_counting->vocabulary = &m_vocabulary;
    try {
        m_insertFts.run();
    } catch (...) {
        m_counting->vocabulary = nullptr;
        throw;
    }
    m_counting->vocabulary = nullptr;
    m_vocabulary.endArticle();
    // The head index holds the same title, aliases and summary (and the kind as a word); its words
    // are counted already, and the kind is not a word of the article.
    m_insertHead.bind(1, article.rowid)
        .bind(2, text.title)
        .bind(3, text.aliases)
        .bind(4, text.summary)
        .bind(5, kindName(article.kind));
    m_insertHead.run();

    for (const auto& [key, field] : article.names) {
        // A name's words are the words of the title and the aliases, counted already: they are lay.
        for (std::size_t start = 0; start < key.size();) {
            const std::size_t end = std::min(key.find(' ', start), key.size());
            m_vocabulary.markLay(std::string_view(key).substr(start, end - start));
            start = end + 1;
        }
        if (!key.empty()) {
            m_insertExact.bind(1, key).bind(2, article.rowid).bind(3, field);
            m_insertExact.run();
        }
    }
}

void SearchIndexWriter::finish(const std::vector<std::vector<std::string>>& synonymGroups) {
    for (const auto& group : synonymGroups) {
        for (const auto& term : group) {
            m_tokenizer.forEachWord(term, [&](std::string_view word) { m_vocabulary.markLay(word); });
        }
    }
    auto insert = m_db.prepare("INSERT INTO search_vocabulary(word, documents, lay) VALUES(?,?,?)");
    m_vocabulary.forEachSorted([&](std::string_view word, std::uint32_t documents, bool lay) {
        insert.bind(1, word).bind(2, static_cast<std::int64_t>(documents)).bind(3, lay ? 1 : 0);
        insert.run();
    });
    endBulkLoad(m_db);
}

void rebuildTextIndexes(Database& db, const std::string& sourceSchema) {
    createSearchSchema(db);
    beginBulkLoad(db);
    // The same rows in the same order as SearchIndexWriter::addArticle: the articles table holds
    // exactly the text that was indexed, and the head index takes the kind's name as its last column.
    db.exec("INSERT INTO article_fts(rowid, id, kind, title, aliases, summary, body, details) "
            "SELECT rowid, id, kind, title, aliases, summary, body, details FROM " + sourceSchema +
            ".articles ORDER BY rowid;"
            "INSERT INTO article_head_fts(rowid, title, aliases, summary, kind) "
            "SELECT rowid, title, aliases, summary, kind FROM " + sourceSchema + ".articles ORDER BY rowid");
    endBulkLoad(db);
}

} // namespace carebook
