// SPDX-License-Identifier: MIT
#include "app/search/searchpanel.h"

#include "app/settings/language.h"
#include "app/settings/settings.h"
#include "app/theme/thememanager.h"

#include "app/search/searchmodel.h"
#include "app/search/searchworker.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QAccessible>
#include <QListView>
#include <QPainter>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace carebook::app {

namespace {

// One result: the title in bold with its kind, then the matched passage with the hit words bold.
class SearchResultDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        QTextDocument document;
        prepare(document, option, index);
        const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        painter->save();
        painter->translate(area.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), area.size()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        context.palette.setColor(QPalette::Text, option.palette.color(
                                                     selected ? QPalette::HighlightedText : QPalette::Text));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QTextDocument document;
        prepare(document, option, index);
        return {static_cast<int>(document.idealWidth()) + 2 * kMargin,
                static_cast<int>(document.size().height()) + 2 * kMargin};
    }

private:
    static constexpr int kMargin = 4;

    static void prepare(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index) {
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        const int width = option.rect.width() > 0 ? option.rect.width() - 2 * kMargin : 240;
        document.setTextWidth(width);
        const QString title = index.data(Qt::DisplayRole).toString().toHtmlEscaped();
        const QString kind = index.data(SearchModel::KindRole).toString().toHtmlEscaped();
        QString snippet = index.data(SearchModel::SnippetHtmlRole).toString();
        document.setHtml(QStringLiteral("<div><b>%1</b> <span style=\"font-size:small\">· %2</span></div>"
                                        "<div style=\"font-size:small\">%3</div>")
                             .arg(title, kind, snippet));
        // At most four lines of passage: a long body passage must not make one result fill the list.
        const qreal lineHeight = QFontMetricsF(option.font).lineSpacing();
        if (document.size().height() > 5.5 * lineHeight) {
            // Cut in the text, at a word, before it becomes HTML: never inside a tag or an entity.
            snippet = index.data(SearchModel::ShortSnippetHtmlRole).toString();
            document.setHtml(QStringLiteral("<div><b>%1</b> <span style=\"font-size:small\">· %2</span></div>"
                                            "<div style=\"font-size:small\">%3</div>")
                                 .arg(title, kind, snippet));
        }
    }
};

QString escapeForLink(const QString& text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

SearchPanel::SearchPanel(ContentStore& store, QWidget* navigation, QWidget* parent)
    : QWidget(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)) {
    setObjectName(QStringLiteral("searchPanel"));
    buildField();
    buildKindRow();
    buildResults(navigation);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_kindRow);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    m_focusAction = new QAction(tr("&Search…"), this);
    // Ctrl+K only: Ctrl+F is find in the article on screen (the window's find bar).
    m_focusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_focusAction->setShortcutContext(Qt::WindowShortcut);
    m_focusAction->setToolTip(tr("Search every article (Ctrl+K)"));
    connect(m_focusAction, &QAction::triggered, this, [this] {
        m_field->setFocus(Qt::ShortcutFocusReason);
        m_field->selectAll();
    });
    addAction(m_focusAction);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::startSearch);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::textChanged);

    startWorker(store);
}

void SearchPanel::buildField() {
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search, e.g. cramp, ice or heat (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_status->setContentsMargins(4, 2, 4, 2);
    m_status->hide();
    connect(m_status, &QLabel::linkActivated, this, &SearchPanel::followStatusLink);
}

void SearchPanel::buildKindRow() {
    // Which results: every kind, one kind of article, or foods. Shown with the results only.
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("searchKind"));
    m_kindBox->addItem(tr("Everything"), QString());
    for (const ArticleKind kind : kAllKinds) {
        m_kindBox->addItem(articleKindTitle(kind),
                           QString::fromUtf8(kindName(kind).data(), static_cast<qsizetype>(kindName(kind).size())));
    }
    m_kindBox->addItem(tr("Foods"), QStringLiteral("food"));
    m_kindBox->setAccessibleName(tr("Show results of this kind"));
    if (const int saved = m_kindBox->findData(Settings::get(settings::searchKind)); saved > 0) {
        m_kindBox->setCurrentIndex(saved);
    }
    auto* kindLabelWidget = new QLabel(tr("Sho&w:"), this);
    kindLabelWidget->setBuddy(m_kindBox);
    m_kindRow = new QWidget(this);
    auto* kindLayout = new QHBoxLayout(m_kindRow);
    kindLayout->setContentsMargins(4, 0, 0, 0);
    kindLayout->addWidget(kindLabelWidget);
    kindLayout->addWidget(m_kindBox, 1);
    m_kindRow->hide();
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        Settings::set(settings::searchKind, currentKind());
        if (!m_field->text().trimmed().isEmpty()) {
            m_debounce->stop();
            startSearch();
        }
    });
}

void SearchPanel::buildResults(QWidget* navigation) {
    m_model = new SearchModel(this);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAccessibleName(tr("Search results"));
    m_results->installEventFilter(this);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    // The results grow with the article and the red flags (View ▸ Text size).
    ThemeManager::scaleFontWithText(m_results);
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex& index) { openRow(index.row()); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(navigation);
    m_stack->addWidget(m_results);
}

void SearchPanel::startWorker(ContentStore& store) {
    m_worker = new SearchWorker(searchConnectionOpener(store), m_latest);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SearchWorker::finished, this, &SearchPanel::acceptResult);
    connect(m_worker, &SearchWorker::failed, this, &SearchPanel::acceptFailure);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchPanel::~SearchPanel() {
    m_latest->store(0); // queued requests are skipped
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished; nothing else can touch it now
}

bool SearchPanel::showsResults() const { return m_stack->currentWidget() == m_results; }

void SearchPanel::textChanged(const QString& text) {
    if (text.trimmed().isEmpty()) {
        m_debounce->stop();
        ++m_generation;
        m_latest->store(m_generation); // any answer in flight is now stale
        m_pendingText.clear();
        m_openWhenReady = false;
        m_model->clear();
        m_status->hide();
        m_kindRow->hide();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentWidget(m_results);
    m_kindRow->show();
    m_debounce->start();
}

void SearchPanel::setQuery(const QString& text) {
    const QSignalBlocker blocker(m_field);
    m_field->setText(text);
    textChanged(text);
    if (!text.trimmed().isEmpty()) {
        m_debounce->stop();
        startSearch();
    }
}

void SearchPanel::clearSearch() { m_field->clear(); }

void SearchPanel::startSearch() {
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_pendingText = text;
    m_pendingKind = currentKind();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, text, kind = m_pendingKind] { worker->search(generation, text, kResultLimit, kind); },
        Qt::QueuedConnection);
}

void SearchPanel::acceptResult(quint64 generation, const QString& text, const carebook::SearchResult& result) {
    if (generation != m_generation) {
        return; // an answer to an older search: the person has typed since
    }
    m_answeredKind = m_pendingKind; // only the latest search's answer gets here
    m_model->setResult(text, result);
    if (m_model->rowCount() > 0) {
        m_results->setCurrentIndex(m_model->index(0, 0));
        m_results->scrollToTop();
    }
    updateStatus();
    if (m_openWhenReady) {
        m_openWhenReady = false;
        openCurrent();
    }
}

void SearchPanel::acceptFailure(quint64 generation, const QString& /*text*/, const QString& message) {
    if (generation != m_generation) {
        return;
    }
    m_model->clear();
    m_openWhenReady = false;
    m_status->setText(tr("Search is not available: %1").arg(message.toHtmlEscaped()));
    m_status->show();
}

void SearchPanel::updateStatus() {
    const auto& result = m_model->result();
    const QString suggestion = QString::fromStdString(result.didYouMean);
    const QString link = QStringLiteral("<a href=\"search:%1\">%2</a>")
                             .arg(escapeForLink(suggestion), suggestion.toHtmlEscaped());
    QString text;
    const QString query = m_model->query().toHtmlEscaped();
    if (m_answeredKind == QLatin1String("food")) {
        if (result.foods.empty()) {
            text = tr("No food is named “%1”. Try one word of its name, such as “banana” or “salmon”.").arg(query);
        }
    } else if (result.hits.empty() && !result.foods.empty()) {
        text = tr("No articles match “%1”; these foods are named by it.").arg(query);
    } else if (result.hits.empty()) {
        text = m_answeredKind.isEmpty() ? tr("No articles match “%1”.").arg(query)
                                        : tr("No %1 match “%2”.").arg(m_kindBox->currentText().toLower(), query);
        text += suggestion.isEmpty() ? QStringLiteral(" ") + tr("Try fewer or simpler words, such as “cramp” or “ice”.")
                                     : QStringLiteral(" ") + tr("Did you mean %1?").arg(link);
    } else if (result.correctionApplied) {
        text = tr("Showing results for %1.").arg(link);
    } else if (!result.allWordsMatched) {
        text = tr("No article has every word; these have some of them.");
        if (!suggestion.isEmpty()) {
            text += QStringLiteral(" ") + tr("Did you mean %1?").arg(link);
        }
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    announceResults();
}

void SearchPanel::announceResults() {
    // For screen readers, as the answer arrives: how many, and the first one, on the results list's
    // description (read with the list) and as an event (read at once by Orca and NVDA).
    const auto& result = m_model->result();
    const bool foods = m_answeredKind == QLatin1String("food") || result.hits.empty();
    const auto& shown = foods ? result.foods : result.hits;
    const int count = static_cast<int>(shown.size());
    const QString announcement =
        count == 0 ? tr("No results")
                   : tr("%n result(s); the first is %1", nullptr, count).arg(QString::fromStdString(shown.front().title));
    m_results->setAccessibleDescription(announcement);
    QAccessibleEvent event(m_results, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QString SearchPanel::currentKind() const { return m_kindBox->currentData().toString(); }

void SearchPanel::followStatusLink(const QString& link) {
    if (link.startsWith(QLatin1String("search:"))) {
        setQuery(QUrl::fromPercentEncoding(link.mid(7).toLatin1()));
        m_field->setFocus();
    }
}

void SearchPanel::moveSelection(int delta) {
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    m_results->setCurrentIndex(m_model->index(next, 0));
    m_results->scrollTo(m_model->index(next, 0));
}

void SearchPanel::openCurrent() {
    if (m_field->text().trimmed().isEmpty()) {
        return;
    }
    const bool answered = !m_debounce->isActive() && m_model->query() == m_field->text() &&
                          m_pendingText == m_field->text() && m_answeredKind == currentKind();
    if (!answered) {
        // The answer for this text is not in yet: open its first result when it comes.
        m_openWhenReady = true;
        if (m_debounce->isActive() || m_pendingText != m_field->text()) {
            m_debounce->stop();
            startSearch();
        }
        return;
    }
    const QModelIndex current = m_results->currentIndex();
    openRow(current.isValid() ? current.row() : 0);
}

void SearchPanel::openRow(int row) {
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid()) {
        return;
    }
    m_results->setCurrentIndex(index);
    if (const QString food = index.data(SearchModel::FoodIdRole).toString(); !food.isEmpty()) {
        Q_EMIT foodRequested(food);
        return;
    }
    Q_EMIT articleRequested(index.data(SearchModel::ArticleIdRole).toString(), m_model->terms());
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || (watched != m_field && watched != m_results)) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (watched == m_field && showsResults()) {
            moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        break;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (watched == m_field && showsResults()) {
            moveSelection(key->key() == Qt::Key_PageDown ? 5 : -5);
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openCurrent();
        return true;
    case Qt::Key_Escape:
        if (!m_field->text().isEmpty()) {
            clearSearch();
            m_field->setFocus();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void highlightSearchTerms(QTextEdit* view, const QStringList& terms) {
    // Clear the highlights whenever the view gets another document (the next article).
    static const char* const kConnected = "carebookSearchHighlightConnected";
    if (!view->property(kConnected).toBool()) {
        view->setProperty(kConnected, true);
        QObject::connect(view, &QTextEdit::textChanged, view, [view] { view->setExtraSelections({}); });
    }
    QStringList stems;
    for (const QString& term : terms) {
        QString stem = term;
        // A crude stem so "cramps" also marks "cramp" and "cramping" (the index matches them all).
        for (const auto* suffix : {"ing", "es", "ed", "s"}) {
            if (stem.size() > 4 && stem.endsWith(QLatin1String(suffix))) {
                stem.chop(static_cast<qsizetype>(qstrlen(suffix)));
                break;
            }
        }
        if (stem.size() >= 2) {
            // A phrase's words may be separated by any spaces or punctuation in the article.
            QStringList words = stem.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (auto& word : words) {
                word = QRegularExpression::escape(word);
            }
            stems.append(words.join(QStringLiteral("\\W+")));
        }
    }
    // Longest first: the regular expression takes the first alternative that matches, and "ice pack"
    // must win over "ice".
    std::stable_sort(stems.begin(), stems.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QList<QTextEdit::ExtraSelection> selections;
    if (!stems.isEmpty()) {
        const QRegularExpression words(QStringLiteral("\\b(?:%1)\\w*").arg(stems.join(QLatin1Char('|'))),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
        QTextCharFormat format;
        const auto& highlight = ThemeManager::current().termHighlight;
        format.setBackground(highlight.background);
        format.setForeground(highlight.text);
        QTextCursor cursor(view->document());
        while (true) {
            cursor = view->document()->find(words, cursor);
            if (cursor.isNull() || !cursor.hasSelection()) {
                break;
            }
            selections.append({cursor, format});
        }
    }
    view->setExtraSelections(selections);
    if (!selections.isEmpty()) {
        QTextCursor first = selections.front().cursor;
        first.clearSelection();
        view->setTextCursor(first);
        view->ensureCursorVisible();
    }
}

} // namespace carebook::app
