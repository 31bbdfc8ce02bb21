// SPDX-License-Identifier: MIT
// The plan's schedule: clock times from doses, the cold-then-heat days, the gap between heat and cold
// sessions and the 20-minute cap, exercises spread over the day and clear of heat and cold.
#include "core/plan/schedule.h"

#include <catch2/catch.hpp>

#include <random>

using namespace std::chrono;
using carebook::PlanDose;
using carebook::PlanItem;
using carebook::PlanItemKind;
using carebook::scheduleDays;

namespace {

constexpr year_month_day kStart{year{2026}, December, day{7}};

PlanItem cold() { return {"cold-therapy", PlanItemKind::Cold, PlanDose{.minutes = 20, .everyHours = 2, .fromDay = 1, .forDays = 3}}; }
PlanItem heat() { return {"heat-therapy", PlanItemKind::Heat, PlanDose{.minutes = 20, .everyHours = 3, .fromDay = 4}}; }
PlanItem tilt() {
    return {"pelvic-tilt", PlanItemKind::Exercise,
            PlanDose{.holdSeconds = 5, .repetitions = 10, .sets = 1, .restSeconds = 30, .timesPerDay = 2}};
}

std::vector<int> startsOf(const carebook::PlanDay& day, const std::string& id) {
    std::vector<int> starts;
    for (const auto& session : day.sessions) {
        if (session.itemId == id) {
            starts.push_back(session.startMinute);
        }
    }
    return starts;
}

} // namespace

TEST_CASE("cold every two hours while awake for the first three days, then heat", "[plan]") {
    const auto days = scheduleDays({cold(), heat()}, kStart, 8 * 60);
    REQUIRE(days.size() == 7);
    CHECK(days[0].date == kStart);
    CHECK(days[6].date == year_month_day{year{2026}, December, day{13}});
    // 08:00, 10:00 … 20:00: the 22:00 one would run past bedtime.
    CHECK(startsOf(days[0], "cold-therapy") == std::vector<int>{480, 600, 720, 840, 960, 1080, 1200});
    CHECK(startsOf(days[2], "cold-therapy").size() == 7);
    CHECK(startsOf(days[2], "heat-therapy").empty());
    CHECK(startsOf(days[3], "cold-therapy").empty());
    CHECK(startsOf(days[3], "heat-therapy") == std::vector<int>{480, 660, 840, 1020, 1200});
}

TEST_CASE("the first day starts at the start time, on a five-minute mark", "[plan]") {
    const auto days = scheduleDays({cold()}, kStart, 13 * 60 + 7);
    const auto starts = startsOf(days[0], "cold-therapy");
    REQUIRE(!starts.empty());
    CHECK(starts.front() == 13 * 60 + 10);
    CHECK(startsOf(days[1], "cold-therapy").front() == 8 * 60);
    // Started after the last session would fit: nothing that day, the next day as usual.
    const auto late = scheduleDays({cold()}, kStart, 21 * 60 + 50);
    CHECK(late[0].sessions.empty());
    CHECK(!late[1].sessions.empty());
}

TEST_CASE("no heat or cold session is longer than 20 minutes, whatever the dose says", "[plan]") {
    auto long_cold = cold();
    long_cold.dose.minutes = 45;
    for (const auto& day : scheduleDays({long_cold}, kStart, 0)) {
        for (const auto& session : day.sessions) {
            CHECK(session.minutes == carebook::kMaxHeatColdMinutes);
        }
    }
}

TEST_CASE("exercises are spread over the day and never overlap heat or cold", "[plan]") {
    const auto days = scheduleDays({cold(), tilt()}, kStart, 8 * 60);
    const auto tilts = startsOf(days[0], "pelvic-tilt");
    REQUIRE(tilts.size() == 2);
    CHECK(tilts[0] < 15 * 60);
    CHECK(tilts[1] >= 15 * 60);
    CHECK(carebook::exerciseSeconds(tilt().dose) == 10 * 5 + 30);
}

TEST_CASE("random doses keep every rule of the schedule", "[plan]") {
    std::mt19937 random(20261206);
    std::uniform_int_distribution<int> minutes(0, 40), hours(0, 4), dayOf(1, 5), count(0, 4), seconds(0, 40);
    for (int round = 0; round < 300; ++round) {
        std::vector<PlanItem> items;
        items.push_back({"cold", PlanItemKind::Cold, PlanDose{.minutes = minutes(random), .everyHours = hours(random),
                                                              .fromDay = 1, .forDays = count(random)}});
        items.push_back({"heat", PlanItemKind::Heat,
                         PlanDose{.minutes = minutes(random), .everyHours = hours(random), .fromDay = dayOf(random)}});
        items.push_back({"ex", PlanItemKind::Exercise,
                         PlanDose{.holdSeconds = seconds(random), .repetitions = count(random), .sets = count(random),
                                  .restSeconds = seconds(random), .eachSide = round % 2 == 0,
                                  .timesPerDay = count(random)}});
        const int startMinute = std::uniform_int_distribution<int>(0, 24 * 60 - 1)(random);
        for (const auto& day : scheduleDays(items, kStart, startMinute)) {
            const carebook::PlanSession* lastThermal = nullptr;
            for (std::size_t i = 0; i < day.sessions.size(); ++i) {
                const auto& session = day.sessions[i];
                CHECK(session.startMinute % 5 == 0);
                CHECK(session.startMinute >= 8 * 60);
                CHECK(session.startMinute + session.minutes <= 22 * 60);
                if (day.number == 1) {
                    CHECK(session.startMinute >= startMinute);
                }
                if (i > 0) {
                    CHECK(day.sessions[i - 1].startMinute + day.sessions[i - 1].minutes <= session.startMinute);
                }
                if (session.kind != PlanItemKind::Exercise) {
                    CHECK(session.minutes <= carebook::kMaxHeatColdMinutes);
                    if (lastThermal) {
                        CHECK(session.startMinute - lastThermal->startMinute >= 60);
                    }
                    lastThermal = &session;
                }
            }
        }
    }
}
