// SPDX-License-Identifier: MIT
#include "app/userdata/bookmarkspane.h"

#include "core/content/model.h"
#include "core/content/store.h"
#include "app/userdata/userdata.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPalette>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace carebook::app {

namespace {

QColor missingColour() { return QPalette().color(QPalette::Disabled, QPalette::Text); }

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// Rows of the selection, highest first so removing them one by one keeps the rest valid.
std::vector<int> selectedRows(QTableView* view) {
    std::set<int, std::greater<>> rows;
    for (const auto& index : view->selectionModel()->selectedIndexes()) {
        rows.insert(index.row());
    }
    return {rows.begin(), rows.end()};
}

QAction* addDeleteAction(QWidget* owner, QTableView* view) {
    auto* action = new QAction(QObject::tr("Delete"), owner);
    action->setShortcuts(QKeySequence::Delete);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(action);
    return action;
}

} // namespace

QString missingArticleText() { return QObject::tr("no longer in this edition"); }

QString plainTextToolTip(const QString& text) {
    if (text.isEmpty()) {
        return {};
    }
    // Qt renders a tooltip as HTML whenever it looks like HTML; escaped inside a pre-wrap paragraph it
    // is always shown exactly as written, line breaks included.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

// ---------------------------------------------------------------------------------------------------

BookmarksModel::BookmarksModel(UserData& userData, const ContentStore& content, QObject* parent)
    : QAbstractTableModel(parent), m_userData(userData), m_content(content) {
    reload();
    connect(&m_userData, &UserData::bookmarksChanged, this, &BookmarksModel::reload);
}

void BookmarksModel::reload() {
    beginResetModel();
    m_rows.clear();
    for (auto& bookmark : m_userData.bookmarks()) {
        Row row;
        const auto summary = m_content.summary(bookmark.articleId);
        row.missing = !summary;
        if (summary) {
            row.title = QString::fromStdString(summary->title);
            row.kind = QString::fromStdString(std::string(kindName(summary->kind)));
        } else {
            // The title it had when bookmarked (stores from before version 2 have none: show the id).
            row.title = QString::fromStdString(bookmark.title.empty() ? bookmark.articleId : bookmark.title);
            row.kind = missingArticleText();
        }
        row.bookmark = std::move(bookmark);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int BookmarksModel::rowOf(const QString& articleId) const {
    const auto id = articleId.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].bookmark.articleId == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int BookmarksModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BookmarksModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BookmarksModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case KindColumn:
            return row.kind;
        case NoteColumn:
            // One line in the list; the editor gets the whole note.
            return role == Qt::EditRole ? QString::fromStdString(row.bookmark.note)
                                        : QString::fromStdString(row.bookmark.note).simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (row.missing) {
            return plainTextToolTip(tr("\"%1\" is %2: the bookmark is kept, but there is nothing to open.")
                                        .arg(row.title, missingArticleText()));
        }
        // Notes and titles come from the person or an imported file: shown as text, never as HTML
        // (a tooltip renders rich text, and <img src=file:///…> would make Carebook read that file).
        return plainTextToolTip(index.column() == NoteColumn ? QString::fromStdString(row.bookmark.note) : row.title);
    case Qt::ForegroundRole:
        return row.missing ? QVariant(missingColour()) : QVariant();
    case ArticleIdRole:
        return QString::fromStdString(row.bookmark.articleId);
    case MissingRole:
        return row.missing;
    default:
        return {};
    }
}

QVariant BookmarksModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Article");
    case KindColumn:
        return tr("Kind");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags BookmarksModel::flags(const QModelIndex& index) const {
    auto flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn && !m_userData.readOnly()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool BookmarksModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != NoteColumn || index.row() >= rowCount()) {
        return false;
    }
    // The store emits bookmarksChanged on success, which reloads this model.
    return m_userData.setBookmarkNote(QString::fromStdString(m_rows[static_cast<std::size_t>(index.row())].bookmark.articleId),
                                      value.toString());
}

// ---------------------------------------------------------------------------------------------------

BookmarksPane::BookmarksPane(UserData& userData, const ContentStore& content, QWidget* parent)
    : QWidget(parent), m_userData(userData) {
    m_model = new BookmarksModel(userData, content, this);
    m_view = makeTable(m_model, this);
    m_view->setObjectName(QStringLiteral("bookmarksView"));
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->horizontalHeader()->setSectionResizeMode(BookmarksModel::TitleColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BookmarksModel::KindColumn, QHeaderView::ResizeToContents);

    m_openButton = new QPushButton(tr("&Open"), this);
    m_noteButton = new QPushButton(tr("Edit &note"), this);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    m_importButton = new QPushButton(tr("&Import…"), this);
    exportButton->setToolTip(tr("Save all bookmarks and notes to a JSON file"));
    m_importButton->setToolTip(tr("Add bookmarks from a file made by Export; nothing is duplicated"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_noteButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    buttons->addWidget(m_importButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != BookmarksModel::NoteColumn || m_userData.readOnly()) {
            openCurrent();
        }
    });
    connect(m_openButton, &QPushButton::clicked, this, &BookmarksPane::openCurrent);
    connect(m_noteButton, &QPushButton::clicked, this, &BookmarksPane::editCurrentNote);
    connect(m_deleteButton, &QPushButton::clicked, this, &BookmarksPane::deleteSelected);
    connect(addDeleteAction(this, m_view), &QAction::triggered, this, &BookmarksPane::deleteSelected);
    connect(exportButton, &QPushButton::clicked, this, &BookmarksPane::exportWithDialog);
    connect(m_importButton, &QPushButton::clicked, this, &BookmarksPane::importWithDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BookmarksPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookmarksPane::updateButtons);
    updateButtons();
}

void BookmarksPane::updateButtons() {
    const QModelIndex current = m_view->currentIndex();
    const bool selected = m_view->selectionModel()->hasSelection() && current.isValid();
    const bool writable = !m_userData.readOnly();
    m_openButton->setEnabled(selected && !current.data(MissingRole).toBool());
    m_noteButton->setEnabled(selected && writable);
    m_deleteButton->setEnabled(selected && writable);
    m_importButton->setEnabled(writable);
    const QString reason = writable ? QString() : tr("Read-only: %1").arg(m_userData.readOnlyReason());
    m_noteButton->setToolTip(reason);
    m_deleteButton->setToolTip(reason);
}

void BookmarksPane::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    if (current.data(MissingRole).toBool()) {
        Q_EMIT message(tr("\"%1\" is %2.")
                           .arg(m_model->index(current.row(), BookmarksModel::TitleColumn).data().toString(),
                                missingArticleText()));
        return;
    }
    Q_EMIT articleRequested(current.data(ArticleIdRole).toString());
}

void BookmarksPane::editCurrentNote() {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        const auto note = m_model->index(current.row(), BookmarksModel::NoteColumn);
        m_view->setCurrentIndex(note);
        m_view->edit(note);
    }
}

void BookmarksPane::deleteSelected() {
    if (m_userData.readOnly()) {
        Q_EMIT message(tr("Bookmarks cannot be changed: %1").arg(m_userData.readOnlyReason()));
        return;
    }
    QStringList ids;
    for (const int row : selectedRows(m_view)) {
        ids << m_model->index(row, 0).data(ArticleIdRole).toString();
    }
    for (const auto& id : ids) {
        if (!m_userData.removeBookmark(id)) {
            return;
        }
    }
    if (!ids.isEmpty()) {
        Q_EMIT message(tr("Deleted %n bookmark(s).", nullptr, static_cast<int>(ids.size())));
    }
}

void BookmarksPane::exportWithDialog() {
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/carebook-bookmarks.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export bookmarks"), suggested,
                                                      tr("Carebook bookmarks (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString text;
    m_userData.exportBookmarks(path, &text);
    Q_EMIT message(text);
}

void BookmarksPane::importWithDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import bookmarks"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Carebook bookmarks (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString text;
    m_userData.importBookmarks(path, &text);
    Q_EMIT message(text);
}

// ---------------------------------------------------------------------------------------------------

SavedSheetsModel::SavedSheetsModel(UserData& userData, const ContentStore& content, QObject* parent)
    : QAbstractTableModel(parent), m_userData(userData), m_content(content) {
    reload();
    connect(&m_userData, &UserData::sheetsChanged, this, &SavedSheetsModel::reload);
}

void SavedSheetsModel::reload() {
    beginResetModel();
    m_rows.clear();
    for (auto& sheet : m_userData.sheets()) {
        const auto symptom = m_content.summary(sheet.symptomId);
        m_rows.push_back({std::move(sheet), symptom ? QString::fromStdString(symptom->title) : QString()});
    }
    endResetModel();
}

int SavedSheetsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SavedSheetsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SavedSheetsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& [sheet, symptomTitle] = m_rows[static_cast<std::size_t>(index.row())];
    const bool missing = symptomTitle.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return QString::fromStdString(sheet.title);
        case SymptomColumn:
            return missing ? QStringLiteral("%1 (%2)").arg(QString::fromStdString(sheet.symptomId), missingArticleText())
                           : symptomTitle;
        case SavedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(sheet.updatedAt), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return missing ? QVariant(missingColour()) : QVariant();
    case ArticleIdRole:
        return QString::fromStdString(sheet.symptomId);
    case MissingRole:
        return missing;
    case SheetIdRole:
        return static_cast<qlonglong>(sheet.id);
    default:
        return {};
    }
}

QVariant SavedSheetsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Sheet");
    case SymptomColumn:
        return tr("Symptom");
    case SavedColumn:
        return tr("Saved");
    default:
        return {};
    }
}

SavedSheetsPane::SavedSheetsPane(UserData& userData, const ContentStore& content, QWidget* parent)
    : QWidget(parent), m_userData(userData) {
    m_model = new SavedSheetsModel(userData, content, this);
    m_view = makeTable(m_model, this);
    m_view->setObjectName(QStringLiteral("savedSheetsView"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_openButton = new QPushButton(tr("&Open"), this);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_view, &QAbstractItemView::activated, this, &SavedSheetsPane::openCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &SavedSheetsPane::openCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &SavedSheetsPane::deleteSelected);
    connect(addDeleteAction(this, m_view), &QAction::triggered, this, &SavedSheetsPane::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SavedSheetsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SavedSheetsPane::updateButtons);
    updateButtons();
}

void SavedSheetsPane::updateButtons() {
    const bool selected = m_view->selectionModel()->hasSelection();
    m_openButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected && !m_userData.readOnly());
}

void SavedSheetsPane::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        // A sheet whose symptom left this edition still opens: the builder names what is missing.
        Q_EMIT sheetRequested(m_model->sheetAt(current.row()));
    }
}

void SavedSheetsPane::deleteSelected() {
    std::vector<std::int64_t> ids;
    for (const int row : selectedRows(m_view)) {
        ids.push_back(m_model->sheetAt(row).id);
    }
    for (const auto id : ids) {
        if (!m_userData.removeSheet(id)) {
            return;
        }
    }
}

} // namespace carebook::app
