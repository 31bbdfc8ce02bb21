// SPDX-License-Identifier: MIT
#include "app/cli/cli_log.h"

#include "app/userdata/userdata.h"
#include "core/user/user_store.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

#include <ctime>
#include <iomanip>
#include <ostream>

namespace carebook::cli {

namespace {

using nlohmann::ordered_json;

// The store the window uses. The names are the ones main() gives the window, so both find one file.
UserStoreOpening openStore(Invocation& call) {
    QCoreApplication::setOrganizationName(QStringLiteral("Carebook"));
    QCoreApplication::setApplicationName(QStringLiteral("Carebook"));
    const auto path = QDir::toNativeSeparators(app::UserData::defaultPath()).toStdString();
    auto opening = openUserStore(path);
    if (!opening.notice.empty()) {
        call.err << "carebook: " << opening.notice << "\n";
    }
    return opening;
}

std::string requiredPlan(const Invocation& call, const char* action) {
    auto plan = call.option("plan");
    if (plan.empty()) {
        throw CliError(std::string("log ") + action + " needs --plan ID (the plan's symptom, e.g. back-spasm)");
    }
    return plan;
}

std::int64_t timeOption(const Invocation& call) {
    const auto text = call.option("at");
    if (text.empty()) {
        return static_cast<std::int64_t>(std::time(nullptr));
    }
    const auto seconds = parseIsoTimestampUtc(text);
    if (!seconds) {
        throw CliError("--at takes a UTC time like 2026-12-07T09:30:00Z, not '" + text + "'");
    }
    return *seconds;
}

LogEntry entryFromOptions(const Invocation& call) {
    LogEntry entry;
    entry.planId = requiredPlan(call, "add");
    entry.itemId = call.option("item");
    entry.doneAt = timeOption(call);
    if (call.flag("outcome")) {
        const auto outcome = outcomeFromKey(call.option("outcome"));
        if (!outcome || *outcome == SessionOutcome::None) {
            throw CliError("--outcome is completed or stopped-early, not '" + call.option("outcome") + "'");
        }
        entry.outcome = *outcome;
    } else if (!entry.itemId.empty()) {
        entry.outcome = SessionOutcome::Completed;
    }
    if (call.flag("pain")) {
        entry.pain = call.intOption("pain", 0, 0, 10);
    }
    entry.note = call.option("note");
    if (entry.itemId.empty() && !entry.pain) {
        throw CliError("log add needs --item ID (a session done), --pain 0-10, or both");
    }
    return entry;
}

ordered_json toJson(const LogEntry& entry) {
    ordered_json item = {{"id", entry.id},
                         {"done_at", isoTimestampUtc(entry.doneAt)},
                         {"plan", entry.planId},
                         {"item", entry.itemId.empty() ? ordered_json() : ordered_json(entry.itemId)},
                         {"outcome", entry.outcome == SessionOutcome::None ? ordered_json()
                                                                           : ordered_json(outcomeKey(entry.outcome))},
                         {"pain", entry.pain ? ordered_json(*entry.pain) : ordered_json()},
                         {"note", entry.note}};
    return item;
}

// "2026-12-07 09:30" in the computer's time zone: how a person reads their own log.
std::string localMinute(std::int64_t seconds) {
    const auto time = static_cast<std::time_t>(seconds);
    std::tm local{};
    localtime_r(&time, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

void printEntry(std::ostream& out, const LogEntry& entry) {
    out << localMinute(entry.doneAt) << "  " << std::left << std::setw(14) << entry.planId << " ";
    if (!entry.itemId.empty()) {
        out << entry.itemId << " (" << (entry.outcome == SessionOutcome::Completed ? "completed" : "stopped early")
            << ")";
    }
    if (entry.pain) {
        out << (entry.itemId.empty() ? "" : ", ") << "pain " << *entry.pain << "/10";
    }
    if (!entry.note.empty()) {
        out << ": " << entry.note;
    }
    out << "\n";
}

int addEntry(Invocation& call) {
    const auto entry = entryFromOptions(call);
    auto opening = openStore(call);
    const auto id = opening.store.addLogEntry(entry);
    if (call.json()) {
        auto saved = entry;
        saved.id = id;
        call.out << toJson(saved).dump(2) << "\n";
    } else {
        call.out << "Saved: ";
        printEntry(call.out, entry);
    }
    return 0;
}

int listEntries(Invocation& call) {
    auto opening = openStore(call);
    const auto entries = opening.store.logEntries(call.option("plan"));
    if (call.json()) {
        ordered_json out = ordered_json::array();
        for (const auto& entry : entries) {
            out.push_back(toJson(entry));
        }
        call.out << out.dump(2) << "\n";
        return 0;
    }
    if (entries.empty()) {
        call.out << "The log is empty.\n";
    }
    for (const auto& entry : entries) {
        printEntry(call.out, entry);
    }
    return 0;
}

int exportEntries(Invocation& call) {
    if (call.json()) {
        return listEntries(call);
    }
    auto opening = openStore(call);
    call.out << opening.store.exportLogCsv(call.option("plan"));
    return 0;
}

int deletePlanLog(Invocation& call) {
    const auto plan = requiredPlan(call, "delete");
    if (!call.flag("yes")) {
        throw CliError("log delete removes every entry of the plan '" + plan + "' for good: add --yes to confirm");
    }
    auto opening = openStore(call);
    const int removed = opening.store.removePlanLog(plan);
    if (call.json()) {
        call.out << ordered_json({{"plan", plan}, {"removed", removed}}).dump(2) << "\n";
    } else {
        call.out << "Deleted " << removed << (removed == 1 ? " entry" : " entries") << " of the plan " << plan << ".\n";
    }
    return 0;
}

int logCommand(Invocation& call) {
    const auto& action = call.positional().at(0);
    if (action == "add") {
        return addEntry(call);
    }
    if (action == "list") {
        return listEntries(call);
    }
    if (action == "export") {
        return exportEntries(call);
    }
    if (action == "delete") {
        return deletePlanLog(call);
    }
    throw CliError("log takes add, list, export or delete, not '" + action + "'");
}

} // namespace

void addLogCommands(std::vector<Command>& list) {
    list.push_back({"log",
                    "log add|list|export|delete [--plan ID] [--json]",
                    "the log of a plan: sessions done and pain scores (export: CSV)",
                    {{"plan", true, "the plan's symptom id"},
                     {"item", true, "add: the remedy or exercise done"},
                     {"outcome", true, "add: completed (the default with --item) or stopped-early"},
                     {"pain", true, "add: pain from 0 (none) to 10 (worst imaginable)"},
                     {"note", true, "add: a note"},
                     {"at", true, "add: when, as UTC (2026-12-07T09:30:00Z); now by default"},
                     {"yes", false, "delete: confirm deleting the plan's whole log"},
                     {"json", false, "print JSON instead of text"}},
                    1,
                    1,
                    logCommand});
}

} // namespace carebook::cli
