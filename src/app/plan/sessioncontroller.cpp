// SPDX-License-Identifier: MIT
#include "app/plan/sessioncontroller.h"

#include <QCoreApplication>

namespace carebook::app {

namespace {

QString position(const SessionEvent& event) {
    QString text = SessionController::tr("Repetition %1 of %2").arg(event.repetition).arg(event.repetitions);
    if (event.sets > 1) {
        text = SessionController::tr("%1, set %2 of %3").arg(text).arg(event.set).arg(event.sets);
    }
    if (event.sides > 1) {
        text = event.side == 1 ? SessionController::tr("%1, first side").arg(text)
                               : SessionController::tr("%1, other side").arg(text);
    }
    return text + QLatin1Char('.');
}

// The plural forms come from the translations (English's too: resources/translations/carebook_en.ts).
QString seconds(int count) { return SessionController::tr("%n second(s)", nullptr, count); }

QString minutes(int count) { return SessionController::tr("%n minute(s)", nullptr, count); }

bool isUrgent(SessionCue cue) {
    return cue == SessionCue::TakeOff || cue == SessionCue::SwitchSides || cue == SessionCue::NearEnd ||
           cue == SessionCue::Finished;
}

} // namespace

SessionController::SessionController(const SessionClock& clock, QObject* parent, int tickMs)
    : QObject(parent), m_clock(clock) {
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionController::tick);
}

SessionController::~SessionController() = default;

QString SessionController::textFor(const SessionEvent& event, PlanItemKind kind) {
    const bool cold = kind == PlanItemKind::Cold;
    switch (event.cue) {
    case SessionCue::Started:
        if (kind == PlanItemKind::Exercise) {
            return tr("Get ready.");
        }
        return (cold ? tr("Cold pack on for %1.") : tr("Heat on for %1.")).arg(minutes(event.number)) +
               QLatin1Char(' ') +
               (cold ? tr("Keep a cloth between the pack and your skin.") : tr("Never fall asleep on a heating pad."));
    case SessionCue::NearEnd:
        return tr("One minute left.");
    case SessionCue::TakeOff:
        return cold ? tr("Time is up. Take the cold pack off now.") : tr("Time is up. Take the heat off now.");
    case SessionCue::SkinCheck:
        return tr("Check your skin. Stop if it looks or feels damaged.");
    case SessionCue::Finished:
        return kind == PlanItemKind::Exercise ? tr("Well done. That is every set.") : tr("Session done.");
    case SessionCue::StoppedEarly:
        return tr("Stopped early.");
    case SessionCue::Countdown:
        return QStringLiteral("%1…").arg(event.number);
    case SessionCue::Hold:
        return tr("Hold for %1.").arg(seconds(event.seconds)) + QLatin1Char(' ') + position(event);
    case SessionCue::Move:
        return tr("Do it once, slowly.") + QLatin1Char(' ') + position(event);
    case SessionCue::SwitchSides:
        return tr("Switch sides.");
    case SessionCue::Rest:
        return tr("Rest for %1.").arg(seconds(event.seconds)) + QLatin1Char(' ') +
               tr("Then set %1 of %2.").arg(event.set).arg(event.sets);
    case SessionCue::Paused:
        return tr("Paused. Press Space to go on.");
    case SessionCue::Resumed:
        return tr("Going on.");
    case SessionCue::Skipped:
        return tr("Skipped.");
    }
    return {};
}

void SessionController::startHeatCold(const QString& itemId, PlanItemKind kind, int minutes) {
    m_exercise.reset();
    m_itemId = itemId;
    m_kind = kind;
    m_heatCold = std::make_unique<HeatColdTimer>(kind, minutes, m_clock);
    m_stepText.clear();
    m_timer.start();
    handle(m_heatCold->start());
}

void SessionController::startExercise(const QString& itemId, const PlanDose& dose) {
    m_heatCold.reset();
    m_itemId = itemId;
    m_kind = PlanItemKind::Exercise;
    m_exercise = std::make_unique<ExerciseSession>(dose, m_clock);
    m_stepText.clear();
    m_timer.start();
    handle(m_exercise->start());
}

bool SessionController::active() const {
    if (m_heatCold) {
        return m_heatCold->state() == SessionState::Running;
    }
    return m_exercise &&
           (m_exercise->state() == SessionState::Running || m_exercise->state() == SessionState::Paused);
}

bool SessionController::paused() const { return m_exercise && m_exercise->state() == SessionState::Paused; }

int SessionController::secondsLeft() const {
    if (m_heatCold) {
        return m_heatCold->secondsLeft();
    }
    return m_exercise ? m_exercise->secondsLeft() : 0;
}

int SessionController::stepSeconds() const {
    if (m_heatCold) {
        return m_heatCold->totalSeconds();
    }
    return m_exercise ? m_exercise->current().seconds : 0;
}

QString SessionController::stepText() const { return m_stepText; }

QStringList SessionController::safetyNotes() const {
    if (m_kind == PlanItemKind::Cold) {
        return {tr("Keep a cloth between the ice and your skin."), tr("Never more than 20 minutes at a time."),
                tr("Check your skin when you take the pack off.")};
    }
    if (m_kind == PlanItemKind::Heat) {
        return {tr("Never fall asleep on a heating pad or with a hot water bottle."), tr("It should feel warm, not hot."),
                tr("Never more than 20 minutes at a time."), tr("Check your skin when you take it off.")};
    }
    return {tr("Move slowly and breathe. Stop if the pain gets worse or spreads.")};
}

void SessionController::tick() {
    if (m_heatCold) {
        handle(m_heatCold->tick());
    } else if (m_exercise) {
        handle(m_exercise->tick());
    }
}

void SessionController::togglePause() {
    if (!m_exercise) {
        return; // a pack timer cannot stand still while the pack stays on
    }
    handle(m_exercise->state() == SessionState::Paused ? m_exercise->resume() : m_exercise->pause());
}

void SessionController::skip() {
    if (m_exercise) {
        handle(m_exercise->skip());
    }
}

void SessionController::stop() {
    if (m_heatCold) {
        handle(m_heatCold->stop());
    } else if (m_exercise) {
        handle(m_exercise->stop());
    }
}

void SessionController::handle(std::vector<SessionEvent> events) {
    const int seconds = secondsLeft();
    const bool countdownMoved = seconds != m_shownSeconds;
    m_shownSeconds = seconds;
    m_lastEvents = std::move(events);
    bool ended = false;
    SessionOutcome outcome = SessionOutcome::Completed;
    for (const auto& event : m_lastEvents) {
        const auto text = textFor(event, m_kind);
        // The step line keeps what to do; short cues (Paused, Skipped, a countdown number) do not replace it.
        if (event.cue == SessionCue::Hold || event.cue == SessionCue::Move || event.cue == SessionCue::Rest ||
            event.cue == SessionCue::Started || event.cue == SessionCue::SwitchSides ||
            event.cue == SessionCue::TakeOff || event.cue == SessionCue::Finished ||
            event.cue == SessionCue::StoppedEarly) {
            m_stepText = text;
        }
        Q_EMIT announced(text, isUrgent(event.cue));
        if (event.cue == SessionCue::Finished || event.cue == SessionCue::StoppedEarly) {
            ended = true;
            outcome = event.cue == SessionCue::Finished ? SessionOutcome::Completed : SessionOutcome::StoppedEarly;
        }
    }
    if (!m_lastEvents.empty() || countdownMoved) {
        Q_EMIT changed();
    }
    if (ended) {
        m_timer.stop();
        Q_EMIT finished(m_itemId, outcome);
    }
}

} // namespace carebook::app
