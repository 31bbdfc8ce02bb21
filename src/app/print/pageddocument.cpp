// SPDX-License-Identifier: MIT
#include "app/print/pageddocument.h"

#include "core/util/safe_file.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace carebook::app {

namespace {

// 144 dpi: two pixels a point, so every whole and half point size is a whole pixel size. Qt lays text
// out in whole pixels: at 96 dpi 10 pt (13.3 px) printed as 13 px, 9.75 pt.
constexpr double kLayoutDpi = 144.0;

double pointsToLayout(double points) { return points * kLayoutDpi / 72.0; }

// Draws <img src="illustrations/ID.svg"> as vectors with QSvgRenderer, so the drawings stay sharp at
// any print resolution; the default image handler would rasterise them at their small natural size.
class SvgImageHandler final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit SvgImageHandler(QObject* parent) : QObject(parent) {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override {
        const auto image = format.toImageFormat();
        // An <img>'s width and height are CSS pixels (1/96 inch), whatever the layout's resolution.
        constexpr double kLayoutPerCssPixel = kLayoutDpi / 96.0;
        QSizeF size(image.width() * kLayoutPerCssPixel, image.height() * kLayoutPerCssPixel);
        if (size.width() <= 0 || size.height() <= 0) {
            if (auto* renderer = rendererFor(image.name())) {
                const QSizeF natural = renderer->viewBoxF().size();
                size = size.width() > 0 ? QSizeF(size.width(), size.width() * natural.height() / natural.width())
                                        : natural * kLayoutPerCssPixel;
            }
        }
        return size;
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override {
        if (auto* renderer = rendererFor(format.toImageFormat().name())) {
            renderer->render(painter, rect);
        }
    }

private:
    QSvgRenderer* rendererFor(const QString& name) {
        auto found = m_renderers.find(name);
        if (found == m_renderers.end()) {
            // Only our own resources: a printed page never loads files or URLs.
            const QString path = QStringLiteral(":/") + name;
            auto* renderer = new QSvgRenderer(this);
            if (name.contains(QLatin1String("..")) || name.contains(QLatin1Char(':')) || !QFile::exists(path) ||
                !renderer->load(path)) {
                delete renderer;
                renderer = nullptr;
            }
            found = m_renderers.insert(name, renderer);
        }
        return found.value();
    }

    QHash<QString, QSvgRenderer*> m_renderers;
};

// Font sizes in points become pixels at the layout device's resolution: a fixed 144 dpi image keeps the
// layout independent of the screen the app happens to run on.
QPaintDevice* layoutDevice() {
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
        return image;
    }();
    return &device;
}

QPalette lightPalette() {
    QPalette palette;
    palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x0b, 0x62, 0xa4));
    return palette;
}

void paintFooter(QPainter& painter, const PagedDocument& document, const QString& text) {
    if (text.isEmpty()) {
        return;
    }
    const QSizeF page = document.pageSize();
    const double margin = document.margin();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(document.footerPoints() * kLayoutDpi / 72.0));
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x3d, 0x47, 0x52));
    // The footer sits in the middle of the bottom margin, clear of the text above it.
    const QRectF band(margin, page.height() - margin * 0.75, page.width() - 2 * margin, margin * 0.5);
    painter.drawText(band, Qt::AlignCenter | Qt::TextSingleLine, text);
    painter.restore();
}

// Paints the pages at the device's resolution (a printer or a PDF writer), one device page each.
void paintOn(const PagedDocument& document, QPagedPaintDevice& device, const FooterText& footer, int pageLimit) {
    const int count = pageLimit > 0 ? std::min(pageLimit, document.pageCount()) : document.pageCount();
    QPainter painter;
    if (!painter.begin(&device)) {
        throw PrintError("cannot open the printer or output file");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(device.logicalDpiX() / kLayoutDpi, device.logicalDpiY() / kLayoutDpi);
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !device.newPage()) {
            throw PrintError("printing failed");
        }
        document.paintPage(painter, page);
        if (footer) {
            paintFooter(painter, document, footer(page, count));
        }
    }
    if (!painter.end()) {
        throw PrintError("printing failed");
    }
}

} // namespace

QPageSize pageSizeFor(Paper paper) {
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

Paper defaultPaperFor(const QLocale& locale) {
    // The countries where Letter is the usual paper size.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

QString paperLabel(const QSizeF& points) {
    const auto id = QPageSize::id(points, QPageSize::Point, QPageSize::FuzzyMatch);
    if (id == QPageSize::A4) {
        return QStringLiteral("A4");
    }
    if (id == QPageSize::Letter) {
        return QStringLiteral("Letter");
    }
    return id == QPageSize::Custom ? QPageSize(points, QPageSize::Point).name() : QPageSize::name(id);
}

PagedDocument::PagedDocument(const QString& html, const QSizeF& paperPoints, const PageStyle& style)
    : m_document(new QTextDocument), m_footerPoints(style.footerPoints) {
    auto& document = *m_document;
    document.documentLayout()->setPaintDevice(layoutDevice());
    document.documentLayout()->registerHandler(QTextFormat::ImageObject, new SvgImageHandler(&document));
    document.setUseDesignMetrics(true);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long word or URL wraps too
    document.setDefaultTextOption(option);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), qRound(style.baseFontPoints)));
    // Our margins, on a page as large as the paper: without a page size QTextDocument would paginate for
    // the screen and stamp page numbers when printed.
    document.setDocumentMargin(style.marginMm / 25.4 * kLayoutDpi);
    document.setPageSize(QSizeF(pointsToLayout(paperPoints.width()), pointsToLayout(paperPoints.height())));
    document.setHtml(html);
}

PagedDocument::~PagedDocument() = default;

int PagedDocument::pageCount() const { return m_document->pageCount(); }

QSizeF PagedDocument::pageSize() const { return m_document->pageSize(); }

double PagedDocument::margin() const { return m_document->documentMargin(); }

double PagedDocument::fill() const {
    const double margin = m_document->documentMargin();
    const double printable = m_document->pageSize().height() - 2 * margin;
    // The layout's height counts both margins; page breaks push content down, so past one page this is
    // an estimate, which is all the sheet builder shows it for.
    return (m_document->documentLayout()->documentSize().height() - 2 * margin) / printable;
}

void PagedDocument::paintPage(QPainter& painter, int page) const {
    const QSizeF size = m_document->pageSize();
    const QRectF pageRect(QPointF(0, page * size.height()), size);
    painter.save();
    painter.translate(0, -pageRect.top());
    painter.setClipRect(pageRect);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = pageRect;
    context.palette = lightPalette();
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

QSizeF preparePrinter(QPrinter& printer) {
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    return printer.pageLayout().fullRect(QPageLayout::Point).size();
}

void printPages(const PagedDocument& document, QPrinter& printer, const FooterText& footer, int pageLimit) {
    paintOn(document, printer, footer, pageLimit);
    if (printer.printerState() == QPrinter::Error) {
        throw PrintError("printing failed");
    }
}

void writePdf(const PagedDocument& document, const QPageSize& pageSize, const QString& path, const QString& title,
              const FooterText& footer, int pageLimit) {
    // Never over a device, FIFO or folder: QSaveFile would replace a device node with the PDF.
    try {
        requireRegularOutput(QFile::encodeName(path).toStdString());
    } catch (const FileError& e) {
        throw PrintError(e.what());
    }
    // QPdfWriter rather than a PDF QPrinter: the same PDF engine, but it loads no print-system plugin
    // (CUPS would open a socket, and Carebook never touches the network). QSaveFile writes beside the
    // target and renames on commit, so a reader never sees half a PDF and a failure leaves nothing.
    QSaveFile file(path);
    // A sheet or an article names a person's health concerns: readable by its owner only.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        throw PrintError("cannot write '" + path.toStdString() + "': " + file.errorString().toStdString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Carebook"));
        paintOn(document, writer, footer, pageLimit);
    }
    if (!file.commit()) {
        throw PrintError("cannot write '" + path.toStdString() + "': " + file.errorString().toStdString());
    }
}

} // namespace carebook::app

#include "pageddocument.moc"
