// SPDX-License-Identifier: MIT
#include "app/speech/readaloud.h"

#include "app/settings/language.h"
#include "app/settings/settings.h"
#include "app/speech/qtspeechoutput.h"
#include "core/speech/read_aloud.h"

#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace carebook::app {

namespace {

// Long enough for speech-dispatcher to start cold and load its voices (about 10 s seen on a slow
// machine), short enough that a person is told within a breath or two that it will not.
constexpr int kStartTimeoutMs = 20000;
constexpr int kMessageMs = 8000;

} // namespace

ReadAloud::ReadAloud(const ContentStore& store, CurrentTarget current, QWidget* window)
    : QObject(window), m_store(store), m_current(std::move(current)), m_backend(qtSpeechBackend()) {
    m_read = new QAction(tr("Read &aloud"), this);
    m_read->setObjectName(QStringLiteral("readAloudAction"));
    m_read->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_read, &QAction::triggered, this, &ReadAloud::read);

    m_pause = new QAction(tr("&Pause reading"), this);
    m_pause->setObjectName(QStringLiteral("readAloudPauseAction"));
    m_pause->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_pause, &QAction::triggered, this, &ReadAloud::togglePause);

    m_stop = new QAction(tr("&Stop reading"), this);
    m_stop->setObjectName(QStringLiteral("readAloudStopAction"));
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_stop, &QAction::triggered, this, &ReadAloud::stop);

    m_stateLabel = new QLabel(window);
    m_stateLabel->setObjectName(QStringLiteral("readAloudState"));
    m_stateLabel->hide();

    m_startTimeout = new QTimer(this);
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(kStartTimeoutMs);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        if (m_state == SpeechState::Starting) {
            setUnavailable(tr("the speech engine did not answer; check that “spd-say hello” speaks"));
        }
    });

    // A speed chosen in Settings applies to what is being read, from the next sentence the engine takes.
    connect(&Settings::instance(), &Settings::changed, this, [this](const QString& path) {
        if (path == QLatin1String(settings::readAloudRate.path)) {
            applyRate();
        }
    });
    updateActions();
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setBackend(SpeechBackend backend) {
    if (m_output) {
        return; // the engine in use stays
    }
    m_backend = std::move(backend);
    m_checked = false;
    m_unavailableReason.clear();
    updateActions();
}

void ReadAloud::setStartTimeout(std::chrono::milliseconds timeout) {
    m_startTimeout->setInterval(timeout);
}

void ReadAloud::setArticleShown(bool shown) {
    m_articleShown = shown;
    updateActions();
}

void ReadAloud::checkAvailability() {
    if (m_checked || m_output) {
        return;
    }
    m_checked = true;
    if (!m_backend.engineInstalled || !m_backend.engineInstalled()) {
        setUnavailable(tr("no speech engine is installed"));
    }
}

void ReadAloud::read() {
    checkAvailability();
    if (!available()) {
        Q_EMIT statusMessage(m_unavailableReason, kMessageMs);
        return;
    }
    const Target target = m_current();
    std::vector<SpokenPassage> passages;
    const bool selection = !target.selectedText.trimmed().isEmpty();
    if (selection) {
        passages = selectionPassages(target.selectedText.toStdString());
    } else if (const auto article = target.articleId.empty() ? std::nullopt : m_store.article(target.articleId)) {
        passages = articlePassages(*article, readAloudLabels());
    }
    if (passages.empty()) {
        Q_EMIT statusMessage(tr("Nothing to read aloud here"), kMessageMs);
        return;
    }
    const QString text = QString::fromStdString(joinPassages(passages));
    if (!m_output) {
        m_pendingText = text;
        startEngine();
        return;
    }
    if (m_state == SpeechState::Starting) {
        m_pendingText = text; // the newest choice is read once the engine is up
        return;
    }
    m_output->stop();
    applyRate();
    m_output->say(text);
}

void ReadAloud::togglePause() {
    if (!m_output) {
        return;
    }
    if (m_state == SpeechState::Paused) {
        m_output->resume();
    } else if (m_state == SpeechState::Speaking) {
        m_output->pause();
    }
}

void ReadAloud::stop() {
    m_pendingText.clear();
    if (m_output && m_state != SpeechState::Unavailable) {
        m_output->stop();
    }
}

void ReadAloud::startEngine() {
    m_output = m_backend.create ? m_backend.create() : nullptr;
    if (!m_output) {
        setUnavailable(tr("no speech engine is installed"));
        return;
    }
    connect(m_output.get(), &SpeechOutput::stateChanged, this, &ReadAloud::onStateChanged);
    m_state = SpeechState::Starting;
    m_startTimeout->start();
    updateActions();
    announce(tr("Starting the speech engine…"));
}

void ReadAloud::onStateChanged(SpeechState state, const QString& reason) {
    if (!available()) {
        return; // once unavailable (a timeout, say), a late answer from the engine changes nothing
    }
    if (state == SpeechState::Unavailable) {
        setUnavailable(reason);
        return;
    }
    const SpeechState before = std::exchange(m_state, state);
    if (before == SpeechState::Starting) {
        m_startTimeout->stop();
        if (!m_pendingText.isEmpty()) {
            applyRate();
            m_output->say(std::exchange(m_pendingText, QString()));
        }
    }
    updateActions();
    if (state == SpeechState::Speaking && before != SpeechState::Speaking) {
        announce(before == SpeechState::Paused ? tr("Reading aloud again") : tr("Reading aloud"));
    } else if (state == SpeechState::Paused) {
        announce(tr("Reading paused"));
    } else if (state == SpeechState::Ready && (before == SpeechState::Speaking || before == SpeechState::Paused)) {
        announce(tr("Reading stopped"));
    }
}

void ReadAloud::setUnavailable(const QString& detail) {
    m_startTimeout->stop();
    m_pendingText.clear();
    m_state = SpeechState::Unavailable;
    m_unavailableReason = tr("Read aloud needs a speech engine. Install speech-dispatcher and espeak-ng, then "
                             "start Carebook again.");
    if (!detail.isEmpty()) {
        m_unavailableReason += QLatin1Char(' ') + tr("(Here: %1.)").arg(detail);
    }
    updateActions();
    announce(m_unavailableReason);
    Q_EMIT statusMessage(m_unavailableReason, kMessageMs);
}

void ReadAloud::applyRate() {
    if (m_output) {
        m_output->setRate(std::clamp(Settings::get(settings::readAloudRate), -100, 100) / 100.0);
    }
}

void ReadAloud::updateActions() {
    const bool usable = available();
    const bool speaking = m_state == SpeechState::Speaking;
    const bool paused = m_state == SpeechState::Paused;
    m_read->setEnabled(usable && m_articleShown);
    m_read->setText(usable ? tr("Read &aloud") : tr("Read &aloud (needs a speech engine)"));
    m_read->setToolTip(usable ? tr("Read the selected text aloud, or else the article, its warning signs first (%1)")
                                    .arg(m_read->shortcut().toString(QKeySequence::NativeText))
                              : m_unavailableReason);
    m_read->setStatusTip(m_read->toolTip());
    m_pause->setEnabled(usable && (speaking || paused));
    m_pause->setText(paused ? tr("&Resume reading") : tr("&Pause reading"));
    m_stop->setEnabled(usable && (speaking || paused || m_state == SpeechState::Starting));

    QString shown;
    if (m_state == SpeechState::Starting) {
        shown = tr("Starting the speech engine…");
    } else if (speaking) {
        shown = tr("Reading aloud (%1 pauses)").arg(m_pause->shortcut().toString(QKeySequence::NativeText));
    } else if (paused) {
        shown = tr("Reading paused (%1 resumes)").arg(m_pause->shortcut().toString(QKeySequence::NativeText));
    }
    m_stateLabel->setText(shown);
    m_stateLabel->setVisible(!shown.isEmpty());
}

void ReadAloud::announce(const QString& text) {
    // What changed, in words, for a screen reader, the way the warning-sign tiers are announced.
    m_stateLabel->setAccessibleName(text);
    QAccessibleEvent event(m_stateLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace carebook::app
