// SPDX-License-Identifier: MIT
// Warning signs by construction (issue 13): sets attached whole, an emergency sign on every symptom,
// every flag's sources saying where, the red-flags directive, review and access dates, and the
// reading-level report.
#include "core/build/compiler.h"
#include "core/content/loader.h"
#include "core/content/readability.h"
#include "core/content/report.h"
#include "core/content/store.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace fs = std::filesystem;
using carebook::Diagnostics;
using carebook::test::replaceInFile;
using carebook::test::TempDir;

namespace {

struct Content {
    TempDir dir;
    fs::path root = dir.path() / "content";
    Content() { carebook::test::copyFixtureContent(root); }

    std::vector<std::string> problems() const {
        return carebook::test::contentProblems(root);
    }
    std::string path(const std::string& relative) const { return (root / relative).generic_string(); }
    fs::path file(const std::string& relative) const { return root / relative; }
};

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) {
        out += line + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("a symptom's sets are expanded into the warning signs it shows, short forms kept", "[redflags]") {
    Content content;
    replaceInFile(content.file("symptom/back-spasm.json"), "\"red_flag_sets\": [\"back\"]",
                  "\"red_flag_sets\": [\"back\", \"leg-and-calf\"]");
    const auto out = content.dir.path() / "out.db";
    Diagnostics diagnostics;
    REQUIRE(carebook::compileContent(content.root, out, diagnostics));
    const auto store = carebook::ContentStore::openFile(out.string());
    const auto flags = store.redFlagsFor("back-spasm");
    REQUIRE(flags.size() == 3);
    CHECK(flags[0].id == "saddle-numbness"); // most urgent first
    CHECK(flags[0].shortText == "Numb bottom.");
    CHECK(flags[1].id == "calf-stays-swollen");
    CHECK(flags[2].id == "no-improvement");
}

TEST_CASE("a flag of a set cannot be attached on its own", "[redflags]") {
    Content content;
    replaceInFile(content.file("symptom/back-spasm.json"), "\"red_flag_sets\": [\"back\"],",
                  "\"red_flag_sets\": [\"back\"], \"red_flags\": [\"calf-stays-swollen\"],");
    const auto problems = content.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == content.path("symptom/back-spasm.json") +
                             ":16:44: red flag \"calf-stays-swollen\" belongs to the set \"leg-and-calf\": attach the "
                             "whole set in \"red_flag_sets\" (a set is never half-attached)");
}

TEST_CASE("every symptom needs an emergency sign and at least one set", "[redflags]") {
    Content content;
    replaceInFile(content.file("symptom/back-spasm.json"), "\"red_flag_sets\": [\"back\"]",
                  "\"red_flag_sets\": [\"leg-and-calf\"]");
    auto problems = content.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == content.path("symptom/back-spasm.json") +
                             ":16:20: a symptom needs at least one emergency warning sign: none of its red flags has "
                             "urgency \"emergency\" (attach a set that has one)");

    replaceInFile(content.file("symptom/back-spasm.json"), "\"red_flag_sets\": [\"leg-and-calf\"]",
                  "\"red_flag_sets\": [\"bakc\"]");
    problems = content.problems();
    REQUIRE(problems.size() == 1); // the unknown set, not a second complaint about emergencies
    CHECK(problems[0] == content.path("symptom/back-spasm.json") +
                             ":16:21: unknown red-flag set (in red-flags.json \"sets\") id \"bakc\" in "
                             "\"red_flag_sets\"; did you mean \"back\"?");
}

TEST_CASE("every flag is in a set, says where its sources state it, and has a short form", "[redflags]") {
    Content content;
    const auto flags = content.file("red-flags.json");
    replaceInFile(flags, "\"flags\": [\"calf-stays-swollen\"]", "\"flags\": [\"saddle-numbness\"]");
    replaceInFile(flags, "\"short\": \"No better after a few weeks.\",", "");
    replaceInFile(flags, "\"sources\": [{ \"source\": \"nhs-back-pain\", \"locator\": \"test fixture: a second set\" }]",
                  "\"sources\": [\"nhs-back-pain\"]");
    replaceInFile(flags, "\"locator\": \"Call 999", "\"locatr\": \"Call 999");
    const auto problems = joined(content.problems());
    CHECK_THAT(problems, Catch::Contains("red-flags.json:12:13: red flag \"calf-stays-swollen\" is in no set: add it "
                                         "to a set in \"sets\""));
    CHECK_THAT(problems, Catch::Contains("red-flags.json:4:5: missing required field \"short\""));
    CHECK_THAT(problems, Catch::Contains("red-flags.json:14:19: each source of a red flag must be {\"source\": id, "
                                         "\"locator\": where it says so}"));
    CHECK_THAT(problems, Catch::Contains("red-flags.json:10:48: unknown field \"locatr\" (did you mean \"locator\"?)"));
    CHECK_THAT(problems, Catch::Contains("red-flags.json:10:19: missing required field \"locator\""));
}

TEST_CASE("the red-flags directive lists a set's signs in an article, and names a wrong option", "[redflags]") {
    Content content;
    const auto cause = content.file("cause/muscle-strain.json");
    replaceInFile(cause, "\"body\": \"Lifting or twisting can strain a muscle.\"",
                  "\"body\": [\"Get help now if:\", \"{{red-flags set=back urgency=emergency}}\", \"\","
                  " \"{{red-flags set=leg-and-calf,back urgency=routine,urgent}}\"]");
    Diagnostics diagnostics;
    const auto loaded = carebook::loadContent(content.root, diagnostics);
    REQUIRE(diagnostics.empty());
    const auto* article = loaded.find("muscle-strain");
    REQUIRE(article);
    CHECK(article->markdown == "Get help now if:\n- Numbness around your bottom or genitals.\n\n"
                               "- One calf stays painful, swollen, warm or red.\n- No better after a few weeks of home care.");
    CHECK_THAT(article->rendered.html, Catch::Contains("<li><p>Numbness around your bottom or genitals.</p>"));

    replaceInFile(cause, "{{red-flags set=back urgency=emergency}}", "{{red-flags sett=bak urgency=emergncy}}");
    replaceInFile(cause, "{{red-flags set=leg-and-calf,back", "{{red-flag set=leg-and-calf,back");
    const auto problems = joined(content.problems());
    const auto at = content.path("cause/muscle-strain.json") + ":7:";
    CHECK_THAT(problems, Catch::Contains(at + "32: unknown option \"sett\" in the red-flags directive; did you mean \"set\"?"));
    CHECK_THAT(problems, Catch::Contains(at + "32: unknown urgency \"emergncy\" in the red-flags directive; did you mean "
                                         "\"emergency\"?"));
    CHECK_THAT(problems, Catch::Contains(at + "32: the red-flags directive needs set=ID"));
    CHECK_THAT(problems, Catch::Contains(at + "79: unknown directive \"red-flag\"; did you mean \"red-flags\"?"));

    replaceInFile(cause, "{{red-flags sett=bak urgency=emergncy}}", "{{red-flags set=bak}}");
    CHECK_THAT(joined(content.problems()),
               Catch::Contains(at + "32: unknown red-flag set \"bak\" in the red-flags directive; did you mean \"back\"?"));
}

TEST_CASE("review and access dates are real days, not after the edition", "[redflags][dates]") {
    Content content;
    replaceInFile(content.file("remedy/cold-therapy.json"), "\"reviewed\": \"2026-11-01\"", "\"reviewed\": \"2026-12-01\"");
    replaceInFile(content.file("remedy/heat-therapy.json"), ",\n  \"reviewed\": \"2026-11-01\"", "");
    replaceInFile(content.file("cause/muscle-strain.json"), "\"reviewed\": \"2026-11-01\"", "\"reviewed\": \"2026-02-29\"");
    replaceInFile(content.file("sources.json"), ", \"accessed\": \"2026-11-01\" }", " }");
    const auto problems = joined(content.problems());
    CHECK_THAT(problems, Catch::Contains("cold-therapy.json:17:15: field \"reviewed\" is 2026-12-01, after the content "
                                         "edition's review date 2026-11-22 (carebook.json \"reviewed\")"));
    CHECK_THAT(problems, Catch::Contains("heat-therapy.json:1:1: missing required field \"reviewed\""));
    CHECK_THAT(problems, Catch::Contains("muscle-strain.json:10:15: field \"reviewed\" must be a date written YYYY-MM-DD"));
    CHECK_THAT(problems, Catch::Contains("sources.json:4:5: a web source needs \"accessed\": the date its page was last "
                                         "read (YYYY-MM-DD)"));
    CHECK(content.problems().size() == 4);
}

TEST_CASE("syllables and grades follow the review's readability script", "[readability]") {
    // Figures from ../shared/tools/readability.py (syl_heur, fk) on the same words and lines.
    const std::vector<std::pair<const char*, int>> words = {
        {"magnesium", 4}, {"physiotherapist", 6}, {"cramps", 1},    {"stretched", 1}, {"tingly", 2},
        {"emergency", 4}, {"area", 2},            {"don\u2019t", 2}, {"knee-to-chest", 3}, {"38", 1},
        {"medicine", 3},  {"tested", 2},          {"people", 3},    {"video", 3}};
    for (const auto& [word, syllables] : words) {
        INFO(word);
        CHECK(carebook::countSyllables(word) == syllables);
    }
    auto score = carebook::fleschKincaid({"The cat sat on the mat."});
    REQUIRE(score);
    CHECK(score->words == 6);
    CHECK(score->grade == Approx(-1.45));
    score = carebook::fleschKincaid({"Call your doctor now. Do not wait!"});
    REQUIRE(score);
    CHECK(score->sentences == 2);
    CHECK(score->grade == Approx(-0.74));
    const std::vector<std::string> markdown = {
        "# Heading", "- Numbness or tingling around your genitals, bottom or inner thighs; see [back spasm](back-spasm).",
        "| a | b |", "Take 6.2 mg, e.g. with food: it helps."};
    CHECK(carebook::readableSentences(markdown) ==
          std::vector<std::string>{"Numbness or tingling around your genitals, bottom or inner thighs;", "see back spasm.",
                                   "Take 6.2 mg, e.g. with food:", "it helps."});
    score = carebook::fleschKincaid(markdown);
    REQUIRE(score);
    CHECK(score->words == 23);
    CHECK(score->grade == Approx(2.04));
    CHECK_FALSE(carebook::fleschKincaid({"# Only a heading", "", "| 1 | 2 |"}));
    CHECK(carebook::fleschKincaid({"\xff\xfe broken bytes. Still words."})); // never a crash
}

TEST_CASE("the report lists signs per symptom with their sources and fails on a missed reading target",
          "[redflags][readability][command]") {
    Content content;
    const auto report = [&] {
        return carebook::test::runProcess(std::string(CAREBOOK_CONTENTC) + " report --content " +
                                          carebook::test::shellQuote(content.root.string()));
    };
    auto result = report();
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("  back-spasm [back]: 2 signs\n    emergency: saddle-numbness\n"
                                           "    routine: no-improvement\n"));
    CHECK_THAT(result.out, Catch::Contains("    nhs-back-pain: Call 999 or go to A&E if: numbness around your genitals "
                                           "or buttocks \"numbness or tingling around your genitals or buttocks\""));
    CHECK_THAT(result.out, Catch::Contains("all reading-level targets met"));

    replaceInFile(content.file("red-flags.json"), "\"text\": \"Numbness around your bottom or genitals.\"",
                  "\"text\": \"Paraesthesia affecting the perineal, perianal and genital dermatomes, indicating possible "
                  "compression of the cauda equina nerve roots.\"");
    result = report();
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.out, Catch::Contains("TARGET MISSED: red flag above grade 6: saddle-numbness"));
    CHECK_THAT(result.err, Catch::Contains("1 reading-level target(s) missed"));
}

TEST_CASE("the shipped warning signs read at grade 6 or below, and every symptom has an emergency sign",
          "[redflags][readability][content]") {
    Diagnostics diagnostics;
    const auto content = carebook::loadContent(std::string(CAREBOOK_SOURCE_DIR) + "/content", diagnostics);
    REQUIRE(diagnostics.empty());
    for (const auto& flag : content.redFlags) {
        INFO(flag.id);
        auto lines = carebook::textLines(flag.text);
        lines.push_back(flag.action);
        const auto full = carebook::fleschKincaid(lines);
        const auto brief = carebook::fleschKincaid({flag.shortText});
        REQUIRE(full);
        REQUIRE(brief);
        CHECK(full->grade <= carebook::kRedFlagGradeTarget);
        CHECK(brief->grade <= carebook::kRedFlagGradeTarget);
    }
    const auto report = carebook::contentReport(content);
    for (const auto& missed : report.missedTargets) {
        CHECK(missed.find("red flag") == std::string::npos);
    }
    for (const auto& article : content.articles) {
        if (article.kind == carebook::ArticleKind::Symptom) {
            INFO(article.id);
            CHECK(std::any_of(article.redFlagIds.begin(), article.redFlagIds.end(), [&](const std::string& id) {
                return std::any_of(content.redFlags.begin(), content.redFlags.end(), [&](const auto& flag) {
                    return flag.id == id && flag.urgency == "emergency";
                });
            }));
        }
    }
}
