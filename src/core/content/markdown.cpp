// SPDX-License-Identifier: MIT
#include "core/content/markdown.h"

#include <md4c-html.h>
#include <md4c.h>

namespace carebook {

namespace {

constexpr unsigned kParserFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML;

struct PlainTextState {
    std::string text;
    std::vector<MarkdownLink> links;
    const char* base = nullptr;
    int listDepth = 0;

    void newline() {
        if (!text.empty() && text.back() != '\n') {
            text += '\n';
        }
    }
};

int enterBlock(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
    auto* state = static_cast<PlainTextState*>(userdata);
    if (type == MD_BLOCK_LI) {
        state->newline();
        state->text += "- ";
    } else if (type == MD_BLOCK_TD || type == MD_BLOCK_TH) {
        if (!state->text.empty() && state->text.back() != '\n') {
            state->text += " | ";
        }
    } else if (type != MD_BLOCK_DOC && type != MD_BLOCK_UL && type != MD_BLOCK_OL && type != MD_BLOCK_TABLE &&
               type != MD_BLOCK_THEAD && type != MD_BLOCK_TBODY && type != MD_BLOCK_TR) {
        state->newline();
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
    auto* state = static_cast<PlainTextState*>(userdata);
    if (type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_TR || type == MD_BLOCK_CODE ||
        type == MD_BLOCK_QUOTE) {
        state->newline();
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* userdata) {
    auto* state = static_cast<PlainTextState*>(userdata);
    if (type == MD_SPAN_A) {
        const auto* link = static_cast<MD_SPAN_A_DETAIL*>(detail);
        const std::string target(link->href.text, link->href.size);
        const std::size_t offset =
            state->base && link->href.text ? static_cast<std::size_t>(link->href.text - state->base) : 0;
        state->links.push_back({target, offset});
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE /*type*/, void* /*detail*/, void* /*userdata*/) { return 0; }

int text(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* userdata) {
    auto* state = static_cast<PlainTextState*>(userdata);
    if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
        state->text += (type == MD_TEXT_BR) ? "\n" : " ";
    } else if (type == MD_TEXT_NULLCHAR) {
        state->text += "\xEF\xBF\xBD";
    } else if (type == MD_TEXT_ENTITY) {
        const std::string entity(chars, size);
        if (entity == "&amp;") {
            state->text += '&';
        } else if (entity == "&lt;") {
            state->text += '<';
        } else if (entity == "&gt;") {
            state->text += '>';
        } else if (entity == "&quot;") {
            state->text += '"';
        } else if (entity == "&nbsp;") {
            state->text += ' ';
        } else {
            state->text += entity;
        }
    } else {
        state->text.append(chars, size);
    }
    return 0;
}

void appendHtml(const MD_CHAR* chars, MD_SIZE size, void* userdata) {
    static_cast<std::string*>(userdata)->append(chars, size);
}

} // namespace

RenderedMarkdown renderMarkdown(std::string_view markdown) {
    RenderedMarkdown out;
    md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), appendHtml, &out.html, kParserFlags, 0);

    PlainTextState state;
    state.base = markdown.data();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kParserFlags;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &state);
    while (!state.text.empty() && (state.text.back() == '\n' || state.text.back() == ' ')) {
        state.text.pop_back();
    }
    out.plainText = std::move(state.text);
    out.links = std::move(state.links);
    return out;
}

bool isArticleLink(std::string_view target) {
    return target.find(':') == std::string_view::npos && target.find('/') == std::string_view::npos &&
           target.find('#') != 0;
}

} // namespace carebook
