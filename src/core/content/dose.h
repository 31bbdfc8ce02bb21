// SPDX-License-Identifier: MIT
#pragma once

// How much of a remedy, and how often: the numbers of a cold or heat session or of an exercise, and the
// one line that says them ("Hold 20 s · 3 times · each side · twice a day"). The content's remedies
// carry their own (RemedyDose, "dose" in a remedy file); the plan fills what they leave out.

#include <optional>
#include <string>
#include <vector>

namespace carebook {

// No cold or heat session ever runs longer than this, whatever the content or the person asks.
inline constexpr int kMaxHeatColdMinutes = 20;

struct Dose {
    // Cold and heat.
    int minutes = 0;    // one session
    int everyHours = 0; // at least this long from the start of one cold or heat session to the next
    // Which days of the plan (1-based) the item is for: from `fromDay`, for `forDays` days (0: to the end).
    int fromDay = 1;
    int forDays = 0;
    // Exercises and stretches.
    int holdSeconds = 0;
    int repetitions = 0;
    int sets = 0;
    int restSeconds = 0;
    bool eachSide = false;
    int timesPerDay = 0;

    bool operator==(const Dose&) const = default;
};

// The dose line's words, English by default; the window fills them from its translation
// (app/settings/corelabels.cpp). "%1" and "%2" stand for the figures.
struct DoseWords {
    std::string minutes = "%1 min";
    std::string everyHours = "every %1 h";
    std::string hold = "Hold %1 s";
    std::string once = "%1 time";
    std::string times = "%1 times";
    std::string sets = "%1 sets, rest %2 s";
    std::string eachSide = "each side";
    std::string onceADay = "once a day";
    std::string twiceADay = "twice a day";
    std::string timesADay = "%1 times a day";
    std::string day = "day %1";
    std::string days = "days %1–%2";
    std::string fromDay = "from day %1";
    std::string expertAdvice = "Carebook's expert advice";
    std::string fromSource = "From %1";
    std::string partlyExpertAdvice = "%1: Carebook's expert advice"; // %1: the figures the source does not give
};

// "15 min · every 2 h · days 1–3" for cold or heat, "Hold 20 s · 3 times · each side · twice a day" for
// an exercise. A figure of 0 is left out.
std::string doseLine(const Dose& dose, bool heatOrCold, const DoseWords& words = {});

// The dose a remedy's file gives ("dose": {...}): only the figures it states, where each comes from.
struct RemedyDose {
    std::optional<int> minutes, everyHours, fromDay, forDays;                     // cold and heat
    std::optional<int> holdSeconds, repetitions, sets, restSeconds, timesPerDay; // exercises
    std::string sides;                     // "both", "each"; empty: not stated
    std::string source;                    // one of the article's sources, or kDoseExpertAdvice
    std::vector<std::string> expertAdvice; // the JSON names of figures the source does not give

    bool operator==(const RemedyDose&) const = default;

    // The stated figures over `base`: what a plan uses, its own defaults where the content is silent.
    Dose over(Dose base) const;
    // True when no figure comes from a source: all of them are Carebook's expert advice.
    bool allExpertAdvice() const;
};

inline constexpr const char* kDoseExpertAdvice = "expert-advice";

// Where a dose's figures come from, in words: "Carebook's expert advice" when `sourceName` is empty,
// else "From Healthwise; how often: Carebook's expert advice" (the figures in `expertAdvice` named).
// (The figures' names, "how often", stay English for now.)
std::string doseBasis(const std::string& sourceName, const std::vector<std::string>& expertAdvice,
                      const DoseWords& words = {});

// The JSON names of a dose's figures, cold/heat first: what a remedy's "dose" may hold beside
// "source" and "expert_advice".
inline const std::vector<std::string> kHeatColdDoseFields = {"minutes", "every_hours", "from_day", "for_days"};
inline const std::vector<std::string> kExerciseDoseFields = {"hold_seconds", "repetitions",   "sets", "rest_seconds",
                                                            "sides",        "times_per_day", "from_day", "for_days"};

} // namespace carebook
