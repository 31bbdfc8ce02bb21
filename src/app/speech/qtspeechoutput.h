// SPDX-License-Identifier: MIT
#pragma once

// Qt's text-to-speech (QTextToSpeech, through speech-dispatcher and espeak-ng on Debian) as Read aloud's
// output. The engine lives on a thread of its own: speech-dispatcher is a separate daemon that Qt's
// plugin starts and talks to synchronously, and a daemon that is slow to start or hangs (no sound
// device, a broken module) must never freeze the window. Only this file and its .cpp include Qt's
// speech headers.

#include "app/speech/speechoutput.h"

#include <QString>

class QThread;

namespace carebook::app {

class SpeechWorker;

class QtSpeechOutput final : public SpeechOutput {
    Q_OBJECT
public:
    // `engine`: a Qt text-to-speech plugin's name ("speechd"); empty for Qt's default.
    explicit QtSpeechOutput(const QString& engine, QObject* parent = nullptr);
    ~QtSpeechOutput() override;

    void say(const QString& text) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setRate(double rate) override;

private:
    QThread* m_thread = nullptr;
    SpeechWorker* m_worker = nullptr; // owns the QTextToSpeech, on m_thread
};

// Qt's speech engines, the one named in the settings (settings::readAloudEngine) or Qt's default.
SpeechBackend qtSpeechBackend();

} // namespace carebook::app
