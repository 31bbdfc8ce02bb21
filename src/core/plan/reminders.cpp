// SPDX-License-Identifier: MIT
#include "core/plan/reminders.h"

namespace carebook {

std::optional<DueSession> nextSessionFrom(const ComposedPlan& plan, std::chrono::year_month_day date, int minute) {
    const std::chrono::sys_days from{date};
    for (const auto& day : plan.days) {
        const std::chrono::sys_days dayStart{day.date};
        if (dayStart < from) {
            continue;
        }
        for (const auto& session : day.sessions) {
            if (dayStart > from || session.startMinute >= minute) {
                return DueSession{day.number, day.date, session};
            }
        }
    }
    return std::nullopt;
}

} // namespace carebook
