// SPDX-License-Identifier: MIT
#include "core/sheet/request.h"

#include "core/sheet/dates.h"
#include "core/util/json_document.h"
#include "core/util/text.h"

#include <algorithm>

namespace carebook {

using nlohmann::json;

std::string_view paperKey(Paper paper) { return paper == Paper::Letter ? "letter" : "a4"; }

std::optional<Paper> paperFromKey(std::string_view key) {
    const auto lower = toLowerAscii(key);
    if (lower == "a4") {
        return Paper::A4;
    }
    if (lower == "letter") {
        return Paper::Letter;
    }
    return std::nullopt;
}

SheetError::SheetError(std::string field, const std::string& message)
    : std::runtime_error(field.empty() ? message : field + ": " + message), m_field(std::move(field)) {}

// ---- the request as JSON ----

namespace {

const std::vector<std::string> kRequestFields = {"format", "version", "symptom", "name",
                                                 "start",  "include", "notes",   "paper", "large_print"};
constexpr const char* kFormatName = "carebook-sheet";

const json& member(const json& object, const char* key) { return object.at(key); }

std::string stringField(const json& object, const char* key) {
    const auto& value = member(object, key);
    if (!value.is_string()) {
        throw SheetError(key, std::string("expected text, found ") + value.type_name());
    }
    return value.get<std::string>();
}

} // namespace

json toJson(const SheetRequest& request) {
    json out = json::object();
    out["format"] = kFormatName;
    // Version 1 unless the sheet uses what version 2 added (large print): a Carebook that reads only
    // version 1 still opens every sheet it can print, and says "saved by a newer Carebook" otherwise.
    out["version"] = request.largePrint ? kSheetRequestVersion : 1;
    out["symptom"] = request.symptomId;
    if (!request.name.empty()) {
        out["name"] = request.name;
    }
    if (!request.startDate.empty()) {
        out["start"] = request.startDate;
    }
    if (request.include) {
        out["include"] = *request.include;
    }
    if (!request.notes.empty()) {
        out["notes"] = request.notes;
    }
    out["paper"] = std::string(paperKey(request.paper));
    if (request.largePrint) {
        out["large_print"] = true;
    }
    return out;
}

SheetRequest SheetRequest::fromJson(const json& object) {
    if (!object.is_object()) {
        throw SheetError("", std::string("a saved sheet is a JSON object, found ") + object.type_name());
    }
    for (const auto& [key, value] : object.items()) {
        if (std::find(kRequestFields.begin(), kRequestFields.end(), key) == kRequestFields.end()) {
            const auto suggestion = closestMatch(key, kRequestFields);
            throw SheetError(key, "unknown field" + (suggestion.empty() ? "" : " (did you mean '" + suggestion + "'?)"));
        }
    }
    if (object.contains("format") && object.at("format") != kFormatName) {
        throw SheetError("format", std::string("expected \"") + kFormatName + "\"");
    }
    if (object.contains("version")) {
        const auto& version = object.at("version");
        if (!version.is_number_integer()) {
            throw SheetError("version", std::string("expected a whole number, found ") + version.type_name());
        }
        if (version.get<long long>() > kSheetRequestVersion) {
            throw SheetError("version", "this sheet was saved by a newer Carebook (version " +
                                            std::to_string(version.get<long long>()) + ")");
        }
        if (version.get<long long>() < 1) {
            throw SheetError("version", "expected 1, found " + std::to_string(version.get<long long>()));
        }
    }
    SheetRequest request;
    if (!object.contains("symptom")) {
        throw SheetError("symptom", "missing (the id of a symptom, such as \"back-spasm\")");
    }
    request.symptomId = stringField(object, "symptom");
    if (!isKebabId(request.symptomId)) {
        throw SheetError("symptom", "'" + request.symptomId + "' is not an article id");
    }
    if (object.contains("name")) {
        request.name = stringField(object, "name");
    }
    if (object.contains("start")) {
        request.startDate = stringField(object, "start");
        if (!request.startDate.empty() && !parseIsoDate(request.startDate)) {
            throw SheetError("start", "'" + request.startDate + "' is not a date in the form YYYY-MM-DD");
        }
    }
    if (object.contains("include")) {
        const auto& include = object.at("include");
        if (!include.is_array()) {
            throw SheetError("include", std::string("expected a list of remedy ids, found ") + include.type_name());
        }
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < include.size(); ++i) {
            const std::string field = "include[" + std::to_string(i) + "]";
            if (!include[i].is_string()) {
                throw SheetError(field, std::string("expected a remedy id, found ") + include[i].type_name());
            }
            ids.push_back(include[i].get<std::string>());
            if (!isKebabId(ids.back())) {
                throw SheetError(field, "'" + ids.back() + "' is not an article id");
            }
        }
        request.include = std::move(ids);
    }
    if (object.contains("notes")) {
        request.notes = stringField(object, "notes");
    }
    if (object.contains("paper")) {
        const auto key = stringField(object, "paper");
        const auto paper = paperFromKey(key);
        if (!paper) {
            throw SheetError("paper", "'" + key + "' is not a paper size (a4 or letter)");
        }
        request.paper = *paper;
    }
    if (object.contains("large_print")) {
        const auto& value = object.at("large_print");
        if (!value.is_boolean()) {
            throw SheetError("large_print", std::string("expected true or false, found ") + value.type_name());
        }
        request.largePrint = value.get<bool>();
    }
    return request;
}

SheetRequest SheetRequest::fromJsonText(std::string_view text) {
    JsonDocument document;
    JsonParseError error;
    if (!parseJsonDocument(text, document, error)) {
        throw SheetError("", "not valid JSON at line " + std::to_string(error.position.line) + ", column " +
                                 std::to_string(error.position.column) + ": " + error.message);
    }
    return fromJson(document.value);
}

} // namespace carebook
