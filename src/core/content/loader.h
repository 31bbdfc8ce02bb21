// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/article.h"
#include "core/util/diagnostics.h"
#include "core/util/json_document.h"
#include "core/content/markdown.h"
#include "core/content/red_flags.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace carebook {

struct LoadedArticle {
    // The id and kind are known from the file's name and folder even when its fields are not valid;
    // `content` is filled only from a file that passed every check (else it holds the id and the
    // kind's empty fields, and the diagnostics say what is wrong).
    std::string id;
    ArticleKind kind = ArticleKind::Page;
    std::string path;       // as reported in diagnostics
    ArticleContent content; // every authored field but the body, typed (article.h)
    std::string markdown;   // the body, lines joined, red-flags directives expanded
    RenderedMarkdown rendered;
    // For a symptom: every warning sign it shows, its sets' flags in set order, then its own flags,
    // each once. The compiler writes these, not the authored "red_flags".
    std::vector<std::string> redFlagIds;
};

struct LoadedContent {
    ContentEdition edition;                 // carebook.json
    std::vector<LoadedArticle> articles;    // ordered by kind, then id
    std::vector<SourceRecord> sources;      // ordered as in sources.json
    std::vector<RedFlag> redFlags;          // ordered as in red-flags.json
    std::vector<RedFlagSet> redFlagSets;    // red-flags.json "sets", in file order
    std::vector<std::vector<std::string>> synonymGroups;
    std::vector<std::string> inputFiles;    // every file read, sorted, for dependency tracking

    const LoadedArticle* find(std::string_view id) const;
};

// Reads and validates every file under `contentDir`, resolving all cross-references. Every problem
// is added to `diagnostics`; the result is only usable when `diagnostics` stays empty.
LoadedContent loadContent(const std::filesystem::path& contentDir, Diagnostics& diagnostics);

// Called with each article as soon as its file is read and checked on its own: `loading` is the
// content loaded so far (edition, sources, red flags and synonyms complete; articles up to and
// including loading.articles[index]). Cross-references are checked after the last article: only
// when `diagnostics` is still empty at the end are the articles seen the valid content.
using ArticleObserver = std::function<void(const LoadedContent& loading, std::size_t index)>;

// The same into `content` (empty), calling `onArticle` for each article. An article stays at the
// same address once loaded (the storage is reserved for every file at the start), so another
// thread may read it while loading goes on, for as long as the caller keeps `content`.
void loadContent(const std::filesystem::path& contentDir, Diagnostics& diagnostics, LoadedContent& content,
                 const ArticleObserver& onArticle);

// Validates one article file's text as if it were at `displayPath` (used by the fuzzer and tests);
// cross-references are not resolved.
void validateArticleText(std::string_view text, const std::string& displayPath, Diagnostics& diagnostics);

} // namespace carebook
