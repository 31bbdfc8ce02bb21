// SPDX-License-Identifier: MIT
// Search over the small fixture content: the mechanics (quoting, synonyms, prefixes, corrections,
// boosts, snippets, the kind filter) on articles whose every word is known.
#include "core/build/compiler.h"
#include "core/content/store.h"
#include "core/util/diagnostics.h"
#include "core/util/database.h"
#include "core/search/searcher.h"
#include "core/search/text.h"

#include <catch2/catch.hpp>

#include "search_test_util.h"
#include "test_support.h"

#include <algorithm>
#include <map>
#include <set>

using carebook::ArticleKind;
using carebook::Database;
using carebook::SearchOptions;
using carebook::Searcher;
using carebook::SearchResult;
using carebook::test::ids;

namespace {

SearchOptions typed(bool typing) {
    SearchOptions options;
    options.prefixLastWord = typing;
    return options;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

TEST_CASE("an exact title comes first", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto result = searcher.search("heat therapy");
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits.front().id == "heat-therapy");
    CHECK(result.hits.front().title == "Heat therapy");
    CHECK(result.hits.front().kind == ArticleKind::Remedy);
    CHECK(result.didYouMean.empty());
    for (std::size_t i = 1; i < result.hits.size(); ++i) {
        CHECK(result.hits[i - 1].score >= result.hits[i].score);
    }
}

TEST_CASE("query words match their synonyms", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    // The fixture's synonyms: ice ≈ cold, cramp ≈ spasm ≈ charley horse. No article says "charley".
    const auto horse = searcher.search("charley horse", typed(false));
    REQUIRE_FALSE(horse.hits.empty());
    CHECK(horse.hits.front().id == "back-spasm");
    CHECK(contains(horse.terms, "spasm"));
    const auto ice = searcher.search("ice", typed(false));
    REQUIRE_FALSE(ice.hits.empty());
    CHECK(ice.hits.front().id == "cold-therapy");
    CHECK(contains(ids(ice), "back-spasm")); // "Start with cold": found through ice ≈ cold
}

TEST_CASE("the last word matches as the start of a word while typing, not after a space", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto typing = searcher.search("magnes");
    REQUIRE_FALSE(typing.hits.empty());
    CHECK(typing.hits.front().id == "magnesium");
    CHECK(searcher.search("magnes ").hits.empty());
    CHECK(searcher.search("magnes", typed(false)).hits.empty());
    // Porter stems a partial word oddly ("crampi"); completions come from the vocabulary instead.
    const auto stiff = searcher.search("stiffn");
    REQUIRE_FALSE(stiff.hits.empty());
    CHECK(stiff.hits.front().id == "heat-therapy");
}

TEST_CASE("misspelt words are corrected when nothing matches, and the correction is reported", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto result = searcher.search("magnesum", typed(false));
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits.front().id == "magnesium");
    CHECK(result.didYouMean == "magnesium");
    CHECK(result.correctionApplied);
    // A transposition counts as one slip; only the unknown word changes.
    const auto swapped = searcher.search("bakc spasm", typed(false));
    REQUIRE_FALSE(swapped.hits.empty());
    CHECK(swapped.hits.front().id == "back-spasm");
    CHECK(swapped.didYouMean == "back spasm");
    const auto spasm = searcher.search("spsam", typed(false));
    REQUIRE_FALSE(spasm.hits.empty());
    CHECK(spasm.didYouMean == "spasm");
    // Nothing close: no suggestion, no hits.
    const auto nonsense = searcher.search("qwxzkv", typed(false));
    CHECK(nonsense.hits.empty());
    CHECK(nonsense.didYouMean.empty());
}

TEST_CASE("a less sure correction is offered, not applied", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    // Two slips in a short word: "stiffness" is likely, but not sure enough to search for it unasked.
    const auto result = searcher.search("stifnes");
    CHECK(result.hits.empty());
    CHECK(result.didYouMean == "stiffness");
    CHECK_FALSE(result.correctionApplied);
    CHECK_FALSE(searcher.search(result.didYouMean).hits.empty());
    // Two slips in a long word are applied.
    const auto longer = searcher.search("magnisum", typed(false));
    CHECK(longer.correctionApplied);
    CHECK(longer.didYouMean == "magnesium");
}

TEST_CASE("a query that is a real word is not corrected", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto result = searcher.search("cold", typed(false));
    CHECK(result.didYouMean.empty());
    CHECK_FALSE(result.correctionApplied);
    CHECK(result.allWordsMatched);
}

TEST_CASE("when no article has every word, articles with some of them are shown and flagged", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto result = searcher.search("magnesium warmth", typed(false));
    REQUIRE(result.hits.size() >= 2);
    CHECK_FALSE(result.allWordsMatched);
    CHECK(contains(ids(result), "magnesium"));
    CHECK(contains(ids(result), "heat-therapy"));
}

TEST_CASE("the kind filter keeps only that kind", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    SearchOptions options;
    options.kind = ArticleKind::Remedy;
    const auto remedies = searcher.search("muscles", options);
    REQUIRE_FALSE(remedies.hits.empty());
    for (const auto& hit : remedies.hits) {
        CHECK(hit.kind == ArticleKind::Remedy);
    }
    options.kind = ArticleKind::Question;
    CHECK(searcher.search("muscles", options).hits.empty());
}

TEST_CASE("an article the query names is left out by a kind filter of another kind", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    SearchOptions options;
    options.kind = ArticleKind::Remedy;
    const auto remedies = searcher.search("heat therapy", options);
    REQUIRE_FALSE(remedies.hits.empty());
    CHECK(remedies.hits.front().id == "heat-therapy");
    // Named exactly, but a remedy: a search of causes does not show it, however strong the boost.
    for (const ArticleKind kind : {ArticleKind::Cause, ArticleKind::Symptom, ArticleKind::Nutrient}) {
        options.kind = kind;
        for (const auto& hit : searcher.search("heat therapy", options).hits) {
            CHECK(hit.kind == kind);
            CHECK(hit.id != "heat-therapy");
        }
    }
}

TEST_CASE("the limit caps the hits", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    SearchOptions options;
    options.limit = 2;
    CHECK(searcher.search("muscle", options).hits.size() == 2);
    options.limit = 0; // clamped to 1
    CHECK(searcher.search("muscle", options).hits.size() == 1);
}

TEST_CASE("snippets mark the matched words", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto result = searcher.search("tight", typed(false));
    REQUIRE_FALSE(result.hits.empty());
    const auto& hit = result.hits.front();
    CHECK(hit.id == "heat-therapy");
    CHECK(hit.snippet == "Warmth to relax tight muscles.");
    CHECK(carebook::markedSnippet(hit, "[", "]") == "Warmth to relax [tight] muscles.");
    // A body match shows the body passage when the summary does not have the word.
    const auto body = searcher.search("twisting", typed(false));
    REQUIRE_FALSE(body.hits.empty());
    CHECK(carebook::markedSnippet(body.hits.front(), "<", ">").find("<twisting>") != std::string::npos);
}

TEST_CASE("'x or y' puts the articles named x and y first, in the order typed", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto forward = ids(searcher.search("cold therapy or heat therapy"));
    REQUIRE(forward.size() >= 2);
    CHECK(forward[0] == "cold-therapy");
    CHECK(forward[1] == "heat-therapy");
    const auto backward = ids(searcher.search("heat therapy or cold therapy"));
    REQUIRE(backward.size() >= 2);
    CHECK(backward[0] == "heat-therapy");
    CHECK(backward[1] == "cold-therapy");
}

TEST_CASE("operators and syntax are plain text", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    CHECK(searcher.plainExpression("a\"b NEAR(x)", false) == "\"a\" AND \"b\" AND \"near\" AND \"x\"");
    CHECK(searcher.plainExpression("heat* title:cold", true) == "\"heat\" AND \"title\" AND \"cold\"*");
    // Syntax characters separate words, as punctuation does.
    for (const char* text : {"heat*", "\"heat", "(heat", "heat)", "^heat", "-heat", "heat +", "heat:", "{heat}"}) {
        INFO(text);
        SearchResult result;
        REQUIRE_NOTHROW(result = searcher.search(text));
        REQUIRE_FALSE(result.hits.empty());
        CHECK(result.hits.front().id == "heat-therapy");
    }
    // Operator words are words ("or" and "and" are too common to require).
    for (const char* text : {"heat AND", "heat OR", "NOT heat", "heat NEAR cold", "title:heat", "{title}: heat"}) {
        INFO(text);
        SearchResult result;
        REQUIRE_NOTHROW(result = searcher.search(text));
        CHECK_FALSE(result.hits.empty());
    }
    CHECK(ids(searcher.search("title:heat")) == ids(searcher.search("title heat")));
}

TEST_CASE("search text is cleaned: invalid UTF-8 and control characters become spaces, length is capped",
          "[search]") {
    using carebook::sanitizeSearchText;
    CHECK(sanitizeSearchText("back\x01spasm", 100) == "back spasm");
    CHECK(sanitizeSearchText(std::string("a\0b", 3), 100) == "a b");
    CHECK(sanitizeSearchText("cr\xff" "amp", 100) == "cr amp");
    CHECK(sanitizeSearchText("\xc0\xaf", 100) == "  ");          // overlong
    CHECK(sanitizeSearchText("\xed\xa0\x80", 100) == "   ");      // surrogate
    CHECK(sanitizeSearchText("caf\xc3\xa9", 100) == "caf\xc3\xa9"); // é kept
    CHECK(sanitizeSearchText("caf\xc3\xa9", 4) == "caf");         // never cut inside a character
    CHECK(sanitizeSearchText("\xe2\x80\xa8", 100) == " ");        // line separator
}

TEST_CASE("the words are folded like the index folds them", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    carebook::WordTokenizer tokenizer(db);
    CHECK(tokenizer.normalize("Low Magnésium (hypomagnesemia)") == "low magnesium hypomagnesemia");
    CHECK(tokenizer.normalize("\"quoted\" AND/OR *star*") == "quoted and or star");
    CHECK(tokenizer.normalize("\xf0\x9f\x98\x80 emoji") == "emoji");
    const auto words = tokenizer.words("Ice, heat");
    REQUIRE(words.size() == 2);
    CHECK(words[1].text == "heat");
    CHECK(words[1].begin == 5);
    CHECK(words[1].end == 9);
}

TEST_CASE("the compiler writes the vocabulary and the exact names search uses", "[search][compiler]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    auto word = db.prepare("SELECT documents, lay FROM search_vocabulary WHERE word = ?");
    word.bind(1, "magnesium");
    REQUIRE(word.step());
    CHECK(word.integer(0) == 1);
    CHECK(word.integer(1) == 1); // a title
    word.reset();
    word.bind(1, "charley"); // only in synonyms.json
    REQUIRE(word.step());
    CHECK(word.integer(0) == 0);
    CHECK(word.integer(1) == 1);
    auto exact = db.prepare("SELECT a.id, e.field FROM search_exact e JOIN articles a ON a.rowid = e.article_rowid"
                            " WHERE e.key = ?");
    exact.bind(1, "ice pack");
    REQUIRE(exact.step());
    CHECK(exact.text(0) == "cold-therapy");
    CHECK(exact.integer(1) == 1);
}

TEST_CASE("the vocabulary has every indexed word, with the number of articles using it", "[search][compiler]") {
    // The compiler counts words as FTS5 indexes them (its tokenizer hands each word over); a count of
    // its own over the stored text must agree word for word.
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    carebook::WordTokenizer tokenizer(db);
    std::map<std::string, std::pair<std::int64_t, bool>> expected; // word → documents, lay
    const auto count = [&](const std::string& text, bool lay, std::set<std::string>* article) {
        for (const auto& word : tokenizer.words(text)) {
            if (word.text.size() < 2 || word.text.size() > 40) {
                continue;
            }
            auto& [documents, isLay] = expected[word.text];
            documents += article && article->insert(word.text).second ? 1 : 0;
            isLay = isLay || lay;
        }
    };
    auto articles = db.prepare("SELECT title, aliases, summary, body, details FROM articles");
    while (articles.step()) {
        std::set<std::string> article;
        for (int column = 0; column < 5; ++column) {
            count(articles.text(column), column < 2, &article); // a title or alias word is lay
        }
    }
    auto synonyms = db.prepare("SELECT term FROM synonyms");
    while (synonyms.step()) {
        count(synonyms.text(0), true, nullptr);
    }
    std::map<std::string, std::pair<std::int64_t, bool>> written;
    auto vocabulary = db.prepare("SELECT word, documents, lay FROM search_vocabulary ORDER BY word");
    while (vocabulary.step()) {
        written[vocabulary.text(0)] = {vocabulary.int64(1), vocabulary.int64(2) != 0};
    }
    CHECK(expected.size() > 50);
    CHECK(written == expected);
}

TEST_CASE("a body keeps its paragraphs in the article, and a snippet of it is one line", "[search][compiler]") {
    // article_fts reads its text from the articles table, where the body keeps its line breaks.
    const auto store = carebook::ContentStore::openFile(CAREBOOK_FIXTURE_DB);
    CHECK(store.article("back-spasm")->bodyText == "A spasm is a muscle that tightens on its own.\nStart with cold.");
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto result = searcher.search("own", typed(false));
    REQUIRE(ids(result) == std::vector<std::string>{"back-spasm"});
    CHECK(result.hits.front().snippet == "A spasm is a muscle that tightens on its own. Start with cold.");
    CHECK(carebook::markedSnippet(result.hits.front(), "[", "]") ==
          "A spasm is a muscle that tightens on its [own]. Start with cold.");
}

TEST_CASE("the ranking function survives a malformed tree", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db); // registers carebook_rank on this connection
    for (const char* tree : {"S(M(0,", "", "S()", "M(0@,1)", "S(0@1.2.3)", "Q(1)", "S(99999999999)", "0@9999"}) {
        INFO(tree);
        auto statement = db.prepare("SELECT id, rank FROM article_fts WHERE article_fts MATCH '\"heat\"'"
                                    " AND rank MATCH ? ORDER BY rank");
        statement.bind(1, "carebook_rank('" + std::string(tree) + "', 0, 0, 12, 8, 3, 1, 0.5)");
        REQUIRE_NOTHROW(statement.step());
    }
}

TEST_CASE("the head ranking with lengths held in memory scores as the index's own records do", "[search]") {
    auto db = Database::open(CAREBOOK_FIXTURE_DB, Database::Mode::ReadOnly);
    Searcher searcher(db);
    searcher.search("muscle"); // the first search loads the lengths and registers carebook_head_rank
    const auto scores = [&](const std::string& function) {
        auto statement = db.prepare("SELECT rowid, rank FROM article_head_fts WHERE article_head_fts MATCH"
                                    " '{title aliases summary} : (\"muscle\" OR \"relax\" OR \"back\")'"
                                    " AND rank MATCH ? ORDER BY rowid");
        statement.bind(1, function + "('S(M(0,1,2))', 12, 8, 3, 0, 0.75, 0, 0.75, 0)");
        std::vector<std::pair<std::int64_t, double>> out;
        while (statement.step()) {
            out.emplace_back(statement.int64(0), statement.real(1));
        }
        return out;
    };
    const auto cached = scores("carebook_head_rank");
    const auto fromIndex = scores("carebook_rank");
    REQUIRE(cached.size() >= 3);
    REQUIRE(cached.size() == fromIndex.size());
    for (std::size_t i = 0; i < cached.size(); ++i) {
        CHECK(cached[i].first == fromIndex[i].first);
        CHECK(cached[i].second == Approx(fromIndex[i].second).epsilon(1e-12));
        CHECK(cached[i].second < 0);
    }
}

TEST_CASE("an article with the words in its summary ranks above one that only repeats them in its body", "[search]") {
    // Scored on all its text alone, the body that says "twisting" five times would win over a long
    // summary that says it once: the tiers put the article whose summary says it first.
    carebook::test::TempDir dir;
    carebook::test::copyFixtureContent(dir.path() / "content");
    carebook::test::replaceInFile(
        dir.path() / "content/remedy/heat-therapy.json", "\"Warmth to relax tight muscles.\"",
        "\"Warmth to relax tight muscles after a long day of lifting, bending, reaching, carrying, twisting and"
        " sitting at a desk, driving a car, gardening, cleaning the house or playing a sport, or after a night"
        " on a soft old mattress, a long flight, a week of moving boxes, painting a ceiling or weeding a garden.\"");
    carebook::test::replaceInFile(dir.path() / "content/cause/muscle-strain.json", "Lifting or twisting can strain a muscle.",
                                  "Lifting or twisting can strain a muscle. Twisting while lifting is worse; twisting"
                                  " quickly, twisting too far and twisting under load all count.");
    carebook::Diagnostics diagnostics;
    REQUIRE(carebook::compileContent(dir.path() / "content", dir.path() / "tiers.db", diagnostics));
    auto db = Database::open(dir.path() / "tiers.db", Database::Mode::ReadOnly);
    Searcher searcher(db);
    const auto hits = ids(searcher.search("twisting", typed(false)));
    REQUIRE(hits.size() == 2);
    CHECK(hits[0] == "heat-therapy");
    CHECK(hits[1] == "muscle-strain");
}

TEST_CASE("indexed text is on one line, a heading ended by a colon", "[search]") {
    using carebook::joinLines;
    CHECK(joinLines("Where to find it\nSee the food finder.") == "Where to find it: See the food finder.");
    CHECK(joinLines("Rest a day.\n\nThen walk.\n") == "Rest a day. Then walk.");
    CHECK(joinLines("Ends in an ellipsis…\nNext") == "Ends in an ellipsis… Next");
    CHECK(joinLines("\n\nTitle  \r\n  body") == "Title: body");
    CHECK(joinLines("") == "");
    // List bullets and numbers are layout: "older adults. CBD products", not "older adults. - CBD".
    CHECK(joinLines("Little evidence\n- Arnica gel: very little.\n- CBD products: none.") ==
          "Little evidence: Arnica gel: very little. CBD products: none.");
    CHECK(joinLines("1. Lie on your back.\n2. Pull one knee up.") == "Lie on your back. Pull one knee up.");
    CHECK(joinLines("-5 degrees is cold") == "-5 degrees is cold"); // not a bullet
    CHECK(joinLines("No line breaks, kept as is ") == "No line breaks, kept as is ");
}

TEST_CASE("a shortened snippet is cut at a word, outside highlights, with one ellipsis", "[search]") {
    carebook::SearchHit hit;
    hit.snippet = "Cold first, then heat: wrap an ice pack in a cloth, hold it on the tight muscle";
    const auto at = [&](const std::string& word) { return hit.snippet.find(word); };
    hit.highlights = {{at("ice pack"), at("ice pack") + 8}, {at("muscle"), at("muscle") + 6}};

    CHECK(carebook::shortenedSnippet(hit, 500).snippet == hit.snippet); // short enough: whole

    // The limit falls inside "ice pack": the cut comes before the highlight, not through it.
    const auto cut = carebook::shortenedSnippet(hit, at("ice pack") + 5);
    CHECK(cut.snippet == "Cold first, then heat: wrap an…");
    CHECK(cut.highlights.empty());

    // A little further: "ice pack" stays marked, the trailing comma goes, "muscle" is gone.
    const auto longer = carebook::shortenedSnippet(hit, at("cloth") + 6);
    CHECK(longer.snippet == "Cold first, then heat: wrap an ice pack in a cloth…");
    CHECK(carebook::markedSnippet(longer, "[", "]") == "Cold first, then heat: wrap an [ice pack] in a cloth…");

    // One long word of two-byte letters: cut on a character boundary, still valid UTF-8.
    carebook::SearchHit word;
    word.snippet = std::string(40, 'x') + "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";
    const auto letters = carebook::shortenedSnippet(word, 43);
    CHECK(letters.snippet == std::string(40, 'x') + "\xC3\xA9" + "…");
    CHECK(carebook::sanitizeSearchText(letters.snippet, letters.snippet.size()) == letters.snippet);
}
