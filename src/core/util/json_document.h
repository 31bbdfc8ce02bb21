// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <unordered_map>
#include <string>
#include <string_view>

namespace carebook {

struct SourcePosition {
    int line = 1;   // 1-based
    int column = 1; // 1-based, counted in Unicode code points
};

// A JSON document together with where each value starts in the text, so validation errors can
// point at "path:line:col". nlohmann/json keeps no positions, hence this small strict parser.
struct JsonDocument {
    nlohmann::json value;
    // JSON Pointer (RFC 6901, e.g. "/remedies/2/phase") -> start of that value.
    std::unordered_map<std::string, SourcePosition> positions;
    // JSON Pointer of an object member -> where its name starts (for "unknown field" messages).
    std::unordered_map<std::string, SourcePosition> keyPositions;

    // Position of the value at `pointer`, or of its nearest ancestor that has one.
    SourcePosition positionOf(const std::string& pointer) const;
    // Where the member's name starts, falling back to its value.
    SourcePosition keyPositionOf(const std::string& pointer) const;
};

struct JsonParseError {
    SourcePosition position;
    std::string message;
};

// Parses strict JSON (RFC 8259): no comments, no trailing commas, no duplicate keys, valid UTF-8,
// nesting at most 200 deep. Returns false and fills `error` on the first fault.
bool parseJsonDocument(std::string_view text, JsonDocument& document, JsonParseError& error);

// Appends one reference token to a JSON Pointer, escaping '~' and '/'.
std::string childPointer(const std::string& parent, std::string_view key);
std::string childPointer(const std::string& parent, std::size_t index);

} // namespace carebook
