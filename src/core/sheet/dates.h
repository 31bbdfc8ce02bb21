// SPDX-License-Identifier: MIT
#pragma once

// Calendar dates for the home-care sheet, in plain C++20 (g++ 12 has no chrono time zones yet).

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace carebook {

std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text); // strict YYYY-MM-DD
std::string isoDate(std::chrono::year_month_day date);
std::chrono::year_month_day todayLocalDate();
// "22 Nov", "Sunday 22 November 2026", "22–24 Nov", "30 Nov – 2 Dec", "30 Dec 2026 – 1 Jan 2027".
std::string shortDate(std::chrono::year_month_day date);
std::string longDate(std::chrono::year_month_day date);
// "Sun 22 Nov" with the month, "Mon 23" without: the tick grid's column headings.
std::string weekdayDate(std::chrono::year_month_day date, bool withMonth);
std::string dateRange(std::chrono::year_month_day first, std::chrono::year_month_day last);
// The date `days` days after `date` (before it when negative).
std::chrono::year_month_day addDays(std::chrono::year_month_day date, int days);

} // namespace carebook
