// SPDX-License-Identifier: MIT
#pragma once

// The home-care sheet on paper, laid out and painted by the shared paged document
// (app/print/pageddocument.h), so the builder's preview is the print. A regular sheet is one page at
// the largest text size that fits (10 pt body text, else 9 pt); a large-print sheet is 12 pt and up on
// at most two pages.

#include "app/print/pageddocument.h"
#include "core/sheet/html.h"

#include <memory>

namespace carebook::app {

// Our own page margin on every side; the printer's margins are set to zero so nothing else adds one.
// 6 mm: inside what office printers can print (about 4 mm), and the room a 10 pt sheet needs.
inline constexpr double kSheetMarginMm = 6.0;
inline constexpr PageStyle kSheetPageStyle{9, kSheetMarginMm};
inline constexpr int kLargePrintMaxPages = 2;
// Large print: its "page 1 of 2" footer at 12 pt too, in a bottom margin tall enough for it.
inline constexpr PageStyle kLargePrintPageStyle{9, 10.0, 12};

using SheetPrintError = PrintError;

// The sheet laid out on pages of the given paper size (points).
class SheetLayout final : public PagedDocument {
public:
    SheetLayout(const QString& html, const QSizeF& paperPoints, int maxPages = 1)
        : PagedDocument(html, paperPoints, maxPages > 1 ? kLargePrintPageStyle : kSheetPageStyle), m_maxPages(maxPages) {}
    int maxPages() const { return m_maxPages; }
    bool fits() const { return pageCount() <= m_maxPages; }
    void paintFirstPage(QPainter& painter) const { paintPage(painter, 0); }

private:
    int m_maxPages;
};

// A sheet laid out at the text size it prints at.
struct FittedSheet {
    QString html;
    SheetTextSize textSize = SheetTextSize::Regular;
    std::shared_ptr<const SheetLayout> layout;
    bool fits() const { return layout && layout->fits(); }
};

// Large print: Large, up to two pages. Otherwise Regular when it fits one page, else Compact (which
// may still not fit: see fits()).
FittedSheet fitSheet(const SheetDocument& sheet, bool largePrint, const QSizeF& paperPoints);

// Prints on an already configured printer (from QPrintDialog or QPrintPreviewDialog): the layout follows
// the printer's paper. Throws SheetPrintError when the sheet does not fit that paper or the printer
// cannot be opened.
void printSheet(const SheetDocument& sheet, bool largePrint, QPrinter& printer);

// Writes the PDF at 1200 dpi, complete or not at all; returns what it laid out.
FittedSheet writeSheetPdf(const SheetDocument& sheet, bool largePrint, Paper paper, const QString& path,
                          const QString& title);

// A one-line message for a sheet that needs more pages than it may have.
QString overflowMessage(int pageCount, int maxPages, const QString& paperName);

} // namespace carebook::app
