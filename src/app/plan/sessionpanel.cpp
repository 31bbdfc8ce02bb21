// SPDX-License-Identifier: MIT
#include "app/plan/sessionpanel.h"

#include "app/theme/icons.h"
#include "app/theme/theme.h"

#include <QAccessible>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QVBoxLayout>

#include <algorithm>

namespace carebook::app {

namespace {

QString clock(int seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// The last seconds of a hold or a timer, when the figures turn the warning colour.
constexpr int kWarnSeconds = 3;

} // namespace

SessionPanel::SessionPanel(SessionController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    m_pages = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    m_pages->addWidget(buildRunningPage());
    m_pages->addWidget(buildAskingPage());
    connectKeys();
    connect(m_save, &QPushButton::clicked, this, &SessionPanel::save);
    connect(m_note, &QLineEdit::returnPressed, this, &SessionPanel::save);
    connect(&m_controller, &SessionController::changed, this, &SessionPanel::refresh);
    connect(&m_controller, &SessionController::announced, this, &SessionPanel::announce);
    connect(&m_controller, &SessionController::finished, this, &SessionPanel::ended);
    applyTheme(Theme::light());
}

// The title, the drawing beside the countdown, the progress bar, what to do now, the safety lines
// and the buttons.
QWidget* SessionPanel::buildRunningPage() {
    auto* running = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(running);
    m_title = new QLabel(running);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    auto titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_illustration = new QLabel(running);
    m_illustration->setObjectName(QStringLiteral("sessionIllustration"));
    m_illustration->setAlignment(Qt::AlignCenter);
    m_illustration->hide();
    m_countdown = new QLabel(running);
    m_countdown->setObjectName(QStringLiteral("sessionCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    auto big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 4);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setAccessibleName(tr("Time left"));
    m_step = new QLabel(running);
    m_step->setObjectName(QStringLiteral("sessionStep"));
    m_step->setWordWrap(true);
    m_step->setAlignment(Qt::AlignCenter);
    auto stepFont = m_step->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.4);
    m_step->setFont(stepFont);
    m_step->setFocusPolicy(Qt::StrongFocus); // a screen reader can land on it and read the step
    m_progress = new QProgressBar(running);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Time left in this step"));
    m_safety = new QLabel(running);
    m_safety->setWordWrap(true);
    m_safety->setObjectName(QStringLiteral("sessionSafety"));

    m_pause = new QPushButton(tr("&Pause (Space)"), running);
    m_skip = new QPushButton(tr("&Skip (S)"), running);
    m_stop = new QPushButton(tr("S&top (Esc)"), running);
    auto* buttons = new QHBoxLayout;
    for (auto* button : {m_pause, m_skip, m_stop}) {
        buttons->addWidget(button);
    }
    auto* timer = new QHBoxLayout;
    timer->addWidget(m_illustration);
    timer->addWidget(m_countdown, 1);
    layout->addWidget(m_title);
    layout->addLayout(timer);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_safety);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return running;
}

// "How did it go?": the pain score (optional) and a note, saved to the log.
QWidget* SessionPanel::buildAskingPage() {
    auto* askingPage = new QWidget(m_pages);
    auto* form = new QFormLayout(askingPage);
    m_result = new QLabel(askingPage);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("sessionResult"));
    m_pain = new QSpinBox(askingPage);
    m_pain->setRange(-1, 10);
    m_pain->setSpecialValueText(tr("No score"));
    m_pain->setValue(-1);
    m_pain->setAccessibleName(tr("Pain now, from 0 (none) to 10 (worst imaginable); optional"));
    m_note = new QLineEdit(askingPage);
    m_note->setPlaceholderText(tr("Optional: how it went"));
    m_note->setAccessibleName(tr("Note"));
    m_save = new QPushButton(tr("Save to the log"), askingPage);
    m_save->setDefault(true);
    form->addRow(m_result);
    form->addRow(tr("&Pain now (0–10):"), m_pain);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_save);
    return askingPage;
}

// Space, S and Esc while a session runs, and the buttons that do the same.
void SessionPanel::connectKeys() {
    const auto shortcut = [this](const QKeySequence& keys, void (SessionController::*slot)()) {
        auto* key = new QShortcut(keys, this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, slot] {
            if (!asking()) {
                (m_controller.*slot)();
            }
        });
    };
    shortcut(QKeySequence(Qt::Key_Space), &SessionController::togglePause);
    shortcut(QKeySequence(Qt::Key_S), &SessionController::skip);
    shortcut(QKeySequence(Qt::Key_Escape), &SessionController::stop);
    connect(m_pause, &QPushButton::clicked, &m_controller, &SessionController::togglePause);
    connect(m_skip, &QPushButton::clicked, &m_controller, &SessionController::skip);
    connect(m_stop, &QPushButton::clicked, &m_controller, &SessionController::stop);
}

void SessionPanel::setIllustration(const QString& name, const QString& description) {
    m_illustrationSvg.clear();
    if (!name.isEmpty()) {
        QFile file(QStringLiteral(":/illustrations/") + name + QStringLiteral(".svg"));
        if (file.open(QIODevice::ReadOnly)) {
            m_illustrationSvg = file.readAll();
        }
    }
    m_illustration->setAccessibleName(description);
    renderIllustration();
}

void SessionPanel::renderIllustration() {
    if (m_illustrationSvg.isEmpty() || !m_theme) {
        m_illustration->clear();
        m_illustration->hide();
        return;
    }
    QSvgRenderer renderer(themedIllustration(m_illustrationSvg, *m_theme));
    // Six text lines high, so it grows with the text size, within limits that fit 1024×600.
    const int height = std::clamp(fontMetrics().height() * 6, 96, 200);
    const QSize size(height * 3 / 2, height);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(m_theme->illustrationFill);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    m_illustration->setPixmap(pixmap);
    m_illustration->show();
}

void SessionPanel::setTitle(const QString& title) {
    m_title->setText(title);
    m_pages->setCurrentIndex(0);
    refresh();
}

void SessionPanel::applyTheme(const Theme& theme) {
    m_theme = &theme;
    renderIllustration();
    m_normalText = theme.windowText;
    m_warningText = theme.warningText;
    auto palette = m_countdown->palette();
    palette.setColor(QPalette::WindowText, m_normalText);
    m_countdown->setPalette(palette);
    auto safety = m_safety->palette();
    safety.setColor(QPalette::WindowText, theme.warningText);
    m_safety->setPalette(safety);
    refresh();
}

bool SessionPanel::asking() const { return m_pages->currentIndex() == 1; }

void SessionPanel::refresh() {
    const int left = m_controller.secondsLeft();
    const int total = std::max(1, m_controller.stepSeconds());
    m_countdown->setText(m_controller.kind() == PlanItemKind::Exercise ? QString::number(left) : clock(left));
    m_countdown->setAccessibleDescription(tr("%n second(s) left", nullptr, left));
    auto palette = m_countdown->palette();
    palette.setColor(QPalette::WindowText, left <= kWarnSeconds && m_controller.active() ? m_warningText : m_normalText);
    m_countdown->setPalette(palette);
    m_progress->setRange(0, total);
    m_progress->setValue(std::clamp(left, 0, total));
    m_step->setText(m_controller.stepText());
    m_safety->setText(m_controller.safetyNotes().join(QLatin1Char('\n')));
    m_pause->setEnabled(m_controller.canPause() && m_controller.active());
    m_pause->setText(m_controller.paused() ? tr("Go &on (Space)") : tr("&Pause (Space)"));
    m_skip->setEnabled(m_controller.canPause() && m_controller.active());
    m_stop->setEnabled(m_controller.active());
}

void SessionPanel::announce(const QString& text, bool urgent) {
    m_lastAnnouncement = text;
    // The step label carries the sentence as its accessible description, and screen readers are told it
    // changed; what a person must act on now (take the pack off, switch sides) goes out as an alert.
    m_step->setAccessibleDescription(text);
    QAccessibleEvent changedEvent(m_step, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changedEvent);
    if (urgent) {
        QAccessibleEvent alert(m_step, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void SessionPanel::ended(const QString& itemId, SessionOutcome outcome) {
    m_endedItem = itemId;
    m_outcome = outcome;
    refresh();
    m_result->setText((outcome == SessionOutcome::Completed ? tr("Done: %1.") : tr("Stopped early: %1."))
                          .arg(m_title->text()) +
                      QLatin1Char(' ') + tr("How is your pain now? A score helps you see how the plan goes."));
    m_pain->setValue(-1);
    m_note->clear();
    m_pages->setCurrentIndex(1);
    m_pain->setFocus();
    m_pain->selectAll(); // typing a digit replaces "No score" at once
    announce(m_result->text(), false);
}

void SessionPanel::save() {
    if (!asking()) {
        return;
    }
    const std::optional<int> pain = m_pain->value() < 0 ? std::nullopt : std::optional<int>(m_pain->value());
    Q_EMIT logRequested(m_endedItem, m_outcome, pain, m_note->text().trimmed());
    m_pages->setCurrentIndex(0);
}

} // namespace carebook::app
