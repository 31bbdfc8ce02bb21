// SPDX-License-Identifier: MIT
#include "core/content/report.h"

#include "core/content/readability.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace carebook {

namespace {

std::vector<std::string> optionalFieldsFor(ArticleKind kind) {
    switch (kind) {
    case ArticleKind::Symptom:
        return {"aliases", "related"};
    case ArticleKind::Remedy:
        return {"aliases", "timing", "avoid_if", "guideline_note", "addresses"};
    case ArticleKind::Cause:
        return {"risk_factors", "prevention"};
    case ArticleKind::Nutrient:
        return {"food_key", "food_examples", "do_not_supplement_without_advice"};
    case ArticleKind::Question:
    case ArticleKind::Page:
        return {};
    }
    return {};
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

std::vector<std::string> linesOf(const nlohmann::json& value) {
    std::vector<std::string> lines;
    if (value.is_string()) {
        return textLines(value.get<std::string>());
    }
    if (value.is_array()) {
        for (const auto& item : value) {
            if (item.is_string()) {
                for (auto& line : textLines(item.get<std::string>())) {
                    lines.push_back(std::move(line));
                }
            }
        }
    }
    return lines;
}

std::string flagField(const nlohmann::json& flag, const char* key) { return flag.value(key, std::string()); }

// Each symptom's warning signs, set by set, then where each sign's sources state it.
std::string redFlagSection(const LoadedContent& content) {
    std::map<std::string, const nlohmann::json*> flags;
    for (const auto& flag : content.redFlags) {
        flags[flagField(flag, "id")] = &flag;
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
        std::string sets;
        for (const auto& id : article.data.value("red_flag_sets", nlohmann::json::array())) {
            sets += (sets.empty() ? "" : ", ") + id.get<std::string>();
        }
        out += "  " + article.id + " [" + sets + "]: " + std::to_string(article.redFlagIds.size()) + " signs\n";
        for (const auto urgency : kUrgencies) {
            std::string ids;
            for (const auto& id : article.redFlagIds) {
                const auto found = flags.find(id);
                if (found != flags.end() && flagField(*found->second, "urgency") == urgency) {
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
        out += "  " + flagField(flag, "id") + " (" + flagField(flag, "urgency") + ")\n";
        for (const auto& source : flag.value("sources", nlohmann::json::array())) {
            out += "    " + flagField(source, "source") + ": " + flagField(source, "locator");
            if (source.contains("quote")) {
                out += " \"" + flagField(source, "quote") + "\"";
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
        articles.emplace_back(article.data.value("reviewed", std::string()), article.path);
    }
    std::vector<std::pair<std::string, std::string>> sources;
    for (const auto& source : content.sources) {
        if (source.contains("accessed")) {
            sources.emplace_back(source.value("accessed", std::string()), source.value("id", std::string()));
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
        auto lines = linesOf(article.data.value("summary", nlohmann::json()));
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
        auto lines = textLines(flagField(flag, "text"));
        if (flag.contains("action")) {
            lines.push_back(flagField(flag, "action"));
        }
        const auto full = fleschKincaid(lines);
        const auto brief = fleschKincaid(textLines(flagField(flag, "short")));
        const double grade = full ? full->grade : 0;
        const double shortGrade = brief ? brief->grade : 0;
        flagGrades.push_back(grade);
        const bool over = grade > kRedFlagGradeTarget || shortGrade > kRedFlagGradeTarget;
        out += " " + formatGrade(grade) + " " + formatGrade(shortGrade) + "  " + flagField(flag, "id") +
               (over ? "  OVER " + formatGrade(kRedFlagGradeTarget) : "") + "\n";
        if (over) {
            hardFlags.push_back(flagField(flag, "id") + " (" + formatGrade(std::max(grade, shortGrade)) + ")");
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
    out += redFlagSection(content);
    out += reviewDateSection(content);
    ContentReport report;
    out += readabilitySection(content, report.missedTargets);
    report.text = std::move(out);
    return report;
}

} // namespace carebook
