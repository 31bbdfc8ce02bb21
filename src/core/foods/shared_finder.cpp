// SPDX-License-Identifier: MIT
#include "core/foods/shared_finder.h"

#include <sqlite3.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <system_error>

namespace carebook::foods {

namespace {

std::atomic<std::size_t> g_loads{0};

// What tells one content database from another; empty for one that cannot be shared (in memory).
std::string databaseIdentity(const Database& db) {
    const std::string& path = db.path();
    if (path.empty() || path == ":memory:") {
        return {};
    }
    if (path == "(embedded)") {
        return path; // the one image built into the executable
    }
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    const auto time = std::filesystem::last_write_time(path, error);
    if (error) {
        return {}; // cannot tell whether it changed: do not share
    }
    return path + '|' + std::to_string(size) + '|' + std::to_string(time.time_since_epoch().count());
}

struct Registry {
    std::mutex mutex;
    std::map<std::string, std::weak_ptr<const FoodFinder>> finders;
};

Registry& registry() {
    static Registry instance;
    return instance;
}

std::shared_ptr<const FoodFinder> load(Database& db) {
    if (!FoodFinder::hasFoodTables(db)) {
        return nullptr;
    }
    ++g_loads;
    auto finder = std::make_shared<const FoodFinder>(db);
    // Loading reads ~4 MB of food tables through the connection's page cache and builds many
    // short-lived strings; none of it is needed once the finder holds its own copy. Give the cache
    // back, and (glibc keeps freed heap pages otherwise) the freed pages to the system, so a process
    // that loads food data grows by the finder alone.
    sqlite3_db_release_memory(db.handle());
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    return finder;
}

} // namespace

std::shared_ptr<const FoodFinder> sharedFoodFinder(Database& db) {
    const std::string identity = databaseIdentity(db);
    if (identity.empty()) {
        return load(db);
    }
    Registry& shared = registry();
    // Held while loading: a second thread asking for the same data waits and gets the same instance.
    const std::lock_guard lock(shared.mutex);
    if (auto existing = shared.finders[identity].lock()) {
        return existing;
    }
    auto finder = load(db);
    shared.finders[identity] = finder;
    return finder;
}

std::size_t sharedFoodFinderLoads() { return g_loads.load(); }

bool foodNamesMayMatch(Database& db, const std::vector<std::string>& terms, bool lastIsPrefix) {
    auto table = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'food_name_word'");
    if (!table.step() || table.integer(0) == 0) {
        return true; // an older database: only the finder can tell
    }
    auto exact = db.prepare("SELECT 1 FROM food_name_word WHERE word = ?");
    // Byte order: every word that starts with the prefix sorts between it and it followed by 0xFF.
    auto prefix = db.prepare("SELECT 1 FROM food_name_word WHERE word >= ?1 AND word < ?1 || char(1114111) LIMIT 1");
    for (std::size_t i = 0; i < terms.size(); ++i) {
        Statement& statement = lastIsPrefix && i + 1 == terms.size() ? prefix : exact;
        statement.reset();
        statement.bind(1, terms[i]);
        if (!statement.step()) {
            return false;
        }
    }
    return true;
}

} // namespace carebook::foods
