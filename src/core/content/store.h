// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/article.h"
#include "core/util/database.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

struct ArticleSummary {
    std::string id;
    ArticleKind kind = ArticleKind::Page;
    std::string title;
    std::string summary;
};

struct LinkedArticle {
    ArticleSummary article;
    std::string relation; // cause, remedy, addresses, nutrient, related, body
    std::string phase;    // for symptom -> remedy links
    std::string note;
};

// An article as the app shows it: what was authored (content, typed: article.h) and what the compiler
// derived from it (the body rendered, the sources and red flags resolved, the links both ways).
struct Article {
    ArticleSummary summary;
    std::vector<std::string> aliases; // as indexed for search (control characters made spaces)
    std::string bodyMarkdown;
    std::string bodyHtml;
    std::string bodyText;
    ArticleContent content;               // every authored field but the body
    std::vector<SourceRecord> sources;    // content.sources, resolved
    std::vector<LinkedArticle> links;     // from this article, in authored order
    std::vector<LinkedArticle> backlinks; // to this article from others
    std::vector<RedFlag> redFlags;        // for a symptom: content.symptom()->redFlags resolved, most urgent first

    // The resolved source this article cites under `id`; null when it cites no such source.
    const SourceRecord* citedSource(std::string_view id) const {
        for (const auto& source : sources) {
            if (source.id == id) {
                return &source;
            }
        }
        return nullptr;
    }
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

// The command line's JSON views (carebook show --json, list --json …), written in model_json.cpp.
nlohmann::json toJson(const ArticleSummary& summary);
nlohmann::json toJson(const Article& article);
nlohmann::json toJson(const LinkedArticle& link);
nlohmann::json toJson(const RedFlag& flag);
nlohmann::json toJson(const SourceRecord& source);

} // namespace carebook
