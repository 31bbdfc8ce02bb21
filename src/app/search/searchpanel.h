// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"
#include "core/search/searcher.h"

#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTextEdit;
class QTimer;

namespace carebook::app {

class SearchModel;
class SearchWorker;

// The search field and its results, above the navigation.
//
// Results come as you type: the text is searched 150 ms after the last key, on a worker thread
// with its own read-only connection, so the window never waits for a search. Each search has a
// generation number; an answer for anything but the latest search is dropped, so a slow answer
// for "cr" can never replace the answer for "cramp". While the field is empty the navigation
// shows; otherwise the results do (title, kind, and the passage that matched, hit words in bold).
//
// Keys: Ctrl+K focuses the field (Ctrl+F is the window's find in page); Up and Down choose a result;
// Enter opens it (the first one if none is chosen, as soon as the answer for the text typed arrives);
// Esc clears the search.
// When nothing matches, a "did you mean" suggestion is offered as a link. While results show, a
// "Show" box above them keeps one kind (symptoms, remedies … or foods); its choice is kept.
class SearchPanel final : public QWidget {
    Q_OBJECT
public:
    // `navigation` is shown while no search is active; the panel takes it over as a child.
    SearchPanel(ContentStore& store, QWidget* navigation, QWidget* parent = nullptr);
    ~SearchPanel() override;

    QLineEdit* field() const { return m_field; }
    QListView* resultsView() const { return m_results; }
    SearchModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    // Every kind, one kind of article, or foods only (item data: "", "remedy" …, "food").
    QComboBox* kindBox() const { return m_kindBox; }
    // Ctrl+K: focus the search field (for a menu).
    QAction* focusAction() const { return m_focusAction; }
    bool showsResults() const;

    // Sets the text and searches it now, without the typing delay.
    void setQuery(const QString& text);
    // Opens the chosen result, or the first.
    void openCurrent();
    void clearSearch();

    static constexpr int kDebounceMs = 150;
    static constexpr int kResultLimit = 50;

    // The number of the latest search asked for (each search gets the next number).
    quint64 currentGeneration() const { return m_generation; }
    // Receives a worker's answer; anything but the answer to the latest search is ignored.
    void acceptResult(quint64 generation, const QString& text, const carebook::SearchResult& result);

Q_SIGNALS:
    // An article was chosen from the results; `terms` are the words to highlight in it.
    void articleRequested(const QString& id, const QStringList& terms);
    // A food result chosen: its USDA number, for the food finder to show.
    void foodRequested(const QString& usdaId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildField();
    void buildKindRow();
    void buildResults(QWidget* navigation);
    void startWorker(ContentStore& store);
    void textChanged(const QString& text);
    void startSearch();
    void acceptFailure(quint64 generation, const QString& text, const QString& message);
    void moveSelection(int delta);
    void openRow(int row);
    void updateStatus();
    void announceResults();
    void followStatusLink(const QString& link);
    QString currentKind() const;

    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_kindRow = nullptr;
    QComboBox* m_kindBox = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_results = nullptr;
    SearchModel* m_model = nullptr;
    QAction* m_focusAction = nullptr;
    QTimer* m_debounce = nullptr;

    QThread m_thread;
    SearchWorker* m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    QString m_pendingText;      // the text of the latest search asked for
    QString m_pendingKind;      // … and its kind filter
    QString m_answeredKind;     // the kind filter of the results shown
    bool m_openWhenReady = false; // Enter was pressed before the answer came
};

// Highlights, in an article view, every word that starts with one of `terms` (the words a search
// matched, lower case), and scrolls to the first. The highlights go when the view shows another
// document.
void highlightSearchTerms(QTextEdit* view, const QStringList& terms);

} // namespace carebook::app
