// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace carebook::app {

struct Theme;

// An icon for a toolbar or menu action: the desktop's icon `desktopName` (a freedesktop name) when the
// person follows the System theme and the desktop has one; otherwise Carebook's own
// (resources/icons/OWNNAME.svg,
// drawn in "currentColor"), painted in the theme's icon colour so it reads in Light, Dark and High
// contrast alike.
QIcon actionIcon(const QString& ownName, const QString& desktopName, const Theme& theme, bool preferDesktopIcons);
// Carebook's own icon only, in the theme's icon colour.
QIcon ownIcon(const QString& name, const Theme& theme);

} // namespace carebook::app
