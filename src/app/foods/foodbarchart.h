// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

#include <optional>

namespace carebook::app {

// A horizontal bar chart of the top foods, painted by hand (no Qt Charts dependency): one bar per food,
// its length proportional to `value` (the %DV, the combined score, or the amount for nutrients without
// a Daily Value), its label on the left, elided to fit, and its figures at the end of the bar.
class FoodBarChart final : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label;     // the food's short name
        QString fullName;  // USDA's full name and number, for the tooltip (the label may be elided)
        double value = 0;  // bar length, on a scale from 0 to the largest value
        QString valueText; // "156 mg · 37% DV"
        QString usdaId;
    };

    explicit FoodBarChart(QWidget* parent = nullptr);

    // `title` may hold one placeholder (the lowest-numbered %N left in it), filled with the number of
    // bars drawn: a short chart draws only the bars that fit at a readable height, the top ones.
    // `reference`: a value marked with a dashed line and `referenceLabel` (20 for "20% DV is high"),
    // drawn only when it falls inside the scale.
    void setBars(const QString& title, const QVector<Bar>& bars, std::optional<double> reference = std::nullopt,
                 const QString& referenceLabel = {});
    void clear(const QString& message);

    int barCount() const { return static_cast<int>(m_bars.size()); }
    // The bars that fit the chart's height, from the top: barCount() on a tall enough chart.
    int visibleBarCount() const { return layout().visible; }
    const QVector<Bar>& bars() const { return m_bars; }
    QString title() const; // as drawn, with the number of bars shown
    // Where bar `index` is drawn, in widget coordinates (the bar itself, not its label): for tests and
    // tooltips.
    QRectF barRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barActivated(const QString& usdaId); // double-click on a bar or its label

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Layout {
        double top = 0;
        double labelLeft = 0;
        double labelWidth = 0;
        double barLeft = 0;
        double barMaxWidth = 0;
        double rowHeight = 0;
        double scaleMax = 1;
        int visible = 0; // bars that fit
    };
    Layout layout() const;
    int barAt(const QPoint& position) const;

    QString m_title;
    QString m_message;
    QVector<Bar> m_bars;
    std::optional<double> m_reference;
    QString m_referenceLabel;
};

} // namespace carebook::app
