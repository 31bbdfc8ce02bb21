// SPDX-License-Identifier: MIT
#include "app/theme/thememanager.h"

#include "app/theme/carebookstyle.h"
#include "app/theme/desktopscheme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPointer>
#include <QStyle>

#include <algorithm>

namespace carebook::app {

ThemeManager& ThemeManager::instance() {
    static QPointer<ThemeManager> manager;
    if (!manager) {
        manager = new ThemeManager(QCoreApplication::instance());
        manager->m_textScale =
            std::clamp(Settings::get(settings::textScalePercent), kMinTextScale, kMaxTextScale);
        connect(&Settings::instance(), &Settings::changed, manager.data(), &ThemeManager::settingChanged);
    }
    return *manager;
}

bool ThemeManager::parseChoice(const QString& name, ThemeChoice& choice) {
    const QByteArray latin = name.trimmed().toLower().toLatin1();
    return settingFromName(std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())), choice);
}

void ThemeManager::apply() {
    if (!m_desktop) {
        // The desktop's own palette, read before ours replaces it: dark if its window is darker than its text.
        const QPalette desktop = QApplication::palette();
        const bool dark = desktop.color(QPalette::Window).lightnessF() < desktop.color(QPalette::WindowText).lightnessF();
        m_desktop = new DesktopColourScheme(dark, this);
        connect(m_desktop, &DesktopColourScheme::changed, this, [this] {
            if (choice() == ThemeChoice::System) {
                resolve();
            }
        });
    }
    // Fusion draws every control from the palette, so the theme looks the same on every desktop and no
    // platform style paints its own light colours under a dark palette.
    if (!qobject_cast<CarebookStyle*>(QApplication::style())) {
        QApplication::setStyle(new CarebookStyle); // the application owns it
    }
    m_applied = true;
    resolve();
}

void ThemeManager::setOverride(std::optional<ThemeChoice> choice) {
    m_override = choice;
    if (m_applied) {
        resolve();
    }
}

ThemeChoice ThemeManager::choice() const { return m_override.value_or(Settings::get(settings::theme)); }

void ThemeManager::resolve() {
    ThemeKind kind = ThemeKind::Light;
    switch (choice()) {
    case ThemeChoice::System:
        kind = m_desktop && m_desktop->prefersDark() ? ThemeKind::Dark : ThemeKind::Light;
        break;
    case ThemeChoice::Light:
        kind = ThemeKind::Light;
        break;
    case ThemeChoice::Dark:
        kind = ThemeKind::Dark;
        break;
    case ThemeChoice::HighContrast:
        kind = ThemeKind::HighContrast;
        break;
    }
    m_kind = kind;
    QApplication::setPalette(paletteFor(theme()));
    Q_EMIT themeChanged(theme());
}

void ThemeManager::setTextScalePercent(int percent) {
    const int clamped = std::clamp(percent, kMinTextScale, kMaxTextScale);
    if (clamped == m_textScale) {
        return;
    }
    m_textScale = clamped;
    Settings::set(settings::textScalePercent, clamped);
    Q_EMIT textScaleChanged(clamped);
}

void ThemeManager::scaleFontWithText(QWidget* widget) {
    const auto scale = [widget, basePoints = widget->font().pointSizeF()](int percent) {
        QFont font = widget->font();
        font.setPointSizeF(basePoints * percent / 100.0);
        widget->setFont(font);
        if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            view->doItemsLayout(); // rows are measured with the new font
        }
    };
    scale(textScale());
    connect(&instance(), &ThemeManager::textScaleChanged, widget, scale);
}

void ThemeManager::settingChanged(const QString& path) {
    if (path == QLatin1String(settings::theme.path) && m_applied && !m_override) {
        resolve();
    } else if (path == QLatin1String(settings::textScalePercent.path)) {
        const int stored = std::clamp(Settings::get(settings::textScalePercent), kMinTextScale, kMaxTextScale);
        if (stored != m_textScale) {
            m_textScale = stored;
            Q_EMIT textScaleChanged(stored);
        }
    }
}

} // namespace carebook::app
