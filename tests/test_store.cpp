// SPDX-License-Identifier: MIT
#include "core/content/article_html.h"
#include "core/content/store.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using carebook::ArticleKind;
using carebook::ContentStore;

TEST_CASE("the store lists articles by kind in navigation order", "[store]") {
    auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto all = store.list();
    REQUIRE(all.size() == 5);
    CHECK(all.front().id == "back-spasm");
    CHECK(all.back().kind == ArticleKind::Nutrient);
    const auto remedies = store.list(ArticleKind::Remedy);
    REQUIRE(remedies.size() == 2);
    CHECK(remedies[0].title == "Cold therapy");
    CHECK(store.edition().contentVersion == "test.1");
}

TEST_CASE("a symptom carries its phased remedies, causes and red flags", "[store]") {
    auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto article = store.article("back-spasm");
    REQUIRE(article);
    CHECK(article->aliases == std::vector<std::string>{"back cramp", "crick"});
    REQUIRE(article->redFlags.size() == 2);
    CHECK(article->redFlags[0].urgency == "emergency"); // most urgent first
    const auto remedies = store.remediesForSymptom("back-spasm");
    REQUIRE(remedies.size() == 4);
    CHECK(remedies[0].phase == "first-72h");
    CHECK(remedies[1].note == "Once the first three days have passed.");
    CHECK(remedies[3].phase == "with-a-clinician");
    CHECK_FALSE(store.article("no-such-id"));
}

TEST_CASE("links are stored both ways", "[store]") {
    auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto cause = store.article("muscle-strain");
    REQUIRE(cause);
    bool addressedByCold = false;
    bool causesSpasm = false;
    for (const auto& link : cause->backlinks) {
        addressedByCold |= link.relation == "addresses" && link.article.id == "cold-therapy";
        causesSpasm |= link.relation == "cause" && link.article.id == "back-spasm";
    }
    CHECK(addressedByCold);
    CHECK(causesSpasm);
}

TEST_CASE("article JSON carries every field, body forms, sources and links", "[store]") {
    auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto json = carebook::toJson(*store.article("cold-therapy"));
    CHECK(json["id"] == "cold-therapy");
    CHECK(json["kind"] == "remedy");
    CHECK(json["steps"].size() == 2);
    CHECK(json["timing"] == "In the first 72 hours.");
    CHECK(json["body_text"] == "Cold can dull pain for a short time. Later, try heat.");
    CHECK_THAT(json["body_html"].get<std::string>(), Catch::Contains("<a href=\"heat-therapy\">heat</a>"));
    CHECK(json["sources"][0]["doi"] == "10.7326/M16-2367");
    CHECK(json["evidence"][0]["level"] == "insufficient");
}

TEST_CASE("article HTML escapes text and shows structured sections", "[store][html]") {
    auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto html = carebook::renderArticleHtml(*store.article("cold-therapy"));
    CHECK_THAT(html, Catch::Contains("<h1>Cold therapy</h1>"));
    CHECK_THAT(html, Catch::Contains("<ol><li>Wrap an ice pack in a cloth.</li>"));
    CHECK_THAT(html, Catch::Contains("Not enough evidence"));
    CHECK_THAT(html, Catch::Contains("Causes it works on"));
    CHECK(carebook::escapeHtml("<b>Ann</b> & \"Bo\"") == "&lt;b&gt;Ann&lt;/b&gt; &amp; &quot;Bo&quot;");
}

TEST_CASE("a file that is not a content database is refused with its name", "[store]") {
    carebook::test::TempDir dir;
    const auto garbage = dir.path() / "garbage.db";
    carebook::test::writeText(garbage, std::string(8192, 'x'));
    CHECK_THROWS_WITH(ContentStore::openFile(garbage.string()),
                      Catch::Contains("garbage.db") && Catch::Contains("not a database file") &&
                          !Catch::Contains("SELECT"));
    const auto empty = dir.path() / "empty.db";
    { auto db = carebook::Database::open(empty.string(), carebook::Database::Mode::ReadWriteCreate); db.exec("CREATE TABLE x(y)"); }
    CHECK_THROWS_WITH(ContentStore::openFile(empty.string()), Catch::Contains("not a Carebook content database"));
}

TEST_CASE("red flags are grouped by urgency, a shared action said once", "[store][html]") {
    std::vector<carebook::RedFlag> flags = {{"a", "emergency", "Sign A", "Call now.", "A"},
                                            {"b", "emergency", "Sign B", "Call now.", "B"},
                                            {"c", "routine", "Sign C", "Book a visit.", "C"},
                                            {"d", "routine", "Sign D", "", "D"}};
    const auto html = carebook::renderRedFlagsHtml(flags);
    CHECK(html.find("Call now.") == html.rfind("Call now."));
    CHECK_THAT(html, Catch::Contains("<li>Sign C <i>Book a visit.</i></li>"));
    CHECK_THAT(html, Catch::Contains("<li>Sign D</li>"));
    CHECK(html.find("Emergency") < html.find("Book an appointment"));
}
