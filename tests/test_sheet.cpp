// SPDX-License-Identifier: MIT
// The home-care sheet's core: the saved request as JSON, dates, and what the composer puts on the page.
#include "core/content/article_html.h"
#include "core/content/store.h"
#include "core/sheet/sheet.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <type_traits>

using namespace carebook;
using nlohmann::json;
namespace chr = std::chrono;

namespace {

constexpr chr::year_month_day kNov22{chr::year{2026}, chr::November, chr::day{22}};

ContentStore fixtureStore() { return ContentStore::openFile(CAREBOOK_FIXTURE_DB); }
ContentStore realStore() { return ContentStore::openFile(CAREBOOK_CONTENT_DB); }

SheetComposeOptions onDay(chr::year_month_day today) {
    SheetComposeOptions options;
    options.today = today;
    return options;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++count;
    }
    return count;
}

std::string fieldOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const SheetError& e) {
        return e.field() + "|" + e.what();
    }
    return "(no error)";
}

} // namespace

// The red-flags box cannot be left out: nothing outside the composer can make a sheet.
static_assert(!std::is_default_constructible_v<SheetDocument>);

TEST_CASE("a sheet request survives a JSON round trip", "[sheet][json]") {
    SheetRequest request;
    request.symptomId = "back-spasm";
    request.name = "Zoë <Ann> & \"Bo\" · Σωκράτης · דוד";
    request.startDate = "2026-11-22";
    request.include = std::vector<std::string>{"cold-therapy", "heat-therapy"};
    request.notes = "Line one\nLine two";
    request.paper = Paper::Letter;
    const auto text = toJson(request).dump(2);
    CHECK(SheetRequest::fromJsonText(text) == request);

    SheetRequest proposal;
    proposal.symptomId = "muscle-cramp";
    const auto json = toJson(proposal);
    CHECK_FALSE(json.contains("include")); // "the composer's proposal" is not the same as "nothing"
    const auto back = SheetRequest::fromJsonText(json.dump());
    CHECK(back == proposal);
    CHECK_FALSE(back.include.has_value());

    SheetRequest nothing = proposal;
    nothing.include = std::vector<std::string>{};
    const auto emptyBack = SheetRequest::fromJsonText(toJson(nothing).dump());
    REQUIRE(emptyBack.include.has_value());
    CHECK(emptyBack.include->empty());
}

TEST_CASE("a broken saved sheet names the field that is wrong", "[sheet][json]") {
    CHECK_THAT(fieldOf([] { SheetRequest::fromJsonText(std::string_view("{\"symptom\": ")); }),
               Catch::StartsWith("|not valid JSON at line 1"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJsonText(std::string_view("[1, 2]")); }),
               Catch::Contains("JSON object"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"name", "Ann"}}); }), Catch::StartsWith("symptom|"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", 5}}); }),
               Catch::StartsWith("symptom|") && Catch::Contains("expected text"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", "back-spasm"}, {"start", "2026-02-30"}}); }),
               Catch::StartsWith("start|") && Catch::Contains("2026-02-30"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", "back-spasm"}, {"include", {"a", 3}}}); }),
               Catch::StartsWith("include[1]|"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", "back-spasm"}, {"include", "a,b"}}); }),
               Catch::StartsWith("include|"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", "back-spasm"}, {"paper", "a5"}}); }),
               Catch::StartsWith("paper|") && Catch::Contains("a4 or letter"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", "back-spasm"}, {"nmae", "Ann"}}); }),
               Catch::StartsWith("nmae|") && Catch::Contains("did you mean 'name'"));
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", "back-spasm"}, {"version", 9}}); }),
               Catch::StartsWith("version|") && Catch::Contains("newer"));
}

TEST_CASE("large print is saved only where it is used, so older Carebooks still open the rest", "[sheet][json]") {
    SheetRequest request;
    request.symptomId = "back-spasm";
    CHECK(toJson(request)["version"] == 1);
    CHECK_FALSE(toJson(request).contains("large_print"));
    request.largePrint = true;
    const auto saved = toJson(request);
    CHECK(saved["version"] == kSheetRequestVersion);
    CHECK(saved["large_print"] == true);
    CHECK(SheetRequest::fromJsonText(saved.dump()) == request);
    CHECK_THAT(fieldOf([] { SheetRequest::fromJson(json{{"symptom", "back-spasm"}, {"large_print", "yes"}}); }),
               Catch::StartsWith("large_print|") && Catch::Contains("true or false"));
}

TEST_CASE("each text size's stylesheet keeps every size to its floor", "[sheet][html]") {
    auto store = realStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    const auto sheet = composeSheet(store, request, onDay(chr::year_month_day{chr::year{2026}, chr::November, chr::day{22}}));
    for (const auto size : {SheetTextSize::Regular, SheetTextSize::Compact, SheetTextSize::Large}) {
        const auto html = renderSheetHtml(sheet, size);
        std::vector<double> sizes;
        static const std::regex fontSize(R"(font-size: ([0-9.]+)pt)");
        for (std::sregex_iterator it(html.begin(), html.end(), fontSize), end; it != end; ++it) {
            sizes.push_back(std::stod((*it)[1]));
        }
        REQUIRE(sizes.size() > 20);
        INFO("size " << static_cast<int>(size));
        CHECK(*std::min_element(sizes.begin(), sizes.end()) >= sheetSmallestPoints(size));
        CHECK_THAT(html, Catch::Contains("body { font-family: \"DejaVu Sans Condensed\", \"DejaVu Sans\", \"Noto Sans\", "
                                         "sans-serif; font-size: " +
                                         std::to_string(static_cast<int>(sheetBodyPoints(size))) + ".0pt"));
    }
    CHECK(sheetBodyPoints(SheetTextSize::Regular) == 10.0);
    CHECK(sheetSmallestPoints(SheetTextSize::Regular) == 9.0);
    CHECK(sheetSmallestPoints(SheetTextSize::Large) == 12.0);
}

TEST_CASE("dates are strict and print in plain words", "[sheet][dates]") {
    CHECK(parseIsoDate("2028-02-29").has_value());
    CHECK_FALSE(parseIsoDate("2026-02-29").has_value());
    CHECK_FALSE(parseIsoDate("2026-2-03").has_value());
    CHECK_FALSE(parseIsoDate("2026-13-01").has_value());
    CHECK_FALSE(parseIsoDate("22/11/2026").has_value());
    CHECK_FALSE(parseIsoDate("").has_value());
    CHECK(isoDate(*parseIsoDate("2026-11-22")) == "2026-11-22");
    CHECK(longDate(kNov22) == "Sunday 22 November 2026");
    const auto nov30 = *parseIsoDate("2026-11-30");
    CHECK(dateRange(kNov22, *parseIsoDate("2026-11-24")) == "22–24 Nov");
    CHECK(dateRange(nov30, *parseIsoDate("2026-12-02")) == "30 Nov – 2 Dec");
    CHECK(dateRange(*parseIsoDate("2026-12-30"), *parseIsoDate("2027-01-01")) == "30 Dec 2026 – 1 Jan 2027");
}

TEST_CASE("the schedule gives real dates and takes its advice from the content", "[sheet][compose]") {
    const auto store = fixtureStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    request.startDate = "2026-11-30";
    const auto sheet = composeSheet(store, request, onDay(kNov22));
    REQUIRE(sheet.schedule.size() >= 2);
    const auto& first = sheet.schedule[0];
    CHECK(first.phase == "first-72h");
    CHECK(first.label == "Days 1–3");
    CHECK(first.dates == "30 Nov – 2 Dec");
    REQUIRE(first.items.size() == 1);
    CHECK(first.items[0].remedyId == "cold-therapy");
    // The fixture's symptom gives no note for cold in the first 72 hours: the remedy's own timing is used.
    const auto cold = store.article("cold-therapy");
    CHECK(first.items[0].advice == cold->content.remedy()->timing);
    const auto& after = sheet.schedule[1];
    CHECK(after.label == "From day 4");
    CHECK(after.dates == "3 Dec");
    REQUIRE(after.items.size() == 1);
    CHECK(after.items[0].advice == "Once the first three days have passed.");
    CHECK(sheet.redFlags().size() == store.redFlagsFor("back-spasm").size());
    CHECK(sheet.contentVersion == "test.1");
    CHECK(isoDate(sheet.madeOn) == "2026-11-22");
}

TEST_CASE("without a start date the plan starts on the day it is made", "[sheet][compose]") {
    const auto store = fixtureStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    const auto sheet = composeSheet(store, request, onDay(kNov22));
    CHECK(isoDate(sheet.startDate) == "2026-11-22");
    CHECK(sheet.schedule.at(0).dates == "22–24 Nov");
}

TEST_CASE("the proposal for a back spasm is a plan a person can follow at home", "[sheet][compose]") {
    const auto store = realStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    request.startDate = "2026-11-22";
    const auto sheet = composeSheet(store, request, onDay(kNov22));

    CHECK(sheet.exercises.size() >= 2);
    CHECK(sheet.exercises.size() <= kMaxSheetExercises);
    for (const auto& exercise : sheet.exercises) {
        INFO(exercise.remedyId);
        CHECK_FALSE(exercise.steps.empty());
        CHECK_FALSE(exercise.timing.empty());
        REQUIRE_FALSE(exercise.illustration.empty());
        CHECK(std::filesystem::exists(std::filesystem::path(CAREBOOK_SOURCE_DIR) / "resources" / "illustrations" /
                                      (exercise.illustration + ".svg")));
    }
    CHECK(sheet.exercises.front().from == "From day 1 (22 Nov)");

    // Cold in days 1–3 and heat from day 4, as the symptom's content says.
    const auto row = [&](const std::string& phase) -> const SheetScheduleRow* {
        for (const auto& candidate : sheet.schedule) {
            if (candidate.phase == phase) {
                return &candidate;
            }
        }
        return nullptr;
    };
    const auto* first = row("first-72h");
    const auto* after = row("after-72h");
    REQUIRE(first);
    REQUIRE(after);
    const auto has = [](const SheetScheduleRow& r, const std::string& id) {
        return std::any_of(r.items.begin(), r.items.end(), [&](const SheetScheduleItem& i) { return i.remedyId == id; });
    };
    CHECK(has(*first, "cold-therapy"));
    CHECK(has(*after, "heat-therapy"));
    CHECK(has(*after, "stay-active"));
    CHECK_FALSE(has(*first, "otc-pain-relievers")); // medicines are offered, not proposed
    CHECK(row("with-a-clinician") == nullptr);

    // Foods come from the nutrient articles; without food data no figure is printed.
    REQUIRE_FALSE(sheet.foods.empty());
    for (const auto& nutrient : sheet.foods) {
        const auto article = store.article(nutrient.nutrientId);
        REQUIRE(article);
        const auto examples = article->content.nutrient()->foodExamples;
        for (const auto& food : nutrient.foods) {
            CHECK(std::find(examples.begin(), examples.end(), food.food) != examples.end());
            CHECK(food.amount.empty());
            CHECK_FALSE(food.percentDailyValue.has_value());
        }
    }
    CHECK(sheet.hydration.has_value());
    CHECK(sheet.redFlags().size() == store.redFlagsFor("back-spasm").size());

    // The tick grid: every item the plan asks for day by day, once, over seven days from the start.
    const auto& items = sheet.tracker.items;
    const auto listed = [&](const std::string& title) { return std::count(items.begin(), items.end(), title); };
    CHECK(listed("Stay active") == 1); // in days 1–3 and from day 4, ticked on one line
    CHECK(listed("Cold therapy (ice pack)") == 1);
    CHECK(listed(sheet.hydration->title) == 1);
    for (const auto& exercise : sheet.exercises) {
        CHECK(listed(exercise.title) == 1);
    }
    for (const auto& scheduled : sheet.schedule) {
        for (const auto& item : scheduled.items) {
            // What to do when a spasm starts is not a daily task.
            CHECK(listed(item.title) == (scheduled.phase == "now" && !has(*first, item.remedyId) &&
                                                 !has(*after, item.remedyId)
                                             ? 0
                                             : 1));
        }
    }
    // A plan with nothing daily (twitching: stretch when it starts, and foods) ticks what it has.
    SheetRequest twitching;
    twitching.symptomId = "muscle-twitching";
    const auto twitchSheet = composeSheet(store, twitching, onDay(kNov22));
    CHECK(twitchSheet.tracker.items == std::vector<std::string>{"Stretch and rub a cramping muscle"});
    REQUIRE(sheet.tracker.days.size() == 7);
    CHECK(isoDate(sheet.tracker.days.front()) == "2026-11-22");
    CHECK(isoDate(sheet.tracker.days.back()) == "2026-11-28");
}

TEST_CASE("the sheet's HTML has a weekly tick grid with dated days and a pain row", "[sheet][html][tracker]") {
    const auto store = realStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    request.startDate = "2026-11-29"; // the week runs into December
    const auto sheet = composeSheet(store, request, onDay(kNov22));
    const auto html = renderSheetHtml(sheet);
    const auto tracker = html.substr(html.find("<table class=\"tracker\""));
    const auto grid = tracker.substr(0, tracker.find("</table>"));
    CHECK_THAT(html, Catch::Contains("Tick what you did this week"));
    CHECK_THAT(html, Catch::Contains("Sunday 29 November 2026"));
    // Seven days; the month is named where it changes.
    for (const std::string day : {"Sun 29", "Mon 30", "Tue 1 Dec", "Wed 2", "Thu 3", "Fri 4", "Sat 5"}) {
        CHECK_THAT(grid, Catch::Contains(">" + day + "<"));
    }
    CHECK(occurrences(grid, "<tr>") == 1 + sheet.tracker.items.size() + 1); // the days, the items, the pain
    for (const auto& item : sheet.tracker.items) {
        CHECK_THAT(grid, Catch::Contains(">" + escapeHtml(item) + "<"));
    }
    CHECK_THAT(grid, Catch::Contains("Pain tonight: 0 (none) to 10 (worst)"));
    // Each row has one empty box per day to tick.
    CHECK(occurrences(grid, "<td></td>") == 7 * (sheet.tracker.items.size() + 1));
}

TEST_CASE("fixed headings come from the labels, so a translation can give its own", "[sheet][html]") {
    const auto store = realStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    const auto sheet = composeSheet(store, request, onDay(kNov22));
    SheetLabels labels;
    labels.redFlags = "Wanneer hulp zoeken";
    labels.tracker = "Vink af wat je deed";
    labels.trackerPain = "Pijn vanavond";
    const auto html = renderSheetHtml(sheet, SheetTextSize::Regular, labels);
    CHECK_THAT(html, Catch::Contains("Wanneer hulp zoeken") && Catch::Contains("Vink af wat je deed") &&
                         Catch::Contains("Pijn vanavond"));
    CHECK_THAT(html, !Catch::Contains("When to get help") && !Catch::Contains("Tick what you did"));
}

TEST_CASE("food figures come from the food source when there is one", "[sheet][compose]") {
    const auto store = realStore();
    SheetRequest request;
    request.symptomId = "muscle-cramp";
    auto options = onDay(kNov22);
    std::vector<std::string> asked;
    options.foodSource = [&](const std::string& key, std::size_t count) {
        asked.push_back(key);
        std::vector<SheetFood> foods;
        for (std::size_t i = 0; i < count; ++i) {
            foods.push_back({key + " food " + std::to_string(i), "1 cup", "10 mg", 12.5});
        }
        return foods;
    };
    const auto sheet = composeSheet(store, request, options);
    CHECK(std::find(asked.begin(), asked.end(), "magnesium") != asked.end());
    REQUIRE_FALSE(sheet.foods.empty());
    CHECK(sheet.foods[0].withFigures);
    const auto html = renderSheetHtml(sheet);
    CHECK_THAT(html, Catch::Contains("<b>magnesium food 0</b> 1 cup — 10 mg <span class=\"advice\">(13% DV)</span>"));
}

TEST_CASE("chosen items are the ones printed, in the content's order", "[sheet][compose]") {
    const auto store = realStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    request.include = std::vector<std::string>{"plank-exercise", "cold-therapy", "bridge-exercise", "cold-therapy"};
    const auto sheet = composeSheet(store, request, onDay(kNov22));
    REQUIRE(sheet.exercises.size() == 2);
    CHECK(sheet.exercises[0].remedyId == "bridge-exercise");
    CHECK(sheet.exercises[1].remedyId == "plank-exercise");
    CHECK(sheet.exercises[0].from == "Over the coming weeks");
    CHECK(sheet.foods.empty());
    CHECK_FALSE(sheet.hydration.has_value());
    REQUIRE(sheet.schedule.size() == 1); // cold is listed "now" and "first-72h": one line, in days 1–3
    CHECK(sheet.schedule[0].phase == "first-72h");
    CHECK(sheet.schedule[0].items.size() == 1);
}

TEST_CASE("a choice that cannot be made says which field and why", "[sheet][compose]") {
    const auto store = realStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    CHECK_THAT(fieldOf([&] {
                   auto r = request;
                   r.symptomId = "back-spams";
                   composeSheet(store, r, onDay(kNov22));
               }),
               Catch::StartsWith("symptom|") && Catch::Contains("did you mean 'back-spasm'"));
    CHECK_THAT(fieldOf([&] {
                   auto r = request;
                   r.symptomId = "cold-therapy";
                   composeSheet(store, r, onDay(kNov22));
               }),
               Catch::StartsWith("symptom|") && Catch::Contains("not a symptom"));
    CHECK_THAT(fieldOf([&] {
                   auto r = request;
                   r.include = std::vector<std::string>{"cold-therapy", "cold-theraphy"};
                   composeSheet(store, r, onDay(kNov22));
               }),
               Catch::StartsWith("include[1]|") && Catch::Contains("did you mean 'cold-therapy'"));
    CHECK_THAT(fieldOf([&] {
                   auto r = request;
                   r.include = std::vector<std::string>{"knee-to-chest-stretch", "pelvic-tilt", "cat-cow-stretch",
                                                        "bridge-exercise", "plank-exercise"};
                   composeSheet(store, r, onDay(kNov22));
               }),
               Catch::StartsWith("include|") && Catch::Contains("at most 4 exercises"));
    CHECK_THAT(fieldOf([&] {
                   auto r = request;
                   r.startDate = "tomorrow";
                   composeSheet(store, r, onDay(kNov22));
               }),
               Catch::StartsWith("start|"));
    CHECK_THAT(fieldOf([&] {
                   auto r = request;
                   r.name = std::string(kMaxSheetNameBytes + 1, 'A');
                   composeSheet(store, r, onDay(kNov22));
               }),
               Catch::StartsWith("name|"));
    CHECK_THAT(fieldOf([&] {
                   auto r = request;
                   r.notes = "caf\xC3";
                   composeSheet(store, r, onDay(kNov22));
               }),
               Catch::StartsWith("notes|") && Catch::Contains("UTF-8"));
}

TEST_CASE("the HTML prints what people type literally, and always the red flags", "[sheet][html]") {
    const auto store = realStore();
    SheetRequest request;
    request.symptomId = "back-spasm";
    request.name = "<b>Ann</b> & \"Bo\"";
    request.notes = "<script>x</script>\nSecond line";
    request.include = std::vector<std::string>{}; // nothing chosen: the warning signs are still there
    const auto sheet = composeSheet(store, request, onDay(kNov22));
    const auto html = renderSheetHtml(sheet);
    CHECK_THAT(html, Catch::Contains("&lt;b&gt;Ann&lt;/b&gt; &amp; &quot;Bo&quot;"));
    CHECK_THAT(html, !Catch::Contains("<b>Ann</b>"));
    CHECK_THAT(html, Catch::Contains("&lt;script&gt;x&lt;/script&gt;<br>Second line"));
    CHECK_THAT(html, Catch::Contains("When to get help"));
    for (const auto& flag : store.redFlagsFor("back-spasm")) { // printed in their short form
        REQUIRE_FALSE(flag.shortText.empty());
        CHECK_THAT(html, Catch::Contains(escapeHtml(flag.shortText)));
    }
    CHECK_THAT(html, Catch::Contains(escapeHtml(store.edition().contentVersion)));
    CHECK_THAT(html, Catch::Contains("Sunday 22 November 2026"));
}

TEST_CASE("every remedy that names an illustration has its drawing", "[sheet][illustrations]") {
    const auto store = realStore();
    std::size_t illustrated = 0;
    for (const auto& summary : store.list(ArticleKind::Remedy)) {
        const auto article = store.article(summary.id);
        REQUIRE(article);
        if (article->content.remedy()->illustration.empty()) {
            continue;
        }
        ++illustrated;
        const auto file = std::filesystem::path(CAREBOOK_SOURCE_DIR) / "resources" / "illustrations" /
                          (article->content.remedy()->illustration + ".svg");
        INFO(file);
        REQUIRE(std::filesystem::exists(file));
        const auto svg = test::readText(file);
        CHECK_THAT(svg, Catch::Contains("viewBox=\"0 0 240 160\""));
        CHECK_THAT(svg, Catch::Contains("<title>"));
        // The sheet's two drawings: where the move starts and where it ends, in the four colours the
        // app recolours from the theme and no other.
        for (const std::string position : {"-start", "-end"}) {
            const auto drawing = file.parent_path() / (article->content.remedy()->illustration + position + ".svg");
            INFO(drawing);
            REQUIRE(std::filesystem::exists(drawing));
            const auto text = test::readText(drawing);
            // The sheet's pair is cropped to the figures (no empty sky), so it prints larger in its box.
            CHECK_THAT(text, Catch::Contains("viewBox=\"0 12 240 128\""));
            CHECK(std::regex_search(text, std::regex("<title>(Start|End): [^<]{10,}</title>")));
            std::set<std::string> colours;
            const std::regex colour("#[0-9a-fA-F]{6}");
            for (std::sregex_iterator it(text.begin(), text.end(), colour), end; it != end; ++it) {
                colours.insert(it->str());
            }
            const std::set<std::string> theme{"#24507a", "#e8590c", "#dbe5ef", "#ffffff"};
            CHECK(std::includes(theme.begin(), theme.end(), colours.begin(), colours.end()));
            CHECK(colours.count("#24507a") == 1); // the figure
            CHECK(colours.count("#dbe5ef") == 1); // the floor
            if (position == "-end") {
                CHECK(colours.count("#e8590c") == 1); // what moves, and the arrow saying where
            }
        }
    }
    CHECK(illustrated >= 5);
}
