// SPDX-License-Identifier: MIT
#include "app/contentsource.h"
#include "app/settings/settings.h"
#include "app/settings/settingsdialog.h"
#include "app/sheet/sheetbuilder.h"
#include "app/theme/desktopscheme.h"
#include "app/theme/icons.h"
#include "app/theme/theme.h"
#include "app/theme/thememanager.h"
#include "app/window/articleview.h"
#include "app/window/mainwindow.h"
#include "app/window/redflagpanel.h"
#include "app/window/windowgeometry.h"
#include "core/content/article_html.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QApplication>
#include <QScreen>
#include <QRegularExpression>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextBrowser>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

#include <iostream>
#include <set>

using carebook::app::contrastRatio;
using carebook::app::Theme;
using carebook::app::ThemeChoice;
using carebook::app::ThemeKind;
using carebook::app::ThemeManager;

namespace {

const Theme* const kThemes[] = {&Theme::light(), &Theme::dark(), &Theme::highContrast()};

// Every #rrggbb in a stylesheet.
std::set<QString> coloursIn(const QString& css) {
    std::set<QString> colours;
    const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    for (auto it = hex.globalMatch(css); it.hasNext();) {
        colours.insert(it.next().captured(0).toLower());
    }
    return colours;
}

struct ThemeGuard {
    ~ThemeGuard() {
        ThemeManager::instance().setOverride(ThemeChoice::Light);
        ThemeManager::instance().resetTextScale();
    }
};

} // namespace

TEST_CASE("the contrast ratio is WCAG's", "[theme]") {
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    // #767676 on white is the classic lightest grey that passes AA.
    CHECK(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).margin(0.01));
    CHECK(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

TEST_CASE("every text colour meets WCAG 2.1 AA on its background, in every theme", "[theme]") {
    for (const Theme* theme : kThemes) {
        double lowest = 100;      // text: 4.5 needed
        double lowestLarge = 100; // large text and marks: 3 needed
        QString lowestWhat;
        for (const auto& pair : carebook::app::contrastPairs(*theme)) {
            const double ratio = contrastRatio(pair.foreground, pair.background);
            INFO(theme->name.toStdString() << ": " << pair.what.toStdString() << " " << pair.foreground.name().toStdString()
                                           << " on " << pair.background.name().toStdString() << " = " << ratio);
            CHECK(ratio >= pair.minimum);
            if (pair.minimum >= 4.5 && ratio < lowest) {
                lowest = ratio;
                lowestWhat = pair.what;
            }
            lowestLarge = pair.minimum < 4.5 ? std::min(lowestLarge, ratio) : lowestLarge;
        }
        // The figure for the notes: the weakest pair of each theme.
        std::cout << "contrast: " << theme->name.toStdString() << " lowest " << QString::number(lowest, 'f', 2).toStdString()
                  << ":1 for text (" << lowestWhat.toStdString() << "), "
                  << QString::number(lowestLarge, 'f', 2).toStdString() << ":1 for large text and marks\n";
    }
}

TEST_CASE("the contrast check catches an unreadable pair", "[theme]") {
    // The bug this guards against: under a dark desktop the warning signs became white on pale pink.
    Theme broken = Theme::light();
    broken.emergency = QColor(QStringLiteral("#ffffff"));
    broken.redFlagBackground = QColor(QStringLiteral("#fde8e6"));
    const auto failures = carebook::app::contrastFailures(broken);
    REQUIRE_FALSE(failures.empty());
    bool named = false;
    for (const auto& failure : failures) {
        named = named || failure.what == QStringLiteral("red flag: emergency");
    }
    CHECK(named);
    for (const Theme* theme : kThemes) {
        INFO(theme->name.toStdString());
        CHECK(carebook::app::contrastFailures(*theme).empty());
    }
}

TEST_CASE("each urgency sign stands out from the red-flag panel in every theme", "[theme]") {
    // A graphic needs 3:1 (WCAG 1.4.11): its outline or its fill, whichever is drawn at its edge.
    const QRegularExpression edge(QStringLiteral("<(?:polygon|circle)[^>]*fill=\"(#[0-9a-fA-F]{6})\"[^>]*stroke=\"(#[0-9a-fA-F]{6})\""));
    for (const char* name : {"urgency-emergency", "urgency-urgent", "urgency-routine"}) {
        QFile file(QStringLiteral(":/icons/") + QString::fromLatin1(name) + QStringLiteral(".svg"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto match = edge.match(QString::fromUtf8(file.readAll()));
        REQUIRE(match.hasMatch());
        for (const Theme* theme : kThemes) {
            const double fill = contrastRatio(QColor(match.captured(1)), theme->redFlagBackground);
            const double outline = contrastRatio(QColor(match.captured(2)), theme->redFlagBackground);
            INFO(name << " in " << theme->name.toStdString() << ": fill " << fill << ", outline " << outline);
            CHECK(std::max(fill, outline) >= 3.0);
        }
    }
}

TEST_CASE("the article stylesheet uses only the theme's colours, which the contrast test covers", "[theme]") {
    for (const Theme* theme : kThemes) {
        std::set<QString> checked;
        for (const auto& pair : carebook::app::contrastPairs(*theme)) {
            checked.insert(pair.foreground.name());
            checked.insert(pair.background.name());
        }
        checked.insert(theme->tableBorder.name()); // a border, not text
        for (const QString& css : {carebook::app::articleCss(*theme), carebook::app::redFlagCss(*theme)}) {
            for (const QString& colour : coloursIn(css)) {
                INFO(theme->name.toStdString() << " uses " << colour.toStdString());
                CHECK(checked.count(colour) == 1);
            }
        }
    }
}

TEST_CASE("the red-flag tiers differ by more than colour, and their colours differ in every theme", "[theme]") {
    for (const Theme* theme : kThemes) {
        INFO(theme->name.toStdString());
        CHECK(theme->emergency != theme->urgent);
        CHECK(theme->urgent != theme->routine);
        CHECK(theme->emergency != theme->routine);
    }
    const std::vector<carebook::RedFlag> flags = {{"groin", "emergency", "Numb groin", "Call now", "Numb groin"},
                                                  {"fever", "urgent", "Fever", "See a doctor today", "Fever"},
                                                  {"weeks", "routine", "Lasts weeks", "Book a visit", "Weeks"}};
    const auto html = carebook::renderRedFlagsHtml(flags);
    for (const char* icon : {"icons/urgency-emergency.svg", "icons/urgency-urgent.svg", "icons/urgency-routine.svg"}) {
        CHECK(html.find(icon) != std::string::npos);
        CHECK_FALSE(QImage(QStringLiteral(":/") + QString::fromLatin1(icon)).isNull());
    }
}

TEST_CASE("text size scales the stylesheet and stays within 70-250 %", "[theme]") {
    ThemeGuard guard;
    auto& themes = ThemeManager::instance();
    themes.setTextScalePercent(200);
    CHECK(themes.textScalePercent() == 200);
    CHECK(carebook::app::articleCss(Theme::light(), 200).contains(QStringLiteral("font-size: 22.0pt")));
    themes.setTextScalePercent(900);
    CHECK(themes.textScalePercent() == ThemeManager::kMaxTextScale);
    themes.setTextScalePercent(10);
    CHECK(themes.textScalePercent() == ThemeManager::kMinTextScale);
    themes.resetTextScale();
    CHECK(themes.textScalePercent() == 100);
}

TEST_CASE("switching the theme restyles the open window at once", "[theme][ui]") {
    ThemeGuard guard;
    carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window.show();
    REQUIRE(window.openArticle(QStringLiteral("back-spasm")));
    auto& themes = ThemeManager::instance();
    themes.setOverride(ThemeChoice::Dark);
    themes.apply();
    CHECK(ThemeManager::current().kind == ThemeKind::Dark);
    CHECK(window.articleView()->document()->defaultStyleSheet().contains(Theme::dark().pageText.name()));
    CHECK(QApplication::palette().color(QPalette::Base) == Theme::dark().base);
    // The panel's own background and edge, in the dark theme's colours (inside its 8 px margin).
    const QImage panel = window.redFlagPanel()->grab().toImage();
    CHECK(panel.pixelColor(5, panel.height() / 2) == Theme::dark().redFlagBackground);
    CHECK(panel.pixelColor(panel.width() / 2, 0) == Theme::dark().redFlagBorder);
    // The panel's heading follows too: no light-theme red on the dark panel.
    CHECK(window.redFlagPanel()->plainText().contains(Theme::dark().redFlagHeading.name()));

    themes.setOverride(ThemeChoice::HighContrast);
    CHECK(window.articleView()->document()->defaultStyleSheet().contains(Theme::highContrast().heading.name()));
}

TEST_CASE("Ctrl+Plus, Ctrl+Minus and Ctrl+0 scale the article and the red flags together", "[theme][ui]") {
    ThemeGuard guard;
    carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window.show();
    auto* larger = window.findChild<QAction*>(QStringLiteral("largerTextAction"));
    auto* normal = window.findChild<QAction*>(QStringLiteral("normalTextAction"));
    REQUIRE(larger);
    REQUIRE(normal);
    CHECK(larger->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)));
    larger->trigger();
    larger->trigger();
    CHECK(ThemeManager::textScale() == 120);
    CHECK(window.articleView()->document()->defaultStyleSheet().contains(QStringLiteral("font-size: 13.2pt")));
    CHECK(window.redFlagPanel()->findChild<QTextBrowser*>()->document()->defaultStyleSheet().contains(
        QStringLiteral("font-size: 12.6pt")));
    normal->trigger();
    CHECK(ThemeManager::textScale() == 100);
}

TEST_CASE("a window never opens larger than the screen", "[theme][ui]") {
    const QRect small(0, 0, 1024, 600);
    const QSize fitted = carebook::app::fittedSize({1240, 800}, small);
    CHECK(fitted.width() <= 1024);
    CHECK(fitted.height() <= 600 - 40);
    CHECK(carebook::app::fittedSize({500, 400}, small) == QSize(500, 400));
}

TEST_CASE("the portal's color-scheme values", "[theme]") {
    using carebook::app::DesktopColourScheme;
    CHECK(DesktopColourScheme::fromPortalValue(1) == std::optional<bool>(true));
    CHECK(DesktopColourScheme::fromPortalValue(2) == std::optional<bool>(false));
    CHECK_FALSE(DesktopColourScheme::fromPortalValue(0).has_value());
    CHECK_FALSE(DesktopColourScheme::fromPortalValue(7).has_value());
    // Without a portal (the tests have no session bus), the desktop palette's lightness decides.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    CHECK(DesktopColourScheme(true).prefersDark());
    CHECK_FALSE(DesktopColourScheme(false).prefersDark());
}

TEST_CASE("a geometry remembered from a larger screen comes back inside this one", "[theme][ui]") {
    {
        carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
        window.show();
        window.resize(1600, 1100); // the offscreen screen is 800×600
        window.close();
    }
    carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window.show();
    const QRect available = window.screen()->availableGeometry();
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
}

namespace {

// How tall the document really lays out the first line of the block whose text starts with `start`
// (the font the layout used, whatever the stylesheet says).
double lineHeightOfBlock(QTextDocument* document, const QString& start) {
    document->documentLayout(); // laid out on demand
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(start) && block.layout() && block.layout()->lineCount() > 0) {
            return block.layout()->lineAt(0).height();
        }
    }
    return -1;
}

} // namespace

TEST_CASE("Ctrl+Plus enlarges the laid-out summary and the red-flag text, Ctrl+0 restores them", "[theme][ui]") {
    ThemeGuard guard;
    carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window.show();
    REQUIRE(window.openArticle(QStringLiteral("back-spasm")));
    auto* article = window.articleView()->document();
    auto* flags = window.redFlagPanel()->findChild<QTextBrowser*>()->document();
    // The summary is the paragraph after the title; find it by its position (the second non-empty block after h1).
    QString summaryText;
    for (QTextBlock block = article->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1) {
            for (QTextBlock next = block.next(); next.isValid(); next = next.next()) {
                if (!next.text().trimmed().isEmpty()) {
                    summaryText = next.text().left(12);
                    break;
                }
            }
            break;
        }
    }
    REQUIRE_FALSE(summaryText.isEmpty());
    // A warning sign itself (a list item), not the tier's label with its icon.
    QString flagText;
    for (QTextBlock block = flags->begin(); block.isValid() && flagText.isEmpty(); block = block.next()) {
        if (block.textList() && !block.text().trimmed().isEmpty()) {
            flagText = block.text().left(12);
        }
    }
    REQUIRE_FALSE(flagText.isEmpty());
    const double summaryBefore = lineHeightOfBlock(article, summaryText);
    const double flagBefore = lineHeightOfBlock(flags, flagText);
    REQUIRE(summaryBefore > 0);
    REQUIRE(flagBefore > 0);
    auto* larger = window.findChild<QAction*>(QStringLiteral("largerTextAction"));
    REQUIRE(larger);
    for (int i = 0; i < 5; ++i) {
        larger->trigger();
    }
    REQUIRE(ThemeManager::textScale() == 150);
    // Line heights grow with the font, to within a pixel or two of rounding.
    std::cout << "line height: summary " << summaryBefore << " -> " << lineHeightOfBlock(article, summaryText)
              << ", red flag " << flagBefore << " -> "
              << lineHeightOfBlock(window.redFlagPanel()->findChild<QTextBrowser*>()->document(), flagText) << "\n";
    CHECK(lineHeightOfBlock(article, summaryText) == Approx(summaryBefore * 1.5).margin(2.0));
    CHECK(lineHeightOfBlock(window.redFlagPanel()->findChild<QTextBrowser*>()->document(), flagText) ==
          Approx(flagBefore * 1.5).margin(2.0));
    window.findChild<QAction*>(QStringLiteral("normalTextAction"))->trigger();
    CHECK(lineHeightOfBlock(window.articleView()->document(), summaryText) == Approx(summaryBefore).margin(0.5));
}

TEST_CASE("every window's minimum size fits a 1024x600 screen, at 100 % and 200 % text", "[theme][ui]") {
    ThemeGuard guard;
    const QSize screen(1024, 600 - 40); // less a panel and the title bar
    for (const int scale : {100, 200}) {
        ThemeManager::instance().setTextScalePercent(scale);
        carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
        window.show();
        REQUIRE(window.openArticle(QStringLiteral("back-spasm")));
        auto store = carebook::app::openContent(CAREBOOK_FIXTURE_DB);
        carebook::app::SheetBuilder sheet(*store);
        sheet.show();
        carebook::app::SettingsDialog settingsDialog({});
        for (QWidget* widget : std::initializer_list<QWidget*>{&window, &sheet, &settingsDialog}) {
            const QSize minimum = widget->minimumSizeHint().expandedTo(widget->minimumSize());
            INFO(widget->objectName().toStdString() << " at " << scale << " %: minimum " << minimum.width() << "x"
                                                    << minimum.height());
            std::cout << "minimum size: " << widget->metaObject()->className() << " at " << scale << " %: "
                      << minimum.width() << "x" << minimum.height() << "\n";
            CHECK(minimum.width() <= screen.width());
            CHECK(minimum.height() <= screen.height());
        }
        // The sheet's Print and Save buttons are inside the window, not pushed off it.
        sheet.resize(carebook::app::fittedSize({1120, 780}, QRect(QPoint(0, 0), QSize(1024, 600))));
        for (auto* button : sheet.findChildren<QPushButton*>()) {
            if (button->isVisible()) {
                INFO(button->text().toStdString());
                CHECK(QRect(QPoint(0, 0), sheet.size()).contains(button->geometry().translated(button->parentWidget()->mapTo(&sheet, QPoint(0, 0)))));
            }
        }
    }
}

TEST_CASE("the settings dialog writes the typed settings table", "[theme][ui]") {
    ThemeGuard guard;
    carebook::app::SettingsDialog dialog({{QStringLiteral("19-30"), 19}, {QStringLiteral("31-50"), 31}});
    auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("settingsTheme"));
    auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("settingsPaper"));
    REQUIRE(theme);
    REQUIRE(paper);
    theme->setCurrentIndex(theme->findData(QStringLiteral("high-contrast")));
    paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(carebook::app::Settings::get(carebook::app::settings::theme) == ThemeChoice::HighContrast);
    CHECK(carebook::app::Settings::get(carebook::app::settings::sheetPaper) == carebook::app::PaperChoice::Letter);
    carebook::app::Settings::set(carebook::app::settings::theme, ThemeChoice::Light);
    carebook::app::Settings::reset(carebook::app::settings::sheetPaper);
}

TEST_CASE("exercise drawings use only the four drawing colours, and each theme replaces them all", "[theme]") {
    const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    QDirIterator files(QStringLiteral(":/illustrations"), {QStringLiteral("*.svg")});
    int drawings = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        ++drawings;
        // Drawn in the palette the window recolours, and nothing else (so no colour is left unthemed).
        auto matches = colour.globalMatch(QString::fromLatin1(svg));
        while (matches.hasNext()) {
            const QString found = matches.next().captured(0).toLower();
            INFO(file.fileName().toStdString() << " uses " << found.toStdString());
            CHECK(std::count(std::begin(carebook::app::kIllustrationColours), std::end(carebook::app::kIllustrationColours),
                             found.toStdString()) == 1);
        }
        for (const Theme* theme : kThemes) {
            const QByteArray themed = carebook::app::themedIllustration(svg, *theme);
            const std::set<QString> wanted = {theme->illustrationLine.name(), theme->illustrationAccent.name(),
                                              theme->illustrationGround.name(), theme->illustrationFill.name()};
            auto inThemed = colour.globalMatch(QString::fromLatin1(themed));
            while (inThemed.hasNext()) {
                const QString found = inThemed.next().captured(0).toLower();
                INFO(file.fileName().toStdString() << " in " << theme->name.toStdString() << " has " << found.toStdString());
                CHECK(wanted.count(found) == 1);
            }
        }
    }
    CHECK(drawings >= 5);
    // The light theme's drawing colours are the drawings' own: printing and the light window agree.
    const Theme& light = Theme::light();
    CHECK(light.illustrationLine.name() == QString::fromLatin1(carebook::app::kIllustrationColours[0]));
    CHECK(light.illustrationFill.name() == QString::fromLatin1(carebook::app::kIllustrationColours[3]));
}
