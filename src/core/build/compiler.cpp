// SPDX-License-Identifier: MIT
#include "core/build/compiler.h"

#include "core/content/integrity.h"
#include "core/content/model_json.h"
#include "core/content/schema.h"
#include "core/util/database.h"
#include "core/foods/compiler.h"
#include "core/search/index.h"
#include "core/util/text.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <random>
#include <system_error>
#include <thread>

namespace carebook {

namespace fs = std::filesystem;

namespace {

// Empty text is stored as NULL: the column has no value rather than an empty one.
std::optional<std::string> optionalText(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

class Stopwatch {
public:
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

void insertIdList(Statement& insert, const std::string& fromId, const std::vector<std::string>& targets,
                  const char* relation, std::size_t& count) {
    int position = 0;
    for (const auto& target : targets) {
        insert.bind(1, fromId).bind(2, target).bind(3, relation).bindNull(4).bindNull(5);
        insert.bind(6, position++);
        insert.run();
        ++count;
    }
}

// Writes every table but the search index: sources and red flags first, then each article with its
// links, sources, warning signs and evidence, then the synonyms and the meta data.
class ContentTableWriter final {
public:
    ContentTableWriter(Database& db, CompileStats& stats)
        : m_db(db),
          m_stats(stats),
          m_insertArticle(db.prepare(
              "INSERT INTO articles(rowid, id, kind, title, aliases, summary, body, details, sort_order, reviewed,"
              " body_markdown, body_html, data) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")),
          m_insertLink(db.prepare(
              "INSERT INTO article_links(from_id, to_id, relation, phase, note, position) VALUES(?,?,?,?,?,?)")),
          m_insertArticleSource(
              db.prepare("INSERT INTO article_sources(article_id, source_id, position) VALUES(?,?,?)")),
          m_insertSymptomFlag(
              db.prepare("INSERT INTO symptom_red_flags(symptom_id, red_flag_id, position) VALUES(?,?,?)")) {}

    // Sources and red flags; once, before the first article.
    void begin(const LoadedContent& content) {
        if (!m_begun) {
            writeSources(content);
            writeRedFlags(content);
            m_redFlagTexts = redFlagTexts(content);
            m_begun = true;
        }
    }
    const RedFlagTexts& redFlags() const { return m_redFlagTexts; }
    void addArticle(std::int64_t rowid, const LoadedArticle& article, const ArticleSearchText& text);
    // The synonyms and the meta data (with the number of articles).
    void finish(const LoadedContent& content);

private:
    void writeSources(const LoadedContent& content);
    void writeRedFlags(const LoadedContent& content);

    Database& m_db;
    CompileStats& m_stats;
    bool m_begun = false;
    RedFlagTexts m_redFlagTexts;
    Statement m_insertArticle;
    Statement m_insertLink;
    Statement m_insertArticleSource;
    Statement m_insertSymptomFlag;
};

void ContentTableWriter::writeSources(const LoadedContent& content) {
    auto insertSource = m_db.prepare(
        "INSERT INTO sources(id, title, publisher, year, authors, url, doi, note, accessed) VALUES(?,?,?,?,?,?,?,?,?)");
    for (const auto& source : content.sources) {
        insertSource.bind(1, source.id)
            .bind(2, source.title)
            .bind(3, source.publisher)
            .bind(4, std::int64_t{source.year})
            .bind(5, optionalText(source.authors))
            .bind(6, optionalText(source.url))
            .bind(7, optionalText(source.doi))
            .bind(8, optionalText(source.note))
            .bind(9, optionalText(source.accessed));
        insertSource.run();
        ++m_stats.sources;
    }
}

void ContentTableWriter::writeRedFlags(const LoadedContent& content) {
    auto insertRedFlag =
        m_db.prepare("INSERT INTO red_flags(id, urgency, text, action, sources, short) VALUES(?,?,?,?,?,?)");
    for (const auto& flag : content.redFlags) {
        std::vector<std::string> sources;
        for (const auto& source : flag.sources) {
            sources.push_back(source.source);
        }
        insertRedFlag.bind(1, flag.id)
            .bind(2, flag.urgency)
            .bind(3, flag.text)
            .bind(4, optionalText(flag.action))
            .bind(5, join(sources, "\n"))
            .bind(6, flag.shortText);
        insertRedFlag.run();
        ++m_stats.redFlags;
    }
}

void ContentTableWriter::addArticle(std::int64_t rowid, const LoadedArticle& article, const ArticleSearchText& text) {
    const ArticleContent& content = article.content;
    // The body is stored as Markdown, HTML and plain text; articles.data has the other fields.
    bindSearchColumns(m_insertArticle, rowid, article.id, article.kind, text)
        .bind(9, content.order.value_or(0))
        .bind(10, optionalText(content.reviewed))
        .bind(11, article.markdown)
        .bind(12, article.rendered.html)
        .bind(13, storedArticleJson(content));
    m_insertArticle.run();

    int position = 0;
    for (const auto& source : content.sources) {
        m_insertArticleSource.bind(1, article.id).bind(2, source).bind(3, position++);
        m_insertArticleSource.run();
    }
    insertIdList(m_insertLink, article.id, content.related, "related", m_stats.links);
    if (const auto* symptom = content.symptom()) {
        insertIdList(m_insertLink, article.id, symptom->causes, "cause", m_stats.links);
    }
    if (const auto* remedy = content.remedy()) {
        insertIdList(m_insertLink, article.id, remedy->addresses, "addresses", m_stats.links);
    }
    insertIdList(m_insertLink, article.id, content.nutrientIds(), "nutrient", m_stats.links);
    if (const auto* symptom = content.symptom()) {
        position = 0;
        for (const auto& item : symptom->remedies) {
            m_insertLink.bind(1, article.id)
                .bind(2, item.remedy)
                .bind(3, "remedy")
                .bind(4, item.phase)
                .bind(5, optionalText(item.note))
                .bind(6, position++);
            m_insertLink.run();
            ++m_stats.links;
        }
    }
    position = 0;
    for (const auto& link : article.rendered.links) {
        if (!isArticleLink(link.target)) {
            continue;
        }
        m_insertLink.bind(1, article.id).bind(2, link.target).bind(3, "body").bindNull(4).bindNull(5);
        m_insertLink.bind(6, position++);
        m_insertLink.run();
        ++m_stats.links;
    }
    position = 0;
    for (const auto& flag : article.redFlagIds) { // its sets expanded (loader.h)
        m_insertSymptomFlag.bind(1, article.id).bind(2, flag).bind(3, position++);
        m_insertSymptomFlag.run();
    }
    ++m_stats.articles;
}

void ContentTableWriter::finish(const LoadedContent& content) {
    auto insertSynonym = m_db.prepare("INSERT INTO synonyms(group_id, term) VALUES(?, ?)");
    for (std::size_t group = 0; group < content.synonymGroups.size(); ++group) {
        for (const auto& term : content.synonymGroups[group]) {
            insertSynonym.bind(1, static_cast<std::int64_t>(group)).bind(2, term);
            insertSynonym.run();
        }
    }
    auto meta = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
    const auto setMeta = [&](const char* key, const std::string& value) {
        meta.bind(1, key).bind(2, value);
        meta.run();
    };
    setMeta("format_version", std::to_string(schema::kDatabaseFormatVersion));
    setMeta("content_schema_version", std::to_string(kContentSchemaVersion));
    setMeta("content_version", content.edition.contentVersion);
    setMeta("reviewed", content.edition.reviewed);
    setMeta("article_count", std::to_string(content.articles.size()));
}

// The rowid of the i-th article: articles are numbered from 1 in the order they were loaded.
std::int64_t articleRowid(std::size_t index) {
    return static_cast<std::int64_t>(index) + 1;
}

// Builds the search index on a thread and a database connection of its own while the main thread
// loads the content and writes the other tables: the index is the largest part of a build, and
// this way the two halves of the work share the machine's cores. Articles are handed over one by
// one as they are loaded; finish() then waits for the index to be complete.
class SearchIndexThread final {
public:
    SearchIndexThread() : m_db(Database::openMemory()), m_thread([this] { run(); }) {}
    ~SearchIndexThread() {
        if (m_thread.joinable()) {
            {
                const std::lock_guard lock(m_mutex);
                m_cancelled = true; // the build failed: stop as soon as possible
            }
            m_ready.notify_one();
            m_thread.join();
        }
    }
    SearchIndexThread(const SearchIndexThread&) = delete;
    SearchIndexThread& operator=(const SearchIndexThread&) = delete;

    void add(IndexedArticle article) {
        bool wasEmpty = false;
        {
            const std::lock_guard lock(m_mutex);
            if (m_error) {
                std::rethrow_exception(m_error); // the index failed: stop loading now, not at the end
            }
            wasEmpty = m_queue.empty();
            m_queue.push_back(std::move(article));
        }
        if (wasEmpty) {
            m_ready.notify_one();
        }
    }

    // No more articles: adds the synonyms, completes the index and waits for it. Rethrows what
    // failed on the thread. Returns the index's database.
    Database finish(const std::vector<std::vector<std::string>>& synonymGroups) {
        {
            const std::lock_guard lock(m_mutex);
            m_synonymGroups = &synonymGroups;
            m_closed = true;
        }
        m_ready.notify_one();
        m_thread.join();
        if (m_error) {
            std::rethrow_exception(m_error);
        }
        return std::move(m_db);
    }

    // Time the thread spent working, not waiting for articles. Valid after finish().
    double busySeconds() const { return m_busySeconds; }

private:
    // Waits for the next article; nullopt when there are no more (or the build was cancelled).
    std::optional<IndexedArticle> next() {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_cancelled || m_closed || !m_queue.empty(); });
        if (m_cancelled || m_queue.empty()) {
            return std::nullopt;
        }
        IndexedArticle item = std::move(m_queue.front());
        m_queue.pop_front();
        return item;
    }

    void run() {
        try {
            Stopwatch busy;
            double waiting = 0;
            Transaction transaction(m_db);
            SearchIndexWriter writer(m_db);
            while (true) {
                const Stopwatch wait;
                std::optional<IndexedArticle> item = next();
                waiting += wait.seconds();
                if (!item) {
                    break;
                }
                writer.addArticle(*item);
            }
            const std::vector<std::vector<std::string>>* synonymGroups = nullptr;
            {
                const std::lock_guard lock(m_mutex);
                if (m_cancelled) {
                    return;
                }
                synonymGroups = m_synonymGroups;
            }
            writer.finish(*synonymGroups);
            transaction.commit();
            m_busySeconds = busy.seconds() - waiting;
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
    }

    Database m_db;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<IndexedArticle> m_queue;
    const std::vector<std::vector<std::string>>* m_synonymGroups = nullptr;
    bool m_closed = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
    double m_busySeconds = 0;
    std::thread m_thread; // last: the thread starts once everything above exists
};

// Replaces the search tables of `db` (made by createSearchSchema, still empty) with those of the
// index built on the other connection.
void copySearchIndex(Database& db, Database& index) {
    db.attachCopyOf(index, "search_index");
    {
        Transaction transaction(db);
        std::vector<std::string> tables;
        auto list = db.prepare("SELECT name FROM search_index.sqlite_schema WHERE type = 'table' AND rootpage > 0"
                               " AND substr(name, 1, 7) <> 'sqlite_' ORDER BY rowid");
        while (list.step()) {
            tables.push_back(list.text(0));
        }
        for (const auto& table : tables) {
            // Same definitions on both sides, and an empty target: SQLite copies the records as they are.
            db.exec("DELETE FROM main.\"" + table + "\"; INSERT INTO main.\"" + table +
                    "\" SELECT * FROM search_index.\"" + table + "\"");
        }
        transaction.commit();
    }
    db.exec("DETACH search_index");
}

} // namespace

void writeContentDatabase(const LoadedContent& content, Database& db, const fs::path& /*contentDir*/,
                          Diagnostics& /*diagnostics*/, CompileStats* stats) {
    CompileStats local;
    db.exec(schema::kContentTablesSql);
    const WordTokenizer tokenizer(db);
    const Stopwatch indexSetUp;
    SearchIndexWriter searchIndex(db);
    double indexSeconds = indexSetUp.seconds();
    ContentTableWriter tables(db, local);
    tables.begin(content);
    for (std::size_t i = 0; i < content.articles.size(); ++i) {
        const auto& article = content.articles[i];
        ArticleSearchText text = articleSearchText(article, tables.redFlags());
        tables.addArticle(articleRowid(i), article, text);
        const Stopwatch indexing;
        searchIndex.addArticle(indexedArticle(articleRowid(i), article, std::move(text), tokenizer));
        indexSeconds += indexing.seconds();
    }
    tables.finish(content);
    const Stopwatch finishing;
    searchIndex.finish(content.synonymGroups);
    indexSeconds += finishing.seconds();
    local.timings.index = indexSeconds;
    if (stats) {
        *stats = local;
    }
}

namespace {

// Writes the built database to `outFile` through a temporary file renamed over it, freeing `content`
// meanwhile. False (with the reason in `diagnostics`) when the file cannot be written.
bool writeDatabaseFile(Database& db, LoadedContent& content, const fs::path& outFile, Diagnostics& diagnostics) {
    std::error_code ec;
    if (outFile.has_parent_path()) {
        fs::create_directories(outFile.parent_path(), ec);
    }
    // A temporary file of this build's own: two builds of the same output at once (CMake may run
    // one custom command for two targets) must not write into the same file.
    std::random_device random;
    const fs::path temporary = fs::path(outFile.string() + ".tmp-" + std::to_string(random()));
    fs::remove(temporary, ec);
    try {
        // Freeing the loaded content (millions of small allocations for a large corpus) takes a
        // second or more, so it is done while VACUUM INTO writes the file on the other core. (The
        // freeing stays on this thread, which made the allocations: glibc frees another thread's
        // memory under a lock that its owner keeps taking.)
        auto vacuum = db.prepare("VACUUM INTO ?");
        vacuum.bind(1, temporary.string());
        std::exception_ptr vacuumError;
        std::jthread writer([&] {
            try {
                vacuum.run();
            } catch (...) {
                vacuumError = std::current_exception();
            }
        });
        content = LoadedContent{};
        writer.join();
        if (vacuumError) {
            std::rethrow_exception(vacuumError);
        }
    } catch (...) {
        fs::remove(temporary, ec); // a full disk, say: leave nothing half-written behind
        throw;
    }
    fs::rename(temporary, outFile, ec);
    if (ec) {
        fs::remove(temporary, ec);
        diagnostics.error(outFile.generic_string(), 0, 0, "cannot write the database: " + ec.message());
        return false;
    }
    return true;
}

} // namespace

bool compileContent(const fs::path& contentDir, const fs::path& outFile, Diagnostics& diagnostics,
                    CompileStats* stats) {
    const Stopwatch total;
    CompileStats local;
    // Built in memory, then VACUUM INTO a temporary file renamed over the target: the output is
    // compact and deterministic, and a failed build never leaves a half-written database.
    auto db = Database::openMemory();
    db.exec("PRAGMA page_size = 4096");
    // Marks the file as Carebook content, checked before any query when it is opened.
    db.exec("PRAGMA application_id = " + std::to_string(schema::kContentApplicationId));
    db.exec(schema::kContentTablesSql);
    createSearchSchema(db); // empty here: filled from the index thread's database at the end
    const WordTokenizer tokenizer(db);
    LoadedContent content;
    SearchIndexThread searchIndex;
    ContentTableWriter tables(db, local);
    double writeSeconds = 0;
    {
        Transaction transaction(db);
        // Each article is written as soon as it is loaded, and handed to the index thread.
        loadContent(contentDir, diagnostics, content, [&](const LoadedContent& loading, std::size_t index) {
            const Stopwatch writing;
            tables.begin(loading);
            const LoadedArticle& article = loading.articles[index];
            ArticleSearchText text = articleSearchText(article, tables.redFlags());
            tables.addArticle(articleRowid(index), article, text);
            searchIndex.add(indexedArticle(articleRowid(index), article, std::move(text), tokenizer));
            writeSeconds += writing.seconds();
        });
        local.timings.load = total.seconds() - writeSeconds;
        if (!diagnostics.empty()) {
            return false; // the index thread is cancelled and the database thrown away
        }
        const Stopwatch writing;
        tables.begin(content); // when there is no article
        tables.finish(content);
        // The USDA food data is optional so small content sets (tests, authors' drafts) build without it.
        std::error_code foodsError;
        if (fs::is_directory(contentDir / "foods", foodsError)) {
            foods::compileFoodData(db, contentDir / "foods", diagnostics);
        }
        transaction.commit();
        local.timings.write = writeSeconds + writing.seconds();
    }
    if (!diagnostics.empty()) {
        return false;
    }
    {
        const Stopwatch merging;
        Database index = searchIndex.finish(content.synonymGroups);
        const double waited = merging.seconds();
        copySearchIndex(db, index);
        local.timings.index = searchIndex.busySeconds() + (merging.seconds() - waited);
    }

    const Stopwatch vacuuming;
    if (!writeDatabaseFile(db, content, outFile, diagnostics)) {
        return false;
    }
    local.timings.vacuum = vacuuming.seconds();
    local.timings.total = total.seconds();
    if (stats) {
        *stats = local;
    }
    return true;
}

} // namespace carebook
