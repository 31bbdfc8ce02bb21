// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/store.h"

#include <memory>
#include <string>

namespace carebook::app {

// Opens the content database: the one embedded in the executable, or `path` when given
// (--content-db). Throws ContentDatabaseError naming the file when it cannot be used.
std::unique_ptr<ContentStore> openContent(const std::string& path = {});

} // namespace carebook::app
