// SPDX-License-Identifier: MIT
// Printing an article: which warning signs go on the page (core, on the fixture content), and
// `carebook print` on the real content, checked as a person would check the PDF (pdftotext, pdfinfo).
#include "core/content/article_html.h"
#include "core/print/article_print.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <string>

using carebook::ArticlePrintError;
using carebook::composeArticlePrint;
using carebook::ContentStore;
using carebook::test::pdfInfo;
using carebook::test::pdfText;
using carebook::test::runProcess;
using carebook::test::shellQuote;
using carebook::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++n;
    }
    return n;
}


int pdfPages(const fs::path& pdf) {
    const auto info = pdfInfo(pdf);
    std::smatch match;
    REQUIRE(std::regex_search(info, match, std::regex("Pages:\\s+(\\d+)")));
    return std::stoi(match[1]);
}

carebook::test::ProcessResult runPrint(const std::string& arguments) {
    return runProcess("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " + std::string(CAREBOOK_APP) +
                      " print " + arguments);
}

} // namespace

TEST_CASE("a printed symptom carries its own warning signs under the title, most urgent first", "[print]") {
    const auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto page = composeArticlePrint(store, "back-spasm");
    REQUIRE(page.redFlags.size() == store.redFlagsFor("back-spasm").size());
    REQUIRE(page.redFlags.size() == 2);
    CHECK(page.redFlags.front().urgency == "emergency");
    CHECK(page.redFlagSymptoms == std::vector<std::string>{store.summary("back-spasm")->title});
    const auto title = page.html.find("<h1>");
    const auto box = page.html.find("When to seek care");
    const auto body = page.html.find("<div class=\"body\">");
    REQUIRE(title != std::string::npos);
    REQUIRE(box != std::string::npos);
    CHECK(title < box);
    CHECK(box < body);
    for (const auto& flag : page.redFlags) {
        CHECK(page.html.find(carebook::escapeHtml(flag.text)) != std::string::npos);
    }
    CHECK(count(page.html, "When to seek care") == 1);
}

TEST_CASE("a printed remedy carries the warning signs of the symptom in context, or of every symptom it is for",
          "[print]") {
    const auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto withContext = composeArticlePrint(store, "cold-therapy", "back-spasm");
    CHECK(withContext.redFlags.size() == 2);
    // Without a context: the symptoms that list the remedy (the fixture has one).
    const auto alone = composeArticlePrint(store, "cold-therapy");
    CHECK(alone.redFlags.size() == withContext.redFlags.size());
    CHECK(alone.redFlagSymptoms == withContext.redFlagSymptoms);
    // A nutrient no symptom links to gets no box rather than somebody else's signs.
    const auto nutrient = composeArticlePrint(store, "magnesium");
    for (const auto& flag : nutrient.redFlags) {
        CHECK(!flag.text.empty());
    }
    CHECK((nutrient.redFlags.empty() == (nutrient.html.find("When to seek care") == std::string::npos)));
}

TEST_CASE("printing an unknown article or with a context that is not a symptom says so", "[print]") {
    const auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    CHECK_THROWS_AS(composeArticlePrint(store, "no-such-article"), ArticlePrintError);
    CHECK_THROWS_WITH(composeArticlePrint(store, "cold-therapy", "heat-therapy"),
                      Catch::Contains("'heat-therapy' is not a symptom"));
}

TEST_CASE("the printed article gives its sources as footnotes: each citing claim carries the number of its note",
          "[print]") {
    const auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    // A remedy: each evidence row ends in the superscript number of the source that grades it, and the
    // numbered list at the end is the article's sources in the same order.
    const auto remedy = *store.article("cold-therapy");
    const auto page = composeArticlePrint(store, "cold-therapy", "back-spasm");
    REQUIRE(!remedy.content.remedy()->evidence.empty());
    for (const auto& evidence : remedy.content.remedy()->evidence) {
        std::size_t number = 0;
        for (std::size_t i = 0; i < page.sources.size(); ++i) {
            number = page.sources[i].id == evidence.source ? i + 1 : number;
        }
        REQUIRE(number > 0);
        CHECK_THAT(page.html, Catch::Contains(carebook::escapeHtml(evidence.note) + "<sup>" + std::to_string(number) + "</sup>"));
    }
    CHECK_THAT(page.html, !Catch::Contains(" [1]")); // the screen's bracketed numbers are not printed
    for (std::size_t i = 0; i < remedy.sources.size(); ++i) {
        CHECK(page.sources[i].id == remedy.sources[i].id); // the article's own keep their screen numbers
    }
    // The list is titled and names each source as the model holds it.
    const auto list = page.html.find("<h2>Sources</h2><ol class=\"sources\">");
    REQUIRE(list != std::string::npos);
    for (const auto& source : page.sources) {
        CHECK(page.html.find(carebook::escapeHtml(source.title), list) != std::string::npos);
        CHECK(page.html.find(carebook::escapeHtml(source.publisher) + ", " + std::to_string(source.year), list) !=
              std::string::npos);
    }
    CHECK(count(page.html.substr(list), "<li>") == page.sources.size());

    // Each printed warning sign carries the numbers of the sources that state it; a sign's source the
    // article does not cite is added to the notes, so none goes out unsourced.
    REQUIRE(!page.redFlags.empty());
    const auto box = page.html.find("class=\"redflags\"");
    for (const auto& flag : page.redFlags) {
        REQUIRE(!flag.sources.empty());
        std::size_t number = 0;
        for (std::size_t i = 0; i < page.sources.size(); ++i) {
            number = page.sources[i].id == flag.sources.front().source ? i + 1 : number;
        }
        REQUIRE(number > 0);
        CHECK(page.html.find(carebook::escapeHtml(flag.text) + "<sup>" + std::to_string(number), box) != std::string::npos);
    }
    // On screen nothing changes: no footnote marks.
    CHECK_THAT(carebook::renderArticleHtml(remedy), !Catch::Contains("<sup>"));
}

TEST_CASE("carebook print writes the article with its red flags, sources and footer", "[print][pdf]") {
    TempDir dir;
    const auto pdf = dir.path() / "back spasm.pdf";
    const auto result = runPrint("back-spasm --paper a4 --output " + shellQuote(pdf.string()));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("wrote ") == 0);
    const auto text = pdfText(pdf);
    CHECK(text.find("When to seek care") != std::string::npos);
    CHECK(text.find("Sources") != std::string::npos);
    const int pages = pdfPages(pdf);
    CHECK(pages >= 1);
    CHECK(text.find("page 1 of " + std::to_string(pages)) != std::string::npos);
    CHECK(text.find("printed ") != std::string::npos);
    // Every warning sign of the symptom is on paper (its first words, as pdftotext wraps lines).
    const auto shown = runProcess(std::string(CAREBOOK_APP) + " show back-spasm --json");
    REQUIRE(shown.exitCode == 0);
    int flags = 0;
    const auto article = nlohmann::json::parse(shown.out);
    for (const auto& flag : article.at("red_flags")) {
        const auto words = flag.at("text").get<std::string>().substr(0, 24);
        INFO(words);
        CHECK(text.find(words) != std::string::npos);
        ++flags;
    }
    CHECK(flags > 0);
}

TEST_CASE("carebook print refuses what it cannot do, in one line and with exit 2", "[print][cli]") {
    TempDir dir;
    CHECK(runPrint("back-spasm").exitCode == 2);
    const auto unknown = runPrint("nope --output " + shellQuote((dir.path() / "x.pdf").string()));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("nope") != std::string::npos);
    const auto paper = runPrint("back-spasm --paper a5 --output " + shellQuote((dir.path() / "x.pdf").string()));
    CHECK(paper.exitCode == 2);
    CHECK(!fs::exists(dir.path() / "x.pdf"));
    const auto folder = runPrint("back-spasm --output " + shellQuote(dir.path().string()));
    CHECK(folder.exitCode == 2);
}
