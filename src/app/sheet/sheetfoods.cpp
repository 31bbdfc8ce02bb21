// SPDX-License-Identifier: MIT
#include "app/sheet/sheetfoods.h"

#include "core/foods/finder.h"
#include "core/sheet/sheet_foods.h"

#include <memory>

namespace carebook::app {

SheetFoodSource sheetFoodSource(ContentStore& store) {
    // The finder is loaded on the first sheet that has foods (~28 ms), not when the source is made, and
    // kept for as long as the source: a builder re-composes on every change.
    struct Loader {
        Database& db;
        std::unique_ptr<foods::FoodFinder> finder;
        bool noFoodData = false;
    };
    auto loader = std::make_shared<Loader>(Loader{store.database(), nullptr, false});
    return foods::makeSheetFoodSource([loader]() -> const foods::FoodFinder* {
        if (!loader->finder && !loader->noFoodData) {
            if (foods::FoodFinder::hasFoodTables(loader->db)) {
                loader->finder = std::make_unique<foods::FoodFinder>(loader->db);
            } else {
                loader->noFoodData = true; // e.g. a --content-db compiled without content/foods
            }
        }
        return loader->finder.get();
    });
}

} // namespace carebook::app
