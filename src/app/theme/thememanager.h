// SPDX-License-Identifier: MIT
#pragma once

#include "app/settings/settings.h"
#include "app/theme/theme.h"

#include <QObject>

#include <optional>

class QWidget;

namespace carebook::app {

class DesktopColourScheme;

// The theme and text size in use, for the whole application. It resolves the person's choice (the
// Theme setting, or --theme for one run) against the desktop's preference, puts the theme's palette on
// the application (with the Fusion style, which draws from the palette alone), and tells the widgets
// that draw their own colours or text sizes to redo them (themeChanged, textScaleChanged).
class ThemeManager final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinTextScale = 70;
    static constexpr int kMaxTextScale = 250;
    static constexpr int kTextScaleStep = 10;

    static ThemeManager& instance();
    // The theme in use (Light before apply() has run).
    static const Theme& current() { return instance().theme(); }
    static int textScale() { return instance().textScalePercent(); }

    // Reads the desktop's preference and applies the chosen theme. Call once, after the QApplication.
    void apply();
    // --theme: this run only, not saved.
    void setOverride(std::optional<ThemeChoice> choice);
    ThemeChoice choice() const;
    // The --theme of this run, if one was given and nothing has replaced it since.
    std::optional<ThemeChoice> commandLineChoice() const { return m_override; }
    const Theme& theme() const { return Theme::of(m_kind); }

    int textScalePercent() const { return m_textScale; }
    // Clamped to 70–250 % and remembered.
    void setTextScalePercent(int percent);
    void enlargeText() { setTextScalePercent(m_textScale + kTextScaleStep); }
    void shrinkText() { setTextScalePercent(m_textScale - kTextScaleStep); }
    void resetTextScale() { setTextScalePercent(100); }

    // "system" → nullopt-free parse of a --theme value; false for an unknown name.
    static bool parseChoice(const QString& name, ThemeChoice& choice);

    // Makes `widget`'s font follow the text size from now on: its point size at this moment is its
    // size at 100 %. For the lists beside the article (navigation, search results), so the whole
    // window reads at one size.
    static void scaleFontWithText(QWidget* widget);

Q_SIGNALS:
    void themeChanged(const carebook::app::Theme& theme);
    void textScaleChanged(int percent);

private:
    using QObject::QObject;
    void settingChanged(const QString& path);
    void resolve();

    DesktopColourScheme* m_desktop = nullptr;
    std::optional<ThemeChoice> m_override;
    ThemeKind m_kind = ThemeKind::Light;
    int m_textScale = 100;
    bool m_applied = false;
};

} // namespace carebook::app
