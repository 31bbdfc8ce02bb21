// SPDX-License-Identifier: MIT
#include "app/access/focusring.h"

#include "app/theme/thememanager.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace carebook::app {

namespace {

constexpr char kRingName[] = "focusRing";

int ringWidth() { return ThemeManager::current().kind == ThemeKind::HighContrast ? 3 : 2; }

// The selection blue is too dim on the dark page; the link colour is made to stand out there.
QColor ringColour() {
    const Theme& theme = ThemeManager::current();
    return theme.kind == ThemeKind::Dark ? theme.link : theme.highlight;
}

// Widgets that show their focus themselves, or are not places a person tabs to.
bool wantsRing(const QWidget* widget) {
    if (!widget || widget->isWindow() || widget->objectName() == QLatin1String(kRingName)) {
        return false;
    }
    const QWidget* window = widget->window();
    return window->windowType() != Qt::Popup && window->windowType() != Qt::ToolTip;
}

} // namespace

FocusRing::FocusRing(QWidget* window) : QWidget(window) {
    setObjectName(QLatin1String(kRingName));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(&ThemeManager::instance(), &ThemeManager::themeChanged, this, qOverload<>(&QWidget::update));
}

void FocusRing::install() {
    static bool installed = false;
    if (installed) {
        return;
    }
    installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget* /*old*/, QWidget* now) {
        if (!wantsRing(now)) {
            return;
        }
        FocusRing* ring = of(now->window());
        if (!ring) {
            ring = new FocusRing(now->window());
        }
        ring->follow(now);
    });
}

FocusRing* FocusRing::of(QWidget* window) {
    return window ? window->findChild<FocusRing*>(QLatin1String(kRingName), Qt::FindDirectChildrenOnly) : nullptr;
}

void FocusRing::follow(QWidget* target) {
    if (m_target) {
        m_target->removeEventFilter(this);
    }
    m_target = target;
    m_target->installEventFilter(this);
    place();
}

void FocusRing::place() {
    if (!m_target || !m_target->hasFocus() || !m_target->isVisible()) {
        hide();
        return;
    }
    // Only the part of the widget that is on screen: a control half scrolled out of a scroll area
    // gets a ring round what shows.
    const QRect visible = m_target->visibleRegion().boundingRect();
    if (visible.isEmpty()) {
        hide();
        return;
    }
    const QRect wanted(m_target->mapTo(window(), visible.topLeft()), visible.size());
    if (wanted != geometry() || isHidden()) {
        setGeometry(wanted);
        show();
        raise();
    }
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::FocusIn:
        case QEvent::FocusOut:
            place();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    const int width = ringWidth();
    QPen pen(ringColour(), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal inset = width / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}

} // namespace carebook::app
