// SPDX-License-Identifier: MIT
#pragma once

// Printing the article on screen: File → Print…, Print preview… and Save as PDF…, and the command line's
// `carebook print`. The page comes from core/print (the article with its warning signs) and is laid out
// by the shared paged document, with the date and the content edition in every page's footer.

#include "core/print/article_print.h"
#include "app/print/pageddocument.h"

#include <QDate>
#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace carebook::app {

// Article pages: larger type than the one-page sheet, and wider margins to hold the page in.
inline constexpr PageStyle kArticlePageStyle{11, 18};

// "Carebook · content 2026.12 · printed 6 December 2026 · page 1 of 2"
QString articleFooter(const Edition& edition, const QDate& printed, int page, int pageCount);

void printArticle(const ArticlePrint& print, const Edition& edition, QPrinter& printer);
void writeArticlePdf(const ArticlePrint& print, const Edition& edition, Paper paper, const QString& path);

// The window's article printing actions. The window says what is on screen; this owns the dialogs.
class ArticlePrinter final : public QObject {
    Q_OBJECT
public:
    struct Target {
        std::string articleId;
        std::string symptomContext; // the symptom whose warning signs the window shows, if any
    };
    using CurrentTarget = std::function<Target()>;

    ArticlePrinter(const ContentStore& store, CurrentTarget current, QWidget* window);

    QAction* printAction() const { return m_print; }
    QAction* previewAction() const { return m_preview; }
    QAction* pdfAction() const { return m_pdf; }
    // Enables the actions when an article is on screen.
    void setArticleShown(bool shown);

    // The page for what is on screen now (throws ArticlePrintError).
    ArticlePrint compose() const;

    void print();
    void preview();
    void saveAsPdf();

private:
    void report(const QString& message);

    const ContentStore& m_store;
    CurrentTarget m_current;
    QWidget* m_window;
    QAction* m_print = nullptr;
    QAction* m_preview = nullptr;
    QAction* m_pdf = nullptr;
};

} // namespace carebook::app
