// SPDX-License-Identifier: MIT
#include "app/sheet/sheetprint.h"

#include "app/settings/language.h"

#include <QObject>
#include <QPrinter>

namespace carebook::app {

QString overflowMessage(int pageCount, int maxPages, const QString& paperName) {
    if (maxPages > 1) {
        return QObject::tr("the large-print sheet does not fit on %1 %2 pages (it would need %3): shorten the "
                           "notes or include fewer items")
            .arg(maxPages)
            .arg(paperName)
            .arg(pageCount);
    }
    return QObject::tr("the sheet does not fit on one %1 page (it would need %2): shorten the notes or include "
                       "fewer items, or choose large print")
        .arg(paperName)
        .arg(pageCount);
}

FittedSheet fitSheet(const SheetDocument& sheet, bool largePrint, const QSizeF& paperPoints) {
    const auto layOut = [&](SheetTextSize size) {
        FittedSheet fitted;
        fitted.textSize = size;
        fitted.html = QString::fromStdString(renderSheetHtml(sheet, size, sheetLabels()));
        fitted.layout = std::make_shared<SheetLayout>(fitted.html, paperPoints,
                                                      size == SheetTextSize::Large ? kLargePrintMaxPages : 1);
        return fitted;
    };
    if (largePrint) {
        return layOut(SheetTextSize::Large);
    }
    auto regular = layOut(SheetTextSize::Regular);
    if (regular.fits()) {
        return regular;
    }
    return layOut(SheetTextSize::Compact);
}

namespace {

// A two-page large-print sheet says so on each page, so page two is not lost or taken for another sheet.
FooterText pageFooter(const FittedSheet& fitted) {
    if (fitted.layout->pageCount() < 2) {
        return {};
    }
    return [](int page, int pageCount) { return QObject::tr("Home-care plan — page %1 of %2").arg(page + 1).arg(pageCount); };
}

void requireFit(const FittedSheet& fitted, const QSizeF& paperPoints) {
    if (!fitted.fits()) {
        throw SheetPrintError(
            overflowMessage(fitted.layout->pageCount(), fitted.layout->maxPages(), paperLabel(paperPoints)).toStdString());
    }
}

} // namespace

void printSheet(const SheetDocument& sheet, bool largePrint, QPrinter& printer) {
    const QSizeF paper = preparePrinter(printer);
    const auto fitted = fitSheet(sheet, largePrint, paper);
    requireFit(fitted, paper);
    printPages(*fitted.layout, printer, pageFooter(fitted), fitted.layout->maxPages());
}

FittedSheet writeSheetPdf(const SheetDocument& sheet, bool largePrint, Paper paper, const QString& path,
                          const QString& title) {
    const QPageSize pageSize = pageSizeFor(paper);
    auto fitted = fitSheet(sheet, largePrint, pageSize.size(QPageSize::Point));
    requireFit(fitted, pageSize.size(QPageSize::Point));
    writePdf(*fitted.layout, pageSize, path, title, pageFooter(fitted), fitted.layout->maxPages());
    return fitted;
}

} // namespace carebook::app
