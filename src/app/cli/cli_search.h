// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/cli.h"

#include <vector>

namespace carebook::cli {

// `carebook search QUERY...`: full-text search as the app does it, as text or JSON.
void addSearchCommands(std::vector<Command>& list);

} // namespace carebook::cli
