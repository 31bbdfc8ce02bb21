// SPDX-License-Identifier: MIT
#pragma once

// For UI tests that wait on the search worker thread, which answers asynchronously.

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

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

} // namespace carebook::test
