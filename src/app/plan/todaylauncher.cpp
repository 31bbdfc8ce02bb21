// SPDX-License-Identifier: MIT
#include "app/plan/todaylauncher.h"

#include "app/plan/todaywindow.h"

#include <QAction>
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
