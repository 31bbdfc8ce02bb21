// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"

#include <QAbstractItemModel>

#include <vector>

namespace carebook::app {

// The navigation tree: one group per article kind (Symptoms, Remedies, …), its articles below.
class NavigationModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    // Values feed Qt's int-based model API, hence a plain enum.
    enum Roles { ArticleIdRole = Qt::UserRole + 1, KindRole, SummaryRole };

    explicit NavigationModel(const ContentStore& store, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The index of an article, or an invalid index when it is not listed.
    QModelIndex indexOfArticle(const QString& id) const;

private:
    struct Group {
        ArticleKind kind;
        std::vector<ArticleSummary> articles;
    };
    // internalId 0 marks a group row; otherwise it is the group's position + 1.
    std::vector<Group> m_groups;
};

} // namespace carebook::app
