// SPDX-License-Identifier: MIT
#pragma once

#include "core/content/loader.h"

#include <string>

namespace carebook {

// A coverage report for authors: counts by kind, and articles that lack an optional field or that
// no other article links to.
std::string contentReport(const LoadedContent& content);

} // namespace carebook
