// SPDX-License-Identifier: MIT
#include "core/content/labels.h"

namespace carebook {

namespace {

template <std::size_t N, typename Label>
std::array<std::string, N> english(const std::array<std::string_view, N>& keys, Label label) {
    std::array<std::string, N> words;
    for (std::size_t i = 0; i < N; ++i) {
        words[i] = std::string(label(keys[i]));
    }
    return words;
}

template <std::size_t N>
std::string_view lookUp(const std::array<std::string_view, N>& keys, const std::array<std::string, N>& words,
                        std::string_view key) {
    for (std::size_t i = 0; i < N; ++i) {
        if (keys[i] == key) {
            return words[i];
        }
    }
    return key;
}

} // namespace

std::string_view UrgencyWords::of(std::string_view urgency) const {
    if (urgency == "emergency") {
        return emergency;
    }
    if (urgency == "urgent") {
        return urgent;
    }
    if (urgency == "routine") {
        return routine;
    }
    return urgency;
}

ContentWords::ContentWords()
    : phases(english(kPhases, phaseLabel)), evidenceLevels(english(kEvidenceLevels, evidenceLabel)),
      evidencePhases(english(kEvidencePhases, evidencePhaseLabel)), stances(english(kGuidelineStances, guidelineStanceLabel)) {
    for (std::size_t i = 0; i < kAllKinds.size(); ++i) {
        kinds[i] = std::string(kindLabel(kAllKinds[i]));
    }
}

std::string_view ContentWords::kind(ArticleKind kind) const { return kinds[static_cast<std::size_t>(kind)]; }

std::string_view ContentWords::phase(std::string_view phase) const { return lookUp(kPhases, phases, phase); }

std::string_view ContentWords::evidenceLevel(std::string_view level) const {
    return lookUp(kEvidenceLevels, evidenceLevels, level);
}

std::string_view ContentWords::evidencePhase(std::string_view phase) const {
    return lookUp(kEvidencePhases, evidencePhases, phase);
}

std::string_view ContentWords::stance(std::string_view stance) const { return lookUp(kGuidelineStances, stances, stance); }

std::string fillIn(std::string_view text, std::string_view value) {
    std::string out(text);
    if (const auto at = out.find("%1"); at != std::string::npos) {
        out.replace(at, 2, value);
    }
    return out;
}

} // namespace carebook
