// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QAction;
class QDialog;
class QWidget;

namespace carebook::app {

// Help ▸ User guide (F1): the bundled guide (resources/guide.html), in the theme and text size in use.
QDialog* showUserGuide(QWidget* parent);
// Help ▸ Keyboard shortcuts: every action given, with its shortcuts, as the menus name it.
QDialog* showKeyboardShortcuts(QWidget* parent, const QList<QAction*>& actions);
// The first-run welcome: what Carebook is and is not (the disclaimer), where to start, how to search.
// Non-blocking; also reachable from Help ▸ Welcome.
// In a translated window, it says first that the articles are in English.
QDialog* showWelcome(QWidget* parent);
// Said once to a person who saw the welcome before the window spoke their language: the articles
// are in English. Non-blocking.
QDialog* showContentLanguageNotice(QWidget* parent);

} // namespace carebook::app
