// SPDX-License-Identifier: MIT
#include "app/userdata/userdataui.h"

#include "app/userdata/bookmarkspane.h"
#include "core/content/store.h"
#include "app/window/historymenu.h"
#include "app/window/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <cmath>

namespace carebook::app {

namespace {

// Drawn rather than taken from the icon theme: themes differ (or are absent) between desktops, and
// the star must read the same everywhere, hollow when off and filled when on.
QPixmap starPixmap(int size, bool filled) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const double centre = size / 2.0;
    const double outer = size * 0.46;
    const double inner = outer * 0.42;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double radius = i % 2 == 0 ? outer : inner;
        const QPointF point(centre + radius * std::cos(angle), centre + 0.04 * size + radius * std::sin(angle));
        i == 0 ? path.moveTo(point) : path.lineTo(point);
    }
    path.closeSubpath();
    const QColor gold(0xd9, 0x9a, 0x06);
    painter.setPen(QPen(filled ? gold.darker(120) : QColor(0x66, 0x66, 0x66), size / 16.0));
    painter.setBrush(filled ? QBrush(gold) : Qt::NoBrush);
    painter.drawPath(path);
    return pixmap;
}

QIcon starIcon() {
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        icon.addPixmap(starPixmap(size, false), QIcon::Normal, QIcon::Off);
        icon.addPixmap(starPixmap(size, true), QIcon::Normal, QIcon::On);
    }
    return icon;
}

} // namespace

QString UserDataUi::keepNoHistoryKey() { return QStringLiteral("history/keepNone"); }

UserDataUi::UserDataUi(MainWindow& window, const ContentStore& content, std::unique_ptr<UserData> userData)
    : QObject(&window), m_window(window), m_content(content), m_userData(std::move(userData)) {
    m_userData->setParent(this);
    buildActions();
    buildPanes();
    buildMenus();
    attachBackForwardMenus();

    connect(&m_window, &MainWindow::articleShown, this, &UserDataUi::articleShown);
    connect(m_userData.get(), &UserData::problem, this, &UserDataUi::showProblem);
    connect(m_userData.get(), &UserData::bookmarksChanged, this, &UserDataUi::updateBookmarkAction);

    if (m_userData->readOnly()) {
        m_readOnlyLabel = new QLabel(tr("Your data is read-only"), &m_window);
        m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
        m_readOnlyLabel->setToolTip(plainTextToolTip(m_userData->readOnlyReason()));
        m_window.statusBar()->addPermanentWidget(m_readOnlyLabel);
    }
    if (!m_userData->openingNotice().isEmpty()) {
        m_lastMessage = m_userData->openingNotice();
        // After the window is up: a box before the window would have nothing to sit on.
        QTimer::singleShot(0, this, &UserDataUi::showOpeningNotice);
    }
}

UserDataUi::~UserDataUi() = default;

bool UserDataUi::keepsHistory() const { return !QSettings().value(keepNoHistoryKey(), false).toBool(); }

void UserDataUi::buildActions() {
    m_bookmarkAction = new QAction(starIcon(), tr("Bookmark"), this);
    m_bookmarkAction->setObjectName(QStringLiteral("bookmarkAction"));
    m_bookmarkAction->setCheckable(true);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_bookmarkAction, &QAction::triggered, this, &UserDataUi::toggleBookmark);

    m_exportAction = new QAction(tr("&Export bookmarks…"), this);
    m_importAction = new QAction(tr("&Import bookmarks…"), this);
    m_importAction->setEnabled(!m_userData->readOnly());

    m_clearHistoryAction = new QAction(tr("&Clear history"), this);
    m_clearHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_clearHistoryAction->setEnabled(!m_userData->readOnly());
    connect(m_clearHistoryAction, &QAction::triggered, this, &UserDataUi::clearHistory);

    m_keepNoHistoryAction = new QAction(tr("&Keep no history"), this);
    m_keepNoHistoryAction->setCheckable(true);
    m_keepNoHistoryAction->setChecked(!keepsHistory());
    m_keepNoHistoryAction->setToolTip(tr("Record nothing of what you read (and clear the history now); Back and "
                                         "Forward still work while Carebook is open"));
    connect(m_keepNoHistoryAction, &QAction::toggled, this, &UserDataUi::setKeepNoHistory);
}

void UserDataUi::buildPanes() {
    m_bookmarksPane = new BookmarksPane(*m_userData, m_content);
    m_historyPane = new HistoryPane(*m_userData, m_content, m_clearHistoryAction, m_keepNoHistoryAction);
    m_sheetsPane = new SavedSheetsPane(*m_userData, m_content);

    auto makeDock = [this](const QString& title, const char* name, QWidget* pane, QKeySequence shortcut) {
        auto* dock = new QDockWidget(title, &m_window);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setWidget(pane);
        dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
        dock->toggleViewAction()->setShortcut(shortcut);
        m_window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        // Hidden until asked for: the window opens on the three parts a first-time reader needs.
        dock->hide();
        return dock;
    };
    m_bookmarksDock = makeDock(tr("Bookmarks"), "bookmarksDock", m_bookmarksPane, QKeySequence(Qt::CTRL | Qt::Key_B));
    m_historyDock = makeDock(tr("History"), "historyDock", m_historyPane, QKeySequence(Qt::CTRL | Qt::Key_H));
    m_sheetsDock = makeDock(tr("Saved sheets"), "savedSheetsDock", m_sheetsPane, QKeySequence(Qt::CTRL | Qt::Key_J));
    m_window.tabifyDockWidget(m_bookmarksDock, m_historyDock);
    m_window.tabifyDockWidget(m_historyDock, m_sheetsDock);
    for (auto* dock : {m_bookmarksDock, m_historyDock, m_sheetsDock}) {
        // Showing a pane from the menu brings its tab to the front and puts the keyboard in its list.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown) {
                dock->raise();
                dock->widget()->setFocus();
            }
        });
    }

    connect(m_bookmarksPane, &BookmarksPane::articleRequested, &m_window, &MainWindow::openArticle);
    connect(m_bookmarksPane, &BookmarksPane::message, this, &UserDataUi::showStatus);
    connect(m_historyPane, &HistoryPane::articleRequested, &m_window, &MainWindow::openArticle);
    connect(m_sheetsPane, &SavedSheetsPane::sheetRequested, this, &UserDataUi::sheetOpenRequested);
    connect(m_exportAction, &QAction::triggered, m_bookmarksPane, &BookmarksPane::exportWithDialog);
    connect(m_importAction, &QAction::triggered, m_bookmarksPane, &BookmarksPane::importWithDialog);
}

void UserDataUi::buildMenus() {
    auto* bookmarksMenu = new QMenu(tr("&Bookmarks"), &m_window);
    bookmarksMenu->addAction(m_bookmarkAction);
    bookmarksMenu->addAction(m_bookmarksDock->toggleViewAction());
    bookmarksMenu->addAction(m_sheetsDock->toggleViewAction());
    bookmarksMenu->addSeparator();
    bookmarksMenu->addAction(m_exportAction);
    bookmarksMenu->addAction(m_importAction);

    auto* historyMenu = new QMenu(tr("Hi&story"), &m_window);
    historyMenu->addAction(m_historyDock->toggleViewAction());
    historyMenu->addSeparator();
    historyMenu->addAction(m_clearHistoryAction);
    historyMenu->addAction(m_keepNoHistoryAction);

    // Before Help, which stays last as on every desktop.
    QAction* help = nullptr;
    for (auto* action : m_window.menuBar()->actions()) {
        if (action->text().remove(QLatin1Char('&')) == tr("Help")) {
            help = action;
        }
    }
    m_window.menuBar()->insertMenu(help, bookmarksMenu);
    m_window.menuBar()->insertMenu(help, historyMenu);

    if (auto* toolbar = m_window.findChild<QToolBar*>(QStringLiteral("navigationToolbar"))) {
        toolbar->addAction(m_bookmarkAction);
    }
    updateBookmarkAction();
}

void UserDataUi::attachBackForwardMenus() {
    auto title = [this](const std::string& id) { return titleOf(id); };
    m_backMenu = new BackForwardMenu(BackForwardMenu::Direction::Back, m_window.navigationHistory(), title, &m_window);
    m_forwardMenu =
        new BackForwardMenu(BackForwardMenu::Direction::Forward, m_window.navigationHistory(), title, &m_window);
    for (auto* menu : {m_backMenu, m_forwardMenu}) {
        connect(menu, &BackForwardMenu::positionChosen, &m_window,
                [this](int index) { m_window.goToHistoryPosition(static_cast<std::size_t>(index)); });
    }
    auto* toolbar = m_window.findChild<QToolBar*>(QStringLiteral("navigationToolbar"));
    if (!toolbar) {
        return;
    }
    const std::pair<QAction*, BackForwardMenu*> pairs[] = {{m_window.backAction(), m_backMenu},
                                                           {m_window.forwardAction(), m_forwardMenu}};
    for (const auto& [action, menu] : pairs) {
        auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(action));
        if (!button) {
            continue;
        }
        // Press and hold, like a browser; a click still goes one step.
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

QString UserDataUi::titleOf(const std::string& id) const {
    const auto summary = m_content.summary(id);
    return summary ? QString::fromStdString(summary->title) : QString::fromStdString(id);
}

void UserDataUi::articleShown(const QString& id) {
    m_currentId = id;
    updateBookmarkAction();
    if (keepsHistory() && !m_userData->readOnly()) {
        m_userData->recordVisit(id);
    }
}

void UserDataUi::updateBookmarkAction() {
    const bool bookmarked = !m_currentId.isEmpty() && m_userData->isBookmarked(m_currentId);
    const QSignalBlocker blocker(m_bookmarkAction);
    m_bookmarkAction->setChecked(bookmarked);
    if (m_userData->readOnly()) {
        m_bookmarkAction->setEnabled(false);
        m_bookmarkAction->setToolTip(tr("Bookmarks cannot be changed: %1").arg(m_userData->readOnlyReason()));
        return;
    }
    m_bookmarkAction->setEnabled(!m_currentId.isEmpty());
    m_bookmarkAction->setToolTip(bookmarked ? tr("Remove the bookmark on this article (Ctrl+D)")
                                            : tr("Bookmark this article (Ctrl+D)"));
}

void UserDataUi::toggleBookmark(bool on) {
    if (m_currentId.isEmpty()) {
        return;
    }
    const QString title = titleOf(m_currentId.toStdString());
    const bool done = on ? m_userData->addBookmark(m_currentId, title) : m_userData->removeBookmark(m_currentId);
    if (done) {
        showStatus(on ? tr("Bookmarked \"%1\".").arg(title) : tr("Removed the bookmark on \"%1\".").arg(title));
    }
    // On failure the star goes back to what the store says.
    updateBookmarkAction();
}

void UserDataUi::setKeepNoHistory(bool keepNone) {
    QSettings().setValue(keepNoHistoryKey(), keepNone);
    if (keepNone) {
        clearHistory();
        showStatus(tr("History cleared; Carebook will keep none."));
    } else {
        showStatus(tr("Carebook will keep the history of what you read."));
    }
}

void UserDataUi::clearHistory() {
    if (m_userData->readOnly() || m_userData->clearHistory()) {
        m_window.clearNavigationHistory();
        showStatus(tr("History cleared."));
    }
}

void UserDataUi::showStatus(const QString& message) {
    m_lastMessage = message;
    m_window.statusBar()->showMessage(message, 8000);
}

void UserDataUi::showProblem(const QString& message) {
    m_lastMessage = message;
    m_window.statusBar()->showMessage(message, 15000);
    if (m_problemShown) {
        return;
    }
    m_problemShown = true;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Carebook"), message, QMessageBox::Ok, &m_window);
    box->setTextFormat(Qt::PlainText); // the message may quote an imported file
    box->setObjectName(QStringLiteral("userDataProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal and non-blocking: the app goes on working behind it
}

void UserDataUi::showOpeningNotice() {
    auto* box = new QMessageBox(m_userData->readOnly() ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Carebook"), m_userData->openingNotice(), QMessageBox::Ok, &m_window);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("userDataNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_window.statusBar()->showMessage(m_userData->openingNotice(), 15000);
}

} // namespace carebook::app
