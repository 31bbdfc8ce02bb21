// SPDX-License-Identifier: MIT
#include "app/window/articleview.h"

#include "app/theme/thememanager.h"

#include <QFontMetricsF>
#include <QScrollBar>
#include <QWheelEvent>

namespace carebook::app {

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("articleView"));
    // Links are handled by the main window: article ids navigate in-app, web links go outside.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({QStringLiteral(":/")});
    document()->setDocumentMargin(18);
    restyle();
    auto& themes = ThemeManager::instance();
    connect(&themes, &ThemeManager::themeChanged, this, &ArticleView::restyle);
    connect(&themes, &ThemeManager::textScaleChanged, this, &ArticleView::restyle);
}

void ArticleView::showArticleHtml(const QString& html) {
    m_html = html;
    setHtml(html);
    verticalScrollBar()->setValue(0);
}

void ArticleView::restyle() {
    document()->setDefaultStyleSheet(articleCss(ThemeManager::current(), ThemeManager::textScale()));
    if (!m_html.isEmpty()) {
        // The stylesheet applies when the HTML is set: set it again, keeping the reader's place.
        const double at = verticalScrollBar()->maximum() > 0
                              ? double(verticalScrollBar()->value()) / verticalScrollBar()->maximum()
                              : 0.0;
        setHtml(m_html);
        verticalScrollBar()->setValue(static_cast<int>(at * verticalScrollBar()->maximum()));
    }
    updateReadingWidth();
}

void ArticleView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        // The whole reading area grows together: article, red flags and search results.
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            ThemeManager::instance().setTextScalePercent(ThemeManager::textScale() +
                                                         steps * ThemeManager::kTextScaleStep);
        }
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ArticleView::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    updateReadingWidth();
}

void ArticleView::updateReadingWidth() {
    // Lines of about 80 characters of body text at most: long lines are hard to follow back.
    QFont body = font();
    body.setPointSizeF(11.0 * ThemeManager::textScale() / 100.0);
    const int longest = static_cast<int>(QFontMetricsF(body).averageCharWidth() * kReadingWidthChars) +
                        2 * static_cast<int>(document()->documentMargin());
    if (viewport()->width() > longest) {
        setLineWrapMode(QTextEdit::FixedPixelWidth);
        setLineWrapColumnOrWidth(longest);
    } else {
        setLineWrapMode(QTextEdit::WidgetWidth);
    }
}

} // namespace carebook::app
