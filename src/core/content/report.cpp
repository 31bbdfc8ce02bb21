// SPDX-License-Identifier: MIT
#include "core/content/report.h"

#include "core/content/readability.h"

#include "core/util/text.h"

#include <algorithm>
#include <cstdio>
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

std::string formatGrade(double grade) {
    char text[16];
    std::snprintf(text, sizeof text, "%5.1f", grade);
    return text;
}

double median(std::vector<double> values) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// Each symptom's warning signs, set by set, then where each sign's sources state it.
std::string redFlagSection(const LoadedContent& content) {
    std::map<std::string, const RedFlag*> flags;
    for (const auto& flag : content.redFlags) {
        flags[flag.id] = &flag;
    }
    std::string out = "\nRed-flag sets (a symptom attaches a set whole):\n";
    for (const auto& set : content.redFlagSets) {
        out += "  " + set.id + " (" + set.title + "): " + std::to_string(set.flags.size()) + " flags\n";
    }
    out += "\nWarning signs per symptom (sets expanded; urgency, id):\n";
    for (const auto& article : content.articles) {
        if (article.kind != ArticleKind::Symptom) {
            continue;
        }
        const auto* symptom = article.content.symptom();
        const std::string sets = symptom ? join(symptom->redFlagSets, ", ") : std::string();
        out += "  " + article.id + " [" + sets + "]: " + std::to_string(article.redFlagIds.size()) + " signs\n";
        for (const auto urgency : kUrgencies) {
            std::string ids;
            for (const auto& id : article.redFlagIds) {
                const auto found = flags.find(id);
                if (found != flags.end() && found->second->urgency == urgency) {
                    ids += (ids.empty() ? "" : ", ") + id;
                }
            }
            if (!ids.empty()) {
                out += "    " + std::string(urgency) + ": " + ids + "\n";
            }
        }
    }
    out += "\nWhere each red flag is stated (source: locator, \"quote\"):\n";
    for (const auto& flag : content.redFlags) {
        out += "  " + flag.id + " (" + flag.urgency + ")\n";
        for (const auto& source : flag.sources) {
            out += "    " + source.source + ": " + source.locator;
            if (!source.quote.empty()) {
                out += " \"" + source.quote + "\"";
            }
            out += "\n";
        }
    }
    return out;
}

// The oldest review dates: what to check again first.
std::string reviewDateSection(const LoadedContent& content) {
    std::vector<std::pair<std::string, std::string>> articles;
    for (const auto& article : content.articles) {
        articles.emplace_back(article.content.reviewed, article.path);
    }
    std::vector<std::pair<std::string, std::string>> sources;
    for (const auto& source : content.sources) {
        if (!source.accessed.empty()) {
            sources.emplace_back(source.accessed, source.id);
        }
    }
    std::sort(articles.begin(), articles.end());
    std::sort(sources.begin(), sources.end());
    std::string out = "\nReview dates (oldest first, at most five):\n  articles:";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, articles.size()); ++i) {
        out += " " + articles[i].first + " " + articles[i].second + ";";
    }
    out += "\n  web sources accessed:";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, sources.size()); ++i) {
        out += " " + sources[i].first + " " + sources[i].second + ";";
    }
    return out + "\n";
}

// Flesch–Kincaid grade of every article (summary + body) and red flag (text + action; short).
std::string readabilitySection(const LoadedContent& content, std::vector<std::string>& missed) {
    std::string out = "\nReading level (Flesch-Kincaid grade; targets: every red flag <= " + formatGrade(kRedFlagGradeTarget) +
                      ", no article > " + formatGrade(kArticleGradeLimit) + ", median article <= " +
                      formatGrade(kArticleMedianTarget) + "):\n  grade  words  article\n";
    std::vector<double> grades;
    std::map<ArticleKind, std::vector<double>> byKind;
    std::vector<std::string> overLimit;
    for (const auto& article : content.articles) {
        auto lines = textLines(article.content.summary);
        for (auto& line : textLines(article.markdown)) {
            lines.push_back(std::move(line));
        }
        const auto score = fleschKincaid(lines);
        if (!score) {
            continue;
        }
        grades.push_back(score->grade);
        byKind[article.kind].push_back(score->grade);
        char words[16];
        std::snprintf(words, sizeof words, "%6d", score->words);
        out += " " + formatGrade(score->grade) + " " + words + "  " + article.path +
               (score->grade > kArticleGradeLimit ? "  OVER " + formatGrade(kArticleGradeLimit) : "") + "\n";
        if (score->grade > kArticleGradeLimit) {
            overLimit.push_back(article.path + " (" + formatGrade(score->grade) + ")");
        }
    }
    out += "\n  grade  short  red flag (text + action; short form)\n";
    std::vector<double> flagGrades;
    std::vector<std::string> hardFlags;
    for (const auto& flag : content.redFlags) {
        auto lines = textLines(flag.text);
        if (!flag.action.empty()) {
            lines.push_back(flag.action);
        }
        const auto full = fleschKincaid(lines);
        const auto brief = fleschKincaid(textLines(flag.shortText));
        const double grade = full ? full->grade : 0;
        const double shortGrade = brief ? brief->grade : 0;
        flagGrades.push_back(grade);
        const bool over = grade > kRedFlagGradeTarget || shortGrade > kRedFlagGradeTarget;
        out += " " + formatGrade(grade) + " " + formatGrade(shortGrade) + "  " + flag.id +
               (over ? "  OVER " + formatGrade(kRedFlagGradeTarget) : "") + "\n";
        if (over) {
            hardFlags.push_back(flag.id + " (" + formatGrade(std::max(grade, shortGrade)) + ")");
        }
    }
    out += "\n  median by kind:";
    for (const auto& [kind, values] : byKind) {
        out += " " + std::string(kindName(kind)) + formatGrade(median(values)) + ";";
    }
    const double articleMedian = median(grades);
    const double articleMax = grades.empty() ? 0 : *std::max_element(grades.begin(), grades.end());
    const double flagMax = flagGrades.empty() ? 0 : *std::max_element(flagGrades.begin(), flagGrades.end());
    out += "\n  articles: n=" + std::to_string(grades.size()) + ", median" + formatGrade(articleMedian) + ", max" +
           formatGrade(articleMax) + "\n  red flags: n=" + std::to_string(flagGrades.size()) + ", median" +
           formatGrade(median(flagGrades)) + ", max" + formatGrade(flagMax) + "\n";
    for (const auto& item : hardFlags) {
        missed.push_back("red flag above grade 6: " + item);
    }
    for (const auto& item : overLimit) {
        missed.push_back("article above grade 8: " + item);
    }
    if (articleMedian > kArticleMedianTarget) {
        missed.push_back("median article grade" + formatGrade(articleMedian) + " is above 6");
    }
    out += missed.empty() ? "  all reading-level targets met\n" : "";
    for (const auto& item : missed) {
        out += "  TARGET MISSED: " + item + "\n";
    }
    return out;
}

} // namespace

ContentReport contentReport(const LoadedContent& content) {
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
    out += redFlagSection(content);
    out += reviewDateSection(content);
    ContentReport report;
    out += readabilitySection(content, report.missedTargets);
    report.text = std::move(out);
    return report;
}

} // namespace carebook
