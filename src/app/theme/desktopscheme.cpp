// SPDX-License-Identifier: MIT
#include "app/theme/desktopscheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QFile>

namespace carebook::app {

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
// A portal answers in about a millisecond; a hung one must not hold up the first window.
constexpr int kPortalTimeoutMs = 250;

// Read() wraps the value in a variant, some portals in two.
uint unwrap(QVariant value) {
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = value.value<QDBusVariant>().variant();
    }
    return value.toUInt();
}

// Only a bus that is there: with no address, libdbus would try to autolaunch one.
bool hasSessionBus() {
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return true;
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFile::exists(runtime + QStringLiteral("/bus"));
}

} // namespace

DesktopColourScheme::DesktopColourScheme(bool desktopPaletteIsDark, QObject* parent)
    : QObject(parent), m_paletteIsDark(desktopPaletteIsDark) {
    if (!hasSessionBus()) {
        return; // a plain X session or a test: the palette decides
    }
    readPortal();
    auto bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                    SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    }
}

std::optional<bool> DesktopColourScheme::fromPortalValue(uint value) {
    if (value == 1) {
        return true;
    }
    if (value == 2) {
        return false;
    }
    return std::nullopt;
}

bool DesktopColourScheme::prefersDark() const { return m_portal.value_or(m_paletteIsDark); }

void DesktopColourScheme::readPortal() {
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    auto call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    call << kNamespace << kKey;
    const QDBusMessage reply = bus.call(call, QDBus::Block, kPortalTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
        m_portal = fromPortalValue(unwrap(reply.arguments().constFirst()));
    }
}

void DesktopColourScheme::portalSettingChanged(const QString& nameSpace, const QString& key,
                                               const QDBusVariant& value) {
    if (nameSpace != kNamespace || key != kKey) {
        return;
    }
    const bool before = prefersDark();
    m_portal = fromPortalValue(unwrap(value.variant()));
    if (prefersDark() != before) {
        Q_EMIT changed(prefersDark());
    }
}

} // namespace carebook::app
