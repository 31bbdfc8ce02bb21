// SPDX-License-Identifier: MIT
#pragma once

// The home-care sheet on paper: one page, always, laid out and painted by the shared paged document
// (app/print/pageddocument.h), so the builder's preview is the print.

#include "app/print/pageddocument.h"

namespace carebook::app {

// Our own page margin on every side; the printer's margins are set to zero so nothing else adds one.
inline constexpr double kSheetMarginMm = 10.0;
inline constexpr PageStyle kSheetPageStyle{9, kSheetMarginMm};

using SheetPrintError = PrintError;

// The sheet laid out on a page of the given paper size (points).
class SheetLayout final : public PagedDocument {
public:
    SheetLayout(const QString& html, const QSizeF& paperPoints) : PagedDocument(html, paperPoints, kSheetPageStyle) {}
    bool fitsOnOnePage() const { return pageCount() == 1; }
    void paintFirstPage(QPainter& painter) const { paintPage(painter, 0); }
};

// Prints on an already configured printer (from QPrintDialog or QPrintPreviewDialog): the layout follows
// the printer's paper. Throws SheetPrintError when the sheet does not fit on one page of that paper or
// the printer cannot be opened.
void printSheet(const QString& html, QPrinter& printer);

// Writes a one-page PDF at 1200 dpi, complete or not at all.
void writeSheetPdf(const QString& html, Paper paper, const QString& path, const QString& title);

// A one-line message for a sheet that needs more than one page.
QString overflowMessage(int pageCount, const QString& paperName);

} // namespace carebook::app
