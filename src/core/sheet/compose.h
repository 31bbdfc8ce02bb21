// SPDX-License-Identifier: MIT
#pragma once

// The plan the composer proposes from the content for one symptom (SheetDocument): the remedies to
// choose from, the schedule by phase, the exercises, the foods and the red flags.

#include "core/content/labels.h"
#include "core/content/store.h"
#include "core/sheet/dates.h"
#include "core/sheet/request.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

// Where a remedy goes on the sheet, decided from its content (category, illustration, nutrients).
enum class SheetSection { Schedule, Exercise, Foods, Hydration };
std::string_view sheetSectionKey(SheetSection section); // "schedule", "exercise", "foods", "hydration"

// One remedy the person may include, for the builder's checkboxes and `--include`.
struct SheetChoice {
    std::string remedyId;
    std::string title;
    std::string category;
    SheetSection section = SheetSection::Schedule;
    std::string firstPhase; // the earliest phase the symptom lists it in
    bool proposed = false;  // ticked in the composer's proposal
};

// The symptom's remedies in the order the sheet shows them. Throws SheetError("symptom") when the id
// is not a symptom.
std::vector<SheetChoice> sheetChoices(const ContentStore& store, const std::string& symptomId);

// One line of the foods table, with figures when the food data provides them.
struct SheetFood {
    std::string food;
    std::string portion;                     // "1 oz"; empty without food data
    std::string amount;                      // "156 mg"; empty without food data
    std::optional<double> percentDailyValue; // of the label Daily Value
};

// Foods with figures for a nutrient's food_key ("magnesium"); at most `count`, in the order to print. The
// app's source is the food finder's everyday ranking, the list the nutrient article shows
// (sheet/sheet_foods.h). Without a source, or when it gives nothing (no food data), the sheet names the
// article's food examples without figures.
using SheetFoodSource = std::function<std::vector<SheetFood>(const std::string& foodKey, std::size_t count)>;

// The schedule's and the exercise cards' words, English by default; the window fills them from its
// translation (the core has no Qt), with its own way of writing a date. "%1" stands for the date.
struct SheetScheduleLabels {
    std::string whenItStarts = "When it starts";
    std::string days1to3 = "Days 1–3";
    std::string fromDay4 = "From day 4";
    std::string longTerm = "Over the coming weeks";
    std::string withClinician = "Ask a clinician about";
    std::string fromDay1On = "From day 1 (%1)"; // an exercise card's start
    std::string fromDay4On = "From day 4 (%1)";
    ContentWords words; // the phase of an exercise first listed in a phase without a date
    std::function<std::string(std::chrono::year_month_day)> shortDate; // "22 Nov"; empty: dates.h's
    std::function<std::string(std::chrono::year_month_day, std::chrono::year_month_day)> dateRange; // "22–24 Nov"
};

struct SheetComposeOptions {
    std::chrono::year_month_day today = todayLocalDate(); // the date printed on the sheet
    SheetFoodSource foodSource;
    // Three foods a nutrient: a choice for people who eat no fish, no dairy or no nuts.
    std::size_t foodsPerNutrient = 2;
    SheetScheduleLabels labels;
};

struct SheetScheduleItem {
    std::string remedyId;
    std::string title;
    std::string advice; // the symptom's note for this phase, or else the remedy's timing
};

struct SheetScheduleRow {
    std::string phase; // content phase key
    std::string label; // "Days 1–3"
    std::string dates; // "22–24 Nov"; empty for phases without a date
    std::vector<SheetScheduleItem> items;
};

struct SheetExercise {
    std::string remedyId;
    std::string title;
    std::string illustration; // resource name without .svg; empty when the remedy has none
    std::string from;         // "From day 4 (25 Nov)", or the phase label when it has no date
    std::string note;         // the symptom's note for that phase
    std::string timing;       // the remedy's timing (how often, how long)
    std::string dose;         // "Hold 30 s · 3 times · each side · twice a day"; empty: the content has none
    bool doseIsExpertAdvice = false;
    std::vector<std::string> steps;
    std::string stopIf; // when to stop, from a source the remedy cites; empty: the content has none
};

// The weekly tick grid the person fills in by hand: each planned item on each of the seven days from
// the start date, and the day's pain from 0 to 10.
inline constexpr int kTrackerDays = 7;
struct SheetTracker {
    std::vector<std::string> items;                // titles, in the sheet's order, each once
    std::vector<std::chrono::year_month_day> days; // kTrackerDays days, the first the start date
};

struct SheetNutrientFoods {
    std::string nutrientId;
    std::string nutrientTitle;
    bool withFigures = false; // false: names from the article, no portion or %DV
    std::vector<SheetFood> foods;
};

struct SheetHydration {
    std::string title;
    std::string timing;
    std::vector<std::string> steps;
};

// The composed plan. Only composeSheet makes one, and it always carries the symptom's red flags (at least
// one): there is no way to build or edit a sheet without its "when to get help" box.
class SheetDocument {
public:
    std::string symptomId;
    std::string symptomTitle;
    std::string name;
    std::chrono::year_month_day startDate{};
    std::chrono::year_month_day madeOn{};
    std::string contentVersion;
    Paper paper = Paper::A4;
    std::vector<SheetScheduleRow> schedule;
    std::vector<SheetExercise> exercises;
    std::vector<SheetNutrientFoods> foods;
    std::optional<SheetHydration> hydration;
    SheetTracker tracker;
    std::string notes;
    std::string disclaimer;

    const std::vector<RedFlag>& redFlags() const { return m_redFlags; }

private:
    explicit SheetDocument(std::vector<RedFlag> redFlags);
    friend SheetDocument composeSheet(const ContentStore&, const SheetRequest&, const SheetComposeOptions&);
    std::vector<RedFlag> m_redFlags;
};

// Composes the sheet for a request. Throws SheetError naming the field for an unknown symptom, a bad
// date, an unknown or unsuitable include id, too many exercises, or text that is too long.
SheetDocument composeSheet(const ContentStore& store, const SheetRequest& request,
                           const SheetComposeOptions& options = {});

} // namespace carebook
