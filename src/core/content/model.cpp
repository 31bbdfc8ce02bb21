// SPDX-License-Identifier: MIT
#include "core/content/model.h"

namespace carebook {

std::string_view kindName(ArticleKind kind) {
    switch (kind) {
    case ArticleKind::Symptom:
        return "symptom";
    case ArticleKind::Remedy:
        return "remedy";
    case ArticleKind::Cause:
        return "cause";
    case ArticleKind::Nutrient:
        return "nutrient";
    case ArticleKind::Question:
        return "question";
    case ArticleKind::Page:
        return "page";
    }
    return "page";
}

std::string_view kindLabel(ArticleKind kind) {
    switch (kind) {
    case ArticleKind::Symptom:
        return "Symptoms";
    case ArticleKind::Remedy:
        return "Remedies";
    case ArticleKind::Cause:
        return "Causes";
    case ArticleKind::Nutrient:
        return "Nutrients";
    case ArticleKind::Question:
        return "Questions";
    case ArticleKind::Page:
        return "About";
    }
    return "About";
}

std::optional<ArticleKind> kindFromName(std::string_view name) {
    for (const auto kind : kAllKinds) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view phaseLabel(std::string_view phase) {
    if (phase == "now") {
        return "Right now";
    }
    if (phase == "first-72h") {
        return "First 72 hours";
    }
    if (phase == "after-72h") {
        return "After 72 hours";
    }
    if (phase == "long-term") {
        return "Over the coming weeks";
    }
    if (phase == "with-a-clinician") {
        return "What a clinician may offer";
    }
    return phase;
}

std::string_view urgencyLabel(std::string_view urgency) {
    if (urgency == "emergency") {
        return "Emergency: get help now";
    }
    if (urgency == "urgent") {
        return "Urgent: see a doctor today";
    }
    if (urgency == "routine") {
        return "Book an appointment";
    }
    return urgency;
}

std::string_view evidenceLabel(std::string_view level) {
    if (level == "moderate") {
        return "Moderate evidence";
    }
    if (level == "low") {
        return "Low evidence";
    }
    if (level == "very-low") {
        return "Very low evidence";
    }
    if (level == "insufficient") {
        return "Not enough evidence";
    }
    if (level == "no-benefit") {
        return "No benefit shown";
    }
    if (level == "expert-advice") {
        return "Expert advice";
    }
    return level;
}

std::string_view evidencePhaseLabel(std::string_view phase) {
    if (phase == "acute") {
        return "Acute (under 4 weeks)";
    }
    if (phase == "subacute") {
        return "Subacute (4 to 12 weeks)";
    }
    if (phase == "chronic") {
        return "Chronic (over 12 weeks)";
    }
    if (phase == "any") {
        return "Overall";
    }
    return phase;
}

std::string_view guidelineStanceLabel(std::string_view stance) {
    if (stance == "recommended") {
        return "Recommended by guidelines";
    }
    if (stance == "conditional") {
        return "Guidelines: only in some cases";
    }
    if (stance == "do-not-offer") {
        return "Guidelines advise against it";
    }
    if (stance == "guidelines-disagree") {
        return "Guidelines disagree";
    }
    if (stance == "not-mentioned") {
        return "Not covered by guidelines";
    }
    return stance;
}

} // namespace carebook
