// SPDX-License-Identifier: MIT
#include "app/speech/qtspeechoutput.h"

#include "app/settings/settings.h"

#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

namespace carebook::app {

namespace {

// Waits this long for the engine's thread at exit: a hung speech daemon must not hang the app's exit.
constexpr unsigned long kShutDownWaitMs = 2000;

SpeechState fromQt(QTextToSpeech::State state) {
    switch (state) {
    case QTextToSpeech::Ready:
        return SpeechState::Ready;
    case QTextToSpeech::Speaking:
        return SpeechState::Speaking;
    case QTextToSpeech::Paused:
        return SpeechState::Paused;
    case QTextToSpeech::Error:
        break;
    }
    return SpeechState::Unavailable;
}

} // namespace

// The QTextToSpeech and every call to it, on the engine's thread.
class SpeechWorker final : public QObject {
    Q_OBJECT
public:
    explicit SpeechWorker(const QString& engine) : m_engineName(engine) {}

    void start() {
        // Qt's speechd plugin connects to speech-dispatcher here, starting the daemon if need be: the
        // slow part, and the reason for the thread.
        m_tts = m_engineName.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(m_engineName, this);
        if (m_tts->state() == QTextToSpeech::Error) {
            Q_EMIT reported(SpeechState::Unavailable, m_tts->errorString());
            return;
        }
        if (m_tts->availableVoices().isEmpty()) {
            Q_EMIT reported(SpeechState::Unavailable, tr("the speech engine has no voice"));
            return;
        }
        m_tts->setRate(m_rate);
        connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            Q_EMIT reported(fromQt(state), state == QTextToSpeech::Error ? m_tts->errorString() : QString());
        });
        Q_EMIT reported(fromQt(m_tts->state()), QString());
    }
    void say(const QString& text) {
        if (usable()) {
            m_tts->say(text);
        }
    }
    void pause() {
        if (usable()) {
            m_tts->pause();
        }
    }
    void resume() {
        if (usable()) {
            m_tts->resume();
        }
    }
    void stop() {
        if (usable()) {
            m_tts->stop();
        }
    }
    void setRate(double rate) {
        m_rate = rate;
        if (usable()) {
            m_tts->setRate(rate);
        }
    }
    void shutDown() {
        delete m_tts; // on its own thread, as Qt's plugin expects
        m_tts = nullptr;
    }

Q_SIGNALS:
    void reported(carebook::app::SpeechState state, const QString& reason);

private:
    bool usable() const { return m_tts && m_tts->state() != QTextToSpeech::Error; }

    QString m_engineName;
    QTextToSpeech* m_tts = nullptr;
    double m_rate = 0.0;
};

QtSpeechOutput::QtSpeechOutput(const QString& engine, QObject* parent) : SpeechOutput(parent) {
    m_thread = new QThread; // no parent: its lifetime is managed in the destructor
    m_thread->setObjectName(QStringLiteral("speech"));
    auto* worker = new SpeechWorker(engine);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(worker, &SpeechWorker::reported, this, &SpeechOutput::stateChanged);
    m_thread->start();
    QMetaObject::invokeMethod(worker, &SpeechWorker::start, Qt::QueuedConnection);
}

QtSpeechOutput::~QtSpeechOutput() {
    auto* worker = m_worker;
    disconnect(worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(worker, &SpeechWorker::shutDown, Qt::QueuedConnection);
    m_thread->quit();
    if (m_thread->wait(kShutDownWaitMs)) {
        delete worker;
        delete m_thread;
    }
    // Else the engine is stuck in a call to the daemon: leave the thread to end with the process rather
    // than wait for it (or destroy a running QThread, which aborts).
}

void QtSpeechOutput::say(const QString& text) {
    auto* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, text] { worker->say(text); }, Qt::QueuedConnection);
}

void QtSpeechOutput::pause() {
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::pause, Qt::QueuedConnection);
}

void QtSpeechOutput::resume() {
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::resume, Qt::QueuedConnection);
}

void QtSpeechOutput::stop() {
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::QueuedConnection);
}

void QtSpeechOutput::setRate(double rate) {
    auto* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, rate] { worker->setRate(rate); }, Qt::QueuedConnection);
}

SpeechBackend qtSpeechBackend() {
    SpeechBackend backend;
    backend.engineInstalled = [] {
        // Lists the plugins' metadata only; no engine is made and no daemon started.
        const QStringList engines = QTextToSpeech::availableEngines();
        const QString wanted = Settings::get(settings::readAloudEngine);
        return wanted.isEmpty() ? !engines.isEmpty() : engines.contains(wanted);
    };
    backend.create = [] {
        return std::unique_ptr<SpeechOutput>(new QtSpeechOutput(Settings::get(settings::readAloudEngine)));
    };
    return backend;
}

} // namespace carebook::app

#include "qtspeechoutput.moc"
