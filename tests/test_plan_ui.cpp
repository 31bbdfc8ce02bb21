// SPDX-License-Identifier: MIT
// The Today window offscreen over the built-in content: a whole cold session and a whole exercise
// session driven by a fake clock (nothing sleeps), what is announced to screen readers, the log they
// write, the table model (QAbstractItemModelTester) and the pain chart.
#include "app/contentsource.h"
#include "app/plan/painchart.h"
#include "app/plan/planreminder.h"
#include "app/plan/sessioncontroller.h"
#include "app/plan/sessionpanel.h"
#include "app/plan/todaylauncher.h"
#include "app/plan/todaymodel.h"
#include "app/plan/todaywindow.h"
#include "app/settings/settings.h"
#include "app/theme/theme.h"
#include "app/userdata/userdata.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using carebook::LogEntry;
using carebook::PlanDose;
using carebook::PlanItemKind;
using carebook::SessionOutcome;
using carebook::SessionTime;
using carebook::app::PainChart;
using carebook::app::PlanReminder;
using carebook::app::SessionController;
using carebook::app::Settings;
using carebook::app::TodayModel;
using carebook::app::TodayWindow;
namespace settings = carebook::app::settings;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& list) { return '[' + list.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

namespace {

class FakeClock final : public carebook::SessionClock {
public:
    SessionTime now() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now += by; }

private:
    SessionTime m_now{1'000'000};
};

// Moves the clock on in quarter seconds, ticking the controller as its QTimer would.
void run(FakeClock& clock, SessionController& controller, int seconds) {
    for (int i = 0; i < seconds * 4; ++i) {
        clock.advance(std::chrono::milliseconds(250));
        controller.tick();
    }
}

struct Today {
    std::unique_ptr<carebook::ContentStore> store = carebook::app::openContent();
    std::unique_ptr<carebook::app::UserData> userData = carebook::app::UserData::inMemory();
    FakeClock clock;
    QDateTime wall{QDate(2026, 12, 7), QTime(9, 31)};
    QStringList announced;
    std::unique_ptr<TodayWindow> window;

    Today() {
        Settings::set(settings::planSymptom, QStringLiteral("back-spasm"));
        Settings::set(settings::planStart, QStringLiteral("2026-12-07T09:30"));
        window = std::make_unique<TodayWindow>(*store, userData.get(), clock, [this] { return wall; });
        QObject::connect(window->controller(), &SessionController::announced,
                         [this](const QString& text, bool) { announced << text; });
    }
    ~Today() {
        Settings::reset(settings::planSymptom);
        Settings::reset(settings::planStart);
    }
    int rowOf(const QString& itemId, int from = 0) const {
        auto* model = window->model();
        for (int row = from; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TodayModel::ItemIdRole).toString() == itemId) {
                return row;
            }
        }
        return -1;
    }
    QString cell(int row, int column) const { return window->model()->index(row, column).data().toString(); }
};

} // namespace

TEST_CASE("Today shows the day's sessions and what is next", "[plan][ui]") {
    Today today;
    REQUIRE(today.window->plan());
    CHECK(today.window->dayNumber() == 1);
    auto* model = today.window->model();
    REQUIRE(model->rowCount() >= 5);
    CHECK(today.cell(0, TodayModel::TimeColumn) == QStringLiteral("09:30–09:45"));
    CHECK(today.cell(0, TodayModel::WhatColumn).startsWith(QStringLiteral("Cold therapy")));
    CHECK(today.cell(0, TodayModel::DoseColumn) == QStringLiteral("15 min · every 2 h · days 1–3"));
    CHECK(today.cell(0, TodayModel::StatusColumn) == QStringLiteral("Next"));
    CHECK(today.window->nextLabel()->text().contains(QStringLiteral("Next: Cold therapy")));
    CHECK(today.window->table()->currentIndex().row() == 0);

    // At 12:00 the morning's sessions not logged are "Not done", and the next is the stretch at 12:40.
    today.wall = QDateTime(QDate(2026, 12, 7), QTime(12, 0));
    today.window->refresh();
    CHECK(today.cell(0, TodayModel::StatusColumn) == QStringLiteral("Not done"));
    const auto next = model->nextRow();
    REQUIRE(next);
    CHECK(model->index(*next, 0).data(TodayModel::ItemIdRole).toString() == QStringLiteral("knee-to-chest-stretch"));

    // Day 3 of 7 two days later; after the plan's last day, no rows and a word on what next.
    today.wall = QDateTime(QDate(2026, 12, 9), QTime(8, 0));
    today.window->refresh();
    CHECK(today.window->dayNumber() == 3);
    today.wall = QDateTime(QDate(2026, 12, 20), QTime(8, 0));
    today.window->refresh();
    CHECK(model->rowCount() == 0);
    CHECK(today.window->nextLabel()->text().contains(QStringLiteral("new plan")));
}

TEST_CASE("the Today table model passes QAbstractItemModelTester", "[plan][ui]") {
    Today today;
    auto* model = today.window->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    today.wall = QDateTime(QDate(2026, 12, 8), QTime(15, 0));
    today.window->refresh(); // a reset with different rows, under the tester's eye
    CHECK(model->rowCount() > 0);
    CHECK(model->headerData(TodayModel::DoseColumn, Qt::Horizontal).toString() == QStringLiteral("Dose"));
    CHECK_FALSE(model->index(0, 0).data(TodayModel::DoneRole).toBool());
}

TEST_CASE("a whole cold session on a fake clock: countdown, warnings, skin check, then the log", "[plan][ui]") {
    Today today;
    REQUIRE(today.window->startSession(0));
    auto* panel = today.window->sessionPanel();
    auto* controller = today.window->controller();
    CHECK(panel->countdownLabel()->text() == QStringLiteral("15:00"));
    CHECK(today.announced.value(0) ==
          QStringLiteral("Cold pack on for 15 minutes. Keep a cloth between the pack and your skin."));
    CHECK_FALSE(panel->pauseButton()->isEnabled()); // a pack timer never stands still
    CHECK(panel->findChild<QLabel*>(QStringLiteral("sessionSafety"))->text().contains(QStringLiteral("cloth")));

    run(today.clock, *controller, 5 * 60);
    CHECK(panel->countdownLabel()->text() == QStringLiteral("10:00"));
    CHECK(panel->progress()->value() == 600);
    run(today.clock, *controller, 9 * 60);
    CHECK(today.announced.last() == QStringLiteral("One minute left."));
    CHECK(panel->stepLabel()->accessibleDescription() == QStringLiteral("One minute left."));
    CHECK_FALSE(panel->asking());
    run(today.clock, *controller, 60);
    CHECK(today.announced.contains(QStringLiteral("Time is up. Take the cold pack off now.")));
    CHECK(today.announced.contains(QStringLiteral("Check your skin. Stop if it looks or feels damaged.")));
    REQUIRE(panel->asking());
    CHECK(panel->countdownLabel()->text() == QStringLiteral("0:00"));

    panel->painBox()->setValue(4);
    panel->noteEdit()->setText(QStringLiteral("easier to stand"));
    panel->saveButton()->click();
    const auto log = today.userData->logEntries(QStringLiteral("back-spasm"));
    REQUIRE(log.size() == 1);
    CHECK(log[0].itemId == "cold-therapy");
    CHECK(log[0].outcome == SessionOutcome::Completed);
    CHECK(log[0].pain == 4);
    CHECK(log[0].note == "easier to stand");
    CHECK(today.cell(0, TodayModel::StatusColumn) == QStringLiteral("Done"));
    CHECK(today.window->painChart()->days().front().scores.size() == 1);
}

TEST_CASE("a heat or cold timer never runs past 20 minutes, whatever it is asked", "[plan][ui]") {
    FakeClock clock;
    SessionController controller(clock);
    QStringList announced;
    QObject::connect(&controller, &SessionController::announced, [&](const QString& text, bool) { announced << text; });
    controller.startHeatCold(QStringLiteral("heat-therapy"), PlanItemKind::Heat, 45);
    CHECK(controller.secondsLeft() == 20 * 60);
    CHECK(announced.value(0).contains(QStringLiteral("Never fall asleep on a heating pad")));
    CHECK(controller.safetyNotes().join(' ').contains(QStringLiteral("Never fall asleep on a heating pad")));
    run(clock, controller, 20 * 60);
    CHECK_FALSE(controller.active());
    CHECK(announced.contains(QStringLiteral("Time is up. Take the heat off now.")));
}

TEST_CASE("a whole exercise session on a fake clock: 3-2-1, holds, pause, skip and the log", "[plan][ui]") {
    Today today;
    today.wall = QDateTime(QDate(2026, 12, 7), QTime(12, 35));
    today.window->refresh();
    const int row = today.rowOf(QStringLiteral("knee-to-chest-stretch"));
    REQUIRE(row >= 0);
    today.window->table()->setCurrentIndex(today.window->model()->index(row, 0));
    // One key: Enter on the table starts the selected session.
    today.window->show();
    today.window->table()->setFocus();
    QTest::keyClick(today.window->table(), Qt::Key_Return);
    auto* controller = today.window->controller();
    auto* panel = today.window->sessionPanel();
    REQUIRE(controller->active());
    CHECK(controller->kind() == PlanItemKind::Exercise);
    // The exercise's drawing is beside the countdown, named for screen readers.
    CHECK(panel->illustrationLabel()->isVisible());
    CHECK_FALSE(panel->illustrationLabel()->pixmap().isNull());
    CHECK(panel->illustrationLabel()->accessibleName().contains(QStringLiteral("Knee")));
    CHECK(today.announced.mid(0, 2) == QStringList{QStringLiteral("Get ready."), QStringLiteral("3…")});
    run(today.clock, *controller, 3);
    CHECK(today.announced.mid(2, 3) == QStringList{QStringLiteral("2…"), QStringLiteral("1…"),
                                                   QStringLiteral("Hold for 30 seconds. Repetition 1 of 3, first side.")});
    // The content's dose for this stretch: hold 30 s, 3 times, each side.
    CHECK(panel->stepLabel()->text() == QStringLiteral("Hold for 30 seconds. Repetition 1 of 3, first side."));
    CHECK(panel->countdownLabel()->text() == QStringLiteral("30"));

    run(today.clock, *controller, 5);
    controller->togglePause();
    CHECK(controller->paused());
    CHECK(today.announced.last() == QStringLiteral("Paused. Press Space to go on."));
    run(today.clock, *controller, 60); // a minute's pause takes nothing off the hold
    CHECK(panel->countdownLabel()->text() == QStringLiteral("25"));
    CHECK(panel->pauseButton()->text().contains(QStringLiteral("Go")));
    controller->togglePause();
    controller->skip(); // the rest of the first hold
    CHECK(today.announced.contains(QStringLiteral("Skipped.")));
    run(today.clock, *controller, 2 * (3 + 30) + 3 + 3 * (3 + 30)); // two holds left, switch, three more
    CHECK(today.announced.contains(QStringLiteral("Switch sides.")));
    CHECK(today.announced.contains(QStringLiteral("Hold for 30 seconds. Repetition 3 of 3, other side.")));
    CHECK(today.announced.last() == QStringLiteral("Well done. That is every set."));
    REQUIRE(panel->asking());
    CHECK(panel->painBox()->text() == QStringLiteral("No score"));
    panel->saveButton()->click(); // no pain score: the session alone is logged
    const auto log = today.userData->logEntries(QStringLiteral("back-spasm"));
    REQUIRE(log.size() == 1);
    CHECK(log[0].itemId == "knee-to-chest-stretch");
    CHECK(log[0].outcome == SessionOutcome::Completed);
    CHECK_FALSE(log[0].pain);
    CHECK(today.cell(row, TodayModel::StatusColumn) == QStringLiteral("Done"));
}

TEST_CASE("an exercise stopped early is logged as stopped early", "[plan][ui]") {
    Today today;
    today.wall = QDateTime(QDate(2026, 12, 7), QTime(12, 35));
    today.window->refresh();
    const int row = today.rowOf(QStringLiteral("knee-to-chest-stretch"));
    REQUIRE(today.window->startSession(row));
    run(today.clock, *today.window->controller(), 10);
    today.window->sessionPanel()->stopButton()->click();
    CHECK(today.announced.contains(QStringLiteral("Stopped early.")));
    auto* panel = today.window->sessionPanel();
    REQUIRE(panel->asking());
    panel->painBox()->setValue(7);
    panel->saveButton()->click();
    const auto log = today.userData->logEntries(QStringLiteral("back-spasm"));
    REQUIRE(log.size() == 1);
    CHECK(log[0].outcome == SessionOutcome::StoppedEarly);
    CHECK(log[0].pain == 7);
    CHECK(today.cell(row, TodayModel::StatusColumn) == QStringLiteral("Stopped early"));
    // The cold pack done at 13:35 marks the 13:30 session, not the missed morning ones.
    today.wall = QDateTime(QDate(2026, 12, 7), QTime(13, 35));
    today.window->refresh();
    const int noon = today.rowOf(QStringLiteral("cold-therapy"), row);
    REQUIRE(noon > row);
    CHECK(today.cell(noon, TodayModel::TimeColumn) == QStringLiteral("13:30–13:45"));
    REQUIRE(today.window->startSession(noon));
    run(today.clock, *today.window->controller(), 15 * 60);
    REQUIRE(panel->asking());
    panel->saveButton()->click();
    CHECK(today.cell(noon, TodayModel::StatusColumn) == QStringLiteral("Done"));
    CHECK(today.cell(0, TodayModel::StatusColumn) == QStringLiteral("Not done"));
    CHECK(today.cell(row - 1, TodayModel::StatusColumn) == QStringLiteral("Not done")); // 11:30
}

TEST_CASE("sides, sets and rests are each announced in words", "[plan][ui]") {
    FakeClock clock;
    SessionController controller(clock);
    QStringList announced;
    QObject::connect(&controller, &SessionController::announced, [&](const QString& text, bool) { announced << text; });
    controller.startExercise(QStringLiteral("x"), PlanDose{.holdSeconds = 5, .repetitions = 1, .sets = 2,
                                                           .restSeconds = 10, .eachSide = true});
    run(clock, controller, 60);
    CHECK_FALSE(controller.active());
    CHECK(announced.contains(QStringLiteral("Hold for 5 seconds. Repetition 1 of 1, set 1 of 2, first side.")));
    CHECK(announced.contains(QStringLiteral("Switch sides.")));
    CHECK(announced.contains(QStringLiteral("Hold for 5 seconds. Repetition 1 of 1, set 1 of 2, other side.")));
    CHECK(announced.contains(QStringLiteral("Rest for 10 seconds. Then set 2 of 2.")));
}

TEST_CASE("the pain chart buckets the log by the plan's days and paints in the theme's colours", "[plan][ui]") {
    const QDate first(2026, 12, 7);
    const auto at = [](int day, int hour) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, 0)).toSecsSinceEpoch();
    };
    std::vector<LogEntry> log = {
        {1, "back-spasm", "cold-therapy", at(7, 9), SessionOutcome::Completed, 7, ""},
        {2, "back-spasm", "", at(7, 18), SessionOutcome::None, 5, ""},
        {3, "back-spasm", "cold-therapy", at(8, 10), SessionOutcome::StoppedEarly, std::nullopt, ""},
        {4, "back-spasm", "", at(9, 12), SessionOutcome::None, 3, ""},
        {5, "back-spasm", "", at(20, 12), SessionOutcome::None, 9, ""}, // after the plan: left out
    };
    const auto days = carebook::app::painChartDays(first, 7, log);
    REQUIRE(days.size() == 7);
    CHECK(days[0].average() == Approx(6.0));
    CHECK(days[0].completed == 1);
    CHECK(days[1].stoppedEarly == 1);
    CHECK_FALSE(days[1].average());
    CHECK(days[2].average() == Approx(3.0));
    PainChart chart;
    chart.setDays(days);
    CHECK(chart.accessibleDescription().startsWith(QStringLiteral("Day 1, 7 Dec: pain 6.0 (2 scores), 1 session done.")));
    for (const auto* theme : {&carebook::app::Theme::light(), &carebook::app::Theme::dark(),
                              &carebook::app::Theme::highContrast()}) {
        CAPTURE(theme->name);
        chart.applyTheme(*theme);
        chart.resize(520, 240);
        QImage image(chart.size(), QImage::Format_RGB32);
        chart.render(&image);
        int line = 0, bars = 0, other = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                line += pixel == theme->chartReference;
                bars += pixel == theme->chartBar;
                other += pixel != theme->base && pixel != theme->chartReference && pixel != theme->chartBar;
            }
        }
        CHECK(image.pixelColor(2, image.height() - 2) == theme->base);
        CHECK(line > 50); // the pain line and its dots
        CHECK(bars > 50); // the sessions done
        CHECK(other > 0); // labels and grid
    }
}

TEST_CASE("the Today action is Ctrl+T and opens the window", "[plan][ui]") {
    auto store = carebook::app::openContent();
    auto userData = carebook::app::UserData::inMemory();
    QWidget window;
    carebook::app::TodayLauncher launcher(*store, userData.get(), &window);
    CHECK(launcher.action()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T));
    launcher.setCurrentArticle(QStringLiteral("muscle-cramp"));
    Settings::reset(settings::planSymptom);
    launcher.action()->trigger();
    REQUIRE(launcher.todayWindow());
    CHECK(launcher.todayWindow()->isVisible());
    CHECK(launcher.todayWindow()->symptomBox()->currentData().toString() == QStringLiteral("muscle-cramp"));
}

TEST_CASE("reminders: off by default; on, each session is announced at its time on a fake clock", "[plan][ui]") {
    Today today; // back-spasm from 09:30 on 7 December
    QStringList titles;
    QStringList messages;
    PlanReminder reminder(*today.store, [&today] { return today.wall; });
    QObject::connect(&reminder, &PlanReminder::reminded, [&](const QString& title, const QString& message) {
        titles << title;
        messages << message;
    });
    // Off until the person turns them on: nothing is waited for.
    CHECK_FALSE(reminder.enabled());
    CHECK_FALSE(reminder.due());

    // Turning them on (Settings) finds the next session at once: the 09:30 cold pack has begun, so at
    // 09:31 the next is a later one, the same day.
    Settings::set(settings::planReminders, true);
    REQUIRE(reminder.due());
    const QDateTime first = *reminder.due();
    CHECK(first.date() == QDate(2026, 12, 7));
    CHECK(first.time() > QTime(9, 31));

    // Before its time nothing is said; at its time, one reminder, then the one after is waited for.
    today.wall = first.addSecs(-60);
    reminder.check();
    CHECK(titles.isEmpty());
    today.wall = first;
    reminder.check();
    REQUIRE(titles.size() == 1);
    CHECK(titles[0].startsWith(QStringLiteral("Carebook: ")));
    CHECK(titles[0].endsWith(QStringLiteral(" now")));
    CHECK(messages[0].contains(QLocale().toString(first.time(), QLocale::ShortFormat)));
    REQUIRE(reminder.due());
    CHECK(*reminder.due() > first);
    reminder.check(); // the same moment again: no second reminder
    CHECK(titles.size() == 1);

    // A cold or heat reminder says to check the skin and never to sleep on a heating pad.
    for (int i = 0; i < 20 && reminder.due(); ++i) {
        today.wall = *reminder.due();
        reminder.check();
    }
    bool sawHeatOrCold = false;
    for (const auto& message : messages) {
        if (message.contains(QStringLiteral("minute"))) {
            sawHeatOrCold = true;
            CHECK(message.contains(QStringLiteral("Never sleep on a heating pad")));
        }
    }
    CHECK(sawHeatOrCold);
    CHECK(titles.size() > 3);

    // Off again: nothing more.
    Settings::set(settings::planReminders, false);
    CHECK_FALSE(reminder.due());
    Settings::reset(settings::planReminders);
}
