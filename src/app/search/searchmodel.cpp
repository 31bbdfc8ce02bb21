// SPDX-License-Identifier: MIT
#include "app/search/searchmodel.h"

namespace carebook::app {

namespace {

constexpr std::size_t kShortSnippetBytes = 180;

QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

QString snippetHtml(const SearchHit& hit) {
    QString html;
    std::size_t at = 0;
    const auto plain = [&](std::size_t from, std::size_t to) {
        html += fromUtf8(hit.snippet.substr(from, to - from)).toHtmlEscaped();
    };
    for (const auto& highlight : hit.highlights) {
        if (highlight.begin < at || highlight.end > hit.snippet.size() || highlight.begin >= highlight.end) {
            continue;
        }
        plain(at, highlight.begin);
        html += QStringLiteral("<b>");
        plain(highlight.begin, highlight.end);
        html += QStringLiteral("</b>");
        at = highlight.end;
    }
    plain(at, hit.snippet.size());
    return html;
}

} // namespace

QString kindSingularLabel(ArticleKind kind) {
    switch (kind) {
    case ArticleKind::Symptom:
        return SearchModel::tr("Symptom");
    case ArticleKind::Remedy:
        return SearchModel::tr("Remedy");
    case ArticleKind::Cause:
        return SearchModel::tr("Cause");
    case ArticleKind::Nutrient:
        return SearchModel::tr("Nutrient");
    case ArticleKind::Question:
        return SearchModel::tr("Question");
    case ArticleKind::Page:
        return SearchModel::tr("Page");
    }
    return {};
}

SearchModel::SearchModel(QObject* parent) : QAbstractListModel(parent) {}

int SearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_result.hits.size() + m_result.foods.size());
}

const SearchHit* SearchModel::hitAt(int row) const {
    if (row < 0) {
        return nullptr;
    }
    const auto at = static_cast<std::size_t>(row);
    if (at < m_result.hits.size()) {
        return &m_result.hits[at];
    }
    return at - m_result.hits.size() < m_result.foods.size() ? &m_result.foods[at - m_result.hits.size()] : nullptr;
}

QVariant SearchModel::data(const QModelIndex& index, int role) const {
    const SearchHit* found = index.isValid() ? hitAt(index.row()) : nullptr;
    if (!found) {
        return {};
    }
    const SearchHit& hit = *found;
    const bool food = hit.type == SearchHit::Type::Food;
    switch (role) {
    case Qt::DisplayRole:
        return fromUtf8(hit.title);
    case Qt::ToolTipRole:
    case SnippetRole:
        return fromUtf8(hit.snippet);
    case ArticleIdRole:
        return food ? QString() : fromUtf8(hit.id);
    case FoodIdRole:
        return food ? fromUtf8(hit.id) : QString();
    case KindRole:
        return food ? tr("Food") : kindSingularLabel(hit.kind);
    case SnippetHtmlRole:
        return snippetHtml(hit);
    case ShortSnippetHtmlRole:
        return snippetHtml(shortenedSnippet(hit, kShortSnippetBytes));
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(KindRole, "kind");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(ShortSnippetHtmlRole, "shortSnippetHtml");
    names.insert(ScoreRole, "score");
    names.insert(FoodIdRole, "foodId");
    return names;
}

void SearchModel::setResult(const QString& query, const SearchResult& result) {
    beginResetModel();
    m_query = query;
    m_result = result;
    endResetModel();
}

void SearchModel::clear() { setResult({}, {}); }

QStringList SearchModel::terms() const {
    QStringList out;
    for (const auto& term : m_result.terms) {
        out.append(fromUtf8(term));
    }
    return out;
}

} // namespace carebook::app
