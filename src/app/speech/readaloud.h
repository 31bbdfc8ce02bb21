// SPDX-License-Identifier: MIT
#pragma once

// Tools ▸ Read aloud: reads the selection if there is one, else the article on screen (a symptom's
// warning signs first; the words come from core/speech). Pause/Resume and Stop; the speed is a setting.
// The speech engine is made on the first Read aloud, never at start-up. Without an engine (none
// installed, or it fails to start) the actions are disabled with a tooltip saying what to install; the
// rest of the app is untouched. The window places the actions and the state label, and says what is
// on screen.

#include "app/speech/speechoutput.h"
#include "core/content/store.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <string>

class QAction;
class QLabel;
class QTimer;
class QWidget;

namespace carebook::app {

class ReadAloud final : public QObject {
    Q_OBJECT
public:
    struct Target {
        std::string articleId; // empty: no article on screen
        QString selectedText;  // as QTextCursor::selectedText() gives it; empty: no selection
    };
    using CurrentTarget = std::function<Target()>;

    // The engine is looked for through Qt's text-to-speech (qtSpeechBackend()) unless setBackend says otherwise.
    ReadAloud(const ContentStore& store, CurrentTarget current, QWidget* window);
    ~ReadAloud() override;

    // Another way to find and make the engine (the tests); only before the first Read aloud.
    void setBackend(SpeechBackend backend);
    // How long a new engine may take to say whether it can speak (20 s; the tests make it 0).
    void setStartTimeout(std::chrono::milliseconds timeout);

    QAction* readAction() const { return m_read; }
    QAction* pauseAction() const { return m_pause; }
    QAction* stopAction() const { return m_stop; }
    // "Reading aloud" / "Paused" for the status bar, hidden when not reading; a screen reader hears it change.
    QLabel* stateLabel() const { return m_stateLabel; }

    void setArticleShown(bool shown);
    // Cheap (makes no engine): is a speech engine installed? If not, disables Read aloud with the tooltip.
    // The window calls it when the menu with Read aloud opens, so the menu never offers what cannot work.
    void checkAvailability();
    bool available() const { return m_unavailableReason.isEmpty(); }
    // What is missing, for the tooltip and the status bar; empty while Read aloud can work.
    QString unavailableReason() const { return m_unavailableReason; }
    SpeechState state() const { return m_state; }

    void read();
    void togglePause();
    void stop();

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void startEngine();
    void onStateChanged(SpeechState state, const QString& reason);
    void setUnavailable(const QString& detail);
    void applyRate();
    void updateActions();
    void announce(const QString& text);

    const ContentStore& m_store;
    CurrentTarget m_current;
    SpeechBackend m_backend;
    std::unique_ptr<SpeechOutput> m_output;
    SpeechState m_state = SpeechState::Ready;
    QString m_pendingText; // to say once the engine is ready
    QString m_unavailableReason;
    bool m_articleShown = false;
    bool m_checked = false; // the cheap check has run
    QAction* m_read = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_stop = nullptr;
    QLabel* m_stateLabel = nullptr;
    QTimer* m_startTimeout = nullptr;
};

} // namespace carebook::app
