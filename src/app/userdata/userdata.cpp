// SPDX-License-Identifier: MIT
#include "app/userdata/userdata.h"

#include "core/util/safe_file.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace carebook::app {

QString UserData::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/user.db");
}

std::unique_ptr<UserData> UserData::open(const QString& path) {
    auto opening = openUserStore(QDir::toNativeSeparators(path).toStdString());
    std::unique_ptr<UserData> data(new UserData(std::move(opening.store), path, QString::fromStdString(opening.notice)));
    data->m_retryWhenSpaceFreed = opening.diskFull;
    return data;
}

std::unique_ptr<UserData> UserData::inMemory() {
    return std::unique_ptr<UserData>(new UserData(UserStore::openMemory(), {}, {}));
}

UserData::UserData(UserStore store, QString path, QString notice)
    : m_store(std::move(store)), m_path(std::move(path)), m_openingNotice(std::move(notice)) {}

void UserData::reopenIfSpaceFreed() {
    if (!m_retryWhenSpaceFreed) {
        return;
    }
    // The disk was full at start: the person is saving something now, so see whether space is back.
    auto opening = openUserStore(QDir::toNativeSeparators(m_path).toStdString());
    if (opening.store.readOnly()) {
        return;
    }
    m_store = std::move(opening.store);
    m_retryWhenSpaceFreed = false;
    Q_EMIT bookmarksChanged();
    Q_EMIT historyChanged();
    Q_EMIT sheetsChanged();
}

template <typename Action>
bool UserData::attempt(Action&& action) {
    try {
        action();
        return true;
    } catch (const UserStoreError& e) {
        Q_EMIT problem(QString::fromStdString(e.what()));
    } catch (const DatabaseError& e) {
        // Reads fail this way when the file goes bad under a running app.
        Q_EMIT problem(
            tr("Carebook could not read your saved data (%1): %2.").arg(m_path, QString::fromStdString(plainReason(e))));
    }
    return false;
}

bool UserData::addBookmark(const QString& articleId, const QString& title) {
    reopenIfSpaceFreed();
    if (!attempt([&] { m_store.addBookmark(articleId.toStdString(), title.toStdString()); })) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::removeBookmark(const QString& articleId) {
    reopenIfSpaceFreed();
    if (!attempt([&] { m_store.removeBookmark(articleId.toStdString()); })) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::setBookmarkNote(const QString& articleId, const QString& note) {
    reopenIfSpaceFreed();
    if (!attempt([&] { m_store.setBookmarkNote(articleId.toStdString(), note.toStdString()); })) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::isBookmarked(const QString& articleId) {
    bool result = false;
    attempt([&] { result = m_store.isBookmarked(articleId.toStdString()); });
    return result;
}

std::vector<Bookmark> UserData::bookmarks() {
    std::vector<Bookmark> result;
    attempt([&] { result = m_store.bookmarks(); });
    return result;
}

bool UserData::importBookmarks(const QString& filePath, QString* message) {
    reopenIfSpaceFreed();
    // Regular files only, read up to the stated limit: /dev/zero, /dev/urandom or a FIFO is refused at
    // once instead of eating memory or freezing the window.
    std::string bytes;
    try {
        bytes = readRegularFile(QFile::encodeName(filePath).toStdString(), UserStore::kMaxImportBytes);
    } catch (const FileError& e) {
        *message = tr("%1. Nothing was imported (a bookmarks file is a regular file of at most %2 MiB).")
                       .arg(QString::fromStdString(e.what()))
                       .arg(UserStore::kMaxImportBytes / (1024 * 1024));
        return false;
    }
    try {
        const auto result = m_store.importBookmarksJson(bytes);
        *message = tr("Imported %1: %2 new, %3 updated, %4 already there.")
                       .arg(QDir::toNativeSeparators(filePath))
                       .arg(result.added)
                       .arg(result.updated)
                       .arg(result.unchanged);
    } catch (const UserStoreError& e) {
        *message = QString::fromStdString(e.what());
        return false;
    } catch (const DatabaseError& e) {
        *message = tr("Carebook could not read your saved data (%1): %2.").arg(m_path, QString::fromStdString(plainReason(e)));
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::exportBookmarks(const QString& filePath, QString* message) {
    std::string json;
    try {
        json = m_store.exportBookmarksJson();
    } catch (const DatabaseError& e) {
        *message = tr("Carebook could not read your saved data (%1): %2.").arg(m_path, QString::fromStdString(plainReason(e)));
        return false;
    }
    // QSaveFile writes a temporary file and renames it over the target only when complete, so a full
    // disk never leaves a half-written export where an older good one was.
    // Never over a device, FIFO or folder (QSaveFile would replace the device node with a file); the
    // export holds health notes, so only its owner may read it.
    try {
        requireRegularOutput(QFile::encodeName(filePath).toStdString());
    } catch (const FileError& e) {
        *message = QString::fromStdString(e.what());
        return false;
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json.data(), static_cast<qint64>(json.size())) < 0 || !file.commit()) {
        *message = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    *message = tr("Exported %n bookmark(s) to %1.", nullptr, static_cast<int>(m_store.bookmarks().size()))
                   .arg(QDir::toNativeSeparators(filePath));
    return true;
}

bool UserData::recordVisit(const QString& articleId) {
    reopenIfSpaceFreed();
    if (!attempt([&] { m_store.recordVisit(articleId.toStdString()); })) {
        return false;
    }
    Q_EMIT historyChanged();
    return true;
}

std::int64_t UserData::addLogEntry(const LogEntry& entry) {
    reopenIfSpaceFreed();
    std::int64_t id = 0;
    if (!attempt([&] { id = m_store.addLogEntry(entry); })) {
        return 0;
    }
    Q_EMIT logChanged();
    return id;
}

std::vector<LogEntry> UserData::logEntries(const QString& planId) {
    std::vector<LogEntry> result;
    attempt([&] { result = m_store.logEntries(planId.toStdString()); });
    return result;
}

std::vector<HistoryEntry> UserData::history() {
    std::vector<HistoryEntry> result;
    attempt([&] { result = m_store.history(); });
    return result;
}

bool UserData::clearHistory() {
    reopenIfSpaceFreed();
    if (!attempt([&] { m_store.clearHistory(); })) {
        return false;
    }
    Q_EMIT historyChanged();
    return true;
}

std::int64_t UserData::saveSheet(const QString& title, const QString& symptomId, const QString& requestJson) {
    reopenIfSpaceFreed();
    std::int64_t id = 0;
    if (!attempt([&] { id = m_store.saveSheet(title.toStdString(), symptomId.toStdString(), requestJson.toStdString()); })) {
        return 0;
    }
    Q_EMIT sheetsChanged();
    return id;
}

bool UserData::updateSheet(std::int64_t id, const QString& title, const QString& requestJson) {
    reopenIfSpaceFreed();
    if (!attempt([&] { m_store.updateSheet(id, title.toStdString(), requestJson.toStdString()); })) {
        return false;
    }
    Q_EMIT sheetsChanged();
    return true;
}

bool UserData::removeSheet(std::int64_t id) {
    reopenIfSpaceFreed();
    if (!attempt([&] { m_store.removeSheet(id); })) {
        return false;
    }
    Q_EMIT sheetsChanged();
    return true;
}

std::vector<SavedSheet> UserData::sheets() {
    std::vector<SavedSheet> result;
    attempt([&] { result = m_store.sheets(); });
    return result;
}

} // namespace carebook::app
