// SPDX-License-Identifier: MIT
#include "app/window/mainwindow.h"

#include "core/content/article_html.h"
#include "app/window/articleview.h"
#include "app/foods/foodfinderlauncher.h"
#include "app/window/navigationmodel.h"
#include "app/print/articleprint.h"
#include "app/window/redflagpanel.h"
#include "app/sheet/sheetlauncher.h"
#include "app/userdata/userdataui.h"
#include "app/search/searchpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace carebook::app {

MainWindow::MainWindow(std::unique_ptr<ContentStore> store, QWidget* parent)
    : MainWindow(std::move(store), UserData::inMemory(), parent) {}

MainWindow::MainWindow(std::unique_ptr<ContentStore> store, std::unique_ptr<UserData> userData, QWidget* parent)
    : QMainWindow(parent), m_store(std::move(store)) {
    setWindowTitle(QStringLiteral("Carebook"));
    setWindowIcon(QIcon(QStringLiteral(":/carebook.svg")));

    m_navigationModel = new NavigationModel(*m_store, this);
    m_navigationView = new QTreeView(this);
    m_navigationView->setObjectName(QStringLiteral("navigationView"));
    m_navigationView->setModel(m_navigationModel);
    m_navigationView->setHeaderHidden(true);
    m_navigationView->setUniformRowHeights(true);
    m_navigationView->expandAll();
    m_navigationView->setMinimumWidth(200);

    m_articleView = new ArticleView(this);
    m_redFlagPanel = new RedFlagPanel(this);

    m_splitter = new QSplitter(this);
    // The search field sits above the navigation, and its results take the navigation's place.
    m_searchPanel = new SearchPanel(*m_store, m_navigationView, this);
    m_splitter->addWidget(m_searchPanel);
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(m_redFlagPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({240, 640, 300});
    setCentralWidget(m_splitter);

    m_foods = new FoodFinderLauncher(*m_store, this);
    buildActions();
    m_userDataUi = new UserDataUi(*this, *m_store, std::move(userData));
    installSheetBuilder(*this, *m_store, m_userDataUi);

    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(NavigationModel::ArticleIdRole).toString();
                if (!id.isEmpty() && id.toStdString() != m_history.current()) {
                    openArticle(id);
                }
            });
    connect(m_articleView, &QTextBrowser::anchorClicked, this, &MainWindow::followLink);
    connect(m_searchPanel, &SearchPanel::foodRequested, this, [this](const QString& usdaId) {
        m_foods->handleLink(QUrl(QStringLiteral("food:") + usdaId));
    });
    connect(m_searchPanel, &SearchPanel::articleRequested, this, [this](const QString& id, const QStringList& terms) {
        if (openArticle(id)) {
            highlightSearchTerms(m_articleView, terms);
        }
    });

    const auto edition = m_store->edition();
    statusBar()->showMessage(QStringLiteral("Content %1 · reviewed %2 · %3 articles")
                                 .arg(QString::fromStdString(edition.contentVersion),
                                      QString::fromStdString(edition.reviewed))
                                 .arg(edition.articleCount));
    resize(1180, 760);
    restoreSettings();

    const auto symptoms = m_store->list(ArticleKind::Symptom);
    if (!symptoms.empty()) {
        openArticle(QString::fromStdString(symptoms.front().id));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    m_backAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), this);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_backAction->setToolTip(tr("Back to the previous article (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), this);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    m_forwardAction->setToolTip(tr("Forward (Alt+Right)"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    auto* navigateAction = new QAction(tr("Go to &navigation"), this);
    navigateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(navigateAction, &QAction::triggered, this, [this] {
        m_searchPanel->clearSearch(); // the navigation shows where the results were
        m_navigationView->setFocus();
    });

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcuts(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* aboutAction = new QAction(tr("&About Carebook"), this);
    aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Printing follows what is on screen: the article, with the warning signs the panel shows.
    m_printer = new ArticlePrinter(
        *m_store,
        [this] { return ArticlePrinter::Target{m_history.current(), m_contextSymptomId}; }, this);
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_printer->printAction());
    fileMenu->addAction(m_printer->previewAction());
    fileMenu->addAction(m_printer->pdfAction());
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_backAction);
    goMenu->addAction(m_forwardAction);
    goMenu->addAction(navigateAction);
    goMenu->addAction(m_searchPanel->focusAction());
    auto* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_foods->action());
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);

    auto* toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    updateActions();
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
        QString::fromStdString(renderArticleHtml(*article, m_foods->articleSectionHtml(*article))));
    setWindowTitle(QStringLiteral("%1 — Carebook").arg(QString::fromStdString(article->summary.title)));
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
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

} // namespace carebook::app
