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

void textList(std::string& html, const std::vector<std::string>& items, const char* heading, const char* tag = "ul") {
    if (items.empty()) {
        return;
    }
    html += "<h2>" + std::string(heading) + "</h2><" + tag + ">";
    for (const auto& item : items) {
        html += "<li>" + escapeHtml(item) + "</li>";
    }
    html += std::string("</") + tag + ">";
}

void linkList(std::string& html, const std::vector<LinkedArticle>& links, const std::string& relation,
              const char* heading) {
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
        html += "<h2>" + std::string(heading) + "</h2><ul class=\"links\">" + items + "</ul>";
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

std::string renderRedFlagsHtml(const std::vector<RedFlag>& flags, int iconPixels) {
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
        html += "<b>" + escapeHtml(urgencyLabel(urgency)) + "</b>";
        if (sharedAction) {
            html += "<br><i>" + escapeHtml(flags[start].action) + "</i>";
        }
        html += "</p><ul>";
        for (std::size_t i = start; i < end; ++i) {
            html += "<li>" + escapeHtml(flags[i].text);
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

void appendTitleBlock(std::string& html, const Article& article) {
    html += "<p class=\"kind\">" + escapeHtml(kindLabel(article.summary.kind)) + "</p>";
    html += "<h1>" + escapeHtml(article.summary.title) + "</h1>";
    html += "<p class=\"summary\">" + escapeHtml(article.summary.summary) + "</p>";
    if (!article.aliases.empty()) {
        std::string aliases;
        for (const auto& alias : article.aliases) {
            aliases += (aliases.empty() ? "" : ", ") + escapeHtml(alias);
        }
        html += "<p class=\"aliases\">Also called: " + aliases + "</p>";
    }
}

// One dose line, and where its figures come from: a cited source, or Carebook's expert advice.
void appendDose(std::string& html, const Article& article, const RemedyFields& remedy) {
    std::string sourceName;
    if (const auto* source = article.citedSource(remedy.dose->source); source && !remedy.dose->allExpertAdvice()) {
        sourceName = source->publisher;
    }
    const bool heatCold = remedy.category == "cold-heat";
    html += "<p class=\"dose\"><b>Dose:</b> " + escapeHtml(doseLine(remedy.dose->over({}), heatCold)) +
            " <span class=\"muted\">(" + escapeHtml(doseBasis(sourceName, remedy.dose->expertAdvice)) +
            ")</span></p>";
}

// Stance and evidence badges, the picture and the steps: what a reader needs before the body.
void appendRemedyHeader(std::string& html, const Article& article, const RemedyFields& remedy) {
        std::string badges = "<p class=\"badges\">";
        if (!remedy.guidelineStance.empty()) {
            badges += "<span class=\"badge stance\">&nbsp;" + escapeHtml(guidelineStanceLabel(remedy.guidelineStance)) +
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
                      escapeHtml(evidenceLabel(evidence.level)) + " · " +
                      escapeHtml(evidencePhaseLabel(evidence.phase)) + "&nbsp;</span> ";
        }
        html += badges + "</p>";
        if (!remedy.illustration.empty()) {
            html += "<p class=\"illustration\"><img src=\"illustrations/" + escapeHtml(remedy.illustration) +
                    ".svg\" width=\"260\"></p>";
        }
        if (!remedy.timing.empty()) {
            html += "<p class=\"timing\"><b>When:</b> " + escapeHtml(remedy.timing) + "</p>";
        }
        if (remedy.dose) {
            appendDose(html, article, remedy);
        }
        textList(html, remedy.steps, "How to do it", "ol");
        textList(html, remedy.cautions, "Take care");
        textList(html, remedy.avoidIf, "Do not use it, or ask first, if");
}

void appendSymptomRemedies(std::string& html, const Article& article) {
        std::map<std::string, std::string> byPhase;
        for (const auto& entry : article.links) {
            if (entry.relation == "remedy") {
                std::string item = "<li>" + link(entry.article);
                if (!entry.note.empty()) {
                    item += " <span class=\"muted\">" + escapeHtml(entry.note) + "</span>";
                }
                byPhase[entry.phase] += item + "</li>";
            }
        }
        if (!byPhase.empty()) {
            html += "<h2>What helps</h2>";
            for (const auto phase : kPhases) {
                const auto found = byPhase.find(std::string(phase));
                if (found != byPhase.end()) {
                    html += "<h3>" + escapeHtml(phaseLabel(phase)) + "</h3><ul class=\"links\">" + found->second +
                            "</ul>";
                }
            }
        }
        linkList(html, article.links, "cause", "Common causes");
}

void appendRemedyEvidence(std::string& html, const Article& article, const RemedyFields& remedy) {
        if (!remedy.evidence.empty()) {
            html += "<h2>What the evidence says</h2><table class=\"evidence\" cellspacing=\"0\" cellpadding=\"4\">"
                    "<tr><th>Phase</th><th>Evidence</th><th>Notes</th></tr>";
            for (const auto& evidence : remedy.evidence) {
                std::string sourceNumber;
                for (std::size_t i = 0; i < article.sources.size(); ++i) {
                    if (article.sources[i].id == evidence.source) {
                        sourceNumber = " [" + std::to_string(i + 1) + "]";
                    }
                }
                html += "<tr><td>" + escapeHtml(evidencePhaseLabel(evidence.phase)) + "</td><td><span class=\"badge " +
                        levelClass(evidence.level) + "\">&nbsp;" + escapeHtml(evidenceLabel(evidence.level)) +
                        "&nbsp;</span></td><td>" + escapeHtml(evidence.note) + escapeHtml(sourceNumber) + "</td></tr>";
            }
            html += "</table>";
        }
        if (!remedy.guidelineNote.empty()) {
            html += "<p><b>Guidelines:</b> " + escapeHtml(remedy.guidelineNote) + "</p>";
        }
        linkList(html, article.links, "addresses", "Causes it works on");
        linkList(html, article.links, "nutrient", "Nutrients involved");
        linkList(html, article.backlinks, "remedy", "Used for");
}

void appendSources(std::string& html, const std::vector<SourceRecord>& sources) {
        html += "<h2>Sources</h2><ol class=\"sources\">";
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
                html += " (accessed " + escapeHtml(source.accessed) + ")";
            }
            html += "</li>";
        }
        html += "</ol>";
}

} // namespace

std::string renderArticleHtml(const Article& article, std::string_view foodSourcesHtml) {
    const ArticleContent& content = article.content;
    std::string html;
    appendTitleBlock(html, article);
    if (const auto* remedy = content.remedy()) {
        appendRemedyHeader(html, article, *remedy);
    }
    if (article.summary.kind == ArticleKind::Symptom) {
        appendSymptomRemedies(html, article);
    }
    html += "<div class=\"body\">" + article.bodyHtml + "</div>";
    if (const auto* remedy = content.remedy()) {
        appendRemedyEvidence(html, article, *remedy);
    }
    if (const auto* cause = content.cause()) {
        textList(html, cause->riskFactors, "Who is at risk");
        textList(html, cause->prevention, "Prevention");
        linkList(html, article.backlinks, "addresses", "Remedies that address it");
        linkList(html, article.backlinks, "cause", "Symptoms it can lead to");
        linkList(html, article.links, "nutrient", "Nutrients involved");
    }

    if (const auto* nutrient = content.nutrient()) {
        textList(html, nutrient->foodExamples, "Foods that supply it");
        html += foodSourcesHtml;
        textList(html, nutrient->doNotSupplementWithoutAdvice, "Ask a clinician before taking it as a supplement if");
        linkList(html, article.backlinks, "nutrient", "Related remedies and causes");
    }

    linkList(html, article.links, "related", "See also");

    if (!article.sources.empty()) {
        appendSources(html, article.sources);
    }
    if (!content.reviewed.empty()) {
        html += "<p class=\"muted\">Reviewed " + escapeHtml(content.reviewed) + "</p>";
    }
    return html;
}

} // namespace carebook
