// SPDX-License-Identifier: MIT
#pragma once

// An article as a printed page: the article's own HTML with the warning signs that belong to it in a box
// under its title, links as plain text and the sources as numbered notes, in a light stylesheet of its
// own. The app lays it out on pages (app/print/) and adds the footer (date, content edition, page).

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
    std::string html; // a whole HTML document
};

// Whose warning signs go on the page: a symptom's own; for any other article the symptom the reader came
// from (`symptomContext`, empty for none), or else every symptom that links to the article or that it
// links to, so that no printed remedy or cause goes out without the signs of the symptoms it is for.
// Throws ArticlePrintError for an unknown article id or a context that is not a symptom.
ArticlePrint composeArticlePrint(const ContentStore& store, const std::string& articleId,
                                 const std::string& symptomContext = {}, std::string_view foodSourcesHtml = {});

} // namespace carebook
