// SPDX-License-Identifier: MIT
#include "app/window/mainwindow.h"

#include "app/settings/language.h"

#include "core/content/article_html.h"
#include "app/access/focusring.h"
#include "app/window/articleview.h"
#include "app/find/findbar.h"
#include "app/window/historymenu.h"
#include "app/foods/foodfinderlauncher.h"
#include "app/window/navigationmodel.h"
#include "app/print/articleprint.h"
#include "app/window/redflagpanel.h"
#include "app/settings/settings.h"
#include "app/settings/settingsdialog.h"
#include "app/theme/icons.h"
#include "app/theme/thememanager.h"
#include "app/window/helpdialogs.h"
#include "app/window/windowgeometry.h"
#include "app/sheet/sheetlauncher.h"
#include "app/plan/todaylauncher.h"
#include "app/userdata/userdataui.h"
#include "app/search/searchpanel.h"
#include "app/speech/readaloud.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace carebook::app {

MainWindow::MainWindow(std::unique_ptr<ContentStore> store, QWidget* parent)
    : MainWindow(std::move(store), UserData::inMemory(), parent) {}

MainWindow::MainWindow(std::unique_ptr<ContentStore> store, std::unique_ptr<UserData> userData, QWidget* parent)
    : QMainWindow(parent), m_store(std::move(store)) {
    setWindowTitle(QStringLiteral("Carebook"));
    // At the first idle moment, not before the first paint: an SVG window icon loads Qt's SVG icon
    // plugin and is drawn at every size the window system may ask for.
    QTimer::singleShot(0, this, [this] { setWindowIcon(QIcon(QStringLiteral(":/carebook.svg"))); });
    FocusRing::install(); // every window of the app shows where the keyboard is

    m_navigationModel = new NavigationModel(*m_store, this);
    m_navigationView = new QTreeView(this);
    m_navigationView->setObjectName(QStringLiteral("navigationView"));
    m_navigationView->setModel(m_navigationModel);
    m_navigationView->setHeaderHidden(true);
    m_navigationView->setUniformRowHeights(true);
    m_navigationView->expandAll();
    m_navigationView->setMinimumWidth(200);
    m_navigationView->setAccessibleName(tr("Articles"));
    m_navigationView->setAccessibleDescription(tr("Every article, under its kind: symptoms, remedies, causes, "
                                                  "nutrients, questions and about"));
    // Like the article, the red flags and the search results: one text size for the whole window.
    ThemeManager::scaleFontWithText(m_navigationView);

    m_articleView = new ArticleView(this);
    m_redFlagPanel = new RedFlagPanel(this);
    // The article with its find bar (Ctrl+F) above it, hidden until asked for.
    auto* articlePane = new QWidget(this);
    articlePane->setObjectName(QStringLiteral("articlePane"));
    m_findBar = new FindBar(m_articleView, articlePane);
    auto* articleLayout = new QVBoxLayout(articlePane);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->setSpacing(0);
    articleLayout->addWidget(m_findBar);
    articleLayout->addWidget(m_articleView, 1);

    m_splitter = new QSplitter(this);
    // The search field sits above the navigation, and its results take the navigation's place.
    m_searchPanel = new SearchPanel(*m_store, m_navigationView, this);
    m_splitter->addWidget(m_searchPanel);
    m_splitter->addWidget(articlePane);
    m_splitter->addWidget(m_redFlagPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({240, 640, 300});
    setCentralWidget(m_splitter);

    // The features make their parts (actions, menus, docks) and say what they need in signals; only
    // this window places them.
    m_foods = new FoodFinderLauncher(*m_store, this);
    m_userDataUi = new UserDataUi(*m_store, std::move(userData), m_history, this);
    m_sheets = new SheetLauncher(*m_store, &m_userDataUi->userData(), this);
    m_today = new TodayLauncher(*m_store, &m_userDataUi->userData(), this);
    buildActions();
    buildToolbar();
    buildMenus();
    placeUserData();
    connectFeatures();
    applyTheme();

    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(NavigationModel::ArticleIdRole).toString();
                if (!id.isEmpty() && id.toStdString() != m_history.current()) {
                    openArticle(id);
                }
            });
    connect(m_articleView, &QTextBrowser::anchorClicked, this, &MainWindow::followLink);

    const auto edition = m_store->edition();
    statusBar()->showMessage(tr("Content %1 · reviewed %2 · %n article(s)", nullptr, edition.articleCount)
                                 .arg(QString::fromStdString(edition.contentVersion),
                                      QString::fromStdString(edition.reviewed)));
    restoreSettings();

    const auto symptoms = m_store->list(ArticleKind::Symptom);
    if (!symptoms.empty()) {
        openArticle(QString::fromStdString(symptoms.front().id));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::connectFeatures() {
    const auto showStatus = [this](const QString& message, int timeoutMs) {
        statusBar()->showMessage(message, timeoutMs);
    };
    connect(m_searchPanel, &SearchPanel::foodRequested, this, [this](const QString& usdaId) {
        m_foods->handleLink(QUrl(QStringLiteral("food:") + usdaId));
    });
    connect(m_searchPanel, &SearchPanel::articleRequested, this, [this](const QString& id, const QStringList& terms) {
        if (openArticle(id)) {
            highlightSearchTerms(m_articleView, terms);
        }
    });
    connect(m_foods, &FoodFinderLauncher::statusMessage, this, showStatus);

    connect(this, &MainWindow::articleShown, m_findBar, &FindBar::startFromTop);
    connect(this, &MainWindow::articleShown, m_userDataUi, &UserDataUi::articleShown);
    connect(m_userDataUi, &UserDataUi::articleRequested, this, &MainWindow::openArticle);
    connect(m_userDataUi, &UserDataUi::historyPositionRequested, this, &MainWindow::goToHistoryPosition);
    connect(m_userDataUi, &UserDataUi::navigationHistoryCleared, this, &MainWindow::clearNavigationHistory);
    connect(m_userDataUi, &UserDataUi::statusMessage, this, showStatus);

    connect(this, &MainWindow::articleShown, m_sheets, &SheetLauncher::setCurrentArticle);
    connect(m_userDataUi, &UserDataUi::sheetOpenRequested, m_sheets, &SheetLauncher::openSaved);
    connect(m_sheets, &SheetLauncher::statusMessage, this, showStatus);
    connect(this, &MainWindow::articleShown, m_today, &TodayLauncher::setCurrentArticle);
    connect(m_today, &TodayLauncher::statusMessage, this, showStatus);
    connect(m_readAloud, &ReadAloud::statusMessage, this, showStatus);

    // "Keep no history" changed in the Settings dialog: the action does what its menu item would.
    connect(&Settings::instance(), &Settings::changed, this, [this](const QString& path) {
        if (path == QLatin1String(settings::keepNoHistory.path)) {
            m_userDataUi->keepNoHistoryAction()->setChecked(Settings::get(settings::keepNoHistory));
        }
    });
}

void MainWindow::placeUserData() {
    // The panes: hidden until asked for, so the window opens on the three parts a first-time reader needs.
    auto* bookmarks = m_userDataUi->bookmarksDock();
    auto* history = m_userDataUi->historyDock();
    auto* sheets = m_userDataUi->sheetsDock();
    for (auto* dock : {bookmarks, history, sheets}) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
    tabifyDockWidget(bookmarks, history);
    tabifyDockWidget(history, sheets);
    if (auto* label = m_userDataUi->readOnlyLabel()) {
        statusBar()->addPermanentWidget(label);
    }
    statusBar()->addPermanentWidget(m_readAloud->stateLabel());

    // Back and Forward: press and hold (or right-click) for the list, like a browser; a click still goes
    // one step.
    const std::pair<QAction*, QMenu*> pairs[] = {{m_backAction, m_userDataUi->backMenu()},
                                                 {m_forwardAction, m_userDataUi->forwardMenu()}};
    for (const auto& [action, menu] : pairs) {
        auto* button = qobject_cast<QToolButton*>(m_toolbar->widgetForAction(action));
        if (!button) {
            continue;
        }
        button->setMenu(menu);
        button->setPopupMode(QToolButton::DelayedPopup);
        button->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(button, &QWidget::customContextMenuRequested, menu,
                [button, menu, action = action](const QPoint& point) {
                    if (action->isEnabled()) {
                        menu->popup(button->mapToGlobal(point));
                    }
                });
    }
}

void MainWindow::buildActions() {
    m_backAction = new QAction(tr("&Back"), this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcuts(QKeySequence::Back);
    m_backAction->setToolTip(tr("Back to the previous article (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(tr("&Forward"), this);
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    m_forwardAction->setToolTip(tr("Forward (Alt+Right)"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    auto* navigateAction = new QAction(tr("Go to &navigation"), this);
    navigateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(navigateAction, &QAction::triggered, this, [this] {
        m_searchPanel->clearSearch(); // the navigation shows where the results were
        m_navigationView->setFocus();
    });
    m_navigateAction = navigateAction;

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_settingsAction = new QAction(tr("S&ettings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    // Printing follows what is on screen: the article, with the warning signs the panel shows.
    m_printer = new ArticlePrinter(
        *m_store,
        [this] { return ArticlePrinter::Target{m_history.current(), m_contextSymptomId}; }, this);

    // Read aloud follows what is on screen too: the selection in the article, or else the article.
    m_readAloud = new ReadAloud(
        *m_store,
        [this] {
            return ReadAloud::Target{m_history.current(), m_articleView->textCursor().selectedText()};
        },
        this);

    buildViewActions();
    buildHelpActions();
}

void MainWindow::buildViewActions() {
    auto& themes = ThemeManager::instance();
    m_largerTextAction = new QAction(tr("&Larger text"), this);
    m_largerTextAction->setObjectName(QStringLiteral("largerTextAction"));
    // Ctrl+= too: on many keyboards "+" needs Shift.
    m_largerTextAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_largerTextAction, &QAction::triggered, &themes, &ThemeManager::enlargeText);
    m_smallerTextAction = new QAction(tr("&Smaller text"), this);
    m_smallerTextAction->setObjectName(QStringLiteral("smallerTextAction"));
    m_smallerTextAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_smallerTextAction, &QAction::triggered, &themes, &ThemeManager::shrinkText);
    m_normalTextAction = new QAction(tr("&Normal size"), this);
    m_normalTextAction->setObjectName(QStringLiteral("normalTextAction"));
    m_normalTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_normalTextAction, &QAction::triggered, &themes, &ThemeManager::resetTextScale);

    m_themeActions = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> choices[] = {{ThemeChoice::System, tr("&System")},
                                                       {ThemeChoice::Light, tr("&Light")},
                                                       {ThemeChoice::Dark, tr("&Dark")},
                                                       {ThemeChoice::HighContrast, tr("&High contrast")}};
    for (const auto& [choice, label] : choices) {
        auto* action = m_themeActions->addAction(label);
        action->setCheckable(true);
        action->setChecked(themes.choice() == choice);
        connect(action, &QAction::triggered, this, [choice = choice] {
            // A choice from the menu is the person's: it outlasts a --theme given for this run.
            ThemeManager::instance().setOverride(std::nullopt);
            Settings::set(settings::theme, choice);
        });
    }
    connect(&themes, &ThemeManager::themeChanged, this, &MainWindow::applyTheme);
    connect(&themes, &ThemeManager::textScaleChanged, this, &MainWindow::updateTextSizeActions);
    updateTextSizeActions();
}

void MainWindow::buildHelpActions() {
    m_guideAction = new QAction(tr("&User guide"), this);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] { showUserGuide(this); });
    m_shortcutsAction = new QAction(tr("&Keyboard shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] { showKeyboardShortcuts(this, allActions()); });
    m_welcomeAction = new QAction(tr("&Welcome and disclaimer"), this);
    m_welcomeAction->setObjectName(QStringLiteral("welcomeAction"));
    connect(m_welcomeAction, &QAction::triggered, this, [this] { showWelcome(this); });
    m_aboutAction = new QAction(tr("&About Carebook"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_printer->printAction());
    fileMenu->addAction(m_printer->previewAction());
    fileMenu->addAction(m_printer->pdfAction());
    fileMenu->addSeparator();
    // From making things to leaving.
    fileMenu->addAction(m_sheets->action());
    fileMenu->addAction(m_today->action());
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_findBar->findAction());
    editMenu->addAction(m_findBar->findNextAction());
    editMenu->addAction(m_findBar->findPreviousAction());
    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_backAction);
    goMenu->addAction(m_forwardAction);
    goMenu->addAction(m_navigateAction);
    goMenu->addAction(m_searchPanel->focusAction());

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* textMenu = viewMenu->addMenu(tr("&Text size"));
    textMenu->addAction(m_largerTextAction);
    textMenu->addAction(m_smallerTextAction);
    textMenu->addAction(m_normalTextAction);
    auto* themeMenu = viewMenu->addMenu(tr("T&heme"));
    themeMenu->addActions(m_themeActions->actions());
    viewMenu->addSeparator();
    auto* panesMenu = viewMenu->addMenu(tr("&Panes"));
    panesMenu->addAction(m_userDataUi->bookmarksDock()->toggleViewAction());
    panesMenu->addAction(m_userDataUi->historyDock()->toggleViewAction());
    panesMenu->addAction(m_userDataUi->sheetsDock()->toggleViewAction());
    panesMenu->addAction(m_toolbar->toggleViewAction());

    auto* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_foods->action());
    toolsMenu->addSeparator();
    toolsMenu->addAction(m_readAloud->readAction());
    toolsMenu->addAction(m_readAloud->pauseAction());
    toolsMenu->addAction(m_readAloud->stopAction());
    // The menu says before it is chosen whether Read aloud can work (a cheap check; no engine is made),
    // and shows why not when it cannot.
    toolsMenu->setToolTipsVisible(true);
    connect(toolsMenu, &QMenu::aboutToShow, m_readAloud, &ReadAloud::checkAvailability);
    menuBar()->addMenu(m_userDataUi->bookmarksMenu());
    menuBar()->addMenu(m_userDataUi->historyMenu());
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_guideAction);
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addAction(m_welcomeAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::buildToolbar() {
    m_toolbar = addToolBar(tr("Navigation"));
    m_toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_backAction);
    m_toolbar->addAction(m_forwardAction);
    m_toolbar->addAction(m_userDataUi->bookmarkAction());
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_searchPanel->focusAction());
    m_toolbar->addAction(m_foods->action());
    m_toolbar->addAction(m_sheets->action());
    updateActions();
}

QList<QAction*> MainWindow::allActions() const {
    QList<QAction*> actions;
    for (QAction* menuAction : menuBar()->actions()) {
        if (QMenu* menu = menuAction->menu()) {
            for (QAction* action : menu->actions()) {
                // Once each, in menu order: a pane's action is in View ▸ Panes and in its own menu.
                for (QAction* item : action->menu() ? action->menu()->actions() : QList<QAction*>{action}) {
                    if (!item->isSeparator() && !actions.contains(item)) {
                        actions << item;
                    }
                }
            }
        }
    }
    return actions;
}

void MainWindow::applyTheme() {
    const Theme& theme = ThemeManager::current();
    // Carebook's own icons, redrawn in the theme's icon colour: no icon-theme lookup (absent on some
    // desktops, and ~5 ms of start-up), and the same shapes in Light, Dark and High contrast.
    m_backAction->setIcon(ownIcon(QStringLiteral("go-previous"), theme));
    m_forwardAction->setIcon(ownIcon(QStringLiteral("go-next"), theme));
    m_searchPanel->focusAction()->setIcon(ownIcon(QStringLiteral("search"), theme));
    m_foods->action()->setIcon(ownIcon(QStringLiteral("food-finder"), theme));
    m_sheets->action()->setIcon(ownIcon(QStringLiteral("sheet"), theme));
    m_printer->printAction()->setIcon(ownIcon(QStringLiteral("print"), theme));
    m_guideAction->setIcon(ownIcon(QStringLiteral("help"), theme));
    const ThemeChoice choice = ThemeManager::instance().choice();
    const auto actions = m_themeActions->actions();
    for (int i = 0; i < actions.size(); ++i) {
        actions[i]->setChecked(static_cast<int>(choice) == i);
    }
}

void MainWindow::updateTextSizeActions() {
    const int scale = ThemeManager::textScale();
    m_largerTextAction->setEnabled(scale < ThemeManager::kMaxTextScale);
    m_smallerTextAction->setEnabled(scale > ThemeManager::kMinTextScale);
    m_normalTextAction->setText(tr("&Normal size (now %1 %)").arg(scale));
}

void MainWindow::showSettings() {
    std::vector<std::pair<QString, int>> ageGroups;
    if (const auto* finder = m_foods->finder()) {
        for (const auto& group : finder->ageGroups()) {
            ageGroups.emplace_back(QString::fromStdString(group.label), group.minAge);
        }
    }
    auto* dialog = new SettingsDialog(ageGroups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    fitToScreen(dialog, dialog->sizeHint());
    dialog->open();
}

void MainWindow::showWelcomeOnFirstRun() {
    if (!Settings::get(settings::welcomeShown)) {
        Settings::set(settings::welcomeShown, true);
        Settings::set(settings::contentLanguageNoticeShown, uiIsTranslated()); // the welcome says it
        showWelcome(this);
    } else if (uiIsTranslated() && !Settings::get(settings::contentLanguageNoticeShown)) {
        Settings::set(settings::contentLanguageNoticeShown, true);
        showContentLanguageNotice(this);
    }
}

bool MainWindow::openArticle(const QString& id) {
    if (!m_store->summary(id.toStdString())) {
        statusBar()->showMessage(tr("No article \"%1\" in this edition").arg(id), 5000);
        return false;
    }
    m_history.visit(id.toStdString());
    showArticle(id);
    return true;
}

QString MainWindow::currentArticleId() const { return QString::fromStdString(m_history.current()); }

void MainWindow::goBack() {
    if (m_history.canGoBack()) {
        showArticle(QString::fromStdString(m_history.back()));
    }
}

void MainWindow::goForward() {
    if (m_history.canGoForward()) {
        showArticle(QString::fromStdString(m_history.forward()));
    }
}

void MainWindow::goToHistoryPosition(std::size_t index) {
    if (index < m_history.entries().size() && index != m_history.position()) {
        showArticle(QString::fromStdString(m_history.goTo(index)));
    }
}

void MainWindow::clearNavigationHistory() {
    m_history.clearAllButCurrent();
    updateActions();
}

void MainWindow::showArticle(const QString& id) {
    const auto article = m_store->article(id.toStdString());
    if (!article) {
        return;
    }
    m_articleView->showArticleHtml(
        QString::fromStdString(renderArticleHtml(*article, m_foods->articleSectionHtml(*article), articleLabels())));
    setWindowTitle(QStringLiteral("%1 — Carebook").arg(QString::fromStdString(article->summary.title)));
    m_articleView->setAccessibleName(tr("Article: %1").arg(QString::fromStdString(article->summary.title)));
    updateRedFlags(*article);

    // Keep the navigation in step without re-entering openArticle.
    const QModelIndex index = m_navigationModel->indexOfArticle(id);
    if (index.isValid() && m_navigationView->currentIndex() != index) {
        const QSignalBlocker blocker(m_navigationView->selectionModel());
        m_navigationView->setCurrentIndex(index);
        m_navigationView->scrollTo(index);
        m_navigationView->viewport()->update();
    }
    updateActions();
    Q_EMIT articleShown(id);
}

void MainWindow::updateRedFlags(const Article& article) {
    // The panel follows the symptom in context: the open symptom, or the last one the person read,
    // or else the first symptom, so warning signs are always on screen.
    if (article.summary.kind == ArticleKind::Symptom) {
        m_contextSymptomId = article.summary.id;
    }
    if (m_contextSymptomId.empty()) {
        const auto symptoms = m_store->list(ArticleKind::Symptom);
        if (!symptoms.empty()) {
            m_contextSymptomId = symptoms.front().id;
        }
    }
    const auto symptom = m_store->summary(m_contextSymptomId);
    m_redFlagPanel->showFlags(symptom ? QString::fromStdString(symptom->title) : QString(),
                              m_store->redFlagsFor(m_contextSymptomId));
}

void MainWindow::followLink(const QUrl& url) {
    if (m_foods->handleLink(url)) { // foods:KEY and food:USDA_ID open the food finder
        return;
    }
    if (url.scheme().isEmpty() && !url.path().isEmpty()) {
        openArticle(url.path());
        return;
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        // Carebook itself never goes online; the person's own browser may, if they choose to.
        QDesktopServices::openUrl(url);
    }
}

void MainWindow::updateActions() {
    m_printer->setArticleShown(!m_history.current().empty());
    m_readAloud->setArticleShown(!m_history.current().empty());
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::showAbout() {
    const auto edition = m_store->edition();
    QMessageBox::about(this, tr("About Carebook"),
                       tr("<h3>Carebook %1</h3><p>An offline self-care reference for back spasms, muscle cramps and "
                          "stiffness.</p><p>Content %2, reviewed %3.</p><p>Carebook gives general information, not "
                          "medical advice. If you are worried, or a warning sign applies to you, see a clinician.</p>")
                           .arg(QStringLiteral(CAREBOOK_VERSION), QString::fromStdString(edition.contentVersion),
                                QString::fromStdString(edition.reviewed)));
}

void MainWindow::restoreSettings() {
    restoreOrFit(this, Settings::get(settings::mainWindowGeometry), {1180, 760});
    restoreState(Settings::get(settings::mainWindowState));
    m_splitter->restoreState(Settings::get(settings::mainWindowSplitter));
}

void MainWindow::saveSettings() const {
    Settings::set(settings::mainWindowGeometry, saveGeometry());
    Settings::set(settings::mainWindowState, saveState());
    Settings::set(settings::mainWindowSplitter, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

} // namespace carebook::app
