// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace carebook::app {

// Fusion, which draws every control from the palette, with one change: the edges of check boxes and
// radio buttons (in dialogs and in list items) take the theme's control-border colour. Fusion derives
// that edge from the window colour, which on a dark window leaves an unticked box almost the colour
// of the list behind it: invisible.
class CarebookStyle final : public QProxyStyle {
    Q_OBJECT
public:
    CarebookStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace carebook::app
