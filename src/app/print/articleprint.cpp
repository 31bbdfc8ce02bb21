// SPDX-License-Identifier: MIT
#include "app/print/articleprint.h"

#include "app/settings/language.h"
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace carebook::app {

namespace {

FooterText footerFor(const Edition& edition) {
    const QDate today = QDate::currentDate();
    return [edition, today](int page, int count) { return articleFooter(edition, today, page, count); };
}

// The paper of the person's locale and the article's title as the print job's name.
void setUpPrinter(QPrinter& printer, const ArticlePrint& print) {
    printer.setPageSize(pageSizeFor(defaultPaperFor(QLocale())));
    printer.setDocName(QString::fromStdString(print.title));
}

QString fileNameFor(const ArticlePrint& print) {
    return QString::fromStdString(print.articleId) + QStringLiteral(".pdf");
}

} // namespace

QString articleFooter(const Edition& edition, const QDate& printed, int page, int pageCount) {
    // A free function: the context is named so lupdate files the string where the app looks it up.
    return QCoreApplication::translate("carebook::app::ArticlePrinter", "Carebook · content %1 · printed %2 · page %3 of %4")
        .arg(QString::fromStdString(edition.contentVersion), QLocale().toString(printed, QLocale::LongFormat))
        .arg(page + 1)
        .arg(pageCount);
}

void printArticle(const ArticlePrint& print, const Edition& edition, QPrinter& printer) {
    const QSizeF paper = preparePrinter(printer);
    const PagedDocument document(QString::fromStdString(print.html), paper, kArticlePageStyle);
    printPages(document, printer, footerFor(edition));
}

void writeArticlePdf(const ArticlePrint& print, const Edition& edition, Paper paper, const QString& path) {
    const QPageSize pageSize = pageSizeFor(paper);
    const PagedDocument document(QString::fromStdString(print.html), pageSize.size(QPageSize::Point),
                                 kArticlePageStyle);
    writePdf(document, pageSize, path, QString::fromStdString(print.title), footerFor(edition));
}

ArticlePrinter::ArticlePrinter(const ContentStore& store, CurrentTarget current, QWidget* window)
    : QObject(window), m_store(store), m_current(std::move(current)), m_window(window) {
    m_print = new QAction(tr("&Print article…"), this);
    m_print->setObjectName(QStringLiteral("printArticleAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print this article with its warning signs"));
    m_preview = new QAction(tr("Print pre&view…"), this);
    m_preview->setObjectName(QStringLiteral("printPreviewArticleAction"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pdf = new QAction(tr("Save article as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("saveArticlePdfAction"));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_print, &QAction::triggered, this, &ArticlePrinter::print);
    connect(m_preview, &QAction::triggered, this, &ArticlePrinter::preview);
    connect(m_pdf, &QAction::triggered, this, &ArticlePrinter::saveAsPdf);
    setArticleShown(false);
}

void ArticlePrinter::setArticleShown(bool shown) {
    for (auto* action : {m_print, m_preview, m_pdf}) {
        action->setEnabled(shown);
    }
}

ArticlePrint ArticlePrinter::compose() const {
    const auto target = m_current();
    return composeArticlePrint(m_store, target.articleId, target.symptomContext, {}, articlePrintLabels());
}

void ArticlePrinter::report(const QString& message) {
    QMessageBox::warning(m_window, tr("Cannot print the article"), message);
}

void ArticlePrinter::print() {
    try {
        const auto page = compose();
        QPrinter printer(QPrinter::HighResolution);
        setUpPrinter(printer, page);
        QPrintDialog dialog(&printer, m_window);
        dialog.setWindowTitle(tr("Print article"));
        if (dialog.exec() == QDialog::Accepted) {
            printArticle(page, m_store.edition(), printer);
        }
    } catch (const std::exception& e) {
        report(QString::fromStdString(e.what()));
    }
}

void ArticlePrinter::preview() {
    try {
        const auto page = compose();
        const auto edition = m_store.edition();
        QPrinter printer(QPrinter::HighResolution);
        setUpPrinter(printer, page);
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.setWindowTitle(tr("Print preview: %1").arg(QString::fromStdString(page.title)));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &page, &edition](QPrinter* target) {
            try {
                printArticle(page, edition, *target);
            } catch (const std::exception& e) {
                report(QString::fromStdString(e.what()));
            }
        });
        dialog.exec();
    } catch (const std::exception& e) {
        report(QString::fromStdString(e.what()));
    }
}

void ArticlePrinter::saveAsPdf() {
    try {
        const auto page = compose();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save article as PDF"),
                                                          QDir(folder).filePath(fileNameFor(page)),
                                                          tr("PDF files (*.pdf)"));
        if (path.isEmpty()) {
            return;
        }
        writeArticlePdf(page, m_store.edition(), defaultPaperFor(QLocale()), path);
    } catch (const std::exception& e) {
        report(QString::fromStdString(e.what()));
    }
}

} // namespace carebook::app
