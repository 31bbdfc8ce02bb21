// SPDX-License-Identifier: MIT
#pragma once

// Helpers the offscreen UI tests share: a shown main window, keys as from a keyboard, and waiting on
// the search worker.

#include "app/contentsource.h"
#include "app/window/mainwindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <memory>

namespace carebook::test {

// Processes events until `done` holds or the time is up; false when the time ran out.
template <typename Condition>
bool waitUntil(Condition done, int milliseconds = 5000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > milliseconds) {
            return false;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

// Keys go where the focus is, through the shortcut map first, as from a keyboard.
inline void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, k, modifiers);
    QApplication::processEvents();
}

// The main window over `contentDb`, shown and active, as a person finds it.
inline std::unique_ptr<app::MainWindow> shownMainWindow(const char* contentDb) {
    auto window = std::make_unique<app::MainWindow>(app::openContent(contentDb));
    window->show();
    QApplication::setActiveWindow(window.get());
    QApplication::processEvents();
    return window;
}

} // namespace carebook::test
