// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace carebook::app {

struct Theme;

// Shows article HTML with the stylesheet of the theme and text size in use (both followed live);
// images (illustrations, icons) come from the resources. Ctrl+wheel changes the text size of the whole
// window, not only this view. Lines stay a comfortable length however wide the window.
class ArticleView final : public QTextBrowser {
    Q_OBJECT
public:
    // The longest line, in average characters of the body font.
    static constexpr int kReadingWidthChars = 80;

    explicit ArticleView(QWidget* parent = nullptr);
    void showArticleHtml(const QString& html);
    // Only the app's own embedded resources (qrc:/ and the content's images under :/): a file:, http:
    // or absolute path in content HTML is never read (file:///dev/zero would hang the window).
    QVariant loadResource(int type, const QUrl& name) override;
    // The link Tab has reached (empty when none): Enter follows it.
    QString focusedLink() const;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    // Draws a solid box round the link Tab has reached: Fusion's dotted one is hard to see.
    void paintEvent(QPaintEvent* event) override;

private:
    void restyle();
    void updateReadingWidth();

    QString m_html;
};

// The resource path (":/illustrations/x.svg") an article may load for `url`, or empty when it may
// not: only qrc: URLs and relative paths into the embedded resources, never "..".
QString embeddedResourcePath(const QUrl& url);

} // namespace carebook::app
