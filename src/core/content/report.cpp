// SPDX-License-Identifier: MIT
#include "core/content/report.h"

#include <map>
#include <set>

namespace carebook {

namespace {

std::vector<std::string> optionalFieldsFor(ArticleKind kind) {
    switch (kind) {
    case ArticleKind::Symptom:
        return {"aliases", "related", "reviewed"};
    case ArticleKind::Remedy:
        return {"aliases", "timing", "avoid_if", "guideline_note", "addresses", "reviewed"};
    case ArticleKind::Cause:
        return {"risk_factors", "prevention", "reviewed"};
    case ArticleKind::Nutrient:
        return {"food_key", "food_examples", "do_not_supplement_without_advice", "reviewed"};
    case ArticleKind::Question:
    case ArticleKind::Page:
        return {"reviewed"};
    }
    return {};
}

} // namespace

std::string contentReport(const LoadedContent& content) {
    std::map<ArticleKind, int> counts;
    std::set<std::string> linkedTo;
    for (const auto& article : content.articles) {
        ++counts[article.kind];
        for (const char* key : {"related", "causes", "addresses", "nutrients"}) {
            if (article.data.contains(key)) {
                for (const auto& id : article.data.at(key)) {
                    linkedTo.insert(id.get<std::string>());
                }
            }
        }
        if (article.data.contains("remedies")) {
            for (const auto& item : article.data.at("remedies")) {
                linkedTo.insert(item.at("remedy").get<std::string>());
            }
        }
        for (const auto& link : article.rendered.links) {
            linkedTo.insert(link.target);
        }
    }

    std::string out = "Content " + content.edition.value("content_version", std::string("?")) + ", reviewed " +
                      content.edition.value("reviewed", std::string("?")) + "\n\nArticles by kind:\n";
    int total = 0;
    for (const auto kind : kAllKinds) {
        out += "  " + std::string(kindName(kind)) + ": " + std::to_string(counts[kind]) + "\n";
        total += counts[kind];
    }
    out += "  total: " + std::to_string(total) + "\n";
    out += "Sources: " + std::to_string(content.sources.size()) + "\n";
    out += "Red flags: " + std::to_string(content.redFlags.size()) + "\n";
    out += "Synonym groups: " + std::to_string(content.synonymGroups.size()) + "\n";

    std::string missing;
    for (const auto& article : content.articles) {
        std::string fields;
        for (const auto& field : optionalFieldsFor(article.kind)) {
            if (!article.data.contains(field) || article.data.at(field).empty()) {
                fields += (fields.empty() ? "" : ", ") + field;
            }
        }
        if (!fields.empty()) {
            missing += "  " + article.path + ": " + fields + "\n";
        }
    }
    out += "\nArticles missing an optional field:\n" + (missing.empty() ? "  none\n" : missing);

    std::string orphans;
    for (const auto& article : content.articles) {
        const bool standalone = article.kind == ArticleKind::Symptom || article.kind == ArticleKind::Page ||
                                article.kind == ArticleKind::Question;
        if (!standalone && !linkedTo.count(article.id)) {
            orphans += "  " + article.path + "\n";
        }
    }
    out += "\nArticles no other article links to (reachable only from the navigation):\n" +
           (orphans.empty() ? "  none\n" : orphans);
    return out;
}

} // namespace carebook
