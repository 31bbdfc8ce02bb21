// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

namespace carebook::app {

// For the start-up benchmark (bench/startup_bench.cpp) only, and only when CAREBOOK_STARTUP_PROBE is
// set: once `widget` has painted for the first time, writes "painted" to standard output and quits.
// The benchmark times exec to that line. Header-only, on Qt Widgets alone, so the benchmark's floor
// (a bare QTextBrowser) reports the same moment the same way.
class StartupProbe final : public QObject {
public:
    static void watchFirstPaint(QWidget* widget) {
        if (std::getenv("CAREBOOK_STARTUP_PROBE")) {
            widget->installEventFilter(new StartupProbe(widget));
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After this paint event, once the frame has gone to the display.
            QTimer::singleShot(0, watched, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    using QObject::QObject;
    bool m_painted = false;
};

} // namespace carebook::app
