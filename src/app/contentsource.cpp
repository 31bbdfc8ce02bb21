// SPDX-License-Identifier: MIT
#include "app/contentsource.h"

#include <QFileInfo>
#include <QResource>

namespace carebook::app {

std::unique_ptr<ContentStore> openContent(const std::string& path) {
    if (!path.empty()) {
        if (!QFileInfo::exists(QString::fromStdString(path))) {
            throw ContentDatabaseError("content database '" + path + "' does not exist");
        }
        return std::make_unique<ContentStore>(ContentStore::openFile(path));
    }
    const QResource resource(QStringLiteral(":/content/carebook.db"));
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression) {
        throw ContentDatabaseError("the embedded content database is missing from this build");
    }
    return std::make_unique<ContentStore>(
        ContentStore::openImage(resource.data(), static_cast<std::size_t>(resource.size())));
}

} // namespace carebook::app
