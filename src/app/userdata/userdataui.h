// SPDX-License-Identifier: MIT
#pragma once

#include "app/userdata/userdata.h"

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class BackForwardMenu;
class BookmarksPane;
class HistoryPane;
class MainWindow;
class SavedSheetsPane;

// Everything the window shows of the person's own data, installed into a MainWindow: the bookmark star
// (Ctrl+D), the Bookmarks, History and Saved sheets panes (Ctrl+B, Ctrl+H, Ctrl+J), their menus, the
// lists behind Back and Forward, "Clear history" and "Keep no history", and the messages when the data
// is damaged, read-only or a change fails.
class UserDataUi final : public QObject {
    Q_OBJECT
public:
    // QSettings key of "Keep no history".
    static QString keepNoHistoryKey();

    UserDataUi(MainWindow& window, const ContentStore& content, std::unique_ptr<UserData> userData);
    ~UserDataUi() override;

    UserData& userData() { return *m_userData; }
    QAction* bookmarkAction() const { return m_bookmarkAction; }
    QAction* clearHistoryAction() const { return m_clearHistoryAction; }
    QAction* keepNoHistoryAction() const { return m_keepNoHistoryAction; }
    QDockWidget* bookmarksDock() const { return m_bookmarksDock; }
    QDockWidget* historyDock() const { return m_historyDock; }
    QDockWidget* sheetsDock() const { return m_sheetsDock; }
    BookmarksPane* bookmarksPane() const { return m_bookmarksPane; }
    HistoryPane* historyPane() const { return m_historyPane; }
    SavedSheetsPane* sheetsPane() const { return m_sheetsPane; }
    BackForwardMenu* backMenu() const { return m_backMenu; }
    BackForwardMenu* forwardMenu() const { return m_forwardMenu; }
    // The last message shown to the person about their data (a notice or a problem).
    const QString& lastMessage() const { return m_lastMessage; }
    bool keepsHistory() const;

Q_SIGNALS:
    // "Open" on a saved sheet; whoever owns the sheet builder shows it.
    void sheetOpenRequested(const carebook::SavedSheet& sheet);

private:
    void buildActions();
    void buildPanes();
    void buildMenus();
    void attachBackForwardMenus();
    void articleShown(const QString& id);
    void toggleBookmark(bool on);
    void setKeepNoHistory(bool keepNone);
    void clearHistory();
    void updateBookmarkAction();
    // The first problem of a session gets a dialog; later ones go to the status bar, so a failing disk
    // cannot bury the person in boxes.
    void showProblem(const QString& message);
    void showOpeningNotice();
    void showStatus(const QString& message);
    QString titleOf(const std::string& id) const;

    MainWindow& m_window;
    const ContentStore& m_content;
    std::unique_ptr<UserData> m_userData;
    QString m_currentId;
    QString m_lastMessage;
    bool m_problemShown = false;

    QAction* m_bookmarkAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_clearHistoryAction = nullptr;
    QAction* m_keepNoHistoryAction = nullptr;
    QDockWidget* m_bookmarksDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QDockWidget* m_sheetsDock = nullptr;
    BookmarksPane* m_bookmarksPane = nullptr;
    HistoryPane* m_historyPane = nullptr;
    SavedSheetsPane* m_sheetsPane = nullptr;
    BackForwardMenu* m_backMenu = nullptr;
    BackForwardMenu* m_forwardMenu = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
};

} // namespace carebook::app
