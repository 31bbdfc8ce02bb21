// SPDX-License-Identifier: MIT
#include "core/content/store.h"

#include "core/content/integrity.h"
#include "core/content/model_json.h"
#include "core/content/schema.h"

#include <sstream>

namespace carebook {

using nlohmann::json;

namespace {

ArticleSummary readSummary(const Statement& row, int first) {
    ArticleSummary summary;
    summary.id = row.text(first);
    summary.kind = kindFromName(row.text(first + 1)).value_or(ArticleKind::Page);
    summary.title = row.text(first + 2);
    summary.summary = row.text(first + 3);
    return summary;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line)) {
        if (!line.empty()) {
            lines.push_back(line);
        }
    }
    return lines;
}

} // namespace

ContentStore::ContentStore(Database db) : m_db(std::move(db)) {
    std::string problem;
    try {
        auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = 'format_version'");
        if (!stmt.step()) {
            throw ContentDatabaseError("'" + m_db.path() + "' is not a Carebook content database (no format version)");
        }
        const std::string version = stmt.text(0);
        if (version != std::to_string(schema::kDatabaseFormatVersion)) {
            throw ContentDatabaseError("'" + m_db.path() + "' has content format " + version + ", this Carebook reads " +
                                       std::to_string(schema::kDatabaseFormatVersion));
        }
    } catch (const DatabaseError& e) {
        // Say what is wrong with the file in words a person can act on; SQLite's text names SQL.
        const int primary = e.code() & 0xff;
        const std::string reason = primary == 26   ? "it is not a database file, or it is damaged"
                                   : primary == 11 ? "the file is damaged"
                                                   : "it is not a Carebook content database";
        throw ContentDatabaseError("cannot use '" + m_db.path() + "' as content: " + reason);
    }
}

ContentStore ContentStore::openFile(const std::string& path) {
    // A file from outside is not trusted: every check, before any query runs against it.
    checkContentFile(path);
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        checkContentDatabase(db, path, ContentCheck::Untrusted);
        return ContentStore(std::move(db));
    } catch (const DatabaseError& e) {
        throw ContentDatabaseError(e.what());
    }
}

ContentStore ContentStore::openImage(const unsigned char* data, std::size_t size) {
    try {
        // The embedded image was produced and checked by this build: the cheap checks only.
        auto db = Database::openImage(data, size);
        checkContentDatabase(db, "the built-in content", ContentCheck::Trusted);
        return ContentStore(std::move(db));
    } catch (const DatabaseError& e) {
        throw ContentDatabaseError(e.what());
    }
}

Edition ContentStore::edition() const {
    Edition edition;
    auto stmt = m_db.prepare("SELECT key, value FROM meta");
    while (stmt.step()) {
        const auto key = stmt.text(0);
        if (key == "content_version") {
            edition.contentVersion = stmt.text(1);
        } else if (key == "reviewed") {
            edition.reviewed = stmt.text(1);
        } else if (key == "article_count") {
            edition.articleCount = std::stoi(stmt.text(1));
        }
    }
    return edition;
}

std::vector<ArticleSummary> ContentStore::list(std::optional<ArticleKind> kind) const {
    std::vector<ArticleSummary> out;
    // Kinds in navigation order, then the authored order, then title.
    auto stmt = m_db.prepare(
        "SELECT id, kind, title, summary FROM articles WHERE ?1 IS NULL OR kind = ?1 ORDER BY "
        "CASE kind WHEN 'symptom' THEN 0 WHEN 'remedy' THEN 1 WHEN 'cause' THEN 2 WHEN 'nutrient' THEN 3 "
        "WHEN 'question' THEN 4 ELSE 5 END, sort_order, title COLLATE NOCASE, id");
    if (kind) {
        stmt.bind(1, kindName(*kind));
    } else {
        stmt.bindNull(1);
    }
    while (stmt.step()) {
        out.push_back(readSummary(stmt, 0));
    }
    return out;
}

std::optional<ArticleSummary> ContentStore::summary(const std::string& id) const {
    auto stmt = m_db.prepare("SELECT id, kind, title, summary FROM articles WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return readSummary(stmt, 0);
}

std::vector<LinkedArticle> ContentStore::queryLinks(const char* joinAndFilter, const std::string& id) const {
    std::vector<LinkedArticle> out;
    auto stmt = m_db.prepare(
        std::string("SELECT a.id, a.kind, a.title, a.summary, l.relation, l.phase, l.note FROM article_links l ") +
        joinAndFilter);
    stmt.bind(1, id);
    while (stmt.step()) {
        out.push_back({readSummary(stmt, 0), stmt.text(4), stmt.text(5), stmt.text(6)});
    }
    return out;
}

std::vector<LinkedArticle> ContentStore::linksFrom(const std::string& id) const {
    return queryLinks("JOIN articles a ON a.id = l.to_id WHERE l.from_id = ? ORDER BY l.rowid", id);
}

std::vector<LinkedArticle> ContentStore::linksTo(const std::string& id) const {
    return queryLinks("JOIN articles a ON a.id = l.from_id WHERE l.to_id = ? AND l.relation <> 'body' "
                      "ORDER BY a.kind, a.sort_order, a.title",
                      id);
}

std::vector<RedFlag> ContentStore::redFlagsFor(const std::string& symptomId) const {
    std::vector<RedFlag> out;
    // Most urgent first, then as the author ordered them.
    auto stmt = m_db.prepare(
        "SELECT f.id, f.urgency, f.text, f.action, f.short, f.sources FROM symptom_red_flags s JOIN red_flags f ON f.id = s.red_flag_id "
        "WHERE s.symptom_id = ? ORDER BY CASE f.urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, "
        "s.position");
    stmt.bind(1, symptomId);
    while (stmt.step()) {
        std::vector<RedFlagSource> sources;
        for (auto& source : splitLines(stmt.text(5))) {
            sources.push_back({std::move(source), {}, {}});
        }
        out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), std::move(sources)});
    }
    return out;
}

std::vector<LinkedArticle> ContentStore::remediesForSymptom(const std::string& symptomId) const {
    return queryLinks("JOIN articles a ON a.id = l.to_id WHERE l.from_id = ? AND l.relation = 'remedy' ORDER BY "
                      "CASE l.phase WHEN 'now' THEN 0 WHEN 'first-72h' THEN 1 WHEN 'after-72h' THEN 2 "
                      "WHEN 'long-term' THEN 3 ELSE 4 END, l.position",
                      symptomId);
}

std::optional<SourceRecord> ContentStore::source(const std::string& id) const {
    auto stmt = m_db.prepare("SELECT id, title, publisher, year, authors, url, doi, note, accessed FROM sources WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return SourceRecord{stmt.text(0), stmt.text(1), stmt.text(2), stmt.integer(3),
                        stmt.text(4), stmt.text(5), stmt.text(6), stmt.text(7), stmt.text(8)};
}

std::optional<Article> ContentStore::article(const std::string& id) const {
    auto stmt = m_db.prepare("SELECT id, kind, title, summary, aliases, body_markdown, body_html, body, data "
                             "FROM articles WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    Article article;
    article.summary = readSummary(stmt, 0);
    article.aliases = splitLines(stmt.text(4));
    article.bodyMarkdown = stmt.text(5);
    article.bodyHtml = stmt.text(6);
    article.bodyText = stmt.text(7);
    try {
        article.content = articleFromStoredJson(stmt.text(8));
    } catch (const json::exception& e) {
        throw ContentDatabaseError("'" + m_db.path() + "' is damaged: the article '" + id +
                                   "' cannot be read (" + e.what() + ")");
    }

    auto sources = m_db.prepare(
        "SELECT s.id, s.title, s.publisher, s.year, s.authors, s.url, s.doi, s.note, s.accessed FROM article_sources a "
        "JOIN sources s ON s.id = a.source_id WHERE a.article_id = ? ORDER BY a.position");
    sources.bind(1, id);
    while (sources.step()) {
        article.sources.push_back({sources.text(0), sources.text(1), sources.text(2), sources.integer(3),
                                   sources.text(4), sources.text(5), sources.text(6), sources.text(7),
                                   sources.text(8)});
    }
    article.links = linksFrom(id);
    article.backlinks = linksTo(id);
    if (article.summary.kind == ArticleKind::Symptom) {
        article.redFlags = redFlagsFor(id);
    }
    return article;
}

} // namespace carebook
