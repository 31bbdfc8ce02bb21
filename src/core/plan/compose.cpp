// SPDX-License-Identifier: MIT
#include "core/plan/compose.h"

#include "core/sheet/compose.h"
#include "core/sheet/dates.h"
#include "core/sheet/request.h"
#include "core/util/text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>

namespace carebook {

std::string_view doseSourceKey(DoseSource source) {
    return source == DoseSource::Content ? "content" : "expert-advice";
}

std::string_view planItemKindKey(PlanItemKind kind) {
    switch (kind) {
    case PlanItemKind::Cold:
        return "cold";
    case PlanItemKind::Heat:
        return "heat";
    case PlanItemKind::Exercise:
        return "exercise";
    }
    return "exercise";
}

const PlannedItem* ComposedPlan::item(const std::string& remedyId) const {
    const auto found = std::find_if(items.begin(), items.end(),
                                    [&](const PlannedItem& planned) { return planned.remedyId == remedyId; });
    return found == items.end() ? nullptr : &*found;
}

namespace {

// Carebook's starting doses for what a remedy's "dose" leaves out: expert advice, shown as such,
// never as a source's figures. Cold and heat follow the content's own words: "up to 20 minutes at a
// time, a few times a day" in the first 2–3 days, then heat "for 15–20 minutes at a time".
constexpr int kColdHeatMinutes = 15;
constexpr int kColdEveryHours = 2;
constexpr int kHeatEveryHours = 3;
constexpr int kColdDays = 3;
const PlanDose kStretchDose{.holdSeconds = 20, .repetitions = 3, .sets = 1, .restSeconds = 0, .timesPerDay = 2};
const PlanDose kExerciseDose{.holdSeconds = 5, .repetitions = 8, .sets = 2, .restSeconds = 30, .timesPerDay = 2};

bool inPhase(std::string_view phase, std::initializer_list<std::string_view> phases) {
    return std::find(phases.begin(), phases.end(), phase) != phases.end();
}

// Cold or heat, an exercise to follow along, or nothing timed.
std::optional<PlanItemKind> timedKind(const SheetChoice& choice) {
    if (choice.category == "cold-heat") {
        return choice.remedyId.find("heat") != std::string::npos ? PlanItemKind::Heat : PlanItemKind::Cold;
    }
    const bool guided = choice.section == SheetSection::Exercise || choice.category == "stretch";
    // "now" is what to do the moment a spasm starts: as needed, not at a clock time.
    if (guided && !inPhase(choice.firstPhase, {"now", "with-a-clinician"})) {
        return PlanItemKind::Exercise;
    }
    return std::nullopt;
}

PlanDose defaultDose(PlanItemKind kind, const SheetChoice& choice, bool withCold) {
    switch (kind) {
    case PlanItemKind::Cold:
        return {.minutes = kColdHeatMinutes, .everyHours = kColdEveryHours, .fromDay = 1, .forDays = kColdDays};
    case PlanItemKind::Heat:
        // After the cold days when both are chosen; from the first day when heat is the person's choice.
        return {.minutes = kColdHeatMinutes, .everyHours = kHeatEveryHours, .fromDay = withCold ? kColdDays + 1 : 1};
    case PlanItemKind::Exercise:
        break;
    }
    auto dose = choice.category == "stretch" ? kStretchDose : kExerciseDose;
    // What the symptom lists for after the first days (or for the long term) starts on day 4.
    dose.fromDay = inPhase(choice.firstPhase, {"after-72h", "long-term"}) ? kColdDays + 1 : 1;
    return dose;
}

// The remedy's own dose over the plan's: an exercise figure the remedy leaves out is not done (no hold
// for cat-cow, one set), and only the days come from the plan; cold and heat keep the plan's figures
// where the remedy is silent (heat's first day follows the cold days only when cold is in the plan).
void applyContentDose(PlannedItem& item, const Article& article, const RemedyDose& dose) {
    const Dose base = item.kind == PlanItemKind::Exercise
                          ? Dose{.fromDay = item.dose.fromDay, .forDays = item.dose.forDays, .sets = 1}
                          : item.dose;
    item.dose = dose.over(base);
    if (dose.allExpertAdvice()) {
        return;
    }
    item.doseSource = DoseSource::Content;
    item.doseCites = dose.source;
    if (const auto* source = article.citedSource(item.doseCites)) {
        item.doseSourceName = source->publisher;
    }
    item.expertAdvice = dose.expertAdvice;
}

std::vector<SheetChoice> chosen(const std::vector<SheetChoice>& choices, const PlanRequest& request,
                                const std::string& symptomTitle) {
    if (!request.include) {
        std::vector<SheetChoice> proposed;
        std::copy_if(choices.begin(), choices.end(), std::back_inserter(proposed),
                     [](const SheetChoice& choice) { return choice.proposed; });
        return proposed;
    }
    std::vector<std::string> ids;
    for (const auto& choice : choices) {
        ids.push_back(choice.remedyId);
    }
    std::vector<bool> picked(choices.size(), false);
    for (std::size_t i = 0; i < request.include->size(); ++i) {
        const auto& id = (*request.include)[i];
        const auto found = std::find(ids.begin(), ids.end(), id);
        if (found == ids.end()) {
            const auto suggestion = closestMatch(id, ids);
            throw PlanError("include[" + std::to_string(i) + "]",
                            "'" + id + "' is not one of the remedies for " + symptomTitle +
                                (suggestion.empty() ? std::string(" (try: carebook remedies --symptom " +
                                                                  request.symptomId + ")")
                                                    : " (did you mean '" + suggestion + "'?)"));
        }
        picked[static_cast<std::size_t>(found - ids.begin())] = true;
    }
    std::vector<SheetChoice> out; // in the content's order, whatever order the ids came in
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (picked[i]) {
            out.push_back(choices[i]);
        }
    }
    return out;
}

} // namespace

ComposedPlan composePlan(const ContentStore& store, const PlanRequest& request) {
    if (request.days < 1 || request.days > kMaxPlanDays) {
        throw PlanError("days", "a plan runs from 1 to " + std::to_string(kMaxPlanDays) + " days, not " +
                                    std::to_string(request.days));
    }
    if (request.startMinute < 0 || request.startMinute >= 24 * 60 || !request.startDate.ok()) {
        throw PlanError("start", "not a date and time of day");
    }
    std::vector<SheetChoice> choices;
    try {
        choices = sheetChoices(store, request.symptomId);
    } catch (const SheetError& e) {
        // The sheet names the field itself ("symptom: no symptom 'x'"): keep its message, not the prefix.
        std::string message = e.what();
        const std::string prefix = e.field() + ": ";
        throw PlanError("symptom", message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message);
    }
    const auto symptom = store.article(request.symptomId);
    if (!symptom) {
        throw PlanError("symptom", "no symptom '" + request.symptomId + "'");
    }
    ComposedPlan plan;
    plan.symptomId = request.symptomId;
    plan.symptomTitle = symptom->summary.title;
    plan.startDate = request.startDate;
    plan.startMinute = request.startMinute;
    plan.redFlags = symptom->redFlags;

    const auto picked = chosen(choices, request, plan.symptomTitle);
    const bool withCold = std::any_of(picked.begin(), picked.end(), [](const SheetChoice& choice) {
        return timedKind(choice) == PlanItemKind::Cold;
    });
    for (const auto& choice : picked) {
        const auto article = store.article(choice.remedyId);
        const auto* remedy = article ? article->content.remedy() : nullptr;
        const std::string timing = remedy ? remedy->timing : std::string();
        const auto kind = timedKind(choice);
        if (!kind) {
            plan.untimed.push_back({choice.remedyId, choice.title, timing});
            continue;
        }
        PlannedItem item;
        item.remedyId = choice.remedyId;
        item.title = choice.title;
        item.kind = *kind;
        item.dose = defaultDose(*kind, choice, withCold);
        if (remedy && remedy->dose) {
            applyContentDose(item, *article, *remedy->dose);
        }
        item.timing = timing;
        if (remedy) {
            item.illustration = remedy->illustration;
            item.steps = remedy->steps;
        }
        plan.items.push_back(std::move(item));
    }
    const auto exercises = std::count_if(plan.items.begin(), plan.items.end(), [](const PlannedItem& item) {
        return item.kind == PlanItemKind::Exercise;
    });
    if (static_cast<std::size_t>(exercises) > kMaxPlanExercises) {
        throw PlanError("include", "at most " + std::to_string(kMaxPlanExercises) +
                                       " exercises a day are a plan a person keeps to; this choice has " +
                                       std::to_string(exercises));
    }
    std::vector<PlanItem> scheduled;
    for (const auto& item : plan.items) {
        scheduled.push_back({item.remedyId, item.kind, item.dose});
    }
    PlanHours hours;
    hours.days = request.days;
    plan.days = scheduleDays(scheduled, request.startDate, request.startMinute, hours);
    return plan;
}

std::string doseLine(const PlannedItem& item) { return doseLine(item.dose, item.kind != PlanItemKind::Exercise); }

std::string doseBasis(const PlannedItem& item) {
    return item.doseSource == DoseSource::Content ? doseBasis(item.doseSourceName, item.expertAdvice)
                                                  : doseBasis({}, {});
}

std::string clockTime(int minuteOfDay) {
    const int hour = minuteOfDay / 60;
    const int minute = minuteOfDay % 60;
    return std::string{static_cast<char>('0' + hour / 10), static_cast<char>('0' + hour % 10), ':',
                       static_cast<char>('0' + minute / 10), static_cast<char>('0' + minute % 10)};
}

std::optional<std::pair<std::chrono::year_month_day, int>> parsePlanStart(std::string_view text) {
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':') {
        return std::nullopt;
    }
    const auto date = parseIsoDate(text.substr(0, 10));
    auto number = [&](std::size_t at) -> std::optional<int> {
        int value = 0;
        const auto* begin = text.data() + at;
        if (!std::isdigit(static_cast<unsigned char>(begin[0])) || !std::isdigit(static_cast<unsigned char>(begin[1]))) {
            return std::nullopt;
        }
        std::from_chars(begin, begin + 2, value);
        return value;
    };
    const auto hour = number(11);
    const auto minute = number(14);
    if (!date || !hour || !minute || *hour > 23 || *minute > 59) {
        return std::nullopt;
    }
    return std::pair{*date, *hour * 60 + *minute};
}

} // namespace carebook
