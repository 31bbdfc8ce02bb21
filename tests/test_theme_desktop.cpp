// SPDX-License-Identifier: MIT
// The theme and the text size where a reader sees them: pixels of the controls Carebook draws, the
// settings dialog against --theme, and the parts beside the article that follow the text size.
#include "app/contentsource.h"
#include "app/settings/settings.h"
#include "app/settings/settingsdialog.h"
#include "app/sheet/sheetbuilder.h"
#include "app/theme/theme.h"
#include "app/theme/thememanager.h"
#include "app/window/mainwindow.h"
#include "app/window/redflagpanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeView>

#include <algorithm>
#include <vector>

using carebook::app::contrastRatio;
using carebook::app::Settings;
using carebook::app::Theme;
using carebook::app::ThemeChoice;
using carebook::app::ThemeKind;
using carebook::app::ThemeManager;
namespace settings = carebook::app::settings;

namespace {

const std::pair<ThemeChoice, const Theme*> kThemeChoices[] = {{ThemeChoice::Light, &Theme::light()},
                                                              {ThemeChoice::Dark, &Theme::dark()},
                                                              {ThemeChoice::HighContrast, &Theme::highContrast()}};

struct ThemeGuard {
    ~ThemeGuard() {
        ThemeManager::instance().setOverride(ThemeChoice::Light);
        ThemeManager::instance().resetTextScale();
        Settings::reset(settings::theme);
    }
};

void useTheme(ThemeChoice choice) {
    ThemeManager::instance().setOverride(choice);
    ThemeManager::instance().apply(); // the palette and Carebook's style, as the app does at start
}

// The strongest contrast of any pixel of `image` against `background`: a control with no text shows
// nothing but its indicator, so this is how well the indicator stands out.
double strongestContrast(const QImage& image, const QColor& background) {
    double strongest = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            strongest = std::max(strongest, contrastRatio(image.pixelColor(x, y), background));
        }
    }
    return strongest;
}

// `pixmap` (which may be transparent) as it shows on `background`.
QImage over(const QPixmap& pixmap, const QColor& background) {
    QImage image(pixmap.size(), QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.drawPixmap(0, 0, pixmap);
    return image;
}

} // namespace

TEST_CASE("a theme chosen in Settings replaces --theme at once; an untouched one keeps it", "[theme][ui]") {
    ThemeGuard guard;
    Settings::set(settings::theme, ThemeChoice::Light);
    useTheme(ThemeChoice::Dark); // as `carebook --theme dark`
    {
        carebook::app::SettingsDialog dialog({});
        auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("settingsTheme"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("settingsThemeNote"));
        REQUIRE(theme);
        REQUIRE(note);
        // The dialog shows the theme on screen, and says where it came from.
        CHECK(theme->currentData().toString() == QStringLiteral("dark"));
        CHECK_FALSE(note->isHidden());
        CHECK(note->text().contains(QStringLiteral("--theme")));
        CHECK(note->text().contains(QStringLiteral("Light")));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
    // OK with the theme untouched (e.g. to change the paper): --theme still holds, nothing saved.
    CHECK(ThemeManager::current().kind == ThemeKind::Dark);
    CHECK(Settings::get(settings::theme) == ThemeChoice::Light);
    {
        carebook::app::SettingsDialog dialog({});
        auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("settingsTheme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("high-contrast")));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
    CHECK(ThemeManager::current().kind == ThemeKind::HighContrast);
    CHECK(Settings::get(settings::theme) == ThemeChoice::HighContrast);
    CHECK_FALSE(ThemeManager::instance().commandLineChoice().has_value());
    // Without --theme there is nothing to explain.
    carebook::app::SettingsDialog plain({});
    CHECK(plain.findChild<QLabel*>(QStringLiteral("settingsThemeNote"))->isHidden());
    CHECK(plain.findChild<QComboBox*>(QStringLiteral("settingsTheme"))->currentData().toString() ==
          QStringLiteral("high-contrast"));
}

TEST_CASE("the urgency signs and the navigation list grow with the text", "[theme][ui]") {
    ThemeGuard guard;
    carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window.show();
    REQUIRE(window.openArticle(QStringLiteral("back-spasm")));
    const double navigationPoints = window.navigationView()->font().pointSizeF();
    auto imageWidths = [&window] {
        std::vector<double> widths;
        auto* document = window.redFlagPanel()->findChild<QTextBrowser*>()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat()) {
                    widths.push_back(it.fragment().charFormat().toImageFormat().width());
                }
            }
        }
        return widths;
    };
    REQUIRE_FALSE(imageWidths().empty());
    for (const double width : imageWidths()) {
        CHECK(width == 16);
    }
    ThemeManager::instance().setTextScalePercent(200);
    CHECK(window.redFlagPanel()->iconPixels() == 32);
    for (const double width : imageWidths()) {
        CHECK(width == 32);
    }
    // Drawn at that size from the SVG, not a 16 px picture stretched.
    auto* document = window.redFlagPanel()->findChild<QTextBrowser*>()->document();
    const auto image =
        document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("icons/urgency-emergency.svg")))
            .value<QImage>();
    CHECK(image.deviceIndependentSize().toSize() == QSize(32, 32));
    CHECK(window.navigationView()->font().pointSizeF() == Approx(navigationPoints * 2));
    ThemeManager::instance().resetTextScale();
    CHECK(window.navigationView()->font().pointSizeF() == Approx(navigationPoints));
}

TEST_CASE("the bookmark star stands out from the toolbar in every theme, hollow and filled", "[theme][ui]") {
    ThemeGuard guard;
    carebook::app::MainWindow window(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    auto* bookmark = window.findChild<QAction*>(QStringLiteral("bookmarkAction"));
    REQUIRE(bookmark);
    for (const auto& [choice, theme] : kThemeChoices) {
        useTheme(choice);
        for (const auto state : {QIcon::Off, QIcon::On}) {
            const QPixmap star = bookmark->icon().pixmap(QSize(24, 24), QIcon::Normal, state);
            INFO(theme->name.toStdString() << (state == QIcon::On ? ", filled" : ", hollow"));
            CHECK(strongestContrast(over(star, theme->window), theme->window) >= 3.0);
            CHECK(strongestContrast(over(star, theme->button), theme->button) >= 3.0);
        }
    }
}

TEST_CASE("every check box and radio button's indicator shows in every theme, ticked or not", "[theme][ui]") {
    ThemeGuard guard;
    for (const auto& [choice, theme] : kThemeChoices) {
        useTheme(choice);
        INFO(theme->name.toStdString());
        for (const bool ticked : {false, true}) {
            INFO((ticked ? "ticked" : "unticked"));
            QCheckBox box; // no text: all it draws is the indicator
            box.setChecked(ticked);
            box.resize(box.sizeHint());
            CHECK(strongestContrast(box.grab().toImage(), theme->window) >= 3.0);
            QRadioButton radio;
            radio.setChecked(ticked);
            radio.resize(radio.sizeHint());
            CHECK(strongestContrast(radio.grab().toImage(), theme->window) >= 3.0);
        }
        // A list of checkable rows, like the sheet builder's Include list.
        QStandardItemModel model;
        auto* item = new QStandardItem;
        item->setCheckable(true);
        item->setCheckState(Qt::Unchecked);
        model.appendRow(item);
        QTreeView list;
        list.setHeaderHidden(true);
        list.setModel(&model);
        list.resize(120, 60);
        list.show();
        const QRect row = list.visualRect(model.index(0, 0));
        REQUIRE(row.isValid());
        const QImage rowImage = list.viewport()->grab(row).toImage();
        CHECK(strongestContrast(rowImage, theme->base) >= 3.0);
    }
}

TEST_CASE("the sheet preview's problem banner is in the theme's colours", "[theme][ui]") {
    ThemeGuard guard;
    for (const auto& [choice, theme] : kThemeChoices) {
        useTheme(choice);
        INFO(theme->name.toStdString());
        carebook::app::SheetPreview preview;
        preview.resize(400, 500);
        preview.setSheetLayout(nullptr, QStringLiteral("x"));
        const QImage image = preview.grab().toImage();
        // Near the page's foot, left of the centred text: banner, not page or lettering.
        CHECK(image.pixelColor(image.width() / 2 - 120, image.height() - 40) == theme->problemBanner.background);
        CHECK(contrastRatio(theme->problemBanner.text, theme->problemBanner.background) >= 4.5);
    }
}
