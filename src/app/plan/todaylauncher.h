// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/session.h"

#include <QObject>
#include <QPointer>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class PlanReminder;
class TodayWindow;
class UserData;

// The Today feature as the main window sees it: the "Today's plan…" action (Ctrl+T) that opens the
// Today window on the real clocks, and the plan's reminders (when turned on in Settings) in the
// desktop's tray, else in the status bar. The window places the action.
class TodayLauncher final : public QObject {
    Q_OBJECT
public:
    TodayLauncher(ContentStore& store, UserData* userData, QWidget* window);
    ~TodayLauncher() override;

    QAction* action() const { return m_action; }
    TodayWindow* todayWindow() const;
    PlanReminder* reminder() const { return m_reminder; }
    // The symptom being read: a new plan proposes it.
    void setCurrentArticle(const QString& id);

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void open();
    void showReminder(const QString& title, const QString& message);

    ContentStore& m_store;
    UserData* m_userData;
    QWidget* m_window;
    QAction* m_action = nullptr;
    QPointer<TodayWindow> m_today;
    QString m_currentArticleId;
    SteadySessionClock m_clock;
    PlanReminder* m_reminder = nullptr;
    QSystemTrayIcon* m_tray = nullptr; // made for the first reminder, when the desktop has a tray
};

} // namespace carebook::app
