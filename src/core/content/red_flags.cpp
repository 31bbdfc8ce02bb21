// SPDX-License-Identifier: MIT
#include "core/content/red_flags.h"

#include "core/content/model.h"
#include "core/util/text.h"

#include <algorithm>
#include <set>

namespace carebook {

using nlohmann::json;

RedFlagCatalog::RedFlagCatalog(const std::vector<json>& flags, const std::vector<RedFlagSet>& sets) {
    for (const auto& flag : flags) {
        m_flags.emplace(flag.value("id", std::string()), &flag);
    }
    for (const auto& set : sets) {
        if (m_sets.emplace(set.id, &set).second) {
            m_setIds.push_back(set.id);
        }
        for (const auto& id : set.flags) {
            m_setOfFlag.emplace(id, &set); // the first set wins: file order
        }
    }
}

const json* RedFlagCatalog::flag(std::string_view id) const {
    const auto found = m_flags.find(id);
    return found == m_flags.end() ? nullptr : found->second;
}

const RedFlagSet* RedFlagCatalog::set(std::string_view id) const {
    const auto found = m_sets.find(id);
    return found == m_sets.end() ? nullptr : found->second;
}

const RedFlagSet* RedFlagCatalog::setHolding(std::string_view flagId) const {
    const auto found = m_setOfFlag.find(flagId);
    return found == m_setOfFlag.end() ? nullptr : found->second;
}

std::vector<std::string> RedFlagCatalog::setIds() const { return m_setIds; }

namespace {

std::vector<std::string> splitOn(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(separator, start), text.size());
        const auto part = trim(text.substr(start, end - start));
        if (!part.empty()) {
            parts.push_back(part);
        }
        start = end + 1;
    }
    return parts;
}

std::string suggest(const std::string& word, const std::vector<std::string>& candidates) {
    const auto suggestion = closestMatch(word, candidates);
    return suggestion.empty() ? std::string() : "; did you mean \"" + suggestion + "\"?";
}

struct Directive {
    std::vector<std::string> sets;
    std::vector<std::string> urgencies; // empty: every urgency
};

// Parses "{{name key=value …}}" (already trimmed). Returns nullopt after adding a problem.
std::optional<Directive> parseDirective(std::string_view line, std::vector<std::string>& problems) {
    const auto inner = line.substr(2, line.size() - 4);
    const auto words = splitOn(inner, ' ');
    const std::string name = words.empty() ? std::string() : words.front();
    if (name != kRedFlagDirectiveName) {
        problems.push_back("unknown directive \"" + name + "\"" +
                           suggest(name, {std::string(kRedFlagDirectiveName)}) +
                           " (the one directive is {{red-flags set=ID urgency=emergency}})");
        return std::nullopt;
    }
    Directive directive;
    bool ok = true;
    for (std::size_t i = 1; i < words.size(); ++i) {
        const auto equals = words[i].find('=');
        const std::string key = words[i].substr(0, equals);
        const std::string value = equals == std::string::npos ? std::string() : words[i].substr(equals + 1);
        if (key == "set") {
            directive.sets = splitOn(value, ',');
        } else if (key == "urgency") {
            directive.urgencies = splitOn(value, ',');
            for (const auto& urgency : directive.urgencies) {
                if (std::find(kUrgencies.begin(), kUrgencies.end(), urgency) == kUrgencies.end()) {
                    problems.push_back("unknown urgency \"" + urgency + "\" in the red-flags directive" +
                                       suggest(urgency, {kUrgencies.begin(), kUrgencies.end()}));
                    ok = false;
                }
            }
        } else {
            problems.push_back("unknown option \"" + key + "\" in the red-flags directive" +
                               suggest(key, {"set", "urgency"}));
            ok = false;
        }
    }
    if (directive.sets.empty()) {
        problems.push_back("the red-flags directive needs set=ID (one or more set ids from red-flags.json)");
        ok = false;
    }
    return ok ? std::optional<Directive>(directive) : std::nullopt;
}

// The Markdown list a directive stands for; empty after adding a problem.
std::string expand(const Directive& directive, const RedFlagCatalog& catalog, std::vector<std::string>& problems) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const auto& setId : directive.sets) {
        const RedFlagSet* set = catalog.set(setId);
        if (!set) {
            problems.push_back("unknown red-flag set \"" + setId + "\" in the red-flags directive" +
                               suggest(setId, catalog.setIds()));
            return {};
        }
        for (const auto& id : set->flags) {
            if (seen.insert(id).second) {
                ids.push_back(id);
            }
        }
    }
    std::string out;
    for (const auto& id : ids) {
        const json* flag = catalog.flag(id);
        if (!flag) {
            continue; // an unknown id in a set is reported at the set
        }
        const auto urgency = flag->value("urgency", std::string());
        if (!directive.urgencies.empty() &&
            std::find(directive.urgencies.begin(), directive.urgencies.end(), urgency) == directive.urgencies.end()) {
            continue;
        }
        out += (out.empty() ? "" : "\n");
        out += "- " + flag->value("text", std::string());
    }
    if (out.empty()) {
        problems.push_back("the red-flags directive lists no flag: no flag of those sets has that urgency");
    }
    return out;
}

} // namespace

std::string expandRedFlagDirectives(std::string_view text, const RedFlagCatalog* catalog,
                                    std::vector<std::string>& problems) {
    std::string out;
    std::size_t start = 0;
    bool first = true;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        const std::string trimmed = trim(line);
        std::string replacement(line);
        if (trimmed.size() >= 4 && trimmed.rfind("{{", 0) == 0 && trimmed.compare(trimmed.size() - 2, 2, "}}") == 0) {
            const auto directive = parseDirective(trimmed, problems);
            replacement = directive && catalog ? expand(*directive, *catalog, problems) : std::string();
        }
        out += (first ? "" : "\n") + replacement;
        first = false;
        start = end + 1;
    }
    return out;
}

} // namespace carebook
