// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/cli.h"

#include <vector>

namespace carebook::cli {

// `carebook sheet ...`: a home-care sheet as a one-page PDF, with no display needed.
void addSheetCommands(std::vector<Command>& list);

} // namespace carebook::cli
