// SPDX-License-Identifier: MIT
#pragma once

#include "core/search/searcher.h"

#include <string>
#include <vector>

namespace carebook::test {

// The ids of a search's hits, in rank order, for readable assertions.
inline std::vector<std::string> ids(const SearchResult& result) {
    std::vector<std::string> out;
    for (const auto& hit : result.hits) {
        out.push_back(hit.id);
    }
    return out;
}

} // namespace carebook::test
