// SPDX-License-Identifier: MIT
// Arbitrary bytes through Searcher::search over the real content: must give hits or nothing, never
// an exception, a crash, or a result that breaks its own invariants.
#include "core/build/compiler.h"
#include "core/content/loader.h"
#include "core/util/database.h"
#include "core/search/searcher.h"
#include "core/search/text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture {
    carebook::Database db = carebook::Database::openMemory();
    std::unique_ptr<carebook::Searcher> searcher;
};

Fixture* fixture = nullptr;

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "search_query_fuzzer: broken invariant: %s\n", what);
        std::abort();
    }
}

// A snippet is clean UTF-8 and its highlights are in order, inside it, and not empty.
void checkSnippet(const carebook::SearchHit& hit, const char* what) {
    check(carebook::sanitizeSearchText(hit.snippet, hit.snippet.size()) == hit.snippet, what);
    std::size_t previousEnd = 0;
    for (const auto& highlight : hit.highlights) {
        check(highlight.begin >= previousEnd && highlight.begin < highlight.end && highlight.end <= hit.snippet.size(),
              what);
        previousEnd = highlight.end;
    }
}

void searchAndCheck(std::string_view text, const carebook::SearchOptions& options) {
    const auto result = fixture->searcher->search(text, options);
    check(result.hits.size() <= static_cast<std::size_t>(options.limit), "more hits than the limit");
    for (const auto& hit : result.hits) {
        check(!hit.id.empty(), "a hit without an id");
        check(!options.kind || hit.kind == *options.kind, "a hit of another kind than asked");
        checkSnippet(hit, "a snippet not clean UTF-8, or a highlight outside it");
        for (const std::size_t length : {std::size_t{0}, std::size_t{24}, std::size_t{180}}) {
            const auto shortened = carebook::shortenedSnippet(hit, length);
            const bool whole = hit.snippet.size() <= length;
            check(whole ? shortened.snippet == hit.snippet
                        : shortened.snippet.size() <= length + std::string_view("…").size(),
                  "a shortened snippet longer than asked");
            checkSnippet(shortened, "a shortened snippet not clean UTF-8, or a highlight outside it");
        }
    }
    check(!result.correctionApplied || !result.didYouMean.empty(), "a correction applied without its text");
    const std::size_t foodLimit = options.onlyFoods ? static_cast<std::size_t>(options.limit)
                                 : options.kind   ? 0
                                                  : static_cast<std::size_t>(options.foodLimit);
    check(result.foods.size() <= foodLimit, "more foods than asked for");
    for (const auto& food : result.foods) {
        check(food.type == carebook::SearchHit::Type::Food && !food.id.empty() && !food.title.empty(),
              "a food without its USDA number or name");
        checkSnippet(food, "a food snippet not clean UTF-8");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fixture = new Fixture;
    carebook::Diagnostics diagnostics;
    const auto content = carebook::loadContent(CAREBOOK_FUZZ_CONTENT, diagnostics);
    if (!diagnostics.empty()) {
        std::fprintf(stderr, "search_query_fuzzer: the content does not compile: %s\n",
                     diagnostics.items().front().toString().c_str());
        std::abort();
    }
    carebook::writeContentDatabase(content, fixture->db, CAREBOOK_FUZZ_CONTENT, diagnostics, nullptr);
    fixture->searcher = std::make_unique<carebook::Searcher>(fixture->db);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    carebook::SearchOptions typing;
    typing.limit = 10;
    searchAndCheck(text, typing);
    carebook::SearchOptions filtered;
    filtered.prefixLastWord = false;
    filtered.kind = carebook::ArticleKind::Remedy;
    filtered.limit = 3;
    searchAndCheck(text, filtered);
    carebook::SearchOptions foods;
    foods.onlyFoods = true;
    foods.limit = 5;
    searchAndCheck(text, foods);
    return 0;
}
