// SPDX-License-Identifier: MIT
#pragma once

// The day-by-day schedule of a home-care plan: from the chosen items with their doses and a start date
// and time, each day's sessions with clock times. Pure and Qt-free: the same schedule drives the
// command line, the Today view and the printed sheet.

#include <chrono>
#include <string>
#include <vector>

namespace carebook {

enum class PlanItemKind { Cold, Heat, Exercise };

// No cold or heat session ever runs longer than this, whatever the content or the person asks.
inline constexpr int kMaxHeatColdMinutes = 20;

struct PlanDose {
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
};

struct PlanItem {
    std::string id;
    PlanItemKind kind = PlanItemKind::Exercise;
    PlanDose dose;
};

struct PlanSession {
    std::string itemId;
    PlanItemKind kind = PlanItemKind::Exercise;
    int startMinute = 0; // minutes after midnight
    int minutes = 0;     // how long it takes, at least 1
};

struct PlanDay {
    int number = 1; // 1 for the start day
    std::chrono::year_month_day date;
    std::vector<PlanSession> sessions; // by start time
};

struct PlanHours {
    int wakeMinute = 8 * 60;   // nothing is scheduled before
    int sleepMinute = 22 * 60; // every session ends by then: never sleep on a heating pad
    int days = 7;
};

// The time one exercise session takes: every hold, repetition and rest of every set, on each side.
int exerciseSeconds(const PlanDose& dose);

// Each day from `startDate` with its sessions. On the first day nothing starts before `startMinute`.
// Cold and heat share one timeline: no two of their sessions start closer together than the larger
// `everyHours` of the two, and none is longer than kMaxHeatColdMinutes. Exercises are spread over the
// waking hours, `timesPerDay` a day, and moved past any cold or heat session they would overlap.
std::vector<PlanDay> scheduleDays(const std::vector<PlanItem>& items, std::chrono::year_month_day startDate,
                                  int startMinute, const PlanHours& hours = {});

} // namespace carebook
