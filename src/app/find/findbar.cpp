// SPDX-License-Identifier: MIT
#include "app/find/findbar.h"

#include "app/theme/thememanager.h"

#include <QAccessible>
#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace carebook::app {

namespace {

QToolButton* makeButton(QWidget* parent, const QString& objectName, const QString& text, const QString& toolTip) {
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setAccessibleDescription(toolTip);
    button->setFocusPolicy(Qt::TabFocus);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QTextEdit* view, QWidget* parent) : QWidget(parent), m_view(view) {
    setObjectName(QStringLiteral("findBar"));
    auto* label = new QLabel(tr("Find:"), this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in this article"));
    m_field->setPlaceholderText(tr("Word or phrase"));
    m_field->installEventFilter(this);
    label->setBuddy(m_field);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    // Wide enough for "Not found" and "12 of 34", so the field does not jump as you type.
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("Not found")) + 8);
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * 14);

    m_previous = makeButton(this, QStringLiteral("findPrevious"), tr("Previous"),
                            tr("Previous match (Shift+Enter or Shift+F3)"));
    m_next = makeButton(this, QStringLiteral("findNext"), tr("Next"), tr("Next match (Enter or F3)"));
    m_close = makeButton(this, QStringLiteral("findClose"), tr("Close"), tr("Close the find bar (Esc)"));
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeBar);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    setTabOrder(m_field, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_close);

    m_findAction = new QAction(tr("&Find in article…"), this);
    m_findAction->setObjectName(QStringLiteral("findInArticleAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setToolTip(tr("Find a word in the article on screen (Ctrl+F)"));
    connect(m_findAction, &QAction::triggered, this, &FindBar::openBar);
    m_findNextAction = new QAction(tr("Find &next"), this);
    m_findNextAction->setObjectName(QStringLiteral("findNextAction"));
    m_findNextAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_findNextAction, &QAction::triggered, this, &FindBar::findNext);
    m_findPreviousAction = new QAction(tr("Find pre&vious"), this);
    m_findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    m_findPreviousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_findPreviousAction, &QAction::triggered, this, &FindBar::findPrevious);
    // The window's shortcuts work from anywhere in it: the article view is always on screen.
    for (auto* action : {m_findAction, m_findNextAction, m_findPreviousAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        m_view->addAction(action);
    }
    // Esc closes the bar from the bar or the article; elsewhere (the search field) Esc keeps its own job.
    m_closeAction = new QAction(tr("Close the find bar"), this);
    m_closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_closeAction->setEnabled(false);
    connect(m_closeAction, &QAction::triggered, this, &FindBar::closeBar);
    addAction(m_closeAction);
    m_view->addAction(m_closeAction);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    // Queued: another article (or a re-layout) is searched once it is in place, after whoever else
    // marks the new document (search-term highlights) has cleared its marks.
    connect(m_view, &QTextEdit::textChanged, this, [this] {
        if (m_open) {
            refresh();
        }
    }, Qt::QueuedConnection);
    hide();
}

QString FindBar::statusText() const {
    if (m_field->text().isEmpty()) {
        return {};
    }
    if (m_matches.isEmpty()) {
        return tr("Not found");
    }
    if (matchCount() >= kMaxMatches) {
        return tr("%1 of more than %2").arg(m_current + 1).arg(kMaxMatches - 1);
    }
    return tr("%1 of %2").arg(m_current + 1).arg(matchCount());
}

void FindBar::openBar() {
    m_open = true;
    m_closeAction->setEnabled(true);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    refresh();
}

void FindBar::closeBar() {
    m_open = false;
    m_closeAction->setEnabled(false);
    hide();
    m_view->setExtraSelections({});
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext() { step(+1); }

void FindBar::findPrevious() { step(-1); }

void FindBar::step(int delta) {
    if (!m_open) {
        openBar(); // F3 with the bar closed: back to the last search, and on from there
    }
    if (m_matches.isEmpty()) {
        return;
    }
    const int count = matchCount();
    select(m_current < 0 ? 0 : (m_current + delta + count) % count);
}

void FindBar::refresh() {
    m_matches.clear();
    m_current = -1;
    const QString text = m_field->text();
    if (!text.isEmpty()) {
        QTextDocument* document = m_view->document();
        QTextCursor cursor(document);
        while (matchCount() < kMaxMatches) {
            cursor = document->find(text, cursor); // no flags: case ignored, anywhere in a word
            if (cursor.isNull()) {
                break;
            }
            m_matches << cursor;
        }
    }
    if (m_matches.isEmpty()) {
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
        mark();
        updateStatus();
        return;
    }
    // Typing on keeps the match you are at when it still matches, else the next one down.
    int index = 0;
    while (index < matchCount() && m_matches[index].selectionStart() < m_place) {
        ++index;
    }
    select(index < matchCount() ? index : 0);
}

void FindBar::select(int index) {
    m_current = index;
    const QTextCursor& match = m_matches[index];
    m_place = match.selectionStart();
    // The view's cursor goes to the match without selecting it: a selection is painted in the
    // palette's colour over the marks, and would hide which match is the current one.
    QTextCursor at(m_view->document());
    at.setPosition(match.selectionEnd());
    m_view->setTextCursor(at);
    at.setPosition(match.selectionStart());
    m_view->setTextCursor(at);
    m_view->ensureCursorVisible();
    mark();
    updateStatus();
}

void FindBar::mark() {
    const Theme& theme = ThemeManager::current();
    QTextCharFormat every;
    every.setBackground(theme.termHighlight.background);
    every.setForeground(theme.termHighlight.text);
    // The match you are at stands out from the others: the selection colours, or, where the theme
    // marks both alike (High contrast: yellow), the page's own colours swapped.
    QTextCharFormat current;
    const bool alike = theme.highlight == theme.termHighlight.background;
    current.setBackground(alike ? theme.pageText : theme.highlight);
    current.setForeground(alike ? theme.pageBackground : theme.highlightedText);
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < matchCount(); ++i) {
        selections.append({m_matches[i], i == m_current ? current : every});
    }
    m_view->setExtraSelections(selections);
}

void FindBar::updateStatus() {
    const QString text = statusText();
    if (m_status->text() == text) {
        return;
    }
    m_status->setText(text);
    // A screen reader hears the whole sentence; the bar shows the short form to leave room for the field.
    m_status->setAccessibleName(m_matches.isEmpty() && !text.isEmpty() ? tr("Not found in this article") : text);
    // Said by a screen reader as it changes, without moving the focus out of the field.
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier) {
                findPrevious();
            } else {
                findNext();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace carebook::app
