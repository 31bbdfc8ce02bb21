// SPDX-License-Identifier: MIT
// Search over the real, shipped content: what people actually type must land on the right article.
#include "core/content/store.h"
#include "core/search/searcher.h"

#include <catch2/catch.hpp>

#include "search_test_util.h"

#include <algorithm>

using carebook::ArticleKind;
using carebook::ContentStore;
using carebook::SearchOptions;
using carebook::Searcher;
using carebook::SearchResult;
using carebook::test::ids;

namespace {

std::size_t rankOf(const SearchResult& result, const std::string& id) {
    const auto list = ids(result);
    return static_cast<std::size_t>(std::find(list.begin(), list.end(), id) - list.begin());
}

ContentStore realContent() { return ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB); }

} // namespace

TEST_CASE("lay query: 'charley horse' lands on muscle cramp", "[search][content]") {
    auto store = realContent();
    Searcher searcher(store.database());
    const auto result = searcher.search("charley horse");
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits.front().id == "muscle-cramp");
    CHECK(result.didYouMean.empty());
}

TEST_CASE("lay query: 'back siezed up' is corrected and lands on back spasm", "[search][content]") {
    auto store = realContent();
    Searcher searcher(store.database());
    const auto result = searcher.search("back siezed up");
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits.front().id == "back-spasm");
    CHECK(result.didYouMean == "back seized up");
    CHECK(result.correctionApplied);
}

TEST_CASE("lay query: 'ice or heat' shows cold therapy, heat therapy, then the question comparing them",
          "[search][content]") {
    // Decision: the person names two remedies, so both remedies come first in the order typed, and
    // the question that weighs them ("Should I use ice or heat …?") right after.
    auto store = realContent();
    Searcher searcher(store.database());
    const auto result = searcher.search("ice or heat");
    REQUIRE(result.hits.size() >= 3);
    CHECK(result.hits[0].id == "cold-therapy");
    CHECK(result.hits[1].id == "heat-therapy");
    CHECK(rankOf(result, "ice-or-heat-for-back-pain") < 3);
    const auto reversed = searcher.search("heat or ice");
    REQUIRE(reversed.hits.size() >= 2);
    CHECK(reversed.hits[0].id == "heat-therapy");
    CHECK(reversed.hits[1].id == "cold-therapy");
}

TEST_CASE("lay query: 'magnesum foods' is corrected to magnesium and lands on magnesium-rich foods",
          "[search][content]") {
    auto store = realContent();
    Searcher searcher(store.database());
    const auto result = searcher.search("magnesum foods");
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits.front().id == "magnesium-rich-diet");
    CHECK(result.didYouMean == "magnesium foods");
    CHECK(result.correctionApplied);
    CHECK(rankOf(result, "magnesium") < 3);
}

TEST_CASE("lay query: 'numb leg' lands on nerve irritation, with a symptom that warns about it close by",
          "[search][content]") {
    // Decision: a numb leg is most often an irritated nerve (sciatica), so that article comes first;
    // numbness in both legs is a warning sign, so a symptom listing that red flag must follow closely.
    auto store = realContent();
    Searcher searcher(store.database());
    const auto result = searcher.search("numb leg");
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits.front().id == "nerve-irritation");
    bool warningNearby = false;
    for (std::size_t i = 0; i < std::min<std::size_t>(5, result.hits.size()); ++i) {
        if (result.hits[i].kind != ArticleKind::Symptom) {
            continue;
        }
        for (const auto& flag : store.redFlagsFor(result.hits[i].id)) {
            warningNearby |= flag.id == "both-legs-symptoms";
        }
    }
    CHECK(warningNearby);
}

TEST_CASE("results as you type land on the article being typed", "[search][content]") {
    auto store = realContent();
    Searcher searcher(store.database());
    for (const auto& [typed, expected] : std::vector<std::pair<std::string, std::string>>{
             {"charley ho", "muscle-cramp"},
             {"back sp", "back-spasm"},
             {"back spas", "back-spasm"},
             {"magnes", "magnesium"},
             {"stiff", "muscle-stiffness"},
             {"sciat", "sciatica"},
             {"ibupro", "otc-pain-relievers"},
             {"physio", "physical-therapy"}}) {
        INFO(typed);
        const auto result = searcher.search(typed);
        REQUIRE_FALSE(result.hits.empty());
        CHECK(result.hits.front().id == expected);
    }
}

TEST_CASE("more lay words and slips people type", "[search][content]") {
    auto store = realContent();
    Searcher searcher(store.database());
    for (const auto& [typed, expected] : std::vector<std::pair<std::string, std::string>>{
             {"nsaid", "otc-pain-relievers"},
             {"lumbago", "lower-back-pain"},
             {"back pain", "lower-back-pain"},
             {"pinched nerve", "nerve-irritation"},
             {"kramp", "muscle-cramp"},
             {"sciatca", "sciatica"},
             {"how long does a back spasm last", "how-long-does-back-spasm-last"},
             {"leg cramps at night", "why-do-i-get-leg-cramps-at-night"},
             {"Muscle   CRAMP!!", "muscle-cramp"}}) {
        INFO(typed);
        const auto result = searcher.search(typed);
        REQUIRE_FALSE(result.hits.empty());
        CHECK(result.hits.front().id == expected);
    }
}

TEST_CASE("every article is found first by its title and in the top three by each alias", "[search][content]") {
    auto store = realContent();
    Searcher searcher(store.database());
    for (const auto& summary : store.list()) {
        INFO(summary.id << ": " << summary.title);
        const auto byTitle = searcher.search(summary.title);
        REQUIRE_FALSE(byTitle.hits.empty());
        CHECK(byTitle.hits.front().id == summary.id);
        const auto article = store.article(summary.id);
        REQUIRE(article);
        for (const auto& alias : article->aliases) {
            INFO("alias: " << alias);
            CHECK(rankOf(searcher.search(alias), summary.id) < 3);
        }
    }
}

TEST_CASE("the kind filter works on the real content", "[search][content]") {
    auto store = realContent();
    Searcher searcher(store.database());
    SearchOptions options;
    options.kind = ArticleKind::Question;
    const auto result = searcher.search("back spasm", options);
    REQUIRE(result.hits.size() >= 3);
    for (const auto& hit : result.hits) {
        CHECK(hit.kind == ArticleKind::Question);
    }
}

TEST_CASE("articles with the words in their title, aliases or summary rank above those with them only further down",
          "[search][content]") {
    auto store = realContent();
    auto& db = store.database();
    Searcher searcher(db);
    SearchOptions options;
    options.prefixLastWord = false;
    options.limit = 100;
    auto head = db.prepare("SELECT a.id FROM article_head_fts h JOIN articles a ON a.rowid = h.rowid"
                           " WHERE article_head_fts MATCH ?1");
    std::size_t mixed = 0; // queries whose hits hold both tiers: the check below must have something to check
    auto synonyms = db.prepare("SELECT count(*) FROM synonyms WHERE term = ?1");
    // Words without synonyms, so the head index's own match of the word is exactly what search asked.
    for (const char* word : {"sleep", "pain", "walk", "muscle", "bath", "night", "sitting", "calf"}) {
        INFO(word);
        synonyms.reset();
        synonyms.bind(1, word);
        REQUIRE(synonyms.step());
        REQUIRE(synonyms.int64(0) == 0);
        std::vector<std::string> named;
        head.reset();
        head.bind(1, std::string("{title aliases summary} : \"") + word + "\"");
        while (head.step()) {
            named.push_back(head.text(0));
        }
        head.reset();
        const auto hits = ids(searcher.search(word, options));
        REQUIRE_FALSE(hits.empty());
        bool seenLower = false;
        for (const auto& id : hits) {
            const bool inHead = std::find(named.begin(), named.end(), id) != named.end();
            INFO(id);
            CHECK_FALSE((inHead && seenLower)); // a tier-1 hit after a tier-2 one
            seenLower = seenLower || !inHead;
        }
        mixed += seenLower && std::find(named.begin(), named.end(), hits.front()) != named.end() ? 1 : 0;
    }
    CHECK(mixed >= 3);
}

TEST_CASE("a food's name lists the USDA food after the articles, with what a usual portion gives", "[search][content][foods]") {
    auto store = realContent();
    Searcher searcher(store.database());
    const auto result = searcher.search("banana");
    // The articles come first and stay articles; the foods are a group of their own.
    REQUIRE_FALSE(result.hits.empty());
    for (const auto& hit : result.hits) {
        CHECK(hit.type == carebook::SearchHit::Type::Article);
    }
    REQUIRE_FALSE(result.foods.empty());
    CHECK(result.foods.size() <= 3);
    const auto& banana = result.foods.front();
    CHECK(banana.type == carebook::SearchHit::Type::Food);
    CHECK(banana.id == "09040");
    CHECK(banana.title == "Bananas, raw");
    // USDA: 358 mg potassium and 27 mg magnesium per 100 g, 1 medium = 118 g; label DVs 4,700 and 420 mg.
    CHECK(banana.snippet.starts_with("1 medium (118 g): potassium 422 mg (9% DV), magnesium 32 mg (8% DV)"));
    CHECK(banana.snippet.ends_with("105 kcal"));

    // A nutrient article's food examples read as a list in its snippet, not as run-on words.
    SearchOptions nutrients;
    nutrients.kind = ArticleKind::Nutrient;
    const auto potassium = searcher.search("banana", nutrients);
    REQUIRE_FALSE(potassium.hits.empty());
    CHECK(potassium.hits.front().id == "potassium");
    CHECK(potassium.hits.front().snippet.find("Bananas, Avocado, ") != std::string::npos);

    // While typing, and in a question, the same food.
    CHECK(searcher.search("banan").foods.front().id == "09040");
    CHECK(searcher.search("what does a banana give").foods.front().id == "09040");
    CHECK(searcher.search("pumpkin seeds").foods.front().title.starts_with("Seeds, pumpkin and squash seed kernels"));
    CHECK(searcher.search("almonds").foods.front().title == "Nuts, almonds");
    // A word typed whole names the food whole: "egg" lists eggs, not eggnog or eggplant, which
    // only start with it.
    const auto eggs = searcher.search("egg").foods;
    REQUIRE(eggs.size() == 3);
    for (const auto& egg : eggs) {
        INFO(egg.title);
        CHECK((egg.title.starts_with("Egg,") || egg.title.starts_with("Eggs,")));
    }
}

TEST_CASE("a word must name the food: no foods for remedies, symptoms or nutrients", "[search][content][foods]") {
    auto store = realContent();
    Searcher searcher(store.database());
    // The food finder's tolerant lookup would give "Wheat" for heat, fish "cooked, dry heat", cod for
    // cold; and "magnesium foods" asks which foods, which is the articles' and the finder's job.
    for (const char* query : {"heat", "ice or heat", "cold", "cramp", "back spasm", "magnesium foods",
                              "foods rich in potassium", "charley horse", "stretches for lower back"}) {
        INFO(query);
        CHECK(searcher.search(query).foods.empty());
    }
}

TEST_CASE("foods follow the kind filter: none with an article kind, only foods with onlyFoods", "[search][content][foods]") {
    auto store = realContent();
    Searcher searcher(store.database());
    SearchOptions options;
    options.kind = ArticleKind::Nutrient;
    CHECK(searcher.search("banana", options).foods.empty());

    SearchOptions onlyFoods;
    onlyFoods.onlyFoods = true;
    onlyFoods.limit = 5;
    const auto foods = searcher.search("salmon", onlyFoods);
    CHECK(foods.hits.empty());
    REQUIRE(foods.foods.size() == 5);
    for (const auto& food : foods.foods) {
        CHECK(food.type == carebook::SearchHit::Type::Food);
        CHECK(food.title.find("salmon") != std::string::npos);
        CHECK_FALSE(food.snippet.empty());
    }

    SearchOptions none;
    none.foodLimit = 0;
    CHECK(searcher.search("banana", none).foods.empty());
}
