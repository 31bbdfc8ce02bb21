// SPDX-License-Identifier: MIT
#include "app/cli/cli_plan.h"

#include "core/plan/compose.h"
#include "core/sheet/dates.h"
#include "core/util/text.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <iomanip>
#include <ostream>

namespace carebook::cli {

namespace {

using nlohmann::ordered_json;

// Now, in the computer's time zone, to the minute.
std::pair<std::chrono::year_month_day, int> localNow() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {todayLocalDate(), local.tm_hour * 60 + local.tm_min};
}

PlanRequest requestFromOptions(const Invocation& call) {
    PlanRequest request;
    request.symptomId = call.option("symptom");
    if (request.symptomId.empty()) {
        throw CliError("plan needs --symptom ID (try: carebook list --kind symptom)");
    }
    if (const auto start = call.option("start"); !start.empty()) {
        const auto parsed = parsePlanStart(start);
        if (!parsed) {
            throw CliError("--start takes a local date and time like 2026-12-07T09:30, not '" + start + "'");
        }
        std::tie(request.startDate, request.startMinute) = *parsed;
    } else {
        std::tie(request.startDate, request.startMinute) = localNow();
    }
    if (call.flag("include")) {
        request.include = splitCommaList(call.option("include"));
    }
    request.days = call.intOption("days", 7, 1, kMaxPlanDays);
    return request;
}

std::string startText(const ComposedPlan& plan) { return isoDate(plan.startDate) + "T" + clockTime(plan.startMinute); }

ordered_json doseJson(const PlannedItem& item) {
    const auto& dose = item.dose;
    ordered_json out;
    if (item.kind == PlanItemKind::Exercise) {
        out = {{"hold_seconds", dose.holdSeconds}, {"repetitions", dose.repetitions}, {"sets", dose.sets},
               {"rest_seconds", dose.restSeconds},  {"sides", dose.eachSide ? "each" : "both"},
               {"times_per_day", dose.timesPerDay}};
    } else {
        out = {{"minutes", dose.minutes}, {"every_hours", dose.everyHours}};
    }
    out["from_day"] = dose.fromDay;
    out["for_days"] = dose.forDays > 0 ? ordered_json(dose.forDays) : ordered_json();
    return out;
}

ordered_json planJson(const ComposedPlan& plan) {
    ordered_json items = ordered_json::array();
    for (const auto& item : plan.items) {
        items.push_back({{"id", item.remedyId},
                         {"title", item.title},
                         {"kind", planItemKindKey(item.kind)},
                         {"dose", doseJson(item)},
                         {"dose_source", doseSourceKey(item.doseSource)},
                         {"dose_cites", item.doseCites.empty() ? ordered_json() : ordered_json(item.doseCites)},
                         {"expert_advice", item.expertAdvice},
                         {"dose_line", doseLine(item)},
                         {"dose_basis", doseBasis(item)},
                         {"timing", item.timing}});
    }
    ordered_json untimed = ordered_json::array();
    for (const auto& item : plan.untimed) {
        untimed.push_back({{"id", item.remedyId}, {"title", item.title}, {"timing", item.timing}});
    }
    ordered_json days = ordered_json::array();
    for (const auto& day : plan.days) {
        ordered_json sessions = ordered_json::array();
        for (const auto& session : day.sessions) {
            sessions.push_back({{"start", clockTime(session.startMinute)},
                                {"end", clockTime(session.startMinute + session.minutes)},
                                {"minutes", session.minutes},
                                {"item", session.itemId},
                                {"kind", planItemKindKey(session.kind)}});
        }
        days.push_back({{"day", day.number}, {"date", isoDate(day.date)}, {"sessions", std::move(sessions)}});
    }
    ordered_json flags = ordered_json::array();
    for (const auto& flag : plan.redFlags) {
        flags.push_back({{"id", flag.id}, {"urgency", flag.urgency}, {"text", flag.text}, {"action", flag.action}});
    }
    return {{"symptom", {{"id", plan.symptomId}, {"title", plan.symptomTitle}}},
            {"start", startText(plan)},
            {"items", std::move(items)},
            {"as_needed", std::move(untimed)},
            {"days", std::move(days)},
            {"red_flags", std::move(flags)}};
}

void printPlan(std::ostream& out, const ComposedPlan& plan) {
    out << "Home-care plan for " << plan.symptomTitle << ", from " << longDate(plan.startDate) << " at "
        << clockTime(plan.startMinute) << " (" << plan.days.size() << (plan.days.size() == 1 ? " day" : " days")
        << ")\n";
    if (!plan.items.empty()) {
        out << "\nWhat to do (go by how you feel):\n";
        for (const auto& item : plan.items) {
            out << "  " << std::left << std::setw(24) << item.remedyId << " " << doseLine(item) << "\n"
                << "  " << std::setw(24) << "" << " (" << doseBasis(item) << ")\n";
        }
    }
    if (!plan.untimed.empty()) {
        out << "\nAs needed or every day:\n";
        for (const auto& item : plan.untimed) {
            out << "  " << std::left << std::setw(24) << item.remedyId << " " << item.timing << "\n";
        }
    }
    if (plan.items.empty()) {
        out << "\nNothing for " << plan.symptomTitle << " is done at set times: do the above as needed.\n";
    }
    for (const auto& day : plan.days) {
        if (plan.items.empty()) {
            break;
        }
        out << "\nDay " << day.number << ", " << longDate(day.date) << ":\n";
        if (day.sessions.empty()) {
            out << "  (nothing timed)\n";
        }
        for (const auto& session : day.sessions) {
            const auto* item = plan.item(session.itemId);
            out << "  " << clockTime(session.startMinute) << "–" << clockTime(session.startMinute + session.minutes)
                << "  " << (item ? item->title : session.itemId) << "\n";
        }
    }
    out << "\nWhen to get help:\n";
    for (const auto& flag : plan.redFlags) {
        out << "  [" << flag.urgency << "] " << flag.text;
        if (!flag.action.empty()) {
            out << " " << flag.action;
        }
        out << "\n";
    }
}

int planCommand(Invocation& call) {
    const auto request = requestFromOptions(call);
    ComposedPlan plan;
    try {
        plan = composePlan(call.store(), request);
    } catch (const PlanError& e) {
        throw CliError(e.what()); // "include[1]: 'x' is not one of the remedies…", as `carebook sheet` words it
    }
    if (call.json()) {
        call.out << planJson(plan).dump(2) << "\n";
    } else {
        printPlan(call.out, plan);
    }
    return 0;
}

} // namespace

void addPlanCommands(std::vector<Command>& list) {
    list.push_back({"plan",
                    "plan --symptom ID [--start YYYY-MM-DDTHH:MM] [--include ID,...] [--days N] [--json]",
                    "the day-by-day plan: clock times, doses, red flags",
                    {{"symptom", true, "symptom id"},
                     {"start", true, "when the plan starts, local time (default: now)"},
                     {"include", true, "remedy ids, comma-separated (default: the proposed plan)", true},
                     {"days", true, "how many days, 1 to 28 (default: 7)"},
                     {"json", false, "print JSON instead of text"}},
                    0,
                    0,
                    planCommand});
}

} // namespace carebook::cli
