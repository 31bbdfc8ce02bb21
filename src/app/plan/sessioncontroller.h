// SPDX-License-Identifier: MIT
#pragma once

// One guided session in the app: core/plan/session's heat/cold timer or exercise follow-along, ticked
// by a QTimer and read from an injected clock (a test passes a fake clock and calls tick() itself;
// nothing sleeps). Each event comes out worded through tr() in announced(); finished() says how it
// ended, for the log.

#include "core/plan/session.h"
#include "core/user/user_store.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace carebook::app {

class SessionController final : public QObject {
    Q_OBJECT
public:
    // `clock` must outlive the controller. The QTimer ticks every `tickMs` while a session runs.
    explicit SessionController(const SessionClock& clock, QObject* parent = nullptr, int tickMs = 200);
    ~SessionController() override;

    void startHeatCold(const QString& itemId, PlanItemKind kind, int minutes);
    void startExercise(const QString& itemId, const PlanDose& dose);

    bool active() const; // a session is under way (running or paused)
    bool canPause() const { return m_exercise != nullptr; } // a pack timer never pauses (see HeatColdTimer)
    bool paused() const;
    PlanItemKind kind() const { return m_kind; }
    const QString& itemId() const { return m_itemId; }
    int secondsLeft() const;  // in the current step (exercise) or the whole timer (heat/cold)
    int stepSeconds() const;  // the current step's length (the progress bar's full width)
    QString stepText() const; // what to do now, worded for the screen
    QStringList safetyNotes() const;
    // The events of the last tick or command.
    const std::vector<SessionEvent>& lastEvents() const { return m_lastEvents; }

    // The words for one event, as the screen shows it and screen readers announce it.
    static QString textFor(const SessionEvent& event, PlanItemKind kind);

public Q_SLOTS:
    void tick();
    void togglePause();
    void skip();
    void stop();

Q_SIGNALS:
    // After every tick or command that changed something (the countdown included).
    void changed();
    // One sentence per event; `urgent` for the ones a person must act on (take the pack off, switch sides).
    void announced(const QString& text, bool urgent);
    void finished(const QString& itemId, carebook::SessionOutcome outcome);

private:
    void handle(std::vector<SessionEvent> events);

    const SessionClock& m_clock;
    QTimer m_timer;
    QString m_itemId;
    PlanItemKind m_kind = PlanItemKind::Exercise;
    std::unique_ptr<HeatColdTimer> m_heatCold;
    std::unique_ptr<ExerciseSession> m_exercise;
    std::vector<SessionEvent> m_lastEvents;
    QString m_stepText;
    int m_shownSeconds = -1;
};

} // namespace carebook::app
