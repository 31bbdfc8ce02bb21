// SPDX-License-Identifier: MIT
#include "core/build/compiler.h"
#include "core/content/integrity.h"
#include "core/content/loader.h"
#include "core/content/schema.h"
#include "core/content/store.h"
#include "core/util/database.h"
#include "test_support.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using carebook::Diagnostics;
using carebook::test::TempDir;

namespace {

// Copies the fixture, lets the test break it, and returns every diagnostic as text.
struct BrokenContent {
    TempDir dir;
    fs::path content = dir.path() / "content";
    BrokenContent() { carebook::test::copyFixtureContent(content); }

    std::vector<std::string> problems() const {
        return carebook::test::contentProblems(content);
    }
    std::string path(const std::string& relative) const { return (content / relative).generic_string(); }
};

bool anyContains(const std::vector<std::string>& lines, const std::string& text) {
    for (const auto& line : lines) {
        if (line.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the fixture content is valid", "[compiler]") {
    Diagnostics diagnostics;
    const auto content = carebook::loadContent(CAREBOOK_FIXTURE_CONTENT, diagnostics);
    for (const auto& item : diagnostics.items()) {
        UNSCOPED_INFO(item.toString());
    }
    CHECK(diagnostics.empty());
    CHECK(content.articles.size() == 5);
    CHECK(content.sources.size() == 2);
}

TEST_CASE("a syntax error is reported with file, line and column", "[compiler]") {
    BrokenContent broken;
    carebook::test::replaceInFile(broken.content / "remedy/cold-therapy.json", "\"title\": \"Cold therapy\",",
                                  "\"title\": \"Cold therapy\"");
    const auto problems = broken.problems();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::StartsWith(broken.path("remedy/cold-therapy.json") + ":6:3: JSON syntax error"));
}

TEST_CASE("an unknown id names the closest existing id", "[compiler]") {
    BrokenContent broken;
    carebook::test::replaceInFile(broken.content / "symptom/back-spasm.json", "\"causes\": [\"muscle-strain\"]",
                                  "\"causes\": [\"muscle-strian\"]");
    const auto problems = broken.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == broken.path("symptom/back-spasm.json") +
                             ":9:14: unknown cause id \"muscle-strian\" in \"causes\"; did you mean \"muscle-strain\"?");
}

TEST_CASE("a missing required field, a typo'd field and empty text are each named", "[compiler]") {
    BrokenContent broken;
    const auto file = broken.content / "symptom/back-spasm.json";
    carebook::test::replaceInFile(file, "\"summary\":", "\"sumary\":");
    carebook::test::replaceInFile(file, "\"title\": \"Back spasm\"", "\"title\": \"  \"");
    const auto problems = broken.problems();
    CHECK(anyContains(problems, "back-spasm.json:1:1: missing required field \"summary\""));
    CHECK(anyContains(problems, "back-spasm.json:7:3: unknown field \"sumary\" (did you mean \"summary\"?)"));
    CHECK(anyContains(problems, "back-spasm.json:5:12: field \"title\" is empty"));
    CHECK(problems.size() == 3);
}

TEST_CASE("every kind of bad input is reported at once", "[compiler]") {
    BrokenContent broken;
    // Duplicate id across kinds, a wrong enum value, a wrong kind of reference, a broken body link,
    // a bad source, a missing red flag, and a stray file.
    carebook::test::writeText(broken.content / "cause/cold-therapy.json",
                              carebook::test::readText(broken.content / "cause/muscle-strain.json"));
    carebook::test::replaceInFile(broken.content / "cause/cold-therapy.json", "\"id\": \"muscle-strain\"",
                                  "\"id\": \"cold-therapy\"");
    carebook::test::replaceInFile(broken.content / "remedy/heat-therapy.json", "\"moderate\"", "\"strong\"");
    carebook::test::replaceInFile(broken.content / "remedy/heat-therapy.json", "\"nutrients\": [\"magnesium\"]",
                                  "\"nutrients\": [\"muscle-strain\"]");
    carebook::test::replaceInFile(broken.content / "remedy/cold-therapy.json", "[heat](heat-therapy)",
                                  "[heat](heat-therapies)");
    carebook::test::replaceInFile(broken.content / "sources.json", "\"year\": 2023", "\"year\": \"2023\"");
    carebook::test::replaceInFile(broken.content / "red-flags.json", "\"flags\": [\"saddle-numbness\"",
                                  "\"flags\": [\"saddle-numbnes\"");
    carebook::test::writeText(broken.content / "remedy/notes.txt", "scratch");
    const auto problems = broken.problems();
    CHECK(anyContains(problems, "duplicate id \"cold-therapy\""));
    CHECK(anyContains(problems, "field \"level\" has \"strong\"; allowed values: moderate"));
    CHECK(anyContains(problems, "\"muscle-strain\" in \"nutrients\" is a cause, expected a nutrient"));
    CHECK(anyContains(problems, "unknown article id \"heat-therapies\" in \"body link\"; did you mean \"heat-therapy\"?"));
    CHECK(anyContains(problems, "sources.json:4:80: field \"year\" must be a whole number"));
    CHECK(anyContains(problems, "unknown red flag (in red-flags.json) id \"saddle-numbnes\" in \"flags\"; did you mean "
                                "\"saddle-numbness\"?"));
    CHECK(anyContains(problems, "notes.txt: not a .json file"));
    CHECK(problems.size() == 7);
}

TEST_CASE("a symptom must offer care in each group of phases and list red flags", "[compiler]") {
    BrokenContent broken;
    const auto file = broken.content / "symptom/back-spasm.json";
    carebook::test::replaceInFile(file, "\"phase\": \"with-a-clinician\"", "\"phase\": \"long-term\"");
    carebook::test::replaceInFile(file, "\"red_flag_sets\": [\"back\"]", "\"red_flag_sets\": []");
    const auto problems = broken.problems();
    CHECK(anyContains(problems, "needs at least one remedy in the phase \"with-a-clinician\""));
    CHECK(anyContains(problems, "back-spasm.json:16:20: a symptom needs warning signs: attach at least one set in "
                                "\"red_flag_sets\""));
}

TEST_CASE("a failed build writes nothing and keeps the previous database", "[compiler]") {
    BrokenContent broken;
    const auto out = broken.dir.path() / "out.db";
    Diagnostics ok;
    REQUIRE(carebook::compileContent(broken.content, out, ok));
    const auto before = carebook::test::readText(out);
    carebook::test::replaceInFile(broken.content / "cause/muscle-strain.json", "{", "[");
    Diagnostics failed;
    CHECK_FALSE(carebook::compileContent(broken.content, out, failed));
    CHECK_FALSE(failed.empty());
    CHECK(carebook::test::readText(out) == before);
    for (const auto& entry : fs::directory_iterator(broken.dir.path())) {
        CHECK(entry.path().filename().string().rfind("out.db.tmp", 0) == std::string::npos); // no temporary left
    }
}

TEST_CASE("building twice gives a byte-identical database", "[compiler]") {
    TempDir dir;
    Diagnostics first;
    Diagnostics second;
    REQUIRE(carebook::compileContent(CAREBOOK_FIXTURE_CONTENT, dir.path() / "a.db", first));
    // A copy with fresh modification times must not change the output either.
    carebook::test::copyFixtureContent(dir.path() / "copy");
    REQUIRE(carebook::compileContent(dir.path() / "copy", dir.path() / "b.db", second));
    const auto a = carebook::test::readText(dir.path() / "a.db");
    const auto b = carebook::test::readText(dir.path() / "b.db");
    CHECK(a.size() > 4096);
    CHECK(a == b);
}

TEST_CASE("the two-thread build writes the same database as a build on one connection", "[compiler]") {
    // compileContent builds the search index on a second thread and connection and copies it in at
    // the end; writeContentDatabase does everything on one connection. Same bytes, so the copy loses
    // nothing (the fixture has no foods folder, which only compileContent reads).
    TempDir dir;
    Diagnostics diagnostics;
    REQUIRE(carebook::compileContent(CAREBOOK_FIXTURE_CONTENT, dir.path() / "threads.db", diagnostics));
    const auto content = carebook::loadContent(CAREBOOK_FIXTURE_CONTENT, diagnostics);
    REQUIRE(diagnostics.empty());
    auto db = carebook::Database::openMemory();
    db.exec("PRAGMA page_size = 4096");
    db.exec("PRAGMA application_id = " + std::to_string(carebook::schema::kContentApplicationId));
    {
        carebook::Transaction transaction(db);
        carebook::writeContentDatabase(content, db, CAREBOOK_FIXTURE_CONTENT, diagnostics, nullptr);
        transaction.commit();
    }
    auto vacuum = db.prepare("VACUUM INTO ?");
    vacuum.bind(1, (dir.path() / "one.db").string());
    vacuum.run();
    const auto threads = carebook::test::readText(dir.path() / "threads.db");
    CHECK(threads.size() > 4096);
    CHECK(threads == carebook::test::readText(dir.path() / "one.db"));
}

TEST_CASE("an article's JSON is stored without its body, which is stored as Markdown, HTML and text", "[compiler]") {
    auto db = carebook::Database::open(CAREBOOK_FIXTURE_DB, carebook::Database::Mode::ReadOnly);
    auto rows = db.prepare("SELECT id, kind, data, body_markdown FROM articles ORDER BY rowid");
    int count = 0;
    while (rows.step()) {
        INFO(rows.text(0));
        auto authored = nlohmann::json::parse(
            carebook::test::readText(fs::path(CAREBOOK_FIXTURE_CONTENT) / rows.text(1) / (rows.text(0) + ".json")));
        const auto& body = authored.at("body"); // Markdown text, or its lines
        std::string markdown = body.is_string() ? body.get<std::string>() : std::string();
        for (std::size_t i = 0; body.is_array() && i < body.size(); ++i) {
            markdown += (i == 0 ? "" : "\n") + body[i].get<std::string>();
        }
        CHECK(rows.text(3) == markdown);
        authored.erase("body");
        CHECK(rows.text(2) == authored.dump()); // canonical: keys in order, no spaces
        ++count;
    }
    CHECK(count == 5);
}

TEST_CASE("the content compiler command fails the build on bad content", "[compiler][command]") {
    BrokenContent broken;
    carebook::test::replaceInFile(broken.content / "symptom/back-spasm.json", "\"causes\": [\"muscle-strain\"]",
                                  "\"causes\": [\"muscle-strian\"]");
    const auto out = broken.dir.path() / "out.db";
    const auto result = carebook::test::runProcess(std::string(CAREBOOK_CONTENTC) + " build --content " +
                                                   carebook::test::shellQuote(broken.content.string()) + " --out " +
                                                   carebook::test::shellQuote(out.string()));
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("back-spasm.json:9:14: unknown cause id \"muscle-strian\""));
    CHECK_THAT(result.err, Catch::Contains("1 problem found"));
    CHECK_FALSE(fs::exists(out));

    const auto usage = carebook::test::runProcess(std::string(CAREBOOK_CONTENTC) + " build --content");
    CHECK(usage.exitCode == 2);
}

TEST_CASE("two builds of the same output at once both succeed", "[compiler][command]") {
    // CMake may run the content's custom command for two targets at the same time.
    TempDir dir;
    const auto build = std::string(CAREBOOK_CONTENTC) + " build --content " +
                       carebook::test::shellQuote(CAREBOOK_FIXTURE_CONTENT) + " --out " +
                       carebook::test::shellQuote((dir.path() / "out.db").string()) + " >/dev/null";
    for (int round = 0; round < 3; ++round) {
        const auto both = carebook::test::runProcess(build + " & first=$!; " + build + "; second=$?; wait $first;"
                                                     " echo $? $second");
        CHECK(both.out == "0 0\n");
    }
    auto db = carebook::Database::open((dir.path() / "out.db").string(), carebook::Database::Mode::ReadOnly);
    CHECK(db.quickCheck());
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        CHECK(entry.path().filename() == "out.db"); // no temporary file left
    }
}

TEST_CASE("the content compiler command prints the time of each phase with --timings", "[compiler][command]") {
    TempDir dir;
    const auto command = std::string(CAREBOOK_CONTENTC) + " build --content " +
                         carebook::test::shellQuote(CAREBOOK_FIXTURE_CONTENT) + " --out " +
                         carebook::test::shellQuote((dir.path() / "out.db").string());
    const auto timed = carebook::test::runProcess(command + " --timings");
    CHECK(timed.exitCode == 0);
    CHECK_THAT(timed.err, Catch::Matches("carebook-contentc: load [0-9.]+ s, write [0-9.]+ s, index [0-9.]+ s, "
                                         "vacuum [0-9.]+ s, total [0-9.]+ s\n"));
    const auto quiet = carebook::test::runProcess(command);
    CHECK(quiet.exitCode == 0);
    CHECK(quiet.err.empty());
}

TEST_CASE("a remedy without steps, cautions or evidence, and an article without sources, are refused", "[compiler]") {
    BrokenContent broken;
    const auto remedy = broken.content / "remedy/heat-therapy.json";
    carebook::test::replaceInFile(remedy, "\"steps\": [\"Use a warm pad for 15 to 20 minutes.\"],", "");
    carebook::test::replaceInFile(remedy, "\"cautions\": [\"Do not sleep on a heating pad.\"],", "\"cautions\": [],");
    carebook::test::replaceInFile(
        remedy, "\"evidence\": [ { \"phase\": \"acute\", \"level\": \"moderate\", \"source\": \"acp-2017\", \"note\": \"Small benefit.\" } ],",
        "");
    carebook::test::replaceInFile(broken.content / "cause/muscle-strain.json", "\"sources\": [\"nhs-back-pain\"]",
                                  "\"sources\": []");
    const auto problems = broken.problems();
    CHECK(anyContains(problems, "heat-therapy.json:1:1: missing required field \"steps\""));
    CHECK(anyContains(problems, "field \"cautions\" needs at least 1 item"));
    CHECK(anyContains(problems, "heat-therapy.json:1:1: missing required field \"evidence\""));
    CHECK(anyContains(problems, "muscle-strain.json:9:14: field \"sources\" needs at least 1 id"));
    CHECK(problems.size() == 4);
}

TEST_CASE("the shipped content is valid and every article is reachable", "[compiler][content]") {
    Diagnostics diagnostics;
    const auto content = carebook::loadContent(std::string(CAREBOOK_SOURCE_DIR) + "/content", diagnostics);
    for (const auto& item : diagnostics.items()) {
        UNSCOPED_INFO(item.toString());
    }
    REQUIRE(diagnostics.empty());
    // Every kind the content uses has a place in the navigation, and every article has a source.
    for (const auto& article : content.articles) {
        INFO(article.path);
        CHECK(article.content.sources.size() >= 1);
        CHECK(std::find(carebook::kAllKinds.begin(), carebook::kAllKinds.end(), article.kind) !=
              carebook::kAllKinds.end());
    }
    for (const char* id : {"back-spasm", "lower-back-pain", "muscle-cramp", "cold-therapy", "heat-therapy",
                           "knee-to-chest-stretch", "pelvic-tilt", "cat-cow-stretch", "bridge-exercise",
                           "plank-exercise", "otc-pain-relievers", "cbd-products", "magnesium", "potassium",
                           "calcium", "sodium", "vitamin-d", "muscle-strain", "about", "disclaimer"}) {
        INFO(id);
        CHECK(content.find(id) != nullptr);
    }
}
