// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTextCursor>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace carebook::app {

// Find in page: a bar over the article that finds text in the document on screen.
//
// Ctrl+F opens it (the field gets the focus, its text selected); typing finds as you type, case
// ignored, and every match is marked with the current one selected and scrolled to; "3 of 7" or
// "Not found" says where you are (a screen reader hears "Not found in this article"). Enter / F3 go
// to the next match, Shift+Enter / Shift+F3 to the previous one (both wrap around). Esc, in the bar
// or the article, closes it, takes the marks away and puts the focus in the article at the match
// (Tab goes on from there to the next link). A new article (or the same one re-laid out for another
// theme or text size) is searched again for the same text.
//
// Ctrl+K stays the global search (SearchPanel); this only looks inside the article on screen.
class FindBar final : public QWidget {
    Q_OBJECT
public:
    // Finds in `view`'s document; the bar is hidden until opened.
    explicit FindBar(QTextEdit* view, QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    QLabel* statusLabel() const { return m_status; }
    QToolButton* nextButton() const { return m_next; }
    QToolButton* previousButton() const { return m_previous; }
    QToolButton* closeButton() const { return m_close; }
    // For the window's menus: Find in article (Ctrl+F), Find next (F3), Find previous (Shift+F3).
    QAction* findAction() const { return m_findAction; }
    QAction* findNextAction() const { return m_findNextAction; }
    QAction* findPreviousAction() const { return m_findPreviousAction; }

    int matchCount() const { return static_cast<int>(m_matches.size()); }
    // The selected match, counted from 0; -1 when there is none.
    int currentMatch() const { return m_current; }
    // The text of the selected match in the document (null when there is none).
    QTextCursor currentMatchCursor() const { return m_current < 0 ? QTextCursor() : m_matches[m_current]; }
    // The status as shown: "3 of 7", "Not found", or empty.
    QString statusText() const;

    // Shows the bar and puts the focus in its field.
    void openBar();
    // Hides the bar, takes the marks away and puts the focus in the article.
    void closeBar();
    void findNext();
    void findPrevious();
    // Another article is on screen: the next search of it starts at its top, not at the old place.
    void startFromTop() { m_place = 0; }

    // More matches than this are not marked (nor counted): a one-letter search of a long article
    // must not slow the window down.
    static constexpr int kMaxMatches = 1000;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Finds every match again; keeps the place (the first match at or after the current one).
    void refresh();
    void step(int delta);
    void select(int index);
    void mark();
    void updateStatus();

    QTextEdit* m_view;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_close = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_findNextAction = nullptr;
    QAction* m_findPreviousAction = nullptr;
    QAction* m_closeAction = nullptr;
    QList<QTextCursor> m_matches;
    int m_current = -1;
    int m_place = 0; // where the current match starts, kept while the document is re-laid out
    bool m_open = false;
};

} // namespace carebook::app
