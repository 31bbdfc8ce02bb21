// SPDX-License-Identifier: MIT
#pragma once

#include "core/user/user_store.h"

#include <QObject>
#include <QString>

#include <memory>

namespace carebook::app {

// The person's own data for the window: the Qt-free UserStore plus change signals, and every failure
// turned into a `problem` message instead of an exception, so no click can take the app down.
class UserData final : public QObject {
    Q_OBJECT
public:
    // <AppDataLocation>/user.db, i.e. ~/.local/share/Carebook/Carebook/user.db on Linux.
    static QString defaultPath();
    // Opens (or recovers, or falls back to read-only; see openUserStore) the store at `path`.
    static std::unique_ptr<UserData> open(const QString& path);
    // Nothing is kept on disk (tests and windows built without a store).
    static std::unique_ptr<UserData> inMemory();

    UserStore& store() { return m_store; }
    bool readOnly() const { return m_store.readOnly(); }
    QString readOnlyReason() const { return QString::fromStdString(m_store.readOnlyReason()); }
    // What happened while opening, to tell the person once (damaged file set aside, read-only, …).
    const QString& openingNotice() const { return m_openingNotice; }
    const QString& path() const { return m_path; }

    // Each returns false after emitting problem() when the change could not be made; nothing is then
    // half-written.
    bool addBookmark(const QString& articleId, const QString& title);
    bool removeBookmark(const QString& articleId);
    bool setBookmarkNote(const QString& articleId, const QString& note);
    bool isBookmarked(const QString& articleId);
    std::vector<Bookmark> bookmarks();
    // Reads a bookmarks file and merges it; `message` says what happened (or what is wrong with the file).
    bool importBookmarks(const QString& filePath, QString* message);
    bool exportBookmarks(const QString& filePath, QString* message);

    bool recordVisit(const QString& articleId);
    std::vector<HistoryEntry> history();
    bool clearHistory();

    // Returns the new sheet's id, or 0 on failure.
    std::int64_t saveSheet(const QString& title, const QString& symptomId, const QString& requestJson);
    bool updateSheet(std::int64_t id, const QString& title, const QString& requestJson);
    bool removeSheet(std::int64_t id);
    std::vector<SavedSheet> sheets();

    // The plan's log (sessions done, pain scores): returns the new entry's id, or 0 on failure.
    std::int64_t addLogEntry(const LogEntry& entry);
    std::vector<LogEntry> logEntries(const QString& planId);

Q_SIGNALS:
    void bookmarksChanged();
    void historyChanged();
    void sheetsChanged();
    void logChanged();
    // A change failed or the data could not be read: a sentence for the person.
    void problem(const QString& message);

private:
    UserData(UserStore store, QString path, QString notice);
    template <typename Action>
    bool attempt(Action&& action);
    // Before each change: when the store was read-only only because the disk was full, opens it again.
    void reopenIfSpaceFreed();

    UserStore m_store;
    QString m_path;
    QString m_openingNotice;
    bool m_retryWhenSpaceFreed = false;
};

} // namespace carebook::app
