// SPDX-License-Identifier: MIT
#include "core/plan/schedule.h"

#include <algorithm>

namespace carebook {

namespace {

constexpr int kSlotMinutes = 5; // clock times are multiples of five minutes: easy to read and keep

int roundUpToSlot(int minute) { return (minute + kSlotMinutes - 1) / kSlotMinutes * kSlotMinutes; }

bool activeOn(const PlanDose& dose, int day) {
    return day >= dose.fromDay && (dose.forDays <= 0 || day < dose.fromDay + dose.forDays);
}

bool isHeatOrCold(PlanItemKind kind) { return kind == PlanItemKind::Cold || kind == PlanItemKind::Heat; }

int sessionMinutes(const PlanItem& item) {
    if (isHeatOrCold(item.kind)) {
        return std::clamp(item.dose.minutes, 1, kMaxHeatColdMinutes);
    }
    return std::max(1, (exerciseSeconds(item.dose) + 59) / 60);
}

// Cold and heat in turn from the first free minute, each next one no sooner than the gap allows.
void scheduleHeatAndCold(const std::vector<const PlanItem*>& items, int from, int until,
                         std::vector<PlanSession>& out) {
    if (items.empty()) {
        return;
    }
    int gapMinutes = 0;
    for (const auto* item : items) {
        gapMinutes = std::max(gapMinutes, std::max(1, item->dose.everyHours) * 60);
    }
    std::size_t next = 0;
    for (int start = roundUpToSlot(from);; start += gapMinutes) {
        const auto& item = *items[next++ % items.size()];
        const int minutes = sessionMinutes(item);
        if (start + minutes > until) {
            break;
        }
        out.push_back({item.id, item.kind, start, minutes});
    }
}

bool overlaps(const PlanSession& session, int start, int minutes) {
    return start < session.startMinute + session.minutes && session.startMinute < start + minutes;
}

// The first start at or after `wanted` where a session of `minutes` overlaps nothing already placed.
int firstFreeStart(const std::vector<PlanSession>& placed, int wanted, int minutes) {
    int start = roundUpToSlot(wanted);
    for (bool moved = true; moved;) {
        moved = false;
        for (const auto& session : placed) {
            if (overlaps(session, start, minutes)) {
                start = roundUpToSlot(session.startMinute + session.minutes);
                moved = true;
            }
        }
    }
    return start;
}

void scheduleExercises(const std::vector<const PlanItem*>& items, int from, int until,
                       std::vector<PlanSession>& out) {
    for (const auto* item : items) {
        const int times = std::max(1, item->dose.timesPerDay);
        const int minutes = sessionMinutes(*item);
        const int window = until - from;
        for (int k = 0; k < times; ++k) {
            // Evenly over the waking hours: the middle of each of `times` equal parts.
            const int wanted = from + window * (2 * k + 1) / (2 * times) - minutes / 2;
            const int start = firstFreeStart(out, std::max(from, wanted), minutes);
            if (start + minutes <= until) {
                out.push_back({item->id, item->kind, start, minutes});
            }
        }
    }
}

} // namespace

int exerciseSeconds(const PlanDose& dose) {
    const int sides = dose.eachSide ? 2 : 1;
    const int repetitions = std::max(1, dose.repetitions);
    const int sets = std::max(1, dose.sets);
    const int hold = std::max(0, dose.holdSeconds);
    const int rest = std::max(0, dose.restSeconds);
    // A repetition without a hold still takes a few seconds to do.
    const int perRepetition = std::max(hold, 3);
    const int perSet = sides * repetitions * perRepetition + rest;
    return sets * perSet;
}

std::vector<PlanDay> scheduleDays(const std::vector<PlanItem>& items, std::chrono::year_month_day startDate,
                                  int startMinute, const PlanHours& hours) {
    std::vector<PlanDay> days;
    const std::chrono::sys_days first{startDate};
    for (int number = 1; number <= std::max(0, hours.days); ++number) {
        PlanDay day;
        day.number = number;
        day.date = std::chrono::year_month_day{first + std::chrono::days(number - 1)};
        const int from = number == 1 ? std::max(hours.wakeMinute, startMinute) : hours.wakeMinute;
        std::vector<const PlanItem*> heatCold;
        std::vector<const PlanItem*> exercises;
        for (const auto& item : items) {
            if (activeOn(item.dose, number)) {
                (isHeatOrCold(item.kind) ? heatCold : exercises).push_back(&item);
            }
        }
        scheduleHeatAndCold(heatCold, from, hours.sleepMinute, day.sessions);
        scheduleExercises(exercises, from, hours.sleepMinute, day.sessions);
        std::sort(day.sessions.begin(), day.sessions.end(),
                  [](const PlanSession& a, const PlanSession& b) { return a.startMinute < b.startMinute; });
        days.push_back(std::move(day));
    }
    return days;
}

} // namespace carebook
