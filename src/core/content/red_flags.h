// SPDX-License-Identifier: MIT
#pragma once

// Warning signs ("red flags") as the compiler sees them: the flags of red-flags.json, the named
// sets a symptom attaches whole, and the body directive that lists a set's flags in an article,
// so no list of warning signs is ever typed twice.

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carebook {

// A named group of flags (back, neck, leg-and-calf …). A symptom attaches a set whole, so a set
// cannot be half-attached.
struct RedFlagSet {
    std::string id;
    std::string title;
    std::vector<std::string> flags; // red-flag ids, in the order the author gave them
};

// Lookups over the validated flags and sets; borrows the vectors it is made from.
class RedFlagCatalog {
public:
    RedFlagCatalog(const std::vector<nlohmann::json>& flags, const std::vector<RedFlagSet>& sets);

    const nlohmann::json* flag(std::string_view id) const;
    const RedFlagSet* set(std::string_view id) const;
    // The first set (in file order) that holds the flag, or nullptr when it is in none.
    const RedFlagSet* setHolding(std::string_view flagId) const;
    std::vector<std::string> setIds() const;

private:
    std::map<std::string, const nlohmann::json*, std::less<>> m_flags;
    std::map<std::string, const RedFlagSet*, std::less<>> m_sets;
    std::map<std::string, const RedFlagSet*, std::less<>> m_setOfFlag;
    std::vector<std::string> m_setIds;
};

// The body directive `{{red-flags set=back urgency=emergency}}`, alone on a line, becomes a
// Markdown list of the text of every flag in the named sets (several: `set=back,neck`), in set
// order, optionally only those of the given urgencies (`urgency=emergency,urgent`).
inline constexpr std::string_view kRedFlagDirectiveName = "red-flags";

// Expands every directive line of `text` (one or more lines). Problems (an unknown option, set or
// urgency, with the nearest valid name) are appended to `problems`; a line with a problem is left
// out. Without a catalog (an article checked on its own) the directive's syntax is still checked
// and it expands to nothing.
std::string expandRedFlagDirectives(std::string_view text, const RedFlagCatalog* catalog,
                                    std::vector<std::string>& problems);

} // namespace carebook
