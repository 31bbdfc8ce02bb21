// SPDX-License-Identifier: MIT
#include "core/content/markdown.h"
#include "core/util/text.h"

#include <catch2/catch.hpp>

TEST_CASE("kebab-case ids", "[text]") {
    CHECK(carebook::isKebabId("cold-therapy"));
    CHECK(carebook::isKebabId("vitamin-d3"));
    CHECK_FALSE(carebook::isKebabId("Cold-therapy"));
    CHECK_FALSE(carebook::isKebabId("cold--therapy"));
    CHECK_FALSE(carebook::isKebabId("-cold"));
    CHECK_FALSE(carebook::isKebabId("cold_therapy"));
    CHECK_FALSE(carebook::isKebabId(""));
}

TEST_CASE("closest match suggests near ids only", "[text]") {
    const std::vector<std::string> ids = {"muscle-strain", "cold-therapy", "heat-therapy"};
    CHECK(carebook::closestMatch("muscle-strian", ids) == "muscle-strain");
    CHECK(carebook::closestMatch("cold-therap", ids) == "cold-therapy");
    CHECK(carebook::closestMatch("magnesium", ids).empty());
    CHECK(carebook::editDistance("kitten", "sitting") == 3);
}

TEST_CASE("markdown renders to HTML and plain text and reports links", "[markdown]") {
    const auto rendered = carebook::renderMarkdown("## Heading\n\nUse [cold](cold-therapy) & **rest**.\n\n"
                                                   "- one\n- two\n\n<script>x</script>");
    CHECK_THAT(rendered.html, Catch::Contains("<h2>Heading</h2>"));
    CHECK_THAT(rendered.html, Catch::Contains("<a href=\"cold-therapy\">cold</a>"));
    CHECK_THAT(rendered.html, !Catch::Contains("<script>"));
    CHECK_THAT(rendered.plainText, Catch::Contains("Use cold & rest."));
    CHECK_THAT(rendered.plainText, Catch::Contains("- one\n- two"));
    REQUIRE(rendered.links.size() == 1);
    CHECK(rendered.links[0].target == "cold-therapy");
    CHECK(carebook::isArticleLink("cold-therapy"));
    CHECK_FALSE(carebook::isArticleLink("https://example.org/"));
}
