// SPDX-License-Identifier: MIT
#include "app/window/redflagpanel.h"

#include "core/content/article_html.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carebook::app {

RedFlagPanel::RedFlagPanel(QWidget* parent) : QFrame(parent), m_heading(new QLabel(this)), m_list(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("redFlagPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#redFlagPanel { background: #fff4f2; border: 1px solid #d9534f; border-radius: 4px; }"
                                 "QTextBrowser { background: transparent; border: none; }"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_list->setOpenLinks(false);
    m_list->document()->setDefaultStyleSheet(
        QStringLiteral("p { margin: 6px 0 2px 0; } ul { margin: 0 0 0 -16px; } li { margin-bottom: 3px; }"
                       ".urgency-emergency { color: #a1120b; } .urgency-urgent { color: #a84800; }"
                       ".urgency-routine { color: #3b4a5a; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    setMinimumWidth(240);
}

void RedFlagPanel::showFlags(const QString& symptomTitle, const std::vector<RedFlag>& flags) {
    m_heading->setText(QStringLiteral("<b style='color:#a1120b; font-size:14pt'>When to seek care</b><br>"
                                      "<span style='color:#555'>%1</span>")
                           .arg(symptomTitle.toHtmlEscaped()));
    if (flags.empty()) {
        m_list->setHtml(QStringLiteral("<p>Choose a symptom to see its warning signs.</p>"));
        return;
    }
    m_list->setHtml(QString::fromStdString(renderRedFlagsHtml(flags)));
}

QString RedFlagPanel::plainText() const { return m_heading->text() + QLatin1Char('\n') + m_list->toPlainText(); }

} // namespace carebook::app
