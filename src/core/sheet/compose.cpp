// SPDX-License-Identifier: MIT
#include "core/sheet/compose.h"

#include "core/util/safe_file.h"
#include "core/util/text.h"

#include <algorithm>
#include <set>

namespace carebook {

namespace chr = std::chrono;

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

namespace {

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

} // namespace

// ---- composing ----

namespace {

// A remedy's own fields; the empty fields for a link that is not to a remedy (which the compiler
// does not let through), so such a link is placed in the schedule without details.
const RemedyFields& remedyFields(const Article& article) {
    static const RemedyFields none;
    const auto* remedy = article.content.remedy();
    return remedy ? *remedy : none;
}

const NutrientFields& nutrientFields(const Article& article) {
    static const NutrientFields none;
    const auto* nutrient = article.content.nutrient();
    return nutrient ? *nutrient : none;
}

SheetSection sectionFor(const RemedyFields& remedy) {
    const auto& nutrients = remedy.nutrients;
    if (std::find(nutrients.begin(), nutrients.end(), "water") != nutrients.end()) {
        return SheetSection::Hydration;
    }
    if (remedy.category == "diet") {
        return SheetSection::Foods;
    }
    if ((remedy.category == "stretch" || remedy.category == "exercise") && !remedy.illustration.empty()) {
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
        choice.category = remedyFields(*article).category;
        choice.section = sectionFor(remedyFields(*article));
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
std::string phaseStartText(const std::string& phase, chr::year_month_day start, const SheetScheduleLabels& labels) {
    const auto date = [&](chr::year_month_day day) { return labels.shortDate ? labels.shortDate(day) : shortDate(day); };
    if (phase == "now" || phase == "first-72h") {
        return fillIn(labels.fromDay1On, date(start));
    }
    if (phase == "after-72h") {
        return fillIn(labels.fromDay4On, date(addDays(start, 3)));
    }
    return std::string(labels.words.phase(phase));
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

namespace {

// The request's start date, or `today` when it names none.
chr::year_month_day startDateOf(const SheetRequest& request, chr::year_month_day today) {
    if (request.startDate.empty()) {
        return today;
    }
    const auto parsed = parseIsoDate(request.startDate);
    if (!parsed) {
        throw SheetError("start", "'" + request.startDate + "' is not a date in the form YYYY-MM-DD");
    }
    return *parsed;
}

// The person's name and notes as the sheet prints them: valid UTF-8, cleaned, short enough.
std::pair<std::string, std::string> checkedNameAndNotes(const SheetRequest& request) {
    if (!isValidUtf8(request.name)) {
        throw SheetError("name", "not valid UTF-8 text");
    }
    if (!isValidUtf8(request.notes)) {
        throw SheetError("notes", "not valid UTF-8 text");
    }
    // Bidi controls out: a right-to-left override would print the name backwards (and hide what follows).
    auto name = cleanText(withoutBidiControls(request.name), false);
    if (name.size() > kMaxSheetNameBytes) {
        throw SheetError("name", "too long for the sheet's heading (at most " + std::to_string(kMaxSheetNameBytes) +
                                     " bytes, this one has " + std::to_string(name.size()) + ")");
    }
    auto notes = cleanText(withoutBidiControls(request.notes), true);
    if (notes.size() > kMaxSheetNotesBytes) {
        throw SheetError("notes", "too long to fit on one page (" + std::to_string(notes.size()) +
                                      " bytes; shorten them to well under " + std::to_string(kMaxSheetNotesBytes) + ")");
    }
    return {std::move(name), std::move(notes)};
}

// The remedies the request includes (or the composer's proposal), in the content's order.
std::vector<const ChoiceDetail*> chosenRemedies(const std::vector<ChoiceDetail>& details, const SheetRequest& request,
                                                const std::string& symptomTitle) {
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
                                 "'" + id + "' is not one of the remedies for " + symptomTitle +
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
    return chosen;
}

bool listedIn(const std::vector<LinkedArticle>& links, const std::string& remedyId, std::string_view phase) {
    return std::any_of(links.begin(), links.end(), [&](const LinkedArticle& link) {
        return link.article.id == remedyId && link.phase == phase;
    });
}

// One row of the schedule: its label, its dates and the chosen remedies the symptom lists in it.
// "Right now" leaves out a remedy that days 1–3 have too, so no line repeats itself.
SheetScheduleRow scheduleRow(std::string_view phase, chr::year_month_day start,
                             const std::vector<const ChoiceDetail*>& chosen, const std::vector<LinkedArticle>& links,
                             const SheetScheduleLabels& labels) {
    SheetScheduleRow row;
    row.phase = std::string(phase);
    if (phase == "now") {
        row.label = labels.whenItStarts;
    } else if (phase == "first-72h") {
        row.label = labels.days1to3;
        const auto last = addDays(start, 2);
        row.dates = labels.dateRange ? labels.dateRange(start, last) : dateRange(start, last);
    } else if (phase == "after-72h") {
        row.label = labels.fromDay4;
        const auto day4 = addDays(start, 3);
        row.dates = labels.shortDate ? labels.shortDate(day4) : shortDate(day4);
    } else if (phase == "long-term") {
        row.label = labels.longTerm;
    } else {
        row.label = labels.withClinician;
    }
    for (const auto* detail : chosen) {
        const auto& id = detail->choice.remedyId;
        if (detail->choice.section != SheetSection::Schedule || !listedIn(links, id, phase) ||
            (phase == "now" && listedIn(links, id, "first-72h"))) {
            continue;
        }
        auto advice = phaseNote(links, id, row.phase);
        if (advice.empty()) {
            advice = remedyFields(detail->article).timing;
        }
        row.items.push_back({id, detail->choice.title, advice});
    }
    return row;
}

// The foods of one nutrient: with figures from the food source when it has them, else the names
// the article gives (the sheet never invents an amount). Empty when there is nothing to show.
SheetNutrientFoods nutrientFoods(const Article& nutrient, const SheetComposeOptions& options) {
    SheetNutrientFoods foods;
    foods.nutrientId = nutrient.summary.id;
    foods.nutrientTitle = nutrient.summary.title;
    const auto& foodKey = nutrientFields(nutrient).foodKey;
    const auto& examples = nutrientFields(nutrient).foodExamples;
    if (options.foodSource && !foodKey.empty()) {
        foods.foods = options.foodSource(foodKey, options.foodsPerNutrient);
        foods.withFigures = !foods.foods.empty();
    }
    if (foods.foods.empty()) {
        for (const auto& example : examples) {
            if (foods.foods.size() >= options.foodsPerNutrient + 4) {
                break;
            }
            foods.foods.push_back({example, {}, {}, std::nullopt});
        }
    }
    return foods;
}

// The exercises, the foods and the drink advice of the chosen remedies.
void addSections(SheetDocument& sheet, const ContentStore& store, const std::vector<const ChoiceDetail*>& chosen,
                 const std::vector<LinkedArticle>& links, const SheetComposeOptions& options) {
    std::set<std::string> nutrientsShown;
    for (const auto* detail : chosen) {
        const RemedyFields& remedy = remedyFields(detail->article);
        switch (detail->choice.section) {
        case SheetSection::Schedule:
            break;
        case SheetSection::Exercise: {
            SheetExercise exercise;
            exercise.remedyId = detail->choice.remedyId;
            exercise.title = detail->choice.title;
            exercise.illustration = remedy.illustration;
            exercise.from = phaseStartText(detail->choice.firstPhase, sheet.startDate, options.labels);
            exercise.note = phaseNote(links, exercise.remedyId, detail->choice.firstPhase);
            exercise.timing = remedy.timing;
            if (remedy.dose) {
                exercise.dose = doseLine(remedy.dose->over({.sets = 1}), false);
                exercise.doseIsExpertAdvice = remedy.dose->allExpertAdvice();
            }
            exercise.steps = remedy.steps;
            if (remedy.stopIf) {
                exercise.stopIf = remedy.stopIf->text;
            }
            sheet.exercises.push_back(std::move(exercise));
            break;
        }
        case SheetSection::Hydration:
            if (!sheet.hydration) {
                sheet.hydration = SheetHydration{detail->choice.title, remedy.timing, remedy.steps};
            }
            break;
        case SheetSection::Foods:
            for (const auto& nutrientId : remedy.nutrients) {
                if (!nutrientsShown.insert(nutrientId).second) {
                    continue;
                }
                if (const auto nutrient = store.article(nutrientId)) {
                    auto foods = nutrientFoods(*nutrient, options);
                    if (!foods.foods.empty()) {
                        sheet.foods.push_back(std::move(foods));
                    }
                }
            }
            break;
        }
    }
}

// Every item the plan asks the person to do day by day, once each: what the schedule lists (not what to
// ask a clinician about), the exercises and the drink advice.
SheetTracker trackerFor(const SheetDocument& sheet) {
    SheetTracker tracker;
    const auto add = [&](const std::string& title) {
        if (std::find(tracker.items.begin(), tracker.items.end(), title) == tracker.items.end()) {
            tracker.items.push_back(title);
        }
    };
    const auto addRows = [&](bool now) {
        for (const auto& row : sheet.schedule) {
            if ((row.phase == "now") == now && row.phase != "with-a-clinician") {
                for (const auto& item : row.items) {
                    add(item.title);
                }
            }
        }
    };
    addRows(false);
    for (const auto& exercise : sheet.exercises) {
        add(exercise.title);
    }
    if (sheet.hydration) {
        add(sheet.hydration->title);
    }
    // What to do when a cramp or spasm starts is not a daily task; a plan that asks nothing else (a
    // cramp's) ticks the days it was needed.
    if (tracker.items.empty()) {
        addRows(true);
    }
    for (int day = 0; day < kTrackerDays; ++day) {
        tracker.days.push_back(addDays(sheet.startDate, day));
    }
    return tracker;
}

} // namespace

SheetDocument composeSheet(const ContentStore& store, const SheetRequest& request, const SheetComposeOptions& options) {
    const auto symptom = requireSymptom(store, request.symptomId);
    const auto start = startDateOf(request, options.today);
    auto [name, notes] = checkedNameAndNotes(request);

    auto redFlags = store.redFlagsFor(request.symptomId);
    if (redFlags.empty()) {
        // Content validation requires red flags for every symptom; a sheet without them is never made.
        throw SheetError("symptom", "'" + request.symptomId + "' has no warning signs in this content edition, so "
                                                              "no sheet can be made for it");
    }

    const auto links = store.remediesForSymptom(request.symptomId);
    const auto details = loadChoices(store, links);
    const auto chosen = chosenRemedies(details, request, symptom.summary.title);

    SheetDocument sheet(std::move(redFlags));
    sheet.symptomId = symptom.summary.id;
    sheet.symptomTitle = symptom.summary.title;
    sheet.name = std::move(name);
    sheet.startDate = start;
    sheet.madeOn = options.today;
    sheet.contentVersion = store.edition().contentVersion;
    sheet.paper = request.paper;
    sheet.notes = std::move(notes);
    if (const auto disclaimer = store.summary("disclaimer")) {
        sheet.disclaimer = disclaimer->summary;
    } else {
        sheet.disclaimer = "Carebook gives general information, not medical advice.";
    }
    // Schedule: one row per phase, each chosen remedy under every phase the symptom lists it in.
    for (const auto phase : kPhases) {
        auto row = scheduleRow(phase, start, chosen, links, options.labels);
        if (!row.items.empty()) {
            sheet.schedule.push_back(std::move(row));
        }
    }
    addSections(sheet, store, chosen, links, options);
    sheet.tracker = trackerFor(sheet);
    return sheet;
}

} // namespace carebook
