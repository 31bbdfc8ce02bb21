// SPDX-License-Identifier: MIT
// Guided sessions driven by a fake clock: a whole exercise (3-2-1, holds, switch sides, rest, sets),
// pause, skip and stop; a whole cold session (one minute left, take it off, check the skin) and the
// 20-minute cap that no request and no pause can get past.
#include "core/plan/session.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace std::chrono_literals;
using carebook::describe;
using carebook::ExerciseSession;
using carebook::HeatColdTimer;
using carebook::PlanDose;
using carebook::PlanItemKind;
using carebook::SessionCue;
using carebook::SessionEvent;
using carebook::SessionState;
using carebook::SessionTime;

namespace {

class FakeClock final : public carebook::SessionClock {
public:
    SessionTime now() const override { return m_now; }
    void advance(SessionTime by) { m_now += by; }

private:
    SessionTime m_now{123'456'789}; // any starting point: sessions only measure differences
};

std::vector<std::string> sentences(const std::vector<SessionEvent>& events, PlanItemKind kind) {
    std::vector<std::string> out;
    for (const auto& event : events) {
        out.push_back(describe(event, kind));
    }
    return out;
}

void append(std::vector<SessionEvent>& to, const std::vector<SessionEvent>& events) {
    to.insert(to.end(), events.begin(), events.end());
}

// Ticks every `step` until the session is over or `limit` has passed; returns every event.
template <typename Session>
std::vector<SessionEvent> runUntilOver(Session& session, FakeClock& clock, SessionTime step, SessionTime limit) {
    std::vector<SessionEvent> events;
    for (SessionTime passed{0}; passed <= limit && session.state() == SessionState::Running; passed += step) {
        clock.advance(step);
        append(events, session.tick());
    }
    return events;
}

std::vector<SessionCue> cuesOf(const std::vector<SessionEvent>& events) {
    std::vector<SessionCue> cues;
    for (const auto& event : events) {
        cues.push_back(event.cue);
    }
    return cues;
}

const PlanDose kStretch{.holdSeconds = 5, .repetitions = 2, .sets = 2, .restSeconds = 10, .eachSide = true};

} // namespace

TEST_CASE("a whole exercise session: 3-2-1, holds, switch sides, rest and the second set", "[session]") {
    FakeClock clock;
    ExerciseSession session(kStretch, clock);
    // 3 + 2 sides × (5 + 3 + 5) + 3 (switch) per set, a 10 s rest and a 3-2-1 between the sets.
    CHECK(session.totalSeconds() == 74);
    CHECK(session.state() == SessionState::Ready);
    auto events = session.start();
    CHECK(sentences(events, PlanItemKind::Exercise) == std::vector<std::string>{"Get ready.", "3."});
    append(events, runUntilOver(session, clock, 250ms, 200s));
    REQUIRE(session.state() == SessionState::Completed);

    const auto said = sentences(events, PlanItemKind::Exercise);
    const std::vector<std::string> firstSet = {
        "Get ready.", "3.", "2.", "1.",
        "Hold for 5 seconds. Repetition 1 of 2, set 1 of 2, first side.", "3.", "2.", "1.",
        "Hold for 5 seconds. Repetition 2 of 2, set 1 of 2, first side.",
        "Switch sides.", "3.", "2.", "1.",
        "Hold for 5 seconds. Repetition 1 of 2, set 1 of 2, other side.", "3.", "2.", "1.",
        "Hold for 5 seconds. Repetition 2 of 2, set 1 of 2, other side.",
        "Rest for 10 seconds. Then set 2 of 2.", "3.", "2.", "1.",
        "Hold for 5 seconds. Repetition 1 of 2, set 2 of 2, first side."};
    REQUIRE(said.size() > firstSet.size());
    CHECK(std::vector<std::string>(said.begin(), said.begin() + static_cast<long>(firstSet.size())) == firstSet);
    CHECK(said.back() == "Well done. That is every set.");
    const auto cues = cuesOf(events);
    CHECK(std::count(cues.begin(), cues.end(), SessionCue::Hold) == 8);
    CHECK(std::count(cues.begin(), cues.end(), SessionCue::SwitchSides) == 2);
    CHECK(std::count(cues.begin(), cues.end(), SessionCue::Rest) == 1);
    CHECK(std::count(cues.begin(), cues.end(), SessionCue::Finished) == 1);
}

TEST_CASE("the session ends exactly on time however coarse the ticks, and a late tick catches up in order",
          "[session]") {
    FakeClock clock;
    ExerciseSession fine(kStretch, clock);
    fine.start();
    clock.advance(73'999ms);
    fine.tick();
    CHECK(fine.state() == SessionState::Running);
    CHECK(fine.secondsLeft() == 1);
    clock.advance(1ms);
    CHECK(cuesOf(fine.tick()) == std::vector<SessionCue>{SessionCue::Finished});

    // One tick after a minute and a half (the machine was asleep): every step announced once, in order.
    FakeClock other;
    ExerciseSession late(kStretch, other);
    const auto started = late.start();
    other.advance(90s);
    auto events = started;
    append(events, late.tick());
    FakeClock reference;
    ExerciseSession steady(kStretch, reference);
    auto expected = steady.start();
    append(expected, runUntilOver(steady, reference, 100ms, 200s));
    CHECK(sentences(events, PlanItemKind::Exercise) == sentences(expected, PlanItemKind::Exercise));
}

TEST_CASE("pause holds the count where it was; resume goes on from there", "[session]") {
    FakeClock clock;
    ExerciseSession session(kStretch, clock);
    session.start();
    clock.advance(5s); // 3-2-1, then 2 s into the first 5 s hold
    session.tick();
    REQUIRE(session.current().event.cue == SessionCue::Hold);
    CHECK(session.secondsLeft() == 3);
    CHECK(sentences(session.pause(), PlanItemKind::Exercise) == std::vector<std::string>{"Paused."});
    CHECK(session.state() == SessionState::Paused);
    clock.advance(10min);
    CHECK(session.tick().empty());
    CHECK(session.secondsLeft() == 3);
    CHECK(sentences(session.resume(), PlanItemKind::Exercise) == std::vector<std::string>{"Going on."});
    clock.advance(2999ms);
    CHECK(session.tick().empty());
    clock.advance(1ms);
    const auto next = session.tick();
    REQUIRE(!next.empty());
    CHECK(describe(next.front(), PlanItemKind::Exercise) == "3.");
    // Pausing twice, or resuming a running session, changes nothing.
    CHECK(session.resume().empty());
    session.pause();
    CHECK(session.pause().empty());
}

TEST_CASE("skip ends the step at once; stop ends the session early", "[session]") {
    FakeClock clock;
    ExerciseSession session(PlanDose{.holdSeconds = 30, .repetitions = 1, .sets = 2, .restSeconds = 60}, clock);
    session.start();
    auto skipped = session.skip(); // the 3-2-1
    CHECK(sentences(skipped, PlanItemKind::Exercise) ==
          std::vector<std::string>{"Skipped.", "Hold for 30 seconds. Repetition 1 of 1, set 1 of 2."});
    clock.advance(30s);
    CHECK(describe(session.tick().front(), PlanItemKind::Exercise) == "Rest for 60 seconds. Then set 2 of 2.");
    CHECK(session.secondsLeft() == 60);
    session.skip(); // the rest
    CHECK(session.current().event.cue == SessionCue::Countdown);
    session.pause();
    // Skipping from a pause goes on at once with the next step.
    const auto fromPause = session.skip();
    CHECK(session.state() == SessionState::Running);
    CHECK(fromPause.back().cue == SessionCue::Hold);
    CHECK(sentences(session.stop(), PlanItemKind::Exercise) == std::vector<std::string>{"Stopped early."});
    CHECK(session.state() == SessionState::Stopped);
    CHECK(session.secondsLeft() == 0);
    clock.advance(10min);
    CHECK(session.tick().empty());
    CHECK(session.skip().empty());
    CHECK(session.stop().empty());
}

TEST_CASE("repetitions without a hold are counted one by one, with no side or set when there is one",
          "[session]") {
    FakeClock clock;
    ExerciseSession session(PlanDose{.repetitions = 3}, clock);
    auto events = session.start();
    append(events, runUntilOver(session, clock, 1s, 60s));
    CHECK(sentences(events, PlanItemKind::Exercise) ==
          std::vector<std::string>{"Get ready.", "3.", "2.", "1.", "Repetition 1 of 3.", "Repetition 2 of 3.",
                                   "Repetition 3 of 3.", "Well done. That is every set."});
}

TEST_CASE("a whole cold session: 15 minutes, one minute left, take it off, check the skin", "[session]") {
    FakeClock clock;
    HeatColdTimer timer(PlanItemKind::Cold, 15, clock);
    CHECK(timer.secondsLeft() == 15 * 60);
    auto events = timer.start();
    CHECK(sentences(events, PlanItemKind::Cold) ==
          std::vector<std::string>{"Cold pack on for 15 minutes. Keep a cloth between the pack and your skin."});
    clock.advance(13min + 59s);
    CHECK(timer.tick().empty());
    CHECK(timer.secondsLeft() == 61);
    clock.advance(1s);
    CHECK(sentences(timer.tick(), PlanItemKind::Cold) == std::vector<std::string>{"One minute left."});
    clock.advance(59'500ms);
    CHECK(timer.tick().empty());
    CHECK(timer.secondsLeft() == 1);
    clock.advance(500ms);
    CHECK(sentences(timer.tick(), PlanItemKind::Cold) ==
          std::vector<std::string>{"Time is up. Take the cold pack off now.",
                                   "Check your skin. Stop if it looks or feels damaged.", "Session done."});
    CHECK(timer.state() == SessionState::Completed);
    CHECK(timer.secondsLeft() == 0);
    CHECK(timer.tick().empty());
    CHECK(timer.stop().empty());
}

TEST_CASE("heat and cold never run past 20 minutes, whatever is asked, and say never to sleep on a pad",
          "[session]") {
    FakeClock clock;
    HeatColdTimer timer(PlanItemKind::Heat, 45, clock);
    CHECK(timer.totalSeconds() == carebook::kMaxHeatColdMinutes * 60);
    const auto started = timer.start();
    CHECK_THAT(describe(started.front(), PlanItemKind::Heat), Catch::Contains("20 minutes") &&
                                                                  Catch::Contains("Never fall asleep on a heating pad"));
    bool noteSaysSleep = false;
    for (const auto& note : timer.safetyNotes()) {
        noteSaysSleep = noteSaysSleep || note.find("asleep") != std::string::npos;
    }
    CHECK(noteSaysSleep);
    clock.advance(20min);
    const auto events = timer.tick();
    CHECK(cuesOf(events) ==
          std::vector<SessionCue>{SessionCue::NearEnd, SessionCue::TakeOff, SessionCue::SkinCheck, SessionCue::Finished});
    // A tiny request is at least a minute, and has no "one minute left" warning.
    HeatColdTimer tiny(PlanItemKind::Cold, 0, clock);
    CHECK(tiny.totalSeconds() == 60);
    tiny.start();
    clock.advance(60s);
    CHECK(cuesOf(tiny.tick()) == std::vector<SessionCue>{SessionCue::TakeOff, SessionCue::SkinCheck, SessionCue::Finished});
}

TEST_CASE("a cold session stopped early still asks for a skin check", "[session]") {
    FakeClock clock;
    HeatColdTimer timer(PlanItemKind::Cold, 20, clock);
    CHECK(timer.stop().empty()); // not started
    timer.start();
    clock.advance(4min);
    CHECK(sentences(timer.stop(), PlanItemKind::Cold) ==
          std::vector<std::string>{"Stopped early.", "Check your skin. Stop if it looks or feels damaged."});
    CHECK(timer.state() == SessionState::Stopped);
    CHECK(timer.secondsLeft() == 0);
}
