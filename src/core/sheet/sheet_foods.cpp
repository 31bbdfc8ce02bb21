// SPDX-License-Identifier: MIT
#include "core/sheet/sheet_foods.h"

#include <algorithm>
#include <map>
#include <memory>
#include <utility>

namespace carebook::foods {

std::string sheetFoodName(std::string_view shortName) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0; start <= shortName.size();) {
        const std::size_t comma = shortName.find(", ", start);
        parts.push_back(shortName.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 2;
    }
    std::string name(parts.front());
    // "UV-exposed" is why those mushrooms have vitamin D: it comes right after the food, always.
    if (std::find(parts.begin(), parts.end(), "UV-exposed") != parts.end()) {
        name += ", UV-exposed";
    }
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i] != "UV-exposed" && !parts[i].starts_with("fortified") &&
            name.size() + 2 + parts[i].size() <= kSheetFoodNameLength) {
            name += ", " + std::string(parts[i]);
        }
    }
    return name;
}

std::vector<SheetFood> sheetFoodsFor(const FoodFinder& finder, std::string_view nutrientKey, std::size_t count) {
    const NutrientInfo* nutrient = finder.findNutrient(nutrientKey);
    if (!nutrient || count == 0) {
        return {};
    }
    std::vector<SheetFood> foods;
    for (const auto& row : finder.topSources(nutrient->key, count)) {
        foods.push_back({sheetFoodName(row.shortName.empty() ? row.description : row.shortName), shortPortion(row.portion),
                         formatAmount(row.amount, row.unit), row.percentDailyValue});
    }
    return foods;
}

SheetFoodSource makeSheetFoodSource(std::function<const FoodFinder*()> finder) {
    struct State {
        std::function<const FoodFinder*()> finder;
        std::map<std::pair<std::string, std::size_t>, std::vector<SheetFood>> lists;
    };
    auto state = std::make_shared<State>();
    state->finder = std::move(finder);
    return [state](const std::string& foodKey, std::size_t count) {
        const FoodFinder* foodFinder = state->finder ? state->finder() : nullptr;
        if (!foodFinder) {
            return std::vector<SheetFood>{};
        }
        auto [it, inserted] = state->lists.try_emplace({foodKey, count});
        if (inserted) {
            it->second = sheetFoodsFor(*foodFinder, foodKey, count);
        }
        return it->second;
    };
}

} // namespace carebook::foods
