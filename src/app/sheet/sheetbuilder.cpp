// SPDX-License-Identifier: MIT
#include "app/sheet/sheetbuilder.h"

#include "app/settings/language.h"
#include "app/access/keyboard.h"

#include "core/content/store.h"
#include "app/sheet/sheetfoods.h"
#include "app/sheet/sheetprint.h"
#include "app/settings/settings.h"
#include "app/theme/thememanager.h"
#include "app/window/windowgeometry.h"
#include "ui_sheetbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace carebook::app {

namespace {

constexpr int kRemedyIdRole = Qt::UserRole + 1;
constexpr int kSectionRole = Qt::UserRole + 2;

QString sectionHeading(SheetSection section) {
    switch (section) {
    case SheetSection::Schedule:
        return QObject::tr("Day-by-day plan");
    case SheetSection::Exercise:
        return QObject::tr("Stretches and exercises (up to %1)").arg(kMaxSheetExercises);
    case SheetSection::Foods:
        return QObject::tr("Foods");
    case SheetSection::Hydration:
        return QObject::tr("Drinks");
    }
    return {};
}

QString paperName(Paper paper) { return paper == Paper::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"); }

QDate toQDate(std::chrono::year_month_day date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

} // namespace

// ---- preview ----

SheetPreview::SheetPreview(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("sheetPreview"));
    setMinimumSize(320, 420);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SheetPreview::setSheetLayout(std::shared_ptr<const SheetLayout> layout, const QString& problem) {
    m_layout = std::move(layout);
    m_problem = problem;
    update();
}

void SheetPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    // The desk around the page follows the theme; the page itself is paper-white in every theme, as
    // it prints.
    // (High contrast's mid colour is white, like the page: its desk is the black window instead.)
    const bool highContrast = ThemeManager::current().kind == ThemeKind::HighContrast;
    painter.fillRect(rect(), palette().color(highContrast ? QPalette::Window : QPalette::Mid));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF page = m_layout ? m_layout->pageSize() : QSizeF(794, 1123);
    // Every page the sheet prints on (two for large print), side by side.
    const int pages = m_layout ? std::clamp(m_layout->pageCount(), 1, m_layout->maxPages()) : 1;
    const double padding = 14;
    const double gap = 12;
    const double scale = std::min((width() - 2 * padding - (pages - 1) * gap) / (page.width() * pages),
                                  (height() - 2 * padding) / page.height());
    if (scale <= 0) {
        return;
    }
    const QSizeF shown = page * scale;
    const double rowWidth = pages * shown.width() + (pages - 1) * gap;
    const QPointF first((width() - rowWidth) / 2, (height() - shown.height()) / 2);
    for (int index = 0; index < pages; ++index) {
        const QPointF origin = first + QPointF(index * (shown.width() + gap), 0);
        QColor shadow = palette().color(QPalette::Shadow);
        shadow.setAlpha(60);
        painter.fillRect(QRectF(origin + QPointF(3, 3), shown), shadow);
        painter.fillRect(QRectF(origin, shown), Qt::white);
        if (m_layout) {
            painter.save();
            painter.translate(origin);
            painter.scale(scale, scale);
            m_layout->paintPage(painter, index);
            painter.restore();
        }
    }
    if (!m_problem.isEmpty()) {
        // Over the pages' foot, so the person sees the sheet and why it cannot print as it is.
        const QRectF band(first.x(), first.y() + shown.height() - 64, rowWidth, 64);
        const BadgeColours& banner = ThemeManager::current().problemBanner;
        painter.fillRect(band, banner.background);
        painter.setPen(banner.text);
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(band.adjusted(10, 6, -10, -6), Qt::AlignCenter | Qt::TextWordWrap, m_problem);
    }
}

// ---- builder ----

SheetBuilder::SheetBuilder(ContentStore& store, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SheetBuilder>()), m_store(store),
      m_foodSource(sheetFoodSource(store)) {
    buildUi();
    restoreOrFit(this, Settings::get(settings::sheetBuilderGeometry), {1120, 780});
    const auto symptoms = m_store.list(ArticleKind::Symptom);
    if (!symptoms.empty()) {
        setSymptom(QString::fromStdString(symptoms.front().id));
    }
}

SheetBuilder::~SheetBuilder() = default;

void SheetBuilder::hideEvent(QHideEvent* event) {
    Settings::set(settings::sheetBuilderGeometry, saveGeometry());
    QDialog::hideEvent(event);
}

void SheetBuilder::buildUi() {
    // The layout is in sheetbuilder.ui; here: what a form cannot say (models, limits, shortcuts, wiring).
    // The buttons sit outside the splitter and the choices scroll, so Print and Save stay on screen on
    // small screens.
    m_ui->setupUi(this);
    m_symptom = m_ui->sheetSymptom;
    m_name = m_ui->sheetName;
    m_start = m_ui->sheetStart;
    m_paper = m_ui->sheetPaper;
    m_largePrint = m_ui->sheetLargePrint;
    m_choiceView = m_ui->sheetChoices;
    m_notes = m_ui->sheetNotes;
    m_status = m_ui->sheetStatus;
    m_preview = m_ui->sheetPreview;
    m_printButton = m_ui->sheetPrint;
    m_previewButton = m_ui->sheetPrintPreview;
    m_pdfButton = m_ui->sheetPdf;
    m_saveButton = m_ui->sheetSave;

    for (const auto& symptom : m_store.list(ArticleKind::Symptom)) {
        m_symptom->addItem(QString::fromStdString(symptom.title), QString::fromStdString(symptom.id));
    }
    m_name->setMaxLength(static_cast<int>(kMaxSheetNameBytes));
    m_start->setDate(QDate::currentDate());
    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("a4"));
    m_paper->addItem(QStringLiteral("Letter"), QStringLiteral("letter"));
    // Settings ▸ Paper for sheets; "from my region" takes the locale's paper.
    const PaperChoice paperChoice = Settings::get(settings::sheetPaper);
    const Paper paper = paperChoice == PaperChoice::A4       ? Paper::A4
                        : paperChoice == PaperChoice::Letter ? Paper::Letter
                                                             : defaultPaperFor(QLocale());
    m_paper->setCurrentIndex(paper == Paper::Letter ? 1 : 0);
    m_choices = new QStandardItemModel(this);
    m_choiceView->setModel(m_choices);
    // A tree takes no name from its label's buddy: "Include" said, not "tree".
    m_choiceView->setAccessibleName(tr("Include"));
    m_choiceView->setAccessibleDescription(tr("What to put on the sheet, by part of the plan; Space ticks"));
    m_ui->sheetChoicesScroll->setAccessibleName(tr("Sheet choices"));

    // The Ctrl shortcuts as shortcuts of the dialog, not setShortcut() on the buttons: a button has one
    // shortcut, and setting it drops the button's Alt mnemonic (Alt+D then typed a "d" into Notes).
    // Ctrl+Shift+S is spelt out: QKeySequence::SaveAs is that under GNOME only, and nothing elsewhere.
    const std::pair<QPushButton*, QKeySequence> keys[] = {
        {m_printButton, QKeySequence(Qt::CTRL | Qt::Key_P)},
        {m_previewButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {m_pdfButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {m_saveButton, QKeySequence(Qt::CTRL | Qt::Key_S)}};
    for (const auto& [button, sequence] : keys) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setObjectName(button->objectName() + QStringLiteral("Shortcut"));
        connect(shortcut, &QShortcut::activated, button, [button = button] {
            if (button->isEnabled()) {
                button->click();
            }
        });
    }
    keepAltLettersOut(m_notes);
    keepAltLettersOut(m_name);
    m_ui->sheetSplitter->setStretchFactor(0, 0);
    m_ui->sheetSplitter->setStretchFactor(1, 1);
    m_ui->sheetSplitter->setSizes({380, 740});

    m_updateTimer = new QTimer(this);
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(150); // typing in the notes re-lays the page out once the person pauses
    connect(m_updateTimer, &QTimer::timeout, this, &SheetBuilder::refresh);

    connect(m_symptom, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillChoices(std::nullopt);
            scheduleUpdate();
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, &SheetBuilder::scheduleUpdate);
    connect(m_start, &QDateEdit::dateChanged, this, &SheetBuilder::scheduleUpdate);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &SheetBuilder::scheduleUpdate);
    connect(m_largePrint, &QCheckBox::toggled, this, &SheetBuilder::scheduleUpdate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SheetBuilder::scheduleUpdate);
    connect(m_choices, &QStandardItemModel::itemChanged, this, &SheetBuilder::scheduleUpdate);
    connect(m_printButton, &QPushButton::clicked, this, &SheetBuilder::print);
    connect(m_previewButton, &QPushButton::clicked, this, &SheetBuilder::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, &SheetBuilder::saveAsPdf);
    connect(m_saveButton, &QPushButton::clicked, this, &SheetBuilder::requestSave);
    connect(m_ui->sheetClose, &QPushButton::clicked, this, &QDialog::close);

    const auto restyle = [this] {
        m_ui->sheetRedFlagNote->setStyleSheet(
            QStringLiteral("color: %1;").arg(ThemeManager::current().warningText.name()));
        m_preview->update(); // its problem banner is in the theme's colours
    };
    restyle();
    connect(&ThemeManager::instance(), &ThemeManager::themeChanged, this, restyle);
}

bool SheetBuilder::setSymptom(const QString& symptomId) {
    const int index = m_symptom->findData(symptomId);
    if (index < 0) {
        return false;
    }
    m_filling = true;
    m_symptom->setCurrentIndex(index);
    m_filling = false;
    m_missingNote.clear();
    fillChoices(std::nullopt);
    refresh();
    return true;
}

void SheetBuilder::fillChoices(const std::optional<std::vector<std::string>>& include) {
    m_filling = true;
    m_choices->clear();
    const auto symptomId = m_symptom->currentData().toString().toStdString();
    std::vector<SheetChoice> choices;
    try {
        choices = sheetChoices(m_store, symptomId);
    } catch (const SheetError&) {
        // An unknown symptom leaves the list empty; refresh() reports it.
    }
    std::vector<std::string> known;
    const ContentWords phases = contentWords();
    for (const auto section :
         {SheetSection::Schedule, SheetSection::Exercise, SheetSection::Foods, SheetSection::Hydration}) {
        QStandardItem* heading = nullptr;
        for (const auto& choice : choices) {
            if (choice.section != section) {
                continue;
            }
            if (!heading) {
                heading = new QStandardItem(sectionHeading(section));
                QFont font = heading->font();
                font.setBold(true);
                heading->setFont(font);
                heading->setFlags(Qt::ItemIsEnabled);
                heading->setData(static_cast<int>(section), kSectionRole);
                m_choices->appendRow(heading);
            }
            auto* item = new QStandardItem(QString::fromStdString(choice.title));
            item->setCheckable(true);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setData(QString::fromStdString(choice.remedyId), kRemedyIdRole);
            item->setData(static_cast<int>(section), kSectionRole);
            item->setToolTip(QStringLiteral("%1 · %2")
                                 .arg(QString::fromStdString(choice.category),
                                      QString::fromStdString(std::string(phases.phase(choice.firstPhase)))));
            const bool checked = include ? std::find(include->begin(), include->end(), choice.remedyId) != include->end()
                                         : choice.proposed;
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            heading->appendRow(item);
            known.push_back(choice.remedyId);
        }
    }
    m_choiceView->expandAll();
    if (include) {
        QStringList missing;
        for (const auto& id : *include) {
            if (std::find(known.begin(), known.end(), id) == known.end()) {
                missing << QString::fromStdString(id);
            }
        }
        m_missingNote = missing.isEmpty() ? QString()
                                          : tr("Not in this content edition, left out: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    m_filling = false;
}

void SheetBuilder::setRequest(const SheetRequest& request) {
    m_filling = true;
    const int index = m_symptom->findData(QString::fromStdString(request.symptomId));
    if (index >= 0) {
        m_symptom->setCurrentIndex(index);
    }
    m_name->setText(QString::fromStdString(request.name));
    const auto start = parseIsoDate(request.startDate);
    m_start->setDate(start ? toQDate(*start) : QDate::currentDate());
    m_paper->setCurrentIndex(request.paper == Paper::Letter ? 1 : 0);
    m_largePrint->setChecked(request.largePrint);
    m_notes->setPlainText(QString::fromStdString(request.notes));
    m_filling = false;
    fillChoices(request.include);
    if (index < 0) {
        m_missingNote = tr("The saved sheet was for \"%1\", which this content edition does not have.")
                            .arg(QString::fromStdString(request.symptomId));
    }
    refresh();
}

SheetRequest SheetBuilder::request() const {
    SheetRequest request;
    request.symptomId = m_symptom->currentData().toString().toStdString();
    request.name = m_name->text().toStdString();
    request.startDate = m_start->date().toString(Qt::ISODate).toStdString();
    std::vector<std::string> include;
    for (int row = 0; row < m_choices->rowCount(); ++row) {
        const auto* heading = m_choices->item(row);
        for (int child = 0; child < heading->rowCount(); ++child) {
            const auto* item = heading->child(child);
            if (item->checkState() == Qt::Checked) {
                include.push_back(item->data(kRemedyIdRole).toString().toStdString());
            }
        }
    }
    request.include = std::move(include);
    request.notes = m_notes->toPlainText().toStdString();
    request.paper = m_paper->currentData().toString() == QLatin1String("letter") ? Paper::Letter : Paper::A4;
    request.largePrint = m_largePrint->isChecked();
    return request;
}

void SheetBuilder::scheduleUpdate() {
    if (!m_filling) {
        m_updateTimer->start();
    }
}

void SheetBuilder::refresh() {
    m_updateTimer->stop();
    const auto current = request();
    std::shared_ptr<const SheetLayout> layout;
    m_problem.clear();
    m_fits = false;
    try {
        SheetComposeOptions options;
        options.foodSource = m_foodSource;
        options.labels = sheetScheduleLabels();
        m_sheet = composeSheet(m_store, current, options);
        m_title = QString::fromStdString(m_sheet->symptomTitle + " — home-care plan");
        const QPageSize pageSize = pageSizeFor(current.paper);
        auto fitted = fitSheet(*m_sheet, current.largePrint, pageSize.size(QPageSize::Point));
        m_html = fitted.html;
        m_fits = fitted.fits();
        const int pages = fitted.layout->pageCount();
        if (!m_fits) {
            m_problem = tr("Does not fit: %1")
                            .arg(overflowMessage(pages, fitted.layout->maxPages(), paperName(current.paper)));
        } else {
            const int percent = qRound(fitted.layout->fill() * 100 / pages);
            const QString size = tr("text %1 pt").arg(sheetBodyPoints(fitted.textSize));
            const QString fits =
                pages == 1 ? tr("Fits on one %1 page (%2% full), %3.").arg(paperName(current.paper)).arg(percent).arg(size)
                           : tr("Fits on %n %1 pages, %2.", nullptr, pages).arg(paperName(current.paper), size);
            // A regular sheet too full for 10 pt prints at 9 pt; large print is the way to bigger text.
            const QString smaller = fitted.textSize == SheetTextSize::Compact
                                        ? QStringLiteral("\n") + tr("Smaller text than usual, to fit one page: "
                                                                    "include fewer items, or choose Large print.")
                                        : QString();
            m_status->setStyleSheet(QString());
            m_status->setText(fits + smaller +
                              (m_missingNote.isEmpty() ? QString() : QStringLiteral("\n") + m_missingNote));
        }
        layout = fitted.layout;
    } catch (const SheetError& e) {
        m_sheet.reset();
        m_html.clear();
        m_problem = QString::fromStdString(e.what());
    }
    if (!m_problem.isEmpty()) {
        m_status->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(ThemeManager::current().warningText.name()));
        m_status->setText(m_problem + (m_missingNote.isEmpty() ? QString() : QStringLiteral("\n") + m_missingNote));
    }
    m_preview->setSheetLayout(layout, m_problem);
    updateButtons();
}

QString SheetBuilder::statusText() const { return m_status->text(); }

void SheetBuilder::updateButtons() {
    for (auto* button : {m_printButton, m_previewButton, m_pdfButton}) {
        button->setEnabled(m_fits);
    }
    m_saveButton->setEnabled(m_symptom->currentIndex() >= 0);
}

bool SheetBuilder::savePdf(const QString& path, QString* error) {
    refresh();
    if (!m_fits) {
        if (error) {
            *error = m_problem;
        }
        return false;
    }
    try {
        const auto current = request();
        writeSheetPdf(*m_sheet, current.largePrint, current.paper, path, m_title);
    } catch (const SheetPrintError& e) {
        if (error) {
            *error = QString::fromStdString(e.what());
        }
        return false;
    }
    return true;
}

void SheetBuilder::configurePrinter(QPrinter& printer) const {
    printer.setPageSize(pageSizeFor(request().paper));
    printer.setDocName(m_title);
}

void SheetBuilder::print() {
    refresh();
    if (!m_fits) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    configurePrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print home-care sheet"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        printSheet(*m_sheet, m_largePrint->isChecked(), printer);
    } catch (const SheetPrintError& e) {
        QMessageBox::warning(this, tr("Print"), tr("The sheet was not printed: %1").arg(QString::fromStdString(e.what())));
    }
}

void SheetBuilder::printPreview() {
    refresh();
    if (!m_fits) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    configurePrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview — home-care sheet"));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &failure](QPrinter* target) {
        try {
            printSheet(*m_sheet, m_largePrint->isChecked(), *target);
        } catch (const SheetPrintError& e) {
            failure = QString::fromStdString(e.what());
        }
    });
    dialog.exec();
    if (!failure.isEmpty()) {
        QMessageBox::warning(this, tr("Print preview"), failure);
    }
}

void SheetBuilder::saveAsPdf() {
    refresh();
    if (!m_fits) {
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    const auto current = request();
    const QString suggested =
        folder + QStringLiteral("/%1-plan-%2.pdf")
                     .arg(QString::fromStdString(current.symptomId), QString::fromStdString(current.startDate));
    QString path = QFileDialog::getSaveFileName(this, tr("Save sheet as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    QString error;
    if (savePdf(path, &error)) {
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } else {
        QMessageBox::warning(this, tr("Save as PDF"), tr("The PDF was not saved: %1").arg(error));
    }
}

void SheetBuilder::requestSave() { Q_EMIT saveRequested(request()); }

} // namespace carebook::app
