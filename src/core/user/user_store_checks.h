// SPDX-License-Identifier: MIT
// The checks every part of the user store makes before it writes (user_store*.cpp only): one wording
// for each rule, whichever file the write is in.
#pragma once

#include "core/user/user_store.h"
#include "core/util/text.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace carebook::userstore {

inline void require(bool condition, const std::string& message) {
    if (!condition) {
        throw UserStoreError(UserStoreError::Kind::InvalidInput, message);
    }
}

// The same rule for every time stamp written, imported or exported: a real instant from 1970 to the
// end of year 9999, the range an ISO 8601 time stamp with a four-digit year can say.
inline void requireTime(std::int64_t seconds) {
    require(isStorableTime(seconds), "The computer's clock gives an impossible time (" + std::to_string(seconds) +
                                         " seconds since 1970); nothing was saved.");
}

// An id as the content spells them; `what` names it for the message ("an article id").
inline void requireKebabId(std::string_view id, const char* what) {
    require(isKebabId(id) && id.size() <= 200, "\"" + std::string(id.substr(0, 80)) + "\" is not " + what +
                                                   " (lower-case words joined by hyphens)");
}

inline void requireArticleId(std::string_view id) { requireKebabId(id, "an article id"); }

} // namespace carebook::userstore
