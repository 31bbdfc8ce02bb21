// SPDX-License-Identifier: MIT
#pragma once

// The plan for one symptom from the content: which of its remedies are timed (cold, heat, exercises)
// and with what dose, which are done as needed or as a habit, the day-by-day schedule with clock
// times (schedule.h) and the symptom's red flags. Shared by `carebook plan` and the Today view.

#include "core/content/store.h"
#include "core/plan/schedule.h"

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace carebook {

// A request that cannot become a plan. field() names what is wrong ("symptom", "start", "include[1]").
class PlanError : public std::runtime_error {
public:
    PlanError(std::string field, const std::string& message)
        : std::runtime_error(field + ": " + message), m_field(std::move(field)) {}
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

inline constexpr int kMaxPlanDays = 28;
inline constexpr std::size_t kMaxPlanExercises = 4;

struct PlanRequest {
    std::string symptomId;
    std::chrono::year_month_day startDate{};
    int startMinute = 0; // minutes after midnight on the start date
    // Remedy ids to include; nullopt: the proposal (what a person can do at home without asking anyone).
    std::optional<std::vector<std::string>> include;
    int days = 7;
};

// Where an item's dose comes from: the remedy's own "dose" with at least one figure from a cited source
// (Content), or no source at all: the remedy's dose marked expert advice, or none and Carebook's
// defaults (ExpertAdvice), labelled so wherever it is shown.
enum class DoseSource { Content, ExpertAdvice };
std::string_view doseSourceKey(DoseSource source); // "content", "expert-advice"

struct PlannedItem {
    std::string remedyId;
    std::string title;
    PlanItemKind kind = PlanItemKind::Exercise;
    PlanDose dose;
    DoseSource doseSource = DoseSource::ExpertAdvice;
    std::string doseCites;                 // with Content: the source id the figures come from
    std::string doseSourceName;            // with Content: that source's publisher, for the reader
    std::vector<std::string> expertAdvice; // with Content: the figures (JSON names) that are expert advice
    std::string timing;       // the remedy's own words on when and how long
    std::string illustration; // an SVG's name without .svg; empty: none
    std::vector<std::string> steps;
};

// A chosen remedy with no clock time: done as needed (stretch the cramp) or as a habit (foods, keep active).
struct UntimedItem {
    std::string remedyId;
    std::string title;
    std::string timing;
};

struct ComposedPlan {
    std::string symptomId;
    std::string symptomTitle;
    std::chrono::year_month_day startDate{};
    int startMinute = 0;
    std::vector<PlannedItem> items;
    std::vector<UntimedItem> untimed;
    std::vector<PlanDay> days;
    std::vector<RedFlag> redFlags; // most urgent first; never empty for a symptom the compiler accepted

    const PlannedItem* item(const std::string& remedyId) const;
};

// Composes the plan. Throws PlanError naming the field: an unknown symptom, an include id that is not
// one of the symptom's remedies, too many exercises, days outside 1..kMaxPlanDays.
ComposedPlan composePlan(const ContentStore& store, const PlanRequest& request);

// "15 min · every 2 h · days 1–3", "Hold 20 s · 3 times · twice a day": one dose line.
std::string doseLine(const PlannedItem& item);
// "From Healthwise; how often: Carebook's expert advice", or "Carebook's expert advice".
std::string doseBasis(const PlannedItem& item);
// "cold", "heat", "exercise".
std::string_view planItemKindKey(PlanItemKind kind);
// "09:30" for minutes after midnight.
std::string clockTime(int minuteOfDay);
// Strict "YYYY-MM-DDTHH:MM" (local time, no zone). nullopt for anything else or a date that does not exist.
std::optional<std::pair<std::chrono::year_month_day, int>> parsePlanStart(std::string_view text);

} // namespace carebook
