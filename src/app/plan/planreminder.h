// SPDX-License-Identifier: MIT
#pragma once

// Reminders of the plan's sessions while Carebook runs, when the person has turned them on (Settings;
// off by default). One timer waits for the next session of the kept plan; at its time `reminded` says
// what is due, and the timer waits for the one after. The clock is injected: a test moves a fake
// clock and calls check() itself, never sleeping.

#include "app/plan/storedplan.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class PlanReminder final : public QObject {
    Q_OBJECT
public:
    PlanReminder(ContentStore& store, WallClock wallClock, QObject* parent = nullptr);

    // Reads the settings and the plan again and waits for the next session (also on every change of the
    // reminder or plan settings).
    void reschedule();
    // Reminds of the due session if its time has come, then waits for the next. The timer calls it.
    void check();

    bool enabled() const;
    std::optional<QDateTime> due() const { return m_due; }
    QString dueMessage() const { return m_dueMessage; }

    // The longest the timer sleeps before looking at the clock again, so a suspended laptop or a changed
    // clock is noticed.
    static constexpr int kMaxWaitMs = 5 * 60 * 1000;

Q_SIGNALS:
    // "Cold pack now" and "Cold pack at 10:00, 15 minutes. Check your skin…". Shown by the caller (the
    // tray, else the status bar).
    void reminded(const QString& title, const QString& message);

private:
    void waitFor(const QDateTime& now);
    void findNext(const QDateTime& from);

    ContentStore& m_store;
    WallClock m_wallClock;
    QTimer m_timer;
    std::optional<ComposedPlan> m_plan;
    std::optional<QDateTime> m_due;
    QString m_dueTitle;
    QString m_dueMessage;
};

} // namespace carebook::app
