// SPDX-License-Identifier: MIT
#pragma once

// One way to put Carebook's HTML on paper, shared by the home-care sheet and printed articles: a
// QTextDocument laid out at a fixed 96 dpi for a paper size, painted page by page on screen, on a
// printer or into a PDF through the same code, so a preview is the print. Always the light page: the
// colours come from the page's own stylesheet and a fixed light palette, never from the desktop theme.

#include "core/sheet/sheet.h"

#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <stdexcept>

class QLocale;
class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QTextDocument;

namespace carebook::app {

// A failure to lay out or write a page, as one line for a person.
class PrintError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

QPageSize pageSizeFor(Paper paper);
// Letter where people use it (the United States, Canada and a few others), A4 everywhere else.
Paper defaultPaperFor(const QLocale& locale);
// "A4", "Letter", or the page size's own name.
QString paperLabel(const QSizeF& points);

struct PageStyle {
    double baseFontPoints = 9;
    double marginMm = 10;
    double footerPoints = 8; // the footer in the bottom margin
};

// What to print in the bottom margin of page `page` (0-based) of `pageCount`; empty for nothing.
using FooterText = std::function<QString(int page, int pageCount)>;

// HTML laid out on pages of the given paper size (points). Layout happens at a fixed 96 dpi with design
// metrics, so the page breaks are the same on any screen and printer.
class PagedDocument {
public:
    PagedDocument(const QString& html, const QSizeF& paperPoints, const PageStyle& style);
    ~PagedDocument();
    PagedDocument(const PagedDocument&) = delete;
    PagedDocument& operator=(const PagedDocument&) = delete;

    int pageCount() const;
    // Height the content needs as a share of one page's printable height (above 1: it needs more pages).
    double fill() const;
    // The paper in layout units (pixels at 96 dpi).
    QSizeF pageSize() const;
    double margin() const;
    double footerPoints() const { return m_footerPoints; }
    // Paints page `page` (0-based) with its top-left corner at the painter's origin, in layout units:
    // scale the painter first to draw it at another size.
    void paintPage(QPainter& painter, int page) const;
    const QTextDocument& document() const { return *m_document; }

private:
    std::unique_ptr<QTextDocument> m_document;
    double m_footerPoints;
};

// Sets a printer from QPrintDialog or QPrintPreviewDialog up for the document's own margins (its own
// are set to zero) and returns its paper in points, to lay the document out for.
QSizeF preparePrinter(QPrinter& printer);
// Paints the first `pageLimit` pages (all when 0) on a prepared printer, with the footer in each page's
// bottom margin.
void printPages(const PagedDocument& document, QPrinter& printer, const FooterText& footer = {}, int pageLimit = 0);
// The same as a PDF at 1200 dpi. The file appears only when complete: it is written beside the target
// and renamed, and nothing is left behind on failure.
void writePdf(const PagedDocument& document, const QPageSize& pageSize, const QString& path, const QString& title,
              const FooterText& footer = {}, int pageLimit = 0);

} // namespace carebook::app
