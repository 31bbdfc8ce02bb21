// SPDX-License-Identifier: MIT
#include "core/print/article_print.h"

#include <algorithm>

namespace carebook {

namespace {

// Black on white with the tiers set apart by their printed labels and a rule, not by colour alone: a
// page may be copied in grey.
constexpr std::string_view kPrintStyle = R"css(
body { color: #1f2933; }
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 2px; }
a { color: #1f2933; text-decoration: none; font-weight: bold; }
.kind { font-size: 9pt; color: #3d4752; text-transform: uppercase; margin-bottom: 0; }
.summary { font-size: 12pt; }
.muted, .aliases { color: #3d4752; }
.redflags { border-color: #8a1c1c; margin-top: 8px; margin-bottom: 8px; }
.redflags h2 { margin-top: 0; color: #8a1c1c; }
.urgency-emergency, .urgency-urgent, .urgency-routine { margin-top: 6px; margin-bottom: 2px; }
.urgency-emergency b { color: #8a1c1c; }
.urgency-urgent b { color: #7a4100; }
.badge { border: 1px solid #3d4752; }
table.evidence th { text-align: left; border-bottom: 1px solid #3d4752; }
.sources { font-size: 9pt; }
)css";

std::size_t urgencyRank(const std::string& urgency) {
    const auto found = std::find(kUrgencies.begin(), kUrgencies.end(), urgency);
    return static_cast<std::size_t>(found - kUrgencies.begin());
}

void addSymptomFlags(const ContentStore& store, const ArticleSummary& symptom, ArticlePrint& print) {
    if (std::find(print.redFlagSymptoms.begin(), print.redFlagSymptoms.end(), symptom.title) !=
        print.redFlagSymptoms.end()) {
        return;
    }
    print.redFlagSymptoms.push_back(symptom.title);
    for (auto& flag : store.redFlagsFor(symptom.id)) {
        const bool known = std::any_of(print.redFlags.begin(), print.redFlags.end(),
                                       [&](const RedFlag& other) { return other.id == flag.id; });
        if (!known) {
            print.redFlags.push_back(std::move(flag));
        }
    }
}

std::string redFlagBox(const ArticlePrint& print, const ArticlePrintLabels& labels, const SourceNotes& notes) {
    if (print.redFlags.empty()) {
        return {};
    }
    std::string names;
    for (std::size_t i = 0; i < print.redFlagSymptoms.size(); ++i) {
        names += (i == 0 ? "" : "; ") + print.redFlagSymptoms[i];
    }
    // A one-cell table: the only way QTextDocument draws a border round a block.
    return "<table class=\"redflags\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" width=\"100%\"><tr><td>"
           "<h2>" + escapeHtml(labels.redFlags) + "</h2><p>" + escapeHtml(labels.redFlagsIntro) + "</p>" +
           renderRedFlagsHtml(print.redFlags, 16, labels.article.words.urgency, &notes) + "<p class=\"muted\">" +
           escapeHtml(fillIn(labels.signsFor, names)) + "</p></td></tr></table>";
}

} // namespace

ArticlePrint composeArticlePrint(const ContentStore& store, const std::string& articleId,
                                 const std::string& symptomContext, std::string_view foodSourcesHtml,
                                 const ArticlePrintLabels& labels) {
    const auto article = store.article(articleId);
    if (!article) {
        throw ArticlePrintError("no article has the id '" + articleId + "'");
    }
    ArticlePrint print;
    print.articleId = articleId;
    print.title = article->summary.title;

    if (article->summary.kind == ArticleKind::Symptom) {
        addSymptomFlags(store, article->summary, print);
    } else if (!symptomContext.empty()) {
        const auto symptom = store.summary(symptomContext);
        if (!symptom || symptom->kind != ArticleKind::Symptom) {
            throw ArticlePrintError("'" + symptomContext + "' is not a symptom (try: carebook list --kind symptom)");
        }
        addSymptomFlags(store, *symptom, print);
    } else {
        for (const auto* links : {&article->backlinks, &article->links}) {
            for (const auto& link : *links) {
                if (link.article.kind == ArticleKind::Symptom) {
                    addSymptomFlags(store, link.article, print);
                }
            }
        }
    }
    std::stable_sort(print.redFlags.begin(), print.redFlags.end(), [](const RedFlag& a, const RedFlag& b) {
        return urgencyRank(a.urgency) < urgencyRank(b.urgency);
    });

    // The footnotes: the article's sources keep the numbers they have on screen; a warning sign's source
    // the article does not cite is listed after them, so every printed sign names where it comes from.
    SourceNotes notes{article->sources};
    for (const auto& flag : print.redFlags) {
        for (const auto& cited : flag.sources) {
            if (notes.number(cited.source) == 0) {
                if (auto source = store.source(cited.source)) {
                    notes.add(std::move(*source));
                }
            }
        }
    }
    std::string body = renderArticleHtml(*article, foodSourcesHtml, labels.article, &notes);
    // The box goes straight under the title and summary, where a reader looks first.
    std::size_t insertAt = 0;
    const auto summary = body.find("<p class=\"summary\">");
    if (summary != std::string::npos) {
        const auto end = body.find("</p>", summary);
        insertAt = end == std::string::npos ? 0 : end + 4;
    }
    body.insert(insertAt, redFlagBox(print, labels, notes));
    print.sources = std::move(notes.sources);

    print.html = "<html><head><meta charset=\"utf-8\"><title>" + escapeHtml(print.title) + "</title><style>" +
                 std::string(kPrintStyle) + "</style></head><body>" + body + "</body></html>";
    return print;
}

} // namespace carebook
