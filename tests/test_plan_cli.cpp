// SPDX-License-Identifier: MIT
// `carebook log` and `carebook plan`, run as a person or a script would: the real binary, no display,
// its own data folder.
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using carebook::test::ProcessResult;
using carebook::test::runProcess;
using carebook::test::shellQuote;
using carebook::test::TempDir;
using nlohmann::json;

namespace {

// Runs carebook with `home` as its data folder (XDG_DATA_HOME), in UTC.
ProcessResult runCarebook(const TempDir& home, const std::string& arguments) {
    return runProcess("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM TZ=UTC XDG_DATA_HOME=" +
                      shellQuote(home.path().string()) + " " + std::string(CAREBOOK_APP) + " " + arguments);
}

} // namespace

TEST_CASE("log add, list and export keep sessions and pain scores in the window's store", "[cli][log]") {
    TempDir home;
    auto added = runCarebook(home, "log add --plan back-spasm --item cold-therapy --pain 6 --note 'a bit better' "
                                   "--at 2026-12-07T09:30:00Z --json");
    REQUIRE(added.exitCode == 0);
    INFO(added.err);
    const auto entry = json::parse(added.out);
    CHECK(entry["outcome"] == "completed");
    CHECK(entry["pain"] == 6);
    CHECK(entry["id"].get<int>() > 0);
    REQUIRE(runCarebook(home, "log add --plan back-spasm --pain 3 --at 2026-12-07T18:00:00Z").exitCode == 0);
    REQUIRE(runCarebook(home, "log add --plan back-spasm --item knee-to-chest-stretch --outcome stopped-early "
                              "--at 2026-12-07T12:00:00Z")
                .exitCode == 0);
    REQUIRE(runCarebook(home, "log add --plan leg-cramp --pain 1 --at 2026-12-07T08:00:00Z").exitCode == 0);
    // The window's file: AppDataLocation is <XDG_DATA_HOME>/Carebook/Carebook.
    CHECK(std::filesystem::exists(home.path() / "Carebook" / "Carebook" / "user.db"));

    const auto list = json::parse(runCarebook(home, "log list --plan back-spasm --json").out);
    REQUIRE(list.size() == 3);
    CHECK(list[0]["done_at"] == "2026-12-07T09:30:00Z");
    CHECK(list[1]["item"] == "knee-to-chest-stretch");
    CHECK(list[1]["outcome"] == "stopped-early");
    CHECK(list[1]["pain"].is_null());
    CHECK(list[2]["item"].is_null());
    CHECK(list[2]["pain"] == 3);
    CHECK(json::parse(runCarebook(home, "log list --json").out).size() == 4);

    const auto text = runCarebook(home, "log list --plan back-spasm");
    CHECK_THAT(text.out, Catch::Contains("2026-12-07 09:30  back-spasm     cold-therapy (completed), pain 6/10: a bit better"));

    const auto csv = runCarebook(home, "log export --plan back-spasm");
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out == "done_at,plan,item,outcome,pain,note\r\n"
                     "2026-12-07T09:30:00Z,back-spasm,cold-therapy,completed,6,a bit better\r\n"
                     "2026-12-07T12:00:00Z,back-spasm,knee-to-chest-stretch,stopped-early,,\r\n"
                     "2026-12-07T18:00:00Z,back-spasm,,,3,\r\n");
}

TEST_CASE("log refuses what makes no sense with a clear message and exit code 2", "[cli][log]") {
    TempDir home;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"log add --pain 3", "needs --plan ID"},
        {"log add --plan back-spasm", "needs --item ID"},
        {"log add --plan back-spasm --pain 11", "--pain takes a whole number from 0 to 10"},
        {"log add --plan back-spasm --item cold-therapy --outcome maybe", "--outcome is completed or stopped-early"},
        {"log add --plan back-spasm --pain 2 --at yesterday", "--at takes a UTC time"},
        {"log add --plan 'Back Spasm' --pain 2", "is not a plan"},
        {"log remove --plan back-spasm", "log takes add, list, export or delete"},
        {"log delete --plan back-spasm", "add --yes to confirm"},
    };
    for (const auto& [arguments, message] : cases) {
        CAPTURE(arguments);
        const auto result = runCarebook(home, arguments);
        CHECK(result.exitCode == 2);
        CHECK_THAT(result.err, Catch::Contains(message));
    }
    CHECK(runCarebook(home, "log list").out == "The log is empty.\n");
}

TEST_CASE("log delete removes one plan's log on request and keeps the others", "[cli][log]") {
    TempDir home;
    REQUIRE(runCarebook(home, "log add --plan back-spasm --pain 4").exitCode == 0);
    REQUIRE(runCarebook(home, "log add --plan back-spasm --pain 5").exitCode == 0);
    REQUIRE(runCarebook(home, "log add --plan leg-cramp --pain 1").exitCode == 0);
    const auto deleted = runCarebook(home, "log delete --plan back-spasm --yes");
    REQUIRE(deleted.exitCode == 0);
    CHECK(deleted.out == "Deleted 2 entries of the plan back-spasm.\n");
    const auto left = json::parse(runCarebook(home, "log export --json").out);
    REQUIRE(left.size() == 1);
    CHECK(left[0]["plan"] == "leg-cramp");
}

namespace {

int minuteOf(const json& clock) {
    const auto text = clock.get<std::string>();
    return std::stoi(text.substr(0, 2)) * 60 + std::stoi(text.substr(3, 2));
}

} // namespace

TEST_CASE("plan --json gives clock times, doses and red flags for every symptom", "[cli][plan]") {
    TempDir home;
    const auto symptoms = json::parse(runCarebook(home, "list --kind symptom --json").out);
    REQUIRE(symptoms.size() >= 5);
    std::size_t timed = 0;
    for (const auto& symptom : symptoms) {
        const std::string id = symptom["id"];
        CAPTURE(id);
        const auto result = runCarebook(home, "plan --symptom " + id + " --start 2026-12-07T09:30 --json");
        REQUIRE(result.exitCode == 0);
        const auto plan = json::parse(result.out);
        CHECK(plan["start"] == "2026-12-07T09:30");
        CHECK(plan["days"].size() == 7);
        CHECK(plan["red_flags"].size() >= 1);
        if (plan["items"].empty()) {
            // Twitching and weakness: rest, foods, drinks; nothing the content gives a clock time.
            CHECK(plan["as_needed"].size() >= 1);
            for (const auto& day : plan["days"]) {
                CHECK(day["sessions"].empty());
            }
            continue;
        }
        ++timed;
        std::map<std::string, json> items;
        for (const auto& item : plan["items"]) {
            // Cold and heat minutes come from a cited source (Healthwise); no cited source gives an
            // exercise figure, so those are expert advice, and every item says which.
            CHECK(item["dose_source"] == (item["kind"] == "exercise" ? "expert-advice" : "content"));
            CHECK_THAT(item["dose_basis"].get<std::string>(), Catch::Contains("expert advice"));
            CHECK_FALSE(item["dose_line"].get<std::string>().empty());
            if (item["kind"] == "exercise") {
                CHECK(item["dose"]["repetitions"].get<int>() >= 1);
                CHECK(item["dose"]["times_per_day"].get<int>() >= 1);
            } else {
                CHECK(item["dose"]["minutes"].get<int>() <= 20);
            }
            items[item["id"]] = item;
        }
        int sessions = 0;
        for (const auto& day : plan["days"]) {
            int lastHeatCold = -24 * 60;
            for (const auto& session : day["sessions"]) {
                ++sessions;
                const int start = minuteOf(session["start"]);
                const int end = minuteOf(session["end"]);
                CHECK(start >= 8 * 60);
                CHECK(end <= 22 * 60);
                CHECK(end - start == session["minutes"].get<int>());
                if (day["day"] == 1) {
                    CHECK(start >= 9 * 60 + 30);
                }
                REQUIRE(items.count(session["item"]) == 1);
                const auto& item = items[session["item"]];
                if (session["kind"] != "exercise") {
                    CHECK(session["minutes"].get<int>() <= 20);
                    CHECK(start - lastHeatCold >= item["dose"]["every_hours"].get<int>() * 60);
                    lastHeatCold = start;
                }
            }
        }
        CHECK(sessions > 0);
    }
    CHECK(timed >= symptoms.size() - 2);
}

TEST_CASE("plan for back spasm: cold for the first three days, then heat, and the chosen exercises", "[cli][plan]") {
    TempDir home;
    const auto plan = json::parse(
        runCarebook(home, "plan --symptom back-spasm --start 2026-12-07T09:30 --include "
                          "heat-therapy,cold-therapy,knee-to-chest-stretch --days 5 --json")
            .out);
    REQUIRE(plan["items"].size() == 3);
    CHECK(plan["items"][0]["id"] == "cold-therapy"); // the content's order, not the command line's
    CHECK(plan["items"][0]["dose"]["for_days"] == 3);
    CHECK(plan["items"][1]["dose"]["from_day"] == 4);
    CHECK(plan["as_needed"].empty());
    const auto& day1 = plan["days"][0]["sessions"];
    REQUIRE(day1.size() >= 2);
    CHECK(day1[0] == json({{"start", "09:30"}, {"end", "09:45"}, {"minutes", 15}, {"item", "cold-therapy"},
                           {"kind", "cold"}}));
    for (int day = 0; day < 5; ++day) {
        for (const auto& session : plan["days"][day]["sessions"]) {
            if (session["kind"] != "exercise") {
                CHECK(session["kind"] == (day < 3 ? "cold" : "heat"));
            }
        }
    }
    const auto text = runCarebook(home, "plan --symptom back-spasm --start 2026-12-07T09:30 --days 1");
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("Day 1, Monday 7 December 2026:\n  09:30–09:45  Cold therapy"));
    CHECK_THAT(text.out, Catch::Contains("When to get help:\n  [emergency]"));
    CHECK_THAT(text.out, Catch::Contains("15 min · every 2 h · days 1–3\n"));
    CHECK_THAT(text.out, Catch::Contains("(From Healthwise; how often: Carebook's expert advice)"));
}

TEST_CASE("plan refuses bad input naming the field, with exit code 2", "[cli][plan]") {
    TempDir home;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"plan", "plan needs --symptom ID"},
        {"plan --symptom nope", "symptom: no symptom 'nope'"},
        {"plan --symptom cold-therapy", "symptom: 'cold-therapy' is a remedy, not a symptom"},
        {"plan --symptom back-spasm --start 2026-02-30T09:00", "--start takes a local date and time"},
        {"plan --symptom back-spasm --start 2026-12-07T24:00", "--start takes a local date and time"},
        {"plan --symptom back-spasm --start 2026-12-07", "--start takes a local date and time"},
        {"plan --symptom back-spasm --start ''", "--start"},
        {"plan --symptom back-spasm --include cold-therpy", "include[0]: 'cold-therpy' is not one of the remedies for "
                                                            "Back spasm (did you mean 'cold-therapy'?)"},
        {"plan --symptom back-spasm --days 29", "--days takes a whole number from 1 to 28"},
        {"plan --symptom back-spasm --include cat-cow-stretch,knee-to-chest-stretch,pelvic-tilt,bridge-exercise,"
         "plank-exercise",
         "include: at most 4 exercises"},
    };
    for (const auto& [arguments, message] : cases) {
        CAPTURE(arguments);
        const auto result = runCarebook(home, arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains(message));
    }
}
