// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/cli.h"

#include <vector>

namespace carebook::cli {

// `carebook log add|list|export|delete`: the log of how a plan went, in the same user store the
// window uses (AppDataLocation/user.db).
void addLogCommands(std::vector<Command>& list);

} // namespace carebook::cli
