// SPDX-License-Identifier: MIT
#include "app/sheet/sheetlauncher.h"

#include "app/window/mainwindow.h"
#include "app/sheet/sheetbuilder.h"
#include "app/userdata/userdataui.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace carebook::app {

namespace {

// The id of the saved sheet the builder is editing, 0 for a new one.
const char* const kSavedSheetIdProperty = "carebookSavedSheetId";

SheetBuilder* builderFor(MainWindow& window, ContentStore& store, UserDataUi* userDataUi) {
    if (auto* existing = window.findChild<SheetBuilder*>()) {
        return existing;
    }
    auto* builder = new SheetBuilder(store, &window);
    builder->setProperty(kSavedSheetIdProperty, qint64(0));
    if (userDataUi) {
        QObject::connect(builder, &SheetBuilder::saveRequested, builder, [builder, userDataUi, &window, &store](
                                                                             const SheetRequest& request) {
            const auto symptom = store.summary(request.symptomId);
            QString title = symptom ? QString::fromStdString(symptom->title) : QString::fromStdString(request.symptomId);
            if (!request.name.empty()) {
                title += QStringLiteral(" — ") + QString::fromStdString(request.name);
            }
            const QString json = QString::fromStdString(toJson(request).dump());
            auto& data = userDataUi->userData();
            const qint64 id = builder->property(kSavedSheetIdProperty).toLongLong();
            bool saved = false;
            if (id > 0 && data.updateSheet(id, title, json)) {
                saved = true;
            } else if (const auto newId = data.saveSheet(title, QString::fromStdString(request.symptomId), json);
                       newId > 0) {
                builder->setProperty(kSavedSheetIdProperty, qint64(newId));
                saved = true;
            }
            // A failure is reported by the user data layer itself; say here only what worked.
            if (saved) {
                window.statusBar()->showMessage(QObject::tr("Sheet saved: %1").arg(title), 5000);
            }
        });
    }
    return builder;
}

} // namespace

void installSheetBuilder(MainWindow& window, ContentStore& store, UserDataUi* userDataUi) {
    auto* action = new QAction(QObject::tr("Home-care &sheet…"), &window);
    action->setObjectName(QStringLiteral("homeCareSheetAction"));
    // Ctrl+P prints the article on screen; the sheet has a key of its own (H for home care).
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    action->setToolTip(QObject::tr("Make a one-page home-care plan for this symptom to print or save (Ctrl+Shift+H)"));
    QObject::connect(action, &QAction::triggered, &window, [&window, &store, userDataUi] {
        auto* builder = builderFor(window, store, userDataUi);
        const auto current = store.summary(window.currentArticleId().toStdString());
        if (current && current->kind == ArticleKind::Symptom) {
            builder->setSymptom(QString::fromStdString(current->id));
            builder->setProperty(kSavedSheetIdProperty, qint64(0));
        }
        builder->show();
        builder->raise();
        builder->activateWindow();
    });
    window.addAction(action);

    // File menu: before Quit, so the menu reads from making things to leaving.
    for (auto* menuAction : window.menuBar()->actions()) {
        if (auto* menu = menuAction->menu(); menu && menu->title() == QObject::tr("&File")) {
            const auto actions = menu->actions();
            QAction* before = actions.isEmpty() ? nullptr : actions.last();
            menu->insertAction(before, action);
            menu->insertSeparator(before);
            break;
        }
    }

    if (userDataUi) {
        QObject::connect(userDataUi, &UserDataUi::sheetOpenRequested, &window,
                         [&window, &store, userDataUi](const SavedSheet& saved) {
                             auto* builder = builderFor(window, store, userDataUi);
                             try {
                                 builder->setRequest(SheetRequest::fromJsonText(saved.requestJson));
                                 builder->setProperty(kSavedSheetIdProperty, qint64(saved.id));
                             } catch (const SheetError& e) {
                                 window.statusBar()->showMessage(
                                     QObject::tr("The saved sheet \"%1\" cannot be opened: %2")
                                         .arg(QString::fromStdString(saved.title), QString::fromStdString(e.what())),
                                     10000);
                                 return;
                             }
                             builder->show();
                             builder->raise();
                             builder->activateWindow();
                         });
    }
}

} // namespace carebook::app
