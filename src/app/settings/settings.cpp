// SPDX-License-Identifier: MIT
#include "app/settings/settings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

namespace carebook::app {

Settings& Settings::instance() {
    // Owned by the application, so it goes with it (tests build one application for the whole run).
    static QPointer<Settings> settings;
    if (!settings) {
        settings = new Settings(QCoreApplication::instance());
    }
    return *settings;
}

QVariant Settings::readRaw(const char* path) { return QSettings().value(QLatin1String(path)); }

void Settings::writeRaw(const char* path, const QVariant& value) {
    QSettings().setValue(QLatin1String(path), value);
    Q_EMIT instance().changed(QLatin1String(path));
}

void Settings::removeRaw(const char* path) {
    QSettings().remove(QLatin1String(path));
    Q_EMIT instance().changed(QLatin1String(path));
}

bool Settings::contains(const char* path) { return QSettings().contains(QLatin1String(path)); }

} // namespace carebook::app
