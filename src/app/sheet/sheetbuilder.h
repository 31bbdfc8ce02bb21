// SPDX-License-Identifier: MIT
#pragma once

#include "core/sheet/sheet.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QTreeView;

class QPrinter;

namespace Ui {
class SheetBuilder;
}

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class SheetLayout;

// The page as it will print: the same layout and painting code as the printer, scaled to the widget.
class SheetPreview final : public QWidget {
    Q_OBJECT
public:
    explicit SheetPreview(QWidget* parent = nullptr);
    void setSheetLayout(std::shared_ptr<const SheetLayout> layout, const QString& problem);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::shared_ptr<const SheetLayout> m_layout;
    QString m_problem;
};

// Builds a home-care sheet for one symptom: who it is for, the start date, what to include, notes and
// the paper, with a live preview; prints, previews the print, saves a PDF, and asks for the sheet to be
// saved (saveRequested) so it can be reopened later with setRequest().
class SheetBuilder final : public QDialog {
    Q_OBJECT
public:
    explicit SheetBuilder(ContentStore& store, QWidget* parent = nullptr);
    ~SheetBuilder() override;

    // Chooses a symptom and resets the choices to the composer's proposal for it.
    bool setSymptom(const QString& symptomId);
    // Shows a saved sheet. Ids the content no longer has are reported in the status line, not dropped
    // silently.
    void setRequest(const SheetRequest& request);
    SheetRequest request() const;

    // The state of the last composition (updated shortly after each change; refresh() forces it).
    void refresh();
    // The sheet fits its pages: one, or two in large print.
    bool fitsOnOnePage() const { return m_fits; }
    QString statusText() const;
    QString currentHtml() const { return m_html; }

    // Writes the sheet as a PDF without asking (used by "Save as PDF…" after its file dialog).
    bool savePdf(const QString& path, QString* error = nullptr);

Q_SIGNALS:
    void saveRequested(const carebook::SheetRequest& request);

protected:
    // Remembers where the builder was, for the next time it opens.
    void hideEvent(QHideEvent* event) override;

private:
    // Page size from the chosen paper and the document name, shared by Print and Print preview.
    void configurePrinter(QPrinter& printer) const;
    void buildUi();
    void fillChoices(const std::optional<std::vector<std::string>>& include);
    void scheduleUpdate();
    void updateButtons();
    void print();
    void printPreview();
    void saveAsPdf();
    void requestSave();

    std::unique_ptr<Ui::SheetBuilder> m_ui;
    ContentStore& m_store;
    SheetFoodSource m_foodSource;
    QComboBox* m_symptom = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_start = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_largePrint = nullptr;
    QStandardItemModel* m_choices = nullptr;
    QTreeView* m_choiceView = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_status = nullptr;
    SheetPreview* m_preview = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QTimer* m_updateTimer = nullptr;
    // The last composition and its layout at the size it prints at.
    std::optional<SheetDocument> m_sheet;
    QString m_html;
    QString m_title;
    QString m_problem;
    QString m_missingNote;
    bool m_fits = false;
    bool m_filling = false;
};

} // namespace carebook::app
