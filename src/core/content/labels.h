// SPDX-License-Identifier: MIT
#pragma once

// The words the core writes for the content's fixed keys (an urgency, a phase, an evidence level …).
// The core has no Qt, so these are English by default, from model.h's labels; the window fills them
// from its translation (app/settings/corelabels.cpp) and hands them to the renderers, while the
// command line and the tests keep the defaults.

#include "core/content/model.h"

#include <array>
#include <string>
#include <string_view>

namespace carebook {

// What each urgency tier tells the person to do. One wording per tier wherever it is shown or said:
// the article's warning signs, the red-flag panel, the printed article, the sheet and read aloud.
struct UrgencyWords {
    std::string emergency{urgencyLabel("emergency")};
    std::string urgent{urgencyLabel("urgent")};
    std::string routine{urgencyLabel("routine")};

    // The words for `urgency` (one of kUrgencies); an unknown key comes back as it is.
    std::string_view of(std::string_view urgency) const;
};

// The labels of every fixed key, each array in the order of its key list in model.h.
struct ContentWords {
    ContentWords(); // English

    std::array<std::string, kAllKinds.size()> kinds;               // "Symptoms"
    std::array<std::string, kPhases.size()> phases;                // "Right now"
    std::array<std::string, kEvidenceLevels.size()> evidenceLevels; // "Moderate evidence"
    std::array<std::string, kEvidencePhases.size()> evidencePhases; // "Acute (under 4 weeks)"
    std::array<std::string, kGuidelineStances.size()> stances;     // "Recommended by guidelines"
    UrgencyWords urgency;

    std::string_view kind(ArticleKind kind) const;
    // Each gives an unknown key back as it is, as model.h's labels do.
    std::string_view phase(std::string_view phase) const;
    std::string_view evidenceLevel(std::string_view level) const;
    std::string_view evidencePhase(std::string_view phase) const;
    std::string_view stance(std::string_view stance) const;
};

// `text` with "%1" replaced by `value` (the translations keep the placeholder where their word order
// puts it).
std::string fillIn(std::string_view text, std::string_view value);

} // namespace carebook
