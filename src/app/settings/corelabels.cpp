// SPDX-License-Identifier: MIT
// The core's fixed words in the window's language: the core has no Qt, so each of its renderers takes a
// labels struct with English defaults, and this file fills them from the translation (context
// CoreLabels). The English here matches the core's defaults (a test checks it), so an English window
// and the command line read the same.
#include "app/settings/language.h"

#include "core/content/article_html.h"
#include "core/print/article_print.h"
#include "core/sheet/compose.h"
#include "core/sheet/html.h"
#include "core/speech/read_aloud.h"

#include <QCoreApplication>
#include <QDate>

namespace carebook::app {

namespace {

// QT_TRANSLATE_NOOP marks each text for lupdate; this looks it up.
std::string text(const char* english) { return QCoreApplication::translate("CoreLabels", english).toStdString(); }

QDate qdate(std::chrono::year_month_day day) {
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

std::string localDate(std::chrono::year_month_day day, const QString& format) {
    return QLocale().toString(qdate(day), format).toStdString();
}

} // namespace

QString urgencyText(std::string_view urgency) {
    if (urgency == "emergency") {
        return QCoreApplication::translate("CoreLabels", "Emergency: get help now");
    }
    if (urgency == "urgent") {
        return QCoreApplication::translate("CoreLabels", "Urgent: see a doctor today");
    }
    if (urgency == "routine") {
        return QCoreApplication::translate("CoreLabels", "Book an appointment");
    }
    return QString::fromUtf8(urgency.data(), static_cast<qsizetype>(urgency.size()));
}

UrgencyWords urgencyWords() {
    UrgencyWords words;
    words.emergency = urgencyText("emergency").toStdString();
    words.urgent = urgencyText("urgent").toStdString();
    words.routine = urgencyText("routine").toStdString();
    return words;
}

ContentWords contentWords() {
    ContentWords words;
    for (std::size_t i = 0; i < kAllKinds.size(); ++i) {
        words.kinds[i] = articleKindTitle(kAllKinds[i]).toStdString();
    }
    // In the order of kPhases, kEvidenceLevels, kEvidencePhases and kGuidelineStances (model.h).
    words.phases = {text(QT_TRANSLATE_NOOP("CoreLabels", "Right now")),
                    text(QT_TRANSLATE_NOOP("CoreLabels", "First 72 hours")),
                    text(QT_TRANSLATE_NOOP("CoreLabels", "After 72 hours")),
                    text(QT_TRANSLATE_NOOP("CoreLabels", "Over the coming weeks")),
                    text(QT_TRANSLATE_NOOP("CoreLabels", "What a clinician may offer"))};
    words.evidenceLevels = {text(QT_TRANSLATE_NOOP("CoreLabels", "Moderate evidence")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "Low evidence")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "Very low evidence")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "Not enough evidence")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "No benefit shown")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "Expert advice"))};
    words.evidencePhases = {text(QT_TRANSLATE_NOOP("CoreLabels", "Acute (under 4 weeks)")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "Subacute (4 to 12 weeks)")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "Chronic (over 12 weeks)")),
                            text(QT_TRANSLATE_NOOP("CoreLabels", "Overall"))};
    words.stances = {text(QT_TRANSLATE_NOOP("CoreLabels", "Recommended by guidelines")),
                     text(QT_TRANSLATE_NOOP("CoreLabels", "Guidelines: only in some cases")),
                     text(QT_TRANSLATE_NOOP("CoreLabels", "Guidelines advise against it")),
                     text(QT_TRANSLATE_NOOP("CoreLabels", "Guidelines disagree")),
                     text(QT_TRANSLATE_NOOP("CoreLabels", "Not covered by guidelines"))};
    words.urgency = urgencyWords();
    return words;
}

DoseWords doseWords() {
    DoseWords words;
    words.minutes = text(QT_TRANSLATE_NOOP("CoreLabels", "%1 min"));
    words.everyHours = text(QT_TRANSLATE_NOOP("CoreLabels", "every %1 h"));
    words.hold = text(QT_TRANSLATE_NOOP("CoreLabels", "Hold %1 s"));
    words.once = text(QT_TRANSLATE_NOOP("CoreLabels", "%1 time"));
    words.times = text(QT_TRANSLATE_NOOP("CoreLabels", "%1 times"));
    words.sets = text(QT_TRANSLATE_NOOP("CoreLabels", "%1 sets, rest %2 s"));
    words.eachSide = text(QT_TRANSLATE_NOOP("CoreLabels", "each side"));
    words.onceADay = text(QT_TRANSLATE_NOOP("CoreLabels", "once a day"));
    words.twiceADay = text(QT_TRANSLATE_NOOP("CoreLabels", "twice a day"));
    words.timesADay = text(QT_TRANSLATE_NOOP("CoreLabels", "%1 times a day"));
    words.day = text(QT_TRANSLATE_NOOP("CoreLabels", "day %1"));
    words.days = text(QT_TRANSLATE_NOOP("CoreLabels", "days %1–%2"));
    words.fromDay = text(QT_TRANSLATE_NOOP("CoreLabels", "from day %1"));
    words.expertAdvice = text(QT_TRANSLATE_NOOP("CoreLabels", "Carebook's expert advice"));
    words.fromSource = text(QT_TRANSLATE_NOOP("CoreLabels", "From %1"));
    words.partlyExpertAdvice = text(QT_TRANSLATE_NOOP("CoreLabels", "%1: Carebook's expert advice"));
    return words;
}

ArticleLabels articleLabels() {
    ArticleLabels labels;
    labels.words = contentWords();
    labels.alsoCalled = text(QT_TRANSLATE_NOOP("CoreLabels", "Also called: %1"));
    labels.dose = text(QT_TRANSLATE_NOOP("CoreLabels", "Dose:"));
    labels.doseWords = doseWords();
    labels.when = text(QT_TRANSLATE_NOOP("CoreLabels", "When:"));
    labels.steps = text(QT_TRANSLATE_NOOP("CoreLabels", "How to do it"));
    labels.cautions = text(QT_TRANSLATE_NOOP("CoreLabels", "Take care"));
    labels.avoidIf = text(QT_TRANSLATE_NOOP("CoreLabels", "Do not use it, or ask first, if"));
    labels.whatHelps = text(QT_TRANSLATE_NOOP("CoreLabels", "What helps"));
    labels.commonCauses = text(QT_TRANSLATE_NOOP("CoreLabels", "Common causes"));
    labels.evidence = text(QT_TRANSLATE_NOOP("CoreLabels", "What the evidence says"));
    labels.phaseColumn = text(QT_TRANSLATE_NOOP("CoreLabels", "Phase"));
    labels.evidenceColumn = text(QT_TRANSLATE_NOOP("CoreLabels", "Evidence"));
    labels.notesColumn = text(QT_TRANSLATE_NOOP("CoreLabels", "Notes"));
    labels.guidelines = text(QT_TRANSLATE_NOOP("CoreLabels", "Guidelines:"));
    labels.worksOn = text(QT_TRANSLATE_NOOP("CoreLabels", "Causes it works on"));
    labels.nutrients = text(QT_TRANSLATE_NOOP("CoreLabels", "Nutrients involved"));
    labels.usedFor = text(QT_TRANSLATE_NOOP("CoreLabels", "Used for"));
    labels.riskFactors = text(QT_TRANSLATE_NOOP("CoreLabels", "Who is at risk"));
    labels.prevention = text(QT_TRANSLATE_NOOP("CoreLabels", "Prevention"));
    labels.addressedBy = text(QT_TRANSLATE_NOOP("CoreLabels", "Remedies that address it"));
    labels.leadsTo = text(QT_TRANSLATE_NOOP("CoreLabels", "Symptoms it can lead to"));
    labels.foodExamples = text(QT_TRANSLATE_NOOP("CoreLabels", "Foods that supply it"));
    labels.askBeforeSupplement =
        text(QT_TRANSLATE_NOOP("CoreLabels", "Ask a clinician before taking it as a supplement if"));
    labels.nutrientLinks = text(QT_TRANSLATE_NOOP("CoreLabels", "Related remedies and causes"));
    labels.seeAlso = text(QT_TRANSLATE_NOOP("CoreLabels", "See also"));
    labels.sources = text(QT_TRANSLATE_NOOP("CoreLabels", "Sources"));
    labels.accessed = text(QT_TRANSLATE_NOOP("CoreLabels", "(accessed %1)"));
    labels.reviewed = text(QT_TRANSLATE_NOOP("CoreLabels", "Reviewed %1"));
    return labels;
}

ArticlePrintLabels articlePrintLabels() {
    ArticlePrintLabels labels;
    labels.article = articleLabels();
    labels.redFlags = text(QT_TRANSLATE_NOOP("CoreLabels", "When to seek care"));
    labels.redFlagsIntro = text(QT_TRANSLATE_NOOP("CoreLabels", "Get help if you have any of these signs."));
    labels.signsFor = text(QT_TRANSLATE_NOOP("CoreLabels", "Signs for: %1"));
    return labels;
}

ReadAloudLabels readAloudLabels() {
    ReadAloudLabels labels;
    labels.urgency = urgencyWords();
    labels.warningSigns = text(QT_TRANSLATE_NOOP("CoreLabels", "Warning signs for %1"));
    labels.tier = text(QT_TRANSLATE_NOOP("CoreLabels", "%1 if you have any of these signs"));
    return labels;
}

SheetScheduleLabels sheetScheduleLabels() {
    SheetScheduleLabels labels;
    labels.whenItStarts = text(QT_TRANSLATE_NOOP("CoreLabels", "When it starts"));
    labels.days1to3 = text(QT_TRANSLATE_NOOP("CoreLabels", "Days 1–3"));
    labels.fromDay4 = text(QT_TRANSLATE_NOOP("CoreLabels", "From day 4"));
    labels.longTerm = text(QT_TRANSLATE_NOOP("CoreLabels", "Over the coming weeks"));
    labels.withClinician = text(QT_TRANSLATE_NOOP("CoreLabels", "Ask a clinician about"));
    labels.fromDay1On = text(QT_TRANSLATE_NOOP("CoreLabels", "From day 1 (%1)"));
    labels.fromDay4On = text(QT_TRANSLATE_NOOP("CoreLabels", "From day 4 (%1)"));
    labels.words = contentWords();
    if (uiIsTranslated()) {
        const QString dayMonth = QStringLiteral("d MMM");
        labels.shortDate = [dayMonth](std::chrono::year_month_day day) { return localDate(day, dayMonth); };
        // "22–24 nov.", "30 nov. – 2 dec.", "30 dec. 2026 – 1 jan. 2027", as dates.h writes them in English.
        labels.dateRange = [dayMonth](std::chrono::year_month_day first, std::chrono::year_month_day last) {
            if (first.year() != last.year()) {
                return localDate(first, dayMonth + QStringLiteral(" yyyy")) + " – " +
                       localDate(last, dayMonth + QStringLiteral(" yyyy"));
            }
            if (first.month() != last.month()) {
                return localDate(first, dayMonth) + " – " + localDate(last, dayMonth);
            }
            return localDate(first, QStringLiteral("d")) + "–" + localDate(last, dayMonth);
        };
    }
    return labels;
}

QString articleKindTitle(ArticleKind kind) {
    switch (kind) {
    case ArticleKind::Symptom:
        return QCoreApplication::translate("CoreLabels", "Symptoms");
    case ArticleKind::Remedy:
        return QCoreApplication::translate("CoreLabels", "Remedies");
    case ArticleKind::Cause:
        return QCoreApplication::translate("CoreLabels", "Causes");
    case ArticleKind::Nutrient:
        return QCoreApplication::translate("CoreLabels", "Nutrients");
    case ArticleKind::Question:
        return QCoreApplication::translate("CoreLabels", "Questions");
    case ArticleKind::Page:
        break;
    }
    return QCoreApplication::translate("CoreLabels", "About");
}

SheetLabels sheetLabels() {
    SheetLabels labels;
    labels.forName = text(QT_TRANSLATE_NOOP("CoreLabels", "For"));
    labels.starting = text(QT_TRANSLATE_NOOP("CoreLabels", "Starting"));
    labels.eyebrow = text(QT_TRANSLATE_NOOP("CoreLabels", "HOME-CARE PLAN"));
    labels.made = text(QT_TRANSLATE_NOOP("CoreLabels", "Made"));
    labels.content = text(QT_TRANSLATE_NOOP("CoreLabels", "Content"));
    labels.schedule = text(QT_TRANSLATE_NOOP("CoreLabels", "Your plan, day by day"));
    labels.exercises = text(QT_TRANSLATE_NOOP("CoreLabels", "Stretches and exercises"));
    labels.foods = text(QT_TRANSLATE_NOOP("CoreLabels", "Foods rich in what your muscles need"));
    labels.foodsNote = text(QT_TRANSLATE_NOOP("CoreLabels", "Per usual portion. % DV: share of the Daily Value on US "
                                                          "food labels. Figures from USDA food data (SR28)."));
    labels.redFlags = text(QT_TRANSLATE_NOOP("CoreLabels", "When to get help"));
    labels.redFlagsIntro = text(QT_TRANSLATE_NOOP(
        "CoreLabels", "If one of these applies to you, do what it says. Do not wait for this plan to work."));
    labels.notes = text(QT_TRANSLATE_NOOP("CoreLabels", "Notes:"));
    labels.summary = text(QT_TRANSLATE_NOOP("CoreLabels", "In short:"));
    labels.summaryText = text(QT_TRANSLATE_NOOP("CoreLabels", "do the plan day by day, tick what you did, and get "
                                                            "help at once if a sign in the red box applies to you."));
    labels.purpose = text(QT_TRANSLATE_NOOP("CoreLabels", "Your home-care plan"));
    labels.start = text(QT_TRANSLATE_NOOP("CoreLabels", "Start"));
    labels.end = text(QT_TRANSLATE_NOOP("CoreLabels", "End"));
    labels.expertAdvice = text(QT_TRANSLATE_NOOP("CoreLabels", "(expert advice)"));
    labels.tracker = text(QT_TRANSLATE_NOOP("CoreLabels", "Tick what you did this week"));
    labels.from = text(QT_TRANSLATE_NOOP("CoreLabels", "from"));
    labels.trackerItem = text(QT_TRANSLATE_NOOP("CoreLabels", "Tick each day you do it"));
    labels.trackerPain = text(QT_TRANSLATE_NOOP("CoreLabels", "Pain tonight: 0 (none) to 10 (worst)"));
    labels.urgency = urgencyWords();
    if (uiIsTranslated()) {
        labels.longDate = [](std::chrono::year_month_day day) { return localDate(day, QStringLiteral("dddd d MMMM yyyy")); };
        labels.madeDate = [](std::chrono::year_month_day day) { return localDate(day, QStringLiteral("d MMM yyyy")); };
    }
    return labels;
}

} // namespace carebook::app
