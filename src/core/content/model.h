// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace carebook {

inline constexpr int kContentSchemaVersion = 1;
// The compiled database's layout and its format version are in core/content/schema.h.

enum class ArticleKind { Symptom, Remedy, Cause, Nutrient, Question, Page };

inline constexpr std::array<ArticleKind, 6> kAllKinds = {ArticleKind::Symptom,  ArticleKind::Remedy,
                                                         ArticleKind::Cause,    ArticleKind::Nutrient,
                                                         ArticleKind::Question, ArticleKind::Page};

// The singular name used in files, folders, the database and the command line.
std::string_view kindName(ArticleKind kind);
// A plural, capitalised label for navigation ("Symptoms").
std::string_view kindLabel(ArticleKind kind);
std::optional<ArticleKind> kindFromName(std::string_view name);

// Remedy phases for a symptom, in the order they are shown.
inline constexpr std::array<std::string_view, 5> kPhases = {"now", "first-72h", "after-72h", "long-term",
                                                            "with-a-clinician"};
std::string_view phaseLabel(std::string_view phase);

inline constexpr std::array<std::string_view, 3> kUrgencies = {"emergency", "urgent", "routine"};
std::string_view urgencyLabel(std::string_view urgency);

inline constexpr std::array<std::string_view, 6> kEvidenceLevels = {"moderate",     "low",        "very-low",
                                                                    "insufficient", "no-benefit", "expert-advice"};
std::string_view evidenceLabel(std::string_view level);

inline constexpr std::array<std::string_view, 4> kEvidencePhases = {"acute", "subacute", "chronic", "any"};
std::string_view evidencePhaseLabel(std::string_view phase);

inline constexpr std::array<std::string_view, 5> kGuidelineStances = {
    "recommended", "conditional", "do-not-offer", "guidelines-disagree", "not-mentioned"};
std::string_view guidelineStanceLabel(std::string_view stance);

inline constexpr std::array<std::string_view, 10> kRemedyCategories = {
    "cold-heat", "stretch", "exercise", "activity", "medicine", "topical", "hands-on", "lifestyle", "diet", "clinician"};

inline constexpr std::array<std::string_view, 6> kFoodKeys = {"magnesium", "calcium", "potassium",
                                                              "sodium",    "vitamin-d", "water"};
inline constexpr std::array<std::string_view, 5> kNutrientUnits = {"mg", "µg", "g", "mL", "L"};

} // namespace carebook
