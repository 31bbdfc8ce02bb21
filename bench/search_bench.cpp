// SPDX-License-Identifier: MIT
// carebook-search-bench: latency of Searcher::search for a fixed mix of queries (1–4 words, words
// still being typed, typos) on a content database, next to the raw FTS5 MATCH of the same words
// (quoted, AND, last word as a prefix, ordered by bm25, same limit), so the cost of synonyms,
// corrections, boosts, the ranking function and snippets shows as a ratio.
//
//   carebook-search-bench --db FILE [--rounds N]
//
// Not a test: it prints figures. Each query runs once to warm up, then N rounds (default 30).
#include "core/util/database.h"
#include "core/search/searcher.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// What people type, as the app sends it while they type (the last word may be unfinished).
const std::vector<std::string> kQueries = {
    // one word
    "cramp", "magnesium", "stiffness", "sciatica", "ibuprofen", "heat",
    // two to four words
    "back spasm", "charley horse", "numb leg", "ice or heat", "magnesium foods", "leg cramps at night",
    "how long does back pain last", "stretches for lower back", "pins and needles",
    // being typed
    "back sp", "magnes", "charley ho", "stiff ne", "cr",
    // typos
    "magnesum foods", "back siezed up", "sciatca", "physiotherpy"};

double percentile(std::vector<double> values, double fraction) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    std::string path;
    int rounds = 30;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc) {
            path = argv[++i];
        } else if (arg == "--rounds" && i + 1 < argc) {
            rounds = std::max(1, std::atoi(argv[++i]));
        } else {
            std::cerr << "usage: carebook-search-bench --db FILE [--rounds N]\n";
            return 2;
        }
    }
    if (path.empty()) {
        std::cerr << "usage: carebook-search-bench --db FILE [--rounds N]\n";
        return 2;
    }
    try {
        auto db = carebook::Database::open(path, carebook::Database::Mode::ReadOnly);
        // The app reads its database from memory (sqlite3_deserialize of the embedded resource); map
        // the file so neither search() nor the raw query pays for read() calls the app never makes.
        db.exec("PRAGMA mmap_size = 4294967296");
        auto count = db.prepare("SELECT count(*) FROM articles");
        count.step();
        const auto articles = count.int64(0);
        const auto openStart = Clock::now();
        carebook::Searcher searcher(db);
        searcher.search("warm up the vocabulary: magnesum"); // loads the vocabulary once
        const double firstSearch = millisecondsSince(openStart);
        auto raw = db.prepare("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 ORDER BY rank LIMIT 20");

        carebook::SearchOptions options; // as the app: the last word may be unfinished, 20 hits
        options.limit = 20;
        std::vector<double> allOurs;
        std::vector<double> allRaw;
        std::printf("%s: %lld articles; Searcher set-up and first search (vocabulary load) %.1f ms\n\n",
                    path.c_str(), static_cast<long long>(articles), firstSearch);
        std::printf("%-30s %6s %6s %9s %9s %7s\n", "query", "hits", "raw", "ours p50", "raw p50", "ratio");
        for (const auto& query : kQueries) {
            const std::string expression = searcher.plainExpression(query, true);
            std::vector<double> ours;
            std::vector<double> plain;
            std::size_t hits = 0;
            std::size_t rawHits = 0;
            for (int round = -1; round < rounds; ++round) { // round -1 warms up
                auto start = Clock::now();
                const auto result = searcher.search(query, options);
                const double oursMs = millisecondsSince(start);
                hits = result.hits.size();

                start = Clock::now();
                rawHits = 0;
                raw.reset();
                raw.bind(1, expression);
                while (raw.step()) {
                    ++rawHits;
                }
                raw.reset();
                const double rawMs = millisecondsSince(start);
                if (round >= 0) {
                    ours.push_back(oursMs);
                    plain.push_back(rawMs);
                }
            }
            allOurs.insert(allOurs.end(), ours.begin(), ours.end());
            allRaw.insert(allRaw.end(), plain.begin(), plain.end());
            const double oursP50 = percentile(ours, 0.5);
            const double rawP50 = percentile(plain, 0.5);
            std::printf("%-30s %6zu %6zu %9.3f %9.3f %6.2fx\n", ("\"" + query + "\"").c_str(), hits, rawHits, oursP50,
                        rawP50, rawP50 > 0 ? oursP50 / rawP50 : 0.0);
        }
        std::printf("\nall %zu timings (ms)   p50      p95      p99      max\n", allOurs.size());
        std::printf("search()           %8.3f %8.3f %8.3f %8.3f\n", percentile(allOurs, 0.5), percentile(allOurs, 0.95),
                    percentile(allOurs, 0.99), percentile(allOurs, 1.0));
        std::printf("raw FTS5 MATCH     %8.3f %8.3f %8.3f %8.3f\n", percentile(allRaw, 0.5), percentile(allRaw, 0.95),
                    percentile(allRaw, 0.99), percentile(allRaw, 1.0));
        std::printf("ratio              %7.2fx %7.2fx %7.2fx\n", percentile(allOurs, 0.5) / percentile(allRaw, 0.5),
                    percentile(allOurs, 0.95) / percentile(allRaw, 0.95),
                    percentile(allOurs, 0.99) / percentile(allRaw, 0.99));
    } catch (const std::exception& e) {
        std::cerr << "carebook-search-bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
