// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <optional>

class QDBusVariant;

namespace carebook::app {

// Whether the desktop prefers dark windows. Qt 6.4 has no colour-scheme API, so (as KeePassXC does) ask
// the freedesktop settings portal for org.freedesktop.appearance color-scheme over D-Bus and follow its
// SettingChanged signal; without a portal (or an answer), judge by the lightness of the palette the
// desktop gave the application before Carebook replaced it.
class DesktopColourScheme final : public QObject {
    Q_OBJECT
public:
    // `desktopPaletteIsDark`: the fallback, read from the platform palette at start-up.
    explicit DesktopColourScheme(bool desktopPaletteIsDark, QObject* parent = nullptr);

    bool prefersDark() const;
    // What the portal said: nullopt when there is no portal or it has no preference.
    std::optional<bool> portalPrefersDark() const { return m_portal; }

    // The portal's color-scheme value: 1 prefers dark, 2 prefers light, 0 (or anything else) no preference.
    static std::optional<bool> fromPortalValue(uint value);

Q_SIGNALS:
    void changed(bool prefersDark);

private Q_SLOTS:
    // The portal's SettingChanged(namespace, key, value) (a slot: QtDBus connects by signature).
    void portalSettingChanged(const QString& nameSpace, const QString& key, const QDBusVariant& value);

private:
    void readPortal();

    bool m_paletteIsDark;
    std::optional<bool> m_portal;
};

} // namespace carebook::app
