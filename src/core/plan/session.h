// SPDX-License-Identifier: MIT
#pragma once

// Guided sessions: the heat or cold timer and the exercise follow-along, as state machines that read
// the time from an injected clock and never sleep. The caller (the Today view's timer, a test's fake
// clock) calls tick() as often as it likes; every state change comes back as an event, which
// describe() turns into one short sentence for the screen and for screen readers. Qt-free.

#include "core/plan/schedule.h"

#include <chrono>
#include <string>
#include <vector>

namespace carebook {

// Time on a monotonic clock, from any fixed point.
using SessionTime = std::chrono::milliseconds;

class SessionClock {
public:
    virtual ~SessionClock() = default;
    virtual SessionTime now() const = 0;
};

// The real clock: std::chrono::steady_clock, which never jumps when the wall clock is changed.
class SteadySessionClock final : public SessionClock {
public:
    SessionTime now() const override;
};

enum class SessionCue {
    // Both kinds of session.
    Started,      // heat/cold: the timer runs; exercise: the 3-2-1 countdown begins
    NearEnd,      // heat/cold: one minute left
    Finished,     // every step done
    StoppedEarly, // the person stopped
    // Heat and cold.
    TakeOff,   // time is up: take the pack off now
    SkinCheck, // look at the skin once the pack is off
    // Exercise.
    Countdown,  // number: 3, 2 or 1
    Hold,       // hold for `seconds` (repetition, set, side)
    Move,       // a repetition with no hold: do it once (repetition, set, side)
    SwitchSides,
    Rest, // rest for `seconds` before set `set`
    Paused,
    Resumed,
    Skipped,
};

struct SessionEvent {
    SessionCue cue = SessionCue::Started;
    int number = 0;  // Countdown: 3, 2, 1; Started (heat/cold): minutes
    int seconds = 0; // Hold, Rest: how long
    int repetition = 0, repetitions = 0;
    int set = 0, sets = 0;
    int side = 0, sides = 1; // side 1 or 2 of `sides`
};

// One short English sentence for an event (the command line and tests; the app words the same
// events through tr()).
std::string describe(const SessionEvent& event, PlanItemKind kind);

enum class SessionState { Ready, Running, Paused, Completed, Stopped };

// The heat or cold timer. It counts down `minutes` (at most kMaxHeatColdMinutes, whatever is asked)
// and cannot be paused: a pack left on while the timer stood still would run past the limit, so
// the only way out before the end is stop().
class HeatColdTimer {
public:
    HeatColdTimer(PlanItemKind kind, int minutes, const SessionClock& clock);

    std::vector<SessionEvent> start();
    // Everything that happened since the last call, in order.
    std::vector<SessionEvent> tick();
    std::vector<SessionEvent> stop();

    SessionState state() const { return m_state; }
    PlanItemKind kind() const { return m_kind; }
    int totalSeconds() const { return m_totalSeconds; }
    // Whole seconds left, rounded up (the display never shows 0 while time remains).
    int secondsLeft() const;
    // The safety lines the timer screen shows the whole time.
    std::vector<std::string> safetyNotes() const;

private:
    PlanItemKind m_kind;
    int m_totalSeconds;
    const SessionClock& m_clock;
    SessionState m_state = SessionState::Ready;
    SessionTime m_startedAt{};
    bool m_warned = false;
};

// The exercise follow-along: a 3-2-1 start, then for each set every repetition on the first side, a
// 3-2-1 "switch sides" and the same on the other side (for `eachSide`), then the rest before the next
// set. A repetition with no hold is given a few seconds to do.
class ExerciseSession {
public:
    struct Step {
        SessionEvent event; // what starts this step
        int seconds = 0;
    };
    static constexpr int kCountdownSeconds = 3;

    ExerciseSession(const PlanDose& dose, const SessionClock& clock);

    std::vector<SessionEvent> start();
    std::vector<SessionEvent> tick();
    std::vector<SessionEvent> pause();
    std::vector<SessionEvent> resume();
    // Ends the current step at once (a countdown, a hold, a rest) and starts the next.
    std::vector<SessionEvent> skip();
    std::vector<SessionEvent> stop();

    SessionState state() const { return m_state; }
    const std::vector<Step>& steps() const { return m_steps; }
    // The step under way (or the last one, once over).
    const Step& current() const { return m_steps[m_index]; }
    int secondsLeft() const;
    int totalSeconds() const;

private:
    SessionTime elapsedInStep() const;
    void enterStep(std::size_t index, SessionTime at, std::vector<SessionEvent>& events);

    std::vector<Step> m_steps;
    const SessionClock& m_clock;
    SessionState m_state = SessionState::Ready;
    std::size_t m_index = 0;
    SessionTime m_stepStartedAt{}; // moved forward by the length of every pause
    SessionTime m_pausedAt{};
    int m_countdownShown = 0; // the last countdown number announced in this step
};

} // namespace carebook
