// SPDX-License-Identifier: MIT
#include "app/window/helpdialogs.h"

#include "app/settings/language.h"
#include "app/theme/thememanager.h"
#include "app/window/windowgeometry.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carebook::app {

namespace {

QDialog* makeDialog(QWidget* parent, const QString& objectName, const QString& title) {
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QTextBrowser* themedBrowser(QWidget* parent, const QString& html) {
    auto* browser = new QTextBrowser(parent);
    browser->setSearchPaths({QStringLiteral(":/")});
    browser->setOpenExternalLinks(false);
    browser->document()->setDocumentMargin(14);
    browser->document()->setDefaultStyleSheet(articleCss(ThemeManager::current(), ThemeManager::textScale()));
    browser->setHtml(html);
    browser->setAccessibleName(parent->windowTitle()); // the dialog's title: "Carebook user guide"
    return browser;
}

void finish(QDialog* dialog, QWidget* content, QSize wanted) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    fitToScreen(dialog, wanted);
    dialog->open();
}

} // namespace

QDialog* showUserGuide(QWidget* parent) {
    auto* dialog = makeDialog(parent, QStringLiteral("userGuide"), QObject::tr("Carebook user guide"));
    QFile guide(QStringLiteral(":/guide.html"));
    const QString html = guide.open(QIODevice::ReadOnly)
                             ? QString::fromUtf8(guide.readAll())
                             : QObject::tr("<p>The guide is missing from this build of Carebook.</p>");
    finish(dialog, themedBrowser(dialog, html), {720, 760});
    return dialog;
}

QDialog* showKeyboardShortcuts(QWidget* parent, const QList<QAction*>& actions) {
    auto* dialog = makeDialog(parent, QStringLiteral("keyboardShortcuts"), QObject::tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(0, 2, dialog);
    table->setHorizontalHeaderLabels({QObject::tr("Action"), QObject::tr("Keys")});
    table->setAccessibleName(QObject::tr("Keyboard shortcuts"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const auto& shortcut : action->shortcuts()) {
            keys << shortcut.toString(QKeySequence::NativeText);
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026))));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QObject::tr(" or "))));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    finish(dialog, table, {560, 620});
    return dialog;
}

namespace {

// Said once when the window is translated: the menus follow the language, the articles do not.
QString contentLanguageNote() {
    return QObject::tr("<p><b>The articles are in English.</b> The menus, buttons and messages are in your "
                       "language. The articles, warning signs and sources are in English for now.</p>");
}

} // namespace

QDialog* showContentLanguageNotice(QWidget* parent) {
    auto* dialog = makeDialog(parent, QStringLiteral("contentLanguageNotice"), QObject::tr("The articles are in English"));
    finish(dialog, themedBrowser(dialog, contentLanguageNote()), {520, 240});
    return dialog;
}

QDialog* showWelcome(QWidget* parent) {
    auto* dialog = makeDialog(parent, QStringLiteral("welcome"), QObject::tr("Welcome to Carebook"));
    const QString html = (uiIsTranslated() ? contentLanguageNote() : QString()) + QObject::tr(
        "<h1>Welcome to Carebook</h1>"
        "<p class=\"summary\">Self-care for back spasms, muscle cramps and stiffness: what helps, what to try at "
        "home, and when to get help.</p>"
        "<p><b>Carebook is not a doctor.</b> It gives general information, not medical advice, and it cannot tell "
        "what is wrong with you. If a warning sign applies to you, or you are worried, see a clinician. In an "
        "emergency, call your local emergency number.</p>"
        "<h2>Where to start</h2>"
        "<ul><li>Pick your symptom in the list on the left.</li>"
        "<li>Keep an eye on <b>When to seek care</b> on the right: the warning signs for that symptom.</li>"
        "<li>Press <b>Ctrl+K</b> to search, for example <i>cramp</i> or <i>heat</i>.</li>"
        "<li>Press <b>Ctrl+Shift+H</b> to make a one-page home-care sheet to print, and <b>Ctrl+P</b> to print "
        "the article you are reading.</li>"
        "<li>Press <b>Ctrl+Plus</b> or <b>Ctrl+Minus</b> to make the text larger or smaller.</li></ul>"
        "<p>Everything stays on this computer. Help ▸ User guide (F1) explains the rest; this welcome is in "
        "the Help menu too.</p>");
    finish(dialog, themedBrowser(dialog, html), {640, 560});
    return dialog;
}

} // namespace carebook::app
