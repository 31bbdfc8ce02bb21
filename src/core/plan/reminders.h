// SPDX-License-Identifier: MIT
#pragma once

// Which session of a plan a reminder is for: the first one that starts at or after a moment. Pure and
// Qt-free; the app's reminder timer (app/plan/planreminder) asks it again after each reminder.

#include "core/plan/compose.h"

#include <chrono>
#include <optional>

namespace carebook {

struct DueSession {
    int dayNumber = 1;
    std::chrono::year_month_day date{};
    PlanSession session;
};

// The first session of `plan` starting at or after `minute` (after midnight) on `date`; nullopt when the
// plan has none left (it ended, or today's last session has begun and no later day has one).
std::optional<DueSession> nextSessionFrom(const ComposedPlan& plan, std::chrono::year_month_day date, int minute);

} // namespace carebook
