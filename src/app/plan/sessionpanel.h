// SPDX-License-Identifier: MIT
#pragma once

// The running session on screen: the countdown in large figures, what to do now, a progress bar that
// empties with the step (the visual cue, with the figures turning the warning colour near each end),
// the safety lines, and Pause (Space), Skip (S) and Stop (Esc). Everything it shows is also announced
// to screen readers. When the session ends it asks how it went (pain 0–10, optional, and a note) and
// hands that to the log.

#include "app/plan/sessioncontroller.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace carebook::app {

struct Theme;

class SessionPanel final : public QWidget {
    Q_OBJECT
public:
    SessionPanel(SessionController& controller, QWidget* parent = nullptr);

    // Shown above the countdown ("Knee-to-chest stretch").
    void setTitle(const QString& title);
    // The exercise's drawing beside the countdown (resources/illustrations/NAME.svg, in the theme's
    // colours); an empty name hides it. `description` is what a screen reader says for it.
    void setIllustration(const QString& name, const QString& description = {});
    void applyTheme(const Theme& theme);
    QLabel* illustrationLabel() const { return m_illustration; }

    QLabel* countdownLabel() const { return m_countdown; }
    QLabel* stepLabel() const { return m_step; }
    QProgressBar* progress() const { return m_progress; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* stopButton() const { return m_stop; }
    QSpinBox* painBox() const { return m_pain; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* saveButton() const { return m_save; }
    bool asking() const; // the "how did it go?" page is up
    // The last sentence announced to screen readers.
    const QString& lastAnnouncement() const { return m_lastAnnouncement; }

Q_SIGNALS:
    // The person saved the session's entry (pain nullopt: no score given).
    void logRequested(const QString& itemId, carebook::SessionOutcome outcome, std::optional<int> pain,
                      const QString& note);

private:
    QWidget* buildRunningPage();
    QWidget* buildAskingPage();
    void connectKeys();
    void renderIllustration();
    void refresh();
    void announce(const QString& text, bool urgent);
    void ended(const QString& itemId, SessionOutcome outcome);
    void save();

    SessionController& m_controller;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_illustration = nullptr;
    QByteArray m_illustrationSvg;
    const Theme* m_theme = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_step = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_safety = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_result = nullptr;
    QSpinBox* m_pain = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
    QString m_endedItem;
    SessionOutcome m_outcome = SessionOutcome::Completed;
    QString m_lastAnnouncement;
    QColor m_normalText, m_warningText;
};

} // namespace carebook::app
