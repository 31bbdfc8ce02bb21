// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"
#include "core/sheet/sheet.h"

namespace carebook::app {

// Where the sheet's food lines come from: the food finder's everyday ranking per usual portion, the list
// the nutrient articles show (sheet/sheet_foods.h), when the content database has food data; without it
// the source gives nothing and the composer names the article's examples without figures. The source
// refers to the store's database: it must not outlive the store.
SheetFoodSource sheetFoodSource(ContentStore& store);

} // namespace carebook::app
