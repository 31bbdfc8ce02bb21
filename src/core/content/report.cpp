// SPDX-License-Identifier: MIT
#include "core/content/report.h"

#include "core/util/text.h"

#include <map>
#include <set>
#include <type_traits>
#include <variant>

namespace carebook {

namespace {

// The optional fields an author may still add, by their names in the content files.
std::vector<std::string> missingOptionalFields(const ArticleContent& article) {
    std::vector<std::string> missing;
    const auto check = [&](bool empty, const char* field) {
        if (empty) {
            missing.emplace_back(field);
        }
    };
    std::visit(
        [&](const auto& fields) {
            using Fields = std::decay_t<decltype(fields)>;
            if constexpr (std::is_same_v<Fields, SymptomFields>) {
                check(article.aliases.empty(), "aliases");
                check(article.related.empty(), "related");
            } else if constexpr (std::is_same_v<Fields, RemedyFields>) {
                check(article.aliases.empty(), "aliases");
                check(fields.timing.empty(), "timing");
                check(fields.avoidIf.empty(), "avoid_if");
                check(fields.guidelineNote.empty(), "guideline_note");
                check(fields.addresses.empty(), "addresses");
            } else if constexpr (std::is_same_v<Fields, CauseFields>) {
                check(fields.riskFactors.empty(), "risk_factors");
                check(fields.prevention.empty(), "prevention");
            } else if constexpr (std::is_same_v<Fields, NutrientFields>) {
                check(fields.foodKey.empty(), "food_key");
                check(fields.foodExamples.empty(), "food_examples");
                check(fields.doNotSupplementWithoutAdvice.empty(), "do_not_supplement_without_advice");
            }
        },
        article.fields);
    check(article.reviewed.empty(), "reviewed");
    return missing;
}

// Every article id one article links to, by a field or from its body.
void addLinkTargets(const LoadedArticle& article, std::set<std::string>& linkedTo) {
    const ArticleContent& content = article.content;
    linkedTo.insert(content.related.begin(), content.related.end());
    linkedTo.insert(content.nutrientIds().begin(), content.nutrientIds().end());
    if (const auto* symptom = content.symptom()) {
        linkedTo.insert(symptom->causes.begin(), symptom->causes.end());
        for (const auto& item : symptom->remedies) {
            linkedTo.insert(item.remedy);
        }
    }
    if (const auto* remedy = content.remedy()) {
        linkedTo.insert(remedy->addresses.begin(), remedy->addresses.end());
    }
    for (const auto& link : article.rendered.links) {
        linkedTo.insert(link.target);
    }
}

} // namespace

std::string contentReport(const LoadedContent& content) {
    std::map<ArticleKind, int> counts;
    std::set<std::string> linkedTo;
    for (const auto& article : content.articles) {
        ++counts[article.kind];
        addLinkTargets(article, linkedTo);
    }

    const auto orUnknown = [](const std::string& text) { return text.empty() ? std::string("?") : text; };
    std::string out = "Content " + orUnknown(content.edition.contentVersion) + ", reviewed " +
                      orUnknown(content.edition.reviewed) + "\n\nArticles by kind:\n";
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
        const std::string fields = join(missingOptionalFields(article.content), ", ");
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
