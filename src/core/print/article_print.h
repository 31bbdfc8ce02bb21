// SPDX-License-Identifier: MIT
#pragma once

// An article as a printed page: the article's own HTML with the warning signs that belong to it in a box
// under its title, links as plain text and the sources as numbered footnotes (each claim that cites one
// marked with its number), in a light stylesheet of its own. The app lays it out on pages (app/print/) and adds the footer (date, content edition, page).

#include "core/content/article_html.h"
#include "core/content/store.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

class ArticlePrintError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ArticlePrint {
    std::string articleId;
    std::string title;
    // The warning signs printed with the article, most urgent first, each once.
    std::vector<RedFlag> redFlags;
    // The symptoms those signs belong to, by title, in the order found.
    std::vector<std::string> redFlagSymptoms;
    // The footnotes, in their numbered order: the article's sources, then those of the warning signs
    // that the article does not cite itself.
    std::vector<SourceRecord> sources;
    std::string html; // a whole HTML document
};

// The printed page's own words round the article's (English by default; the window and a translated
// command line fill them from the translation). "%1" stands for the value put in.
struct ArticlePrintLabels {
    ArticleLabels article;
    std::string redFlags = "When to seek care";
    std::string redFlagsIntro = "Get help if you have any of these signs.";
    std::string signsFor = "Signs for: %1";
};

// Whose warning signs go on the page: a symptom's own; for any other article the symptom the reader came
// from (`symptomContext`, empty for none), or else every symptom that links to the article or that it
// links to, so that no printed remedy or cause goes out without the signs of the symptoms it is for.
// Throws ArticlePrintError for an unknown article id or a context that is not a symptom.
ArticlePrint composeArticlePrint(const ContentStore& store, const std::string& articleId,
                                 const std::string& symptomContext = {}, std::string_view foodSourcesHtml = {},
                                 const ArticlePrintLabels& labels = {});

} // namespace carebook
