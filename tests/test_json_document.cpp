// SPDX-License-Identifier: MIT
#include "core/util/json_document.h"

#include <catch2/catch.hpp>

using carebook::JsonDocument;
using carebook::JsonParseError;
using carebook::parseJsonDocument;

namespace {

JsonParseError failure(const std::string& text) {
    JsonDocument document;
    JsonParseError error;
    REQUIRE_FALSE(parseJsonDocument(text, document, error));
    return error;
}

} // namespace

TEST_CASE("values and their positions are recorded by JSON pointer", "[json]") {
    JsonDocument document;
    JsonParseError error;
    const std::string text = "{\n  \"id\": \"x\",\n  \"list\": [1, {\"a\": true}],\n  \"é\": \"ü\"\n}";
    REQUIRE(parseJsonDocument(text, document, error));
    CHECK(document.value["id"] == "x");
    CHECK(document.value["list"][1]["a"] == true);
    CHECK(document.positions.at("/id").line == 2);
    CHECK(document.positions.at("/id").column == 9);
    CHECK(document.positions.at("/list/1/a").line == 3);
    CHECK(document.positions.at("/list/1/a").column == 21);
    CHECK(document.positionOf("/list/1/missing").line == 3);
    CHECK(document.value["é"] == "ü");
}

TEST_CASE("syntax errors point at the fault", "[json]") {
    auto error = failure("{\n  \"a\": 1\n  \"b\": 2\n}");
    CHECK(error.position.line == 3);
    CHECK(error.position.column == 3);
    CHECK_THAT(error.message, Catch::Contains("comma missing"));

    error = failure("{\"a\": [1, 2,]}");
    CHECK_THAT(error.message, Catch::Contains("trailing comma"));

    error = failure("{\"a\": 1, \"a\": 2}");
    CHECK_THAT(error.message, Catch::Contains("duplicate member"));
    CHECK(error.position.column == 10);

    CHECK_THAT(failure("{\"a\": \"open").message, Catch::Contains("unterminated text"));
    CHECK_THAT(failure("{\"a\": 01}").message, Catch::Contains("may not start with 0"));
    CHECK_THAT(failure("// note\n{}").message, Catch::Contains("comments"));
    CHECK_THAT(failure("{\"a\": 'x'}").message, Catch::Contains("expected a value"));
    CHECK_THAT(failure("").message, Catch::Contains("empty"));
    CHECK_THAT(failure("{} {}").message, Catch::Contains("after the end"));
}

TEST_CASE("malformed UTF-8, escapes and deep nesting are rejected, not crashed on", "[json]") {
    CHECK_THAT(failure("{\"a\": \"\xC3\"}").message, Catch::Contains("UTF-8"));
    CHECK_THAT(failure("{\"a\": \"\xC0\xAF\"}").message, Catch::Contains("UTF-8"));
    CHECK_THAT(failure("{\"a\": \"\\ud800\"}").message, Catch::Contains("surrogate"));
    CHECK_THAT(failure("{\"a\": \"\\x\"}").message, Catch::Contains("unknown escape"));
    // An escaped NUL or control byte is named, not echoed (a NUL would end the message early).
    const auto nul = failure(std::string("{\"a\": \"\\\0\"}", 11)).message;
    CHECK(nul.find('\0') == std::string::npos);
    CHECK_THAT(nul, Catch::Contains("the byte 0x00"));
    CHECK_THAT(failure(std::string(10000, '[')).message, Catch::Contains("too deep"));
    CHECK_THAT(failure("{\"a\": 1e999}").message, Catch::Contains("out of range"));

    JsonDocument document;
    JsonParseError error;
    REQUIRE(parseJsonDocument("{\"a\": \"\\ud83d\\ude00 \\u00e9\"}", document, error));
    CHECK(document.value["a"] == "\xF0\x9F\x98\x80 \xC3\xA9");
}
