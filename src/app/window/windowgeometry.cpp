// SPDX-License-Identifier: MIT
#include "app/window/windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace carebook::app {

namespace {

// Room for the title bar and frame, which the window's own size does not include.
constexpr int kFrameAllowance = 48;

QRect availableFor(const QWidget* window) {
    const QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen* screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 600);
}

void keepInside(QWidget* window, const QRect& available) {
    const QSize size = fittedSize(window->size(), available);
    if (size != window->size()) {
        window->resize(size);
    }
    QRect frame = window->geometry();
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width())));
        frame.moveTop(std::clamp(frame.top(), available.top(),
                                 std::max(available.top(), available.bottom() - frame.height() - kFrameAllowance / 2)));
        window->move(frame.topLeft());
    }
}

} // namespace

QSize fittedSize(QSize wanted, const QRect& available) {
    return {std::max(1, std::min(wanted.width(), available.width() - kFrameAllowance / 3)),
            std::max(1, std::min(wanted.height(), available.height() - kFrameAllowance))};
}

void fitToScreen(QWidget* window, QSize wanted) {
    const QRect available = availableFor(window);
    window->resize(fittedSize(wanted, available));
}

void restoreOrFit(QWidget* window, const QByteArray& saved, QSize wanted) {
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        fitToScreen(window, wanted);
        return;
    }
    keepInside(window, availableFor(window));
}

} // namespace carebook::app
