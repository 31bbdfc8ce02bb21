// SPDX-License-Identifier: MIT
// Arbitrary bytes as a content database, opened as --content-db opens a file: every check of an
// untrusted file, then the queries the window makes first. Must never crash or trip a sanitizer: a
// damaged file is refused with ContentDatabaseError naming it; one that passes answers its queries
// or fails with an exception, which the window catches at its boundary.
#include "core/content/integrity.h"
#include "core/content/store.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

namespace {

void check(bool condition, const char* what, std::size_t size) {
    if (!condition) {
        std::fprintf(stderr, "content_open_fuzzer: %s (input of %zu bytes)\n", what, size);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<carebook::ContentStore> store;
    try {
        auto db = carebook::Database::openImage(data, size);
        carebook::checkContentDatabase(db, "fuzz.db", carebook::ContentCheck::Untrusted);
        store.emplace(std::move(db));
    } catch (const carebook::ContentDatabaseError& e) {
        const std::string message = e.what();
        check(message.find("fuzz.db") != std::string::npos, "a refusal that does not name the file", size);
        check(message.find("SELECT") == std::string::npos, "a refusal that shows SQL", size);
        return 0;
    } catch (const carebook::DatabaseError&) {
        return 0; // the image itself could not be loaded
    }
    try {
        const auto articles = store->list();
        for (std::size_t i = 0; i < articles.size() && i < 8; ++i) {
            store->article(articles[i].id);
            store->redFlagsFor(articles[i].id);
            store->remediesForSymptom(articles[i].id);
        }
        store->edition();
    } catch (const std::exception&) {
        // Refused by the queries themselves (malformed JSON in a row, …): the window says so in words.
    }
    return 0;
}
