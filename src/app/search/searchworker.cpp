// SPDX-License-Identifier: MIT
#include "app/search/searchworker.h"

#include "core/content/store.h"

#include <QResource>

namespace carebook::app {

std::function<Database()> searchConnectionOpener(carebook::ContentStore& store) {
    const std::string path = store.database().path();
    if (path == "(embedded)") {
        return [] {
            const QResource resource(QStringLiteral(":/content/carebook.db"));
            if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression) {
                throw DatabaseError("the embedded content database is missing from this build");
            }
            return Database::openImage(resource.data(), static_cast<std::size_t>(resource.size()));
        };
    }
    return [path] { return Database::open(path, Database::Mode::ReadOnly); };
}

SearchWorker::SearchWorker(std::function<Database()> openConnection,
                           std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : m_openConnection(std::move(openConnection)), m_latestGeneration(std::move(latestGeneration)) {
    qRegisterMetaType<carebook::SearchResult>();
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::search(quint64 generation, const QString& text, int limit, const QString& kind) {
    if (generation != m_latestGeneration->load()) {
        return; // superseded while it waited in the queue
    }
    try {
        if (!m_searcher) {
            m_database = std::make_unique<Database>(m_openConnection());
            m_searcher = std::make_unique<Searcher>(*m_database);
        }
        SearchOptions options;
        options.limit = limit;
        if (kind == QLatin1String("food")) {
            options.onlyFoods = true;
        } else if (!kind.isEmpty()) {
            options.kind = kindFromName(kind.toStdString());
        }
        const QByteArray utf8 = text.toUtf8();
        Q_EMIT finished(generation, text, m_searcher->search(std::string_view(utf8.constData(),
                                                                               static_cast<std::size_t>(utf8.size())),
                                                             options));
    } catch (const DatabaseError& e) {
        // SQLite's own message names the query ("query failed: SELECT rowid …"): say what it means.
        Q_EMIT failed(generation, text, tr("the content could not be searched (%1)").arg(QString::fromStdString(plainReason(e))));
    } catch (const std::exception& e) {
        Q_EMIT failed(generation, text, QString::fromStdString(e.what()));
    }
}

} // namespace carebook::app
