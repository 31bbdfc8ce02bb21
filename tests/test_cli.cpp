// SPDX-License-Identifier: MIT
// The command line, exercised as a person or a script would: the real binary, no display.
#include "test_support.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <nlohmann/json.hpp>

using carebook::test::ProcessResult;
using carebook::test::runProcess;
using nlohmann::json;

namespace {

// Runs carebook against the fixture database with no display at all.
ProcessResult runCarebook(const std::string& arguments, bool fixture = true) {
    std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " + std::string(CAREBOOK_APP);
    if (fixture) {
        command += " --content-db " + carebook::test::shellQuote(CAREBOOK_FIXTURE_DB);
    }
    return runProcess(command + " " + arguments);
}

} // namespace

TEST_CASE("version and help work without a display", "[cli]") {
    const auto version = runCarebook("--version");
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.out, Catch::StartsWith("carebook ") && Catch::Contains("content test.1"));
    const auto help = runCarebook("--help");
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("carebook remedies --symptom ID"));
}

TEST_CASE("the built-in content opens with no --content-db", "[cli]") {
    const auto result = runCarebook("list --json", false);
    REQUIRE(result.exitCode == 0);
    const auto list = json::parse(result.out);
    REQUIRE(list.is_array());
    CHECK(list.size() > 0);
}

TEST_CASE("list --json gives id, kind and title, filterable by kind", "[cli]") {
    const auto all = runCarebook("list --json");
    REQUIRE(all.exitCode == 0);
    const auto list = json::parse(all.out);
    REQUIRE(list.size() == 5);
    for (const auto& item : list) {
        CHECK(item.contains("id"));
        CHECK(item.contains("kind"));
        CHECK(item.contains("title"));
    }
    const auto remedies = json::parse(runCarebook("list --kind remedy --json").out);
    REQUIRE(remedies.size() == 2);
    CHECK(remedies[0]["kind"] == "remedy");
    const auto text = runCarebook("list --kind symptom");
    CHECK_THAT(text.out, Catch::Contains("back-spasm") && Catch::Contains("Back spasm"));
}

TEST_CASE("show --json carries the whole article", "[cli]") {
    const auto result = runCarebook("show back-spasm --json");
    REQUIRE(result.exitCode == 0);
    const auto article = json::parse(result.out);
    CHECK(article["id"] == "back-spasm");
    CHECK(article["kind"] == "symptom");
    CHECK(article["title"] == "Back spasm");
    CHECK(article["aliases"][1] == "crick");
    CHECK_THAT(article["body_text"].get<std::string>(), Catch::Contains("Start with cold."));
    CHECK_THAT(article["body_html"].get<std::string>(), Catch::Contains("<a href=\"cold-therapy\">"));
    CHECK(article["sources"][0]["id"] == "nhs-back-pain");
    CHECK(article["red_flags"].size() == 2);
    CHECK(article["red_flags"][0]["urgency"] == "emergency");
    CHECK(article["links"].size() >= 4);
}

TEST_CASE("show prints readable text", "[cli]") {
    const auto result = runCarebook("show cold-therapy");
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("Cold therapy\n============"));
    CHECK_THAT(result.out, Catch::Contains("  1. Wrap an ice pack in a cloth."));
    CHECK_THAT(result.out, Catch::Contains("Evidence (Acute (under 4 weeks)): Not enough evidence"));
}

TEST_CASE("remedies --symptom groups by phase", "[cli]") {
    const auto result = runCarebook("remedies --symptom back-spasm --json");
    REQUIRE(result.exitCode == 0);
    const auto remedies = json::parse(result.out);
    REQUIRE(remedies.size() == 4);
    CHECK(remedies[0]["id"] == "cold-therapy");
    CHECK(remedies[0]["phase"] == "first-72h");
    CHECK(remedies[1]["phase"] == "after-72h");
    const auto text = runCarebook("remedies --symptom back-spasm");
    CHECK_THAT(text.out, Catch::Contains("First 72 hours:\n  cold-therapy"));
}

TEST_CASE("unknown ids, commands and options give one line on stderr and exit code 2", "[cli]") {
    for (const auto* arguments : {"show no-such-id", "remedies --symptom cold-therapy", "remedies --symptom nope",
                                  "list --kind recipe", "list --bogus", "frobnicate", "--bogus", "show",
                                  "remedies --symptom"}) {
        INFO(arguments);
        const auto result = runCarebook(arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::StartsWith("carebook: "));
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    }
}

TEST_CASE("a missing or corrupt --content-db is named, exit code 2", "[cli]") {
    const auto missing = runProcess(std::string(CAREBOOK_APP) + " --content-db /nonexistent/x.db list");
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.err, Catch::Contains("/nonexistent/x.db"));
    carebook::test::TempDir dir;
    const auto garbage = dir.path() / "corrupt.db";
    carebook::test::writeText(garbage, "SQLite format 3" + std::string(5000, '\x01'));
    const auto corrupt =
        runProcess(std::string(CAREBOOK_APP) + " --content-db " + carebook::test::shellQuote(garbage.string()) + " list");
    CHECK(corrupt.exitCode == 2);
    CHECK_THAT(corrupt.err, Catch::Contains("corrupt.db"));
}

TEST_CASE("with no display the window is not attempted and the command line is shown", "[cli]") {
    const auto result = runCarebook("");
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("no display") && Catch::Contains("carebook list"));
}

TEST_CASE("search --json gives id, kind, title, snippet and score; did_you_mean when corrected", "[cli][search]") {
    const auto result = runCarebook("search heat therapy --json");
    REQUIRE(result.exitCode == 0);
    const auto out = json::parse(result.out);
    CHECK(out["query"] == "heat therapy");
    CHECK_FALSE(out.contains("did_you_mean"));
    REQUIRE_FALSE(out["results"].empty());
    const auto& first = out["results"][0];
    CHECK(first["id"] == "heat-therapy");
    CHECK(first["kind"] == "remedy");
    CHECK(first["title"] == "Heat therapy");
    CHECK(first["snippet"].is_string());
    CHECK(first["score"].is_number());

    const auto corrected = json::parse(runCarebook("search magnesum --json").out);
    CHECK(corrected["did_you_mean"] == "magnesium");
    REQUIRE_FALSE(corrected["results"].empty());
    CHECK(corrected["results"][0]["id"] == "magnesium");

    // Nothing found: exit code 1 and an empty list; operators are only words.
    const auto none = runCarebook("search zzqxv --json");
    CHECK(none.exitCode == 1);
    CHECK(json::parse(none.out)["results"].empty());
    const auto operators = runCarebook("search 'heat AND (cold OR NEAR(\"x\" *' --json");
    CHECK(operators.exitCode <= 1);
    CHECK(operators.err.empty());
    CHECK_NOTHROW(json::parse(operators.out));

    const auto remedies = json::parse(runCarebook("search muscles --kind remedy --json").out);
    REQUIRE_FALSE(remedies["results"].empty());
    for (const auto& hit : remedies["results"]) {
        CHECK(hit["kind"] == "remedy");
    }
    const auto badKind = runCarebook("search heat --kind vegetable");
    CHECK(badKind.exitCode == 2);
    CHECK_THAT(badKind.err, Catch::Contains("unknown kind 'vegetable'") && Catch::Contains("food"));
}

TEST_CASE("search lists foods named by the query after the articles; --kind food lists only foods", "[cli][search]") {
    // The built-in content, which has the USDA food data (the fixture has none).
    const auto both = json::parse(runCarebook("search banana --json", false).out);
    const auto& results = both["results"];
    REQUIRE(results.size() > 1);
    CHECK(results[0]["kind"] != "food"); // an article first
    const auto firstFood = std::find_if(results.begin(), results.end(), [](const json& r) { return r["kind"] == "food"; });
    REQUIRE(firstFood != results.end());
    CHECK((*firstFood)["id"] == "09040");
    CHECK((*firstFood)["title"] == "Bananas, raw");
    CHECK_THAT((*firstFood)["snippet"].get<std::string>(), Catch::StartsWith("1 medium (118 g): potassium 422 mg"));
    for (auto it = firstFood; it != results.end(); ++it) {
        CHECK((*it)["kind"] == "food"); // the foods are one group, at the end
    }

    const auto foods = runCarebook("search salmon --kind food --limit 4 --json", false);
    REQUIRE(foods.exitCode == 0);
    const auto list = json::parse(foods.out)["results"];
    REQUIRE(list.size() == 4);
    for (const auto& food : list) {
        CHECK(food["kind"] == "food");
    }
    const auto text = runCarebook("search banana --kind food", false);
    CHECK_THAT(text.out, Catch::Contains("Foods (USDA") && Catch::Contains("09040") && Catch::Contains("Bananas, raw"));
    CHECK(runCarebook("search heat --kind food", false).exitCode == 1);
}
