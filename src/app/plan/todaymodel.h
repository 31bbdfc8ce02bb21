// SPDX-License-Identifier: MIT
#pragma once

// Today's sessions of the plan as a table (time, what, dose, status), with what is next: the first
// session not yet done whose end has not passed. A session counts as done when the log has as many
// entries for its item on that day as there are sessions of it up to and including this one.

#include "core/plan/compose.h"
#include "core/user/user_store.h"

#include <QAbstractTableModel>

#include <chrono>
#include <optional>

namespace carebook::app {

class TodayModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, WhatColumn, DoseColumn, StatusColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, KindRole, StartMinuteRole, DoneRole };
    enum class Status { Done, StoppedEarly, Next, Later, Missed };

    explicit TodayModel(QObject* parent = nullptr);

    // The plan, the day to show (1-based; outside the plan: no rows), the log entries done that day
    // (oldest first) and the minute of the day it is now.
    void setDay(const ComposedPlan* plan, int dayNumber, const std::vector<LogEntry>& doneThatDay, int nowMinute);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PlanSession* session(int row) const;
    Status status(int row) const;
    std::optional<int> nextRow() const;

    static QString statusText(Status status);

private:
    struct Row {
        PlanSession session;
        Status status = Status::Later;
    };
    const ComposedPlan* m_plan = nullptr;
    std::vector<Row> m_rows;
};

// "15 min cold pack" style names for a session's item, through tr().
QString kindLabel(PlanItemKind kind);

} // namespace carebook::app
