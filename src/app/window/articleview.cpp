// SPDX-License-Identifier: MIT
#include "app/window/articleview.h"

#include "app/theme/icons.h"

#include "app/theme/thememanager.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QUrl>
#include <QWheelEvent>

namespace carebook::app {

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article")); // the window adds the title of the one shown
    // The articles are written in English whatever language the window speaks: say so to screen
    // readers and spell checkers (the widget's locale) and in the HTML (lang="en", see showArticleHtml).
    setLocale(QLocale(QLocale::English));
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

QString embeddedResourcePath(const QUrl& url) {
    QString path;
    if (url.scheme() == QLatin1String("qrc") && url.host().isEmpty()) {
        path = QLatin1Char(':') + url.path();
    } else if (url.scheme().isEmpty() && url.host().isEmpty()) {
        path = url.path();
        if (!path.startsWith(QLatin1String(":/"))) {
            if (path.startsWith(QLatin1Char('/')) || path.isEmpty()) {
                return {};
            }
            path = QStringLiteral(":/") + path;
        }
    } else {
        return {};
    }
    if (path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
        return {};
    }
    const QString clean = QDir::cleanPath(path);
    return clean.startsWith(QLatin1String(":/")) ? clean : QString();
}

QVariant ArticleView::loadResource(int /*type*/, const QUrl& name) {
    // Read here rather than by QTextBrowser, which also tries the working folder and any absolute path.
    const QString path = embeddedResourcePath(name);
    if (path.isEmpty()) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
        return {};
    }
    const QByteArray data = file.readAll();
    // Drawings in the window follow the theme (print renders the resources itself, on the white page).
    return path.startsWith(QLatin1String(":/illustrations/")) ? themedIllustration(data, ThemeManager::current())
                                                               : data;
}

void ArticleView::showArticleHtml(const QString& html) {
    m_html = QStringLiteral("<html lang=\"en\"><body>") + html + QStringLiteral("</body></html>");
    setHtml(m_html);
    verticalScrollBar()->setValue(0);
}

void ArticleView::restyle() {
    document()->setDefaultStyleSheet(articleCss(ThemeManager::current(), ThemeManager::textScale()));
    // Unstyled text is laid out in the document's default font, not the stylesheet's body size.
    QFont body = document()->defaultFont();
    body.setPointSizeF(11.0 * ThemeManager::textScale() / 100.0);
    document()->setDefaultFont(body);
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

QString ArticleView::focusedLink() const {
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        return {};
    }
    QTextCursor inside(document());
    inside.setPosition(cursor.selectionStart() + 1);
    return inside.charFormat().isAnchor() ? inside.charFormat().anchorHref() : QString();
}

void ArticleView::paintEvent(QPaintEvent* event) {
    QTextBrowser::paintEvent(event);
    if (!hasFocus() || focusedLink().isEmpty()) {
        return;
    }
    // One box per line the link runs over: the cursor rectangles of its characters, grouped by line.
    const QTextCursor selection = textCursor();
    QList<QRect> lines;
    QTextCursor probe(document());
    for (int position = selection.selectionStart(); position <= selection.selectionEnd(); ++position) {
        probe.setPosition(position);
        const QRect at = cursorRect(probe);
        if (!lines.isEmpty() && lines.back().top() == at.top()) {
            lines.back() = lines.back().united(at);
        } else {
            lines << at;
        }
    }
    QPainter painter(viewport());
    const Theme& theme = ThemeManager::current();
    painter.setPen(QPen(theme.kind == ThemeKind::HighContrast ? theme.highlight : theme.link,
                        theme.kind == ThemeKind::HighContrast ? 3 : 2));
    painter.setBrush(Qt::NoBrush);
    for (const QRect& line : lines) {
        if (line.width() > 2) {
            painter.drawRoundedRect(line.adjusted(-3, -1, 3, 1), 3, 3);
        }
    }
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
