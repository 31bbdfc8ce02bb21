// SPDX-License-Identifier: MIT
// The checks of the content's list files: sources.json, red-flags.json (flags and their sets) and
// synonyms.json. Internal to core/content: loader.cpp reads each file through these.
#pragma once

#include "core/content/field_checker.h"
#include "core/content/red_flags.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace carebook::checks {

// One item of sources.json; `editionReviewed` is the latest date an "accessed" may give.
bool checkSource(FileChecker& check, const json& item, const std::string& pointer, const std::string& editionReviewed);

// One item of red-flags.json "red_flags".
bool checkRedFlag(FileChecker& check, const json& item, const std::string& pointer);

// red-flags.json "sets", given the flags that passed their checks.
std::vector<RedFlagSet> checkRedFlagSets(FileChecker& check, const json& root, const std::vector<json>& flags);

// Checks one item of a list file; true when it may be kept.
using ListItemChecker = std::function<bool(FileChecker& check, const json& item, const std::string& pointer)>;
// Checks the rest of a list file once its items are read (red-flags.json's sets).
using RestOfListChecker = std::function<void(FileChecker& check, const json& root, const std::vector<json>& items)>;

// sources.json or red-flags.json: an object holding one array of items with ids (and, for
// red-flags.json, the members named in `otherKeys`, checked by `checkRest`).
std::vector<json> loadList(const std::filesystem::path& file, const std::string& displayPath, const std::string& arrayKey,
                           Diagnostics& diagnostics, std::vector<Reference>& references, const ListItemChecker& checkItem,
                           const std::vector<std::string>& otherKeys = {}, const RestOfListChecker& checkRest = {});

// synonyms.json: groups of words or phrases that search treats as one.
void loadSynonyms(const std::filesystem::path& file, const std::string& displayPath, Diagnostics& diagnostics,
                  std::vector<Reference>& references, std::vector<std::vector<std::string>>& groups);

} // namespace carebook::checks
