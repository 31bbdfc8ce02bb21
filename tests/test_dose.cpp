// SPDX-License-Identifier: MIT
// A remedy's dose: the validator's rules (which remedies, which figures, ranges, a cited source or
// expert advice), the one dose line and where it comes from, and the plan taking its figures from the
// content instead of its own defaults.
#include "core/content/article_html.h"
#include "core/content/dose.h"
#include "core/content/loader.h"
#include "core/content/store.h"
#include "core/plan/compose.h"
#include "core/sheet/compose.h"
#include "core/sheet/html.h"
#include "core/sheet/request.h"
#include "core/util/diagnostics.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using carebook::Diagnostics;
using carebook::Dose;
using carebook::RemedyDose;
namespace fs = std::filesystem;

namespace {

// The fixture content with `dose` put into the fixture's cold-therapy remedy.
std::vector<std::string> problemsWithDose(const std::string& dose, const std::string& file = "remedy/cold-therapy.json",
                                          const std::string& before = "\"guideline_stance\"") {
    carebook::test::TempDir dir;
    const auto content = dir.path() / "content";
    carebook::test::copyFixtureContent(content);
    carebook::test::replaceInFile(content / file, before, "\"dose\": " + dose + ",\n  " + before);
    return carebook::test::contentProblems(content);
}

} // namespace

TEST_CASE("a dose with a cited source and one figure of expert advice is valid", "[dose]") {
    const auto problems =
        problemsWithDose(R"({"minutes": 15, "every_hours": 2, "source": "acp-2017", "expert_advice": ["every_hours"]})");
    for (const auto& problem : problems) {
        UNSCOPED_INFO(problem);
    }
    CHECK(problems.empty());
}

TEST_CASE("the validator refuses a dose it cannot trust, saying where and why", "[dose]") {
    SECTION("cold past 20 minutes") {
        const auto problems = problemsWithDose(R"({"minutes": 25, "source": "expert-advice"})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("cold-therapy.json:") &&
                                    Catch::Contains("\"minutes\" must be between 1 and 20"));
    }
    SECTION("a source the article does not cite") {
        const auto problems = problemsWithDose(R"({"minutes": 15, "source": "nhs-back-pain"})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("not one of this article's \"sources\""));
    }
    SECTION("expert advice naming a figure the dose does not give") {
        const auto problems =
            problemsWithDose(R"({"minutes": 15, "source": "acp-2017", "expert_advice": ["every_hours"]})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("may only name figures this dose gives: minutes"));
    }
    SECTION("every figure listed as expert advice beside a source") {
        const auto problems = problemsWithDose(R"({"minutes": 15, "source": "acp-2017", "expert_advice": ["minutes"]})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("write \"source\": \"expert-advice\" instead"));
    }
    SECTION("an exercise figure on a cold remedy") {
        const auto problems = problemsWithDose(R"({"minutes": 15, "hold_seconds": 20, "source": "expert-advice"})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("unknown field \"hold_seconds\""));
    }
    SECTION("no minutes for cold") {
        const auto problems = problemsWithDose(R"({"every_hours": 2, "source": "expert-advice"})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("a cold or heat dose needs \"minutes\""));
    }
    SECTION("no source") {
        const auto problems = problemsWithDose(R"({"minutes": 15})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("missing required field \"source\""));
    }
}

TEST_CASE("one dose line, with nothing the dose does not give", "[dose]") {
    CHECK(carebook::doseLine(Dose{.minutes = 15, .everyHours = 2, .fromDay = 1, .forDays = 3}, true) ==
          "15 min · every 2 h · days 1–3");
    CHECK(carebook::doseLine(Dose{.minutes = 45}, true) == "20 min"); // never past the cap, even in words
    CHECK(carebook::doseLine(Dose{.holdSeconds = 30, .repetitions = 3, .sets = 1, .eachSide = true, .timesPerDay = 2},
                             false) == "Hold 30 s · 3 times · each side · twice a day");
    CHECK(carebook::doseLine(Dose{.repetitions = 5, .timesPerDay = 1}, false) == "5 times · once a day");
    CHECK(carebook::doseLine(Dose{.fromDay = 4, .repetitions = 8, .sets = 2, .restSeconds = 30, .timesPerDay = 3},
                             false) == "8 times · 2 sets, rest 30 s · 3 times a day · from day 4");
}

TEST_CASE("a stated figure wins over the plan's own, a silent one keeps it", "[dose]") {
    RemedyDose stated;
    stated.holdSeconds = 30;
    stated.sides = "each";
    const Dose base{.holdSeconds = 20, .repetitions = 3, .sets = 1, .timesPerDay = 2};
    const Dose dose = stated.over(base);
    CHECK(dose.holdSeconds == 30);
    CHECK(dose.eachSide);
    CHECK(dose.repetitions == 3);
    CHECK(dose.timesPerDay == 2);
    CHECK(carebook::doseBasis("Healthwise", {"every_hours", "for_days"}) ==
          "From Healthwise; how often, how many days: Carebook's expert advice");
    CHECK(carebook::doseBasis("", {}) == "Carebook's expert advice");
}

TEST_CASE("the plan and the article take the content's doses and say where they come from", "[dose]") {
    const auto store = carebook::ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    carebook::PlanRequest request;
    request.symptomId = "back-spasm";
    request.startDate = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{7}};
    request.startMinute = 9 * 60;
    request.include = std::vector<std::string>{"cold-therapy", "heat-therapy", "knee-to-chest-stretch"};
    const auto plan = carebook::composePlan(store, request);

    const auto* cold = plan.item("cold-therapy");
    REQUIRE(cold != nullptr);
    CHECK(cold->doseSource == carebook::DoseSource::Content);
    CHECK(cold->doseCites == "healthwise-heat-ice-low-back-pain");
    CHECK(cold->expertAdvice == std::vector<std::string>{"every_hours"});
    CHECK(carebook::doseLine(*cold) == "15 min · every 2 h · days 1–3");
    CHECK(carebook::doseBasis(*cold) == "From Healthwise; how often: Carebook's expert advice");

    const auto* stretch = plan.item("knee-to-chest-stretch");
    REQUIRE(stretch != nullptr);
    CHECK(stretch->doseSource == carebook::DoseSource::ExpertAdvice); // no cited source gives a hold time
    CHECK(stretch->dose.holdSeconds == 30); // the article's "about 30 seconds", not the plan's default 20
    CHECK(stretch->dose.eachSide);
    CHECK(carebook::doseBasis(*stretch) == "Carebook's expert advice");

    const auto article = store.article("cold-therapy");
    REQUIRE(article);
    const auto html = carebook::renderArticleHtml(*article, {});
    CHECK_THAT(html, Catch::Contains("<b>Dose:</b> 15 min · every 2 h · days 1–3") &&
                         Catch::Contains("From Healthwise; how often: Carebook&#39;s expert advice"));
}

TEST_CASE("every cold, heat, stretch and exercise the plan times has a dose of its own in the content",
          "[dose]") {
    const auto store = carebook::ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    for (const char* symptom : {"back-spasm", "lower-back-pain", "muscle-cramp", "muscle-stiffness", "muscle-twitching",
                                "muscle-weakness", "neck-and-upper-back-pain", "sciatica"}) {
        carebook::PlanRequest request;
        request.symptomId = symptom;
        request.startDate = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{7}};
        request.startMinute = 9 * 60;
        const auto plan = carebook::composePlan(store, request);
        for (const auto& item : plan.items) {
            INFO(symptom << ": " << item.remedyId);
            const auto article = store.article(item.remedyId);
            REQUIRE(article);
            CHECK(article->content.remedy()->dose.has_value());
        }
    }
}

TEST_CASE("the sheet's exercise cards carry the content's dose line, marked as expert advice", "[dose][sheet]") {
    const auto store = carebook::ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    carebook::SheetRequest request;
    request.symptomId = "muscle-stiffness";
    request.startDate = "2026-12-07";
    request.include = std::vector<std::string>{"heat-therapy", "cat-cow-stretch", "knee-to-chest-stretch"};
    const auto sheet = carebook::composeSheet(store, request);
    REQUIRE(sheet.exercises.size() == 2);
    CHECK(sheet.exercises[0].dose == "5 times · twice a day");     // cat-cow moves, no hold
    CHECK(sheet.exercises[1].dose == "Hold 30 s · 3 times · each side · twice a day");
    CHECK(sheet.exercises[1].doseIsExpertAdvice);
    const auto html = carebook::renderSheetHtml(sheet);
    CHECK_THAT(html, Catch::Contains("<p class=\"ex-dose\"><b>Hold 30 s · 3 times · each side · twice a day</b> "
                                     "<i>(expert advice)</i></p>"));
}

TEST_CASE("a stop rule needs a cited source that says it, on a stretch or an exercise", "[dose][stop-if]") {
    const auto stopRule = [](const std::string& rule, const std::string& file = "remedy/cold-therapy.json") {
        carebook::test::TempDir dir;
        const auto content = dir.path() / "content";
        carebook::test::copyFixtureContent(content);
        if (file != "remedy/cold-therapy.json") {
            carebook::test::replaceInFile(content / "remedy/cold-therapy.json", "\"category\": \"cold-heat\"",
                                          "\"category\": \"stretch\"");
        }
        carebook::test::replaceInFile(content / "remedy/cold-therapy.json", "\"guideline_stance\"",
                                      "\"stop_if\": " + rule + ",\n  \"guideline_stance\"");
        return carebook::test::contentProblems(content);
    };
    SECTION("cited and located, on a stretch") {
        const auto problems =
            stopRule(R"({"text": "Stop if it hurts more.", "source": "acp-2017", "locator": "section 2"})", "stretch");
        for (const auto& problem : problems) {
            UNSCOPED_INFO(problem);
        }
        // The fixture's cold remedy turned stretch keeps its cold dose: only that complaint is allowed.
        for (const auto& problem : problems) {
            CHECK_THAT(problem, !Catch::Contains("stop_if"));
        }
    }
    SECTION("on cold or heat") {
        const auto problems =
            stopRule(R"({"text": "Stop if it hurts more.", "source": "acp-2017", "locator": "section 2"})");
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("only stretch and exercise remedies have a stop rule"));
    }
    SECTION("expert advice is not a source for it") {
        const auto problems =
            stopRule(R"({"text": "Stop if it hurts.", "source": "expert-advice", "locator": "-"})", "stretch");
        CHECK(std::any_of(problems.begin(), problems.end(), [](const std::string& p) {
            return p.find("never from expert advice") != std::string::npos;
        }));
    }
    SECTION("no locator") {
        const auto problems = stopRule(R"({"text": "Stop if it hurts.", "source": "acp-2017"})", "stretch");
        CHECK(std::any_of(problems.begin(), problems.end(), [](const std::string& p) {
            return p.find("missing required field \"locator\"") != std::string::npos;
        }));
    }
}

TEST_CASE("the sheet's card prints the content's stop rule, and none where the content has none",
          "[dose][stop-if][sheet]") {
    const auto store = carebook::ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    carebook::SheetRequest request;
    request.symptomId = "back-spasm";
    request.include = std::vector<std::string>{"knee-to-chest-stretch", "pelvic-tilt"};
    const auto sheet = carebook::composeSheet(store, request);
    REQUIRE(sheet.exercises.size() == 2);
    for (const auto& exercise : sheet.exercises) {
        const auto article = store.article(exercise.remedyId);
        REQUIRE(article);
        const auto& rule = article->content.remedy()->stopIf;
        CHECK(exercise.stopIf == (rule ? rule->text : std::string()));
        if (rule) {
            const auto& sources = article->content.sources;
            CHECK(std::find(sources.begin(), sources.end(), rule->source) != sources.end());
        }
    }
    CHECK(sheet.exercises[1].stopIf == "Stop if your pain gets worse or new pain starts.");
    const auto html = carebook::renderSheetHtml(sheet);
    CHECK_THAT(html, Catch::Contains("<p class=\"ex-stop\"><b>Stop if your pain gets worse or new pain starts.</b></p>"));
}
