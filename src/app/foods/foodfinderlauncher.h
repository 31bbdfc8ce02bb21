// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"
#include "core/foods/finder.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <string>

class QAction;
class QWidget;
class QUrl;

namespace carebook::app {

class FoodFinderWindow;

// Everything the main window needs from the food data, in one place: the process's shared FoodFinder,
// asked for on first use (the first nutrient article or the first time the finder opens, never at
// start-up; loaded then, ~28 ms, unless a search or the sheet already did); the
// "Food finder…" action (Ctrl+Shift+F); the "Top food sources" section of nutrient articles; and the
// links that open the finder ("foods:magnesium" selects a nutrient, "food:12014" shows a food).
class FoodFinderLauncher final : public QObject {
    Q_OBJECT
public:
    // `mainWindow` parents the finder window.
    FoodFinderLauncher(ContentStore& store, QWidget* mainWindow);
    ~FoodFinderLauncher() override;

    QAction* action() const { return m_action; }
    // nullptr when the content database has no food data (e.g. one compiled without content/foods).
    const foods::FoodFinder* finder();
    bool isLoaded() const { return m_finder != nullptr; }

    // The "Top food sources" HTML section for a nutrient article with a food_key; empty for other
    // articles, or without food data.
    std::string articleSectionHtml(const Article& article);
    // Handles "foods:KEY" and "food:USDA_ID" links by opening the finder; false for any other link.
    bool handleLink(const QUrl& url);
    // Shows the finder window, creating it on first use; nullptr (and a statusMessage) without food data.
    FoodFinderWindow* open();
    FoodFinderWindow* window() const;

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    ContentStore& m_store;
    QWidget* m_mainWindow;
    QAction* m_action = nullptr;
    std::shared_ptr<const foods::FoodFinder> m_finder;
    bool m_noFoodData = false;
    QPointer<FoodFinderWindow> m_window;
};

} // namespace carebook::app
