// SPDX-License-Identifier: MIT
#pragma once

// The Today window: the plan for today with what is next, one key (Enter) to start the selected
// session, the running session (SessionPanel), and the pain chart over the plan's days. The plan is a
// symptom and a start time kept in the settings; the clocks are injected so that a test can run a
// whole session and a whole day without waiting.

#include "app/plan/sessioncontroller.h"
#include "app/plan/storedplan.h"
#include "core/plan/compose.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class PainChart;
class SessionPanel;
class TodayModel;
class UserData;
struct Theme;

class TodayWindow final : public QWidget {
    Q_OBJECT
public:
    // `userData` may be null (then nothing is logged); `sessionClock` must outlive the window.
    TodayWindow(ContentStore& store, UserData* userData, const SessionClock& sessionClock, WallClock wallClock,
                QWidget* parent = nullptr);
    ~TodayWindow() override;

    // Starts a new plan for `symptomId` now (kept in the settings). False, with the reason shown, when
    // the symptom has no plan.
    bool startPlan(const QString& symptomId);
    // Re-reads the settings, the log and the clock.
    void refresh();
    // Starts the session on `row` of today's table (what Enter does).
    bool startSession(int row);

    const ComposedPlan* plan() const { return m_plan ? &*m_plan : nullptr; }
    int dayNumber() const { return m_dayNumber; }
    TodayModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SessionController* controller() const { return m_controller; }
    SessionPanel* sessionPanel() const { return m_panel; }
    PainChart* painChart() const { return m_chart; }
    QLabel* nextLabel() const { return m_next; }
    QComboBox* symptomBox() const { return m_symptoms; }

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void applyTheme(const Theme& theme);
    void loadPlan();
    void logSession(const QString& itemId, SessionOutcome outcome, std::optional<int> pain, const QString& note);
    void showTable();

    ContentStore& m_store;
    UserData* m_userData;
    WallClock m_wallClock;
    std::optional<ComposedPlan> m_plan;
    int m_dayNumber = 0;
    TodayModel* m_model = nullptr;
    SessionController* m_controller = nullptr;
    QComboBox* m_symptoms = nullptr;
    QPushButton* m_startPlan = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_next = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    SessionPanel* m_panel = nullptr;
    PainChart* m_chart = nullptr;
};

} // namespace carebook::app
