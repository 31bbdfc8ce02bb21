// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/cli.h"

#include <vector>

namespace carebook::cli {

// `carebook plan --symptom ID [--start YYYY-MM-DDTHH:MM] [--include ID,...] [--days N] [--json]`: the
// day-by-day plan with clock times, doses and the red flags (core/plan/compose.h).
void addPlanCommands(std::vector<Command>& list);

} // namespace carebook::cli
