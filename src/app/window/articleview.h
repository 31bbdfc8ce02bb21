// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace carebook::app {

// Shows article HTML with the app's stylesheet; images (illustrations) come from the resources.
class ArticleView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit ArticleView(QWidget* parent = nullptr);
    void showArticleHtml(const QString& html);
};

} // namespace carebook::app
