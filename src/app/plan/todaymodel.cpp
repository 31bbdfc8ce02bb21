// SPDX-License-Identifier: MIT
#include "app/plan/todaymodel.h"

#include <map>

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
        // The log's sessions of each item that day, in order: the k-th logged one marks the k-th session.
        std::map<std::string, std::vector<SessionOutcome>> logged;
        for (const auto& entry : doneThatDay) {
            if (!entry.itemId.empty() && entry.outcome != SessionOutcome::None) {
                logged[entry.itemId].push_back(entry.outcome);
            }
        }
        std::map<std::string, std::size_t> seen;
        bool nextFound = false;
        for (const auto& session : plan->days[static_cast<std::size_t>(dayNumber - 1)].sessions) {
            Row row{session, Status::Later};
            const auto k = seen[session.itemId]++;
            const auto& outcomes = logged[session.itemId];
            if (k < outcomes.size()) {
                row.status = outcomes[k] == SessionOutcome::Completed ? Status::Done : Status::StoppedEarly;
            } else if (session.startMinute + session.minutes <= nowMinute) {
                row.status = Status::Missed;
            } else if (!nextFound) {
                row.status = Status::Next;
                nextFound = true;
            }
            m_rows.push_back(row);
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
