// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"

#include <string>
#include <string_view>

namespace carebook {

// Escapes text for HTML element content and attribute values.
std::string escapeHtml(std::string_view text);

// The article as an HTML fragment for the app's article view (QTextBrowser's HTML subset): title,
// summary, the kind's structured sections (steps, cautions, evidence, phased remedies, causes …),
// the body and the numbered sources. Article links are bare ids in href. `foodSourcesHtml` is a nutrient
// article's "Top food sources" section (foods/food_html.h), placed after its authored food examples.
std::string renderArticleHtml(const Article& article, std::string_view foodSourcesHtml = {});

// The "when to seek care" list as an HTML fragment, most urgent first.
// `iconPixels`: the size of each tier's sign, so it can grow with the text beside it.
std::string renderRedFlagsHtml(const std::vector<RedFlag>& flags, int iconPixels = 16);

} // namespace carebook
