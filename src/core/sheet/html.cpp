// SPDX-License-Identifier: MIT
#include "core/sheet/html.h"

#include "core/content/article_html.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

namespace carebook {

// ---- HTML ----

namespace {

// Each of an exercise's two drawings is 80 CSS px wide (60 pt at QTextDocument's 96 dpi layout) and
// 15:8 like their viewBox, the band of the scene that holds the figure; the pair and its gaps take 44 %
// of a card. Wider, the dose line beside them takes a third line and the back-pain sheets no longer
// fit one Letter page at 10 pt.
constexpr int kDrawingWidthPx = 80;
constexpr int kDrawingHeightPx = kDrawingWidthPx * 8 / 15;
constexpr int kDrawingsPercent = 44;

// QTextDocument understands a subset of CSS 2.1: simple selectors, colours, fonts, margins, cell
// padding and table borders. Sizes are in points so the page looks the same at any resolution. They
// are the Regular sizes (10 pt body text); sheetCss() scales every font-size to the sheet's text size.
constexpr const char* kSheetCss = R"css(
body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", "Noto Sans", sans-serif; font-size: 10pt; color: #1f2933; }
p { margin-top: 0; margin-bottom: 0; line-height: 88%; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 17pt; color: #12355b; margin-top: 0; margin-bottom: 0; }
h2 { font-size: 11pt; color: #12355b; margin-top: 1px; margin-bottom: 1px; }
.eyebrow { font-size: 9pt; color: #52667a; font-weight: bold; }
.for { font-size: 11pt; color: #334e68; }
.brand { font-size: 13pt; font-weight: bold; color: #12355b; }
.meta { font-size: 9pt; color: #52667a; }
table.schedule { border-color: #c9d6e3; border-style: solid; border-collapse: collapse; }
td.when { background-color: #eef4fa; color: #12355b; }
.when-label { font-weight: bold; font-size: 10pt; }
.dates { color: #24507a; font-size: 10pt; }
.item { margin-bottom: 1px; }
.advice { color: #334e68; }
table.exercises { border-color: #c9d6e3; border-style: solid; border-collapse: collapse; }
.ex-title { font-size: 11pt; font-weight: bold; color: #12355b; }
.ex-from { font-size: 10pt; font-weight: bold; color: #b4450b; }
.ex-dose { font-size: 10pt; color: #1f2933; }
.ex-timing { font-size: 10pt; color: #334e68; }
.summary { font-size: 10pt; color: #12355b; background-color: #eef4fa; }
.caption { font-size: 9pt; color: #52667a; }
.ex-stop { font-size: 10pt; color: #b42318; }
table.tracker { border-color: #9fb3c8; border-style: solid; border-collapse: collapse; }
td.tr-head { background-color: #eef4fa; }
.tr-day { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 10pt; font-weight: bold; color: #12355b; }
.tr-item { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 10pt; }
.tr-pain { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 10pt; font-weight: bold; }
.steps { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 10pt; color: #1f2933; }
.food-name { font-weight: bold; color: #12355b; }
.food { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 10pt; }
.food-nutrient { font-size: 10pt; font-weight: bold; color: #12355b; }
.muted { color: #52667a; font-size: 9pt; }
table.redflags { border-color: #b42318; border-style: solid; background-color: #fff4f2; }
.rf-title { font-size: 12.5pt; font-weight: bold; color: #b42318; }
.rf-intro { font-size: 10pt; color: #7a1b12; }
.rf-group { font-size: 10.5pt; font-weight: bold; margin-top: 0; }
.rf-emergency { color: #b42318; }
.rf-urgent { color: #b54708; }
.rf-routine { color: #24507a; }
.rf-action { font-size: 10pt; font-weight: normal; font-style: italic; color: #3e4c59; }
.rf-item { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 10pt; }
.notes { font-size: 10.5pt; color: #1f2933; }
table.notes-box { border-color: #9fb3c8; border-style: solid; }
.footer { font-size: 9pt; color: #52667a; }
)css";

struct TextScale {
    double body; // the body text's size, pt
    double floor; // no text smaller than this, pt
};

TextScale textScale(SheetTextSize size) {
    switch (size) {
    case SheetTextSize::Compact:
        return {9.0, 9.0};
    case SheetTextSize::Large:
        return {12.0, 12.0};
    case SheetTextSize::Regular:
        break;
    }
    return {10.0, 9.0};
}

std::string sheetCss(SheetTextSize size) {
    const TextScale scale = textScale(size);
    constexpr std::string_view kProperty = "font-size: ";
    const std::string_view source = kSheetCss;
    std::string css;
    std::size_t at = 0;
    for (auto found = source.find(kProperty); found != std::string_view::npos;
         found = source.find(kProperty, at)) {
        const auto number = found + kProperty.size();
        const auto unit = source.find("pt", number);
        css += source.substr(at, number - at);
        const double regular = std::stod(std::string(source.substr(number, unit - number)));
        char points[16];
        std::snprintf(points, sizeof points, "%.1f", std::max(scale.floor, regular * scale.body / 10.0));
        css += points;
        at = unit;
    }
    css += source.substr(at);
    return css;
}

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

void renderHeader(std::string& html, const SheetDocument& sheet, const SheetLabels& labels) {
    html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">";
    html += "<h1>" + escapeHtml(sheet.symptomTitle) + "</h1>";
    html += "<p class=\"for\">";
    if (!sheet.name.empty()) {
        html += escapeHtml(labels.forName) + " <b>" + escapeHtml(sheet.name) + "</b> · ";
    }
    html += escapeHtml(labels.purpose) + " · " + escapeHtml(labels.starting) + " " +
            escapeHtml(labels.longDate ? labels.longDate(sheet.startDate) : longDate(sheet.startDate)) + "</p>";
    html += "</td><td valign=\"top\" align=\"right\" width=\"34%\">";
    html += "<p class=\"brand\" align=\"right\">Carebook <span class=\"eyebrow\">" + escapeHtml(labels.eyebrow) +
            "</span></p>";
    const std::string made = labels.madeDate ? labels.madeDate(sheet.madeOn)
                                             : shortDate(sheet.madeOn) + " " +
                                                   std::to_string(static_cast<int>(sheet.madeOn.year()));
    html += "<p class=\"meta\" align=\"right\">" + escapeHtml(labels.made) + " " + escapeHtml(made) + "<br>" +
            escapeHtml(labels.content) + " " + escapeHtml(sheet.contentVersion) + "</p>";
    html += "</td></tr></table>";
    // PEMAT-P asks for a summary: what to do and when to stop and get help, in one line.
    html += "<p class=\"summary\"><b>" + escapeHtml(labels.summary) + "</b> " + escapeHtml(labels.summaryText) + "</p>";
}

void renderSchedule(std::string& html, const SheetDocument& sheet, const SheetLabels& labels) {
    if (sheet.schedule.empty()) {
        return;
    }
    html += "<h2>" + escapeHtml(labels.schedule) + "</h2>";
    html += "<table class=\"schedule\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"1\">";
    for (const auto& row : sheet.schedule) {
        // The label and its dates on one line: a second line in this narrow column would make every
        // row of the schedule a line taller.
        html += "<tr><td class=\"when\" width=\"15%\" valign=\"top\"><p><span class=\"when-label\">" +
                escapeHtml(row.label) + "</span>";
        if (!row.dates.empty()) {
            html += "<br><span class=\"dates\">" + escapeHtml(row.dates) + "</span>";
        }
        html += "</p></td><td valign=\"top\">";
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

// The start and the end position side by side, each captioned, so the person sees where the move
// begins and where it goes (the steps say how).
void renderDrawings(std::string& html, const SheetExercise& exercise, const SheetLabels& labels) {
    // Without a width the table gave the drawings half the card, and the dose line beside them took
    // three lines.
    html += "<td width=\"" + std::to_string(kDrawingsPercent) +
            "%\" valign=\"top\"><table cellspacing=\"0\" cellpadding=\"1\"><tr>";
    for (const auto& [suffix, caption] : {std::pair{"-start", &labels.start}, std::pair{"-end", &labels.end}}) {
        html += "<td valign=\"top\" align=\"center\"><img src=\"illustrations/" + escapeHtml(exercise.illustration) +
                suffix + ".svg\" width=\"" + std::to_string(kDrawingWidthPx) + "\" height=\"" +
                std::to_string(kDrawingHeightPx) + "\"><br><span class=\"caption\">" + escapeHtml(*caption) +
                "</span></td>";
    }
    html += "</tr></table></td>";
}

void renderExerciseCard(std::string& html, const SheetExercise& exercise, const SheetLabels& labels) {
    html += "<td width=\"50%\" valign=\"top\">";
    html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>";
    if (!exercise.illustration.empty()) {
        renderDrawings(html, exercise, labels);
    }
    // Beside the drawings, where the card has room: the title, from when, and the one dose line.
    html += "<td valign=\"top\"><p class=\"ex-title\">" + escapeHtml(exercise.title) + "</p>";
    html += "<p class=\"ex-from\">" + escapeHtml(exercise.from) + "</p>";
    if (!exercise.dose.empty()) {
        html += "<p class=\"ex-dose\"><b>" + escapeHtml(exercise.dose) + "</b>" +
                (exercise.doseIsExpertAdvice ? " <i>" + escapeHtml(labels.expertAdvice) + "</i>" : "") + "</p>";
    }
    html += "</td></tr></table>";
    // Below the drawings, across the whole card. With a dose line the remedy's own timing (how often,
    // how long) would say it again: only the symptom's note for the phase is kept.
    std::string when = exercise.note;
    if (exercise.dose.empty() && !exercise.timing.empty()) {
        when += (when.empty() ? "" : " ") + exercise.timing;
    }
    if (!when.empty()) {
        html += "<p class=\"ex-timing\">" + escapeHtml(when) + "</p>";
    }
    html += "<p class=\"steps\">";
    for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
        html += (i == 0 ? "" : " ") + std::string("<b>") + std::to_string(i + 1) + ".</b> " +
                escapeHtml(exercise.steps[i]);
    }
    html += "</p>";
    if (!exercise.stopIf.empty()) {
        // The content's own sentence ("Stop if …"), in bold red like the warning signs.
        html += "<p class=\"ex-stop\"><b>" + escapeHtml(exercise.stopIf) + "</b></p>";
    }
    html += "</td>";
}

// newPage: the cards start page two (large print), so no card is cut by the page break.
void renderExercises(std::string& html, const SheetDocument& sheet, const SheetLabels& labels, bool newPage) {
    if (sheet.exercises.empty()) {
        return;
    }
    html += std::string(newPage ? "<h2 style=\"page-break-before: always\">" : "<h2>") + escapeHtml(labels.exercises) +
            "</h2>";
    html += "<table class=\"exercises\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">";
    for (std::size_t i = 0; i < sheet.exercises.size(); i += 2) {
        html += "<tr>";
        renderExerciseCard(html, sheet.exercises[i], labels);
        if (i + 1 < sheet.exercises.size()) {
            renderExerciseCard(html, sheet.exercises[i + 1], labels);
        } else {
            html += "<td width=\"50%\"></td>";
        }
        html += "</tr>";
    }
    html += "</table>";
}

// The weekly tick grid: the items down the side, the seven dated days across, a last row for the
// day's pain. The heading gives the first day in full; a column names its month where it changes.
void renderTracker(std::string& html, const SheetDocument& sheet, const SheetLabels& labels) {
    const auto& tracker = sheet.tracker;
    if (tracker.items.empty() || tracker.days.empty()) {
        return;
    }
    html += "<h2>" + escapeHtml(labels.tracker) + " <span class=\"dates\">(" + escapeHtml(labels.from) + " " +
            escapeHtml(longDate(tracker.days.front())) + ")</span></h2>";
    html += "<table class=\"tracker\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
            "<td class=\"tr-head\" width=\"34%\"><p class=\"tr-day\">" + escapeHtml(labels.trackerItem) + "</p></td>";
    const int dayWidth = 66 / static_cast<int>(tracker.days.size());
    for (std::size_t i = 0; i < tracker.days.size(); ++i) {
        const bool withMonth = i > 0 && tracker.days[i].month() != tracker.days[i - 1].month();
        html += "<td class=\"tr-head\" width=\"" + std::to_string(dayWidth) + "%\" align=\"center\"><p class=\"tr-day\">" +
                escapeHtml(weekdayDate(tracker.days[i], withMonth)) + "</p></td>";
    }
    html += "</tr>";
    const auto row = [&](const std::string& title, bool pain) {
        html += "<tr><td><p class=\"" + std::string(pain ? "tr-pain" : "tr-item") + "\">" + escapeHtml(title) +
                "</p></td>";
        for (std::size_t i = 0; i < tracker.days.size(); ++i) {
            html += "<td></td>";
        }
        html += "</tr>";
    };
    for (const auto& item : tracker.items) {
        row(item, false);
    }
    row(labels.trackerPain, true);
    html += "</table>";
}

std::string percentText(double percent) {
    if (percent < 1.0) {
        return "&lt;1%";
    }
    return std::to_string(static_cast<long>(std::lround(percent))) + "%";
}

// "Pumpkin seeds 1 oz — 156 mg (37% DV)": the food a person knows (in bold), how much of it, and what
// that gives. Short enough for two foods across one line of the page at 10 pt.
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

void renderFoodsAndHydration(std::string& html, const SheetDocument& sheet, const SheetLabels& labels) {
    if (!sheet.foods.empty()) {
        html += "<h2>" + escapeHtml(labels.foods) + "</h2>";
        // One row per nutrient, the foods in columns, so portions and figures line up down the page; a
        // nutrient without figures names its foods across the row.
        std::size_t columns = 1;
        for (const auto& nutrient : sheet.foods) {
            if (nutrient.withFigures) {
                columns = std::max(columns, nutrient.foods.size());
            }
        }
        html += "<table class=\"foods\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">";
        for (const auto& nutrient : sheet.foods) {
            html += "<tr><td width=\"15%\" valign=\"top\"><p class=\"food-nutrient\">" +
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
            html += "<p class=\"muted\">" + escapeHtml(labels.foodsNote) + "</p>";
        }
    }
    if (sheet.hydration) {
        html += "<p class=\"item\" style=\"margin-top: 2px\"><span class=\"food-name\">" +
                escapeHtml(sheet.hydration->title) + ":</span> ";
        std::string text = sheet.hydration->timing;
        for (std::size_t i = 0; i < sheet.hydration->steps.size() && i < 1; ++i) {
            text += (text.empty() ? "" : " ") + sheet.hydration->steps[i];
        }
        html += escapeHtml(text) + "</p>";
    }
}

// The sheet prints each sign's short form (red-flags.json "short") so every symptom fits one page;
// the app shows the full text.
const std::string& printedText(const RedFlag& flag) { return flag.shortText.empty() ? flag.text : flag.shortText; }

// One warning sign in the box, with the urgency it is grouped under.
struct RedFlagLine {
    std::string urgency;
    const RedFlag* flag;
};

// Grouped by urgency, most urgent first; any urgency the app does not know yet still prints, last.
std::vector<RedFlagLine> redFlagLines(const SheetDocument& sheet) {
    std::vector<RedFlagLine> lines;
    for (const auto urgency : kUrgencies) {
        for (const auto& flag : sheet.redFlags()) {
            if (flag.urgency == urgency) {
                lines.push_back({std::string(urgency), &flag});
            }
        }
    }
    for (const auto& flag : sheet.redFlags()) {
        if (std::find(kUrgencies.begin(), kUrgencies.end(), flag.urgency) == kUrgencies.end()) {
            lines.push_back({flag.urgency, &flag});
        }
    }
    return lines;
}

// Most signs of one urgency share an action in the content: the most common one of each urgency is
// said under its heading, and only the signs whose action differs carry their own.
std::map<std::string, std::string> sharedActions(const std::vector<RedFlagLine>& lines) {
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
    return groupAction;
}

// One urgency's signs in three columns, filled down then across so they read as one list. Across the
// whole width, each urgency under its own heading, the box is as tall as its signs need; one column
// per urgency was as tall as the longest list.
constexpr std::size_t kRedFlagColumns = 3;
// About how many characters of 10 pt condensed text fit on one line of a column (A4 or Letter), and
// how many fewer a line of wrapped text holds (it breaks between words).
constexpr std::size_t kRedFlagColumnChars = 41;
constexpr std::size_t kWrapLoss = 5;

std::size_t estimatedLines(const RedFlagLine& line, const std::string& groupAction, std::size_t charsPerLine) {
    std::size_t chars = 2 + printedText(*line.flag).size();
    if (!line.flag->action.empty() && line.flag->action != groupAction) {
        chars += 1 + line.flag->action.size();
    }
    if (chars <= charsPerLine) {
        return 1;
    }
    const std::size_t wrapped = charsPerLine - kWrapLoss;
    return (chars + wrapped - 1) / wrapped;
}

// Where the columns of lines [from, to) end: the split, in content order, whose tallest column has the
// fewest lines (a few dozen signs: trying every split costs nothing).
std::array<std::size_t, kRedFlagColumns> columnEnds(const std::vector<std::size_t>& heights, std::size_t from,
                                                     std::size_t to) {
    const auto sum = [&](std::size_t a, std::size_t b) {
        std::size_t total = 0;
        for (std::size_t i = a; i < b; ++i) {
            total += heights[i];
        }
        return total;
    };
    std::array<std::size_t, kRedFlagColumns> best{to, to, to};
    std::size_t bestHeight = sum(from, to) + 1;
    for (std::size_t first = from; first <= to; ++first) {
        for (std::size_t second = first; second <= to; ++second) {
            const std::size_t tallest = std::max({sum(from, first), sum(first, second), sum(second, to)});
            if (tallest < bestHeight) {
                bestHeight = tallest;
                best = {first, second, to};
            }
        }
    }
    return best;
}

void renderRedFlagGroup(std::string& html, const std::vector<RedFlagLine>& lines, std::size_t from, std::size_t to,
                        const std::string& action, std::size_t charsPerLine, const UrgencyWords& words) {
    const auto& urgency = lines[from].urgency;
    html += "<p class=\"rf-group rf-" + escapeHtml(urgency) + "\">" + escapeHtml(words.of(urgency));
    if (!action.empty()) {
        html += " <span class=\"rf-action\">— " + escapeHtml(action) + "</span>";
    }
    html += "</p>";
    std::vector<std::size_t> heights(lines.size(), 0);
    for (std::size_t i = from; i < to; ++i) {
        heights[i] = estimatedLines(lines[i], action, charsPerLine);
    }
    const auto ends = columnEnds(heights, from, to);
    html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>";
    std::size_t begin = from;
    for (const auto end : ends) {
        html += "<td width=\"33%\" valign=\"top\">";
        for (std::size_t i = begin; i < end; ++i) {
            const auto& flag = *lines[i].flag;
            html += "<p class=\"rf-item\">• " + escapeHtml(printedText(flag));
            if (!flag.action.empty() && flag.action != action) {
                html += " <i>" + escapeHtml(flag.action) + "</i>";
            }
            html += "</p>";
        }
        html += "</td>";
        begin = end;
    }
    html += "</tr></table>";
}

// Most urgent first: each heading says what to do, and the signs under it need no action of their
// own unless theirs differs.
void renderRedFlags(std::string& html, const SheetDocument& sheet, const SheetLabels& labels, double bodyPoints) {
    const auto charsPerLine = static_cast<std::size_t>(static_cast<double>(kRedFlagColumnChars) * 10.0 / bodyPoints);
    const auto lines = redFlagLines(sheet);
    const auto groupAction = sharedActions(lines);
    html += "<table class=\"redflags\" width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"2\" "
            "style=\"margin-top: 3px\"><tr><td>";
    html += "<p><span class=\"rf-title\">" + escapeHtml(labels.redFlags) + "</span> <span class=\"rf-intro\">" +
            escapeHtml(labels.redFlagsIntro) + "</span></p>";
    for (std::size_t from = 0; from < lines.size();) {
        std::size_t to = from;
        while (to < lines.size() && lines[to].urgency == lines[from].urgency) {
            ++to;
        }
        renderRedFlagGroup(html, lines, from, to, groupAction.at(lines[from].urgency), charsPerLine, labels.urgency);
        from = to;
    }
    html += "</td></tr></table>";
}

void renderNotes(std::string& html, const SheetDocument& sheet, const SheetLabels& labels) {
    if (sheet.notes.empty()) {
        return;
    }
    html += "<table class=\"notes-box\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
            "style=\"margin-top: 6px\"><tr><td>";
    html += "<p class=\"notes\"><b>" + escapeHtml(labels.notes) + "</b> " + escapeLines(sheet.notes) + "</p>";
    html += "</td></tr></table>";
}

// The header already says when the sheet was made and from which content edition.
void renderFooter(std::string& html, const SheetDocument& sheet) {
    html += "<p class=\"footer\" style=\"margin-top: 2px\">" + escapeHtml(sheet.disclaimer) + "</p>";
}

} // namespace

double sheetBodyPoints(SheetTextSize size) { return textScale(size).body; }

double sheetSmallestPoints(SheetTextSize size) { return textScale(size).floor; }

std::string renderSheetHtml(const SheetDocument& sheet, SheetTextSize size, const SheetLabels& labels) {
    std::string html;
    html.reserve(32 * 1024);
    html += "<html><head><meta charset=\"utf-8\"><title>" + escapeHtml(sheet.symptomTitle) +
            " — home-care plan</title><style>";
    html += sheetCss(size);
    html += "</style></head><body>";
    renderHeader(html, sheet, labels);
    // A large-print sheet takes two pages, and QTextDocument splits a table across a page break
    // anywhere, headings from their signs: there the warning signs come first, whole on page one.
    const bool redFlagsFirst = size == SheetTextSize::Large;
    if (redFlagsFirst) {
        renderRedFlags(html, sheet, labels, textScale(size).body);
    }
    renderSchedule(html, sheet, labels);
    renderExercises(html, sheet, labels, redFlagsFirst);
    renderTracker(html, sheet, labels);
    renderFoodsAndHydration(html, sheet, labels);
    if (!redFlagsFirst) {
        renderRedFlags(html, sheet, labels, textScale(size).body);
    }
    renderNotes(html, sheet, labels);
    renderFooter(html, sheet);
    html += "</body></html>";
    return html;
}

} // namespace carebook
