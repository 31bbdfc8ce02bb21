// SPDX-License-Identifier: MIT
#include "app/plan/planreminder.h"

#include "app/plan/todaymodel.h"
#include "app/settings/settings.h"
#include "core/plan/reminders.h"

#include <QLocale>

#include <algorithm>

namespace carebook::app {

PlanReminder::PlanReminder(ContentStore& store, WallClock wallClock, QObject* parent)
    : QObject(parent), m_store(store), m_wallClock(std::move(wallClock)) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlanReminder::check);
    connect(&Settings::instance(), &Settings::changed, this, [this](const QString& path) {
        if (path == QLatin1String(settings::planReminders.path) || path == QLatin1String(settings::planSymptom.path) ||
            path == QLatin1String(settings::planStart.path)) {
            reschedule();
        }
    });
    reschedule();
}

bool PlanReminder::enabled() const { return Settings::get(settings::planReminders); }

void PlanReminder::reschedule() {
    m_timer.stop();
    m_plan.reset();
    m_due.reset();
    if (!enabled()) {
        return; // off: no plan composed, no timer
    }
    m_plan = loadStoredPlan(m_store);
    const QDateTime now = m_wallClock();
    findNext(now);
    waitFor(now);
}

void PlanReminder::check() {
    if (!m_plan || !m_due) {
        return;
    }
    const QDateTime now = m_wallClock();
    if (now >= *m_due) {
        Q_EMIT reminded(m_dueTitle, m_dueMessage);
        findNext(m_due->addSecs(60)); // the session after the one just announced
    }
    waitFor(now);
}

void PlanReminder::findNext(const QDateTime& from) {
    m_due.reset();
    if (!m_plan) {
        return;
    }
    const auto next = nextSessionFrom(*m_plan, toYmd(from.date()), from.time().hour() * 60 + from.time().minute());
    if (!next) {
        return;
    }
    const QTime at(next->session.startMinute / 60, next->session.startMinute % 60);
    m_due = QDateTime(toQDate(next->date), at);
    const auto* item = m_plan->item(next->session.itemId);
    const QString what = item ? QString::fromStdString(item->title) : kindLabel(next->session.kind);
    m_dueTitle = tr("Carebook: %1 now").arg(what);
    const QString time = QLocale().toString(at, QLocale::ShortFormat);
    switch (next->session.kind) {
    case PlanItemKind::Cold:
    case PlanItemKind::Heat:
        m_dueMessage = tr("%1 at %2, %n minute(s). Check your skin when it ends. Never sleep on a heating pad.",
                          nullptr, next->session.minutes)
                           .arg(what, time);
        break;
    case PlanItemKind::Exercise:
        m_dueMessage = tr("%1 at %2. Open Today's plan (Ctrl+T) to follow it with the timer.")
                           .arg(what, time);
        break;
    }
}

void PlanReminder::waitFor(const QDateTime& now) {
    if (!m_due) {
        return;
    }
    const qint64 untilDue = std::max<qint64>(0, now.msecsTo(*m_due));
    m_timer.start(static_cast<int>(std::min<qint64>(untilDue, kMaxWaitMs)));
}

} // namespace carebook::app
