// SPDX-License-Identifier: MIT
#include "compiler.h"

#include "database.h"
#include "foods/food_compiler.h"
#include "search_index.h"
#include "text_util.h"

#include <cstdio>
#include <system_error>

namespace carebook {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kSchemaSql = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    aliases TEXT NOT NULL,          -- one alias per line
    body_markdown TEXT NOT NULL,
    body_html TEXT NOT NULL,
    body_text TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    reviewed TEXT,
    data TEXT NOT NULL              -- the article's JSON object as authored, canonical form
);
CREATE INDEX articles_by_kind ON articles(kind, sort_order, title);
CREATE TABLE article_links(
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    relation TEXT NOT NULL,         -- cause, remedy, addresses, nutrient, related, body
    phase TEXT,
    note TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX article_links_from ON article_links(from_id, relation, position);
CREATE INDEX article_links_to ON article_links(to_id, relation);
CREATE TABLE sources(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, publisher TEXT NOT NULL,
    year INTEGER NOT NULL, authors TEXT, url TEXT, doi TEXT, note TEXT);
CREATE TABLE article_sources(article_id TEXT NOT NULL, source_id TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX article_sources_by_article ON article_sources(article_id, position);
CREATE TABLE red_flags(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, urgency TEXT NOT NULL, text TEXT NOT NULL, action TEXT,
    sources TEXT NOT NULL);         -- source ids, one per line
CREATE TABLE symptom_red_flags(symptom_id TEXT NOT NULL, red_flag_id TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX symptom_red_flags_by_symptom ON symptom_red_flags(symptom_id, position);
CREATE TABLE remedy_evidence(
    remedy_id TEXT NOT NULL, phase TEXT NOT NULL, level TEXT NOT NULL, source_id TEXT NOT NULL, note TEXT,
    position INTEGER NOT NULL);
CREATE INDEX remedy_evidence_by_remedy ON remedy_evidence(remedy_id, position);
CREATE TABLE synonyms(group_id INTEGER NOT NULL, term TEXT NOT NULL);
CREATE INDEX synonyms_by_term ON synonyms(term);
)sql";
// The full-text index and the search vocabulary are written by SearchIndexWriter (search_index.cpp).

std::string optionalString(const json& object, const char* key) { return object.value(key, std::string()); }

void insertIdList(Statement& insert, const std::string& fromId, const json& object, const char* key,
                  const char* relation, std::size_t& count) {
    if (!object.contains(key)) {
        return;
    }
    int position = 0;
    for (const auto& target : object.at(key)) {
        insert.bind(1, fromId).bind(2, target.get<std::string>()).bind(3, relation).bindNull(4).bindNull(5);
        insert.bind(6, position++);
        insert.run();
        ++count;
    }
}

} // namespace

void writeContentDatabase(const LoadedContent& content, Database& db, const fs::path& /*contentDir*/,
                          Diagnostics& /*diagnostics*/, CompileStats* stats) {
    CompileStats local;
    db.exec(kSchemaSql);

    auto meta = db.prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
    const auto setMeta = [&](const char* key, const std::string& value) {
        meta.bind(1, key).bind(2, value);
        meta.run();
    };
    setMeta("format_version", std::to_string(kDatabaseFormatVersion));
    setMeta("content_schema_version", std::to_string(kContentSchemaVersion));
    setMeta("content_version", optionalString(content.edition, "content_version"));
    setMeta("reviewed", optionalString(content.edition, "reviewed"));
    setMeta("article_count", std::to_string(content.articles.size()));

    auto insertSource = db.prepare(
        "INSERT INTO sources(id, title, publisher, year, authors, url, doi, note) VALUES(?,?,?,?,?,?,?,?)");
    for (const auto& source : content.sources) {
        const auto optional = [&](const char* key) -> std::optional<std::string> {
            return source.contains(key) ? std::optional<std::string>(source.at(key).get<std::string>())
                                        : std::nullopt;
        };
        insertSource.bind(1, source.at("id").get<std::string>())
            .bind(2, source.at("title").get<std::string>())
            .bind(3, source.at("publisher").get<std::string>())
            .bind(4, source.at("year").get<std::int64_t>())
            .bind(5, optional("authors"))
            .bind(6, optional("url"))
            .bind(7, optional("doi"))
            .bind(8, optional("note"));
        insertSource.run();
        ++local.sources;
    }

    auto insertRedFlag =
        db.prepare("INSERT INTO red_flags(id, urgency, text, action, sources) VALUES(?,?,?,?,?)");
    for (const auto& flag : content.redFlags) {
        std::vector<std::string> sources;
        for (const auto& source : flag.value("sources", json::array())) {
            sources.push_back(source.get<std::string>());
        }
        insertRedFlag.bind(1, flag.at("id").get<std::string>())
            .bind(2, flag.at("urgency").get<std::string>())
            .bind(3, flag.at("text").get<std::string>())
            .bind(4, flag.contains("action") ? std::optional<std::string>(flag.at("action").get<std::string>())
                                              : std::nullopt)
            .bind(5, join(sources, "\n"));
        insertRedFlag.run();
        ++local.redFlags;
    }

    auto insertArticle = db.prepare(
        "INSERT INTO articles(id, kind, title, summary, aliases, body_markdown, body_html, body_text, sort_order,"
        " reviewed, data) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    SearchIndexWriter searchIndex(db, content);
    auto insertLink = db.prepare(
        "INSERT INTO article_links(from_id, to_id, relation, phase, note, position) VALUES(?,?,?,?,?,?)");
    auto insertArticleSource = db.prepare("INSERT INTO article_sources(article_id, source_id, position) VALUES(?,?,?)");
    auto insertSymptomFlag =
        db.prepare("INSERT INTO symptom_red_flags(symptom_id, red_flag_id, position) VALUES(?,?,?)");
    auto insertEvidence = db.prepare(
        "INSERT INTO remedy_evidence(remedy_id, phase, level, source_id, note, position) VALUES(?,?,?,?,?,?)");

    for (const auto& article : content.articles) {
        const auto& data = article.data;
        std::vector<std::string> aliases;
        for (const auto& alias : data.value("aliases", json::array())) {
            aliases.push_back(alias.get<std::string>());
        }
        const std::string aliasText = join(aliases, "\n");
        insertArticle.bind(1, article.id)
            .bind(2, kindName(article.kind))
            .bind(3, data.at("title").get<std::string>())
            .bind(4, data.at("summary").get<std::string>())
            .bind(5, aliasText)
            .bind(6, article.markdown)
            .bind(7, article.rendered.html)
            .bind(8, article.rendered.plainText)
            .bind(9, data.value("order", std::int64_t{0}))
            .bind(10, data.contains("reviewed") ? std::optional<std::string>(data.at("reviewed").get<std::string>())
                                                 : std::nullopt)
            .bind(11, data.dump());
        insertArticle.run();
        searchIndex.addArticle(db.lastInsertRowId(), article);

        int position = 0;
        for (const auto& source : data.at("sources")) {
            insertArticleSource.bind(1, article.id).bind(2, source.get<std::string>()).bind(3, position++);
            insertArticleSource.run();
        }
        insertIdList(insertLink, article.id, data, "related", "related", local.links);
        insertIdList(insertLink, article.id, data, "causes", "cause", local.links);
        insertIdList(insertLink, article.id, data, "addresses", "addresses", local.links);
        insertIdList(insertLink, article.id, data, "nutrients", "nutrient", local.links);
        if (data.contains("remedies")) {
            position = 0;
            for (const auto& item : data.at("remedies")) {
                insertLink.bind(1, article.id)
                    .bind(2, item.at("remedy").get<std::string>())
                    .bind(3, "remedy")
                    .bind(4, item.at("phase").get<std::string>())
                    .bind(5, item.contains("note") ? std::optional<std::string>(item.at("note").get<std::string>())
                                                   : std::nullopt)
                    .bind(6, position++);
                insertLink.run();
                ++local.links;
            }
        }
        position = 0;
        for (const auto& link : article.rendered.links) {
            if (!isArticleLink(link.target)) {
                continue;
            }
            insertLink.bind(1, article.id).bind(2, link.target).bind(3, "body").bindNull(4).bindNull(5);
            insertLink.bind(6, position++);
            insertLink.run();
            ++local.links;
        }
        if (data.contains("red_flags")) {
            position = 0;
            for (const auto& flag : data.at("red_flags")) {
                insertSymptomFlag.bind(1, article.id).bind(2, flag.get<std::string>()).bind(3, position++);
                insertSymptomFlag.run();
            }
        }
        if (data.contains("evidence")) {
            position = 0;
            for (const auto& item : data.at("evidence")) {
                insertEvidence.bind(1, article.id)
                    .bind(2, item.at("phase").get<std::string>())
                    .bind(3, item.at("level").get<std::string>())
                    .bind(4, item.at("source").get<std::string>())
                    .bind(5, item.contains("note") ? std::optional<std::string>(item.at("note").get<std::string>())
                                                   : std::nullopt)
                    .bind(6, position++);
                insertEvidence.run();
            }
        }
        ++local.articles;
    }

    auto insertSynonym = db.prepare("INSERT INTO synonyms(group_id, term) VALUES(?, ?)");
    for (std::size_t group = 0; group < content.synonymGroups.size(); ++group) {
        for (const auto& term : content.synonymGroups[group]) {
            insertSynonym.bind(1, static_cast<std::int64_t>(group)).bind(2, term);
            insertSynonym.run();
        }
    }
    searchIndex.finish();
    if (stats) {
        *stats = local;
    }
}

bool compileContent(const fs::path& contentDir, const fs::path& outFile, Diagnostics& diagnostics,
                    CompileStats* stats) {
    const LoadedContent content = loadContent(contentDir, diagnostics);
    if (!diagnostics.empty()) {
        return false;
    }
    // Build in memory, then VACUUM INTO a temporary file and rename it over the target: the output
    // is compact and deterministic, and a failed build never leaves a half-written database.
    auto db = Database::openMemory();
    db.exec("PRAGMA page_size = 4096");
    {
        Transaction transaction(db);
        writeContentDatabase(content, db, contentDir, diagnostics, stats);
        // The USDA food data is optional so small content sets (tests, authors' drafts) build without it.
        std::error_code foodsError;
        if (fs::is_directory(contentDir / "foods", foodsError)) {
            foods::compileFoodData(db, contentDir / "foods", diagnostics);
        }
        transaction.commit();
    }
    if (!diagnostics.empty()) {
        return false;
    }
    std::error_code ec;
    if (outFile.has_parent_path()) {
        fs::create_directories(outFile.parent_path(), ec);
    }
    const fs::path temporary = fs::path(outFile.string() + ".tmp");
    fs::remove(temporary, ec);
    auto vacuum = db.prepare("VACUUM INTO ?");
    vacuum.bind(1, temporary.string());
    vacuum.run();
    fs::rename(temporary, outFile, ec);
    if (ec) {
        fs::remove(temporary, ec);
        diagnostics.error(outFile.generic_string(), 0, 0, "cannot write the database: " + ec.message());
        return false;
    }
    return true;
}

} // namespace carebook
