// SPDX-License-Identifier: MIT
// Issue 15 item 1, keyboard-complete: offscreen, with key clicks that go through the shortcut map and
// the focus chain as a person's keys would.
#include "app/access/focusring.h"
#include "app/contentsource.h"
#include "app/search/searchpanel.h"
#include "app/sheet/sheetbuilder.h"
#include "app/userdata/bookmarkspane.h"
#include "app/userdata/userdata.h"
#include "app/userdata/userdataui.h"
#include "app/window/articleview.h"
#include "app/window/historymenu.h"
#include "app/window/mainwindow.h"
#include "app/window/redflagpanel.h"

#include "ui_helpers.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using carebook::app::MainWindow;

namespace {

std::unique_ptr<MainWindow> makeWindow() { return carebook::test::shownMainWindow(CAREBOOK_FIXTURE_DB); }

using carebook::test::key;

// The mnemonic letter of a label or button text ("Save as P&DF…" → 'D'), or 0.
QChar mnemonicOf(const QString& text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toUpper();
        }
    }
    return {};
}

// Every mnemonic of the visible labels (with a buddy) and buttons in `window`, with who has it.
std::multimap<QChar, QString> mnemonicsIn(QWidget* window) {
    std::multimap<QChar, QString> found;
    for (auto* label : window->findChildren<QLabel*>()) {
        if (label->buddy() && label->isVisibleTo(window) && !mnemonicOf(label->text()).isNull()) {
            found.emplace(mnemonicOf(label->text()), label->text());
        }
    }
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && !mnemonicOf(button->text()).isNull()) {
            found.emplace(mnemonicOf(button->text()), button->text());
        }
    }
    return found;
}

} // namespace

TEST_CASE("Ctrl+B, Ctrl+H and Ctrl+J put the keyboard in the pane's list, with a row marked", "[keyboard]") {
    auto window = makeWindow();
    window->userDataUi()->userData().addBookmark(QStringLiteral("back-spasm"), QStringLiteral("Back spasm"));
    window->articleView()->setFocus();
    auto* ui = window->userDataUi();
    const std::tuple<Qt::Key, QDockWidget*, QAbstractItemView*> panes[] = {
        {Qt::Key_B, ui->bookmarksDock(), ui->bookmarksPane()->view()},
        {Qt::Key_H, ui->historyDock(), ui->historyPane()->view()},
        {Qt::Key_J, ui->sheetsDock(), ui->sheetsPane()->view()}};
    for (const auto& [letter, dock, list] : panes) {
        INFO("Ctrl+" << QKeySequence(letter).toString().toStdString());
        key(letter, Qt::ControlModifier);
        CHECK(dock->isVisible());
        CHECK(QApplication::focusWidget() == list);
        if (list->model()->rowCount() > 0) {
            CHECK(list->selectionModel()->currentIndex().row() == 0);
        }
        window->articleView()->setFocus();
    }
}

TEST_CASE("the focus is drawn round whatever has it, in every window", "[keyboard]") {
    auto window = makeWindow();
    window->articleView()->setFocus();
    window->navigationView()->setFocus();
    QApplication::processEvents();
    auto* ring = carebook::app::FocusRing::of(window.get());
    REQUIRE(ring);
    CHECK(ring->isVisible());
    CHECK(ring->target() == window->navigationView());
    CHECK(ring->geometry() ==
          QRect(window->navigationView()->mapTo(window.get(), QPoint(0, 0)), window->navigationView()->size()));
    CHECK(ring->focusPolicy() == Qt::NoFocus);
    CHECK(ring->testAttribute(Qt::WA_TransparentForMouseEvents));

    window->articleView()->setFocus();
    QApplication::processEvents();
    CHECK(ring->target() == window->articleView());
    CHECK(ring->isVisible());
}

TEST_CASE("Tab goes through the article's links, each one boxed, and Enter follows it", "[keyboard]") {
    auto window = makeWindow();
    REQUIRE(window->openArticle(QStringLiteral("back-spasm")));
    auto* view = window->articleView();
    view->setFocus();
    CHECK(view->focusedLink().isEmpty());
    key(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == view);
    const QString first = view->focusedLink();
    REQUIRE_FALSE(first.isEmpty());
    key(Qt::Key_Tab);
    const QString second = view->focusedLink();
    CHECK_FALSE(second.isEmpty());
    CHECK(second != first);
    key(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(view->focusedLink() == first);
    key(Qt::Key_Return);
    CHECK(window->currentArticleId() == first);
}

TEST_CASE("Tab goes search, navigation, article, warning signs in the main window", "[keyboard]") {
    auto window = makeWindow();
    window->searchPanel()->field()->setFocus();
    std::vector<QWidget*> order{QApplication::focusWidget()};
    // The article takes Tab for its links first (as a browser does), then lets the focus go on.
    for (int i = 0; i < 150 && order.size() < 10; ++i) {
        key(Qt::Key_Tab);
        if (QApplication::focusWidget() != order.back()) {
            order.push_back(QApplication::focusWidget());
        }
    }
    const auto at = [&](QWidget* widget) {
        return std::find(order.begin(), order.end(), widget) - order.begin();
    };
    QWidget* redFlags = window->redFlagPanel()->findChild<QTextBrowser*>(QStringLiteral("redFlagList"));
    REQUIRE(redFlags);
    CHECK(at(window->navigationView()) < static_cast<long>(order.size()));
    CHECK(at(window->searchPanel()->field()) < at(window->navigationView()));
    CHECK(at(window->navigationView()) < at(window->articleView()));
    CHECK(at(window->articleView()) < at(redFlags));
    CHECK(at(redFlags) < static_cast<long>(order.size()));
}

TEST_CASE("the sheet builder's mnemonics are unique and Alt+D never types into Notes", "[keyboard]") {
    auto store = carebook::app::openContent();
    carebook::app::SheetBuilder builder(*store);
    builder.show();
    QApplication::setActiveWindow(&builder);
    builder.setSymptom(QStringLiteral("back-spasm"));
    builder.refresh();
    QApplication::processEvents();

    const auto mnemonics = mnemonicsIn(&builder);
    for (auto it = mnemonics.begin(); it != mnemonics.end(); it = mnemonics.upper_bound(it->first)) {
        INFO("Alt+" << QString(it->first).toStdString() << " is on " << it->second.toStdString());
        CHECK(mnemonics.count(it->first) == 1);
    }

    auto* notes = builder.findChild<QPlainTextEdit*>(QStringLiteral("sheetNotes"));
    REQUIRE(notes);
    notes->setFocus();
    QApplication::processEvents();
    key(Qt::Key_D, Qt::AltModifier);
    CHECK_FALSE(notes->toPlainText().contains(QLatin1Char('d')));

    // Each label's Alt+letter puts the keyboard in its field.
    notes->setFocus();
    key(Qt::Key_N, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == builder.findChild<QLineEdit*>(QStringLiteral("sheetName")));
    key(Qt::Key_O, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == notes);
    CHECK(notes->toPlainText().isEmpty());

    // Ctrl+Shift+S is Ctrl+Shift+S on every desktop (QKeySequence::SaveAs is empty outside GNOME).
    auto* pdfKeys = builder.findChild<QShortcut*>(QStringLiteral("sheetPdfShortcut"));
    REQUIRE(pdfKeys);
    CHECK(pdfKeys->key() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // And the button keeps its mnemonic beside it.
    CHECK(builder.findChild<QPushButton*>(QStringLiteral("sheetPdf"))->shortcut() ==
          QKeySequence(Qt::ALT | Qt::Key_D));
}

TEST_CASE("every menu has a mnemonic, and no two items of a menu share one", "[keyboard]") {
    auto window = makeWindow();
    std::map<QChar, QString> bar;
    for (QAction* action : window->menuBar()->actions()) {
        const QChar letter = mnemonicOf(action->text());
        INFO(action->text().toStdString());
        REQUIRE_FALSE(letter.isNull());
        CHECK(bar.emplace(letter, action->text()).second);
        if (QMenu* menu = action->menu()) {
            std::map<QChar, QString> inMenu;
            for (QAction* item : menu->actions()) {
                const QChar itemLetter = mnemonicOf(item->text());
                INFO(menu->title().toStdString() << " → " << item->text().toStdString());
                if (!itemLetter.isNull()) {
                    CHECK(inMenu.emplace(itemLetter, item->text()).second);
                }
            }
        }
    }
}

TEST_CASE("Help > Keyboard shortcuts lists every window shortcut, from the actions themselves", "[keyboard]") {
    auto window = makeWindow();
    auto* action = window->findChild<QAction*>(QStringLiteral("keyboardShortcutsAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Slash));
    action->trigger();
    QApplication::processEvents();
    auto* dialog = window->findChild<QDialog*>(QStringLiteral("keyboardShortcuts"));
    REQUIRE(dialog);
    auto* table = dialog->findChild<QTableWidget*>();
    REQUIRE(table);
    QStringList listed;
    for (int row = 0; row < table->rowCount(); ++row) {
        listed << table->item(row, 1)->text();
    }
    const QString all = listed.join(QLatin1Char('\n'));
    int checked = 0;
    for (QAction* each : window->findChildren<QAction*>()) {
        if (each->shortcuts().isEmpty() || each->shortcutContext() != Qt::WindowShortcut || each->text().isEmpty()) {
            continue;
        }
        INFO(each->text().toStdString());
        CHECK(all.contains(each->shortcut().toString(QKeySequence::NativeText)));
        ++checked;
    }
    CHECK(checked >= 20);
    // The same shortcut never does two things.
    std::map<QString, QString> seen;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (const auto& keys : table->item(row, 1)->text().split(QStringLiteral(" or "))) {
            INFO(keys.toStdString());
            CHECK(seen.emplace(keys, table->item(row, 0)->text()).second);
        }
    }
    dialog->close();
}
