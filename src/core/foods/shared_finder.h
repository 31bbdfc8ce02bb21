// SPDX-License-Identifier: MIT
#pragma once

// One food finder per process. The search worker, the sheet, nutrient articles and the food finder
// window all need the same ~8 MiB of food data; each used to load its own (~27 ms each). They now ask
// here: the first caller loads it, every later one (on any thread) gets the same immutable instance
// for as long as anyone holds it.

#include "core/foods/finder.h"
#include "core/util/database.h"

#include <memory>
#include <string>
#include <vector>

namespace carebook::foods {

// The finder for the content in `db`, loaded on the first call and shared after that; nullptr when the
// database has no food tables. Thread-safe: two threads asking at once get one instance (the second
// waits for the first to finish loading). Databases are told apart by their path ("(embedded)" for the
// content built into the app) and, for a file, its size and modification time, so a recompiled file is
// loaded afresh; an in-memory database gets a finder of its own, never a shared one. `db` is used only
// during the call, on the calling thread.
std::shared_ptr<const FoodFinder> sharedFoodFinder(Database& db);

// How many times this process has loaded food data through sharedFoodFinder() (for tests).
std::size_t sharedFoodFinderLoads();

// Whether some food's name has every one of `terms` (stemmed search terms, as
// FoodSearchIndex::queryTerms gives them; the last one only as the start of a word when
// `lastIsPrefix`), answered from the database's small table of food-name words without loading the
// finder. True when the database predates that table (the caller then loads the finder and looks).
bool foodNamesMayMatch(Database& db, const std::vector<std::string>& terms, bool lastIsPrefix);

} // namespace carebook::foods
