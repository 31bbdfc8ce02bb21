// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"
#include "core/util/database.h"
#include "core/search/searcher.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

Q_DECLARE_METATYPE(carebook::SearchResult)

namespace carebook::app {

// Opens a second read-only connection to the database behind `store`, for another thread: the
// embedded content is deserialised again from the same resource bytes (read-only, no copy); a
// --content-db file is opened again read-only.
std::function<Database()> searchConnectionOpener(carebook::ContentStore& store);

// Runs searches on its own thread, with its own connection (opened on first use, in that thread).
//
// Requests carry a generation number. A request whose generation is no longer the latest one asked
// for is skipped without searching (the person typed on), and every answer carries its request's
// generation so the receiver can drop answers that are not for the latest request (as
// kiwix-desktop does with its query tokens).
class SearchWorker final : public QObject {
    Q_OBJECT
public:
    SearchWorker(std::function<Database()> openConnection, std::shared_ptr<std::atomic<quint64>> latestGeneration);
    ~SearchWorker() override;

    // `kind`: empty for everything, an article kind's name ("remedy"), or "food" for foods only.
    void search(quint64 generation, const QString& text, int limit, const QString& kind = {});

Q_SIGNALS:
    void finished(quint64 generation, const QString& text, const carebook::SearchResult& result);
    // The database could not be opened or searched: shown instead of results, never silent.
    void failed(quint64 generation, const QString& text, const QString& message);

private:
    std::function<Database()> m_openConnection;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Searcher> m_searcher;
};

} // namespace carebook::app
