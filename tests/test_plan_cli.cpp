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
