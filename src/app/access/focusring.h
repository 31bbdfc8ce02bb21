// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

namespace carebook::app {

// A visible focus indicator for every control in every window: a ring in the theme's highlight colour
// (thicker in High contrast) drawn over the edge of whichever widget has the keyboard focus. Fusion
// shows focus on line edits and buttons only faintly, and on tables, trees and the article not at all.
//
// The ring is a child of the focused widget's window, not of its parent: a QSplitter or a QMainWindow
// would adopt a new child as a pane. It lets the mouse through, takes no focus and is hidden from
// screen readers (it is decoration; the focus itself is announced by the control).
class FocusRing final : public QWidget {
    Q_OBJECT
public:
    // Follows the focus in the whole application from now on (once; later calls do nothing).
    static void install();
    // The ring in `window`, if the focus has been there (for tests).
    static FocusRing* of(QWidget* window);
    QWidget* target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FocusRing(QWidget* window);
    void follow(QWidget* target);
    void place();

    QPointer<QWidget> m_target;
};

} // namespace carebook::app
