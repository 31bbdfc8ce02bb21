// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/loader.h"

#include <string>
#include <vector>

namespace carebook {

// Reading-level targets (issue 13): every red-flag text at grade 6 or below, no article above
// grade 8, the median article at or below grade 6 (Flesch–Kincaid, readability.h).
inline constexpr double kRedFlagGradeTarget = 6.0;
inline constexpr double kArticleGradeLimit = 8.0;
inline constexpr double kArticleMedianTarget = 6.0;

struct ContentReport {
    std::string text;
    std::vector<std::string> missedTargets; // one line per reading-level target missed; empty when all are met
};

// A report for authors: counts by kind, articles that lack an optional field or that no other
// article links to, every symptom's warning signs by set, where each sign's sources state it, the
// review dates, and the reading level of every article and red flag against the targets.
ContentReport contentReport(const LoadedContent& content);

} // namespace carebook
