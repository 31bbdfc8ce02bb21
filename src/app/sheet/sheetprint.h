// SPDX-License-Identifier: MIT
#pragma once

// Lays a home-care sheet's HTML out on one page and paints it: on screen (the builder's preview), on a
// printer and into a PDF, all through the same QTextDocument and the same painting code, so the preview
// is the print. Always the light theme: the colours come from the sheet's stylesheet and a fixed palette,
// never from the desktop.

#include "core/sheet/sheet.h"

#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <memory>
#include <stdexcept>

class QLocale;
class QPainter;
class QPrinter;
class QTextDocument;

namespace carebook::app {

// Our own page margin on every side; the printer's margins are set to zero so nothing else adds one.
inline constexpr double kSheetMarginMm = 10.0;

QPageSize pageSizeFor(Paper paper);
// Letter where people use it (the United States, Canada and a few others), A4 everywhere else.
Paper defaultPaperFor(const QLocale& locale);

// A failure to lay out or write a sheet, as one line for a person.
class SheetPrintError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The sheet laid out on a page of the given paper size (points). Layout happens at a fixed 96 dpi with
// design metrics, so the page breaks are the same on any screen and printer.
class SheetLayout {
public:
    SheetLayout(const QString& html, const QSizeF& paperPoints);
    ~SheetLayout();
    SheetLayout(const SheetLayout&) = delete;
    SheetLayout& operator=(const SheetLayout&) = delete;

    int pageCount() const;
    bool fitsOnOnePage() const { return pageCount() == 1; }
    // Height the content needs as a share of the printable height (above 1: it does not fit).
    double fill() const;
    // The paper in layout units (pixels at 96 dpi).
    QSizeF pageSize() const;
    // Paints the first page with its top-left corner at the painter's origin, in layout units: scale the
    // painter first to draw it at another size.
    void paintFirstPage(QPainter& painter) const;
    const QTextDocument& document() const { return *m_document; }

private:
    std::unique_ptr<QTextDocument> m_document;
};

// Prints on an already configured printer (from QPrintDialog or QPrintPreviewDialog): the layout follows
// the printer's paper. Throws SheetPrintError when the sheet does not fit on one page of that paper or
// the printer cannot be opened.
void printSheet(const QString& html, QPrinter& printer);

// Writes a one-page PDF at 1200 dpi. The file appears only when complete: it is written beside the
// target and renamed, and nothing is left behind on failure.
void writeSheetPdf(const QString& html, Paper paper, const QString& path, const QString& title);

// A one-line message for a sheet that needs more than one page.
QString overflowMessage(int pageCount, const QString& paperName);

} // namespace carebook::app
