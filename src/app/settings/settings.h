// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <array>
#include <string_view>
#include <type_traits>
#include <utility>

namespace carebook::app {

// The choices the person makes in Settings, stored by name (never by number, so reordering an enum
// cannot turn one choice into another).
enum class ThemeChoice { System, Light, Dark, HighContrast };
enum class PaperChoice { FromRegion, A4, Letter };

template <typename E>
struct SettingNames; // specialised below for each enum a setting holds

template <>
struct SettingNames<ThemeChoice> {
    static constexpr std::array<std::pair<ThemeChoice, std::string_view>, 4> names{{
        {ThemeChoice::System, "system"},
        {ThemeChoice::Light, "light"},
        {ThemeChoice::Dark, "dark"},
        {ThemeChoice::HighContrast, "high-contrast"},
    }};
};

template <>
struct SettingNames<PaperChoice> {
    static constexpr std::array<std::pair<PaperChoice, std::string_view>, 3> names{{
        {PaperChoice::FromRegion, "region"},
        {PaperChoice::A4, "a4"},
        {PaperChoice::Letter, "letter"},
    }};
};

// The stored name of an enum value, and the value of a name (nullopt-like: `ok` false for an unknown one).
template <typename E>
std::string_view settingName(E value) {
    for (const auto& [v, name] : SettingNames<E>::names) {
        if (v == value) {
            return name;
        }
    }
    return {};
}
template <typename E>
bool settingFromName(std::string_view name, E& value) {
    for (const auto& [v, n] : SettingNames<E>::names) {
        if (n == name) {
            value = v;
            return true;
        }
    }
    return false;
}

// One setting: where it is stored, its type (T) and the value it has until the person changes it.
template <typename T>
struct SettingKey {
    const char* path;
    T fallback;
};

// Every setting Carebook keeps, in one table. Read and write them only through Settings::get/set.
namespace settings {
// Main window
inline const SettingKey<QByteArray> mainWindowGeometry{"window/geometry", {}};
inline const SettingKey<QByteArray> mainWindowState{"window/state", {}};
inline const SettingKey<QByteArray> mainWindowSplitter{"window/splitter", {}};
// Appearance
inline const SettingKey<ThemeChoice> theme{"appearance/theme", ThemeChoice::System};
// Article, red-flag panel and search results together, in percent (kept within 70–250).
inline const SettingKey<int> textScalePercent{"appearance/textScalePercent", 100};
// First run: the welcome (with the disclaimer) is shown once.
inline const SettingKey<bool> welcomeShown{"welcome/shown", false};
// Search panel: which kind of result to show ("" for everything).
inline const SettingKey<QString> searchKind{"search/kind", {}};
// History: "Keep no history".
inline const SettingKey<bool> keepNoHistory{"history/keepNone", false};
// Home-care sheet
inline const SettingKey<PaperChoice> sheetPaper{"sheet/paper", PaperChoice::FromRegion};
inline const SettingKey<QByteArray> sheetBuilderGeometry{"sheet/geometry", {}};
// Food finder: the window, the last choices, and the personal reference (age group, sex, life stage).
inline const SettingKey<QByteArray> foodFinderGeometry{"foodFinder/geometry", {}};
inline const SettingKey<QString> foodFinderNutrient{"foodFinder/nutrient", {}};
inline const SettingKey<QString> foodFinderSecond{"foodFinder/second", {}};
inline const SettingKey<QString> foodFinderBasis{"foodFinder/basis", {}};
inline const SettingKey<int> foodFinderAgeGroup{"foodFinder/age", 31}; // the group's lowest age: 31–50
inline const SettingKey<QString> foodFinderSex{"foodFinder/sex", QStringLiteral("female")};
inline const SettingKey<QString> foodFinderLifeStage{"foodFinder/lifeStage", QStringLiteral("none")};
// Today's plan: the symptom it is for and when it started (local "yyyy-MM-ddTHH:mm"; empty: none yet).
inline const SettingKey<QString> planSymptom{"plan/symptom", {}};
inline const SettingKey<QString> planStart{"plan/start", {}};
inline const SettingKey<QByteArray> todayGeometry{"plan/geometry", {}};
// Reminders of the plan's sessions while the app runs (a tray notification): opt-in.
inline const SettingKey<bool> planReminders{"plan/reminders", false};
// Read aloud: the speed, in percent of Qt's range (-100 slowest … 0 the voice's own … 100 fastest), and the
// Qt text-to-speech engine ("" for Qt's default, else a plugin's name as QTextToSpeech::availableEngines()
// gives it; not in the dialog: for a machine with several engines, and for the tests).
inline const SettingKey<int> readAloudRate{"readAloud/ratePercent", 0};
inline const SettingKey<QString> readAloudEngine{"readAloud/engine", {}};
} // namespace settings

// Typed access to the settings table (QSettings underneath). A stored value of the wrong type, or an
// unknown enum name, reads as the key's fallback: a damaged settings file never stops the app.
// changed() lets the window follow a setting the Settings dialog (or anything else) changes.
class Settings final : public QObject {
    Q_OBJECT
public:
    static Settings& instance();

    template <typename T>
    static T get(const SettingKey<T>& key) {
        return decode(readRaw(key.path), key.fallback);
    }
    template <typename T>
    static void set(const SettingKey<T>& key, const T& value) {
        writeRaw(key.path, encode(value));
    }
    template <typename T>
    static bool isSet(const SettingKey<T>& key) {
        return contains(key.path);
    }
    template <typename T>
    static void reset(const SettingKey<T>& key) {
        removeRaw(key.path);
    }

Q_SIGNALS:
    // The path of the setting (SettingKey::path) after each set() or reset().
    void changed(const QString& path);

private:
    using QObject::QObject;
    static QVariant readRaw(const char* path);
    static void writeRaw(const char* path, const QVariant& value);
    static void removeRaw(const char* path);
    static bool contains(const char* path);

    template <typename T>
    static QVariant encode(const T& value) {
        if constexpr (std::is_enum_v<T>) {
            const auto name = settingName(value);
            return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        } else {
            return QVariant::fromValue(value);
        }
    }
    template <typename T>
    static T decode(const QVariant& stored, const T& fallback) {
        if (!stored.isValid()) {
            return fallback;
        }
        if constexpr (std::is_enum_v<T>) {
            T value = fallback;
            const QByteArray name = stored.toString().toLatin1();
            return settingFromName(std::string_view(name.constData(), static_cast<std::size_t>(name.size())), value)
                       ? value
                       : fallback;
        } else if constexpr (std::is_same_v<T, bool>) {
            const QString text = stored.toString();
            return text == QLatin1String("true") || text == QLatin1String("1") ? true
                   : text == QLatin1String("false") || text == QLatin1String("0") ? false
                                                                                   : fallback;
        } else if constexpr (std::is_same_v<T, int>) {
            bool ok = false;
            const int value = stored.toInt(&ok);
            return ok ? value : fallback;
        } else {
            return stored.canConvert<T>() ? stored.value<T>() : fallback;
        }
    }
};

} // namespace carebook::app
