// SPDX-License-Identifier: MIT
#pragma once

// The typed content model: an article with the fields every kind has and the fields of its own kind,
// a source and a red flag, as authored and validated (loader.h) and as the store reads them back
// (store.h). JSON goes in and out in one place only, model_json.h; everything else reads these
// members. Adding a field: a member here, a line in model_json.cpp, and the check in loader.cpp.

#include "core/content/dose.h"
#include "core/content/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace carebook {

// One remedy a symptom lists, in one phase ("remedies": [{"remedy", "phase", "note"}]).
struct SymptomRemedy {
    std::string remedy; // a remedy's id
    std::string phase;  // one of kPhases
    std::string note;   // empty: none

    bool operator==(const SymptomRemedy&) const = default;
};

struct SymptomFields {
    std::vector<std::string> causes;     // cause ids
    std::vector<SymptomRemedy> remedies; // in the authored order
    std::vector<std::string> redFlagSets; // red flag set ids (red-flags.json "sets"), attached whole
    std::vector<std::string> redFlags;    // red flag ids in no set (red-flags.json)

    bool operator==(const SymptomFields&) const = default;
};

// How well one source says a remedy works in one phase ("evidence": [{"phase", "level", "source"}]).
struct RemedyEvidence {
    std::string phase;  // one of kEvidencePhases
    std::string level;  // one of kEvidenceLevels
    std::string source; // a source id
    std::string note;   // empty: none

    bool operator==(const RemedyEvidence&) const = default;
};

// When to stop a stretch or an exercise ("stop_if"), in the words of a source the article cites: the
// sheet prints it on the exercise's card. No source saying one, no stop rule.
struct RemedyStopRule {
    std::string text;    // one plain sentence ("Stop if …")
    std::string source;  // a source id in the article's "sources"
    std::string locator; // where that source says it

    bool operator==(const RemedyStopRule&) const = default;
};

struct RemedyFields {
    std::string category; // one of kRemedyCategories
    std::vector<std::string> steps;
    std::string timing; // empty: none
    std::vector<std::string> cautions;
    std::vector<std::string> avoidIf;
    std::vector<RemedyEvidence> evidence;
    std::string guidelineStance; // one of kGuidelineStances
    std::string guidelineNote;   // empty: none
    std::vector<std::string> addresses; // cause ids
    std::vector<std::string> nutrients; // nutrient ids
    std::string illustration;           // an SVG's name without .svg; empty: none
    std::optional<RemedyDose> dose;     // cold/heat and exercises only; none: the plan's own defaults
    std::optional<RemedyStopRule> stopIf; // stretches and exercises only; none: no source gives one

    bool operator==(const RemedyFields&) const = default;
};

struct CauseFields {
    std::vector<std::string> riskFactors;
    std::vector<std::string> prevention;
    std::vector<std::string> nutrients; // nutrient ids

    bool operator==(const CauseFields&) const = default;
};

struct NutrientFields {
    std::string foodKey; // one of kFoodKeys; empty: no food data for it
    std::string unit;    // one of kNutrientUnits
    std::vector<std::string> foodExamples;
    std::vector<std::string> doNotSupplementWithoutAdvice;

    bool operator==(const NutrientFields&) const = default;
};

// Questions and pages have only the common fields.
struct QuestionFields {
    bool operator==(const QuestionFields&) const = default;
};
struct PageFields {
    bool operator==(const PageFields&) const = default;
};

// A variant rather than one struct with every kind's fields optional: an article holds exactly its
// own kind's fields, so a remedy cannot carry a symptom's red flags by mistake, its kind cannot
// disagree with its fields (kind() is the alternative held), and std::visit makes every function
// that handles all kinds handle each one. The alternatives are in ArticleKind's order.
using KindFields = std::variant<SymptomFields, RemedyFields, CauseFields, NutrientFields, QuestionFields, PageFields>;

// The fields of an empty article of `kind` (the alternative for that kind, default-constructed).
KindFields emptyFieldsFor(ArticleKind kind);

// Every authored field of an article but its body (the loader keeps the body's Markdown and its
// rendering beside it; the store keeps them in their own columns).
struct ArticleContent {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> aliases;
    std::vector<std::string> sources; // source ids, in the authored order
    std::vector<std::string> related; // article ids
    std::string reviewed;             // YYYY-MM-DD; empty: not given
    std::optional<std::int64_t> order; // the position among its kind in the navigation; nullopt: not given
    KindFields fields = PageFields{};

    ArticleKind kind() const { return static_cast<ArticleKind>(fields.index()); }
    // The kind's own fields, or null for an article of another kind.
    const SymptomFields* symptom() const { return std::get_if<SymptomFields>(&fields); }
    const RemedyFields* remedy() const { return std::get_if<RemedyFields>(&fields); }
    const CauseFields* cause() const { return std::get_if<CauseFields>(&fields); }
    const NutrientFields* nutrient() const { return std::get_if<NutrientFields>(&fields); }
    // The nutrients a remedy or a cause names; empty for other kinds.
    const std::vector<std::string>& nutrientIds() const;

    bool operator==(const ArticleContent&) const = default;
};

// One entry of sources.json.
struct SourceRecord {
    std::string id;
    std::string title;
    std::string publisher;
    int year = 0;
    std::string authors; // empty: none given (so for url, doi and note)
    std::string url;
    std::string doi;
    std::string note;
    std::string accessed = {}; // YYYY-MM-DD a web source was last read; empty for print-only sources

    bool operator==(const SourceRecord&) const = default;
};

// Where a source states a red flag (red-flags.json "sources": [{"source", "locator", "quote"}]).
struct RedFlagSource {
    std::string source;  // a source id
    std::string locator; // where in the source; empty when read back from the database
    std::string quote;   // its words, when known; empty: none

    bool operator==(const RedFlagSource&) const = default;
};

// One entry of red-flags.json: a sign that needs care, how urgently, and what to do.
struct RedFlag {
    std::string id;
    std::string urgency; // one of kUrgencies, most urgent first
    std::string text;
    std::string action;         // empty: none
    std::string shortText = {}; // the sign in a few words (the printed sheet); an initialiser: a flag may be written without it
    std::vector<RedFlagSource> sources = {};

    bool operator==(const RedFlag&) const = default;
};

// carebook.json: which edition of the content this is.
struct ContentEdition {
    std::string contentVersion;
    std::string reviewed; // YYYY-MM-DD

    bool operator==(const ContentEdition&) const = default;
};

} // namespace carebook
