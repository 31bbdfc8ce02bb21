// SPDX-License-Identifier: MIT
#include "core/content/list_checks.h"

#include <map>
#include <set>

namespace carebook::checks {

namespace fs = std::filesystem;

// One item of sources.json. A web page changes: a source with a url says when it was last read.
bool checkSource(FileChecker& check, const json& item, const std::string& pointer, const std::string& editionReviewed) {
    check.checkKnownFields(item, pointer, {"id", "title", "publisher", "year", "authors", "url", "doi", "note",
                                           "accessed"});
    bool ok = check.text(item, pointer, "title", true);
    ok = check.text(item, pointer, "publisher", true) && ok;
    check.integer(item, pointer, "year", true, 1800, 2100);
    check.text(item, pointer, "authors", false);
    check.text(item, pointer, "note", false);
    std::string url;
    const bool hasUrl = check.text(item, pointer, "url", false, &url);
    const bool hasDoi = check.text(item, pointer, "doi", false);
    if (hasUrl && url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
        check.error(childPointer(pointer, "url"), "url must start with https://");
    }
    if (!hasUrl && !hasDoi && !item.contains("url") && !item.contains("doi")) {
        check.error(pointer, "a source needs a \"url\" or a \"doi\"");
    }
    if (item.contains("url") && !item.contains("accessed")) {
        check.error(pointer, "a web source needs \"accessed\": the date its page was last read (YYYY-MM-DD)");
    }
    check.date(item, pointer, "accessed", false, editionReviewed);
    return ok && item.contains("id");
}

// One item of red-flags.json. Each source says where it states the sign (`locator`, and a short
// `quote` when its words are known), so a reader of the report can check every flag.
bool checkRedFlag(FileChecker& check, const json& item, const std::string& pointer) {
    check.checkKnownFields(item, pointer, {"id", "urgency", "text", "short", "action", "sources"});
    const bool ok = check.oneOf(item, pointer, "urgency", true, kUrgencies);
    const bool hasText = check.text(item, pointer, "text", true);
    check.text(item, pointer, "short", true);
    check.text(item, pointer, "action", false);
    const json* sources = check.member(item, pointer, "sources", true);
    const auto sourcesPointer = childPointer(pointer, "sources");
    if (sources && (!sources->is_array() || sources->empty())) {
        check.error(sourcesPointer, "field \"sources\" must be an array of at least one {\"source\", \"locator\"}");
    } else if (sources) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < sources->size(); ++i) {
            const auto itemPointer = childPointer(sourcesPointer, i);
            const auto& source = (*sources)[i];
            if (!source.is_object()) {
                check.error(itemPointer, "each source of a red flag must be {\"source\": id, \"locator\": where it "
                                         "says so}");
                continue;
            }
            check.checkKnownFields(source, itemPointer, {"source", "locator", "quote"});
            std::string id;
            if (check.text(source, itemPointer, "source", true, &id)) {
                if (!seen.insert(id).second) {
                    check.error(itemPointer, "source \"" + id + "\" is listed twice");
                } else {
                    check.reference(childPointer(itemPointer, "source"), id, Target::Source, {}, "sources");
                }
            }
            check.text(source, itemPointer, "locator", true);
            check.text(source, itemPointer, "quote", false);
        }
    }
    return ok && hasText && item.contains("id");
}

// red-flags.json "sets": named groups a symptom attaches whole. Every flag is in at least one set,
// so no flag can be attached on its own and then forgotten when its set grows.
std::vector<RedFlagSet> checkRedFlagSets(FileChecker& check, const json& root, const std::vector<json>& flags) {
    std::vector<RedFlagSet> sets;
    const json* array = check.member(root, "", "sets", true);
    if (!array) {
        return sets;
    }
    if (!array->is_array() || array->empty()) {
        check.error("/sets", "field \"sets\" must be an array of at least one {\"id\", \"title\", \"flags\"}");
        return sets;
    }
    std::set<std::string> setIds;
    std::set<std::string> inASet;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto pointer = childPointer("/sets", i);
        const auto& item = (*array)[i];
        if (!item.is_object()) {
            check.error(pointer, "items of \"sets\" must be objects");
            continue;
        }
        check.checkKnownFields(item, pointer, {"id", "title", "flags"});
        RedFlagSet set;
        if (check.text(item, pointer, "id", true, &set.id)) {
            if (!isKebabId(set.id)) {
                check.error(childPointer(pointer, "id"), "id \"" + set.id + "\" is not kebab-case");
            } else if (!setIds.insert(set.id).second) {
                check.error(childPointer(pointer, "id"), "duplicate set id \"" + set.id + "\"");
            }
        }
        check.text(item, pointer, "title", true, &set.title);
        check.idList(item, pointer, "flags", true, 1, Target::RedFlag);
        if (const auto found = item.find("flags"); found != item.end() && found->is_array()) {
            for (const auto& id : *found) {
                if (id.is_string()) {
                    set.flags.push_back(id.get<std::string>());
                    inASet.insert(id.get<std::string>());
                }
            }
        }
        sets.push_back(std::move(set));
    }
    // A set naming an unknown flag is reported where it is written; the flag it meant is likely
    // the one that now seems to be in no set, so that is not said twice.
    const bool setsResolve = std::all_of(inASet.begin(), inASet.end(), [&](const std::string& id) {
        return std::any_of(flags.begin(), flags.end(), [&](const json& flag) { return flag.value("id", "") == id; });
    });
    const json& listed = root.at("red_flags");
    for (std::size_t i = 0; setsResolve && i < listed.size(); ++i) {
        const auto id = listed[i].is_object() ? listed[i].value("id", std::string()) : std::string();
        const bool loaded = std::any_of(flags.begin(), flags.end(), [&](const json& flag) { return flag.value("id", "") == id; });
        if (loaded && !inASet.count(id)) {
            check.error(childPointer(childPointer("/red_flags", i), "id"),
                        "red flag \"" + id + "\" is in no set: add it to a set in \"sets\"");
        }
    }
    return sets;
}

std::vector<json> loadList(const fs::path& file, const std::string& displayPath, const std::string& arrayKey,
                           Diagnostics& diagnostics, std::vector<Reference>& references, const ListItemChecker& checkItem,
                           const std::vector<std::string>& otherKeys, const RestOfListChecker& checkRest) {
    std::vector<json> items;
    JsonDocument document;
    if (!readJsonFile(file, displayPath, document, diagnostics)) {
        return items;
    }
    FileChecker check(document, displayPath, diagnostics, references);
    check.schemaVersion(document.value);
    std::vector<std::string> topLevel = {"schema_version", arrayKey};
    topLevel.insert(topLevel.end(), otherKeys.begin(), otherKeys.end());
    check.checkKnownFields(document.value, "", topLevel);
    const json* array = check.member(document.value, "", arrayKey, true);
    if (!array) {
        return items;
    }
    if (!array->is_array()) {
        check.error(childPointer("", arrayKey), "field \"" + arrayKey + "\" must be an array");
        return items;
    }
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto pointer = childPointer(childPointer("", arrayKey), i);
        const auto& item = (*array)[i];
        if (!item.is_object()) {
            check.error(pointer, "items of \"" + arrayKey + "\" must be objects");
            continue;
        }
        std::string id;
        if (check.text(item, pointer, "id", true, &id)) {
            if (!isKebabId(id)) {
                check.error(childPointer(pointer, "id"), "id \"" + id + "\" is not kebab-case");
            } else if (!seen.emplace(id, i).second) {
                check.error(childPointer(pointer, "id"), "duplicate id \"" + id + "\"");
            }
        }
        if (checkItem(check, item, pointer)) {
            items.push_back(item);
        }
    }
    if (checkRest) {
        checkRest(check, document.value, items);
    }
    return items;
}

void loadSynonyms(const fs::path& file, const std::string& displayPath, Diagnostics& diagnostics,
                  std::vector<Reference>& references, std::vector<std::vector<std::string>>& groups) {
    JsonDocument document;
    if (!readJsonFile(file, displayPath, document, diagnostics)) {
        return;
    }
    FileChecker check(document, displayPath, diagnostics, references);
    check.schemaVersion(document.value);
    check.checkKnownFields(document.value, "", {"schema_version", "groups"});
    const json* array = check.member(document.value, "", "groups", true);
    if (!array || !array->is_array()) {
        if (array) {
            check.error("/groups", "field \"groups\" must be an array of arrays of text");
        }
        return;
    }
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto pointer = childPointer("/groups", i);
        const auto& group = (*array)[i];
        if (!group.is_array() || group.size() < 2) {
            check.error(pointer, "each synonym group must be an array of at least two words or phrases");
            continue;
        }
        std::vector<std::string> words;
        for (std::size_t j = 0; j < group.size(); ++j) {
            if (!group[j].is_string() || isBlank(group[j].get<std::string>())) {
                check.error(childPointer(pointer, j), "synonyms must be non-empty text");
                continue;
            }
            words.push_back(toLowerAscii(trim(group[j].get<std::string>())));
        }
        groups.push_back(std::move(words));
    }
}

} // namespace carebook::checks
