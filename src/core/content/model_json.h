// SPDX-License-Identifier: MIT
#pragma once

// The one place where the content model meets JSON: nlohmann's to_json/from_json for every type of
// article.h (found by argument-dependent lookup, so `json j = article; j.get<ArticleContent>()` work),
// used by the loader (the authored files, once validated), the compiler (articles.data) and the store
// (reading articles.data back). The JSON is the authored form: the same keys as the content files,
// an optional field absent when it is empty, without "schema_version" and without the body.
//
// from_json expects validated JSON (loader.cpp checks every field with a message and a position
// first); on anything else it throws nlohmann::json::exception.

#include "core/content/article.h"

#include <nlohmann/json.hpp>

namespace carebook {

void to_json(nlohmann::json& out, const SymptomRemedy& remedy);
void from_json(const nlohmann::json& in, SymptomRemedy& remedy);
void to_json(nlohmann::json& out, const RemedyEvidence& evidence);
void from_json(const nlohmann::json& in, RemedyEvidence& evidence);
void to_json(nlohmann::json& out, const ArticleContent& article);
void from_json(const nlohmann::json& in, ArticleContent& article);
void to_json(nlohmann::json& out, const RedFlagSource& source);
void from_json(const nlohmann::json& in, RedFlagSource& source);
void to_json(nlohmann::json& out, const SourceRecord& source);
void from_json(const nlohmann::json& in, SourceRecord& source);
// The flag as red-flags.json has it; toJson(RedFlag) (store.h) is the command line's view without sources.
void to_json(nlohmann::json& out, const RedFlag& flag);
void from_json(const nlohmann::json& in, RedFlag& flag);
void to_json(nlohmann::json& out, const ContentEdition& edition);
void from_json(const nlohmann::json& in, ContentEdition& edition);

// articles.data (schema.h): the article as its file has it without the body, in canonical form (keys
// in order, no spaces), with its schema_version, so the database says which content format it holds.
std::string storedArticleJson(const ArticleContent& article);
// Reads articles.data back; throws nlohmann::json::exception when it is not an article.
ArticleContent articleFromStoredJson(std::string_view text);

} // namespace carebook
