// SPDX-License-Identifier: MIT
// The content compiler's field checks, shared by the article, list and edition loaders: each problem
// reported at the position of the offending value (file:line:column). Internal to core/content.
#pragma once

#include "core/content/article.h"
#include "core/util/diagnostics.h"
#include "core/util/json_document.h"
#include "core/util/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace carebook::checks {

using nlohmann::json;

enum class Target { Article, Source, RedFlag, RedFlagSet };

struct Reference {
    std::string path;
    SourcePosition position;
    std::string id;
    Target target = Target::Article;
    std::vector<ArticleKind> kinds; // allowed kinds for an article reference; empty = any
    std::string field;              // for the message
};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& values, std::string_view value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

template <std::size_t N>
std::string listOf(const std::array<std::string_view, N>& values) {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) {
        out += (i == 0 ? "" : ", ");
        out += values[i];
    }
    return out;
}

// YYYY-MM-DD naming a day that exists (no 31 April, 29 February only in a leap year).
bool isCalendarDate(const std::string& value);

// "cause", "remedy or cause", "symptom, remedy or cause".
std::string describeKinds(const std::vector<ArticleKind>& kinds);

// Validates one JSON file's fields, reporting each problem at the position of the offending value.
class FileChecker {
public:
    FileChecker(const JsonDocument& document, std::string path, Diagnostics& diagnostics,
                std::vector<Reference>& references)
        : m_document(document), m_path(std::move(path)), m_diagnostics(diagnostics), m_references(references) {}

    void error(const std::string& pointer, const std::string& message) {
        const auto position = m_document.positionOf(pointer);
        m_diagnostics.error(m_path, position.line, position.column, message);
    }

    // Reports members not in `allowed`; a typo in a field name must never silently drop content.
    void checkKnownFields(const json& object, const std::string& pointer, const std::vector<std::string>& allowed) {
        for (const auto& [key, value] : object.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string message = "unknown field \"" + key + "\"";
                const auto suggestion = closestMatch(key, allowed);
                if (!suggestion.empty()) {
                    message += " (did you mean \"" + suggestion + "\"?)";
                }
                const auto position = m_document.keyPositionOf(childPointer(pointer, key));
                m_diagnostics.error(m_path, position.line, position.column, message);
            }
        }
    }

    const json* member(const json& object, const std::string& pointer, const std::string& key, bool required) {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required) {
                error(pointer, "missing required field \"" + key + "\"");
            }
            return nullptr;
        }
        return &*found;
    }

    bool text(const json& object, const std::string& pointer, const std::string& key, bool required,
              std::string* out = nullptr) {
        const json* value = member(object, pointer, key, required);
        if (!value) {
            return false;
        }
        const auto child = childPointer(pointer, key);
        if (!value->is_string()) {
            error(child, "field \"" + key + "\" must be text");
            return false;
        }
        if (isBlank(value->get_ref<const std::string&>())) {
            error(child, "field \"" + key + "\" is empty");
            return false;
        }
        if (out) {
            *out = value->get<std::string>();
        }
        return true;
    }

    template <std::size_t N>
    bool oneOf(const json& object, const std::string& pointer, const std::string& key, bool required,
               const std::array<std::string_view, N>& allowed, std::string* out = nullptr) {
        std::string value;
        if (!text(object, pointer, key, required, &value)) {
            return false;
        }
        if (!contains(allowed, value)) {
            error(childPointer(pointer, key),
                  "field \"" + key + "\" has \"" + value + "\"; allowed values: " + listOf(allowed));
            return false;
        }
        if (out) {
            *out = value;
        }
        return true;
    }

    void textList(const json& object, const std::string& pointer, const std::string& key, bool required,
                  std::size_t minimum) {
        const json* value = member(object, pointer, key, required);
        if (!value) {
            return;
        }
        const auto child = childPointer(pointer, key);
        if (!value->is_array()) {
            error(child, "field \"" + key + "\" must be an array of text");
            return;
        }
        if (value->size() < minimum) {
            error(child, "field \"" + key + "\" needs at least " + std::to_string(minimum) + " item" +
                             (minimum == 1 ? "" : "s"));
        }
        for (std::size_t i = 0; i < value->size(); ++i) {
            const auto& item = (*value)[i];
            if (!item.is_string()) {
                error(childPointer(child, i), "items of \"" + key + "\" must be text");
            } else if (isBlank(item.get_ref<const std::string&>())) {
                error(childPointer(child, i), "item " + std::to_string(i + 1) + " of \"" + key + "\" is empty");
            }
        }
    }

    void reference(const std::string& pointer, const std::string& id, Target target,
                   std::vector<ArticleKind> kinds, const std::string& field) {
        m_references.push_back({m_path, m_document.positionOf(pointer), id, target, std::move(kinds), field});
    }

    void idList(const json& object, const std::string& pointer, const std::string& key, bool required,
                std::size_t minimum, Target target, std::vector<ArticleKind> kinds = {}) {
        const json* value = member(object, pointer, key, required);
        if (!value) {
            return;
        }
        const auto child = childPointer(pointer, key);
        if (!value->is_array()) {
            error(child, "field \"" + key + "\" must be an array of ids");
            return;
        }
        if (value->size() < minimum) {
            error(child, "field \"" + key + "\" needs at least " + std::to_string(minimum) + " id" +
                             (minimum == 1 ? "" : "s"));
        }
        std::set<std::string> seen;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const auto& item = (*value)[i];
            const auto itemPointer = childPointer(child, i);
            if (!item.is_string() || !isKebabId(item.get<std::string>())) {
                error(itemPointer, "items of \"" + key + "\" must be kebab-case ids");
                continue;
            }
            const auto id = item.get<std::string>();
            if (!seen.insert(id).second) {
                error(itemPointer, "\"" + id + "\" is listed twice in \"" + key + "\"");
                continue;
            }
            reference(itemPointer, id, target, kinds, key);
        }
    }

    void integer(const json& object, const std::string& pointer, const std::string& key, bool required,
                 std::int64_t minimum, std::int64_t maximum) {
        const json* value = member(object, pointer, key, required);
        if (!value) {
            return;
        }
        if (!value->is_number_integer()) {
            error(childPointer(pointer, key), "field \"" + key + "\" must be a whole number");
            return;
        }
        const auto number = value->get<std::int64_t>();
        if (number < minimum || number > maximum) {
            error(childPointer(pointer, key), "field \"" + key + "\" must be between " + std::to_string(minimum) +
                                                  " and " + std::to_string(maximum));
        }
    }

    // A calendar date, YYYY-MM-DD; when `latest` is given (the edition's review date), not after it:
    // nothing can have been checked later than the edition that ships it.
    void date(const json& object, const std::string& pointer, const std::string& key, bool required,
              const std::string& latest = {}) {
        std::string value;
        if (!text(object, pointer, key, required, &value)) {
            return;
        }
        if (!isCalendarDate(value)) {
            error(childPointer(pointer, key), "field \"" + key + "\" must be a date written YYYY-MM-DD");
        } else if (!latest.empty() && value > latest) {
            error(childPointer(pointer, key), "field \"" + key + "\" is " + value +
                                                  ", after the content edition's review date " + latest +
                                                  " (carebook.json \"reviewed\")");
        }
    }

    void schemaVersion(const json& object) {
        const json* value = member(object, "", "schema_version", true);
        if (value && (!value->is_number_integer() || value->get<std::int64_t>() != kContentSchemaVersion)) {
            error("/schema_version", "schema_version must be " + std::to_string(kContentSchemaVersion) +
                                         " (this compiler reads format version " +
                                         std::to_string(kContentSchemaVersion) + ")");
        }
    }

    const JsonDocument& document() const { return m_document; }
    const std::string& path() const { return m_path; }

private:
    const JsonDocument& m_document;
    std::string m_path;
    Diagnostics& m_diagnostics;
    std::vector<Reference>& m_references;
};

// The whole file in `out`; false when it cannot be read.
bool readFile(const std::filesystem::path& file, std::string& out);

// Reads and parses a JSON file whose top level must be an object. Returns false after reporting.
bool parseFile(const std::string& text, const std::string& displayPath, JsonDocument& document,
               Diagnostics& diagnostics);

// readFile then parseFile, reporting "cannot read the file" at displayPath. Returns false after reporting.
bool readJsonFile(const std::filesystem::path& file, const std::string& displayPath, JsonDocument& document,
                  Diagnostics& diagnostics);

} // namespace carebook::checks
