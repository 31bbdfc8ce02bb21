// SPDX-License-Identifier: MIT
// The log of how a plan went: sessions done and pain scores, in the user store (schema version 3).
#include "core/user/user_store.h"

#include "core/user/user_store_checks.h"
#include "core/util/text.h"

#include <array>
#include <utility>

namespace carebook {

using userstore::require;
using userstore::requireKebabId;
using userstore::requireTime;

namespace {

constexpr std::array<std::pair<SessionOutcome, std::string_view>, 3> kOutcomes = {
    std::pair{SessionOutcome::None, std::string_view("")},
    std::pair{SessionOutcome::Completed, std::string_view("completed")},
    std::pair{SessionOutcome::StoppedEarly, std::string_view("stopped-early")},
};

constexpr const char* kLogColumns = "SELECT id, plan_id, item_id, done_at, outcome, pain, note FROM session_log";

LogEntry readEntry(const Statement& statement) {
    LogEntry entry;
    entry.id = statement.int64(0);
    entry.planId = statement.text(1);
    entry.itemId = statement.text(2);
    entry.doneAt = statement.int64(3);
    entry.outcome = outcomeFromKey(statement.text(4)).value_or(SessionOutcome::None);
    if (!statement.isNull(5)) {
        entry.pain = static_cast<int>(statement.int64(5));
    }
    entry.note = statement.text(6);
    return entry;
}

// One CSV cell: quoted when it holds a comma, quote or line break; a cell a spreadsheet would run
// as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe, so opening the
// export never runs anything.
std::string csvCell(std::string text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        text.insert(text.begin(), '\'');
    }
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

} // namespace

std::string_view outcomeKey(SessionOutcome outcome) {
    for (const auto& [value, key] : kOutcomes) {
        if (value == outcome) {
            return key;
        }
    }
    return {};
}

std::optional<SessionOutcome> outcomeFromKey(std::string_view key) {
    for (const auto& [value, name] : kOutcomes) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

std::int64_t UserStore::addLogEntry(const LogEntry& entry) {
    requireKebabId(entry.planId, "a plan (a symptom id)");
    if (!entry.itemId.empty()) {
        requireKebabId(entry.itemId, "a remedy or exercise id");
    }
    requireTime(entry.doneAt);
    require(!entry.pain || (*entry.pain >= 0 && *entry.pain <= 10), "A pain score is a whole number from 0 to 10.");
    require(entry.itemId.empty() == (entry.outcome == SessionOutcome::None),
            entry.itemId.empty() ? "A session's outcome needs the item it was for."
                                 : "Say how the session ended: completed or stopped early.");
    require(!entry.itemId.empty() || entry.pain, "A log entry needs a session, a pain score or both.");
    require(entry.note.size() <= kMaxNoteBytes,
            "The note is too long (at most " + std::to_string(kMaxNoteBytes) + " characters).");
    return write("the log entry", [&] {
        auto statement = m_db.prepare(
            "INSERT INTO session_log (plan_id, item_id, done_at, outcome, pain, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        statement.bind(1, entry.planId).bind(2, entry.itemId).bind(3, entry.doneAt).bind(4, outcomeKey(entry.outcome));
        if (entry.pain) {
            statement.bind(5, static_cast<std::int64_t>(*entry.pain));
        } else {
            statement.bindNull(5);
        }
        statement.bind(6, entry.note).run();
        return m_db.lastInsertRowId();
    });
}

std::vector<LogEntry> UserStore::logEntries(std::string_view planId) {
    // Two statements rather than "?1 = '' OR …": an empty string_view may bind as NULL.
    auto statement = m_db.prepare(std::string(kLogColumns) + (planId.empty() ? "" : " WHERE plan_id = ?1") +
                                  " ORDER BY done_at, id");
    if (!planId.empty()) {
        statement.bind(1, planId);
    }
    std::vector<LogEntry> entries;
    while (statement.step()) {
        entries.push_back(readEntry(statement));
    }
    return entries;
}

int UserStore::removePlanLog(std::string_view planId) {
    require(!planId.empty(), "Say which plan's log to delete.");
    const int removed = write("the deletion of the plan's log", [&] {
        m_db.prepare("DELETE FROM session_log WHERE plan_id = ?1").bind(1, planId).run();
        return m_db.changes();
    });
    eraseDeletedFromDisk(); // the notes are in the write-ahead log until then
    return removed;
}

std::string UserStore::exportLogCsv(std::string_view planId) {
    std::string csv = "done_at,plan,item,outcome,pain,note\r\n";
    for (const auto& entry : logEntries(planId)) {
        csv += isoTimestampUtc(entry.doneAt) + "," + csvCell(entry.planId) + "," + csvCell(entry.itemId) + "," +
               std::string(outcomeKey(entry.outcome)) + "," + (entry.pain ? std::to_string(*entry.pain) : "") + "," +
               csvCell(entry.note) + "\r\n";
    }
    return csv;
}

} // namespace carebook
