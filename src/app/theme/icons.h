// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIcon>
#include <QString>

namespace carebook::app {

struct Theme;

// Carebook's own icon for a toolbar or menu action (resources/icons/NAME.svg, drawn in "currentColor"),
// painted in the theme's icon colour (and its disabled colour) so it reads in Light, Dark and High
// contrast alike. Empty for an unknown name.
QIcon ownIcon(const QString& name, const Theme& theme);

// An exercise drawing (resources/illustrations/*.svg, drawn in the four colours of
// kIllustrationColours) in the theme's drawing colours.
QByteArray themedIllustration(QByteArray svg, const Theme& theme);
// The colours the drawings are made in: the figure, the moving part, the floor, the fill.
inline constexpr const char* kIllustrationColours[] = {"#24507a", "#e8590c", "#dbe5ef", "#ffffff"};

} // namespace carebook::app
