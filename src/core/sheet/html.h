// SPDX-License-Identifier: MIT
#pragma once

#include "core/sheet/compose.h"

#include <chrono>
#include <functional>
#include <string>

namespace carebook {

// How large the sheet's text is. Regular: 10 pt body text, nothing under 9 pt, on one page. Compact:
// 9 pt throughout, for a sheet that does not fit one page at Regular. Large: 12 pt and up, for people
// with poor sight, on at most two pages.
enum class SheetTextSize { Regular, Compact, Large };
double sheetBodyPoints(SheetTextSize size);
double sheetSmallestPoints(SheetTextSize size);

// The sheet's fixed words, English by default, in one place: the window fills them from its
// translation (the core has no Qt); the command line keeps these. The dates, when given, write the
// header's dates.
struct SheetLabels {
    std::string forName = "For";      // "For <b>Ann</b> · "
    std::string starting = "Starting"; // "Starting Monday 7 December 2026"
    std::string eyebrow = "HOME-CARE PLAN"; // beside "Carebook" at the top right
    std::string made = "Made";
    std::string content = "Content";
    std::string summary = "In short:"; // before the summary line under the heading
    std::string summaryText = "do the plan day by day, tick what you did, and get help at once if a sign in the "
                              "red box applies to you.";
    std::string purpose = "Your home-care plan"; // "Your home-care plan · Starting Sunday 22 November 2026"
    std::string schedule = "Your plan, day by day";
    std::string exercises = "Stretches and exercises";
    std::string start = "Start"; // under the start drawing
    std::string end = "End";     // under the end drawing
    std::string expertAdvice = "(expert advice)";
    std::string tracker = "Tick what you did this week";
    std::string from = "from"; // "(from Sunday 22 November 2026)"
    // How to fill the grid in, said where it is filled in: above the ticks and beside the pain row.
    std::string trackerItem = "Tick each day you do it";
    std::string trackerPain = "Pain tonight: 0 (none) to 10 (worst)";
    std::string foods = "Foods rich in what your muscles need";
    std::string foodsNote =
        "Per usual portion. % DV: share of the Daily Value on US food labels. Figures from USDA food data (SR28).";
    std::string redFlags = "When to get help";
    std::string redFlagsIntro = "If one of these applies to you, do what it says. Do not wait for this plan to work.";
    std::string notes = "Notes:";
    UrgencyWords urgency; // each tier's words, as the window says them everywhere (core/content/labels.h)
    std::function<std::string(std::chrono::year_month_day)> longDate;  // "Monday 7 December 2026"
    std::function<std::string(std::chrono::year_month_day)> madeDate;  // "7 Dec 2026"
};

// The sheet as one HTML document (with its stylesheet) for QTextDocument. Illustrations are
// <img src="illustrations/ID-start.svg"> and "-end.svg"; every text from the person or the content is
// escaped.
std::string renderSheetHtml(const SheetDocument& sheet, SheetTextSize size = SheetTextSize::Regular,
                            const SheetLabels& labels = {});

} // namespace carebook
