// SPDX-License-Identifier: MIT
// The window's language (issue 15, item 6): --lang and the saved choice pick the locale, Carebook's and
// Qt's translations load, Dutch menus keep distinct mnemonics and leave no English behind, the
// articles stay marked English, and right to left (--lang ar) mirrors the windows without clipping.
#include "app/contentsource.h"
#include "app/foods/foodfinderwindow.h"
#include "app/settings/language.h"
#include "app/settings/settings.h"
#include "app/settings/settingsdialog.h"
#include "app/sheet/sheetbuilder.h"
#include "app/window/articleview.h"
#include "app/window/mainwindow.h"
#include "core/foods/finder.h"
#include "core/content/article_html.h"
#include "core/print/article_print.h"
#include "core/sheet/compose.h"
#include "core/sheet/html.h"
#include "core/speech/read_aloud.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeView>

#include <map>
#include <set>

using carebook::app::LanguageChoice;
using carebook::app::MainWindow;
using carebook::app::UiTranslations;

namespace {

QLocale dutch() { return *carebook::app::localeFromCode(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Netherlands)); }
QLocale arabic() { return *carebook::app::localeFromCode(QStringLiteral("ar")); }

struct RealContent {
    std::unique_ptr<carebook::ContentStore> store = carebook::app::openContent(CAREBOOK_CONTENT_DB);
    carebook::foods::FoodFinder finder{store->database()};
};

RealContent& real() {
    static RealContent content;
    return content;
}

std::unique_ptr<MainWindow> makeWindow() {
    QSettings().clear();
    auto window = std::make_unique<MainWindow>(carebook::app::openContent(CAREBOOK_CONTENT_DB));
    window->resize(1024, 600);
    window->show();
    window->openArticle(QStringLiteral("back-spasm"));
    QApplication::processEvents();
    return window;
}

// The letter a text marks as its mnemonic ("Be&werken" → 'w'), or 0.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

// Every pair of entries in one menu (or the menu bar) that share a mnemonic: "Bestand: &Afdrukken / &Afsluiten".
QStringList mnemonicClashes(const QString& where, const QList<QAction*>& actions) {
    QStringList clashes;
    std::map<QChar, QString> taken;
    for (const QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull()) {
            continue;
        }
        if (const auto [at, inserted] = taken.emplace(letter, action->text()); !inserted) {
            clashes << where + QStringLiteral(": ") + at->second + QStringLiteral(" / ") + action->text();
        }
    }
    for (const QAction* action : actions) {
        if (action->menu()) {
            clashes << mnemonicClashes(action->text(), action->menu()->actions());
        }
    }
    return clashes;
}

// Labels and buttons of one window that share a mnemonic (Alt+letter would reach only one of them).
QStringList widgetMnemonicClashes(QWidget& window) {
    QStringList texts;
    for (const auto* label : window.findChildren<QLabel*>()) {
        if (label->buddy() && label->isVisibleTo(&window)) {
            texts << label->text();
        }
    }
    for (const auto* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(&window)) {
            texts << button->text();
        }
    }
    QStringList clashes;
    std::map<QChar, QString> taken;
    for (const auto& text : texts) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull()) {
            continue;
        }
        if (const auto [at, inserted] = taken.emplace(letter, text); !inserted) {
            clashes << at->second + QStringLiteral(" / ") + text;
        }
    }
    return clashes;
}

// The texts a person reads on a window's own controls: menus, buttons, form labels, group titles.
// Content (articles, red flags, food names) is not among them.
QStringList controlTexts(QWidget& window) {
    QStringList texts;
    if (!qobject_cast<QMainWindow*>(&window)) {
        texts << window.windowTitle(); // the main window's is the article's title
    }
    std::function<void(const QList<QAction*>&)> addMenu = [&](const QList<QAction*>& actions) {
        for (const QAction* action : actions) {
            texts << action->text() << action->toolTip();
            if (action->menu()) {
                addMenu(action->menu()->actions());
            }
        }
    };
    if (auto* main = qobject_cast<QMainWindow*>(&window)) {
        addMenu(main->menuBar()->actions());
    }
    for (const auto* button : window.findChildren<QAbstractButton*>()) {
        texts << button->text() << button->toolTip();
    }
    for (const auto* label : window.findChildren<QLabel*>()) {
        if (label->buddy()) {
            texts << label->text();
        }
    }
    for (const auto* group : window.findChildren<QGroupBox*>()) {
        texts << group->title();
    }
    texts.removeAll(QString());
    return texts;
}

// What a window shows the same in English and in Dutch: English left behind, unless the word is Dutch
// too or a name ("Help", "Carebook", "A4").
QStringList untranslated(const QStringList& english, const QStringList& translated) {
    static const std::set<QString> same{QStringLiteral("&Help"), QStringLiteral("Help"), QStringLiteral("OK"),
                                        QStringLiteral("Carebook"), QStringLiteral("&Per:"),
                                        QStringLiteral("Score"), QStringLiteral("Basis"), QStringLiteral("Status"),
                                        QStringLiteral("Later"), QStringLiteral("100 g")};
    const std::set<QString> dutch(translated.begin(), translated.end());
    QStringList left;
    for (const auto& text : english) {
        if (dutch.count(text) && !same.count(text) && !text.startsWith(QStringLiteral("Carebook "))) {
            left << text;
        }
    }
    left.removeDuplicates();
    return left;
}

// Each visible button whose text is cut: narrower than it asks to be.
QStringList clippedButtons(QWidget& window) {
    QStringList clipped;
    for (auto* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(&window) && button->sizeHint().width() > button->width()) {
            clipped << QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                           .arg(button->objectName(), button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width());
        }
    }
    return clipped;
}

// The horizontal middle of `widget` in `window`'s coordinates.
int middleIn(const QWidget& widget, const QWidget& window) {
    return widget.mapTo(&window, QPoint(widget.width() / 2, 0)).x();
}

// Form labels and their fields on one row: in a right-to-left layout every label is right of its field.
int labelsLeftOfFields(QWidget& window) {
    int count = 0;
    for (auto* label : window.findChildren<QLabel*>()) {
        QWidget* field = label->buddy();
        if (!field || !label->isVisibleTo(&window) || !field->isVisibleTo(&window)) {
            continue;
        }
        const QRect labelBox(label->mapTo(&window, QPoint()), label->size());
        const QRect fieldBox(field->mapTo(&window, QPoint()), field->size());
        if (labelBox.top() < fieldBox.bottom() && fieldBox.top() < labelBox.bottom()) { // one row
            count += labelBox.center().x() < fieldBox.center().x() ? 1 : -1;
        }
    }
    return count; // > 0: left to right, < 0: right to left
}

} // namespace

TEST_CASE("language codes (--lang) name a language or are refused; the saved choice applies without one", "[language]") {
    const QLocale system(QLocale::Dutch, QLocale::Belgium);
    CHECK(carebook::app::localeFromCode(QStringLiteral("nl"), system)->language() == QLocale::Dutch);
    CHECK(carebook::app::localeFromCode(QStringLiteral("nl"), system)->territory() == QLocale::Belgium);
    // English on a Dutch desktop keeps its territory (and so A4 paper).
    CHECK(carebook::app::localeFromCode(QStringLiteral("en"), system)->language() == QLocale::English);
    CHECK(carebook::app::localeFromCode(QStringLiteral("en"), system)->territory() == QLocale::Belgium);
    CHECK(carebook::app::localeFromCode(QStringLiteral("en_US"), system)->territory() == QLocale::UnitedStates);
    CHECK(carebook::app::localeFromCode(QStringLiteral("ar"), system)->textDirection() == Qt::RightToLeft);
    CHECK(carebook::app::localeFromCode(QStringLiteral("he"), system)->textDirection() == Qt::RightToLeft);
    for (const char* bad : {"", "x", "zz", "dutch", "12", "nl_", "nl/../x", "-nl"}) {
        INFO(bad);
        CHECK_FALSE(carebook::app::localeFromCode(QString::fromLatin1(bad), system).has_value());
    }
    const auto en = carebook::app::localeFromCode(QStringLiteral("en"), system);
    CHECK(carebook::app::chooseUiLocale(en, LanguageChoice::Dutch, system).language() == QLocale::English);
    CHECK(carebook::app::chooseUiLocale(std::nullopt, LanguageChoice::English, system).language() == QLocale::English);
    CHECK(carebook::app::chooseUiLocale(std::nullopt, LanguageChoice::Dutch, QLocale(QLocale::English)).language() ==
          QLocale::Dutch);
    CHECK(carebook::app::chooseUiLocale(std::nullopt, LanguageChoice::System, system) == system);
}

TEST_CASE("Dutch loads Carebook's translation and Qt's own, and goes again with it", "[language]") {
    {
        const UiTranslations translations(dutch());
        CHECK(translations.carebookTranslated());
        CHECK(carebook::app::uiIsTranslated());
        CHECK(QCoreApplication::translate("carebook::app::MainWindow", "&File") == QStringLiteral("&Bestand"));
        // Debian's qt6-translations-l10n (scripts/setup.sh installs it): Qt's buttons in Dutch too.
        CHECK(translations.qtTranslated());
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuleren"));
        CHECK(QLocale().language() == QLocale::Dutch);
        CHECK(QCoreApplication::translate("carebook::app::SessionController", "%n minute(s)", nullptr, 1) ==
              QStringLiteral("1 minuut"));
        CHECK(QCoreApplication::translate("carebook::app::SessionController", "%n minute(s)", nullptr, 5) ==
              QStringLiteral("5 minuten"));
    }
    CHECK_FALSE(carebook::app::uiIsTranslated());
    CHECK(QCoreApplication::translate("carebook::app::MainWindow", "&File") == QStringLiteral("&File"));
}

TEST_CASE("English counts read as English: one minute, two minutes", "[language]") {
    const UiTranslations translations(QLocale(QLocale::English));
    CHECK_FALSE(translations.carebookTranslated());
    CHECK(QCoreApplication::translate("carebook::app::SessionController", "%n minute(s)", nullptr, 1) ==
          QStringLiteral("1 minute"));
    CHECK(QCoreApplication::translate("carebook::app::SessionController", "%n minute(s)", nullptr, 2) ==
          QStringLiteral("2 minutes"));
    CHECK(QCoreApplication::translate("carebook::app::BookmarksPane", "Deleted %n bookmark(s).", nullptr, 1) ==
          QStringLiteral("Deleted 1 bookmark."));
}

TEST_CASE("the Dutch main window: Dutch menus with distinct mnemonics, the article marked English", "[language][ui]") {
    QStringList english;
    {
        const UiTranslations translations(QLocale(QLocale::English));
        english = controlTexts(*makeWindow());
    }
    const UiTranslations translations(dutch());
    auto window = makeWindow();
    QStringList titles;
    for (const QAction* menu : window->menuBar()->actions()) {
        titles << menu->text();
    }
    CHECK(titles.join(QLatin1Char(' ')).startsWith(QStringLiteral("&Bestand Be&werken &Ga naar Beel&d")));
    const QStringList clashes = mnemonicClashes(QStringLiteral("menu bar"), window->menuBar()->actions());
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
    const QStringList left = untranslated(english, controlTexts(*window));
    INFO(left.join(QLatin1Char('\n')).toStdString());
    CHECK(left.isEmpty());
    CHECK(window->articleView()->locale().language() == QLocale::English);
    CHECK(window->findChild<QTreeView*>(QStringLiteral("navigationView"))->model()->index(0, 0).data().toString() ==
          QStringLiteral("Klachten"));
    const QStringList clipped = clippedButtons(*window);
    INFO(clipped.join(QLatin1Char('\n')).toStdString());
    CHECK(clipped.isEmpty());
}

TEST_CASE("the Dutch food finder, sheet builder and settings: no English left, no button clipped", "[language][ui]") {
    const auto build = [](auto make) {
        auto window = make();
        window->resize(1024, 600);
        window->show();
        QApplication::processEvents();
        return window;
    };
    const auto finder = [] { return std::make_unique<carebook::app::FoodFinderWindow>(real().finder); };
    const auto sheet = [] {
        auto builder = std::make_unique<carebook::app::SheetBuilder>(*real().store);
        builder->setSymptom(QStringLiteral("back-spasm"));
        return builder;
    };
    const auto settingsDialog = [] {
        return std::make_unique<carebook::app::SettingsDialog>(std::vector<std::pair<QString, int>>{});
    };
    QSettings().clear();
    std::vector<QStringList> english;
    {
        const UiTranslations translations(QLocale(QLocale::English));
        english = {controlTexts(*build(finder)), controlTexts(*build(sheet)), controlTexts(*build(settingsDialog))};
    }
    const UiTranslations translations(dutch());
    std::vector<std::unique_ptr<QWidget>> windows;
    windows.push_back(build(finder));
    windows.push_back(build(sheet));
    windows.push_back(build(settingsDialog));
    for (std::size_t i = 0; i < windows.size(); ++i) {
        INFO(windows[i]->windowTitle().toStdString());
        const QStringList left = untranslated(english[i], controlTexts(*windows[i]));
        INFO(left.join(QLatin1Char('\n')).toStdString());
        CHECK(left.isEmpty());
        const QStringList clipped = clippedButtons(*windows[i]);
        INFO(clipped.join(QLatin1Char('\n')).toStdString());
        CHECK(clipped.isEmpty());
        const QStringList clashes = widgetMnemonicClashes(*windows[i]);
        INFO(clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
    auto* note = windows[2]->findChild<QLabel*>(QStringLiteral("settingsLanguageNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("volgende keer")));
}

TEST_CASE("right to left (--lang ar) mirrors the windows, with no button clipped", "[language][ui]") {
    const UiTranslations translations(arabic(), true);
    REQUIRE(QApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(carebook::app::uiLanguageFromCommandLine());

    auto window = makeWindow();
    CHECK(window->layoutDirection() == Qt::RightToLeft);
    // The navigation pane is on the right, the warning signs on the left: the left-to-right layout mirrored.
    const auto* navigation = window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    const auto* redFlags = window->findChild<QWidget*>(QStringLiteral("redFlagPanel"));
    REQUIRE(navigation);
    REQUIRE(redFlags);
    CHECK(middleIn(*navigation, *window) > window->width() / 2);
    CHECK(middleIn(*redFlags, *window) < middleIn(*window->articleView(), *window));
    QStringList clipped = clippedButtons(*window);

    carebook::app::FoodFinderWindow finder(real().finder);
    carebook::app::SheetBuilder sheet(*real().store);
    sheet.setSymptom(QStringLiteral("back-spasm"));
    for (QWidget* other : std::initializer_list<QWidget*>{&finder, &sheet}) {
        other->resize(1024, 600);
        other->show();
        QApplication::processEvents();
        INFO(other->windowTitle().toStdString());
        CHECK(other->layoutDirection() == Qt::RightToLeft);
        CHECK(labelsLeftOfFields(*other) < 0); // each label right of its field
        clipped << clippedButtons(*other);
    }
    INFO(clipped.join(QLatin1Char('\n')).toStdString());
    CHECK(clipped.isEmpty());
}

TEST_CASE("the home-care sheet's headings and dates follow the window's language; the content stays English",
          "[language][sheet]") {
    carebook::SheetRequest request;
    request.symptomId = "back-spasm";
    request.startDate = "2026-12-07";
    const auto sheet = carebook::composeSheet(*real().store, request, {});
    const auto english = carebook::renderSheetHtml(sheet, carebook::SheetTextSize::Regular, carebook::app::sheetLabels());
    CHECK(english == carebook::renderSheetHtml(sheet)); // untranslated: exactly the core's own sheet
    CHECK_THAT(english, Catch::Contains("When to get help") && Catch::Contains("Starting Monday 7 December 2026"));

    const UiTranslations translations(dutch());
    const auto html = carebook::renderSheetHtml(sheet, carebook::SheetTextSize::Regular, carebook::app::sheetLabels());
    CHECK_THAT(html, Catch::Contains("Wanneer hulp zoeken") && Catch::Contains("THUISZORGPLAN") &&
                         Catch::Contains("Vanaf maandag 7 december 2026"));
    CHECK_THAT(html, !Catch::Contains("When to get help") && !Catch::Contains("HOME-CARE PLAN"));
    CHECK_THAT(html, Catch::Contains(sheet.symptomTitle)); // "Back spasm": content, English
}

namespace {

// The core's fixed words that must not be left in English in a Dutch window.
// (Headings with their tags' edges: a linked article's English title may well start "What helps …".)
const std::vector<std::string> kEnglishHeadings = {
    ">What helps<", ">Common causes<", ">See also<", ">Sources<", ">Right now<", ">First 72 hours<",
    ">After 72 hours<", ">Over the coming weeks<", ">What a clinician may offer<", ">Symptoms<", "Also called:",
    ">Reviewed ", "Emergency: get help now", "Urgent: see a doctor today", "Book an appointment"};

// The English headings left in an article's HTML, outside its body (the content stays English, and a
// body may well say "See also").
std::vector<std::string> englishLeft(std::string html) {
    if (const auto body = html.find("<div class=\"body\">"); body != std::string::npos) {
        html.erase(body, html.find("</div>", body) - body);
    }
    std::vector<std::string> left;
    for (const auto& heading : kEnglishHeadings) {
        if (html.find(heading) != std::string::npos) {
            left.push_back(heading);
        }
    }
    return left;
}

} // namespace

TEST_CASE("the article's headings, the urgencies, the print and read aloud follow the window's language",
          "[language][article]") {
    const auto article = real().store->article("back-spasm");
    REQUIRE(article);
    // Untranslated, the app's labels are exactly the core's English: the command line, the tests and an
    // English window write the same article.
    for (const char* id : {"back-spasm", "cold-therapy", "magnesium", "muscle-strain"}) {
        const auto other = real().store->article(id);
        REQUIRE(other);
        CHECK(carebook::renderArticleHtml(*other, {}, carebook::app::articleLabels()) ==
              carebook::renderArticleHtml(*other));
    }
    CHECK(carebook::articlePassages(*article, carebook::app::readAloudLabels()) == carebook::articlePassages(*article));
    CHECK(carebook::composeArticlePrint(*real().store, "back-spasm", {}, {}, carebook::app::articlePrintLabels()).html ==
          carebook::composeArticlePrint(*real().store, "back-spasm").html);

    CHECK(englishLeft(carebook::renderArticleHtml(*article)).size() >= 5); // the check finds English when it is there
    const UiTranslations translations(dutch());
    const auto html = carebook::renderArticleHtml(*article, {}, carebook::app::articleLabels());
    CHECK(englishLeft(html) == std::vector<std::string>());
    CHECK_THAT(html, Catch::Contains("Wat helpt") && Catch::Contains("Nu meteen") && Catch::Contains("Bronnen") &&
                         Catch::Contains("Zie ook") && Catch::Contains("KLACHTEN", Catch::CaseSensitive::No));
    CHECK_THAT(html, Catch::Contains(article->summary.title)); // the content stays English

    // The red-flag panel as the window shows it, and its words for screen readers.
    const auto window = makeWindow();
    const auto* panel = window->findChild<QTextBrowser*>(QStringLiteral("redFlagList"));
    REQUIRE(panel);
    CHECK(englishLeft(panel->toHtml().toStdString()) == std::vector<std::string>());
    CHECK_THAT(panel->toPlainText().toStdString(), Catch::Contains("Spoed: zoek nu hulp"));
    CHECK_THAT(panel->accessibleDescription().toStdString(), Catch::Contains("Spoed: zoek nu hulp"));

    const auto print = carebook::composeArticlePrint(*real().store, "back-spasm", {}, {}, carebook::app::articlePrintLabels());
    CHECK(englishLeft(print.html) == std::vector<std::string>());
    CHECK_THAT(print.html, Catch::Contains("Wanneer hulp zoeken") && Catch::Contains("Signalen bij: Back spasm") &&
                               !Catch::Contains("When to seek care") && !Catch::Contains("Signs for"));

    const auto spoken = carebook::joinPassages(carebook::articlePassages(*article, carebook::app::readAloudLabels()));
    CHECK_THAT(spoken, Catch::Contains("Waarschuwingssignalen bij Back spasm.") &&
                           Catch::Contains("Spoed: zoek nu hulp als je een van deze signalen hebt.") &&
                           !Catch::Contains("Warning signs for") && !Catch::Contains("if you have any"));

    // The sheet's schedule and exercise starts, with Dutch dates; its red box in the same urgency words.
    carebook::SheetRequest request;
    request.symptomId = "back-spasm";
    request.startDate = "2026-11-30";
    carebook::SheetComposeOptions options;
    options.labels = carebook::app::sheetScheduleLabels();
    const auto sheet = carebook::composeSheet(*real().store, request, options);
    std::vector<std::string> rows;
    for (const auto& row : sheet.schedule) {
        rows.push_back(row.label + " " + row.dates);
    }
    CHECK_THAT(rows, Catch::VectorContains(std::string("Dag 1–3 30 nov. – 2 dec.")));
    for (const auto& exercise : sheet.exercises) {
        CHECK_THAT(exercise.from, !Catch::Contains("From day") && !Catch::Contains("Dec"));
    }
    const auto sheetHtml = carebook::renderSheetHtml(sheet, carebook::SheetTextSize::Regular, carebook::app::sheetLabels());
    CHECK(englishLeft(sheetHtml) == std::vector<std::string>());
    CHECK_THAT(sheetHtml, Catch::Contains("Spoed: zoek nu hulp"));
}
