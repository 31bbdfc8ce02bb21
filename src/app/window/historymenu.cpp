// SPDX-License-Identifier: MIT
#include "app/window/historymenu.h"

#include "app/userdata/bookmarkspane.h"
#include "core/content/store.h"
#include "app/window/history.h"
#include "app/userdata/userdata.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QListView>
#include <QPalette>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace carebook::app {

HistoryModel::HistoryModel(UserData& userData, const ContentStore& content, QObject* parent)
    : QAbstractListModel(parent), m_userData(userData), m_content(content) {
    reload();
    connect(&m_userData, &UserData::historyChanged, this, &HistoryModel::reload);
}

void HistoryModel::reload() {
    beginResetModel();
    m_rows.clear();
    for (auto& entry : m_userData.history()) {
        const auto summary = m_content.summary(entry.articleId);
        m_rows.push_back({std::move(entry), summary ? QString::fromStdString(summary->title) : QString()});
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& [entry, title] = m_rows[static_cast<std::size_t>(index.row())];
    const bool missing = title.isEmpty();
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(entry.visitedAt), QLocale::ShortFormat);
        return missing ? QStringLiteral("%1 (%2) — %3")
                             .arg(QString::fromStdString(entry.articleId), missingArticleText(), when)
                       : QStringLiteral("%1 — %2").arg(title, when);
    }
    case Qt::ForegroundRole:
        return missing ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case ArticleIdRole:
        return QString::fromStdString(entry.articleId);
    case MissingRole:
        return missing;
    default:
        return {};
    }
}

HistoryPane::HistoryPane(UserData& userData, const ContentStore& content, QAction* clearAction,
                         QAction* keepNoneAction, QWidget* parent)
    : QWidget(parent) {
    m_model = new HistoryModel(userData, content, this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);

    // Buttons over the same actions as the History menu, so both always agree.
    auto* clearButton = new QToolButton(this);
    clearButton->setDefaultAction(clearAction);
    clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* keepNoneButton = new QToolButton(this);
    keepNoneButton->setDefaultAction(keepNoneAction);
    keepNoneButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(clearButton);
    buttons->addWidget(keepNoneButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(MissingRole).toBool()) {
            Q_EMIT articleRequested(index.data(ArticleIdRole).toString());
        }
    });
}

BackForwardMenu::BackForwardMenu(Direction direction, const NavigationHistory& history, TitleLookup title,
                                 QWidget* parent)
    : QMenu(parent), m_direction(direction), m_history(history), m_title(std::move(title)) {
    connect(this, &QMenu::aboutToShow, this, &BackForwardMenu::rebuild);
}

void BackForwardMenu::rebuild() {
    clear();
    const auto& entries = m_history.entries();
    const int current = static_cast<int>(m_history.position());
    const int step = m_direction == Direction::Back ? -1 : 1;
    // A browser shows at most about fifteen; more is a scroll through things long gone.
    constexpr int kMaxEntries = 15;
    int shown = 0;
    for (int i = current + step; i >= 0 && i < static_cast<int>(entries.size()) && shown < kMaxEntries; i += step) {
        auto* action = addAction(m_title(entries[static_cast<std::size_t>(i)]));
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, i] { Q_EMIT positionChosen(i); });
        ++shown;
    }
}

} // namespace carebook::app
