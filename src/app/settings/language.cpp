// SPDX-License-Identifier: MIT
#include "app/settings/language.h"

#include <QCoreApplication>
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

bool uiIsTranslated() { return g_translationsInstalled > 0; }

bool uiLanguageFromCommandLine() { return g_commandLineLanguages > 0; }

} // namespace carebook::app
