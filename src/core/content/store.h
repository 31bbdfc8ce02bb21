// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/model.h"
#include "core/util/database.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace carebook {

struct ArticleSummary {
    std::string id;
    ArticleKind kind = ArticleKind::Page;
    std::string title;
    std::string summary;
};

struct SourceRecord {
    std::string id;
    std::string title;
    std::string publisher;
    int year = 0;
    std::string authors;
    std::string url;
    std::string doi;
    std::string note;
    std::string accessed; // YYYY-MM-DD a web source was last read; empty for print-only sources
};

struct RedFlag {
    std::string id;
    std::string urgency; // emergency, urgent, routine
    std::string text;
    std::string action;
    std::string shortText; // the sign in a few words (the printed sheet)
};

struct LinkedArticle {
    ArticleSummary article;
    std::string relation; // cause, remedy, addresses, nutrient, related, body
    std::string phase;    // for symptom -> remedy links
    std::string note;
};

struct EvidenceRecord {
    std::string phase;
    std::string level;
    std::string sourceId;
    std::string note;
};

struct Article {
    ArticleSummary summary;
    std::vector<std::string> aliases;
    std::string bodyMarkdown;
    std::string bodyHtml;
    std::string bodyText;
    std::string reviewed;
    nlohmann::json data; // every authored field
    std::vector<SourceRecord> sources;
    std::vector<LinkedArticle> links;     // from this article, in authored order
    std::vector<LinkedArticle> backlinks; // to this article from others
    std::vector<RedFlag> redFlags;        // for a symptom
    std::vector<EvidenceRecord> evidence; // for a remedy
};

struct Edition {
    std::string contentVersion;
    std::string reviewed;
    int articleCount = 0;
};

// Raised when a file is not a Carebook content database (wrong format, corrupt, unreadable).
class ContentDatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Read-only queries over a compiled content database.
class ContentStore final {
public:
    // Takes ownership of an open database and checks it is a content database of our format.
    explicit ContentStore(Database db);
    static ContentStore openFile(const std::string& path);
    static ContentStore openImage(const unsigned char* data, std::size_t size);

    Edition edition() const;
    std::vector<ArticleSummary> list(std::optional<ArticleKind> kind = std::nullopt) const;
    std::optional<ArticleSummary> summary(const std::string& id) const;
    std::optional<Article> article(const std::string& id) const;
    std::vector<RedFlag> redFlagsFor(const std::string& symptomId) const;
    std::vector<LinkedArticle> remediesForSymptom(const std::string& symptomId) const;
    std::optional<SourceRecord> source(const std::string& id) const;

    Database& database() { return m_db; }

private:
    // Runs "SELECT <link columns> FROM article_links l <joinAndFilter>" with `id` bound to its one parameter.
    std::vector<LinkedArticle> queryLinks(const char* joinAndFilter, const std::string& id) const;
    std::vector<LinkedArticle> linksFrom(const std::string& id) const;
    std::vector<LinkedArticle> linksTo(const std::string& id) const;
    mutable Database m_db;
};

nlohmann::json toJson(const ArticleSummary& summary);
nlohmann::json toJson(const Article& article);
nlohmann::json toJson(const LinkedArticle& link);
nlohmann::json toJson(const RedFlag& flag);
nlohmann::json toJson(const SourceRecord& source);

} // namespace carebook
