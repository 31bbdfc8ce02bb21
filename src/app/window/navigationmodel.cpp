// SPDX-License-Identifier: MIT
#include "app/window/navigationmodel.h"

#include "app/settings/language.h"

namespace carebook::app {

NavigationModel::NavigationModel(const ContentStore& store, QObject* parent) : QAbstractItemModel(parent) {
    for (const auto kind : kAllKinds) {
        auto articles = store.list(kind);
        if (!articles.empty()) {
            m_groups.push_back({kind, std::move(articles)});
        }
    }
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, 0, quintptr{0}) : QModelIndex();
    }
    if (parent.internalId() != 0) {
        return {};
    }
    const auto& group = m_groups[static_cast<std::size_t>(parent.row())];
    return row < static_cast<int>(group.articles.size())
               ? createIndex(row, 0, static_cast<quintptr>(parent.row()) + 1)
               : QModelIndex();
}

QModelIndex NavigationModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr{0});
}

int NavigationModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != 0) {
        return 0;
    }
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].articles.size());
}

int NavigationModel::columnCount(const QModelIndex& /*parent*/) const { return 1; }

QVariant NavigationModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == 0) {
        const auto& group = m_groups[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole) {
            return articleKindTitle(group.kind);
        }
        if (role == KindRole) {
            return QString::fromUtf8(kindName(group.kind).data(), static_cast<qsizetype>(kindName(group.kind).size()));
        }
        return {};
    }
    const auto& article = m_groups[index.internalId() - 1].articles[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(article.title);
    case Qt::ToolTipRole:
    case SummaryRole:
        return QString::fromStdString(article.summary);
    case ArticleIdRole:
        return QString::fromStdString(article.id);
    case KindRole:
        return QString::fromUtf8(kindName(article.kind).data(), static_cast<qsizetype>(kindName(article.kind).size()));
    default:
        return {};
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // Group headings only expand; articles are what gets selected.
    return index.internalId() == 0 ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

QModelIndex NavigationModel::indexOfArticle(const QString& id) const {
    const std::string wanted = id.toStdString();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto& articles = m_groups[g].articles;
        for (std::size_t row = 0; row < articles.size(); ++row) {
            if (articles[row].id == wanted) {
                return createIndex(static_cast<int>(row), 0, static_cast<quintptr>(g) + 1);
            }
        }
    }
    return {};
}

} // namespace carebook::app
