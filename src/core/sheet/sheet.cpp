// SPDX-License-Identifier: MIT
#include "core/sheet/sheet.h"

#include "core/util/safe_file.h"
#include "core/content/article_html.h"
#include "core/util/json_document.h"
#include "core/util/text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <ctime>
#include <set>

namespace carebook {

using nlohmann::json;
namespace chr = std::chrono;

std::string_view paperKey(Paper paper) { return paper == Paper::Letter ? "letter" : "a4"; }

std::optional<Paper> paperFromKey(std::string_view key) {
    const auto lower = toLowerAscii(key);
    if (lower == "a4") {
        return Paper::A4;
    }
    if (lower == "letter") {
        return Paper::Letter;
    }
    return std::nullopt;
}

SheetError::SheetError(std::string field, const std::string& message)
    : std::runtime_error(field.empty() ? message : field + ": " + message), m_field(std::move(field)) {}

std::string_view sheetSectionKey(SheetSection section) {
    switch (section) {
    case SheetSection::Schedule:
        return "schedule";
    case SheetSection::Exercise:
        return "exercise";
    case SheetSection::Foods:
        return "foods";
    case SheetSection::Hydration:
        return "hydration";
    }
    return "schedule";
}

// ---- dates ----

std::optional<chr::year_month_day> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = text[starts[i] + k];
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    const chr::year_month_day date{chr::year{parts[0]}, chr::month{static_cast<unsigned>(parts[1])},
                                   chr::day{static_cast<unsigned>(parts[2])}};
    if (!date.ok() || parts[0] < 1900) {
        return std::nullopt;
    }
    return date;
}

std::string isoDate(chr::year_month_day date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

chr::year_month_day todayLocalDate() {
    // g++ 12 has no chrono time zones yet; the C library knows the local date.
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return chr::year_month_day{chr::year{local.tm_year + 1900}, chr::month{static_cast<unsigned>(local.tm_mon + 1)},
                               chr::day{static_cast<unsigned>(local.tm_mday)}};
}

namespace {

constexpr std::array<const char*, 12> kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

std::string monthShort(chr::month month) {
    return std::string(kMonthNames.at(static_cast<unsigned>(month) - 1)).substr(0, 3);
}

std::string dayNumber(chr::year_month_day date) { return std::to_string(static_cast<unsigned>(date.day())); }

chr::year_month_day addDays(chr::year_month_day date, int days) {
    return chr::year_month_day{chr::sys_days{date} + chr::days{days}};
}

} // namespace

std::string shortDate(chr::year_month_day date) { return dayNumber(date) + " " + monthShort(date.month()); }

std::string longDate(chr::year_month_day date) {
    const chr::weekday weekday{chr::sys_days{date}};
    return std::string(kWeekdayNames.at(weekday.c_encoding())) + " " + dayNumber(date) + " " +
           kMonthNames.at(static_cast<unsigned>(date.month()) - 1) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string dateRange(chr::year_month_day first, chr::year_month_day last) {
    if (first.year() != last.year()) {
        return shortDate(first) + " " + std::to_string(static_cast<int>(first.year())) + " – " + shortDate(last) +
               " " + std::to_string(static_cast<int>(last.year()));
    }
    if (first.month() != last.month()) {
        return shortDate(first) + " – " + shortDate(last);
    }
    return dayNumber(first) + "–" + shortDate(last);
}

// ---- the request as JSON ----

namespace {

const std::vector<std::string> kRequestFields = {"format", "version", "symptom", "name",
                                                 "start",  "include", "notes",   "paper"};
constexpr const char* kFormatName = "carebook-sheet";

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= text.size()) {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (next & 0x3F);
        }
        const std::uint32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (code < minimum[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

const json& member(const json& object, const char* key) { return object.at(key); }

std::string stringField(const json& object, const char* key) {
    const auto& value = member(object, key);
    if (!value.is_string()) {
        throw SheetError(key, std::string("expected text, found ") + value.type_name());
    }
    return value.get<std::string>();
}

} // namespace

json toJson(const SheetRequest& request) {
    json out = json::object();
    out["format"] = kFormatName;
    out["version"] = kSheetRequestVersion;
    out["symptom"] = request.symptomId;
    if (!request.name.empty()) {
        out["name"] = request.name;
    }
    if (!request.startDate.empty()) {
        out["start"] = request.startDate;
    }
    if (request.include) {
        out["include"] = *request.include;
    }
    if (!request.notes.empty()) {
        out["notes"] = request.notes;
    }
    out["paper"] = std::string(paperKey(request.paper));
    return out;
}

SheetRequest SheetRequest::fromJson(const json& object) {
    if (!object.is_object()) {
        throw SheetError("", std::string("a saved sheet is a JSON object, found ") + object.type_name());
    }
    for (const auto& [key, value] : object.items()) {
        if (std::find(kRequestFields.begin(), kRequestFields.end(), key) == kRequestFields.end()) {
            const auto suggestion = closestMatch(key, kRequestFields);
            throw SheetError(key, "unknown field" + (suggestion.empty() ? "" : " (did you mean '" + suggestion + "'?)"));
        }
    }
    if (object.contains("format") && object.at("format") != kFormatName) {
        throw SheetError("format", std::string("expected \"") + kFormatName + "\"");
    }
    if (object.contains("version")) {
        const auto& version = object.at("version");
        if (!version.is_number_integer()) {
            throw SheetError("version", std::string("expected a whole number, found ") + version.type_name());
        }
        if (version.get<long long>() > kSheetRequestVersion) {
            throw SheetError("version", "this sheet was saved by a newer Carebook (version " +
                                            std::to_string(version.get<long long>()) + ")");
        }
        if (version.get<long long>() < 1) {
            throw SheetError("version", "expected 1, found " + std::to_string(version.get<long long>()));
        }
    }
    SheetRequest request;
    if (!object.contains("symptom")) {
        throw SheetError("symptom", "missing (the id of a symptom, such as \"back-spasm\")");
    }
    request.symptomId = stringField(object, "symptom");
    if (!isKebabId(request.symptomId)) {
        throw SheetError("symptom", "'" + request.symptomId + "' is not an article id");
    }
    if (object.contains("name")) {
        request.name = stringField(object, "name");
    }
    if (object.contains("start")) {
        request.startDate = stringField(object, "start");
        if (!request.startDate.empty() && !parseIsoDate(request.startDate)) {
            throw SheetError("start", "'" + request.startDate + "' is not a date in the form YYYY-MM-DD");
        }
    }
    if (object.contains("include")) {
        const auto& include = object.at("include");
        if (!include.is_array()) {
            throw SheetError("include", std::string("expected a list of remedy ids, found ") + include.type_name());
        }
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < include.size(); ++i) {
            const std::string field = "include[" + std::to_string(i) + "]";
            if (!include[i].is_string()) {
                throw SheetError(field, std::string("expected a remedy id, found ") + include[i].type_name());
            }
            ids.push_back(include[i].get<std::string>());
            if (!isKebabId(ids.back())) {
                throw SheetError(field, "'" + ids.back() + "' is not an article id");
            }
        }
        request.include = std::move(ids);
    }
    if (object.contains("notes")) {
        request.notes = stringField(object, "notes");
    }
    if (object.contains("paper")) {
        const auto key = stringField(object, "paper");
        const auto paper = paperFromKey(key);
        if (!paper) {
            throw SheetError("paper", "'" + key + "' is not a paper size (a4 or letter)");
        }
        request.paper = *paper;
    }
    return request;
}

SheetRequest SheetRequest::fromJsonText(std::string_view text) {
    JsonDocument document;
    JsonParseError error;
    if (!parseJsonDocument(text, document, error)) {
        throw SheetError("", "not valid JSON at line " + std::to_string(error.position.line) + ", column " +
                                 std::to_string(error.position.column) + ": " + error.message);
    }
    return fromJson(document.value);
}

// ---- composing ----

namespace {

bool hasIllustration(const json& data) { return data.contains("illustration") && data.at("illustration").is_string(); }

std::vector<std::string> stringList(const json& data, const char* key) {
    std::vector<std::string> out;
    if (data.contains(key) && data.at(key).is_array()) {
        for (const auto& item : data.at(key)) {
            if (item.is_string()) {
                out.push_back(item.get<std::string>());
            }
        }
    }
    return out;
}

std::string stringValue(const json& data, const char* key) {
    return data.contains(key) && data.at(key).is_string() ? data.at(key).get<std::string>() : std::string();
}

SheetSection sectionFor(const std::string& category, const json& data) {
    const auto nutrients = stringList(data, "nutrients");
    if (std::find(nutrients.begin(), nutrients.end(), "water") != nutrients.end()) {
        return SheetSection::Hydration;
    }
    if (category == "diet") {
        return SheetSection::Foods;
    }
    if ((category == "stretch" || category == "exercise") && hasIllustration(data)) {
        return SheetSection::Exercise;
    }
    return SheetSection::Schedule;
}

// The composer proposes what a person can do at home without asking anyone: cold and heat, keeping
// active, stretches, a few illustrated exercises, foods and drinks. Medicines, products, hands-on and
// clinician care are offered as choices but left unticked. Two exercises leave room on Letter paper for
// everything else; a third or fourth fits when the person drops something else, and the builder says so.
constexpr std::size_t kProposedExercises = 2;

bool proposedByDefault(SheetSection section, const std::string& category) {
    switch (section) {
    case SheetSection::Exercise:
    case SheetSection::Foods:
    case SheetSection::Hydration:
        return true;
    case SheetSection::Schedule:
        return category == "cold-heat" || category == "activity" || category == "stretch";
    }
    return false;
}

struct ChoiceDetail {
    SheetChoice choice;
    Article article;
};

std::vector<ChoiceDetail> loadChoices(const ContentStore& store, const std::vector<LinkedArticle>& links) {
    std::vector<ChoiceDetail> out;
    std::size_t exercises = 0;
    for (const auto& link : links) {
        const auto& id = link.article.id;
        if (std::any_of(out.begin(), out.end(), [&](const ChoiceDetail& d) { return d.choice.remedyId == id; })) {
            continue;
        }
        auto article = store.article(id);
        if (!article) {
            continue; // the compiler guarantees links resolve; a broken database simply offers less
        }
        SheetChoice choice;
        choice.remedyId = id;
        choice.title = article->summary.title;
        choice.category = stringValue(article->data, "category");
        choice.section = sectionFor(choice.category, article->data);
        choice.firstPhase = link.phase;
        choice.proposed = proposedByDefault(choice.section, choice.category) &&
                          !(choice.section == SheetSection::Exercise && exercises >= kProposedExercises) &&
                          link.phase != "with-a-clinician";
        if (choice.section == SheetSection::Exercise && choice.proposed) {
            ++exercises;
        }
        out.push_back({std::move(choice), std::move(*article)});
    }
    return out;
}

Article requireSymptom(const ContentStore& store, const std::string& symptomId) {
    if (symptomId.empty()) {
        throw SheetError("symptom", "missing (the id of a symptom, such as \"back-spasm\")");
    }
    auto article = store.article(symptomId);
    if (!article || article->summary.kind != ArticleKind::Symptom) {
        std::vector<std::string> ids;
        for (const auto& symptom : store.list(ArticleKind::Symptom)) {
            ids.push_back(symptom.id);
        }
        const auto suggestion = closestMatch(symptomId, ids);
        throw SheetError("symptom", (article ? "'" + symptomId + "' is a " + std::string(kindName(article->summary.kind)) +
                                                   ", not a symptom"
                                             : "no symptom '" + symptomId + "'") +
                                        (suggestion.empty() ? std::string(" (try: carebook list --kind symptom)")
                                                            : " (did you mean '" + suggestion + "'?)"));
    }
    return std::move(*article);
}

// Names may not carry line breaks or control characters; notes keep their line breaks.
std::string cleanText(std::string_view text, bool keepLineBreaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                continue;
            }
            out += keepLineBreaks ? '\n' : ' ';
        } else if (c == '\n') {
            out += keepLineBreaks ? '\n' : ' ';
        } else if (c == '\t') {
            out += ' ';
        } else if (c < 0x20 || c == 0x7F) {
            continue;
        } else {
            out += static_cast<char>(c);
        }
    }
    return trim(out);
}

std::string phaseNote(const std::vector<LinkedArticle>& links, const std::string& remedyId, const std::string& phase) {
    for (const auto& link : links) {
        if (link.article.id == remedyId && link.phase == phase) {
            return link.note;
        }
    }
    return {};
}

// Day 1 is the start date; the content's phases are "the first 72 hours" and "after 72 hours".
std::string phaseStartText(const std::string& phase, chr::year_month_day start) {
    if (phase == "now" || phase == "first-72h") {
        return "From day 1 (" + shortDate(start) + ")";
    }
    if (phase == "after-72h") {
        return "From day 4 (" + shortDate(addDays(start, 3)) + ")";
    }
    return std::string(phaseLabel(phase));
}

} // namespace

std::vector<SheetChoice> sheetChoices(const ContentStore& store, const std::string& symptomId) {
    requireSymptom(store, symptomId);
    std::vector<SheetChoice> out;
    for (auto& detail : loadChoices(store, store.remediesForSymptom(symptomId))) {
        out.push_back(std::move(detail.choice));
    }
    return out;
}

SheetDocument::SheetDocument(std::vector<RedFlag> redFlags) : m_redFlags(std::move(redFlags)) {}

SheetDocument composeSheet(const ContentStore& store, const SheetRequest& request, const SheetComposeOptions& options) {
    const auto symptom = requireSymptom(store, request.symptomId);

    auto start = options.today;
    if (!request.startDate.empty()) {
        const auto parsed = parseIsoDate(request.startDate);
        if (!parsed) {
            throw SheetError("start", "'" + request.startDate + "' is not a date in the form YYYY-MM-DD");
        }
        start = *parsed;
    }
    if (!isValidUtf8(request.name)) {
        throw SheetError("name", "not valid UTF-8 text");
    }
    if (!isValidUtf8(request.notes)) {
        throw SheetError("notes", "not valid UTF-8 text");
    }
    // Bidi controls out: a right-to-left override would print the name backwards (and hide what follows).
    const auto name = cleanText(withoutBidiControls(request.name), false);
    if (name.size() > kMaxSheetNameBytes) {
        throw SheetError("name", "too long for the sheet's heading (at most " + std::to_string(kMaxSheetNameBytes) +
                                     " bytes, this one has " + std::to_string(name.size()) + ")");
    }
    const auto notes = cleanText(withoutBidiControls(request.notes), true);
    if (notes.size() > kMaxSheetNotesBytes) {
        throw SheetError("notes", "too long to fit on one page (" + std::to_string(notes.size()) +
                                      " bytes; shorten them to well under " + std::to_string(kMaxSheetNotesBytes) + ")");
    }

    auto redFlags = store.redFlagsFor(request.symptomId);
    if (redFlags.empty()) {
        // Content validation requires red flags for every symptom; a sheet without them is never made.
        throw SheetError("symptom", "'" + request.symptomId + "' has no warning signs in this content edition, so "
                                                              "no sheet can be made for it");
    }

    const auto links = store.remediesForSymptom(request.symptomId);
    auto details = loadChoices(store, links);

    std::vector<const ChoiceDetail*> chosen;
    if (request.include) {
        std::vector<std::string> ids;
        for (const auto& detail : details) {
            ids.push_back(detail.choice.remedyId);
        }
        for (std::size_t i = 0; i < request.include->size(); ++i) {
            const auto& id = (*request.include)[i];
            const auto found = std::find_if(details.begin(), details.end(),
                                            [&](const ChoiceDetail& d) { return d.choice.remedyId == id; });
            if (found == details.end()) {
                const auto suggestion = closestMatch(id, ids);
                throw SheetError("include[" + std::to_string(i) + "]",
                                 "'" + id + "' is not one of the remedies for " + symptom.summary.title +
                                     (suggestion.empty() ? std::string() : " (did you mean '" + suggestion + "'?)"));
            }
            if (std::find(chosen.begin(), chosen.end(), &*found) == chosen.end()) {
                chosen.push_back(&*found);
            }
        }
        // Keep the content's order whatever order the ids came in: the pointers are into one vector.
        std::sort(chosen.begin(), chosen.end(), std::less<const ChoiceDetail*>());
    } else {
        for (const auto& detail : details) {
            if (detail.choice.proposed) {
                chosen.push_back(&detail);
            }
        }
    }
    const auto exerciseCount = std::count_if(chosen.begin(), chosen.end(), [](const ChoiceDetail* d) {
        return d->choice.section == SheetSection::Exercise;
    });
    if (static_cast<std::size_t>(exerciseCount) > kMaxSheetExercises) {
        throw SheetError("include", "at most " + std::to_string(kMaxSheetExercises) +
                                        " exercises fit on one page; this choice has " +
                                        std::to_string(exerciseCount));
    }

    SheetDocument sheet(std::move(redFlags));
    sheet.symptomId = symptom.summary.id;
    sheet.symptomTitle = symptom.summary.title;
    sheet.name = name;
    sheet.startDate = start;
    sheet.madeOn = options.today;
    sheet.contentVersion = store.edition().contentVersion;
    sheet.paper = request.paper;
    sheet.notes = notes;
    if (const auto disclaimer = store.summary("disclaimer")) {
        sheet.disclaimer = disclaimer->summary;
    } else {
        sheet.disclaimer = "Carebook gives general information, not medical advice.";
    }

    // Schedule: one row per phase, each chosen remedy under every phase the symptom lists it in. "Right
    // now" is folded into days 1–3 when the remedy is there too, so no line repeats itself.
    for (const auto phase : kPhases) {
        SheetScheduleRow row;
        row.phase = std::string(phase);
        if (phase == "now") {
            row.label = "When it starts";
        } else if (phase == "first-72h") {
            row.label = "Days 1–3";
            row.dates = dateRange(start, addDays(start, 2));
        } else if (phase == "after-72h") {
            row.label = "From day 4";
            row.dates = shortDate(addDays(start, 3));
        } else if (phase == "long-term") {
            row.label = "Over the coming weeks";
        } else {
            row.label = "Ask a clinician about";
        }
        for (const auto* detail : chosen) {
            if (detail->choice.section != SheetSection::Schedule) {
                continue;
            }
            const auto& id = detail->choice.remedyId;
            const bool listed = std::any_of(links.begin(), links.end(), [&](const LinkedArticle& link) {
                return link.article.id == id && link.phase == phase;
            });
            if (!listed) {
                continue;
            }
            if (phase == "now" && std::any_of(links.begin(), links.end(), [&](const LinkedArticle& link) {
                    return link.article.id == id && link.phase == "first-72h";
                })) {
                continue;
            }
            auto advice = phaseNote(links, id, row.phase);
            if (advice.empty()) {
                advice = stringValue(detail->article.data, "timing");
            }
            row.items.push_back({id, detail->choice.title, advice});
        }
        if (!row.items.empty()) {
            sheet.schedule.push_back(std::move(row));
        }
    }

    std::set<std::string> nutrientsShown;
    for (const auto* detail : chosen) {
        const auto& data = detail->article.data;
        switch (detail->choice.section) {
        case SheetSection::Schedule:
            break;
        case SheetSection::Exercise: {
            SheetExercise exercise;
            exercise.remedyId = detail->choice.remedyId;
            exercise.title = detail->choice.title;
            exercise.illustration = stringValue(data, "illustration");
            exercise.from = phaseStartText(detail->choice.firstPhase, start);
            exercise.note = phaseNote(links, exercise.remedyId, detail->choice.firstPhase);
            exercise.timing = stringValue(data, "timing");
            exercise.steps = stringList(data, "steps");
            sheet.exercises.push_back(std::move(exercise));
            break;
        }
        case SheetSection::Hydration:
            if (!sheet.hydration) {
                sheet.hydration = SheetHydration{detail->choice.title, stringValue(data, "timing"),
                                                 stringList(data, "steps")};
            }
            break;
        case SheetSection::Foods:
            for (const auto& nutrientId : stringList(data, "nutrients")) {
                if (!nutrientsShown.insert(nutrientId).second) {
                    continue;
                }
                const auto nutrient = store.article(nutrientId);
                if (!nutrient) {
                    continue;
                }
                SheetNutrientFoods foods;
                foods.nutrientId = nutrientId;
                foods.nutrientTitle = nutrient->summary.title;
                const auto foodKey = stringValue(nutrient->data, "food_key");
                const auto examples = stringList(nutrient->data, "food_examples");
                if (options.foodSource && !foodKey.empty()) {
                    foods.foods = options.foodSource(foodKey, examples, options.foodsPerNutrient);
                    foods.withFigures = !foods.foods.empty();
                }
                if (foods.foods.empty()) {
                    // Names only: the article names foods but gives no amounts, and the sheet never
                    // invents one.
                    for (const auto& example : examples) {
                        if (foods.foods.size() >= options.foodsPerNutrient + 4) {
                            break;
                        }
                        foods.foods.push_back({example, {}, {}, std::nullopt});
                    }
                }
                if (!foods.foods.empty()) {
                    sheet.foods.push_back(std::move(foods));
                }
            }
            break;
        }
    }
    return sheet;
}

// ---- HTML ----

namespace {

// QTextDocument understands a subset of CSS 2.1: simple selectors, colours, fonts, margins, cell
// padding and table borders. Sizes are in points so the page looks the same at any resolution.
constexpr const char* kSheetCss = R"css(
body { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 7.9pt; color: #1f2933; }
p { margin-top: 0; margin-bottom: 0; }
h1 { font-size: 18pt; color: #12355b; margin-top: 0; margin-bottom: 0; }
h2 { font-size: 10pt; color: #12355b; margin-top: 6px; margin-bottom: 2px; }
.eyebrow { font-size: 7pt; color: #52667a; font-weight: bold; }
.for { font-size: 9.5pt; color: #334e68; }
.brand { font-size: 12pt; font-weight: bold; color: #12355b; }
.meta { font-size: 7pt; color: #52667a; }
table.schedule { border-color: #c9d6e3; border-style: solid; border-collapse: collapse; }
td.when { background-color: #eef4fa; color: #12355b; }
.when-label { font-weight: bold; font-size: 8.6pt; }
.dates { color: #24507a; font-size: 8pt; }
.item { margin-bottom: 1px; }
.advice { color: #334e68; }
table.exercises { border-color: #c9d6e3; border-style: solid; border-collapse: collapse; }
.ex-title { font-size: 9pt; font-weight: bold; color: #12355b; }
.ex-from { font-size: 7.6pt; font-weight: bold; color: #b4450b; }
.ex-timing { font-size: 7.2pt; color: #334e68; }
.steps { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 7.1pt; color: #1f2933; }
.food-name { font-weight: bold; color: #12355b; }
.food { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 7.2pt; }
.food-nutrient { font-size: 7.6pt; font-weight: bold; color: #12355b; }
.muted { color: #52667a; font-size: 7pt; }
table.redflags { border-color: #b42318; border-style: solid; background-color: #fff4f2; }
.rf-title { font-size: 12pt; font-weight: bold; color: #b42318; }
.rf-intro { font-size: 7.8pt; color: #7a1b12; }
.rf-group { font-size: 8.2pt; font-weight: bold; margin-top: 3px; }
.rf-emergency { color: #b42318; }
.rf-urgent { color: #b54708; }
.rf-routine { color: #24507a; }
.rf-action { font-size: 7.2pt; font-style: italic; color: #3e4c59; }
.rf-item { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 7.2pt; }
.notes { font-size: 8.6pt; color: #1f2933; }
table.notes-box { border-color: #9fb3c8; border-style: solid; }
.footer { font-size: 6.6pt; color: #52667a; }
)css";

std::string escapeLines(std::string_view text) {
    std::string out;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        const auto end = text.find('\n', begin);
        out += escapeHtml(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
        if (end == std::string_view::npos) {
            break;
        }
        out += "<br>";
        begin = end + 1;
    }
    return out;
}

void renderHeader(std::string& html, const SheetDocument& sheet) {
    html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">";
    html += "<p class=\"eyebrow\">HOME-CARE PLAN</p>";
    html += "<h1>" + escapeHtml(sheet.symptomTitle) + "</h1>";
    html += "<p class=\"for\">";
    if (!sheet.name.empty()) {
        html += "For <b>" + escapeHtml(sheet.name) + "</b> · ";
    }
    html += "Starting " + escapeHtml(longDate(sheet.startDate)) + "</p>";
    html += "</td><td valign=\"top\" align=\"right\" width=\"30%\">";
    html += "<p class=\"brand\" align=\"right\">Carebook</p>";
    html += "<p class=\"meta\" align=\"right\">Made " + escapeHtml(shortDate(sheet.madeOn)) + " " +
            std::to_string(static_cast<int>(sheet.madeOn.year())) + "<br>Content " + escapeHtml(sheet.contentVersion) +
            "</p>";
    html += "</td></tr></table>";
    html += "<hr>";
}

void renderSchedule(std::string& html, const SheetDocument& sheet) {
    if (sheet.schedule.empty()) {
        return;
    }
    html += "<h2>Your plan, day by day</h2>";
    html += "<table class=\"schedule\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">";
    for (const auto& row : sheet.schedule) {
        html += "<tr><td class=\"when\" width=\"21%\" valign=\"top\"><p class=\"when-label\">" +
                escapeHtml(row.label) + "</p>";
        if (!row.dates.empty()) {
            html += "<p class=\"dates\">" + escapeHtml(row.dates) + "</p>";
        }
        html += "</td><td valign=\"top\">";
        for (const auto& item : row.items) {
            html += "<p class=\"item\"><b>" + escapeHtml(item.title) + "</b>";
            if (!item.advice.empty()) {
                html += " <span class=\"advice\">— " + escapeHtml(item.advice) + "</span>";
            }
            html += "</p>";
        }
        html += "</td></tr>";
    }
    html += "</table>";
}

void renderExerciseCard(std::string& html, const SheetExercise& exercise) {
    html += "<td width=\"50%\" valign=\"top\">";
    html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>";
    if (!exercise.illustration.empty()) {
        html += "<td width=\"104\" valign=\"top\"><img src=\"illustrations/" + escapeHtml(exercise.illustration) +
                ".svg\" width=\"99\" height=\"66\"></td>";
    }
    html += "<td valign=\"top\"><p class=\"ex-title\">" + escapeHtml(exercise.title) + "</p>";
    html += "<p class=\"ex-from\">" + escapeHtml(exercise.from) + "</p>";
    std::string when = exercise.note;
    if (!exercise.timing.empty()) {
        when += (when.empty() ? "" : " ") + exercise.timing;
    }
    if (!when.empty()) {
        html += "<p class=\"ex-timing\">" + escapeHtml(when) + "</p>";
    }
    html += "</td></tr></table>";
    html += "<p class=\"steps\">";
    for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
        html += (i == 0 ? "" : " ") + std::string("<b>") + std::to_string(i + 1) + ".</b> " +
                escapeHtml(exercise.steps[i]);
    }
    html += "</p></td>";
}

void renderExercises(std::string& html, const SheetDocument& sheet) {
    if (sheet.exercises.empty()) {
        return;
    }
    html += "<h2>Stretches and exercises</h2>";
    html += "<table class=\"exercises\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">";
    for (std::size_t i = 0; i < sheet.exercises.size(); i += 2) {
        html += "<tr>";
        renderExerciseCard(html, sheet.exercises[i]);
        if (i + 1 < sheet.exercises.size()) {
            renderExerciseCard(html, sheet.exercises[i + 1]);
        } else {
            html += "<td width=\"50%\"></td>";
        }
        html += "</tr>";
    }
    html += "</table>";
}

std::string percentText(double percent) {
    if (percent < 1.0) {
        return "&lt;1%";
    }
    return std::to_string(static_cast<long>(std::lround(percent))) + "%";
}

// "Pumpkin seeds 1 oz — 156 mg (37% DV)": the food a person knows (in bold), how much of it, and what
// that gives. Short enough for three foods across one line of an A4 page.
std::string foodWithFigures(const SheetFood& food) {
    std::string html = "<b>" + escapeHtml(food.food) + "</b>";
    if (!food.portion.empty()) {
        html += " " + escapeHtml(food.portion);
    }
    if (!food.amount.empty()) {
        html += " — " + escapeHtml(food.amount);
    }
    if (food.percentDailyValue) {
        html += " <span class=\"advice\">(" + percentText(*food.percentDailyValue) + " DV)</span>";
    }
    return html;
}

void renderFoodsAndHydration(std::string& html, const SheetDocument& sheet) {
    if (!sheet.foods.empty()) {
        html += "<h2>Foods rich in what your muscles need</h2>";
        // One row per nutrient, the foods in columns, so portions and figures line up down the page; a
        // nutrient without figures names its foods across the row.
        std::size_t columns = 1;
        for (const auto& nutrient : sheet.foods) {
            if (nutrient.withFigures) {
                columns = std::max(columns, nutrient.foods.size());
            }
        }
        const int nutrientWidth = 10;
        html += "<table class=\"foods\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">";
        for (const auto& nutrient : sheet.foods) {
            html += "<tr><td width=\"" + std::to_string(nutrientWidth) + "%\" valign=\"top\"><p class=\"food-nutrient\">" +
                    escapeHtml(nutrient.nutrientTitle) + "</p></td>";
            if (nutrient.withFigures) {
                for (std::size_t i = 0; i < columns; ++i) {
                    html += "<td valign=\"top\"><p class=\"food\">";
                    if (i < nutrient.foods.size()) {
                        html += foodWithFigures(nutrient.foods[i]);
                    }
                    html += "</p></td>";
                }
            } else {
                html += "<td colspan=\"" + std::to_string(columns) + "\" valign=\"top\"><p>";
                for (std::size_t i = 0; i < nutrient.foods.size(); ++i) {
                    html += (i == 0 ? "" : " · ") + escapeHtml(nutrient.foods[i].food);
                }
                html += "</p></td>";
            }
            html += "</tr>";
        }
        html += "</table>";
        if (std::any_of(sheet.foods.begin(), sheet.foods.end(),
                        [](const SheetNutrientFoods& n) { return n.withFigures; })) {
            html += "<p class=\"muted\">Per usual portion. % DV: share of the Daily Value on US food labels. "
                    "Figures from USDA food data (SR28).</p>";
        }
    }
    if (sheet.hydration) {
        html += "<p class=\"item\" style=\"margin-top: 4px\"><span class=\"food-name\">" +
                escapeHtml(sheet.hydration->title) + ":</span> ";
        std::string text = sheet.hydration->timing;
        for (std::size_t i = 0; i < sheet.hydration->steps.size() && i < 2; ++i) {
            text += (text.empty() ? "" : " ") + sheet.hydration->steps[i];
        }
        html += escapeHtml(text) + "</p>";
    }
}

std::string urgencyHeading(std::string_view urgency) {
    if (urgency == "emergency") {
        return "Emergency: get help now";
    }
    if (urgency == "urgent") {
        return "See a doctor today";
    }
    return "Book an appointment";
}

// The sheet prints each sign's short form (red-flags.json "short") so every symptom fits one page;
// the app shows the full text.
const std::string& printedText(const RedFlag& flag) { return flag.shortText.empty() ? flag.text : flag.shortText; }

void renderRedFlags(std::string& html, const SheetDocument& sheet) {
    // Groups by urgency, most urgent first, split over two columns of about equal length; a group that
    // breaks across the columns repeats its heading.
    struct Line {
        std::string urgency;
        const RedFlag* flag;
    };
    std::vector<Line> lines;
    for (const auto urgency : kUrgencies) {
        for (const auto& flag : sheet.redFlags()) {
            if (flag.urgency == urgency) {
                lines.push_back({std::string(urgency), &flag});
            }
        }
    }
    for (const auto& flag : sheet.redFlags()) { // any urgency the app does not know yet still prints
        if (std::find(kUrgencies.begin(), kUrgencies.end(), flag.urgency) == kUrgencies.end()) {
            lines.push_back({flag.urgency, &flag});
        }
    }
    std::size_t total = 0;
    for (const auto& line : lines) {
        total += printedText(*line.flag).size() + 60;
    }
    std::size_t split = lines.size();
    std::size_t running = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        running += printedText(*lines[i].flag).size() + 60;
        if (running * 2 >= total) {
            split = i + 1;
            break;
        }
    }
    if (lines.size() < 4) {
        split = lines.size();
    }

    // Most signs of one urgency share an action in the content: say the most common one under the
    // heading, and only the signs whose action differs carry their own.
    std::map<std::string, std::string> groupAction;
    for (const auto& line : lines) {
        if (groupAction.count(line.urgency)) {
            continue;
        }
        std::map<std::string, std::size_t> counts;
        for (const auto& other : lines) {
            if (other.urgency == line.urgency && !other.flag->action.empty()) {
                ++counts[other.flag->action];
            }
        }
        std::string best;
        std::size_t bestCount = 0;
        for (const auto& other : lines) { // first in content order wins a tie
            if (other.urgency == line.urgency && counts[other.flag->action] > bestCount) {
                best = other.flag->action;
                bestCount = counts[best];
            }
        }
        groupAction[line.urgency] = best;
    }

    auto column = [&](std::size_t from, std::size_t to) {
        std::string out;
        std::string current;
        for (std::size_t i = from; i < to; ++i) {
            const auto& line = lines[i];
            if (line.urgency != current) {
                current = line.urgency;
                const bool continued = i == from && i > 0 && lines[i - 1].urgency == current;
                out += "<p class=\"rf-group rf-" + escapeHtml(current) + "\">" + escapeHtml(urgencyHeading(current)) +
                       (continued ? " (continued)" : "") + "</p>";
                if (!continued && !groupAction[current].empty()) {
                    out += "<p class=\"rf-action\">" + escapeHtml(groupAction[current]) + "</p>";
                }
            }
            out += "<p class=\"rf-item\">• " + escapeHtml(printedText(*line.flag));
            if (!line.flag->action.empty() && line.flag->action != groupAction[current]) {
                out += " <i>" + escapeHtml(line.flag->action) + "</i>";
            }
            out += "</p>";
        }
        return out;
    };

    html += "<table class=\"redflags\" width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"7\"><tr><td>";
    html += "<p class=\"rf-title\">When to get help</p>";
    html += "<p class=\"rf-intro\">These are reasons to get checked, not a diagnosis. If one applies to you, do "
            "what it says: do not wait for this plan to work.</p>";
    if (split >= lines.size()) {
        html += column(0, lines.size()); // a few signs read best across the whole box
    } else {
        html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"49%\" valign=\"top\">" +
                column(0, split) + "</td><td width=\"2%\"></td><td width=\"49%\" valign=\"top\">" +
                column(split, lines.size()) + "</td></tr></table>";
    }
    html += "</td></tr></table>";
}

void renderNotes(std::string& html, const SheetDocument& sheet) {
    if (sheet.notes.empty()) {
        return;
    }
    html += "<table class=\"notes-box\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
            "style=\"margin-top: 6px\"><tr><td>";
    html += "<p class=\"notes\"><b>Notes:</b> " + escapeLines(sheet.notes) + "</p>";
    html += "</td></tr></table>";
}

void renderFooter(std::string& html, const SheetDocument& sheet) {
    html += "<p class=\"footer\" style=\"margin-top: 8px\">" + escapeHtml(sheet.disclaimer) + " Made with Carebook on " +
            escapeHtml(longDate(sheet.madeOn)) + " · content " + escapeHtml(sheet.contentVersion) + "</p>";
}

} // namespace

std::string renderSheetHtml(const SheetDocument& sheet) {
    std::string html;
    html.reserve(24 * 1024);
    html += "<html><head><meta charset=\"utf-8\"><title>" + escapeHtml(sheet.symptomTitle) +
            " — home-care plan</title><style>";
    html += kSheetCss;
    html += "</style></head><body>";
    renderHeader(html, sheet);
    renderSchedule(html, sheet);
    renderExercises(html, sheet);
    renderFoodsAndHydration(html, sheet);
    html += "<p style=\"margin-top: 6px\"></p>";
    renderRedFlags(html, sheet);
    renderNotes(html, sheet);
    renderFooter(html, sheet);
    html += "</body></html>";
    return html;
}

} // namespace carebook
