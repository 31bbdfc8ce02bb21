// SPDX-License-Identifier: MIT
#pragma once

#include "content_store.h"
#include "sheet.h"

namespace carebook::app {

// Where the sheet's food lines come from: the food finder's top sources per nutrient (portion and %DV)
// when the content database has food data, or nothing, in which case the composer names the nutrient
// articles' food examples without figures.
SheetFoodSource sheetFoodSource(ContentStore& store);

} // namespace carebook::app
