// SPDX-License-Identifier: MIT
#pragma once

#include "content_store.h"
#include "history.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QTreeView;
class QSplitter;

namespace carebook::app {

class ArticleView;
class NavigationModel;
class RedFlagPanel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<ContentStore> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows an article and records it in the history. Returns false for an unknown id.
    bool openArticle(const QString& id);
    QString currentArticleId() const;
    void goBack();
    void goForward();

    ArticleView* articleView() const { return m_articleView; }
    RedFlagPanel* redFlagPanel() const { return m_redFlagPanel; }
    QTreeView* navigationView() const { return m_navigationView; }
    QAction* backAction() const { return m_backAction; }
    QAction* forwardAction() const { return m_forwardAction; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void showArticle(const QString& id);
    void followLink(const QUrl& url);
    void updateRedFlags(const Article& article);
    void updateActions();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<ContentStore> m_store;
    NavigationModel* m_navigationModel = nullptr;
    QTreeView* m_navigationView = nullptr;
    ArticleView* m_articleView = nullptr;
    RedFlagPanel* m_redFlagPanel = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    NavigationHistory m_history;
    std::string m_contextSymptomId;
};

} // namespace carebook::app
