// SPDX-License-Identifier: MIT
#pragma once

// What Read aloud speaks through: Qt's text-to-speech on its own thread in the app (qtspeechoutput.h),
// a recording stand-in in the tests. Everything is asynchronous: an output starts in Starting and says
// later whether it can speak (Ready) or not (Unavailable, with the reason in words).

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace carebook::app {

enum class SpeechState { Starting, Ready, Speaking, Paused, Unavailable };

class SpeechOutput : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void say(const QString& text) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // -1 (slowest) … 0 (the voice's own speed) … 1 (fastest): Qt's range.
    virtual void setRate(double rate) = 0;

Q_SIGNALS:
    // `reason` says, for Unavailable, what is missing; empty otherwise.
    void stateChanged(carebook::app::SpeechState state, const QString& reason);
};

// How Read aloud finds a speech engine and makes its output; the tests give their own.
struct SpeechBackend {
    // Cheap, and makes no engine: is any speech engine installed at all? (Qt: a text-to-speech plugin.)
    std::function<bool()> engineInstalled;
    // Makes the output; called once, on the first Read aloud.
    std::function<std::unique_ptr<SpeechOutput>()> create;
};

} // namespace carebook::app

Q_DECLARE_METATYPE(carebook::app::SpeechState)
