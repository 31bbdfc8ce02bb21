// SPDX-License-Identifier: MIT
#pragma once

#include "core/search/searcher.h"

#include <QAbstractListModel>
#include <QStringList>

namespace carebook::app {

// The hits of one search, one row each.
class SearchModel final : public QAbstractListModel {
    Q_OBJECT
public:
    // Values feed Qt's int-based model API, hence a plain enum.
    enum Roles {
        ArticleIdRole = Qt::UserRole + 1,
        KindRole,        // the kind's label ("Remedy")
        SnippetRole,     // plain text
        SnippetHtmlRole, // escaped HTML, matched words in <b>
        ShortSnippetHtmlRole, // the same, cut at a word to about three lines of a narrow list
        ScoreRole,
        FoodIdRole // a food's USDA number (its ArticleIdRole is empty); empty for an article
    };

    explicit SearchModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row at once (one reset, so views never see half a result).
    void setResult(const QString& query, const SearchResult& result);
    void clear();

    const QString& query() const { return m_query; }
    const SearchResult& result() const { return m_result; }
    // The words to highlight in an article opened from these results.
    QStringList terms() const;

private:
    // The articles' rows, then the foods'.
    const SearchHit* hitAt(int row) const;

    QString m_query;
    SearchResult m_result;
};

// A kind as a singular label for one result ("Symptom", "Remedy" …).
QString kindSingularLabel(ArticleKind kind);

} // namespace carebook::app
