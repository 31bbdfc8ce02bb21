// SPDX-License-Identifier: MIT
// The typed content model: what the loader makes of the files is what the store reads back.
#include "core/content/loader.h"
#include "core/content/model_json.h"
#include "core/content/store.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using carebook::ArticleContent;
using carebook::ArticleKind;
using carebook::ContentStore;
using carebook::Diagnostics;
using carebook::LoadedContent;

namespace {

LoadedContent loadValid(const std::string& dir) {
    Diagnostics diagnostics;
    auto content = carebook::loadContent(dir, diagnostics);
    for (const auto& item : diagnostics.items()) {
        UNSCOPED_INFO(item.toString());
    }
    REQUIRE(diagnostics.empty());
    return content;
}

// Every article, source and red flag of `content` read back from `store` is the one loaded.
std::set<ArticleKind> checkRoundTrip(const LoadedContent& content, const ContentStore& store) {
    std::set<ArticleKind> kinds;
    REQUIRE_FALSE(content.articles.empty());
    for (const auto& loaded : content.articles) {
        INFO(loaded.path);
        CHECK(loaded.content.kind() == loaded.kind);
        CHECK(loaded.content.id == loaded.id);
        const auto stored = store.article(loaded.id);
        REQUIRE(stored);
        CHECK(stored->content == loaded.content);
        CHECK(stored->bodyMarkdown == loaded.markdown);
        CHECK(stored->summary.kind == loaded.kind);
        kinds.insert(stored->content.kind());
        if (stored->content.symptom()) {
            // The resolved red flags are the symptom's (its sets expanded), each as red-flags.json has it.
            REQUIRE(stored->redFlags.size() == loaded.redFlagIds.size());
            for (const auto& flag : stored->redFlags) {
                CHECK(std::find(loaded.redFlagIds.begin(), loaded.redFlagIds.end(), flag.id) != loaded.redFlagIds.end());
                const auto authored = std::find_if(content.redFlags.begin(), content.redFlags.end(),
                                                   [&](const carebook::RedFlag& f) { return f.id == flag.id; });
                REQUIRE(authored != content.redFlags.end());
                CHECK(flag.urgency == authored->urgency);
                CHECK(flag.text == authored->text);
                CHECK(flag.action == authored->action);
                CHECK(flag.shortText == authored->shortText);
                // The database keeps each source's id; where it says so stays in red-flags.json.
                REQUIRE(flag.sources.size() == authored->sources.size());
                for (std::size_t i = 0; i < flag.sources.size(); ++i) {
                    CHECK(flag.sources[i].source == authored->sources[i].source);
                }
            }
        }
    }
    for (const auto& source : content.sources) {
        INFO(source.id);
        CHECK(store.source(source.id) == source);
    }
    CHECK(store.edition().contentVersion == content.edition.contentVersion);
    CHECK(store.edition().reviewed == content.edition.reviewed);
    return kinds;
}

} // namespace

TEST_CASE("the fixture content reads back from the store as it was loaded", "[model]") {
    const auto content = loadValid(CAREBOOK_FIXTURE_CONTENT);
    const auto store = ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    const auto kinds = checkRoundTrip(content, store);
    CHECK(kinds == std::set<ArticleKind>{ArticleKind::Symptom, ArticleKind::Remedy, ArticleKind::Cause,
                                         ArticleKind::Nutrient});
}

TEST_CASE("the real content reads back from the store as it was loaded, for every kind", "[model][content]") {
    const auto content = loadValid(std::string(CAREBOOK_SOURCE_DIR) + "/content");
    const auto store = ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    const auto kinds = checkRoundTrip(content, store);
    CHECK(kinds == std::set<ArticleKind>(carebook::kAllKinds.begin(), carebook::kAllKinds.end()));
}

TEST_CASE("every field of every kind survives JSON and back", "[model]") {
    ArticleContent common;
    common.id = "an-article";
    common.title = "Title";
    common.summary = "Summary.";
    common.aliases = {"other name"};
    common.sources = {"a-source"};
    common.related = {"another-article"};
    common.reviewed = "2026-01-02";
    common.order = 0; // authored as 0 is not the same as not authored

    carebook::SymptomFields symptom{
        {"a-cause"}, {{"a-remedy", "now", "A note."}, {"b-remedy", "long-term", ""}}, {"a-set"}, {"a-flag"}};
    carebook::RemedyFields remedy{"stretch",        {"Step one.", "Step two."},
                                  "Twice a day.",   {"Stop if it hurts."},
                                  {"You had surgery."}, {{"acute", "low", "a-source", "A note."}},
                                  "conditional",    "Some guidelines.",
                                  {"a-cause"},      {"magnesium"},
                                  "knee-to-chest",  carebook::RemedyDose{},
                                  std::nullopt};
    // Every dose figure set, so the round trip covers each of them.
    remedy.dose->minutes = 15;
    remedy.dose->everyHours = 2;
    remedy.dose->fromDay = 2;
    remedy.dose->forDays = 3;
    remedy.dose->holdSeconds = 30;
    remedy.dose->repetitions = 3;
    remedy.dose->sets = 2;
    remedy.dose->restSeconds = 0;
    remedy.dose->timesPerDay = 2;
    remedy.dose->sides = "each";
    remedy.dose->source = "a-source";
    remedy.dose->expertAdvice = {"every_hours", "sets"};
    remedy.stopIf = carebook::RemedyStopRule{"Stop if it hurts more.", "a-source", "section \"When to stop\""};
    carebook::CauseFields cause{{"Older age."}, {"Warm up."}, {"magnesium"}};
    carebook::NutrientFields nutrient{"magnesium", "mg", {"Pumpkin seeds"}, {"You have kidney disease."}};

    for (const carebook::KindFields& fields :
         {carebook::KindFields(symptom), carebook::KindFields(remedy), carebook::KindFields(cause),
          carebook::KindFields(nutrient), carebook::KindFields(carebook::QuestionFields{}),
          carebook::KindFields(carebook::PageFields{})}) {
        ArticleContent article = common;
        article.fields = fields;
        INFO(carebook::kindName(article.kind()));
        const nlohmann::json json = article;
        CHECK(json.at("kind") == carebook::kindName(article.kind()));
        CHECK_FALSE(json.contains("schema_version"));
        CHECK(json.get<ArticleContent>() == article);
        // A field left empty is written as absent, and read back empty.
        ArticleContent bare;
        bare.id = "bare";
        bare.title = "Bare";
        bare.summary = "Bare.";
        bare.sources = {"a-source"};
        bare.fields = carebook::emptyFieldsFor(article.kind());
        const nlohmann::json bareJson = bare;
        CHECK_FALSE(bareJson.contains("aliases"));
        CHECK_FALSE(bareJson.contains("order"));
        CHECK(bareJson.get<ArticleContent>() == bare);
    }

    carebook::SourceRecord source{"a-source", "A title", "A publisher", 2020, "", "https://example.org", "", "A note.",
                                  "2026-01-01"};
    CHECK(nlohmann::json(source).get<carebook::SourceRecord>() == source);
    carebook::RedFlag flag{"a-flag", "urgent", "Your leg is numb.", "See a doctor today.", "Numb leg.",
                           {{"a-source", "page 2", "numbness"}}};
    CHECK(nlohmann::json(flag).get<carebook::RedFlag>() == flag);
}

TEST_CASE("an article of an unknown kind or with a field of the wrong type is refused by the model", "[model]") {
    auto json = nlohmann::json::parse(
        R"({"id": "x", "kind": "recipe", "title": "T", "summary": "S.", "sources": ["s"]})");
    CHECK_THROWS_AS(json.get<ArticleContent>(), nlohmann::json::exception);
    json["kind"] = "remedy";
    CHECK_THROWS_AS(json.get<ArticleContent>(), nlohmann::json::exception); // no steps, cautions …
    json["kind"] = "page";
    json["order"] = "first";
    CHECK_THROWS_AS(json.get<ArticleContent>(), nlohmann::json::exception);
}
