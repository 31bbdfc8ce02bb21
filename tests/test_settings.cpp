// SPDX-License-Identifier: MIT
#include "app/settings/settings.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QSignalSpy>

using carebook::app::PaperChoice;
using carebook::app::Settings;
using carebook::app::ThemeChoice;
namespace settings = carebook::app::settings;

TEST_CASE("a setting reads its fallback until set, then what was set", "[settings]") {
    Settings::reset(settings::theme);
    Settings::reset(settings::textScalePercent);
    CHECK(Settings::get(settings::theme) == ThemeChoice::System);
    CHECK(Settings::get(settings::textScalePercent) == 100);
    CHECK_FALSE(Settings::isSet(settings::theme));

    Settings::set(settings::theme, ThemeChoice::HighContrast);
    Settings::set(settings::textScalePercent, 160);
    CHECK(Settings::get(settings::theme) == ThemeChoice::HighContrast);
    CHECK(Settings::get(settings::textScalePercent) == 160);
    // Stored by name, so a reordered enum cannot change what the person chose.
    CHECK(QSettings().value(QLatin1String(settings::theme.path)).toString() == QStringLiteral("high-contrast"));
    Settings::reset(settings::theme);
    Settings::reset(settings::textScalePercent);
}

TEST_CASE("a damaged settings value reads as the fallback", "[settings]") {
    QSettings().setValue(QLatin1String(settings::theme.path), QStringLiteral("purple"));
    QSettings().setValue(QLatin1String(settings::textScalePercent.path), QStringLiteral("big"));
    QSettings().setValue(QLatin1String(settings::keepNoHistory.path), QStringLiteral("perhaps"));
    QSettings().setValue(QLatin1String(settings::sheetPaper.path), 7);
    CHECK(Settings::get(settings::theme) == ThemeChoice::System);
    CHECK(Settings::get(settings::textScalePercent) == 100);
    CHECK(Settings::get(settings::keepNoHistory) == false);
    CHECK(Settings::get(settings::sheetPaper) == PaperChoice::FromRegion);
    for (const char* path : {settings::theme.path, settings::textScalePercent.path, settings::keepNoHistory.path,
                             settings::sheetPaper.path}) {
        QSettings().remove(QLatin1String(path));
    }
}

TEST_CASE("a bool setting survives the settings file", "[settings]") {
    Settings::set(settings::keepNoHistory, true);
    QSettings().sync();
    CHECK(Settings::get(settings::keepNoHistory));
    Settings::set(settings::keepNoHistory, false);
    CHECK_FALSE(Settings::get(settings::keepNoHistory));
    Settings::reset(settings::keepNoHistory);
}

TEST_CASE("changing a setting says which one changed", "[settings]") {
    QSignalSpy spy(&Settings::instance(), &Settings::changed);
    Settings::set(settings::sheetPaper, PaperChoice::Letter);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QLatin1String(settings::sheetPaper.path));
    CHECK(Settings::get(settings::sheetPaper) == PaperChoice::Letter);
    Settings::reset(settings::sheetPaper);
    CHECK(spy.count() == 2);
}

TEST_CASE("every enum value has a stored name that reads back", "[settings]") {
    for (const auto& [value, name] : carebook::app::SettingNames<ThemeChoice>::names) {
        ThemeChoice read = ThemeChoice::System;
        CHECK(carebook::app::settingFromName(name, read));
        CHECK(read == value);
    }
    for (const auto& [value, name] : carebook::app::SettingNames<PaperChoice>::names) {
        PaperChoice read = PaperChoice::FromRegion;
        CHECK(carebook::app::settingFromName(name, read));
        CHECK(read == value);
    }
}
