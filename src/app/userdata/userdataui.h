// SPDX-License-Identifier: MIT
#pragma once

#include "app/userdata/userdata.h"

#include <QObject>
#include <QString>

#include <memory>

class QAbstractItemView;
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
class NavigationHistory;
class SavedSheetsPane;

// Everything the window shows of the person's own data: the bookmark star (Ctrl+D), the Bookmarks,
// History and Saved sheets panes (Ctrl+B, Ctrl+H, Ctrl+J) as docks, their menus, the lists behind Back
// and Forward, "Clear history" and "Keep no history", and the messages when the data is damaged,
// read-only or a change fails. It makes the parts; the main window places them (docks, menus, toolbar,
// status bar) and answers its signals.
class UserDataUi final : public QObject {
    Q_OBJECT
public:
    // `history` is the window's back/forward history (for the Back and Forward lists); `window`
    // parents the docks, menus and message boxes.
    UserDataUi(const ContentStore& content, std::unique_ptr<UserData> userData, const NavigationHistory& history,
               QWidget* window);
    ~UserDataUi() override;

    UserData& userData() { return *m_userData; }
    QAction* bookmarkAction() const { return m_bookmarkAction; }
    QAction* clearHistoryAction() const { return m_clearHistoryAction; }
    QAction* keepNoHistoryAction() const { return m_keepNoHistoryAction; }
    QMenu* bookmarksMenu() const { return m_bookmarksMenu; }
    QMenu* historyMenu() const { return m_historyMenu; }
    // "Your data is read-only" for the status bar; null when the data can be changed.
    QLabel* readOnlyLabel() const { return m_readOnlyLabel; }
    QDockWidget* bookmarksDock() const { return m_bookmarksDock; }
    QDockWidget* historyDock() const { return m_historyDock; }
    QDockWidget* sheetsDock() const { return m_sheetsDock; }
    // The panes, built on first use (the docks are hidden at start).
    BookmarksPane* bookmarksPane();
    HistoryPane* historyPane();
    SavedSheetsPane* sheetsPane();
    BackForwardMenu* backMenu() const { return m_backMenu; }
    BackForwardMenu* forwardMenu() const { return m_forwardMenu; }
    // The last message shown to the person about their data (a notice or a problem).
    const QString& lastMessage() const { return m_lastMessage; }
    bool keepsHistory() const;

    // Each article put on screen: the star follows it and the history records it.
    void articleShown(const QString& id);

Q_SIGNALS:
    // "Open" on a saved sheet; whoever owns the sheet builder shows it.
    void sheetOpenRequested(const carebook::SavedSheet& sheet);
    // A bookmark or history entry chosen in a pane.
    void articleRequested(const QString& id);
    // An entry chosen in the Back or Forward list (its index in the navigation history).
    void historyPositionRequested(std::size_t index);
    // "Clear history": the window forgets its back/forward history too.
    void navigationHistoryCleared();
    void statusMessage(const QString& message, int timeoutMs);

private:
    void buildActions();
    void buildPanes();
    void preparePane(QWidget* pane, QAbstractItemView* list, const QString& name);
    void buildBookmarksPane();
    void buildHistoryPane();
    void buildSheetsPane();
    void buildMenus();
    void buildBackForwardMenus(const NavigationHistory& history);
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

    QWidget* m_window;
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
    QMenu* m_bookmarksMenu = nullptr;
    QMenu* m_historyMenu = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
};

} // namespace carebook::app
