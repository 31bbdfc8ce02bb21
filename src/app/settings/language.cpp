// SPDX-License-Identifier: MIT
#include "app/settings/language.h"

#include "core/sheet/html.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QRegularExpression>

namespace carebook::app {

namespace {

// Embedded by qt_add_translations (src/app/CMakeLists.txt): :/i18n/carebook_nl.qm and so on.
constexpr auto kCarebookTranslations = ":/i18n";

int g_translationsInstalled = 0; // UiTranslations alive with Carebook's translation loaded
int g_commandLineLanguages = 0;   // UiTranslations alive whose locale came from --lang

} // namespace

std::optional<QLocale> localeFromCode(const QString& code, const QLocale& system) {
    // A language (2 or 3 letters), optionally a script and a territory: nl, nl_BE, pt-BR, sr_Latn_RS.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,4}){0,2}$"));
    if (!shape.match(code).hasMatch()) {
        return std::nullopt;
    }
    const QLocale named(code);
    if (named.language() == QLocale::C || named.language() == QLocale::AnyLanguage) {
        return std::nullopt; // QLocale falls back to C for a name it does not know
    }
    const QString languageOnly = code.section(QRegularExpression(QStringLiteral("[_-]")), 0, 0);
    if (QLocale::codeToLanguage(languageOnly) != named.language()) {
        return std::nullopt; // "xx" is read as some other language's locale: not what was asked for
    }
    if (code.contains(QLatin1Char('_')) || code.contains(QLatin1Char('-'))) {
        return named;
    }
    const QLocale withTerritory(named.language(), system.territory());
    return withTerritory.language() == named.language() ? withTerritory : named;
}

QLocale chooseUiLocale(const std::optional<QLocale>& commandLine, LanguageChoice saved, const QLocale& system) {
    if (commandLine) {
        return *commandLine;
    }
    switch (saved) {
    case LanguageChoice::English:
        return *localeFromCode(QStringLiteral("en"), system);
    case LanguageChoice::Dutch:
        return *localeFromCode(QStringLiteral("nl"), system);
    case LanguageChoice::System:
        break;
    }
    return system;
}

UiTranslations::UiTranslations(const QLocale& locale, bool fromCommandLine)
    : m_fromCommandLine(fromCommandLine), m_previousLocale(QLocale()),
      m_previousDirection(QGuiApplication::layoutDirection()) {
    g_commandLineLanguages += m_fromCommandLine ? 1 : 0;
    QLocale::setDefault(locale);
    // English plurals first ("1 item", "2 items"): the sources write them as "%n item(s)". A
    // translation installed after it is searched before it, so it only fills in what that one lacks.
    if (!m_plurals.load(QStringLiteral("carebook_en"), QLatin1String(kCarebookTranslations))) {
        qWarning("carebook: the English plural forms are missing from this build; counts read \"(s)\"");
    }
    QCoreApplication::installTranslator(&m_plurals);
    if (locale.language() != QLocale::English) {
        // A desktop asking for English before Dutch (LANGUAGE=en:nl) finds carebook_en here: not a translation.
        m_carebookLoaded = m_carebook.load(locale, QStringLiteral("carebook"), QStringLiteral("_"),
                                           QLatin1String(kCarebookTranslations)) &&
                           !m_carebook.language().startsWith(QLatin1String("en"));
        if (m_carebookLoaded) {
            QCoreApplication::installTranslator(&m_carebook);
            ++g_translationsInstalled;
        }
        // Qt's own, so standard dialogs and buttons ("Cancel", the file dialog) speak the same language.
        m_qtLoaded = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded) {
            QCoreApplication::installTranslator(&m_qt);
        }
    }
    // Set explicitly, after the translators: Arabic or Hebrew lays out right to left even with no
    // translation of our own, and nothing a translation says can flip it.
    QGuiApplication::setLayoutDirection(locale.textDirection());
}

UiTranslations::~UiTranslations() {
    if (m_qtLoaded) {
        QCoreApplication::removeTranslator(&m_qt);
    }
    if (m_carebookLoaded) {
        QCoreApplication::removeTranslator(&m_carebook);
        --g_translationsInstalled;
    }
    QCoreApplication::removeTranslator(&m_plurals);
    g_commandLineLanguages -= m_fromCommandLine ? 1 : 0;
    QGuiApplication::setLayoutDirection(m_previousDirection);
    QLocale::setDefault(m_previousLocale);
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
    // QT_TRANSLATE_NOOP marks each text for lupdate; translate() looks it up.
    const auto text = [](const char* english) {
        return QCoreApplication::translate("CoreLabels", english).toStdString();
    };
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
    if (uiIsTranslated()) {
        const auto date = [](std::chrono::year_month_day day, const QString& format) {
            const QDate qdate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                              static_cast<int>(static_cast<unsigned>(day.day())));
            return QLocale().toString(qdate, format).toStdString();
        };
        labels.longDate = [date](std::chrono::year_month_day day) { return date(day, QStringLiteral("dddd d MMMM yyyy")); };
        labels.madeDate = [date](std::chrono::year_month_day day) { return date(day, QStringLiteral("d MMM yyyy")); };
    }
    return labels;
}

bool uiIsTranslated() { return g_translationsInstalled > 0; }

bool uiLanguageFromCommandLine() { return g_commandLineLanguages > 0; }

} // namespace carebook::app
