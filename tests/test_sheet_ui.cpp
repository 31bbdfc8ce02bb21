// SPDX-License-Identifier: MIT
// The sheet builder and the sheet's layout, offscreen, over the built-in content.
#include "core/content/article_html.h"
#include "app/window/articleview.h"
#include "app/userdata/bookmarkspane.h"
#include "app/contentsource.h"
#include "app/window/mainwindow.h"
#include "core/sheet/sheet.h"
#include "app/sheet/sheetbuilder.h"
#include "app/sheet/sheetprint.h"
#include "test_support.h"
#include "app/userdata/userdata.h"
#include "app/userdata/userdataui.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>

#include <filesystem>

using carebook::Paper;
using carebook::SheetRequest;
using carebook::app::SheetBuilder;

namespace {

std::unique_ptr<carebook::ContentStore> builtInContent() { return carebook::app::openContent(); }

QPushButton* buttonNamed(QWidget& parent, const QString& text) {
    for (auto* button : parent.findChildren<QPushButton*>()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("the default paper follows the locale", "[sheet][ui]") {
    CHECK(carebook::app::defaultPaperFor(QLocale(QLocale::English, QLocale::UnitedStates)) == Paper::Letter);
    CHECK(carebook::app::defaultPaperFor(QLocale(QLocale::French, QLocale::Canada)) == Paper::Letter);
    CHECK(carebook::app::defaultPaperFor(QLocale(QLocale::English, QLocale::UnitedKingdom)) == Paper::A4);
    CHECK(carebook::app::defaultPaperFor(QLocale(QLocale::German, QLocale::Germany)) == Paper::A4);
}

TEST_CASE("the builder proposes a plan that fits, and gives back what it was given", "[sheet][ui]") {
    auto store = builtInContent();
    SheetBuilder builder(*store);
    REQUIRE(builder.setSymptom(QStringLiteral("back-spasm")));
    CHECK(builder.fitsOnOnePage());
    const auto proposed = builder.request();
    CHECK(proposed.symptomId == "back-spasm");
    REQUIRE(proposed.include.has_value());
    CHECK(std::find(proposed.include->begin(), proposed.include->end(), "cold-therapy") != proposed.include->end());
    CHECK(builder.statusText().contains(QStringLiteral("Fits on one")));

    SheetRequest saved;
    saved.symptomId = "muscle-stiffness";
    saved.name = "Ann";
    saved.startDate = "2026-12-01";
    saved.include = std::vector<std::string>{"heat-therapy", "cat-cow-stretch"};
    saved.notes = "Morning stiffness: warm shower first.";
    saved.paper = Paper::Letter;
    builder.setRequest(saved);
    CHECK(builder.request() == saved);
    CHECK(builder.currentHtml().contains(QStringLiteral("warm shower first")));

    // Ctrl+S (the Save sheet button) hands the request over for the user store.
    std::optional<SheetRequest> emitted;
    QObject::connect(&builder, &SheetBuilder::saveRequested, [&](const SheetRequest& r) { emitted = r; });
    auto* save = builder.findChild<QPushButton*>(QStringLiteral("sheetSave"));
    REQUIRE(save);
    // Ctrl+S is the dialog's shortcut for the button, which keeps its Alt mnemonic (tests/test_keyboard_ui).
    auto* saveKeys = builder.findChild<QShortcut*>(QStringLiteral("sheetSaveShortcut"));
    REQUIRE(saveKeys);
    CHECK(saveKeys->key() == QKeySequence(QKeySequence::Save));
    save->click();
    REQUIRE(emitted.has_value());
    CHECK(*emitted == saved);
}

TEST_CASE("a saved sheet naming items this edition lacks says so", "[sheet][ui]") {
    auto store = builtInContent();
    SheetBuilder builder(*store);
    SheetRequest saved;
    saved.symptomId = "back-spasm";
    saved.include = std::vector<std::string>{"cold-therapy", "retired-remedy"};
    builder.setRequest(saved);
    CHECK(builder.statusText().contains(QStringLiteral("retired-remedy")));
    const auto now = builder.request();
    CHECK(*now.include == std::vector<std::string>{"cold-therapy"});
}

TEST_CASE("notes too long for the page stop printing with a clear message", "[sheet][ui]") {
    auto store = builtInContent();
    SheetBuilder builder(*store);
    builder.setSymptom(QStringLiteral("back-spasm"));
    auto* notes = builder.findChild<QPlainTextEdit*>(QStringLiteral("sheetNotes"));
    REQUIRE(notes);
    QString longNotes;
    for (int i = 0; i < 90; ++i) {
        longNotes += QStringLiteral("Keep a diary of when the spasms happen. ");
    }
    notes->setPlainText(longNotes);
    builder.refresh();
    CHECK_FALSE(builder.fitsOnOnePage());
    CHECK((builder.statusText().contains(QStringLiteral("does not fit on one A4 page")) ||
           builder.statusText().contains(QStringLiteral("does not fit on one Letter page"))));
    auto* print = buttonNamed(builder, QObject::tr("&Print…"));
    REQUIRE(print);
    CHECK_FALSE(print->isEnabled());
    carebook::test::TempDir dir;
    QString error;
    CHECK_FALSE(builder.savePdf(QString::fromStdString((dir.path() / "x.pdf").string()), &error));
    CHECK(error.contains(QStringLiteral("does not fit")));
    CHECK_FALSE(std::filesystem::exists(dir.path() / "x.pdf"));
}

TEST_CASE("the preview paints the same page the PDF gets", "[sheet][ui]") {
    auto store = builtInContent();
    carebook::SheetRequest request;
    request.symptomId = "back-spasm";
    const auto sheet = carebook::composeSheet(*store, request);
    // Laid out as the builder and the PDF lay it out: at the largest text size that fits one page.
    const auto fitted = carebook::app::fitSheet(sheet, false, QPageSize(QPageSize::A4).size(QPageSize::Point));
    const carebook::app::SheetLayout& layout = *fitted.layout;
    REQUIRE(layout.pageCount() == 1);
    CHECK(layout.fill() > 0.5);
    CHECK(layout.fill() <= 1.0);
    // The page paints dark text and the red box onto white: count the red-flag red among the pixels.
    QImage page(layout.pageSize().toSize(), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    layout.paintFirstPage(painter);
    painter.end();
    int red = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2) {
            const QColor c = page.pixelColor(x, y);
            red += (c.red() > 150 && c.green() < 80 && c.blue() < 80) ? 1 : 0;
        }
    }
    CHECK(red > 200);
}

TEST_CASE("the article view shows a remedy's illustration", "[sheet][ui][illustrations]") {
    auto store = builtInContent();
    const auto article = store->article("knee-to-chest-stretch");
    REQUIRE(article);
    carebook::app::ArticleView view;
    view.showArticleHtml(QString::fromStdString(carebook::renderArticleHtml(*article)));
    const auto resource =
        view.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("illustrations/knee-to-chest-stretch.svg")));
    const auto image = resource.value<QImage>();
    const auto pixmap = resource.value<QPixmap>();
    CHECK((!image.isNull() || !pixmap.isNull()));
}

TEST_CASE("Ctrl+Shift+H from a symptom opens the builder on it; saved sheets reopen in it", "[sheet][ui]") {
    carebook::test::TempDir dir;
    carebook::app::MainWindow window(carebook::app::openContent(),
                                     carebook::app::UserData::open(QString::fromStdString((dir.path() / "u.db").string())));
    window.show();
    REQUIRE(window.openArticle(QStringLiteral("muscle-cramp")));
    auto* action = window.findChild<QAction*>(QStringLiteral("homeCareSheetAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    // Ctrl+P prints the article on screen instead.
    auto* printArticle = window.findChild<QAction*>(QStringLiteral("printArticleAction"));
    REQUIRE(printArticle);
    CHECK(printArticle->shortcut() == QKeySequence(QKeySequence::Print));
    action->trigger();
    auto* builder = window.findChild<SheetBuilder*>();
    REQUIRE(builder);
    CHECK(builder->isVisible());
    CHECK(builder->request().symptomId == "muscle-cramp");

    // Save sheet keeps it in the person's data; Open from the pane brings it back, edits and all.
    builder->findChild<QLineEdit*>(QStringLiteral("sheetName"))->setText(QStringLiteral("Bo"));
    builder->refresh();
    const auto before = builder->request();
    builder->findChild<QPushButton*>(QStringLiteral("sheetSave"))->click();
    auto* pane = window.userDataUi()->sheetsPane();
    REQUIRE(pane->model()->rowCount() == 1);
    CHECK(pane->model()->index(0, 0).data().toString().contains(QStringLiteral("Bo")));

    window.openArticle(QStringLiteral("back-spasm"));
    action->trigger();
    CHECK(builder->request().symptomId == "back-spasm");
    pane->view()->setCurrentIndex(pane->model()->index(0, 0));
    Q_EMIT pane->view()->activated(pane->model()->index(0, 0));
    CHECK(builder->request() == before);
}
