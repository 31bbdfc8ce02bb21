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

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void restyle();
    void updateReadingWidth();

    QString m_html;
};

} // namespace carebook::app
