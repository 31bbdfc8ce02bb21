// SPDX-License-Identifier: MIT
#include "app/userdata/userdataui.h"

#include "app/access/keyboard.h"

#include "app/userdata/bookmarkspane.h"
#include "core/content/store.h"
#include "app/window/historymenu.h"
#include "app/settings/settings.h"
#include "app/theme/thememanager.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace carebook::app {

namespace {

// Drawn rather than taken from the icon theme: themes differ (or are absent) between desktops, and
// the star must read the same everywhere, hollow when off and filled when on, in the theme's star
// colours (its outline at 3:1 or more on the toolbar, checked with the theme's other colours).
QPixmap starPixmap(int size, bool filled, const Theme& theme) {
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
    painter.setPen(QPen(theme.bookmarkStar, std::max(1.0, size / 12.0)));
    painter.setBrush(filled ? QBrush(theme.bookmarkFill) : Qt::NoBrush);
    painter.drawPath(path);
    return pixmap;
}

QIcon starIcon(const Theme& theme) {
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        icon.addPixmap(starPixmap(size, false, theme), QIcon::Normal, QIcon::Off);
        icon.addPixmap(starPixmap(size, true, theme), QIcon::Normal, QIcon::On);
    }
    return icon;
}

} // namespace

UserDataUi::UserDataUi(const ContentStore& content, std::unique_ptr<UserData> userData,
                       const NavigationHistory& history, QWidget* window)
    : QObject(window), m_window(window), m_content(content), m_userData(std::move(userData)) {
    m_userData->setParent(this);
    buildActions();
    buildPanes();
    buildMenus();
    buildBackForwardMenus(history);

    connect(m_userData.get(), &UserData::problem, this, &UserDataUi::showProblem);
    connect(m_userData.get(), &UserData::bookmarksChanged, this, &UserDataUi::updateBookmarkAction);

    if (m_userData->readOnly()) {
        m_readOnlyLabel = new QLabel(tr("Your data is read-only"), m_window);
        m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
        m_readOnlyLabel->setToolTip(plainTextToolTip(m_userData->readOnlyReason()));
    }
    if (!m_userData->openingNotice().isEmpty()) {
        m_lastMessage = m_userData->openingNotice();
        // After the window is up: a box before the window would have nothing to sit on.
        QTimer::singleShot(0, this, &UserDataUi::showOpeningNotice);
    }
}

UserDataUi::~UserDataUi() = default;

bool UserDataUi::keepsHistory() const { return !Settings::get(settings::keepNoHistory); }

void UserDataUi::buildActions() {
    m_bookmarkAction = new QAction(starIcon(ThemeManager::current()), tr("Bookmark"), this);
    connect(&ThemeManager::instance(), &ThemeManager::themeChanged, m_bookmarkAction,
            [action = m_bookmarkAction](const Theme& theme) { action->setIcon(starIcon(theme)); });
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
    // The docks now, for the menus and the saved window layout; the panes in them (tables over the
    // person's data) when a dock is first shown: all three are hidden at start, so building them then
    // would be start-up work for nothing.
    auto makeDock = [this](const QString& title, const char* name, QKeySequence shortcut) {
        auto* dock = new QDockWidget(title, m_window);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
        dock->toggleViewAction()->setShortcut(shortcut);
        return dock;
    };
    m_bookmarksDock = makeDock(tr("Bookmarks"), "bookmarksDock", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_historyDock = makeDock(tr("History"), "historyDock", QKeySequence(Qt::CTRL | Qt::Key_H));
    m_sheetsDock = makeDock(tr("Saved sheets"), "savedSheetsDock", QKeySequence(Qt::CTRL | Qt::Key_J));
    const std::pair<QDockWidget*, void (UserDataUi::*)()> builders[] = {
        {m_bookmarksDock, &UserDataUi::buildBookmarksPane},
        {m_historyDock, &UserDataUi::buildHistoryPane},
        {m_sheetsDock, &UserDataUi::buildSheetsPane}};
    for (const auto& [dock, build] : builders) {
        connect(dock, &QDockWidget::visibilityChanged, this, [this, build = build](bool visible) {
            if (visible) {
                (this->*build)();
            }
        });
        // Showing a pane from the menu brings its tab to the front and puts the keyboard in its list.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [this, dock = dock, build = build](bool shown) {
            if (shown) {
                (this->*build)();
                dock->raise();
                dock->widget()->setFocus();
            }
        });
    }
    connect(m_exportAction, &QAction::triggered, this, [this] { bookmarksPane()->exportWithDialog(); });
    connect(m_importAction, &QAction::triggered, this, [this] { bookmarksPane()->importWithDialog(); });
}

void UserDataUi::preparePane(QWidget* pane, QAbstractItemView* list, const QString& name) {
    // The pane's list takes the focus given to the pane (the shortcuts, the dock's tab).
    pane->setFocusProxy(list);
    markFirstRowOnFocus(list);
    // A screen reader names each list by its pane ("Bookmarks, table"), not "table".
    list->setAccessibleName(name);
}

void UserDataUi::buildBookmarksPane() {
    if (m_bookmarksPane) {
        return;
    }
    m_bookmarksPane = new BookmarksPane(*m_userData, m_content);
    connect(m_bookmarksPane, &BookmarksPane::articleRequested, this, &UserDataUi::articleRequested);
    connect(m_bookmarksPane, &BookmarksPane::message, this, &UserDataUi::showStatus);
    preparePane(m_bookmarksPane, m_bookmarksPane->view(), tr("Bookmarks"));
    m_bookmarksDock->setWidget(m_bookmarksPane);
}

void UserDataUi::buildHistoryPane() {
    if (m_historyPane) {
        return;
    }
    m_historyPane = new HistoryPane(*m_userData, m_content, m_clearHistoryAction, m_keepNoHistoryAction);
    connect(m_historyPane, &HistoryPane::articleRequested, this, &UserDataUi::articleRequested);
    preparePane(m_historyPane, m_historyPane->view(), tr("History"));
    m_historyDock->setWidget(m_historyPane);
}

void UserDataUi::buildSheetsPane() {
    if (m_sheetsPane) {
        return;
    }
    m_sheetsPane = new SavedSheetsPane(*m_userData, m_content);
    connect(m_sheetsPane, &SavedSheetsPane::sheetRequested, this, &UserDataUi::sheetOpenRequested);
    preparePane(m_sheetsPane, m_sheetsPane->view(), tr("Saved sheets"));
    m_sheetsDock->setWidget(m_sheetsPane);
}

BookmarksPane* UserDataUi::bookmarksPane() {
    buildBookmarksPane();
    return m_bookmarksPane;
}

HistoryPane* UserDataUi::historyPane() {
    buildHistoryPane();
    return m_historyPane;
}

SavedSheetsPane* UserDataUi::sheetsPane() {
    buildSheetsPane();
    return m_sheetsPane;
}

void UserDataUi::buildMenus() {
    m_bookmarksMenu = new QMenu(tr("&Bookmarks"), m_window);
    m_bookmarksMenu->addAction(m_bookmarkAction);
    m_bookmarksMenu->addAction(m_bookmarksDock->toggleViewAction());
    m_bookmarksMenu->addAction(m_sheetsDock->toggleViewAction());
    m_bookmarksMenu->addSeparator();
    m_bookmarksMenu->addAction(m_exportAction);
    m_bookmarksMenu->addAction(m_importAction);

    m_historyMenu = new QMenu(tr("Hi&story"), m_window);
    m_historyMenu->addAction(m_historyDock->toggleViewAction());
    m_historyMenu->addSeparator();
    m_historyMenu->addAction(m_clearHistoryAction);
    m_historyMenu->addAction(m_keepNoHistoryAction);
    updateBookmarkAction();
}

void UserDataUi::buildBackForwardMenus(const NavigationHistory& history) {
    auto title = [this](const std::string& id) { return titleOf(id); };
    m_backMenu = new BackForwardMenu(BackForwardMenu::Direction::Back, history, title, m_window);
    m_forwardMenu = new BackForwardMenu(BackForwardMenu::Direction::Forward, history, title, m_window);
    for (auto* menu : {m_backMenu, m_forwardMenu}) {
        connect(menu, &BackForwardMenu::positionChosen, this,
                [this](int index) { Q_EMIT historyPositionRequested(static_cast<std::size_t>(index)); });
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
    Settings::set(settings::keepNoHistory, keepNone);
    if (keepNone) {
        clearHistory();
        showStatus(tr("History cleared; Carebook will keep none."));
    } else {
        showStatus(tr("Carebook will keep the history of what you read."));
    }
}

void UserDataUi::clearHistory() {
    if (m_userData->readOnly() || m_userData->clearHistory()) {
        Q_EMIT navigationHistoryCleared();
        showStatus(tr("History cleared."));
    }
}

void UserDataUi::showStatus(const QString& message) {
    m_lastMessage = message;
    Q_EMIT statusMessage(message, 8000);
}

void UserDataUi::showProblem(const QString& message) {
    m_lastMessage = message;
    Q_EMIT statusMessage(message, 15000);
    if (m_problemShown) {
        return;
    }
    m_problemShown = true;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Carebook"), message, QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText); // the message may quote an imported file
    box->setObjectName(QStringLiteral("userDataProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal and non-blocking: the app goes on working behind it
}

void UserDataUi::showOpeningNotice() {
    auto* box = new QMessageBox(m_userData->readOnly() ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Carebook"), m_userData->openingNotice(), QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("userDataNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT statusMessage(m_userData->openingNotice(), 15000);
}

} // namespace carebook::app
