// SPDX-License-Identifier: MIT
// `carebook foods`, `carebook food` and the top food sources of `carebook show`, run as a person or a script
// would: the built binary with no display, over the built-in content (which has the USDA food data) and
// over the test fixture (which has none). Figures are checked against the USDA rows in content/foods.
#include "core/util/diagnostics.h"
#include "core/foods/csv_reader.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

using carebook::test::ProcessResult;
using carebook::test::runProcess;
using carebook::test::shellQuote;
using nlohmann::json;

namespace {

ProcessResult runCarebook(const std::string& arguments) {
    return runProcess("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " + std::string(CAREBOOK_APP) + " " +
                      arguments);
}

ProcessResult carebookOnFixture(const std::string& arguments) {
    return runCarebook("--content-db " + shellQuote(CAREBOOK_FIXTURE_DB) + " " + arguments);
}

json jsonOf(const ProcessResult& result) {
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return json::parse(result.out);
}

// The USDA row of a food in content/foods/foods.csv: column name -> text as written.
std::map<std::string, std::string> usdaRow(const std::string& usdaId) {
    carebook::Diagnostics diagnostics;
    static const auto table = carebook::foods::readCsvFile(
        std::filesystem::path(CAREBOOK_SOURCE_DIR) / "content" / "foods" / "foods.csv", diagnostics);
    REQUIRE(table);
    for (const auto& row : table->rows) {
        if (row.fields.at(0) == usdaId) {
            std::map<std::string, std::string> out;
            for (std::size_t i = 0; i < table->header.size(); ++i) {
                out[table->header[i]] = row.fields[i];
            }
            return out;
        }
    }
    FAIL("no USDA row " << usdaId);
    return {};
}

double usdaValue(const std::string& usdaId, const std::string& column) { return std::stod(usdaRow(usdaId).at(column)); }

const json* findRow(const json& rows, const std::string& usdaId) {
    for (const auto& row : rows) {
        if (row.at("usda_id") == usdaId) {
            return &row;
        }
    }
    return nullptr;
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        lines.push_back(line);
    }
    return lines;
}

// Characters on screen before byte `offset` (UTF-8 sequences count once: "½", "¼").
std::size_t columnOf(const std::string& line, std::size_t offset) {
    std::size_t column = 0;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
        column += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 ? 1 : 0;
    }
    return column;
}

std::string firstLineWith(const std::string& text, const std::string& part) {
    for (const auto& line : linesOf(text)) {
        if (line.find(part) != std::string::npos) {
            return line;
        }
    }
    return {};
}

void requireOneLineError(const ProcessResult& result, const std::string& expected) {
    CHECK(result.exitCode == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::StartsWith("carebook: ") && Catch::Contains(expected));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
}

} // namespace

TEST_CASE("foods --nutrient magnesium --per portion --limit 20 reads like a handout", "[foods cli]") {
    const auto result = runCarebook("foods --nutrient magnesium --per portion --limit 20");
    INFO(result.out << result.err);
    REQUIRE(result.exitCode == 0);
    const auto lines = linesOf(result.out);
    CHECK_THAT(lines.at(0), Catch::StartsWith("Magnesium per common portion") && Catch::Contains("420 mg"));
    // The header and 20 numbered lines, each with an amount in mg, a %DV, a portion with its grams, a food.
    std::vector<std::string> ranked;
    std::size_t header = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find("Amount") != std::string::npos && lines[i].find("Food") != std::string::npos) {
            header = i;
        }
    }
    REQUIRE(header > 0);
    for (std::size_t i = header + 1; i < lines.size() && !lines[i].empty(); ++i) {
        ranked.push_back(lines[i]);
    }
    REQUIRE(ranked.size() == 20);
    const auto portionColumn = columnOf(lines[header], lines[header].find("Portion"));
    const auto usdaColumn = columnOf(lines[header], lines[header].find("USDA"));
    const auto foodColumn = columnOf(lines[header], lines[header].find("Food"));
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto& line = ranked[i];
        INFO(line);
        CHECK_THAT(line, Catch::StartsWith(std::string(i + 1 < 10 ? "   " : "  ") + std::to_string(i + 1) + "  "));
        CHECK_THAT(line, Catch::Contains(" mg ") && Catch::Contains("%") && Catch::Contains(" g)"));
        // Aligned columns: the portion and the food start under their headings on every line.
        const auto gramsEnd = line.find(" g)");
        REQUIRE(gramsEnd != std::string::npos);
        CHECK(columnOf(line, line.find_first_not_of(' ', line.find('%') + 1)) == portionColumn);
        // The USDA number under its heading, then the short name under "Food".
        const auto number = line.find_first_not_of(' ', gramsEnd + 3);
        CHECK(columnOf(line, number) == usdaColumn);
        CHECK(columnOf(line, line.find_first_not_of(' ', line.find(' ', number))) == foodColumn);
    }
    // Short common names in the list; `carebook food 12016` has USDA's full name.
    CHECK_THAT(result.out, Catch::Contains("12016  Pumpkin seeds, roasted"));
    CHECK_THAT(runCarebook("food 12016").out,
               Catch::Contains("Seeds, pumpkin and squash seed kernels, roasted, without salt"));
    CHECK_THAT(result.out, Catch::Contains("foods ranked") && Catch::Contains("USDA SR28"));
    // Foods without a USDA value are counted as such, never ranked as zero (survey foods all have one).
    CHECK_THAT(runCarebook("foods --nutrient vitamin-d --limit 3 --uncommon").out, Catch::Contains("(no data, not zero)"));
}

TEST_CASE("foods --json rows carry the agreed keys and the USDA figures", "[foods cli]") {
    const auto out = jsonOf(runCarebook("foods --nutrient magnesium --limit 40 --json"));
    CHECK(out["nutrient"] == "magnesium");
    CHECK(out["basis"] == "portion");
    CHECK(out["daily_value"] == 420);
    const auto& rows = out["rows"];
    REQUIRE(rows.size() == 40);
    double previous = 1e9;
    for (const auto& row : rows) {
        for (const char* key : {"usda_id", "description", "food_group", "amount", "unit", "basis", "portion", "grams",
                                "percent_dv"}) {
            INFO(key);
            CHECK(row.contains(key));
        }
        CHECK(row["basis"] == "portion");
        CHECK(row["unit"] == "mg");
        const double amount = row["amount"];
        CHECK(amount <= previous);
        previous = amount;
        // amount = USDA value per 100 g x grams / 100, and %DV = amount / 420 mg.
        const double per100g = usdaValue(row["usda_id"], "magnesium_mg");
        CHECK(amount == Approx(per100g * row["grams"].get<double>() / 100).margin(0.01));
        CHECK(row["percent_dv"].get<double>() == Approx(amount / 420 * 100).margin(0.06));
    }
    // Roasted pumpkin seeds, 1 oz: USDA 550 mg per 100 g x 28.35 g = 155.9 mg, 37.1% DV.
    const auto* pumpkin = findRow(rows, "12016");
    REQUIRE(pumpkin);
    CHECK((*pumpkin)["portion"] == "1 oz");
    CHECK((*pumpkin)["grams"] == Approx(28.35));
    CHECK((*pumpkin)["amount"] == Approx(usdaValue("12016", "magnesium_mg") * 0.2835).margin(0.01));
    CHECK((*pumpkin)["percent_dv"] == Approx(37.1).margin(0.05));
}

TEST_CASE("foods --per 100g and --per 100kcal", "[foods cli]") {
    const auto per100g = jsonOf(runCarebook("foods --nutrient potassium --per 100g --limit 15 --json"));
    REQUIRE(per100g["rows"].size() == 15);
    for (const auto& row : per100g["rows"]) {
        CHECK(row["basis"] == "100g");
        CHECK(row["portion"] == "100 g");
        CHECK(row["grams"] == 100);
        CHECK(row["amount"].get<double>() == Approx(usdaValue(row["usda_id"], "potassium_mg")).margin(0.01));
        CHECK(row["percent_dv"].get<double>() == Approx(row["amount"].get<double>() / 4700 * 100).margin(0.06));
    }
    const auto density = jsonOf(runCarebook("foods --nutrient calcium --per 100kcal --limit 15 --json"));
    REQUIRE(density["rows"].size() == 15);
    for (const auto& row : density["rows"]) {
        CHECK(row["basis"] == "100kcal");
        CHECK(row["portion"] == "100 kcal");
        const double kcal = usdaValue(row["usda_id"], "energy_kcal");
        CHECK(kcal >= 10);
        CHECK(row["amount"].get<double>() == Approx(usdaValue(row["usda_id"], "calcium_mg") * 100 / kcal).margin(0.01));
    }
    requireOneLineError(runCarebook("foods --nutrient calcium --per week"), "--per takes portion, 100g or 100kcal");
}

TEST_CASE("foods filters: group, hidden brand-name and baby foods, name", "[foods cli]") {
    const auto vegetables =
        jsonOf(runCarebook("foods --nutrient potassium --group 'vegetables and vegetable products' --limit 30 --json"));
    REQUIRE(vegetables["rows"].size() == 30);
    for (const auto& row : vegetables["rows"]) {
        CHECK(row["food_group"] == "Vegetables and Vegetable Products");
    }
    const auto isHidden = [](const json& row) {
        const std::string description = row["description"];
        return row["food_group"] == "Baby Foods" || row["food_group"] == "Restaurant Foods" ||
               row["food_group"] == "Fast Foods" || description.rfind("Babyfood", 0) == 0;
    };
    const auto generic = jsonOf(runCarebook("foods --nutrient sodium --limit 0 --json"));
    const auto all = jsonOf(runCarebook("foods --nutrient sodium --limit 0 --all-foods --json"));
    CHECK(std::none_of(generic["rows"].begin(), generic["rows"].end(), isHidden));
    CHECK(std::any_of(all["rows"].begin(), all["rows"].end(), isHidden));
    CHECK(all["rows"].size() > generic["rows"].size());

    const auto almonds = jsonOf(runCarebook("foods --nutrient magnesium --name almonds --no-folding --limit 0 --json"));
    REQUIRE(!almonds["rows"].empty());
    for (const auto& row : almonds["rows"]) {
        std::string description = row["description"];
        std::transform(description.begin(), description.end(), description.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        CHECK_THAT(description, Catch::Contains("almond"));
        CHECK(row["similar_count"] == 0);
    }
}

TEST_CASE("foods lists commonly eaten foods and says what it leaves out; --uncommon lists every one",
          "[foods cli]") {
    const auto common = jsonOf(runCarebook("foods --nutrient magnesium --limit 30 --json"));
    CHECK(common["survey_foods_only"] == true);
    for (const auto& row : common["rows"]) {
        CHECK(row["survey"] == true);
    }
    CHECK(common["less_common_hidden"].get<int>() > 1000);
    // Conch (15250, not a survey food) is the richest of what was left out.
    REQUIRE(common["richest_less_common"].is_object());
    CHECK(common["richest_less_common"]["usda_id"] == "15250");
    const auto text = runCarebook("foods --nutrient magnesium --limit 5");
    CHECK_THAT(text.out, Catch::Contains("less common foods (not in USDA's food survey list) are not listed") &&
                             Catch::Contains("the richest is Mollusks, conch") && Catch::Contains("--uncommon"));

    const auto every = jsonOf(runCarebook("foods --nutrient magnesium --limit 30 --uncommon --json"));
    CHECK(every["survey_foods_only"] == false);
    CHECK(every["less_common_hidden"] == 0);
    CHECK(every["richest_less_common"].is_null());
    CHECK(every["rows"][0]["usda_id"] == "15250");
    CHECK(every["rows"][0]["survey"] == false);
    CHECK(every["rows"][0]["amount"] == common["richest_less_common"]["amount"]);
    const auto all = jsonOf(runCarebook("foods --nutrient magnesium --limit 30 --all-foods --json"));
    CHECK(all["survey_foods_only"] == false);
    CHECK(all["rows"][0]["usda_id"] == "15250");
}

TEST_CASE("foods --with ranks by several nutrients with the documented score", "[foods cli]") {
    const auto out = jsonOf(runCarebook("foods --nutrient magnesium --with potassium --limit 25 --json"));
    CHECK(out["nutrients"] == json::array({"magnesium", "potassium"}));
    const auto& rows = out["rows"];
    REQUIRE(rows.size() == 25);
    double previous = 1e9;
    for (const auto& row : rows) {
        REQUIRE(row["nutrients"].size() == 2);
        const double magnesium = row["nutrients"][0]["percent_dv"];
        const double potassium = row["nutrients"][1]["percent_dv"];
        // Geometric mean of the %DVs, each capped at 100.
        CHECK(row["score"].get<double>() ==
              Approx(std::sqrt(std::min(100.0, magnesium) * std::min(100.0, potassium))).margin(0.15));
        CHECK(row["score"].get<double>() <= previous);
        previous = row["score"];
        // The first nutrient's figures are also at the top level, as in a single ranking.
        CHECK(row["amount"] == row["nutrients"][0]["amount"]);
        CHECK(row["percent_dv"] == row["nutrients"][0]["percent_dv"]);
    }
    // Repeating --with is the same as a comma list.
    const auto repeated = jsonOf(runCarebook("foods --nutrient magnesium --with potassium --with calcium --limit 5 --json"));
    const auto commas = jsonOf(runCarebook("foods --nutrient magnesium --with potassium,calcium --limit 5 --json"));
    CHECK(repeated["nutrients"] == json::array({"magnesium", "potassium", "calcium"}));
    CHECK(repeated["rows"] == commas["rows"]);

    const auto text = runCarebook("foods --nutrient magnesium --with potassium --limit 5");
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("Magnesium and Potassium per common portion") &&
                             Catch::Contains("geometric mean") && Catch::Contains("Score"));
    requireOneLineError(runCarebook("foods --nutrient magnesium --with water"), "no Daily Value");
}

TEST_CASE("food QUERY shows the best match's profile and the other matches", "[foods cli]") {
    const auto text = runCarebook("food banana");
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::StartsWith("Bananas, raw\n"));
    CHECK_THAT(text.out, Catch::Contains("Per 100 g:") && Catch::Contains("common portion") &&
                             Catch::Contains("Other close matches"));
    // 358 mg of potassium per 100 g (USDA 09040) is 8% of 4,700 mg.
    REQUIRE(usdaRow("09040").at("potassium_mg") == "358");
    CHECK(firstLineWith(text.out, "Potassium") == "  Potassium                358 mg    8% DV");

    const auto out = jsonOf(runCarebook("food spinach boiled --json"));
    CHECK(out["query"] == "spinach boiled");
    REQUIRE(out["matches"].size() >= 2);
    const auto& food = out["food"];
    CHECK(food["usda_id"] == out["matches"][0]["usda_id"]);
    CHECK_THAT(food["description"].get<std::string>(), Catch::StartsWith("Spinach, cooked, boiled"));
    const std::string id = food["usda_id"];
    for (const auto& amount : food["per_100g"]) {
        if (amount["nutrient"] == "magnesium") {
            CHECK(amount["amount"] == Approx(usdaValue(id, "magnesium_mg")));
        }
    }
    REQUIRE(!food["portions"].empty());
    CHECK(food["portions"][0]["common"] == true);
    CHECK(food["portions"][0]["portion"] == "½ cup");
    for (const auto& portion : food["portions"]) {
        const double grams = portion["grams"];
        for (const auto& amount : portion["nutrients"]) {
            if (amount["nutrient"] == "calcium") {
                CHECK(amount["amount"].get<double>() == Approx(usdaValue(id, "calcium_mg") * grams / 100).margin(0.01));
                CHECK(amount["percent_dv"].get<double>() ==
                      Approx(amount["amount"].get<double>() / 1300 * 100).margin(0.06));
            }
        }
    }
    // A blank USDA cell stays blank: null and "no data", never 0. Caraway cheese (01008) has no vitamin D
    // value; sockeye salmon (15086) has one.
    REQUIRE(usdaRow("01008").at("vitamin_d_ug").empty());
    REQUIRE_FALSE(usdaRow("15086").at("vitamin_d_ug").empty());
    for (const char* id : {"01008", "15086"}) {
        const auto profile = jsonOf(runCarebook(std::string("food ") + id + " --json"));
        REQUIRE(profile["food"]["usda_id"] == id);
        for (const auto& amount : profile["food"]["per_100g"]) {
            if (amount["nutrient"] == "vitamin-d") {
                CHECK(amount["amount"].is_null() == usdaRow(id).at("vitamin_d_ug").empty());
                CHECK(amount["percent_dv"].is_null() == usdaRow(id).at("vitamin_d_ug").empty());
            }
        }
    }
    CHECK(firstLineWith(runCarebook("food 01008").out, "Vitamin D (D2 + D3)") == "  Vitamin D (D2 + D3)     no data");
}

TEST_CASE("food and foods errors are one line on stderr: exit 2 for usage, 1 for nothing found", "[foods cli]") {
    requireOneLineError(runCarebook("foods --nutrient zinc"), "unknown nutrient 'zinc'");
    requireOneLineError(runCarebook("foods --nutrient magnesium --group Candy"), "unknown food group 'Candy'");
    requireOneLineError(runCarebook("foods"), "foods needs --nutrient");
    requireOneLineError(runCarebook("foods --nutrient magnesium --limit many"), "--limit takes a whole number");
    requireOneLineError(runCarebook("food"), "wrong number of arguments");
    // The test fixture was compiled without content/foods.
    requireOneLineError(carebookOnFixture("foods --nutrient magnesium"), "no food data");
    requireOneLineError(carebookOnFixture("food banana --json"), "no food data");
    // Nothing found is not a usage error: exit 1, as for search (README's exit codes).
    const auto nothing = runCarebook("food qqqxxzzv");
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.out.empty());
    CHECK_THAT(nothing.err, Catch::StartsWith("carebook: ") && Catch::Contains("no food matches 'qqqxxzzv'"));
}

TEST_CASE("show lists a nutrient article's top food sources: the finder's own ranking", "[foods cli]") {
    const auto article = jsonOf(runCarebook("show magnesium --json"));
    REQUIRE(article.contains("top_foods"));
    const auto& top = article["top_foods"];
    REQUIRE(top.size() == 10);
    const auto ranking = jsonOf(runCarebook("foods --nutrient magnesium --per portion --limit 10 --json"));
    for (std::size_t i = 0; i < top.size(); ++i) {
        CHECK(top[i]["usda_id"] == ranking["rows"][i]["usda_id"]);
        CHECK(top[i]["amount"] == ranking["rows"][i]["amount"]);
        CHECK(top[i]["percent_dv"] == ranking["rows"][i]["percent_dv"]);
    }
    for (const char* id : {"calcium", "potassium", "sodium", "vitamin-d-nutrient", "water"}) {
        INFO(id);
        const auto other = jsonOf(runCarebook(std::string("show ") + id + " --json"));
        CHECK(other["top_foods"].size() == 10);
    }
    CHECK_FALSE(jsonOf(runCarebook("show back-spasm --json")).contains("top_foods"));

    const auto text = runCarebook("show magnesium");
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("Top food sources (per common portion") &&
                             Catch::Contains(top[0]["short_name"].get<std::string>()) &&
                             Catch::Contains(top[0]["usda_id"].get<std::string>()) &&
                             Catch::Contains("More: carebook foods --nutrient magnesium"));
    // The top sources come before the numbered sources.
    CHECK(text.out.find("Top food sources") < text.out.find("\nSources:"));

    // Without food data the article says so (text) or gives null (JSON), and still shows.
    const auto fixture = jsonOf(carebookOnFixture("show magnesium --json"));
    REQUIRE(fixture.contains("top_foods"));
    CHECK(fixture["top_foods"].is_null());
    const auto fixtureText = carebookOnFixture("show magnesium");
    CHECK(fixtureText.exitCode == 0);
    CHECK_THAT(fixtureText.out, Catch::Contains("this content database has no food data"));
}

TEST_CASE("--help lists the food commands", "[foods cli]") {
    const auto help = runCarebook("--help");
    REQUIRE(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("carebook foods --nutrient N") && Catch::Contains("carebook food QUERY"));
}
