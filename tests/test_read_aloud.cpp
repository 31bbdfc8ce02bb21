// SPDX-License-Identifier: MIT
// What Read aloud says (core/speech): the passages of real articles, and the lines made speakable.
#include "core/speech/read_aloud.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace carebook;

namespace {

Article realArticle(const std::string& id) {
    const auto store = ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    auto article = store.article(id);
    REQUIRE(article);
    return *article;
}

bool hasMarkup(const std::string& text) {
    return text.find_first_of("*#`|<>[]") != std::string::npos || text.find("](") != std::string::npos ||
           text.find("- ") == 0;
}

} // namespace

TEST_CASE("back spasm is read with its warning signs first, most urgent first, the tier in words", "[speech]") {
    const Article article = realArticle("back-spasm");
    REQUIRE_FALSE(article.redFlags.empty());
    const auto passages = articlePassages(article);
    REQUIRE(passages.size() > 4);

    const SpokenPassage& first = passages.front();
    CHECK(first.part == PassagePart::RedFlags);
    CHECK(first.urgency == "emergency");
    CHECK(first.text.rfind("Warning signs for Back spasm. Emergency: get help now if you have any of these signs.", 0) ==
          0);
    // Every emergency sign of the symptom is in the first passage, and what to do is said.
    for (const auto& flag : article.redFlags) {
        if (flag.urgency == "emergency") {
            CHECK(first.text.find(flag.text) != std::string::npos);
        }
    }
    CHECK(first.text.find("Call your emergency number") != std::string::npos);

    // Then the other tiers in order, then the title, the summary and the body.
    std::vector<std::string> tiers;
    std::size_t i = 0;
    for (; i < passages.size() && passages[i].part == PassagePart::RedFlags; ++i) {
        tiers.push_back(passages[i].urgency);
    }
    CHECK(tiers == std::vector<std::string>{"emergency", "urgent", "routine"});
    CHECK(passages[1].text.rfind("Urgent: see a doctor today if you have any of these signs.", 0) == 0);
    REQUIRE(i + 2 < passages.size());
    CHECK(passages[i].part == PassagePart::Title);
    CHECK(passages[i].text == "Back spasm.");
    CHECK(passages[i + 1].part == PassagePart::Summary);
    CHECK(passages[i + 1].text == article.summary.summary);
    CHECK(passages[i + 2].part == PassagePart::Body);
    CHECK(passages[i + 2].text == "What it is."); // a heading, made a sentence so the engine pauses
}

TEST_CASE("the spoken body is plain sentences: no Markdown, no list dashes, links as their words", "[speech]") {
    const Article article = realArticle("back-spasm");
    const auto passages = articlePassages(article);
    for (const auto& passage : passages) {
        INFO(passage.text);
        CHECK_FALSE(passage.text.empty());
        CHECK_FALSE(hasMarkup(passage.text));
        CHECK_FALSE(passage.text.find("  ") != std::string::npos);
    }
    const std::string all = joinPassages(passages);
    // "**sudden (acute)**: often after a strain, such as lifting or twisting;" as said:
    CHECK(all.find("\n\nsudden (acute): often after a strain, such as lifting or twisting.\n\n") != std::string::npos);
    // "See [stay active](stay-active)." as said: the link's words, not its target.
    CHECK(all.find("See stay active.") != std::string::npos);
    CHECK(all.find("stay-active") == std::string::npos);
}

TEST_CASE("an article that is not a symptom is read without warning signs", "[speech]") {
    const auto passages = articlePassages(realArticle("heat-therapy"));
    REQUIRE_FALSE(passages.empty());
    CHECK(passages.front().part == PassagePart::Title);
    CHECK(std::none_of(passages.begin(), passages.end(),
                       [](const SpokenPassage& p) { return p.part == PassagePart::RedFlags; }));
}

TEST_CASE("every real article gives passages a speech engine can say", "[speech]") {
    const auto store = ContentStore::openFile(CAREBOOK_REAL_CONTENT_DB);
    for (const auto& summary : store.list()) {
        const auto passages = articlePassages(*store.article(summary.id));
        INFO(summary.id);
        CHECK(passages.size() >= 2); // at least the title and the summary
        for (const auto& passage : passages) {
            INFO(passage.text);
            CHECK_FALSE(hasMarkup(passage.text));
        }
    }
}

TEST_CASE("a selection is read as it was selected, line by line", "[speech]") {
    // Qt's selectedText() ends paragraphs with U+2029 and puts U+FFFC for an image.
    const auto passages = selectionPassages("\xEF\xBF\xBC Heat\xE2\x80\xA9- Use a heat wrap;\xE2\x80\xA9\xE2\x80\xA9");
    REQUIRE(passages.size() == 2);
    CHECK(passages[0] == SpokenPassage{PassagePart::Selection, {}, "Heat."});
    CHECK(passages[1] == SpokenPassage{PassagePart::Selection, {}, "Use a heat wrap."});
    CHECK(selectionPassages("  \n * \n").empty());
    CHECK(selectionPassages("").empty());
}

TEST_CASE("a line is made a speakable sentence", "[speech]") {
    CHECK(speakableSentence("## What it is") == "What it is.");
    CHECK(speakableSentence("- **sudden**: after a strain,") == "sudden: after a strain.");
    CHECK(speakableSentence("Spasms can be:") == "Spasms can be:");
    CHECK(speakableSentence("It can feel \"locked\".") == "It can feel \"locked\".");
    CHECK(speakableSentence("See (ice or heat?)") == "See (ice or heat?)");
    CHECK(speakableSentence("Food | Magnesium | mg") == "Food, Magnesium, mg.");
    CHECK(speakableSentence("Read <b>this</b>") == "Read this.");
    CHECK(speakableSentence("Read more at https://www.nhs.uk/back-pain/.") == "Read more at a web address.");
    CHECK(speakableSentence("-5 \xC2\xB0" "C\tis  cold") == "-5 \xC2\xB0" "C is cold.");
    CHECK(speakableSentence("Keep going\xE2\x80\xA6") == "Keep going\xE2\x80\xA6");
    CHECK(speakableSentence("   ").empty());
    CHECK(speakableSentence("- * |").empty());
    CHECK(speakableSentence("a < b") == "a < b.");
}
