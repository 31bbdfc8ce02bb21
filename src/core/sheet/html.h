// SPDX-License-Identifier: MIT
#pragma once

#include "core/sheet/compose.h"

#include <string>

namespace carebook {

// How large the sheet's text is. Regular: 10 pt body text, nothing under 9 pt, on one page. Compact:
// 9 pt throughout, for a sheet that does not fit one page at Regular. Large: 12 pt and up, for people
// with poor sight, on at most two pages.
enum class SheetTextSize { Regular, Compact, Large };
double sheetBodyPoints(SheetTextSize size);
double sheetSmallestPoints(SheetTextSize size);

// The sheet as one HTML document (with its stylesheet) for QTextDocument. Illustrations are
// <img src="illustrations/ID.svg">; every text from the person or the content is escaped.
std::string renderSheetHtml(const SheetDocument& sheet, SheetTextSize size = SheetTextSize::Regular);

} // namespace carebook
