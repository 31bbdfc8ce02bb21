// SPDX-License-Identifier: MIT
// An article file's checks: the fields every kind has, the body (Markdown and its links), and the
// kind's own fields. Internal to core/content: loader.cpp calls it for each file.
#pragma once

#include "core/content/field_checker.h"
#include "core/content/loader.h"
#include "core/content/red_flags.h"

#include <optional>
#include <string>

namespace carebook::checks {

// What an article is checked against besides its own file: the warning signs (for the red-flags
// directive and a symptom's sets) and the edition's review date. Empty for an article checked alone.
struct ArticleContext {
    const RedFlagCatalog* redFlags = nullptr;
    std::string editionReviewed;
};

// Validates an article object. Fills `article` (id, kind, markdown, rendering) as far as it can.
void checkArticle(FileChecker& check, const json& object, std::optional<ArticleKind> expectedKind,
                  const std::string& expectedId, const ArticleContext& context, LoadedArticle& article);

} // namespace carebook::checks
