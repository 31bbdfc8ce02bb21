// SPDX-License-Identifier: MIT
#include "sheetfoods.h"

namespace carebook::app {

SheetFoodSource sheetFoodSource(ContentStore&) {
    // Not the food finder's top sources yet: for a handout they pick mixed dishes ("Turkey, stuffing,
    // mashed potatoes w/gravy, ... frozen") under long USDA names that take two lines a nutrient and push
    // the sheet onto a second page. Until the finder can rank familiar single foods with short names, the
    // sheet names the nutrient articles' food examples, without figures.
    return {};
}

} // namespace carebook::app
