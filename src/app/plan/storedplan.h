// SPDX-License-Identifier: MIT
#pragma once

// The plan kept in the settings (its symptom and start), composed again from the content: what the
// Today window shows and what the reminders follow.

#include "core/plan/compose.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace carebook {
class ContentStore;
}

namespace carebook::app {

// Local time now; a test passes a fake one.
using WallClock = std::function<QDateTime()>;

// nullopt when no plan is kept. A plan whose symptom this edition no longer has is nullopt too, with
// the reason in `problem` (the settings are kept).
std::optional<ComposedPlan> loadStoredPlan(ContentStore& store, QString* problem = nullptr);

// The plan's dates are std::chrono's; the window's are Qt's.
std::chrono::year_month_day toYmd(QDate date);
QDate toQDate(std::chrono::year_month_day date);

} // namespace carebook::app
