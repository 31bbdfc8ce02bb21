// SPDX-License-Identifier: MIT
#include "app/theme/carebookstyle.h"

#include "app/theme/thememanager.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

namespace carebook::app {

CarebookStyle::CarebookStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void CarebookStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) {
        return; // list items' check boxes come here too: Fusion draws them as PE_IndicatorCheckBox
    }
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange)) {
        return; // Fusion's focus edge, in the highlight colour, says where the keyboard is
    }
    const Theme& theme = ThemeManager::current();
    QColor edge = theme.controlBorder;
    if (!(option->state & State_Enabled)) {
        edge = theme.disabledText;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    const qreal width = theme.kind == ThemeKind::HighContrast ? 2.0 : 1.0;
    painter->setPen(QPen(edge, width));
    const QRectF rect = QRectF(option->rect).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    if (element == PE_IndicatorCheckBox) {
        // Over Fusion's own edge, which sits on the indicator's outer pixel row.
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    } else {
        // Fusion's circle: centred one pixel down and right of the rectangle's centre.
        const QPointF centre = QRectF(option->rect).center() + QPointF(0.5, 0.5);
        const qreal radius = (option->rect.width() + (option->rect.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(centre, radius - (width - 1) / 2, radius - (width - 1) / 2);
    }
    painter->restore();
}

} // namespace carebook::app
