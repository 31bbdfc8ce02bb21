// SPDX-License-Identifier: MIT
#include "app/sheet/sheetfoods.h"

#include "core/foods/shared_finder.h"
#include "core/sheet/sheet_foods.h"

#include <memory>

namespace carebook::app {

SheetFoodSource sheetFoodSource(ContentStore& store) {
    // The process's one finder (shared with search and the food finder window), asked for on the first
    // sheet that has foods, not when the source is made, and held for as long as the source.
    struct Loader {
        Database& db;
        std::shared_ptr<const foods::FoodFinder> finder;
        bool checked = false;
    };
    auto loader = std::make_shared<Loader>(Loader{store.database(), nullptr, false});
    return foods::makeSheetFoodSource([loader]() -> const foods::FoodFinder* {
        if (!loader->checked) {
            loader->checked = true; // nullptr: e.g. a --content-db compiled without content/foods
            loader->finder = foods::sharedFoodFinder(loader->db);
        }
        return loader->finder.get();
    });
}

} // namespace carebook::app
