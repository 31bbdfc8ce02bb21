// SPDX-License-Identifier: MIT
#include "app/plan/painchart.h"

#include "app/theme/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace carebook::app {

std::optional<double> PainChartDay::average() const {
    if (scores.empty()) {
        return std::nullopt;
    }
    const double sum = std::accumulate(scores.begin(), scores.end(), 0.0,
                                       [](double total, const auto& score) { return total + score.second; });
    return sum / static_cast<double>(scores.size());
}

std::vector<PainChartDay> painChartDays(QDate first, int days, const std::vector<LogEntry>& log) {
    std::vector<PainChartDay> out;
    for (int i = 0; i < days; ++i) {
        out.push_back({first.addDays(i), {}, 0, 0});
    }
    for (const auto& entry : log) {
        const auto when = QDateTime::fromSecsSinceEpoch(entry.doneAt).toLocalTime();
        const auto index = first.daysTo(when.date());
        if (index < 0 || index >= days) {
            continue;
        }
        auto& day = out[static_cast<std::size_t>(index)];
        if (entry.pain) {
            day.scores.push_back({when.time().msecsSinceStartOfDay() / 86'400'000.0, *entry.pain});
        }
        if (entry.outcome == SessionOutcome::Completed) {
            ++day.completed;
        } else if (entry.outcome == SessionOutcome::StoppedEarly) {
            ++day.stoppedEarly;
        }
    }
    return out;
}

PainChart::PainChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("painChart"));
    setAccessibleName(tr("Pain and sessions over the days of the plan"));
    setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so a screen reader reads its description
    applyTheme(Theme::light());
}

void PainChart::setDays(std::vector<PainChartDay> days) {
    m_days = std::move(days);
    setAccessibleDescription(summary());
    update();
}

void PainChart::applyTheme(const Theme& theme) {
    m_background = theme.base;
    m_text = theme.chartText;
    m_muted = theme.chartMuted;
    m_bar = theme.chartBar;
    m_line = theme.chartReference;
    m_grid = theme.frame;
    update();
}

QString PainChart::summary() const {
    QStringList parts;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const auto& day = m_days[i];
        QString text = tr("Day %1, %2:").arg(i + 1).arg(QLocale().toString(day.date, QStringLiteral("d MMM")));
        if (const auto average = day.average()) {
            const auto pain = QLocale().toString(*average, 'f', 1);
            text += QLatin1Char(' ') + tr("pain %1 (%n score(s))", nullptr, static_cast<int>(day.scores.size())).arg(pain);
        } else {
            text += QLatin1Char(' ') + tr("no pain score");
        }
        text += QStringLiteral(", ") + tr("%n session(s) done", nullptr, day.completed);
        if (day.stoppedEarly > 0) {
            text += QStringLiteral(", ") + tr("%n stopped early", nullptr, day.stoppedEarly);
        }
        parts << text + QLatin1Char('.');
    }
    return parts.join(QLatin1Char(' '));
}

QSize PainChart::sizeHint() const { return {520, 220}; }
QSize PainChart::minimumSizeHint() const { return {260, 160}; }

PainChart::Layout PainChart::layout() const {
    const QFontMetrics metrics(font());
    Layout at;
    at.line = metrics.height();
    const int left = metrics.horizontalAdvance(QStringLiteral("10")) + at.line;
    const int bottomText = 2 * at.line + 4; // the day labels under the bars
    const int barHeight = std::max(at.line, height() / 6);
    // Above the bars, a line for the busiest day's count, so it never touches the pain axis's 0 line.
    const int countLine = at.line;
    at.plot = QRect(left, at.line / 2 + at.line, std::max(1, width() - left - at.line),
                    std::max(1, height() - bottomText - barHeight - countLine - 2 * at.line));
    at.bars = QRect(at.plot.left(), at.plot.bottom() + at.line / 2 + countLine, at.plot.width(), barHeight);
    at.dayWidth = at.plot.width() / static_cast<double>(std::max<int>(1, static_cast<int>(m_days.size())));
    return at;
}

void PainChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_background);
    const Layout at = layout();
    painter.setPen(m_text);
    painter.drawText(QRect(0, 0, width(), at.line), Qt::AlignLeft | Qt::AlignVCenter, tr("Pain (0–10)"));
    paintPain(painter, at);
    paintSessions(painter, at);
    // The key, top right: what the line, the dots and the bars are.
    painter.setPen(m_muted);
    painter.drawText(QRect(0, 0, width() - at.line / 2, at.line), Qt::AlignRight | Qt::AlignVCenter,
                     tr("Line: pain, average of the day · dots: each score · bars: sessions done"));
}

void PainChart::paintPain(QPainter& painter, const Layout& at) const {
    const QRect& plot = at.plot;
    const int line = at.line;
    // Grid lines at 0, 5 and 10, labelled.
    for (int pain : {0, 5, 10}) {
        const double y = plot.bottom() - plot.height() * pain / 10.0;
        painter.setPen(QPen(m_grid, 1, pain == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(m_muted);
        painter.drawText(QRectF(0, y - line / 2.0, plot.left() - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(pain));
    }
    const auto pointFor = [&](std::size_t day, double fraction, double pain) {
        return QPointF(plot.left() + at.dayWidth * (static_cast<double>(day) + fraction),
                       plot.bottom() - plot.height() * pain / 10.0);
    };
    // The line through each day's average, at the middle of the day.
    QPainterPath path;
    bool started = false;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        if (const auto average = m_days[i].average()) {
            const auto point = pointFor(i, 0.5, *average);
            started ? path.lineTo(point) : path.moveTo(point);
            started = true;
        }
    }
    painter.setPen(QPen(m_line, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Every score as a dot.
    painter.setPen(QPen(m_background, 1));
    painter.setBrush(m_line);
    const double radius = std::max(3.0, line / 4.0);
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        for (const auto& [fraction, pain] : m_days[i].scores) {
            painter.drawEllipse(pointFor(i, fraction, pain), radius, radius);
        }
    }
}

// Sessions done per day, scaled to the busiest day; stopped early as an outlined part on top.
void PainChart::paintSessions(QPainter& painter, const Layout& at) const {
    const QRect& bars = at.bars;
    const int line = at.line;
    int most = 1;
    for (const auto& day : m_days) {
        most = std::max(most, day.completed + day.stoppedEarly);
    }
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const auto& day = m_days[i];
        const double x = bars.left() + at.dayWidth * static_cast<double>(i) + at.dayWidth * 0.2;
        const double w = at.dayWidth * 0.6;
        const double done = bars.height() * day.completed / static_cast<double>(most);
        const double stopped = bars.height() * day.stoppedEarly / static_cast<double>(most);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_bar);
        painter.drawRect(QRectF(x, bars.bottom() - done, w, done));
        painter.setPen(QPen(m_bar, 1.5));
        painter.setBrush(Qt::NoBrush);
        if (stopped > 0) {
            painter.drawRect(QRectF(x, bars.bottom() - done - stopped, w, stopped));
        }
        painter.setPen(m_text);
        const QRectF label(bars.left() + at.dayWidth * static_cast<double>(i), bars.bottom() + 2, at.dayWidth, line);
        painter.drawText(label, Qt::AlignCenter, tr("Day %1").arg(i + 1));
        painter.setPen(m_muted);
        painter.drawText(label.translated(0, line), Qt::AlignCenter,
                         QLocale().toString(day.date, QStringLiteral("d MMM")));
        if (day.completed + day.stoppedEarly > 0) {
            painter.setPen(m_text);
            painter.drawText(QRectF(x, bars.bottom() - done - stopped - line, w, line), Qt::AlignCenter,
                             QString::number(day.completed + day.stoppedEarly));
        }
    }
}

} // namespace carebook::app
