// SPDX-License-Identifier: MIT
#include "app/plan/todaylauncher.h"

#include "app/plan/planreminder.h"
#include "app/plan/todaywindow.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QSystemTrayIcon>
#include <QComboBox>
#include <QKeySequence>
#include <QTableView>

namespace carebook::app {

TodayLauncher::TodayLauncher(ContentStore& store, UserData* userData, QWidget* window)
    : QObject(window), m_store(store), m_userData(userData), m_window(window) {
    m_action = new QAction(tr("&Today's plan…"), this);
    m_action->setObjectName(QStringLiteral("todayAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_action->setToolTip(tr("Today's sessions of your plan, with a timer to follow them (Ctrl+T)"));
    connect(m_action, &QAction::triggered, this, &TodayLauncher::open);
    m_reminder = new PlanReminder(store, [] { return QDateTime::currentDateTime(); }, this);
    connect(m_reminder, &PlanReminder::reminded, this, &TodayLauncher::showReminder);
}

void TodayLauncher::showReminder(const QString& title, const QString& message) {
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Carebook: reminders of your plan"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TodayLauncher::open);
            connect(m_tray, &QSystemTrayIcon::activated, this, &TodayLauncher::open);
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 20000);
    }
    // Always in the window too: a desktop without a tray still gets it, and a screen reader hears it.
    Q_EMIT statusMessage(title + QStringLiteral(" — ") + message, 60000);
    QAccessibleEvent event(m_window, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    QApplication::alert(m_window);
}

TodayLauncher::~TodayLauncher() { delete m_today; }

TodayWindow* TodayLauncher::todayWindow() const { return m_today; }

void TodayLauncher::setCurrentArticle(const QString& id) { m_currentArticleId = id; }

void TodayLauncher::open() {
    if (!m_today) {
        m_today = new TodayWindow(m_store, m_userData, m_clock, [] { return QDateTime::currentDateTime(); }, m_window);
        connect(m_today, &TodayWindow::statusMessage, this, &TodayLauncher::statusMessage);
        if (!m_today->plan()) {
            const int index = m_today->symptomBox()->findData(m_currentArticleId);
            if (index >= 0) {
                m_today->symptomBox()->setCurrentIndex(index);
            }
        }
    } else {
        m_today->refresh();
    }
    m_today->show();
    m_today->raise();
    m_today->activateWindow();
    m_today->table()->setFocus(); // Enter starts the selected (next) session at once
}

} // namespace carebook::app
