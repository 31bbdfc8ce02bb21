// SPDX-License-Identifier: MIT
// `carebook sheet`: the real binary with no display, checked the way a person would check the PDF:
// pdftotext for what it says, pdfinfo for the pages and the paper, pdffonts for the fonts.
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using carebook::test::ProcessResult;
using carebook::test::pdfInfo;
using carebook::test::pdfText;
using carebook::test::runProcess;
using carebook::test::shellQuote;
using carebook::test::TempDir;
namespace fs = std::filesystem;

namespace {

ProcessResult runSheet(const std::string& arguments) {
    // The built-in content (the real sheet), with no display of any kind.
    return runProcess("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " + std::string(CAREBOOK_APP) +
                      " sheet " + arguments);
}



bool hasLine(const std::string& text, const std::string& pattern) {
    return std::regex_search(text, std::regex(pattern));
}

// The height of every word's box in the PDF (pdftotext -bbox), in points. DejaVu Sans draws a box
// 1.164 times its size: 9 pt text gives 10.48, 10 pt 11.64, 12 pt 13.97.
std::vector<double> wordHeights(const fs::path& pdf) {
    const auto result = runProcess("pdftotext -bbox " + shellQuote(pdf.string()) + " -");
    REQUIRE(result.exitCode == 0);
    static const std::regex word(R"re(<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)")re");
    std::vector<double> heights;
    for (std::sregex_iterator it(result.out.begin(), result.out.end(), word), end; it != end; ++it) {
        heights.push_back(std::stod((*it)[2]) - std::stod((*it)[1]));
    }
    REQUIRE(heights.size() > 100);
    return heights;
}

constexpr double kBoxPerPoint = 1.164;

double pointsOfSmallestWord(const fs::path& pdf) {
    const auto heights = wordHeights(pdf);
    return *std::min_element(heights.begin(), heights.end()) / kBoxPerPoint;
}

std::size_t filesIn(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST_CASE("an A4 sheet carries the plan, the dates, the choices, the notes and the red flags", "[sheet][pdf]") {
    TempDir dir;
    const auto pdf = dir.path() / "plan.pdf";
    const auto result = runSheet("--symptom back-spasm --name " + shellQuote("<b>Ann</b> & \"Bo\"") +
                                 " --start 2026-11-22 --paper a4 --notes " +
                                 shellQuote("Ring the clinic on Thursday.\nKeep the ice pack wrapped.") +
                                 " --output " + shellQuote(pdf.string()));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.empty());
    const auto info = pdfInfo(pdf);
    CHECK(hasLine(info, "Pages:\\s+1\n"));
    CHECK(hasLine(info, "Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"));
    const auto text = pdfText(pdf);
    CHECK_THAT(text, Catch::Contains("<b>Ann</b> & \"Bo\""));
    CHECK_THAT(text, Catch::Contains("Sunday 22 November 2026"));
    CHECK_THAT(text, Catch::Contains("Days 1–3") && Catch::Contains("22–24 Nov"));
    CHECK_THAT(text, Catch::Contains("From day 4") && Catch::Contains("25 Nov"));
    CHECK_THAT(text, Catch::Contains("Cold therapy (ice pack)") && Catch::Contains("Knee-to-chest stretch"));
    CHECK_THAT(text, Catch::Contains("Ring the clinic on Thursday.") && Catch::Contains("Keep the ice pack wrapped."));
    CHECK_THAT(text, Catch::Contains("When to get help"));
    // The sheet prints each warning sign's short form (red-flags.json "short").
    CHECK_THAT(text, Catch::Contains("Numb or tingly bottom or genitals"));
    CHECK_THAT(text, Catch::Contains("Chest pain with back pain"));
    CHECK_THAT(text, Catch::Contains("not medical advice"));
    CHECK(filesIn(dir.path()) == 1); // no partial file left beside it
}

TEST_CASE("a Letter sheet is one Letter page, and --include prints exactly the chosen items", "[sheet][pdf]") {
    TempDir dir;
    const auto pdf = dir.path() / "letter.pdf";
    const auto result = runSheet("--symptom back-spasm --start 2026-12-30 --paper letter --include "
                                 "cold-therapy,bridge-exercise,plank-exercise,hydration --output " +
                                 shellQuote(pdf.string()));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto info = pdfInfo(pdf);
    CHECK(hasLine(info, "Pages:\\s+1\n"));
    CHECK(hasLine(info, "Page size:\\s+612 x 792 pts \\(letter\\)"));
    const auto text = pdfText(pdf);
    CHECK_THAT(text, Catch::Contains("30 Dec 2026 – 1 Jan 2027"));
    CHECK_THAT(text, Catch::Contains("Bridge") && Catch::Contains("Plank") && Catch::Contains("Drink enough"));
    CHECK_THAT(text, !Catch::Contains("Knee-to-chest stretch") && !Catch::Contains("Heat therapy"));
    CHECK_THAT(text, Catch::Contains("When to get help"));
}

TEST_CASE("names in any script print, with fonts that have the glyphs", "[sheet][pdf][unicode]") {
    TempDir dir;
    const auto pdf = dir.path() / "unicode.pdf";
    const std::string name = "Zoë Ångström-Nuñez · Σωκράτης Παπαδόπουλος · דוד כהן · سارة";
    const auto result = runSheet("--symptom muscle-cramp --name " + shellQuote(name) + " --output " +
                                 shellQuote(pdf.string()));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto text = pdfText(pdf);
    CHECK_THAT(text, Catch::Contains("Zoë Ångström-Nuñez"));
    CHECK_THAT(text, Catch::Contains("Σωκράτης Παπαδόπουλος"));
    // Right-to-left words come out of pdftotext in either order; each must be whole.
    CHECK_THAT(text, Catch::Contains("דוד") && Catch::Contains("כהן"));
    // Arabic is shaped: pdftotext gives joined letters as presentation forms, the last two as they are.
    CHECK_THAT(text, Catch::Contains("رة"));
    const auto fonts = runProcess("pdffonts " + shellQuote(pdf.string()));
    REQUIRE(fonts.exitCode == 0);
    INFO(fonts.out);
    CHECK_THAT(fonts.out, Catch::Contains("DejaVu"));
    CHECK_THAT(fonts.out, !Catch::Contains("Type 3"));
    // Every font is embedded: the "emb" column says yes on each line after the two header lines.
    std::istringstream lines(fonts.out);
    std::string line;
    int row = 0;
    while (std::getline(lines, line)) {
        if (++row > 2 && !line.empty()) {
            CHECK(std::regex_search(line, std::regex("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")));
        }
    }
}

TEST_CASE("sheet errors are one line, exit 2, and leave no file", "[sheet][pdf][errors]") {
    TempDir dir;
    const auto pdf = dir.path() / "x.pdf";
    const auto out = " --output " + shellQuote(pdf.string());
    struct Case {
        std::string arguments;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"--symptom back-spams" + out, "did you mean 'back-spasm'"},
        {"--symptom back-spasm --start 2026-02-30" + out, "start: '2026-02-30' is not a date"},
        {"--symptom back-spasm --include cold-therapy,cold-theraphy" + out, "include[1]"},
        {"--symptom back-spasm --paper a5" + out, "--paper takes a4 or letter"},
        {"--symptom back-spasm --notes " + shellQuote(std::string(3000, 'x') + " " + std::string(2900, 'y')) + out,
         "does not fit on one"},
        {"--symptom back-spasm", "needs --output"},
        {"--symptom back-spasm --output " + shellQuote((dir.path() / "missing" / "x.pdf").string()), "cannot write"},
    };
    for (const auto& c : cases) {
        INFO(c.arguments);
        const auto result = runSheet(c.arguments);
        CHECK(result.exitCode == 2);
        CHECK_THAT(result.err, Catch::StartsWith("carebook: ") && Catch::Contains(c.message));
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK(filesIn(dir.path()) == 0);
    }
}

TEST_CASE("very long notes wrap onto the page while they fit", "[sheet][pdf]") {
    TempDir dir;
    const auto pdf = dir.path() / "notes.pdf";
    std::string notes;
    for (int i = 0; i < 12; ++i) {
        notes += "Walk for ten minutes after each meal, then rest. ";
    }
    notes += "https://example.org/a-very-long-address-without-any-spaces-that-must-still-wrap-somewhere-on-the-page";
    const auto result = runSheet("--symptom muscle-cramp --notes " + shellQuote(notes) + " --output " +
                                 shellQuote(pdf.string()));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(hasLine(pdfInfo(pdf), "Pages:\\s+1\n"));
    CHECK_THAT(pdfText(pdf), Catch::Contains("Walk for ten minutes after each meal"));
}

TEST_CASE("every symptom's proposed sheet, with its food figures, is one page on A4 and on Letter", "[sheet][pdf][foods]") {
    const auto list = runProcess(std::string(CAREBOOK_APP) + " list --kind symptom");
    REQUIRE(list.exitCode == 0);
    std::vector<std::string> symptoms;
    std::istringstream lines(list.out);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty()) {
            symptoms.push_back(line.substr(0, line.find(' ')));
        }
    }
    REQUIRE(symptoms.size() >= 6);
    TempDir dir;
    std::size_t withFoods = 0;
    std::set<std::string> withoutFoods;
    for (const auto& symptom : symptoms) {
        for (const std::string paper : {"a4", "letter"}) {
            INFO(symptom << " on " << paper);
            const auto pdf = dir.path() / (symptom + "-" + paper + ".pdf");
            const auto result = runSheet("--symptom " + symptom + " --start 2026-11-22 --paper " + paper +
                                         " --output " + shellQuote(pdf.string()));
            INFO(result.err);
            REQUIRE(result.exitCode == 0);
            CHECK(hasLine(pdfInfo(pdf), "Pages:\\s+1\n"));
            const auto text = pdfText(pdf);
            if (text.find("Foods rich in") == std::string::npos) {
                withoutFoods.insert(symptom);
                continue; // no diet remedy in this symptom's plan
            }
            ++withFoods;
            // Each food has a portion and a share of the Daily Value.
            CHECK(hasLine(text, "(½ cup|⅔ cup|1 oz|1 cup|3 oz|1 medium) — [0-9.,]+ (mg|µg) \\([0-9]+% DV\\)"));
            CHECK_THAT(text, Catch::Contains("% DV: share of the Daily Value on US food labels"));
        }
    }
    // Exactly the symptoms whose plans have no diet remedy print without foods: stiffness, and the
    // sciatica and neck-pain articles, whose sources give no diet advice.
    CHECK(withoutFoods == std::set<std::string>{"muscle-stiffness", "neck-and-upper-back-pain", "sciatica"});
    CHECK(withFoods == 2 * (symptoms.size() - withoutFoods.size()));
    // The muscle-cramp and back-spasm sheets name the top of the everyday ranking with USDA's figures
    // (700 mg magnesium per 100 g of hulled hemp seeds, 28.35 g an ounce; 550 mg potassium per 100 g of
    // baked russet potato, 173 g a medium one).
    for (const std::string symptom : {"muscle-cramp", "back-spasm"}) {
        INFO(symptom);
        const auto text = pdfText(dir.path() / (symptom + "-a4.pdf"));
        CHECK_THAT(text, Catch::Contains("Hemp seeds, hulled 1 oz — 198 mg (47% DV)"));
        CHECK_THAT(text, Catch::Contains("Potatoes, russet 1 medium — 952 mg (20% DV)"));
        CHECK_THAT(text, Catch::Contains("USDA food data (SR28)"));
    }
}

TEST_CASE("a content database without food data still gives a sheet, naming the foods without figures", "[sheet][pdf][foods]") {
    TempDir dir;
    const auto content = dir.path() / "content";
    fs::create_directories(content);
    for (const auto& entry : fs::directory_iterator(fs::path(CAREBOOK_SOURCE_DIR) / "content")) {
        if (entry.path().filename() != "foods") {
            fs::copy(entry.path(), content / entry.path().filename(), fs::copy_options::recursive);
        }
    }
    const auto db = dir.path() / "no-foods.db";
    const auto compiled = runProcess(std::string(CAREBOOK_CONTENTC) + " build --content " + shellQuote(content.string()) +
                                     " --out " + shellQuote(db.string()));
    INFO(compiled.err);
    REQUIRE(compiled.exitCode == 0);
    const auto pdf = dir.path() / "plan.pdf";
    const auto result = runProcess("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " + std::string(CAREBOOK_APP) +
                                   " --content-db " + shellQuote(db.string()) +
                                   " sheet --symptom muscle-cramp --paper letter --output " + shellQuote(pdf.string()));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(hasLine(pdfInfo(pdf), "Pages:\\s+1\n"));
    const auto text = pdfText(pdf);
    CHECK_THAT(text, Catch::Contains("Foods rich in what your muscles need"));
    CHECK_THAT(text, Catch::Contains("Spinach") && Catch::Contains("Pumpkin seeds"));
    CHECK_THAT(text, !Catch::Contains("% DV") && !Catch::Contains("USDA"));
}

TEST_CASE("every symptom's sheet is one page at 10 pt, on A4 and on Letter, no word under 9 pt", "[sheet][pdf][size]") {
    const auto list = runProcess(std::string(CAREBOOK_APP) + " list --kind symptom");
    REQUIRE(list.exitCode == 0);
    std::istringstream lines(list.out);
    std::string line;
    TempDir dir;
    std::size_t atTen = 0;
    std::size_t sheets = 0;
    while (std::getline(lines, line)) {
        const auto symptom = line.substr(0, line.find(' '));
        for (const std::string paper : {"a4", "letter"}) {
            INFO(symptom << " on " << paper);
            const auto pdf = dir.path() / (symptom + "-" + paper + ".pdf");
            const auto result = runSheet("--symptom " + symptom + " --start 2026-11-22 --paper " + paper +
                                         " --output " + shellQuote(pdf.string()));
            REQUIRE(result.exitCode == 0);
            CHECK(hasLine(pdfInfo(pdf), "Pages:\\s+1\n"));
            // The smallest words are the footer, the sources line, the meta line and the drawings'
            // captions: 9 pt at the least.
            CHECK(pointsOfSmallestWord(pdf) >= 8.95);
            ++sheets;
            CHECK_THAT(result.out, Catch::Contains("(1 page, "));
            // Every sheet is at 10 pt, the back-pain ones (26 warning signs) on the shorter Letter page too.
            const bool atTenPoints = hasLine(result.out, ", 10 pt text\\)");
            CHECK(atTenPoints);
            if (atTenPoints) {
                ++atTen;
                // Most words are the body text, at 10 pt (the median word's box).
                auto heights = wordHeights(pdf);
                std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                                 heights.end());
                CHECK(heights[heights.size() / 2] / kBoxPerPoint >= 9.95);
            }
            // The weekly tick grid, with its seven dated days and the pain row, and the warning signs.
            const auto text = pdfText(pdf);
            CHECK_THAT(text, Catch::Contains("Tick what you did this week") && Catch::Contains("Sun 22") &&
                                 Catch::Contains("Sat 28") && Catch::Contains("Pain tonight"));
            CHECK_THAT(text, Catch::Contains("When to get help"));
        }
    }
    REQUIRE(sheets >= 16);
    CHECK(atTen == sheets);
}

TEST_CASE("a large-print sheet is 12 pt and up on at most two pages, for every symptom", "[sheet][pdf][size]") {
    const auto list = runProcess(std::string(CAREBOOK_APP) + " list --kind symptom");
    REQUIRE(list.exitCode == 0);
    std::istringstream lines(list.out);
    std::string line;
    TempDir dir;
    while (std::getline(lines, line)) {
        const auto symptom = line.substr(0, line.find(' '));
        for (const std::string paper : {"a4", "letter"}) {
            INFO(symptom << " on " << paper);
            const auto pdf = dir.path() / (symptom + "-" + paper + ".pdf");
            const auto result = runSheet("--symptom " + symptom + " --large-print --start 2026-11-22 --paper " + paper +
                                         " --output " + shellQuote(pdf.string()));
            INFO(result.err);
            REQUIRE(result.exitCode == 0);
            CHECK_THAT(result.out, Catch::Contains("12 pt text, large print"));
            CHECK(hasLine(pdfInfo(pdf), "Pages:\\s+[12]\n"));
            CHECK(pointsOfSmallestWord(pdf) >= 11.95);
            const auto text = pdfText(pdf);
            CHECK_THAT(text, Catch::Contains("not medical advice"));
            if (hasLine(pdfInfo(pdf), "Pages:\\s+2\n")) {
                CHECK_THAT(text, Catch::Contains("page 1 of 2") && Catch::Contains("page 2 of 2"));
            }
            // The warning signs whole on the first page, each urgency's heading with its signs.
            const auto firstPage = runProcess("pdftotext -f 1 -l 1 " + shellQuote(pdf.string()) + " -");
            REQUIRE(firstPage.exitCode == 0);
            const auto firstText = std::regex_replace(firstPage.out, std::regex("\\s+"), " ");
            CHECK_THAT(firstText, Catch::Contains("When to get help"));
            CHECK_THAT(firstText, Catch::Contains("Emergency: get help now"));
        }
    }
}
