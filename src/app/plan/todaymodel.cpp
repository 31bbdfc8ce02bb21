// SPDX-License-Identifier: MIT
#include "app/plan/todaymodel.h"

#include <QDateTime>

#include <cstdlib>

namespace carebook::app {

QString kindLabel(PlanItemKind kind) {
    switch (kind) {
    case PlanItemKind::Cold:
        return TodayModel::tr("Cold");
    case PlanItemKind::Heat:
        return TodayModel::tr("Heat");
    case PlanItemKind::Exercise:
        return TodayModel::tr("Exercise");
    }
    return {};
}

TodayModel::TodayModel(QObject* parent) : QAbstractTableModel(parent) {}

QString TodayModel::statusText(Status status) {
    switch (status) {
    case Status::Done:
        return tr("Done");
    case Status::StoppedEarly:
        return tr("Stopped early");
    case Status::Next:
        return tr("Next");
    case Status::Later:
        return tr("Later");
    case Status::Missed:
        return tr("Not done");
    }
    return {};
}

void TodayModel::setDay(const ComposedPlan* plan, int dayNumber, const std::vector<LogEntry>& doneThatDay,
                        int nowMinute) {
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    if (plan && dayNumber >= 1 && dayNumber <= static_cast<int>(plan->days.size())) {
        // Each logged session marks the session of its item nearest to when it was logged, so a pack
        // done at noon marks the noon session, not the morning's one that was missed.
        const auto& sessions = plan->days[static_cast<std::size_t>(dayNumber - 1)].sessions;
        for (const auto& session : sessions) {
            m_rows.push_back({session, Status::Later});
        }
        std::vector<bool> marked(m_rows.size(), false);
        for (const auto& entry : doneThatDay) {
            if (entry.itemId.empty() || entry.outcome == SessionOutcome::None) {
                continue;
            }
            const auto time = QDateTime::fromSecsSinceEpoch(entry.doneAt).toLocalTime().time();
            const int minute = time.hour() * 60 + time.minute();
            std::optional<std::size_t> best;
            for (std::size_t i = 0; i < m_rows.size(); ++i) {
                const auto& session = m_rows[i].session;
                if (marked[i] || session.itemId != entry.itemId) {
                    continue;
                }
                const auto distance = [&](std::size_t k) { return std::abs(m_rows[k].session.startMinute - minute); };
                if (!best || distance(i) < distance(*best)) {
                    best = i;
                }
            }
            if (best) {
                marked[*best] = true;
                m_rows[*best].status = entry.outcome == SessionOutcome::Completed ? Status::Done : Status::StoppedEarly;
            }
        }
        bool nextFound = false;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            auto& row = m_rows[i];
            if (marked[i]) {
                continue;
            }
            if (row.session.startMinute + row.session.minutes <= nowMinute) {
                row.status = Status::Missed;
            } else if (!nextFound) {
                row.status = Status::Next;
                nextFound = true;
            }
        }
    }
    endResetModel();
}

int TodayModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const PlanSession* TodayModel::session(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].session : nullptr;
}

TodayModel::Status TodayModel::status(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].status : Status::Later;
}

std::optional<int> TodayModel::nextRow() const {
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[static_cast<std::size_t>(row)].status == Status::Next) {
            return row;
        }
    }
    return std::nullopt;
}

QVariant TodayModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto* item = m_plan ? m_plan->item(row.session.itemId) : nullptr;
    switch (role) {
    case ItemIdRole:
        return QString::fromStdString(row.session.itemId);
    case KindRole:
        return static_cast<int>(row.session.kind);
    case StartMinuteRole:
        return row.session.startMinute;
    case DoneRole:
        return row.status == Status::Done || row.status == Status::StoppedEarly;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return QString::fromStdString(clockTime(row.session.startMinute) + "–" +
                                          clockTime(row.session.startMinute + row.session.minutes));
        case WhatColumn:
            return item ? QString::fromStdString(item->title) : QString::fromStdString(row.session.itemId);
        case DoseColumn:
            return item ? QString::fromStdString(doseLine(*item)) : QString();
        case StatusColumn:
            return statusText(row.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return item ? QString::fromStdString(item->timing) : QVariant();
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhatColumn:
        return tr("What");
    case DoseColumn:
        return tr("Dose");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace carebook::app
