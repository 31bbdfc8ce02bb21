// SPDX-License-Identifier: MIT
#pragma once

#include "core/sheet/compose.h"

#include <string>

namespace carebook {

// The sheet as one HTML document (with its stylesheet) for QTextDocument. Illustrations are
// <img src="illustrations/ID.svg">; every text from the person or the content is escaped.
std::string renderSheetHtml(const SheetDocument& sheet);

} // namespace carebook
