// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"
#include "core/sheet/sheet.h"

namespace carebook::app {

// Where the sheet's food lines come from: each nutrient article's food examples matched to USDA data,
// with portion, amount and %DV (foods/sheet_foods.h), when the content database has food data; without
// it the source gives nothing and the composer names the examples without figures. The source refers to
// the store's database: it must not outlive the store.
SheetFoodSource sheetFoodSource(ContentStore& store);

} // namespace carebook::app
