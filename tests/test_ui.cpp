// SPDX-License-Identifier: MIT
#include "app/window/articleview.h"
#include "app/contentsource.h"
#include "app/window/mainwindow.h"
#include "app/window/navigationmodel.h"
#include "app/window/redflagpanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTreeView>

using carebook::app::MainWindow;

namespace {

std::unique_ptr<MainWindow> makeWindow() {
    auto window = std::make_unique<MainWindow>(carebook::app::openContent(CAREBOOK_FIXTURE_DB));
    window->show();
    QApplication::processEvents();
    return window;
}

QModelIndex findArticle(QAbstractItemModel* model, const QString& id) {
    for (int group = 0; group < model->rowCount(); ++group) {
        const auto parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const auto index = model->index(row, 0, parent);
            if (index.data(carebook::app::NavigationModel::ArticleIdRole).toString() == id) {
                return index;
            }
        }
    }
    return {};
}

} // namespace

TEST_CASE("the window opens on the first symptom with its red flags visible", "[ui]") {
    auto window = makeWindow();
    CHECK(window->isVisible());
    CHECK(window->currentArticleId() == QStringLiteral("back-spasm"));
    CHECK(window->articleView()->toPlainText().contains(QStringLiteral("Back spasm")));
    CHECK(window->redFlagPanel()->isVisible());
    CHECK(window->redFlagPanel()->plainText().contains(QStringLiteral("Numbness around your bottom")));
}

TEST_CASE("the navigation lists every kind and selecting an article shows it", "[ui]") {
    auto window = makeWindow();
    auto* model = window->navigationView()->model();
    REQUIRE(model->rowCount() == 4); // symptoms, remedies, causes, nutrients in the fixture
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Symptoms"));
    const auto index = findArticle(model, QStringLiteral("muscle-strain"));
    REQUIRE(index.isValid());
    window->navigationView()->setCurrentIndex(index);
    QApplication::processEvents();
    CHECK(window->currentArticleId() == QStringLiteral("muscle-strain"));
    CHECK(window->articleView()->toPlainText().contains(QStringLiteral("Lifting or twisting can strain a muscle.")));
    // The red flags stay on screen for the symptom in context.
    CHECK(window->redFlagPanel()->plainText().contains(QStringLiteral("Back spasm")));
}

TEST_CASE("a cross-link navigates and back and forward return", "[ui]") {
    auto window = makeWindow();
    REQUIRE(window->currentArticleId() == QStringLiteral("back-spasm"));
    CHECK_FALSE(window->backAction()->isEnabled());
    Q_EMIT window->articleView()->anchorClicked(QUrl(QStringLiteral("cold-therapy")));
    CHECK(window->currentArticleId() == QStringLiteral("cold-therapy"));
    CHECK(window->articleView()->toPlainText().contains(QStringLiteral("Wrap an ice pack in a cloth.")));
    CHECK(window->backAction()->isEnabled());
    window->backAction()->trigger();
    CHECK(window->currentArticleId() == QStringLiteral("back-spasm"));
    CHECK(window->forwardAction()->isEnabled());
    window->forwardAction()->trigger();
    CHECK(window->currentArticleId() == QStringLiteral("cold-therapy"));
    // The navigation follows, without recording an extra visit.
    CHECK(window->navigationView()->currentIndex().data(carebook::app::NavigationModel::ArticleIdRole).toString() ==
          QStringLiteral("cold-therapy"));
}

TEST_CASE("an unknown link target is refused and nothing changes", "[ui]") {
    auto window = makeWindow();
    CHECK_FALSE(window->openArticle(QStringLiteral("no-such-article")));
    CHECK(window->currentArticleId() == QStringLiteral("back-spasm"));
}

TEST_CASE("window geometry is remembered", "[ui]") {
    {
        auto window = makeWindow();
        // Within the offscreen screen (800×600): a window is never restored larger than its screen.
        window->resize(760, 520);
        window->close();
    }
    QSettings settings;
    CHECK(settings.contains(QStringLiteral("window/geometry")));
    auto window = makeWindow();
    CHECK(window->size() == QSize(760, 520));
}
