// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/cli.h"

namespace carebook::cli {

void addPrintCommands(std::vector<Command>& list);

} // namespace carebook::cli
