// SPDX-License-Identifier: MIT
#include "core/content/model_json.h"

#include "core/content/store.h"

namespace carebook {

using nlohmann::json;

namespace {

// Optional members are written only when they hold something, so the JSON has the keys an author
// wrote (the validator refuses empty text, and no content file writes an empty optional list).
void putText(json& out, const char* key, const std::string& value) {
    if (!value.empty()) {
        out[key] = value;
    }
}

template <typename T>
void putList(json& out, const char* key, const std::vector<T>& values) {
    if (!values.empty()) {
        out[key] = values;
    }
}

// Reads `key` into `value` when the object has it; leaves the default otherwise.
template <typename T>
void readOptional(const json& in, const char* key, T& value) {
    if (const auto found = in.find(key); found != in.end()) {
        found->get_to(value);
    }
}

// The dose's figures by their JSON names, in one table for writing and reading.
struct DoseFigure {
    const char* key;
    std::optional<int> RemedyDose::*member;
};
constexpr DoseFigure kDoseFigures[] = {
    {"minutes", &RemedyDose::minutes},           {"every_hours", &RemedyDose::everyHours},
    {"from_day", &RemedyDose::fromDay},          {"for_days", &RemedyDose::forDays},
    {"hold_seconds", &RemedyDose::holdSeconds},  {"repetitions", &RemedyDose::repetitions},
    {"sets", &RemedyDose::sets},                 {"rest_seconds", &RemedyDose::restSeconds},
    {"times_per_day", &RemedyDose::timesPerDay},
};

json doseJson(const RemedyDose& dose) {
    json out = json::object();
    for (const auto& figure : kDoseFigures) {
        if (const auto& value = dose.*figure.member) {
            out[figure.key] = *value;
        }
    }
    putText(out, "sides", dose.sides);
    out["source"] = dose.source;
    putList(out, "expert_advice", dose.expertAdvice);
    return out;
}

RemedyDose doseFromJson(const json& in) {
    RemedyDose dose;
    for (const auto& figure : kDoseFigures) {
        if (const auto found = in.find(figure.key); found != in.end()) {
            dose.*figure.member = found->get<int>();
        }
    }
    readOptional(in, "sides", dose.sides);
    in.at("source").get_to(dose.source);
    readOptional(in, "expert_advice", dose.expertAdvice);
    return dose;
}

void toJsonFields(json& out, const SymptomFields& symptom) {
    out["causes"] = symptom.causes;
    out["remedies"] = symptom.remedies;
    putList(out, "red_flag_sets", symptom.redFlagSets);
    putList(out, "red_flags", symptom.redFlags);
}

void toJsonFields(json& out, const RemedyFields& remedy) {
    out["category"] = remedy.category;
    out["steps"] = remedy.steps;
    putText(out, "timing", remedy.timing);
    out["cautions"] = remedy.cautions;
    putList(out, "avoid_if", remedy.avoidIf);
    out["evidence"] = remedy.evidence;
    out["guideline_stance"] = remedy.guidelineStance;
    putText(out, "guideline_note", remedy.guidelineNote);
    putList(out, "addresses", remedy.addresses);
    putList(out, "nutrients", remedy.nutrients);
    putText(out, "illustration", remedy.illustration);
    if (remedy.dose) {
        out["dose"] = doseJson(*remedy.dose);
    }
    if (remedy.stopIf) {
        out["stop_if"] = {{"text", remedy.stopIf->text}, {"source", remedy.stopIf->source},
                          {"locator", remedy.stopIf->locator}};
    }
}

void toJsonFields(json& out, const CauseFields& cause) {
    putList(out, "risk_factors", cause.riskFactors);
    putList(out, "prevention", cause.prevention);
    putList(out, "nutrients", cause.nutrients);
}

void toJsonFields(json& out, const NutrientFields& nutrient) {
    putText(out, "food_key", nutrient.foodKey);
    out["unit"] = nutrient.unit;
    putList(out, "food_examples", nutrient.foodExamples);
    putList(out, "do_not_supplement_without_advice", nutrient.doNotSupplementWithoutAdvice);
}

void toJsonFields(json&, const QuestionFields&) {}
void toJsonFields(json&, const PageFields&) {}

void fromJsonFields(const json& in, SymptomFields& symptom) {
    in.at("causes").get_to(symptom.causes);
    in.at("remedies").get_to(symptom.remedies);
    readOptional(in, "red_flag_sets", symptom.redFlagSets);
    readOptional(in, "red_flags", symptom.redFlags);
}

void fromJsonFields(const json& in, RemedyFields& remedy) {
    in.at("category").get_to(remedy.category);
    in.at("steps").get_to(remedy.steps);
    readOptional(in, "timing", remedy.timing);
    in.at("cautions").get_to(remedy.cautions);
    readOptional(in, "avoid_if", remedy.avoidIf);
    in.at("evidence").get_to(remedy.evidence);
    in.at("guideline_stance").get_to(remedy.guidelineStance);
    readOptional(in, "guideline_note", remedy.guidelineNote);
    readOptional(in, "addresses", remedy.addresses);
    readOptional(in, "nutrients", remedy.nutrients);
    readOptional(in, "illustration", remedy.illustration);
    if (const auto dose = in.find("dose"); dose != in.end()) {
        remedy.dose = doseFromJson(*dose);
    }
    if (const auto stop = in.find("stop_if"); stop != in.end()) {
        remedy.stopIf = RemedyStopRule{stop->at("text").get<std::string>(), stop->at("source").get<std::string>(),
                                       stop->at("locator").get<std::string>()};
    }
}

void fromJsonFields(const json& in, CauseFields& cause) {
    readOptional(in, "risk_factors", cause.riskFactors);
    readOptional(in, "prevention", cause.prevention);
    readOptional(in, "nutrients", cause.nutrients);
}

void fromJsonFields(const json& in, NutrientFields& nutrient) {
    readOptional(in, "food_key", nutrient.foodKey);
    in.at("unit").get_to(nutrient.unit);
    readOptional(in, "food_examples", nutrient.foodExamples);
    readOptional(in, "do_not_supplement_without_advice", nutrient.doNotSupplementWithoutAdvice);
}

void fromJsonFields(const json&, QuestionFields&) {}
void fromJsonFields(const json&, PageFields&) {}

} // namespace

KindFields emptyFieldsFor(ArticleKind kind) {
    switch (kind) {
    case ArticleKind::Symptom:
        return SymptomFields{};
    case ArticleKind::Remedy:
        return RemedyFields{};
    case ArticleKind::Cause:
        return CauseFields{};
    case ArticleKind::Nutrient:
        return NutrientFields{};
    case ArticleKind::Question:
        return QuestionFields{};
    case ArticleKind::Page:
        return PageFields{};
    }
    return PageFields{};
}

const std::vector<std::string>& ArticleContent::nutrientIds() const {
    static const std::vector<std::string> none;
    if (const auto* fields = remedy()) {
        return fields->nutrients;
    }
    if (const auto* fields = cause()) {
        return fields->nutrients;
    }
    return none;
}

void to_json(json& out, const SymptomRemedy& remedy) {
    out = {{"remedy", remedy.remedy}, {"phase", remedy.phase}};
    putText(out, "note", remedy.note);
}

void from_json(const json& in, SymptomRemedy& remedy) {
    in.at("remedy").get_to(remedy.remedy);
    in.at("phase").get_to(remedy.phase);
    readOptional(in, "note", remedy.note);
}

void to_json(json& out, const RemedyEvidence& evidence) {
    out = {{"phase", evidence.phase}, {"level", evidence.level}, {"source", evidence.source}};
    putText(out, "note", evidence.note);
}

void from_json(const json& in, RemedyEvidence& evidence) {
    in.at("phase").get_to(evidence.phase);
    in.at("level").get_to(evidence.level);
    in.at("source").get_to(evidence.source);
    readOptional(in, "note", evidence.note);
}

void to_json(json& out, const ArticleContent& article) {
    out = {{"id", article.id},
           {"kind", kindName(article.kind())},
           {"title", article.title},
           {"summary", article.summary},
           {"sources", article.sources}};
    putList(out, "aliases", article.aliases);
    putList(out, "related", article.related);
    putText(out, "reviewed", article.reviewed);
    if (article.order) {
        out["order"] = *article.order;
    }
    std::visit([&](const auto& fields) { toJsonFields(out, fields); }, article.fields);
}

void from_json(const json& in, ArticleContent& article) {
    const auto kindText = in.at("kind").get<std::string>();
    const auto kind = kindFromName(kindText);
    if (!kind) {
        throw json::other_error::create(501, "unknown article kind \"" + kindText + "\"", &in);
    }
    in.at("id").get_to(article.id);
    in.at("title").get_to(article.title);
    in.at("summary").get_to(article.summary);
    in.at("sources").get_to(article.sources);
    readOptional(in, "aliases", article.aliases);
    readOptional(in, "related", article.related);
    readOptional(in, "reviewed", article.reviewed);
    article.order.reset();
    if (const auto order = in.find("order"); order != in.end()) {
        article.order = order->get<std::int64_t>();
    }
    article.fields = emptyFieldsFor(*kind);
    std::visit([&](auto& fields) { fromJsonFields(in, fields); }, article.fields);
}

void to_json(json& out, const SourceRecord& source) {
    out = {{"id", source.id}, {"title", source.title}, {"publisher", source.publisher}, {"year", source.year}};
    putText(out, "authors", source.authors);
    putText(out, "url", source.url);
    putText(out, "doi", source.doi);
    putText(out, "note", source.note);
    putText(out, "accessed", source.accessed);
}

void from_json(const json& in, SourceRecord& source) {
    in.at("id").get_to(source.id);
    in.at("title").get_to(source.title);
    in.at("publisher").get_to(source.publisher);
    in.at("year").get_to(source.year);
    readOptional(in, "authors", source.authors);
    readOptional(in, "url", source.url);
    readOptional(in, "doi", source.doi);
    readOptional(in, "note", source.note);
    readOptional(in, "accessed", source.accessed);
}

void to_json(json& out, const RedFlagSource& source) {
    out = {{"source", source.source}};
    putText(out, "locator", source.locator);
    putText(out, "quote", source.quote);
}

void from_json(const json& in, RedFlagSource& source) {
    in.at("source").get_to(source.source);
    readOptional(in, "locator", source.locator);
    readOptional(in, "quote", source.quote);
}

void to_json(json& out, const RedFlag& flag) {
    out = {{"id", flag.id}, {"urgency", flag.urgency}, {"text", flag.text}, {"sources", flag.sources}};
    putText(out, "action", flag.action);
    putText(out, "short", flag.shortText);
}

void from_json(const json& in, RedFlag& flag) {
    in.at("id").get_to(flag.id);
    in.at("urgency").get_to(flag.urgency);
    in.at("text").get_to(flag.text);
    readOptional(in, "action", flag.action);
    readOptional(in, "short", flag.shortText);
    readOptional(in, "sources", flag.sources);
}

void to_json(json& out, const ContentEdition& edition) {
    out = {{"content_version", edition.contentVersion}, {"reviewed", edition.reviewed}};
}

void from_json(const json& in, ContentEdition& edition) {
    readOptional(in, "content_version", edition.contentVersion);
    readOptional(in, "reviewed", edition.reviewed);
}

std::string storedArticleJson(const ArticleContent& article) {
    json out = article;
    out["schema_version"] = kContentSchemaVersion;
    return out.dump();
}

ArticleContent articleFromStoredJson(std::string_view text) {
    return json::parse(text).get<ArticleContent>();
}

// ---- the command line's views of what the store reads (store.h) ----

json toJson(const ArticleSummary& summary) {
    return {{"id", summary.id}, {"kind", kindName(summary.kind)}, {"title", summary.title}, {"summary", summary.summary}};
}

json toJson(const LinkedArticle& link) {
    json out = toJson(link.article);
    out["relation"] = link.relation;
    if (!link.phase.empty()) {
        out["phase"] = link.phase;
    }
    if (!link.note.empty()) {
        out["note"] = link.note;
    }
    return out;
}

json toJson(const RedFlag& flag) {
    json out = {{"id", flag.id}, {"urgency", flag.urgency}, {"text", flag.text}};
    if (!flag.action.empty()) {
        out["action"] = flag.action;
    }
    if (!flag.shortText.empty()) {
        out["short"] = flag.shortText;
    }
    return out;
}

json toJson(const SourceRecord& source) { return source; }

json toJson(const Article& article) {
    // Every authored field first, then what the compiler derived from them (sources and red flags
    // resolved replace the ids).
    json out = article.content;
    out["body"] = article.bodyMarkdown;
    out["body_text"] = article.bodyText;
    out["body_html"] = article.bodyHtml;
    out["sources"] = json::array();
    for (const auto& source : article.sources) {
        out["sources"].push_back(toJson(source));
    }
    out["links"] = json::array();
    for (const auto& link : article.links) {
        out["links"].push_back(toJson(link));
    }
    out["linked_from"] = json::array();
    for (const auto& link : article.backlinks) {
        out["linked_from"].push_back(toJson(link));
    }
    if (article.summary.kind == ArticleKind::Symptom) {
        out["red_flags"] = json::array();
        for (const auto& flag : article.redFlags) {
            out["red_flags"].push_back(toJson(flag));
        }
    }
    return out;
}

} // namespace carebook
