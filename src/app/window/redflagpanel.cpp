// SPDX-License-Identifier: MIT
#include "app/window/redflagpanel.h"

#include "app/settings/language.h"
#include "app/theme/thememanager.h"
#include "core/content/article_html.h"
#include "core/content/model.h"

#include <QAccessible>
#include <QFont>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carebook::app {

RedFlagPanel::RedFlagPanel(QWidget* parent) : QFrame(parent), m_heading(new QLabel(this)), m_list(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("redFlagPanel"));
    // The panel paints its own background and edge (paintEvent), and the list sits on it transparent.
    // Not a style sheet: the first one in a window makes Qt build its style-sheet style and re-polish
    // through it, a few milliseconds of start-up for one rounded box.
    setFrameShape(QFrame::NoFrame);
    m_heading->setObjectName(QStringLiteral("redFlagHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("redFlagList"));
    m_list->setOpenLinks(false);
    m_list->setSearchPaths({QStringLiteral(":/")});
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setAutoFillBackground(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    setMinimumWidth(220);
    auto& themes = ThemeManager::instance();
    connect(&themes, &ThemeManager::themeChanged, this, &RedFlagPanel::restyle);
    connect(&themes, &ThemeManager::textScaleChanged, this, &RedFlagPanel::restyle);
    restyle();
}

void RedFlagPanel::restyle() {
    const Theme& theme = ThemeManager::current();
    update(); // the background and edge, in paintEvent
    m_list->document()->setDefaultStyleSheet(redFlagCss(theme, ThemeManager::textScale()));
    // QTextDocument lays out unstyled text (the warning signs themselves) in its default font, not in
    // the stylesheet's body size: scale that font too, or Ctrl+Plus would leave the signs small.
    QFont listFont = m_list->document()->defaultFont();
    listFont.setPointSizeF(10.5 * ThemeManager::textScale() / 100.0);
    m_list->document()->setDefaultFont(listFont);
    render();
}

void RedFlagPanel::showFlags(const QString& symptomTitle, const std::vector<RedFlag>& flags) {
    m_symptomTitle = symptomTitle;
    m_flags = flags;
    render();
    describeForScreenReaders();
}

void RedFlagPanel::describeForScreenReaders() {
    // Colour and the icons carry the urgency on screen; a screen reader gets it in words, tier by tier,
    // most urgent first: "Emergency: get help now: 4 signs. …, …".
    m_list->setAccessibleName(m_symptomTitle.isEmpty() ? tr("When to seek care")
                                                       : tr("When to seek care: %1").arg(m_symptomTitle));
    QStringList tiers;
    for (const auto urgency : kUrgencies) {
        QStringList signs;
        for (const auto& flag : m_flags) {
            if (flag.urgency == urgency) {
                signs << QString::fromStdString(flag.text);
            }
        }
        if (!signs.isEmpty()) {
            tiers << tr("%1: %n sign(s). %2", nullptr, static_cast<int>(signs.size()))
                         .arg(urgencyText(urgency), signs.join(QLatin1Char(' ')));
        }
    }
    m_list->setAccessibleDescription(tiers.isEmpty() ? tr("Choose a symptom to see its warning signs.")
                                                     : tiers.join(QLatin1Char(' ')));
    QAccessibleEvent event(m_list, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

int RedFlagPanel::iconPixels() const { return qRound(16 * ThemeManager::textScale() / 100.0); }

void RedFlagPanel::render() {
    const Theme& theme = ThemeManager::current();
    const int scale = ThemeManager::textScale();
    m_heading->setText(QStringLiteral("<b style='color:%1; font-size:%2pt'>%3</b><br>"
                                      "<span style='color:%4; font-size:%5pt'>%6</span>")
                           .arg(theme.redFlagHeading.name())
                           .arg(14.0 * scale / 100.0, 0, 'f', 1)
                           .arg(tr("When to seek care"), theme.redFlagSubtitle.name())
                           .arg(10.0 * scale / 100.0, 0, 'f', 1)
                           .arg(m_symptomTitle.toHtmlEscaped()));
    const int icon = iconPixels();
    m_list->setHtml(m_flags.empty() ? tr("<p>Choose a symptom to see its warning signs.</p>")
                                    : QString::fromStdString(renderRedFlagsHtml(m_flags, icon, urgencyWords())));
    // Each sign drawn from its SVG at the size shown (and the screen's pixel ratio), not a 16 px
    // picture stretched and blurred at large text sizes.
    const qreal ratio = m_list->devicePixelRatioF();
    const QSize pixels = QSize(icon, icon) * ratio;
    for (const char* urgency : {"emergency", "urgent", "routine"}) {
        const QString name = QStringLiteral("icons/urgency-%1.svg").arg(QLatin1String(urgency));
        QSvgRenderer svg(QStringLiteral(":/") + name);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(ratio);
        m_list->document()->addResource(QTextDocument::ImageResource, QUrl(name), image);
    }
}

int RedFlagPanel::borderWidth() const { return ThemeManager::current().kind == ThemeKind::HighContrast ? 3 : 1; }

void RedFlagPanel::paintEvent(QPaintEvent* /*event*/) {
    const Theme& theme = ThemeManager::current();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal border = borderWidth();
    painter.setPen(QPen(theme.redFlagBorder, border));
    painter.setBrush(theme.redFlagBackground);
    painter.drawRoundedRect(QRectF(rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2), 4, 4);
}

QString RedFlagPanel::plainText() const { return m_heading->text() + QLatin1Char('\n') + m_list->toPlainText(); }

} // namespace carebook::app
