// SPDX-License-Identifier: MIT
#pragma once

#include "app/settings/settings.h"
#include "core/content/model.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <optional>
#include <string_view>

namespace carebook {
struct ArticleLabels;       // core/content/article_html.h
struct ArticlePrintLabels;  // core/print/article_print.h
struct ContentWords;        // core/content/labels.h
struct DoseWords;           // core/content/dose.h
struct ReadAloudLabels;     // core/speech/read_aloud.h
struct SheetLabels;         // core/sheet/html.h
struct SheetScheduleLabels; // core/sheet/compose.h
struct UrgencyWords;        // core/content/labels.h
}

namespace carebook::app {

// The language of Carebook's window: which translation loads, how dates and numbers are written and
// which way the layout runs. The content (articles, red flags) stays English whatever is chosen.

// Reads a --lang code ("nl", "en", "ar", "nl_BE", "pt-BR"); nullopt when it names no language.
// Without a territory the system's is kept, so choosing English on a Dutch desktop keeps A4 paper.
std::optional<QLocale> localeFromCode(const QString& code, const QLocale& system = QLocale::system());

// The locale the window uses: --lang when given, else the choice saved in Settings, else the system's.
QLocale chooseUiLocale(const std::optional<QLocale>& commandLine, LanguageChoice saved,
                       const QLocale& system = QLocale::system());

// Carebook's translation, its English plural forms, and Qt's own (qtbase, so standard dialogs and buttons match), installed for
// one locale for as long as this object lives; it also sets QLocale's default and the layout
// direction, and puts back what was there before when it goes. A missing translation is not an error:
// that part stays English.
class UiTranslations final {
public:
    // `fromCommandLine`: the locale came from --lang (the Settings dialog then says so).
    explicit UiTranslations(const QLocale& locale, bool fromCommandLine = false);
    ~UiTranslations();
    UiTranslations(const UiTranslations&) = delete;
    UiTranslations& operator=(const UiTranslations&) = delete;

    // Whether Carebook's own translation for the locale was found (false: the window is English).
    bool carebookTranslated() const { return m_carebookLoaded; }
    // Whether Qt's translation was found in QLibraryInfo's TranslationsPath (Debian's qt6-translations-l10n).
    bool qtTranslated() const { return m_qtLoaded; }

private:
    QTranslator m_plurals; // carebook_en: the English plural forms, for every language
    QTranslator m_carebook;
    QTranslator m_qt;
    bool m_carebookLoaded = false;
    bool m_qtLoaded = false;
    bool m_fromCommandLine = false;
    QLocale m_previousLocale;
    Qt::LayoutDirection m_previousDirection;
};

// Whether the window is shown in a translation this run (set by UiTranslations): the window then
// says once that the articles are in English.
bool uiIsTranslated();
// Whether this run's language was given with --lang (the saved choice applies again next start).
bool uiLanguageFromCommandLine();

// The core's fixed labels (no Qt there, so English), in the window's language (app/settings/corelabels.cpp,
// translation context CoreLabels); the English defaults when no translation is loaded.
// What each urgency tier says, in the one wording the article, the red-flag panel, the print, the
// sheet and read aloud all use.
QString urgencyText(std::string_view urgency);
UrgencyWords urgencyWords();
// The labels of the content's fixed keys: kinds, phases, evidence levels and phases, guideline stances.
ContentWords contentWords();
// A dose line's words ("15 min · every 2 h · days 1–3") and where its figures come from.
DoseWords doseWords();
// The article's headings and fixed words, on screen and in print.
ArticleLabels articleLabels();
ArticlePrintLabels articlePrintLabels();
// What read aloud says round the warning signs.
ReadAloudLabels readAloudLabels();
// The sheet's schedule rows and exercise starts (and, translated, their dates in the window's language).
SheetScheduleLabels sheetScheduleLabels();
// The heading over each kind of article: "Symptoms", "Remedies"… (core's kindLabel).
QString articleKindTitle(ArticleKind kind);
// The home-care sheet's headings and fixed words (and, in a translated window, its header's dates in the
// window's language); the English defaults when no translation is loaded.
SheetLabels sheetLabels();

} // namespace carebook::app
