// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"
#include "app/window/history.h"
#include "app/userdata/userdata.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QTreeView;
class QSplitter;
class QToolBar;

namespace carebook::app {

class ArticleView;
class NavigationModel;
class RedFlagPanel;
class FoodFinderLauncher;
class UserDataUi;
class SearchPanel;
class ArticlePrinter;
class SheetLauncher;
class FindBar;
class TodayLauncher;
class ReadAloud;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Keeps the person's data (bookmarks, history) in memory only.
    explicit MainWindow(std::unique_ptr<ContentStore> store, QWidget* parent = nullptr);
    // With the person's saved data (UserData::open(UserData::defaultPath()) in the app).
    MainWindow(std::unique_ptr<ContentStore> store, std::unique_ptr<UserData> userData, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows an article and records it in the history. Returns false for an unknown id.
    bool openArticle(const QString& id);
    QString currentArticleId() const;
    void goBack();
    void goForward();

    ArticleView* articleView() const { return m_articleView; }
    RedFlagPanel* redFlagPanel() const { return m_redFlagPanel; }
    QTreeView* navigationView() const { return m_navigationView; }
    SearchPanel* searchPanel() const { return m_searchPanel; }
    FindBar* findBar() const { return m_findBar; }
    QAction* backAction() const { return m_backAction; }
    QAction* forwardAction() const { return m_forwardAction; }
    FoodFinderLauncher* foodFinderLauncher() const { return m_foods; }
    UserDataUi* userDataUi() const { return m_userDataUi; }
    ArticlePrinter* articlePrinter() const { return m_printer; }
    SheetLauncher* sheetLauncher() const { return m_sheets; }
    TodayLauncher* todayLauncher() const { return m_today; }
    ReadAloud* readAloud() const { return m_readAloud; }
    const NavigationHistory& navigationHistory() const { return m_history; }
    // Shows the entry at `index` of the back/forward history (the Back and Forward button menus).
    void goToHistoryPosition(std::size_t index);
    // Forgets the back/forward history but the article on screen ("Clear history").
    void clearNavigationHistory();
    // The welcome with the disclaimer, the first time Carebook runs (the app calls this; tests do not).
    void showWelcomeOnFirstRun();
    // Every action in the menus (for Help ▸ Keyboard shortcuts).
    QList<QAction*> allActions() const;

Q_SIGNALS:
    // Each time an article is put on screen: opened, or reached by Back or Forward.
    void articleShown(const QString& id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildViewActions();
    void buildHelpActions();
    void buildMenus();
    void buildToolbar();
    void applyTheme();
    void updateTextSizeActions();
    void showSettings();
    void connectFeatures();
    void placeUserData();
    void showArticle(const QString& id);
    void followLink(const QUrl& url);
    void updateRedFlags(const Article& article);
    void updateActions();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<ContentStore> m_store;
    NavigationModel* m_navigationModel = nullptr;
    QTreeView* m_navigationView = nullptr;
    ArticleView* m_articleView = nullptr;
    RedFlagPanel* m_redFlagPanel = nullptr;
    FoodFinderLauncher* m_foods = nullptr; // the food data, loaded on first use
    SearchPanel* m_searchPanel = nullptr;
    FindBar* m_findBar = nullptr; // find in page, over the article
    ArticlePrinter* m_printer = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_navigateAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_largerTextAction = nullptr;
    QAction* m_smallerTextAction = nullptr;
    QAction* m_normalTextAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_welcomeAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_themeActions = nullptr;
    QToolBar* m_toolbar = nullptr;
    SheetLauncher* m_sheets = nullptr;
    TodayLauncher* m_today = nullptr;
    ReadAloud* m_readAloud = nullptr; // Tools ▸ Read aloud; its speech engine is made on first use
    NavigationHistory m_history;
    UserDataUi* m_userDataUi = nullptr;
    std::string m_contextSymptomId;
};

} // namespace carebook::app
