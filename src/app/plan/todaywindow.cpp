// SPDX-License-Identifier: MIT
#include "app/plan/todaywindow.h"

#include "app/plan/painchart.h"
#include "app/plan/storedplan.h"
#include "app/plan/sessionpanel.h"
#include "app/plan/todaymodel.h"
#include "app/settings/settings.h"
#include "app/theme/theme.h"
#include "app/theme/thememanager.h"
#include "app/userdata/userdata.h"
#include "core/content/store.h"
#include "core/sheet/dates.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace carebook::app {

namespace {

constexpr auto kStartFormat = "yyyy-MM-ddTHH:mm";

} // namespace

TodayWindow::TodayWindow(ContentStore& store, UserData* userData, const SessionClock& sessionClock,
                         WallClock wallClock, QWidget* parent)
    : QWidget(parent, Qt::Window), m_store(store), m_userData(userData), m_wallClock(std::move(wallClock)) {
    setObjectName(QStringLiteral("todayWindow"));
    setWindowTitle(tr("Today's plan — Carebook"));
    m_model = new TodayModel(this);
    m_controller = new SessionController(sessionClock, this);

    m_symptoms = new QComboBox(this);
    m_symptoms->setAccessibleName(tr("The symptom the plan is for"));
    for (const auto& symptom : store.list(ArticleKind::Symptom)) {
        m_symptoms->addItem(QString::fromStdString(symptom.title), QString::fromStdString(symptom.id));
    }
    m_startPlan = new QPushButton(tr("Start a &new plan now"), this);
    auto* planRow = new QHBoxLayout;
    auto* planLabel = new QLabel(tr("&Plan for:"), this);
    planLabel->setBuddy(m_symptoms);
    planRow->addWidget(planLabel);
    planRow->addWidget(m_symptoms, 1);
    planRow->addWidget(m_startPlan);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    auto headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("todayNext"));
    m_next->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TodayModel::WhatColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TodayModel::DoseColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Today's sessions: press Enter to start the selected one"));
    m_table->setTabKeyNavigation(false);

    m_panel = new SessionPanel(*m_controller, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_panel);

    m_chart = new PainChart(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(planRow);
    layout->addWidget(m_heading);
    layout->addWidget(m_next);
    layout->addWidget(splitter, 1);

    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { startSession(index.row()); });
    connect(m_startPlan, &QPushButton::clicked, this,
            [this] { startPlan(m_symptoms->currentData().toString()); });
    connect(m_panel, &SessionPanel::logRequested, this, &TodayWindow::logSession);
    connect(&ThemeManager::instance(), &ThemeManager::themeChanged, this, &TodayWindow::applyTheme);
    if (m_userData) {
        connect(m_userData, &UserData::logChanged, this, &TodayWindow::refresh);
    }
    applyTheme(ThemeManager::current());
    resize(760, 560);
    refresh();
}

TodayWindow::~TodayWindow() = default;

void TodayWindow::applyTheme(const Theme& theme) {
    m_panel->applyTheme(theme);
    m_chart->applyTheme(theme);
}

bool TodayWindow::startPlan(const QString& symptomId) {
    const auto now = m_wallClock();
    try {
        PlanRequest request;
        request.symptomId = symptomId.toStdString();
        request.startDate = toYmd(now.date());
        request.startMinute = now.time().hour() * 60 + now.time().minute();
        (void)composePlan(m_store, request); // refuse a symptom with no plan before keeping it
    } catch (const PlanError& e) {
        Q_EMIT statusMessage(QString::fromStdString(e.what()), 8000);
        return false;
    }
    Settings::set(settings::planSymptom, symptomId);
    Settings::set(settings::planStart, now.toString(QString::fromLatin1(kStartFormat)));
    refresh();
    return true;
}

void TodayWindow::loadPlan() {
    QString problem;
    m_plan = loadStoredPlan(m_store, &problem);
    if (!problem.isEmpty()) {
        // A plan kept from an older edition whose symptom has gone: say so, keep the settings.
        Q_EMIT statusMessage(problem, 8000);
    }
}

void TodayWindow::refresh() {
    loadPlan();
    const auto now = m_wallClock();
    std::vector<LogEntry> log;
    if (m_plan && m_userData) {
        log = m_userData->logEntries(QString::fromStdString(m_plan->symptomId));
    }
    if (!m_plan) {
        m_dayNumber = 0;
        m_model->setDay(nullptr, 0, {}, 0);
        m_heading->setText(tr("No plan yet"));
        m_next->setText(tr("Choose the symptom and press “Start a new plan now”. The plan starts from this "
                           "minute: cold or heat and stretches at set times, with a timer to follow."));
        m_chart->setDays({});
        return;
    }
    const int index = m_symptoms->findData(QString::fromStdString(m_plan->symptomId));
    if (index >= 0) {
        m_symptoms->setCurrentIndex(index);
    }
    const QDate first = toQDate(m_plan->startDate);
    m_dayNumber = static_cast<int>(first.daysTo(now.date())) + 1;
    const int days = static_cast<int>(m_plan->days.size());
    std::vector<LogEntry> today;
    for (const auto& entry : log) {
        if (QDateTime::fromSecsSinceEpoch(entry.doneAt).toLocalTime().date() == now.date()) {
            today.push_back(entry);
        }
    }
    m_model->setDay(&*m_plan, m_dayNumber, today, now.time().hour() * 60 + now.time().minute());
    m_chart->setDays(painChartDays(first, days, log));
    const auto title = QString::fromStdString(m_plan->symptomTitle);
    if (m_dayNumber < 1 || m_dayNumber > days) {
        m_heading->setText(tr("%1: the plan ran for %2 days from %3")
                               .arg(title)
                               .arg(days)
                               .arg(QLocale().toString(first, QLocale::LongFormat)));
        m_next->setText(tr("Start a new plan if you still need one. If you are no better after a few weeks, "
                           "see a doctor, nurse or physio."));
        return;
    }
    m_heading->setText(tr("%1 · day %2 of %3 · %4")
                           .arg(title)
                           .arg(m_dayNumber)
                           .arg(days)
                           .arg(QLocale().toString(now.date(), QLocale::LongFormat)));
    if (const auto next = m_model->nextRow()) {
        const auto* session = m_model->session(*next);
        const auto* item = m_plan->item(session->itemId);
        m_next->setText(tr("Next: %1 at %2. Press Enter to start it now.")
                            .arg(item ? QString::fromStdString(item->title) : QString::fromStdString(session->itemId),
                                 QString::fromStdString(clockTime(session->startMinute))));
        m_table->selectRow(*next);
    } else {
        m_next->setText(m_model->rowCount() == 0 ? tr("Nothing at a set time today.")
                                                 : tr("Nothing more today. Well done."));
    }
}

bool TodayWindow::startSession(int row) {
    const auto* session = m_model->session(row);
    const auto* item = session && m_plan ? m_plan->item(session->itemId) : nullptr;
    if (!item || m_controller->active()) {
        return false;
    }
    const auto id = QString::fromStdString(item->remedyId);
    m_panel->setTitle(QString::fromStdString(item->title));
    m_panel->setIllustration(item->kind == PlanItemKind::Exercise ? QString::fromStdString(item->illustration)
                                                                  : QString(),
                             tr("Drawing: %1").arg(QString::fromStdString(item->title)));
    if (item->kind == PlanItemKind::Exercise) {
        m_controller->startExercise(id, item->dose);
    } else {
        m_controller->startHeatCold(id, item->kind, item->dose.minutes);
    }
    m_stack->setCurrentWidget(m_panel);
    m_panel->stepLabel()->setFocus();
    return true;
}

void TodayWindow::logSession(const QString& itemId, SessionOutcome outcome, std::optional<int> pain,
                             const QString& note) {
    if (m_userData && m_plan) {
        LogEntry entry;
        entry.planId = m_plan->symptomId;
        entry.itemId = itemId.toStdString();
        entry.doneAt = m_wallClock().toSecsSinceEpoch();
        entry.outcome = outcome;
        entry.pain = pain;
        entry.note = note.toStdString();
        if (m_userData->addLogEntry(entry) != 0) {
            Q_EMIT statusMessage(tr("Saved to the log."), 4000);
        }
    }
    showTable();
}

void TodayWindow::showTable() {
    m_stack->setCurrentWidget(m_table);
    refresh();
    m_table->setFocus();
}

void TodayWindow::closeEvent(QCloseEvent* event) {
    if (m_controller->active()) {
        // A running pack timer must not vanish behind the main window: stopping it asks for the log.
        m_controller->stop();
    }
    QWidget::closeEvent(event);
}

} // namespace carebook::app
