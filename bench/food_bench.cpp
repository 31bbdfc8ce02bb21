// SPDX-License-Identifier: MIT
// Food finder figures: ranking all 8,789 foods (target under 5 ms), name lookup (under 5 ms), and the
// bytes the food tables add to the content database (under 4 MB). Run build/bin/carebook-food-bench.
#include "core/util/database.h"
#include "core/util/diagnostics.h"
#include "core/foods/compiler.h"
#include "core/foods/finder.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using carebook::Database;
using carebook::Diagnostics;
using namespace carebook::foods;

namespace {

Database compileFoods() {
    Database db = Database::openMemory();
    Diagnostics diagnostics;
    carebook::Transaction transaction(db);
    compileFoodData(db, CAREBOOK_FOODS_DIR, diagnostics);
    transaction.commit();
    if (!diagnostics.empty()) {
        for (const auto& item : diagnostics.items()) {
            std::fprintf(stderr, "%s\n", item.toString().c_str());
        }
        std::exit(1);
    }
    return db;
}

Database& database() {
    static Database db = compileFoods();
    return db;
}

const FoodFinder& finder() {
    static const FoodFinder instance(database());
    return instance;
}

const std::vector<std::string> kNutrients = {"energy", "water",  "magnesium", "calcium",
                                             "potassium", "sodium", "vitamin-d"};
const Basis kBases[] = {Basis::Per100g, Basis::PerPortion, Basis::Per100kcal};

// Every nutrient and basis, default filters (brand-name and baby foods hidden, near-duplicates folded).
void rankAllFoods(benchmark::State& state) {
    const std::string& nutrient = kNutrients[static_cast<std::size_t>(state.range(0))];
    const Basis basis = kBases[state.range(1)];
    RankFilters filters;
    filters.limit = 20;
    std::size_t ranked = 0;
    for (auto _ : state) {
        const auto result = finder().rank(nutrient, basis, filters);
        ranked = result.matching;
        benchmark::DoNotOptimize(result.rows.data());
    }
    state.SetLabel(nutrient + " per " + std::string(basisKey(basis)));
    state.counters["foods_ranked"] = static_cast<double>(ranked);
}
BENCHMARK(rankAllFoods)->ArgsProduct({{0, 1, 2, 3, 4, 5, 6}, {0, 1, 2}})->Unit(benchmark::kMillisecond);

// The heaviest filters: brand-name and baby foods shown, no folding, no limit, a name filter, a group.
void rankWithFilters(benchmark::State& state) {
    RankFilters filters;
    filters.includeBrandedAndBaby = true;
    filters.collapseDuplicates = state.range(0) == 0;
    filters.limit = 0;
    if (state.range(0) == 1) {
        filters.nameFilter = "beans cooked";
    }
    if (state.range(0) == 2) {
        filters.group = "Vegetables and Vegetable Products";
    }
    if (state.range(0) == 3) {
        // What the app and the command line do by default: survey foods, naming the richest one left out.
        filters.includeBrandedAndBaby = false;
        filters.commonFoodsOnly = true;
    }
    for (auto _ : state) {
        const auto result = finder().rank("potassium", Basis::PerPortion, filters);
        benchmark::DoNotOptimize(result.rows.data());
    }
    static const char* const kLabels[] = {"all foods, folded, no limit", "name filter 'beans cooked'",
                                          "group Vegetables", "survey foods only, no limit"};
    state.SetLabel(kLabels[state.range(0)]);
}
BENCHMARK(rankWithFilters)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void rankCombined(benchmark::State& state) {
    RankFilters filters;
    filters.limit = 20;
    for (auto _ : state) {
        const auto result = finder().rankCombined({"magnesium", "potassium", "calcium"}, Basis::PerPortion, filters);
        benchmark::DoNotOptimize(result.rows.data());
    }
    state.SetLabel("magnesium + potassium + calcium per portion");
}
BENCHMARK(rankCombined)->Unit(benchmark::kMillisecond);

const std::vector<std::string> kQueries = {"banana", "spinach boiled", "almonds", "bananna", "boiled spinich",
                                           "brocoli raw", "pumpkin seeds roasted", "salmon sockeye cooked"};

void lookupFood(benchmark::State& state) {
    const std::string& query = kQueries[static_cast<std::size_t>(state.range(0))];
    for (auto _ : state) {
        const auto matches = finder().lookup(query, 10);
        benchmark::DoNotOptimize(matches.data());
    }
    const auto matches = finder().lookup(query, 1);
    state.SetLabel("'" + query + "' -> " + (matches.empty() ? std::string("nothing") : matches.front().description));
}
BENCHMARK(lookupFood)->DenseRange(0, static_cast<int>(kQueries.size()) - 1)->Unit(benchmark::kMillisecond);

void foodProfile(benchmark::State& state) {
    for (auto _ : state) {
        const auto profile = finder().profile("09040");
        benchmark::DoNotOptimize(profile->portions.data());
    }
    state.SetLabel("profile of 09040 with its 8 portions");
}
BENCHMARK(foodProfile)->Unit(benchmark::kMillisecond);

// Loading the finder (once per app start): all foods into memory plus the search index.
void loadFinder(benchmark::State& state) {
    for (auto _ : state) {
        FoodFinder loaded(database());
        benchmark::DoNotOptimize(&loaded);
    }
}
BENCHMARK(loadFinder)->Unit(benchmark::kMillisecond);

// Compiling content/foods (in the content compiler, not in the app).
void compileFoodTables(benchmark::State& state) {
    for (auto _ : state) {
        Database db = compileFoods();
        benchmark::DoNotOptimize(&db);
    }
}
BENCHMARK(compileFoodTables)->Unit(benchmark::kMillisecond)->Iterations(3);

void printDatabaseSizes() {
    const fs::path dir = fs::temp_directory_path() / ("carebook-food-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path file = dir / "foods.db";
    database().prepare("VACUUM INTO ?").bind(1, file.string()).run();
    Database compacted = Database::open(file.string(), Database::Mode::ReadOnly);
    std::printf("Food tables in the content database (compacted with VACUUM, page size ");
    auto pageSize = compacted.prepare("PRAGMA page_size");
    pageSize.step();
    std::printf("%lld bytes):\n", static_cast<long long>(pageSize.int64(0)));
    std::int64_t total = 0;
    try {
        // dbstat counts the pages of each table and index; indexes are charged to their table.
        auto stat = compacted.prepare(
            "SELECT m.tbl_name, sum(s.pgsize), count(*) FROM dbstat AS s JOIN sqlite_schema AS m ON m.name = s.name "
            "GROUP BY m.tbl_name ORDER BY m.tbl_name");
        while (stat.step()) {
            std::printf("  %-20s %10lld bytes (%lld pages)\n", stat.text(0).c_str(),
                        static_cast<long long>(stat.int64(1)), static_cast<long long>(stat.int64(2)));
            total += stat.int64(1);
        }
    } catch (const carebook::DatabaseError& error) {
        std::printf("  (dbstat is not available: %s)\n", error.what());
    }
    const auto fileSize = static_cast<long long>(fs::file_size(file));
    std::printf("  %-20s %10lld bytes = %.2f MiB (target: under 4 MiB)\n", "total", static_cast<long long>(total),
                static_cast<double>(total) / (1024.0 * 1024.0));
    std::printf("  %-20s %10lld bytes (the whole file, schema page included)\n\n", "file", fileSize);
    std::error_code ignored;
    fs::remove_all(dir, ignored);
}

} // namespace

int main(int argc, char** argv) {
    printDatabaseSizes();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
