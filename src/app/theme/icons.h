// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace carebook::app {

struct Theme;

// Carebook's own icon for a toolbar or menu action (resources/icons/NAME.svg, drawn in "currentColor"),
// painted in the theme's icon colour (and its disabled colour) so it reads in Light, Dark and High
// contrast alike. Empty for an unknown name.
QIcon ownIcon(const QString& name, const Theme& theme);

} // namespace carebook::app
