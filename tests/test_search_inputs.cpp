// SPDX-License-Identifier: MIT
// Any text gives hits or an empty result, never an error or a crash: the regression corpus of nasty
// inputs (tests/search-regression/, plus anything the fuzzer ever found), the fuzzer's seed corpus,
// and a deterministic stream of random bytes, through the Searcher on the fixture and the real
// content. The same inputs run under libFuzzer with sanitizers in scripts/fuzz; this keeps them in
// the ordinary test run, which needs no clang.
#include "core/content/store.h"
#include "core/search/searcher.h"
#include "core/search/text.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

using carebook::ArticleKind;
using carebook::Database;
using carebook::SearchOptions;
using carebook::Searcher;

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpusFiles() {
    std::vector<fs::path> files;
    for (const char* folder : {"tests/search-regression", "tests/fuzz/corpus/search_query_fuzzer"}) {
        for (const auto& entry : fs::directory_iterator(fs::path(CAREBOOK_SOURCE_DIR) / folder)) {
            if (entry.is_regular_file()) {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The checks every result must pass, whatever the input.
void searchSafely(Searcher& searcher, const std::string& input) {
    for (const bool typing : {true, false}) {
        for (const auto kind : {std::optional<ArticleKind>{}, std::optional<ArticleKind>{ArticleKind::Remedy}}) {
            SearchOptions options;
            options.prefixLastWord = typing;
            options.kind = kind;
            options.limit = 7;
            carebook::SearchResult result;
            REQUIRE_NOTHROW(result = searcher.search(input, options));
            REQUIRE(result.hits.size() <= 7);
            for (const auto& hit : result.hits) {
                REQUIRE_FALSE(hit.id.empty());
                REQUIRE((!kind || hit.kind == *kind));
                // Output is valid UTF-8 without control characters.
                REQUIRE(carebook::sanitizeSearchText(hit.snippet, hit.snippet.size()) == hit.snippet);
                std::size_t previousEnd = 0;
                for (const auto& highlight : hit.highlights) {
                    REQUIRE(highlight.begin >= previousEnd);
                    REQUIRE(highlight.begin < highlight.end);
                    REQUIRE(highlight.end <= hit.snippet.size());
                    previousEnd = highlight.end;
                }
            }
            if (result.correctionApplied) {
                REQUIRE_FALSE(result.didYouMean.empty());
            }
        }
    }
}

} // namespace

TEST_CASE("every input of the regression corpus gives hits or nothing, never an error", "[search][safety]") {
    const auto files = corpusFiles();
    REQUIRE(files.size() >= 50);
    for (const char* database : {CAREBOOK_FIXTURE_DB, CAREBOOK_REAL_CONTENT_DB}) {
        auto db = Database::open(database, Database::Mode::ReadOnly);
        Searcher searcher(db);
        for (const auto& file : files) {
            INFO(file.filename().string() << " on " << database);
            searchSafely(searcher, carebook::test::readText(file));
        }
    }
}

TEST_CASE("operators in the regression corpus are searched as words", "[search][safety]") {
    auto db = Database::open(CAREBOOK_REAL_CONTENT_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    // "cramp AND spasm OR NOT heat NEAR(...)": plain words, so articles about cramps are found.
    const auto text = carebook::test::readText(fs::path(CAREBOOK_SOURCE_DIR) / "tests/search-regression/fts-operators");
    CHECK_FALSE(searcher.search(text).hits.empty());
    const auto injection =
        carebook::test::readText(fs::path(CAREBOOK_SOURCE_DIR) / "tests/search-regression/sql-injection");
    CHECK_NOTHROW(searcher.search(injection));
    auto still = db.prepare("SELECT count(*) FROM articles");
    REQUIRE(still.step());
    CHECK(still.integer(0) > 0);
}

TEST_CASE("random bytes and random words give hits or nothing, never an error", "[search][safety]") {
    auto db = Database::open(CAREBOOK_REAL_CONTENT_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    std::mt19937 random(20261122); // fixed seed: the same inputs on every run
    const std::vector<std::string> pieces = {"back", "spasm", "\"", "*", "AND", "OR", "NOT", "NEAR", "(", ")", ":",
                                             "^", "-", "+", "{", "}", "\xff", "\xc3", "\xa9", "\xf0\x9f\x98\x80",
                                             " ", "\t", "\x01", std::string(1, '\0'), "magnesum", "or", "x", "ice"};
    for (int i = 0; i < 1500; ++i) {
        std::string input;
        const int length = static_cast<int>(random() % 24);
        for (int j = 0; j < length; ++j) {
            if (random() % 3 == 0) {
                input += static_cast<char>(random() % 256);
            } else {
                input += pieces[random() % pieces.size()];
            }
        }
        INFO("input #" << i);
        SearchOptions options;
        options.prefixLastWord = i % 2 == 0;
        REQUIRE_NOTHROW(searcher.search(input, options));
    }
}
