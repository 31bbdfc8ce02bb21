// SPDX-License-Identifier: MIT
#include "app/sheet/sheetprint.h"

#include <QPrinter>

namespace carebook::app {

QString overflowMessage(int pageCount, const QString& paperName) {
    return QStringLiteral("the sheet does not fit on one %1 page (it would need %2): shorten the notes or include "
                          "fewer items")
        .arg(paperName)
        .arg(pageCount);
}

namespace {

void requireOnePage(const SheetLayout& layout, const QSizeF& paperPoints) {
    if (!layout.fitsOnOnePage()) {
        throw SheetPrintError(overflowMessage(layout.pageCount(), paperLabel(paperPoints)).toStdString());
    }
}

} // namespace

void printSheet(const QString& html, QPrinter& printer) {
    const QSizeF paper = preparePrinter(printer);
    const SheetLayout layout(html, paper);
    requireOnePage(layout, paper);
    printPages(layout, printer, {}, 1);
}

void writeSheetPdf(const QString& html, Paper paper, const QString& path, const QString& title) {
    const QPageSize pageSize = pageSizeFor(paper);
    const SheetLayout layout(html, pageSize.size(QPageSize::Point));
    requireOnePage(layout, pageSize.size(QPageSize::Point));
    writePdf(layout, pageSize, path, title, {}, 1);
}

} // namespace carebook::app
