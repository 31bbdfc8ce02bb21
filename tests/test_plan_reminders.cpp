// SPDX-License-Identifier: MIT
// Which session a reminder is for (core/plan/reminders.h).
#include "core/plan/reminders.h"

#include <catch2/catch.hpp>

using namespace std::chrono;
using carebook::ComposedPlan;
using carebook::nextSessionFrom;
using carebook::PlanDay;
using carebook::PlanItemKind;
using carebook::PlanSession;

namespace {

ComposedPlan twoDays() {
    ComposedPlan plan;
    plan.startDate = 2026y / December / 7;
    PlanDay first{1, 2026y / December / 7, {{"cold", PlanItemKind::Cold, 10 * 60, 15}, {"walk", PlanItemKind::Exercise, 14 * 60, 10}}};
    PlanDay second{2, 2026y / December / 8, {{"cold", PlanItemKind::Cold, 8 * 60, 15}}};
    plan.days = {first, second};
    return plan;
}

} // namespace

TEST_CASE("reminders: the next session starts at or after the moment asked", "[plan][reminders]") {
    const auto plan = twoDays();
    const auto beforeAll = nextSessionFrom(plan, 2026y / December / 7, 9 * 60);
    REQUIRE(beforeAll);
    CHECK(beforeAll->dayNumber == 1);
    CHECK(beforeAll->session.itemId == "cold");
    CHECK(beforeAll->session.startMinute == 10 * 60);

    // A session that starts this minute is still due; one minute later the next one is.
    CHECK(nextSessionFrom(plan, 2026y / December / 7, 10 * 60)->session.startMinute == 10 * 60);
    CHECK(nextSessionFrom(plan, 2026y / December / 7, 10 * 60 + 1)->session.itemId == "walk");

    // After the day's last session: the first of the next day.
    const auto evening = nextSessionFrom(plan, 2026y / December / 7, 20 * 60);
    REQUIRE(evening);
    CHECK(evening->dayNumber == 2);
    CHECK(evening->date == 2026y / December / 8);
    CHECK(evening->session.startMinute == 8 * 60);

    // Before the plan starts, its first session; after its last, none.
    CHECK(nextSessionFrom(plan, 2026y / December / 1, 23 * 60)->dayNumber == 1);
    CHECK_FALSE(nextSessionFrom(plan, 2026y / December / 8, 8 * 60 + 1));
    CHECK_FALSE(nextSessionFrom(plan, 2026y / December / 9, 0));
    CHECK_FALSE(nextSessionFrom(ComposedPlan{}, 2026y / December / 7, 0));
}
