// SPDX-License-Identifier: MIT
#include "app/sheet/sheetlauncher.h"

#include "app/sheet/sheetbuilder.h"
#include "app/userdata/userdata.h"
#include "core/content/store.h"

#include <QAction>
#include <QWidget>

namespace carebook::app {

SheetLauncher::SheetLauncher(ContentStore& store, UserData* userData, QWidget* window)
    : QObject(window), m_store(store), m_userData(userData), m_window(window) {
    m_action = new QAction(tr("Home-care &sheet…"), this);
    m_action->setObjectName(QStringLiteral("homeCareSheetAction"));
    // Ctrl+P prints the article on screen; the sheet has a key of its own (H for home care).
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_action->setToolTip(tr("Make a one-page home-care plan for this symptom to print or save (Ctrl+Shift+H)"));
    connect(m_action, &QAction::triggered, this, &SheetLauncher::openForCurrentArticle);
}

SheetLauncher::~SheetLauncher() = default;

SheetBuilder* SheetLauncher::builder() const { return m_builder.data(); }

void SheetLauncher::setCurrentArticle(const QString& id) { m_currentArticleId = id; }

SheetBuilder* SheetLauncher::ensureBuilder() {
    if (m_builder) {
        return m_builder;
    }
    m_builder = new SheetBuilder(m_store, m_window);
    if (m_userData) {
        connect(m_builder, &SheetBuilder::saveRequested, this, [this](const SheetRequest& request) {
            const auto symptom = m_store.summary(request.symptomId);
            QString title = symptom ? QString::fromStdString(symptom->title) : QString::fromStdString(request.symptomId);
            if (!request.name.empty()) {
                title += QStringLiteral(" — ") + QString::fromStdString(request.name);
            }
            save(title, QString::fromStdString(request.symptomId), QString::fromStdString(toJson(request).dump()));
        });
    }
    return m_builder;
}

void SheetLauncher::save(const QString& title, const QString& symptomId, const QString& json) {
    bool saved = false;
    if (m_savedSheetId > 0 && m_userData->updateSheet(m_savedSheetId, title, json)) {
        saved = true;
    } else if (const auto newId = m_userData->saveSheet(title, symptomId, json); newId > 0) {
        m_savedSheetId = newId;
        saved = true;
    }
    // A failure is reported by the user data layer itself; say here only what worked.
    if (saved) {
        Q_EMIT statusMessage(tr("Sheet saved: %1").arg(title), 5000);
    }
}

void SheetLauncher::openForCurrentArticle() {
    auto* builder = ensureBuilder();
    const auto current = m_store.summary(m_currentArticleId.toStdString());
    if (current && current->kind == ArticleKind::Symptom) {
        builder->setSymptom(QString::fromStdString(current->id));
        m_savedSheetId = 0;
    }
    present();
}

void SheetLauncher::openSaved(const SavedSheet& saved) {
    auto* builder = ensureBuilder();
    try {
        builder->setRequest(SheetRequest::fromJsonText(saved.requestJson));
        m_savedSheetId = saved.id;
    } catch (const SheetError& e) {
        Q_EMIT statusMessage(tr("The saved sheet \"%1\" cannot be opened: %2")
                                 .arg(QString::fromStdString(saved.title), QString::fromStdString(e.what())),
                             10000);
        return;
    }
    present();
}

void SheetLauncher::present() {
    m_builder->show();
    m_builder->raise();
    m_builder->activateWindow();
}

} // namespace carebook::app
