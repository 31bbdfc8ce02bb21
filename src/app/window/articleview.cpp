// SPDX-License-Identifier: MIT
#include "app/window/articleview.h"

#include <QFile>
#include <QScrollBar>

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

void ArticleView::showArticleHtml(const QString& html) {
    setHtml(html);
    verticalScrollBar()->setValue(0);
}

} // namespace carebook::app
