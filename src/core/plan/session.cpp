// SPDX-License-Identifier: MIT
#include "core/plan/session.h"

#include <algorithm>

namespace carebook {

using std::chrono::milliseconds;
using std::chrono::seconds;

SessionTime SteadySessionClock::now() const {
    return std::chrono::duration_cast<SessionTime>(std::chrono::steady_clock::now().time_since_epoch());
}

namespace {

// A repetition with no hold still takes a moment (the same allowance as exerciseSeconds).
constexpr int kMoveSeconds = 3;
constexpr int kNearEndSeconds = 60;

int secondsUp(SessionTime time) { return static_cast<int>((time.count() + 999) / 1000); }

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string position(const SessionEvent& event) {
    std::string text = "Repetition " + std::to_string(event.repetition) + " of " + std::to_string(event.repetitions);
    if (event.sets > 1) {
        text += ", set " + std::to_string(event.set) + " of " + std::to_string(event.sets);
    }
    if (event.sides > 1) {
        text += event.side == 1 ? ", first side" : ", other side";
    }
    return text + ".";
}

} // namespace

std::string describe(const SessionEvent& event, PlanItemKind kind) {
    const bool cold = kind == PlanItemKind::Cold;
    switch (event.cue) {
    case SessionCue::Started:
        if (kind == PlanItemKind::Exercise) {
            return "Get ready.";
        }
        return (cold ? "Cold pack on for " : "Heat on for ") + plural(event.number, "minute", "minutes") +
               (cold ? ". Keep a cloth between the pack and your skin." : ". Never fall asleep on a heating pad.");
    case SessionCue::NearEnd:
        return "One minute left.";
    case SessionCue::TakeOff:
        return cold ? "Time is up. Take the cold pack off now." : "Time is up. Take the heat off now.";
    case SessionCue::SkinCheck:
        return "Check your skin. Stop if it looks or feels damaged.";
    case SessionCue::Finished:
        return kind == PlanItemKind::Exercise ? "Well done. That is every set." : "Session done.";
    case SessionCue::StoppedEarly:
        return "Stopped early.";
    case SessionCue::Countdown:
        return std::to_string(event.number) + ".";
    case SessionCue::Hold:
        return "Hold for " + plural(event.seconds, "second", "seconds") + ". " + position(event);
    case SessionCue::Move:
        return position(event);
    case SessionCue::SwitchSides:
        return "Switch sides.";
    case SessionCue::Rest:
        return "Rest for " + plural(event.seconds, "second", "seconds") + ". Then set " + std::to_string(event.set) +
               " of " + std::to_string(event.sets) + ".";
    case SessionCue::Paused:
        return "Paused.";
    case SessionCue::Resumed:
        return "Going on.";
    case SessionCue::Skipped:
        return "Skipped.";
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Heat and cold

HeatColdTimer::HeatColdTimer(PlanItemKind kind, int minutes, const SessionClock& clock)
    : m_kind(kind == PlanItemKind::Heat ? PlanItemKind::Heat : PlanItemKind::Cold),
      m_totalSeconds(std::clamp(minutes, 1, kMaxHeatColdMinutes) * 60), m_clock(clock) {}

std::vector<SessionEvent> HeatColdTimer::start() {
    if (m_state != SessionState::Ready) {
        return {};
    }
    m_state = SessionState::Running;
    m_startedAt = m_clock.now();
    SessionEvent started{SessionCue::Started};
    started.number = m_totalSeconds / 60;
    return {started};
}

int HeatColdTimer::secondsLeft() const {
    if (m_state == SessionState::Ready) {
        return m_totalSeconds;
    }
    if (m_state != SessionState::Running) {
        return 0;
    }
    const auto left = seconds(m_totalSeconds) - (m_clock.now() - m_startedAt);
    return std::max(0, secondsUp(left));
}

std::vector<SessionEvent> HeatColdTimer::tick() {
    if (m_state != SessionState::Running) {
        return {};
    }
    std::vector<SessionEvent> events;
    const auto elapsed = m_clock.now() - m_startedAt;
    if (!m_warned && m_totalSeconds > kNearEndSeconds && elapsed >= seconds(m_totalSeconds - kNearEndSeconds)) {
        m_warned = true;
        events.push_back({SessionCue::NearEnd});
    }
    if (elapsed >= seconds(m_totalSeconds)) {
        m_state = SessionState::Completed;
        events.push_back({SessionCue::TakeOff});
        events.push_back({SessionCue::SkinCheck});
        events.push_back({SessionCue::Finished});
    }
    return events;
}

std::vector<SessionEvent> HeatColdTimer::stop() {
    if (m_state != SessionState::Running) {
        return {};
    }
    m_state = SessionState::Stopped;
    return {{SessionCue::StoppedEarly}, {SessionCue::SkinCheck}};
}

std::vector<std::string> HeatColdTimer::safetyNotes() const {
    if (m_kind == PlanItemKind::Cold) {
        return {"Keep a cloth between the ice and your skin.", "Never more than 20 minutes at a time.",
                "Check your skin when you take the pack off."};
    }
    return {"Never fall asleep on a heating pad or with a hot water bottle.", "It should feel warm, not hot.",
            "Never more than 20 minutes at a time.", "Check your skin when you take it off."};
}

// ---------------------------------------------------------------------------------------------------
// Exercise

ExerciseSession::ExerciseSession(const PlanDose& dose, const SessionClock& clock) : m_clock(clock) {
    const int repetitions = std::max(1, dose.repetitions);
    const int sets = std::max(1, dose.sets);
    const int sides = dose.eachSide ? 2 : 1;
    const int hold = std::max(0, dose.holdSeconds);
    const auto countdown = [](SessionCue cue) { return Step{SessionEvent{cue, kCountdownSeconds}, kCountdownSeconds}; };
    m_steps.push_back(countdown(SessionCue::Countdown));
    for (int set = 1; set <= sets; ++set) {
        for (int side = 1; side <= sides; ++side) {
            if (side > 1) {
                m_steps.push_back(countdown(SessionCue::SwitchSides));
            }
            for (int repetition = 1; repetition <= repetitions; ++repetition) {
                if (hold > 0 && repetition > 1) {
                    // A breath between two holds, counted in like the first.
                    m_steps.push_back(countdown(SessionCue::Countdown));
                }
                SessionEvent event{hold > 0 ? SessionCue::Hold : SessionCue::Move};
                event.seconds = hold > 0 ? hold : kMoveSeconds;
                event.repetition = repetition;
                event.repetitions = repetitions;
                event.set = set;
                event.sets = sets;
                event.side = side;
                event.sides = sides;
                m_steps.push_back({event, event.seconds});
            }
        }
        if (set < sets) {
            if (dose.restSeconds > 0) {
                SessionEvent rest{SessionCue::Rest};
                rest.seconds = dose.restSeconds;
                rest.set = set + 1;
                rest.sets = sets;
                m_steps.push_back({rest, dose.restSeconds});
            }
            m_steps.push_back(countdown(SessionCue::Countdown));
        }
    }
}

int ExerciseSession::totalSeconds() const {
    int total = 0;
    for (const auto& step : m_steps) {
        total += step.seconds;
    }
    return total;
}

SessionTime ExerciseSession::elapsedInStep() const {
    const auto now = m_state == SessionState::Paused ? m_pausedAt : m_clock.now();
    return now - m_stepStartedAt;
}

int ExerciseSession::secondsLeft() const {
    if (m_state == SessionState::Ready) {
        return current().seconds;
    }
    if (m_state == SessionState::Completed || m_state == SessionState::Stopped) {
        return 0;
    }
    return std::max(0, secondsUp(seconds(current().seconds) - elapsedInStep()));
}

void ExerciseSession::enterStep(std::size_t index, SessionTime at, std::vector<SessionEvent>& events) {
    m_index = index;
    m_stepStartedAt = at;
    m_countdownShown = 0;
    const auto& event = m_steps[index].event;
    if (event.cue == SessionCue::SwitchSides) {
        events.push_back(event);
    }
    if (event.cue == SessionCue::Countdown || event.cue == SessionCue::SwitchSides) {
        m_countdownShown = kCountdownSeconds;
        SessionEvent number{SessionCue::Countdown};
        number.number = kCountdownSeconds;
        events.push_back(number);
    } else {
        events.push_back(event);
    }
}

std::vector<SessionEvent> ExerciseSession::start() {
    if (m_state != SessionState::Ready) {
        return {};
    }
    m_state = SessionState::Running;
    std::vector<SessionEvent> events{{SessionCue::Started}};
    enterStep(0, m_clock.now(), events);
    return events;
}

std::vector<SessionEvent> ExerciseSession::tick() {
    std::vector<SessionEvent> events;
    while (m_state == SessionState::Running) {
        const auto elapsed = elapsedInStep();
        const auto& step = current();
        const bool counting = step.event.cue == SessionCue::Countdown || step.event.cue == SessionCue::SwitchSides;
        // 3 at the start, 2 after a second, 1 after two.
        while (counting && m_countdownShown > 1 && elapsed >= seconds(kCountdownSeconds - m_countdownShown + 1)) {
            SessionEvent number{SessionCue::Countdown};
            number.number = --m_countdownShown;
            events.push_back(number);
        }
        if (elapsed < seconds(step.seconds)) {
            break;
        }
        // The next step starts when this one was due to end, not when the tick came: no drift.
        const auto endedAt = m_stepStartedAt + seconds(step.seconds);
        if (m_index + 1 == m_steps.size()) {
            m_state = SessionState::Completed;
            events.push_back({SessionCue::Finished});
            break;
        }
        enterStep(m_index + 1, endedAt, events);
    }
    return events;
}

std::vector<SessionEvent> ExerciseSession::pause() {
    if (m_state != SessionState::Running) {
        return {};
    }
    auto events = tick(); // what was due before the pause happens first
    if (m_state != SessionState::Running) {
        return events;
    }
    m_pausedAt = m_clock.now();
    m_state = SessionState::Paused;
    events.push_back({SessionCue::Paused});
    return events;
}

std::vector<SessionEvent> ExerciseSession::resume() {
    if (m_state != SessionState::Paused) {
        return {};
    }
    m_stepStartedAt += m_clock.now() - m_pausedAt;
    m_state = SessionState::Running;
    return {{SessionCue::Resumed}};
}

std::vector<SessionEvent> ExerciseSession::skip() {
    if (m_state != SessionState::Running && m_state != SessionState::Paused) {
        return {};
    }
    std::vector<SessionEvent> events;
    if (m_state == SessionState::Running) {
        events = tick();
        if (m_state != SessionState::Running) {
            return events;
        }
    }
    events.push_back({SessionCue::Skipped});
    // Skipping goes on with the next step at once, even from a pause.
    m_state = SessionState::Running;
    if (m_index + 1 == m_steps.size()) {
        m_state = SessionState::Completed;
        events.push_back({SessionCue::Finished});
        return events;
    }
    enterStep(m_index + 1, m_clock.now(), events);
    return events;
}

std::vector<SessionEvent> ExerciseSession::stop() {
    if (m_state != SessionState::Running && m_state != SessionState::Paused) {
        return {};
    }
    m_state = SessionState::Stopped;
    return {{SessionCue::StoppedEarly}};
}

} // namespace carebook
