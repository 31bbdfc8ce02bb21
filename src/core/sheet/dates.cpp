// SPDX-License-Identifier: MIT
#include "core/sheet/dates.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace carebook {

namespace chr = std::chrono;

std::optional<chr::year_month_day> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = text[starts[i] + k];
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    const chr::year_month_day date{chr::year{parts[0]}, chr::month{static_cast<unsigned>(parts[1])},
                                   chr::day{static_cast<unsigned>(parts[2])}};
    if (!date.ok() || parts[0] < 1900) {
        return std::nullopt;
    }
    return date;
}

std::string isoDate(chr::year_month_day date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

chr::year_month_day todayLocalDate() {
    // g++ 12 has no chrono time zones yet; the C library knows the local date.
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return chr::year_month_day{chr::year{local.tm_year + 1900}, chr::month{static_cast<unsigned>(local.tm_mon + 1)},
                               chr::day{static_cast<unsigned>(local.tm_mday)}};
}

namespace {

constexpr std::array<const char*, 12> kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

std::string monthShort(chr::month month) {
    return std::string(kMonthNames.at(static_cast<unsigned>(month) - 1)).substr(0, 3);
}

std::string dayNumber(chr::year_month_day date) { return std::to_string(static_cast<unsigned>(date.day())); }

} // namespace

chr::year_month_day addDays(chr::year_month_day date, int days) {
    return chr::year_month_day{chr::sys_days{date} + chr::days{days}};
}

std::string shortDate(chr::year_month_day date) { return dayNumber(date) + " " + monthShort(date.month()); }

std::string longDate(chr::year_month_day date) {
    const chr::weekday weekday{chr::sys_days{date}};
    return std::string(kWeekdayNames.at(weekday.c_encoding())) + " " + dayNumber(date) + " " +
           kMonthNames.at(static_cast<unsigned>(date.month()) - 1) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string weekdayDate(chr::year_month_day date, bool withMonth) {
    const chr::weekday weekday{chr::sys_days{date}};
    return std::string(kWeekdayNames.at(weekday.c_encoding())).substr(0, 3) + " " +
           (withMonth ? shortDate(date) : dayNumber(date));
}

std::string dateRange(chr::year_month_day first, chr::year_month_day last) {
    if (first.year() != last.year()) {
        return shortDate(first) + " " + std::to_string(static_cast<int>(first.year())) + " – " + shortDate(last) +
               " " + std::to_string(static_cast<int>(last.year()));
    }
    if (first.month() != last.month()) {
        return shortDate(first) + " – " + shortDate(last);
    }
    return dayNumber(first) + "–" + shortDate(last);
}

} // namespace carebook
