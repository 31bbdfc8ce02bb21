// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace carebook::app {

// The size a window gets: what it would like, but never more than the screen's available area (less a
// margin for the window frame), so no window opens taller or wider than the screen, whatever its
// resolution or scaling.
QSize fittedSize(QSize wanted, const QRect& available);
// Sizes `window` with fittedSize() on the screen it will show on (its parent's, or the primary).
void fitToScreen(QWidget* window, QSize wanted);
// Restores a remembered geometry, or fits `wanted` when there is none; either way the window ends
// inside the available area of its screen (a geometry from a larger screen is shrunk and moved).
void restoreOrFit(QWidget* window, const QByteArray& saved, QSize wanted);

} // namespace carebook::app
