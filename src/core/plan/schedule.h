// SPDX-License-Identifier: MIT
#pragma once

// The day-by-day schedule of a home-care plan: from the chosen items with their doses and a start date
// and time, each day's sessions with clock times. Pure and Qt-free: the same schedule drives the
// command line, the Today view and the printed sheet.

#include "core/content/dose.h"

#include <chrono>
#include <string>
#include <vector>

namespace carebook {

enum class PlanItemKind { Cold, Heat, Exercise };

// A plan's dose is the content's dose type (core/content/dose.h), with the plan's defaults filled in.
using PlanDose = Dose;

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
