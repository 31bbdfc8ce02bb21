// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"

#include <QFrame>

class QLabel;
class QTextBrowser;

namespace carebook::app {

// "When to seek care": the red flags of the symptom in context. It stays on screen whatever
// article is open, so a warning sign is never one click away. Colours come from the theme and sizes
// from the text size; a long list scrolls inside the panel rather than being cut off.
class RedFlagPanel final : public QFrame {
    Q_OBJECT
public:
    explicit RedFlagPanel(QWidget* parent = nullptr);
    void showFlags(const QString& symptomTitle, const std::vector<RedFlag>& flags);
    QString plainText() const;
    // The side of each tier's sign, in pixels: 16 at 100 % text, growing with the text.
    int iconPixels() const;

    // The edge's width: thicker in High contrast.
    int borderWidth() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void restyle();
    void render();
    void describeForScreenReaders();

    QLabel* m_heading;
    QTextBrowser* m_list;
    QString m_symptomTitle;
    std::vector<RedFlag> m_flags;
};

} // namespace carebook::app
