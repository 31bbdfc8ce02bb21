// SPDX-License-Identifier: MIT
#include "app/theme/icons.h"

#include "app/theme/theme.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace carebook::app {

QIcon ownIcon(const QString& name, const Theme& theme) {
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray svg = file.readAll();
    svg.replace("currentColor", theme.icon.name().toLatin1());
    const QByteArray disabled = theme.disabledText.name().toLatin1();
    QByteArray disabledSvg = svg;
    disabledSvg.replace(theme.icon.name().toLatin1(), disabled);
    QSvgRenderer normal(svg);
    QSvgRenderer greyed(disabledSvg);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        for (auto [renderer, mode] : {std::pair{&normal, QIcon::Normal}, std::pair{&greyed, QIcon::Disabled}}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer->render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace carebook::app
