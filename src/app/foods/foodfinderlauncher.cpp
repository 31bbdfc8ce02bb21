// SPDX-License-Identifier: MIT
#include "app/foods/foodfinderlauncher.h"

#include "app/foods/foodfinderwindow.h"
#include "core/foods/html.h"
#include "core/foods/shared_finder.h"

#include <QAction>
#include <QUrl>

namespace carebook::app {

FoodFinderLauncher::FoodFinderLauncher(ContentStore& store, QWidget* mainWindow)
    : QObject(mainWindow), m_store(store), m_mainWindow(mainWindow) {
    m_action = new QAction(tr("&Food finder…"), this);
    m_action->setObjectName(QStringLiteral("foodFinderAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_action->setToolTip(tr("Which foods give the most of a nutrient, per portion, with %DV (Ctrl+Shift+F)"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
}

FoodFinderLauncher::~FoodFinderLauncher() {
    // The window refers to the finder: it goes first.
    delete m_window.data();
}

const foods::FoodFinder* FoodFinderLauncher::finder() {
    if (!m_finder && !m_noFoodData) {
        m_finder = foods::sharedFoodFinder(m_store.database()); // the one search and the sheet use too
        m_noFoodData = m_finder == nullptr;
    }
    return m_finder.get();
}

std::string FoodFinderLauncher::articleSectionHtml(const Article& article) {
    if (!foods::articleFoodKey(article)) {
        return {}; // not a nutrient article: no reason to load the food data
    }
    const auto* foodFinder = finder();
    if (!foodFinder) {
        return {};
    }
    const auto sources = foods::articleFoodSources(*foodFinder, article);
    return sources ? foods::renderTopSourcesHtml(*sources) : std::string();
}

bool FoodFinderLauncher::handleLink(const QUrl& url) {
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("foods") && scheme != QLatin1String("food")) {
        return false;
    }
    if (auto* finderWindow = open()) {
        if (scheme == QLatin1String("foods")) {
            finderWindow->showNutrient(url.path());
        } else {
            finderWindow->showFood(url.path());
        }
    }
    return true;
}

FoodFinderWindow* FoodFinderLauncher::window() const { return m_window.data(); }

FoodFinderWindow* FoodFinderLauncher::open() {
    const auto* foodFinder = finder();
    if (!foodFinder) {
        Q_EMIT statusMessage(tr("This content database has no food data: the food finder is not available."), 8000);
        return nullptr;
    }
    if (!m_window) {
        // A window of its own (not a dialog): it stays open beside the articles.
        m_window = new FoodFinderWindow(*foodFinder, m_mainWindow);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

} // namespace carebook::app
