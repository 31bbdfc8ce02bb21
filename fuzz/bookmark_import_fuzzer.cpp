// SPDX-License-Identifier: MIT
// Arbitrary bytes as a bookmarks file to import: must never crash; a refusal is an InvalidInput error
// that changed nothing; and whatever was imported exports to a file that imports again, the same
// bookmarks ("an export always imports").
#include "core/user/user_store.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char* what, std::size_t size) {
    if (!condition) {
        std::fprintf(stderr, "bookmark_import_fuzzer: %s (input of %zu bytes)\n", what, size);
        std::abort();
    }
}

constexpr std::time_t kNow = 1767225600; // 2026-01-01, fixed so runs are reproducible

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto store = carebook::UserStore::openMemory();
    store.addBookmark("back-spasm", "Back spasm", kNow - 1000);
    const auto before = store.exportBookmarksJson(kNow);
    carebook::BookmarkImportResult result;
    try {
        result = store.importBookmarksJson(text, kNow);
    } catch (const carebook::UserStoreError& e) {
        check(e.kind() == carebook::UserStoreError::Kind::InvalidInput, "a refusal that is not about the input", size);
        check(std::string_view(e.what()).find("Nothing was imported") != std::string_view::npos,
              "a refusal that does not say nothing was imported", size);
        check(store.exportBookmarksJson(kNow) == before, "a refused import changed the store", size);
        return 0;
    }
    const auto bookmarks = store.bookmarks();
    check(bookmarks.size() == 1 + static_cast<std::size_t>(result.added), "the counts do not add up", size);
    const auto exported = store.exportBookmarksJson(kNow);
    auto restored = carebook::UserStore::openMemory();
    try {
        const auto again = restored.importBookmarksJson(exported, kNow);
        check(again.added == static_cast<int>(bookmarks.size()), "the export did not import every bookmark", size);
    } catch (const carebook::UserStoreError&) {
        check(false, "Carebook's own export was refused on import", size);
    }
    check(restored.exportBookmarksJson(kNow) == exported, "the export changed on its way back in", size);
    return 0;
}
