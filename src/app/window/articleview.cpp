// SPDX-License-Identifier: MIT
#include "app/window/articleview.h"

#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QUrl>

namespace carebook::app {

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("articleView"));
    // Links are handled by the main window: article ids navigate in-app, web links go outside.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({QStringLiteral(":/")});
    QFile css(QStringLiteral(":/article.css"));
    if (css.open(QIODevice::ReadOnly)) {
        document()->setDefaultStyleSheet(QString::fromUtf8(css.readAll()));
    }
    document()->setDocumentMargin(18);
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
    return file.readAll();
}

void ArticleView::showArticleHtml(const QString& html) {
    setHtml(html);
    verticalScrollBar()->setValue(0);
}

} // namespace carebook::app
