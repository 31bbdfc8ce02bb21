// SPDX-License-Identifier: MIT
#pragma once

// Pain and sessions over the days of the plan, painted with QPainter in the theme's chart colours: a
// dot for every pain score logged (0–10, at its time of day), a line through each day's average, and
// under it a bar for the sessions done that day (an outlined part for those stopped early). The same
// figures are in the accessible description, day by day, for a screen reader.

#include "core/user/user_store.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QPainter;

namespace carebook::app {

struct Theme;

struct PainChartDay {
    QDate date;
    std::vector<std::pair<double, int>> scores; // (fraction of the day 0..1, pain 0..10), oldest first
    int completed = 0;
    int stoppedEarly = 0;

    std::optional<double> average() const;
};

// The plan's days from `first` for `days` days, filled from the log (local time).
std::vector<PainChartDay> painChartDays(QDate first, int days, const std::vector<LogEntry>& log);

class PainChart final : public QWidget {
    Q_OBJECT
public:
    explicit PainChart(QWidget* parent = nullptr);

    void setDays(std::vector<PainChartDay> days);
    const std::vector<PainChartDay>& days() const { return m_days; }
    void applyTheme(const Theme& theme);
    // The chart in words ("Day 1, 7 Dec: pain 6 (2 scores), 3 sessions done. …").
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Layout {
        int line = 0;       // one line of text
        QRect plot;         // the pain axis, 0 at its bottom
        QRect bars;         // the sessions per day, under the plot
        double dayWidth = 1;
    };
    Layout layout() const;
    void paintPain(QPainter& painter, const Layout& at) const;
    void paintSessions(QPainter& painter, const Layout& at) const;

    std::vector<PainChartDay> m_days;
    QColor m_background, m_text, m_muted, m_bar, m_line, m_grid;
};

} // namespace carebook::app
