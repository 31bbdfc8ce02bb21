// SPDX-License-Identifier: MIT
// Issue 15 item 3, Read aloud in the window (offscreen): the actions and their shortcut, what is handed to
// the speaker (a symptom's warning signs first, or the selection), pause, resume and stop, the speed
// setting, and the disabled state with what to install when there is no speech engine. The speaker is a
// recording stand-in (the real engine is checked by ear and, through espeak-ng, by test_speech_espeak).
#include "app/contentsource.h"
#include "app/settings/settings.h"
#include "app/settings/settingsdialog.h"
#include "app/speech/qtspeechoutput.h"
#include "app/speech/readaloud.h"
#include "app/window/articleview.h"
#include "app/window/mainwindow.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextCursor>

using carebook::app::MainWindow;
using carebook::app::ReadAloud;
using carebook::app::Settings;
using carebook::app::SpeechBackend;
using carebook::app::SpeechOutput;
using carebook::app::SpeechState;
namespace settings = carebook::app::settings;

namespace {

// Says nothing; records what it is asked, and answers as an engine would when the test tells it to.
class RecordingOutput final : public SpeechOutput {
public:
    QStringList said;
    int stops = 0;
    double rate = -2.0; // never set

    void becomeReady() { Q_EMIT stateChanged(SpeechState::Ready, {}); }
    void fail(const QString& reason) { Q_EMIT stateChanged(SpeechState::Unavailable, reason); }
    void finish() { Q_EMIT stateChanged(SpeechState::Ready, {}); }

    void say(const QString& text) override {
        said << text;
        Q_EMIT stateChanged(SpeechState::Speaking, {});
    }
    void pause() override { Q_EMIT stateChanged(SpeechState::Paused, {}); }
    void resume() override { Q_EMIT stateChanged(SpeechState::Speaking, {}); }
    void stop() override {
        ++stops;
        Q_EMIT stateChanged(SpeechState::Ready, {});
    }
    void setRate(double value) override { rate = value; }
};

struct Recorder {
    RecordingOutput* output = nullptr; // owned by the ReadAloud once made
    int made = 0;

    SpeechBackend backend(bool installed = true) {
        return SpeechBackend{[installed] { return installed; },
                             [this] {
                                 auto made_ = std::make_unique<RecordingOutput>();
                                 output = made_.get();
                                 ++made;
                                 return std::unique_ptr<SpeechOutput>(std::move(made_));
                             }};
    }
};

std::unique_ptr<MainWindow> makeWindow() {
    Settings::reset(settings::readAloudRate);
    Settings::reset(settings::readAloudEngine);
    auto window = std::make_unique<MainWindow>(carebook::app::openContent());
    window->show();
    QApplication::setActiveWindow(window.get());
    QApplication::processEvents();
    return window;
}

QMenu* menuHolding(MainWindow& window, QAction* action) {
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action)) {
            return top->menu();
        }
    }
    return nullptr;
}

const QString kInstall = QStringLiteral("Install speech-dispatcher and espeak-ng");

} // namespace

TEST_CASE("Tools has Read aloud, Pause and Stop, with shortcuts of their own, and no engine at start-up", "[speech]") {
    auto window = makeWindow();
    ReadAloud* readAloud = window->readAloud();
    REQUIRE(readAloud);
    QMenu* tools = menuHolding(*window, readAloud->readAction());
    REQUIRE(tools);
    CHECK(tools->title() == QStringLiteral("&Tools"));
    CHECK(tools->actions().contains(readAloud->pauseAction()));
    CHECK(tools->actions().contains(readAloud->stopAction()));
    CHECK(readAloud->readAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    CHECK(readAloud->pauseAction()->shortcut() == QKeySequence(Qt::Key_F8));
    CHECK(readAloud->stopAction()->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F8));
    // Nothing to pause or stop yet; the engine is made on the first Read aloud, not before.
    CHECK_FALSE(readAloud->pauseAction()->isEnabled());
    CHECK_FALSE(readAloud->stopAction()->isEnabled());
    Recorder recorder;
    readAloud->setBackend(recorder.backend());
    Q_EMIT tools->aboutToShow(); // the cheap check only
    CHECK(recorder.made == 0);
    CHECK(readAloud->readAction()->isEnabled());
}

TEST_CASE("Read aloud hands the speaker a symptom's warning signs first, then the article", "[speech]") {
    auto window = makeWindow();
    ReadAloud* readAloud = window->readAloud();
    Recorder recorder;
    readAloud->setBackend(recorder.backend());
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));

    readAloud->readAction()->trigger();
    REQUIRE(recorder.made == 1);
    CHECK(readAloud->state() == SpeechState::Starting);
    auto* label = window->findChild<QLabel*>(QStringLiteral("readAloudState"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(recorder.output->said.isEmpty()); // nothing is said before the engine is up
    recorder.output->becomeReady();

    REQUIRE(recorder.output->said.size() == 1);
    const QString text = recorder.output->said.front();
    INFO(text.left(300).toStdString());
    CHECK(text.startsWith(QStringLiteral("Warning signs for Back spasm. Emergency: get help now if you have any of "
                                         "these signs. ")));
    const auto urgent = text.indexOf(QStringLiteral("Urgent: see a doctor today"));
    const auto title = text.indexOf(QStringLiteral("\n\nBack spasm.\n\n"));
    const auto body = text.indexOf(QStringLiteral("What it is."));
    CHECK(urgent > 0);
    CHECK(title > urgent);
    CHECK(body > title);
    CHECK_FALSE(text.contains(QLatin1Char('*')));
    CHECK(recorder.output->rate == 0.0); // the normal speed until Settings says otherwise

    // Pause, resume, stop: the actions follow, and the state is said in words.
    CHECK(readAloud->pauseAction()->isEnabled());
    CHECK(readAloud->stopAction()->isEnabled());
    CHECK(label->text().startsWith(QStringLiteral("Reading aloud")));
    readAloud->pauseAction()->trigger();
    CHECK(readAloud->state() == SpeechState::Paused);
    CHECK(readAloud->pauseAction()->text() == QStringLiteral("&Resume reading"));
    CHECK(QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name) == QStringLiteral("Reading paused"));
    readAloud->pauseAction()->trigger();
    CHECK(readAloud->state() == SpeechState::Speaking);
    CHECK(readAloud->pauseAction()->text() == QStringLiteral("&Pause reading"));
    readAloud->stopAction()->trigger();
    CHECK(readAloud->state() == SpeechState::Ready);
    CHECK_FALSE(readAloud->pauseAction()->isEnabled());
    CHECK_FALSE(readAloud->stopAction()->isEnabled());
    CHECK_FALSE(label->isVisible());
    CHECK(QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name) == QStringLiteral("Reading stopped"));

    // Read aloud again: the same engine, not a second one.
    readAloud->readAction()->trigger();
    CHECK(recorder.made == 1);
    CHECK(recorder.output->said.size() == 2);
}

TEST_CASE("with text selected, Read aloud reads the selection only", "[speech]") {
    auto window = makeWindow();
    ReadAloud* readAloud = window->readAloud();
    Recorder recorder;
    readAloud->setBackend(recorder.backend());
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));
    QTextCursor cursor = window->articleView()->document()->find(QStringLiteral("Most back spasms come from"));
    REQUIRE_FALSE(cursor.isNull());
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    window->articleView()->setTextCursor(cursor);

    readAloud->read();
    recorder.output->becomeReady();
    REQUIRE(recorder.output->said.size() == 1);
    const QString said = recorder.output->said.front();
    CHECK(said.startsWith(QStringLiteral("Most back spasms come from a strained muscle")));
    CHECK_FALSE(said.contains(QStringLiteral("Emergency")));
}

TEST_CASE("the reading speed is a setting, in the Settings dialog, applied as it changes", "[speech]") {
    auto window = makeWindow();
    ReadAloud* readAloud = window->readAloud();
    Recorder recorder;
    readAloud->setBackend(recorder.backend());
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));

    carebook::app::SettingsDialog dialog({}, window.get());
    auto* speed = dialog.findChild<QComboBox*>(QStringLiteral("settingsReadAloudRate"));
    REQUIRE(speed);
    CHECK(speed->currentData().toInt() == 0);
    speed->setCurrentIndex(speed->findData(-40));
    REQUIRE(speed->currentIndex() >= 0);
    dialog.apply();
    CHECK(Settings::get(settings::readAloudRate) == -40);

    readAloud->read();
    recorder.output->becomeReady();
    CHECK(recorder.output->rate == Approx(-0.4));
    Settings::set(settings::readAloudRate, 20); // while reading
    CHECK(recorder.output->rate == Approx(0.2));
    Settings::set(settings::readAloudRate, 900); // a hand-edited file: kept within Qt's range
    CHECK(recorder.output->rate == Approx(1.0));
}

TEST_CASE("with no speech engine installed, Read aloud is disabled and says what to install", "[speech]") {
    auto window = makeWindow();
    ReadAloud* readAloud = window->readAloud();
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));

    SECTION("no engine, found when the menu opens") {
        Recorder recorder;
        readAloud->setBackend(recorder.backend(false));
        Q_EMIT menuHolding(*window, readAloud->readAction())->aboutToShow();
        CHECK(recorder.made == 0);
    }
    SECTION("no engine, found on the shortcut before the menu was ever opened") {
        Recorder recorder;
        readAloud->setBackend(recorder.backend(false));
        REQUIRE(readAloud->readAction()->isEnabled()); // not known yet: the check is made on first use
        readAloud->readAction()->trigger();
        CHECK(recorder.made == 0);
        CHECK(window->statusBar()->currentMessage().contains(kInstall));
    }
    SECTION("Qt's own backend asked for an engine that is not installed") {
        // The real path through QTextToSpeech::availableEngines(), with an engine no machine has.
        Settings::set(settings::readAloudEngine, QStringLiteral("no-such-engine"));
        readAloud->setBackend(carebook::app::qtSpeechBackend());
        readAloud->checkAvailability();
    }
    QAction* read = readAloud->readAction();
    CHECK_FALSE(read->isEnabled());
    CHECK(read->toolTip().contains(kInstall));
    CHECK(read->text().contains(QStringLiteral("needs a speech engine")));
    CHECK_FALSE(readAloud->pauseAction()->isEnabled());
    CHECK_FALSE(readAloud->stopAction()->isEnabled());
    // Asked for anyway (a disabled action's shortcut does nothing; this is the call behind it), it says why.
    window->statusBar()->clearMessage();
    readAloud->read();
    CHECK(window->statusBar()->currentMessage().contains(kInstall));
}

TEST_CASE("an engine that fails to start disables Read aloud, and the window carries on", "[speech]") {
    auto window = makeWindow();
    ReadAloud* readAloud = window->readAloud();
    Recorder recorder;
    readAloud->setBackend(recorder.backend());
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));
    readAloud->read();
    REQUIRE(recorder.output);
    recorder.output->fail(QStringLiteral("the speech engine has no voice"));

    CHECK(readAloud->state() == SpeechState::Unavailable);
    CHECK_FALSE(readAloud->readAction()->isEnabled());
    CHECK(readAloud->readAction()->toolTip().contains(kInstall));
    CHECK(readAloud->readAction()->toolTip().contains(QStringLiteral("no voice")));
    CHECK(window->statusBar()->currentMessage().contains(kInstall));
    auto* label = window->findChild<QLabel*>(QStringLiteral("readAloudState"));
    CHECK(QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name).contains(kInstall));
    CHECK(recorder.output->said.isEmpty());
    // A late answer from the engine changes nothing, and the window still works.
    recorder.output->becomeReady();
    CHECK_FALSE(readAloud->readAction()->isEnabled());
    CHECK(window->openArticle(QStringLiteral("muscle-cramp")));
}

TEST_CASE("an engine that never answers (a stuck speech daemon) disables Read aloud after the timeout", "[speech]") {
    auto window = makeWindow();
    ReadAloud* readAloud = window->readAloud();
    Recorder recorder;
    readAloud->setBackend(recorder.backend());
    readAloud->setStartTimeout(std::chrono::milliseconds(0)); // the timer fires at the next event loop turn
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));
    readAloud->read();
    CHECK(readAloud->state() == SpeechState::Starting);
    CHECK(readAloud->stopAction()->isEnabled()); // a start can be given up
    for (int turn = 0; turn < 100 && readAloud->state() == SpeechState::Starting; ++turn) {
        QApplication::processEvents();
    }
    CHECK(readAloud->state() == SpeechState::Unavailable);
    CHECK_FALSE(readAloud->readAction()->isEnabled());
    CHECK(readAloud->readAction()->toolTip().contains(QStringLiteral("did not answer")));
    CHECK(readAloud->readAction()->toolTip().contains(kInstall));
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("spd-say hello")));
    // The engine answering late changes nothing: nothing is said.
    recorder.output->becomeReady();
    CHECK(recorder.output->said.isEmpty());
    CHECK_FALSE(readAloud->readAction()->isEnabled());
}
