// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace carebook {
class ContentStore;
struct SavedSheet;
} // namespace carebook

namespace carebook::app {

class SheetBuilder;
class UserData;

// The home-care sheet feature as the main window sees it: the "Home-care sheet…" action (Ctrl+P), which
// opens the builder on the symptom being read, and openSaved() for a sheet the person kept. With the
// person's data, the builder's "Save sheet" keeps the sheet there (updating it when it was opened from
// there). The window places the action; this class never looks at the window's menus.
class SheetLauncher final : public QObject {
    Q_OBJECT
public:
    // `window` parents the builder; `userData` may be null (then sheets cannot be saved).
    SheetLauncher(ContentStore& store, UserData* userData, QWidget* window);
    ~SheetLauncher() override;

    QAction* action() const { return m_action; }
    SheetBuilder* builder() const;

    // The article on screen: a symptom becomes the builder's choice the next time it opens.
    void setCurrentArticle(const QString& id);
    // Opens a kept sheet for editing; a sheet that no longer reads is reported, not opened.
    void openSaved(const carebook::SavedSheet& saved);

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    SheetBuilder* ensureBuilder();
    void openForCurrentArticle();
    void save(const QString& title, const QString& symptomId, const QString& json);
    void present();

    ContentStore& m_store;
    UserData* m_userData;
    QWidget* m_window;
    QAction* m_action = nullptr;
    QPointer<SheetBuilder> m_builder;
    QString m_currentArticleId;
    qint64 m_savedSheetId = 0; // the kept sheet the builder is editing, 0 for a new one
};

} // namespace carebook::app
