// SPDX-License-Identifier: MIT
#pragma once

// The home-care sheet: what a person asks for (request.h: SheetRequest, saved and reopened as JSON),
// the plan the composer proposes from the content for one symptom (compose.h: SheetDocument), and
// that plan as HTML and CSS for QTextDocument's rich-text subset (html.h), with the calendar dates
// they print (dates.h) and the foods from USDA data (sheet_foods.h). Qt-free: the app lays the HTML
// out on a page and prints it. This header gathers the first four.

#include "core/sheet/compose.h"
#include "core/sheet/dates.h"
#include "core/sheet/html.h"
#include "core/sheet/request.h"
