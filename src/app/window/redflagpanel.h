// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"

#include <QFrame>

class QLabel;
class QTextBrowser;

namespace carebook::app {

// "When to seek care": the red flags of the symptom in context. It stays on screen whatever
// article is open, so a warning sign is never one click away.
class RedFlagPanel final : public QFrame {
    Q_OBJECT
public:
    explicit RedFlagPanel(QWidget* parent = nullptr);
    void showFlags(const QString& symptomTitle, const std::vector<RedFlag>& flags);
    QString plainText() const;

private:
    QLabel* m_heading;
    QTextBrowser* m_list;
};

} // namespace carebook::app
