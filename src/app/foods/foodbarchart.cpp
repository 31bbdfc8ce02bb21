// SPDX-License-Identifier: MIT
#include "app/foods/foodbarchart.h"

#include "app/theme/thememanager.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QToolTip>

#include <algorithm>

namespace carebook::app {

namespace {

constexpr double kMargin = 10;
constexpr double kGap = 8;

} // namespace

FoodBarChart::FoodBarChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("foodBarChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Top foods chart"));
}

void FoodBarChart::setBars(const QString& title, const QVector<Bar>& bars, std::optional<double> reference,
                           const QString& referenceLabel) {
    m_title = title;
    m_message.clear();
    m_bars = bars;
    m_reference = reference;
    m_referenceLabel = referenceLabel;
    QStringList description;
    for (const auto& bar : m_bars) {
        description << bar.label + QStringLiteral(": ") + bar.valueText;
    }
    // Every bar, whatever fits on screen: a screen reader has no height limit.
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    const QString fullTitle = m_title.contains(placeholder) ? m_title.arg(m_bars.size()) : m_title;
    setAccessibleDescription(fullTitle + QStringLiteral(". ") + description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void FoodBarChart::clear(const QString& message) {
    m_title.clear();
    m_bars.clear();
    m_reference.reset();
    m_message = message;
    setAccessibleDescription(message);
    update();
}

QSize FoodBarChart::sizeHint() const {
    const int row = fontMetrics().height() + 8;
    return {520, static_cast<int>(2 * kMargin) + row * (static_cast<int>(m_bars.size()) + 2)};
}

QString FoodBarChart::title() const {
    // arg() on a title without a placeholder would warn and append nothing useful: only fill one there is.
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    return m_title.contains(placeholder) ? m_title.arg(visibleBarCount()) : m_title;
}

QSize FoodBarChart::minimumSizeHint() const { return {260, 120}; }

FoodBarChart::Layout FoodBarChart::layout() const {
    Layout result;
    const QFontMetricsF metrics(font());
    result.top = kMargin + metrics.height() * 1.6; // below the title
    const double footer = m_reference ? metrics.height() * 1.4 : 0;
    const double available = height() - result.top - kMargin - footer;
    // Rows share the height, but stay readable and never grow absurdly tall; on a short chart only the
    // top bars that fit are drawn (at least one), rather than bars cut off at the bottom.
    const double minRow = metrics.height() + 2;
    result.visible = m_bars.isEmpty() ? 0
                                      : std::clamp(static_cast<int>(available / minRow), 1,
                                                   static_cast<int>(m_bars.size()));
    result.rowHeight = m_bars.isEmpty() ? 0
                                        : std::clamp(available / static_cast<double>(result.visible), minRow,
                                                     metrics.height() * 2.2);
    double widestLabel = 0;
    double widestValue = 0;
    for (const auto& bar : m_bars) {
        widestLabel = std::max(widestLabel, metrics.horizontalAdvance(bar.label));
        widestValue = std::max(widestValue, metrics.horizontalAdvance(bar.valueText));
    }
    result.labelLeft = kMargin;
    result.labelWidth = std::min(widestLabel, width() * 0.42);
    result.barLeft = result.labelLeft + result.labelWidth + kGap;
    // The figures after the bars may take at most a third of the width (elided past that, the tooltip
    // has them in full): long ones left the bars a few pixels long.
    const double valueWidth = std::min(widestValue, width() / 3.0);
    result.barMaxWidth = std::max(20.0, width() - result.barLeft - kGap - valueWidth - kMargin);
    double maxValue = 0;
    for (const auto& bar : m_bars) {
        maxValue = std::max(maxValue, bar.value);
    }
    result.scaleMax = maxValue > 0 ? maxValue : 1;
    return result;
}

QRectF FoodBarChart::barRect(int index) const {
    const Layout geometry = layout();
    if (index < 0 || index >= geometry.visible) {
        return {};
    }
    const double value = std::max(0.0, m_bars[index].value);
    const double y = geometry.top + geometry.rowHeight * index;
    const double thickness = geometry.rowHeight * 0.62;
    return {geometry.barLeft, y + (geometry.rowHeight - thickness) / 2, geometry.barMaxWidth * value / geometry.scaleMax,
            thickness};
}

void FoodBarChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    // Colours from the theme (on its base colour, which the palette carries), checked for contrast there.
    const Theme& theme = ThemeManager::current();
    const QColor kBarColor = theme.chartBar;
    const QColor kTextColor = theme.chartText;
    const QColor kMutedColor = theme.chartMuted;
    const QColor kReferenceColor = theme.chartReference;
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());

    if (m_bars.isEmpty()) {
        painter.setPen(kMutedColor);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(kTextColor);
    painter.drawText(QRectF(kMargin, kMargin, width() - 2 * kMargin, metrics.height() * 1.3),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(titleFont).elidedText(title(), Qt::ElideRight, width() - 2 * kMargin));
    painter.setFont(font());

    const Layout geometry = layout();
    const double bottom = geometry.top + geometry.rowHeight * geometry.visible;
    // The reference line first, so the bars and their figures are drawn over it and stay readable.
    if (m_reference && *m_reference > 0 && *m_reference <= geometry.scaleMax) {
        const double x = geometry.barLeft + geometry.barMaxWidth * *m_reference / geometry.scaleMax;
        painter.setPen(QPen(kReferenceColor, 1.2, Qt::DashLine));
        painter.drawLine(QPointF(x, geometry.top - 2), QPointF(x, bottom + 2));
        painter.setPen(kReferenceColor);
        const double labelWidth = metrics.horizontalAdvance(m_referenceLabel) + 4;
        const double labelLeft = std::min(x - labelWidth / 2, width() - kMargin - labelWidth);
        painter.drawText(QRectF(labelLeft, bottom + 3, labelWidth, metrics.height() + 2), Qt::AlignCenter,
                         m_referenceLabel);
    }
    for (int i = 0; i < geometry.visible; ++i) {
        const Bar& bar = m_bars[i];
        const QRectF row(geometry.labelLeft, geometry.top + geometry.rowHeight * i, width() - 2 * kMargin,
                         geometry.rowHeight);
        painter.setPen(kTextColor);
        painter.drawText(QRectF(geometry.labelLeft, row.top(), geometry.labelWidth, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, geometry.labelWidth));
        const QRectF barGeometry = barRect(i);
        painter.fillRect(barGeometry, kBarColor);
        const double textLeft = barGeometry.right() + kGap / 2;
        const QString valueText = metrics.elidedText(bar.valueText, Qt::ElideRight, width() - kMargin - textLeft - 4);
        const QRectF textBox(textLeft, row.top(), metrics.horizontalAdvance(valueText) + 4, row.height());
        painter.fillRect(textBox.adjusted(0, 2, 0, -2), palette().base());
        painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter, valueText);
    }
    // The axis.
    painter.setPen(QPen(kMutedColor, 1));
    painter.drawLine(QPointF(geometry.barLeft, geometry.top), QPointF(geometry.barLeft, bottom));
}

int FoodBarChart::barAt(const QPoint& position) const {
    const Layout geometry = layout();
    if (geometry.rowHeight <= 0 || position.y() < geometry.top) {
        return -1;
    }
    const int index = static_cast<int>((position.y() - geometry.top) / geometry.rowHeight);
    return index < geometry.visible ? index : -1;
}

bool FoodBarChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = barAt(help->pos());
        if (index >= 0) {
            const Bar& bar = m_bars[index];
            QString text = bar.label + QStringLiteral("\n");
            if (!bar.fullName.isEmpty()) {
                text += bar.fullName + QStringLiteral("\n");
            }
            QToolTip::showText(help->globalPos(), text + bar.valueText + tr("\nDouble-click for its profile"), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void FoodBarChart::mouseDoubleClickEvent(QMouseEvent* event) {
    const int index = barAt(event->position().toPoint());
    if (index >= 0) {
        Q_EMIT barActivated(m_bars[index].usdaId);
    }
}

} // namespace carebook::app
