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
    // Only the app's own embedded resources (qrc:/ and the content's images under :/): a file:, http:
    // or absolute path in content HTML is never read (file:///dev/zero would hang the window).
    QVariant loadResource(int type, const QUrl& name) override;
};

// The resource path (":/illustrations/x.svg") an article may load for `url`, or empty when it may
// not: only qrc: URLs and relative paths into the embedded resources, never "..".
QString embeddedResourcePath(const QUrl& url);

} // namespace carebook::app
