// SPDX-License-Identifier: MIT
#include "app/theme/icons.h"

#include "app/theme/theme.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <map>

namespace carebook::app {

namespace {

// Draws the icon's SVG, in the theme's colours, at the size asked for, when first asked: a toolbar
// needs one size of each icon, so rendering every size up front (as QIcon::addPixmap would) is
// start-up work for nothing.
class ThemedSvgIconEngine final : public QIconEngine {
public:
    ThemedSvgIconEngine(QByteArray normal, QByteArray disabled)
        : m_normal(std::move(normal)), m_disabled(std::move(disabled)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        painter->drawPixmap(rect, pixmap(rect.size() * painter->device()->devicePixelRatioF(), mode, state));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State /*state*/) override {
        const bool greyed = mode == QIcon::Disabled;
        auto& cached = (greyed ? m_disabledPixmaps : m_normalPixmaps)[{size.width(), size.height()}];
        if (cached.isNull()) {
            QSvgRenderer renderer(greyed ? m_disabled : m_normal);
            cached = QPixmap(size);
            cached.fill(Qt::transparent);
            QPainter painter(&cached);
            renderer.render(&painter);
        }
        return cached;
    }

    QSize actualSize(const QSize& size, QIcon::Mode /*mode*/, QIcon::State /*state*/) override {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode /*mode*/, QIcon::State /*state*/) override {
        return {{16, 16}, {22, 22}, {24, 24}, {32, 32}, {48, 48}};
    }

    QIconEngine* clone() const override { return new ThemedSvgIconEngine(m_normal, m_disabled); }
    QString key() const override { return QStringLiteral("carebook-themed-svg"); }

private:
    QByteArray m_normal;
    QByteArray m_disabled;
    std::map<std::pair<int, int>, QPixmap> m_normalPixmaps;
    std::map<std::pair<int, int>, QPixmap> m_disabledPixmaps;
};

} // namespace

QIcon ownIcon(const QString& name, const Theme& theme) {
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray svg = file.readAll();
    svg.replace("currentColor", theme.icon.name().toLatin1());
    QByteArray disabledSvg = svg;
    disabledSvg.replace(theme.icon.name().toLatin1(), theme.disabledText.name().toLatin1());
    return QIcon(new ThemedSvgIconEngine(std::move(svg), std::move(disabledSvg)));
}

QByteArray themedIllustration(QByteArray svg, const Theme& theme) {
    const QColor* colours[] = {&theme.illustrationLine, &theme.illustrationAccent, &theme.illustrationGround,
                               &theme.illustrationFill};
    // Through placeholders, so a theme colour equal to another drawing colour is not replaced twice.
    const auto placeholder = [](std::size_t i) -> QByteArray {
        return QByteArray("@colour") + QByteArray::number(static_cast<int>(i)) + QByteArray("@");
    };
    for (std::size_t i = 0; i < std::size(kIllustrationColours); ++i) {
        svg.replace(QByteArray(kIllustrationColours[i]), placeholder(i));
    }
    for (std::size_t i = 0; i < std::size(kIllustrationColours); ++i) {
        svg.replace(placeholder(i), colours[i]->name().toLatin1());
    }
    return svg;
}

} // namespace carebook::app
