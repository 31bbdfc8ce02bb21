// SPDX-License-Identifier: MIT
#include "core/content/article_html.h"

#include <algorithm>
#include <map>

namespace carebook {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

std::string link(const ArticleSummary& target) {
    return "<a href=\"" + escapeHtml(target.id) + "\">" + escapeHtml(target.title) + "</a>";
}

void textList(std::string& html, const std::vector<std::string>& items, const std::string& heading,
              const char* tag = "ul") {
    if (items.empty()) {
        return;
    }
    html += "<h2>" + escapeHtml(heading) + "</h2><" + tag + ">";
    for (const auto& item : items) {
        html += "<li>" + escapeHtml(item) + "</li>";
    }
    html += std::string("</") + tag + ">";
}

void linkList(std::string& html, const std::vector<LinkedArticle>& links, const std::string& relation,
              const std::string& heading) {
    std::string items;
    std::vector<std::string> shown; // a symptom may list a remedy in several phases: name it once
    for (const auto& entry : links) {
        if (entry.relation == relation &&
            std::find(shown.begin(), shown.end(), entry.article.id) == shown.end()) {
            shown.push_back(entry.article.id);
            items += "<li>" + link(entry.article) + " <span class=\"muted\">" + escapeHtml(entry.article.summary) +
                     "</span></li>";
        }
    }
    if (!items.empty()) {
        html += "<h2>" + escapeHtml(heading) + "</h2><ul class=\"links\">" + items + "</ul>";
    }
}

std::string levelClass(std::string_view level) {
    if (level == "moderate") {
        return "ev-moderate";
    }
    if (level == "low" || level == "very-low") {
        return "ev-low";
    }
    if (level == "no-benefit") {
        return "ev-none";
    }
    return "ev-unknown";
}

} // namespace

std::size_t SourceNotes::number(std::string_view sourceId) const {
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (sources[i].id == sourceId) {
            return i + 1;
        }
    }
    return 0;
}

void SourceNotes::add(SourceRecord source) {
    if (number(source.id) == 0) {
        sources.push_back(std::move(source));
    }
}

std::string SourceNotes::marks(const std::vector<std::string>& sourceIds) const {
    std::vector<std::size_t> numbers;
    for (const auto& id : sourceIds) {
        const auto found = number(id);
        if (found != 0 && std::find(numbers.begin(), numbers.end(), found) == numbers.end()) {
            numbers.push_back(found);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    std::string text;
    for (const auto found : numbers) {
        text += (text.empty() ? "" : ",") + std::to_string(found);
    }
    return text.empty() ? text : "<sup>" + text + "</sup>";
}

std::string renderRedFlagsHtml(const std::vector<RedFlag>& flags, int iconPixels, const UrgencyWords& urgencyWords,
                               const SourceNotes* notes) {
    const std::string iconSize = std::to_string(iconPixels);
    std::string html;
    for (std::size_t start = 0; start < flags.size();) {
        std::size_t end = start;
        while (end < flags.size() && flags[end].urgency == flags[start].urgency) {
            ++end;
        }
        // When every sign in a tier calls for the same action, say it once under the heading
        // instead of after each sign: the list stays short enough to take in at a glance.
        bool sharedAction = !flags[start].action.empty();
        for (std::size_t i = start; i < end; ++i) {
            sharedAction = sharedAction && flags[i].action == flags[start].action;
        }
        const auto& urgency = flags[start].urgency;
        html += "<p class=\"urgency-" + escapeHtml(urgency) + "\">";
        // A sign per tier (a stop sign, a warning triangle, an information sign) beside its label:
        // the tiers never differ by colour alone.
        if (urgency == "emergency" || urgency == "urgent" || urgency == "routine") {
            html += "<img src=\"icons/urgency-" + urgency + ".svg\" width=\"" + iconSize + "\" height=\"" + iconSize +
                    "\"> ";
        }
        html += "<b>" + escapeHtml(urgencyWords.of(urgency)) + "</b>";
        if (sharedAction) {
            html += "<br><i>" + escapeHtml(flags[start].action) + "</i>";
        }
        html += "</p><ul>";
        for (std::size_t i = start; i < end; ++i) {
            html += "<li>" + escapeHtml(flags[i].text);
            if (notes) {
                std::vector<std::string> ids;
                for (const auto& source : flags[i].sources) {
                    ids.push_back(source.source);
                }
                html += notes->marks(ids);
            }
            if (!sharedAction && !flags[i].action.empty()) {
                html += " <i>" + escapeHtml(flags[i].action) + "</i>";
            }
            html += "</li>";
        }
        html += "</ul>";
        start = end;
    }
    return html;
}


namespace {

// What every part of the article needs: the article, the words round it, and the print's footnotes.
struct Page {
    const Article& article;
    const ArticleLabels& labels;
    const SourceNotes* notes; // null on screen
};

void appendTitleBlock(std::string& html, const Page& page) {
    const Article& article = page.article;
    html += "<p class=\"kind\">" + escapeHtml(page.labels.words.kind(article.summary.kind)) + "</p>";
    html += "<h1>" + escapeHtml(article.summary.title) + "</h1>";
    html += "<p class=\"summary\">" + escapeHtml(article.summary.summary) + "</p>";
    if (!article.aliases.empty()) {
        std::string aliases;
        for (const auto& alias : article.aliases) {
            aliases += (aliases.empty() ? "" : ", ") + alias;
        }
        html += "<p class=\"aliases\">" + escapeHtml(fillIn(page.labels.alsoCalled, aliases)) + "</p>";
    }
}

// One dose line, and where its figures come from: a cited source, or Carebook's expert advice.
void appendDose(std::string& html, const Page& page, const RemedyFields& remedy) {
    std::string sourceName;
    std::string mark;
    if (const auto* source = page.article.citedSource(remedy.dose->source); source && !remedy.dose->allExpertAdvice()) {
        sourceName = source->publisher;
        mark = page.notes ? page.notes->marks({source->id}) : std::string();
    }
    const bool heatCold = remedy.category == "cold-heat";
    html += "<p class=\"dose\"><b>" + escapeHtml(page.labels.dose) + "</b> " +
            escapeHtml(doseLine(remedy.dose->over({}), heatCold, page.labels.doseWords)) + " <span class=\"muted\">(" +
            escapeHtml(doseBasis(sourceName, remedy.dose->expertAdvice, page.labels.doseWords)) + ")</span>" + mark +
            "</p>";
}

// Stance and evidence badges, the picture and the steps: what a reader needs before the body.
void appendRemedyHeader(std::string& html, const Page& page, const RemedyFields& remedy) {
    const ArticleLabels& labels = page.labels;
    std::string badges = "<p class=\"badges\">";
    if (!remedy.guidelineStance.empty()) {
        badges += "<span class=\"badge stance\">&nbsp;" + escapeHtml(labels.words.stance(remedy.guidelineStance)) +
                  "&nbsp;</span> ";
    }
    std::vector<std::string> shownBadges; // several sources may grade a phase alike: one badge
    for (const auto& evidence : remedy.evidence) {
        const std::string key = evidence.phase + "/" + evidence.level;
        if (std::find(shownBadges.begin(), shownBadges.end(), key) != shownBadges.end()) {
            continue;
        }
        shownBadges.push_back(key);
        badges += "<span class=\"badge " + levelClass(evidence.level) + "\">&nbsp;" +
                  escapeHtml(labels.words.evidenceLevel(evidence.level)) + " · " +
                  escapeHtml(labels.words.evidencePhase(evidence.phase)) + "&nbsp;</span> ";
    }
    html += badges + "</p>";
    if (!remedy.illustration.empty()) {
        html += "<p class=\"illustration\"><img src=\"illustrations/" + escapeHtml(remedy.illustration) +
                ".svg\" width=\"260\"></p>";
    }
    if (!remedy.timing.empty()) {
        html += "<p class=\"timing\"><b>" + escapeHtml(labels.when) + "</b> " + escapeHtml(remedy.timing) + "</p>";
    }
    if (remedy.dose) {
        appendDose(html, page, remedy);
    }
    textList(html, remedy.steps, labels.steps, "ol");
    textList(html, remedy.cautions, labels.cautions);
    textList(html, remedy.avoidIf, labels.avoidIf);
}

void appendSymptomRemedies(std::string& html, const Page& page) {
    std::map<std::string, std::string> byPhase;
    for (const auto& entry : page.article.links) {
        if (entry.relation == "remedy") {
            std::string item = "<li>" + link(entry.article);
            if (!entry.note.empty()) {
                item += " <span class=\"muted\">" + escapeHtml(entry.note) + "</span>";
            }
            byPhase[entry.phase] += item + "</li>";
        }
    }
    if (!byPhase.empty()) {
        html += "<h2>" + escapeHtml(page.labels.whatHelps) + "</h2>";
        for (const auto phase : kPhases) {
            const auto found = byPhase.find(std::string(phase));
            if (found != byPhase.end()) {
                html += "<h3>" + escapeHtml(page.labels.words.phase(phase)) + "</h3><ul class=\"links\">" +
                        found->second + "</ul>";
            }
        }
    }
    linkList(html, page.article.links, "cause", page.labels.commonCauses);
}

// Where an evidence row's grade comes from: "[2]" after its note on screen, a footnote mark in print.
std::string evidenceSourceMark(const Page& page, const RemedyEvidence& evidence) {
    if (page.notes) {
        return page.notes->marks({evidence.source});
    }
    for (std::size_t i = 0; i < page.article.sources.size(); ++i) {
        if (page.article.sources[i].id == evidence.source) {
            return " [" + std::to_string(i + 1) + "]";
        }
    }
    return {};
}

void appendRemedyEvidence(std::string& html, const Page& page, const RemedyFields& remedy) {
    const ArticleLabels& labels = page.labels;
    if (!remedy.evidence.empty()) {
        html += "<h2>" + escapeHtml(labels.evidence) +
                "</h2><table class=\"evidence\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>" +
                escapeHtml(labels.phaseColumn) + "</th><th>" + escapeHtml(labels.evidenceColumn) + "</th><th>" +
                escapeHtml(labels.notesColumn) + "</th></tr>";
        for (const auto& evidence : remedy.evidence) {
            html += "<tr><td>" + escapeHtml(labels.words.evidencePhase(evidence.phase)) + "</td><td><span class=\"badge " +
                    levelClass(evidence.level) + "\">&nbsp;" + escapeHtml(labels.words.evidenceLevel(evidence.level)) +
                    "&nbsp;</span></td><td>" + escapeHtml(evidence.note) + evidenceSourceMark(page, evidence) +
                    "</td></tr>";
        }
        html += "</table>";
    }
    if (!remedy.guidelineNote.empty()) {
        html += "<p><b>" + escapeHtml(labels.guidelines) + "</b> " + escapeHtml(remedy.guidelineNote) + "</p>";
    }
    linkList(html, page.article.links, "addresses", labels.worksOn);
    linkList(html, page.article.links, "nutrient", labels.nutrients);
    linkList(html, page.article.backlinks, "remedy", labels.usedFor);
}

void appendSources(std::string& html, const std::vector<SourceRecord>& sources, const ArticleLabels& labels) {
    html += "<h2>" + escapeHtml(labels.sources) + "</h2><ol class=\"sources\">";
    for (const auto& source : sources) {
        html += "<li>";
        if (!source.authors.empty()) {
            html += escapeHtml(source.authors) + (source.authors.back() == '.' ? " " : ". ");
        }
        html += "<i>" + escapeHtml(source.title) + "</i>. " + escapeHtml(source.publisher) + ", " +
                std::to_string(source.year) + ".";
        if (!source.doi.empty()) {
            html += " doi:" + escapeHtml(source.doi);
        }
        if (!source.url.empty()) {
            html += " <a href=\"" + escapeHtml(source.url) + "\">" + escapeHtml(source.url) + "</a>";
        }
        if (!source.accessed.empty()) {
            html += " " + escapeHtml(fillIn(labels.accessed, source.accessed));
        }
        html += "</li>";
    }
    html += "</ol>";
}

void appendCauseAndNutrient(std::string& html, const Page& page, std::string_view foodSourcesHtml) {
    const Article& article = page.article;
    const ArticleLabels& labels = page.labels;
    if (const auto* cause = article.content.cause()) {
        textList(html, cause->riskFactors, labels.riskFactors);
        textList(html, cause->prevention, labels.prevention);
        linkList(html, article.backlinks, "addresses", labels.addressedBy);
        linkList(html, article.backlinks, "cause", labels.leadsTo);
        linkList(html, article.links, "nutrient", labels.nutrients);
    }
    if (const auto* nutrient = article.content.nutrient()) {
        textList(html, nutrient->foodExamples, labels.foodExamples);
        html += foodSourcesHtml;
        textList(html, nutrient->doNotSupplementWithoutAdvice, labels.askBeforeSupplement);
        linkList(html, article.backlinks, "nutrient", labels.nutrientLinks);
    }
}

} // namespace

std::string renderArticleHtml(const Article& article, std::string_view foodSourcesHtml, const ArticleLabels& labels,
                              const SourceNotes* notes) {
    const Page page{article, labels, notes};
    const ArticleContent& content = article.content;
    std::string html;
    appendTitleBlock(html, page);
    if (const auto* remedy = content.remedy()) {
        appendRemedyHeader(html, page, *remedy);
    }
    if (article.summary.kind == ArticleKind::Symptom) {
        appendSymptomRemedies(html, page);
    }
    html += "<div class=\"body\">" + article.bodyHtml + "</div>";
    if (const auto* remedy = content.remedy()) {
        appendRemedyEvidence(html, page, *remedy);
    }
    appendCauseAndNutrient(html, page, foodSourcesHtml);
    linkList(html, article.links, "related", labels.seeAlso);

    const auto& sources = notes ? notes->sources : article.sources;
    if (!sources.empty()) {
        appendSources(html, sources, labels);
    }
    if (!content.reviewed.empty()) {
        html += "<p class=\"muted\">" + escapeHtml(fillIn(labels.reviewed, content.reviewed)) + "</p>";
    }
    return html;
}

} // namespace carebook
