// SPDX-License-Identifier: MIT
#pragma once

#include "core/user/user_store.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <vector>

class QPushButton;
class QTableView;

namespace carebook {
class ContentStore;
}

namespace carebook::app {

class UserData;

// Roles shared by the bookmark, sheet and history models.
enum UserDataRole {
    ArticleIdRole = Qt::UserRole + 1,
    // True when the article (or a sheet's symptom) is not in this content edition: the row is kept and
    // shown greyed as "no longer in this edition", never dropped.
    MissingRole,
    SheetIdRole,
};

// "no longer in this edition", shared so every list says it the same way.
QString missingArticleText();
// `text` as a tooltip that Qt shows as plain text, whatever it holds (no HTML rendering).
QString plainTextToolTip(const QString& text);

// Bookmarks with the content's title and kind; the note column is editable.
class BookmarksModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, KindColumn, NoteColumn, ColumnCount };

    BookmarksModel(UserData& userData, const ContentStore& content, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void reload();
    // Row of a bookmark, or -1.
    int rowOf(const QString& articleId) const;

private:
    struct Row {
        Bookmark bookmark;
        QString title;
        QString kind;
        bool missing = false;
    };
    UserData& m_userData;
    const ContentStore& m_content;
    std::vector<Row> m_rows;
};

// The Bookmarks pane: the list, and buttons to open, edit the note, delete, export and import.
class BookmarksPane final : public QWidget {
    Q_OBJECT
public:
    BookmarksPane(UserData& userData, const ContentStore& content, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    BookmarksModel* model() const { return m_model; }
    // Asks for a file and exports / imports; results and problems go to `message`.
    void exportWithDialog();
    void importWithDialog();

Q_SIGNALS:
    void articleRequested(const QString& id);
    void message(const QString& text);

private:
    void openCurrent();
    void editCurrentNote();
    void deleteSelected();
    void updateButtons();

    UserData& m_userData;
    BookmarksModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_importButton = nullptr;
};

// Saved sheets, most recently changed first.
class SavedSheetsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SymptomColumn, SavedColumn, ColumnCount };

    SavedSheetsModel(UserData& userData, const ContentStore& content, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();
    const SavedSheet& sheetAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)).sheet; }

private:
    struct Row {
        SavedSheet sheet;
        QString symptomTitle; // empty when the symptom is not in this edition
    };
    UserData& m_userData;
    const ContentStore& m_content;
    std::vector<Row> m_rows;
};

// The Saved sheets pane: open (reopens the sheet builder) and delete.
class SavedSheetsPane final : public QWidget {
    Q_OBJECT
public:
    SavedSheetsPane(UserData& userData, const ContentStore& content, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    SavedSheetsModel* model() const { return m_model; }

Q_SIGNALS:
    void sheetRequested(const carebook::SavedSheet& sheet);

private:
    void openCurrent();
    void deleteSelected();
    void updateButtons();

    UserData& m_userData;
    SavedSheetsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace carebook::app
