// SPDX-License-Identifier: MIT
#pragma once

#include "core/user/user_store.h"

#include <QAbstractListModel>
#include <QMenu>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QListView;
class QPushButton;

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class NavigationHistory;
class UserData;

// The reading history kept in the user store, newest first: title and when.
class HistoryModel final : public QAbstractListModel {
    Q_OBJECT
public:
    HistoryModel(UserData& userData, const ContentStore& content, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void reload();

private:
    UserData& m_userData;
    const ContentStore& m_content;
    struct Row {
        HistoryEntry entry;
        QString title; // empty when the article is not in this edition
    };
    std::vector<Row> m_rows; // titles looked up once per reload, not on every paint
};

// The History pane: the list (activate to open), "Clear history" and "Keep no history".
class HistoryPane final : public QWidget {
    Q_OBJECT
public:
    HistoryPane(UserData& userData, const ContentStore& content, QAction* clearAction, QAction* keepNoneAction,
                QWidget* parent = nullptr);
    QListView* view() const { return m_view; }
    HistoryModel* model() const { return m_model; }

Q_SIGNALS:
    void articleRequested(const QString& id);

private:
    HistoryModel* m_model = nullptr;
    QListView* m_view = nullptr;
};

// The list behind a Back or Forward button (long press or right click), like a web browser's: the
// entries of the session's back/forward history in that direction, nearest first.
class BackForwardMenu final : public QMenu {
    Q_OBJECT
public:
    enum class Direction { Back, Forward };
    using TitleLookup = std::function<QString(const std::string& id)>;

    BackForwardMenu(Direction direction, const NavigationHistory& history, TitleLookup title,
                    QWidget* parent = nullptr);
    // Fills the menu from the history as it is now (also done each time the menu is about to show).
    void rebuild();

Q_SIGNALS:
    // The index in NavigationHistory::entries() to go to.
    void positionChosen(int index);

private:
    Direction m_direction;
    const NavigationHistory& m_history;
    TitleLookup m_title;
};

} // namespace carebook::app
