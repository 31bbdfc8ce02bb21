// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace carebook {

struct MarkdownLink {
    std::string target;     // the link destination as written
    std::size_t offset = 0; // byte offset of the link in the Markdown text
};

struct RenderedMarkdown {
    std::string html;
    std::string plainText; // for full-text search and the command line
    std::vector<MarkdownLink> links;
};

// Renders CommonMark (with tables and strikethrough) to HTML and to plain text with md4c.
// Raw HTML in the source is not passed through: content is text, not markup.
RenderedMarkdown renderMarkdown(std::string_view markdown);

// True when a link target names an article (a bare id) rather than a web address.
bool isArticleLink(std::string_view target);

} // namespace carebook
