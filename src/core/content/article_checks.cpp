// SPDX-License-Identifier: MIT
#include "core/content/article_checks.h"

#include "core/content/dose.h"
#include "core/content/markdown.h"

#include <algorithm>
#include <array>
#include <set>

namespace carebook::checks {

namespace {

std::string joinedKeys(const std::vector<std::string>& keys) {
    std::string out;
    for (const auto& key : keys) {
        out += (out.empty() ? "" : ", ") + key;
    }
    return out;
}

const std::vector<std::string> kCommonFields = {"schema_version", "id",      "kind",     "title",   "summary",
                                                "body",           "aliases", "sources",  "related", "reviewed",
                                                "order"};

std::vector<std::string> makeFieldsFor(ArticleKind kind) {
    std::vector<std::string> fields = kCommonFields;
    std::vector<std::string> extra;
    switch (kind) {
    case ArticleKind::Symptom:
        extra = {"causes", "remedies", "red_flag_sets", "red_flags"};
        break;
    case ArticleKind::Remedy:
        extra = {"category",         "steps",          "timing",    "cautions",  "avoid_if",     "evidence",
                 "guideline_stance", "guideline_note", "addresses", "nutrients", "illustration", "dose",
                 "stop_if"};
        break;
    case ArticleKind::Cause:
        extra = {"risk_factors", "prevention", "nutrients"};
        break;
    case ArticleKind::Nutrient:
        extra = {"food_key", "unit", "food_examples", "do_not_supplement_without_advice"};
        break;
    case ArticleKind::Question:
    case ArticleKind::Page:
        break;
    }
    fields.insert(fields.end(), extra.begin(), extra.end());
    return fields;
}

// The fields an article of each kind may have, made once.
const std::vector<std::string>& fieldsFor(ArticleKind kind) {
    static const std::array<std::vector<std::string>, kAllKinds.size()> fields = [] {
        std::array<std::vector<std::string>, kAllKinds.size()> out;
        for (std::size_t i = 0; i < kAllKinds.size(); ++i) {
            out[i] = makeFieldsFor(kAllKinds[i]);
        }
        return out;
    }();
    return fields[static_cast<std::size_t>(std::find(kAllKinds.begin(), kAllKinds.end(), kind) - kAllKinds.begin())];
}

// A symptom's warning signs: whole sets (`red_flag_sets`) and any flag that belongs to no set
// (`red_flags`), resolved into article.redFlagIds, sets first, each flag once. A flag of a set can
// only come with its whole set, and every symptom must show at least one emergency sign.
void checkSymptomRedFlags(FileChecker& check, const json& object, const ArticleContext& context,
                          LoadedArticle& article) {
    check.idList(object, "", "red_flag_sets", false, 0, Target::RedFlagSet);
    check.idList(object, "", "red_flags", false, 0, Target::RedFlag);
    const auto arrayOf = [&](const char* key) -> const json* {
        const auto found = object.find(key);
        return found != object.end() && found->is_array() ? &*found : nullptr;
    };
    const json* sets = arrayOf("red_flag_sets");
    const json* flags = arrayOf("red_flags");
    if ((!sets || sets->empty()) && (!flags || flags->empty())) {
        check.error(object.contains("red_flag_sets") ? "/red_flag_sets" : "",
                    "a symptom needs warning signs: attach at least one set in \"red_flag_sets\"");
        return;
    }
    if (!context.redFlags) {
        return; // an article checked on its own: the sets are not known
    }
    const RedFlagCatalog& catalog = *context.redFlags;
    std::set<std::string> seen;
    bool allKnown = true; // an unknown id is reported once, where it is written
    for (std::size_t i = 0; sets && i < sets->size(); ++i) {
        const RedFlagSet* set = (*sets)[i].is_string() ? catalog.set((*sets)[i].get_ref<const std::string&>()) : nullptr;
        if (!set) {
            allKnown = false;
            continue;
        }
        for (const auto& id : set->flags) {
            allKnown = allKnown && catalog.flag(id) != nullptr; // a typo in the set is reported there
            if (seen.insert(id).second) {
                article.redFlagIds.push_back(id);
            }
        }
    }
    for (std::size_t i = 0; flags && i < flags->size(); ++i) {
        if (!(*flags)[i].is_string()) {
            allKnown = false;
            continue;
        }
        const auto& id = (*flags)[i].get_ref<const std::string&>();
        if (const RedFlagSet* set = catalog.setHolding(id)) {
            check.error(childPointer("/red_flags", i), "red flag \"" + id + "\" belongs to the set \"" + set->id +
                                                          "\": attach the whole set in \"red_flag_sets\" (a set is "
                                                          "never half-attached)");
            allKnown = false;
            continue;
        }
        if (!catalog.flag(id)) {
            allKnown = false;
            continue;
        }
        if (seen.insert(id).second) {
            article.redFlagIds.push_back(id);
        }
    }
    const bool emergency = std::any_of(article.redFlagIds.begin(), article.redFlagIds.end(), [&](const auto& id) {
        const json* flag = catalog.flag(id);
        return flag && flag->value("urgency", std::string()) == "emergency";
    });
    if (allKnown && !emergency) {
        check.error(sets ? "/red_flag_sets" : "/red_flags",
                    "a symptom needs at least one emergency warning sign: none of its red flags has urgency "
                    "\"emergency\" (attach a set that has one)");
    }
}

// The body: Markdown as one string or as an array of lines (easier to write in JSON). A red-flags
// directive becomes the list it names before anything reads the Markdown; every link must name an
// article or a web address.
void checkBody(FileChecker& check, const json& body, const ArticleContext& context, LoadedArticle& article) {
    std::vector<std::pair<std::size_t, std::string>> lineStarts; // offset in markdown -> pointer
    const auto expanded = [&](const std::string& text, const std::string& pointer) {
        std::vector<std::string> problems;
        std::string out = expandRedFlagDirectives(text, context.redFlags, problems);
        for (const auto& problem : problems) {
            check.error(pointer, problem);
        }
        return out;
    };
    if (body.is_string()) {
        article.markdown = expanded(body.get<std::string>(), "/body");
        lineStarts.emplace_back(0, "/body");
    } else if (body.is_array() && !body.empty()) {
        for (std::size_t i = 0; i < body.size(); ++i) {
            const auto& line = body[i];
            if (!line.is_string()) {
                check.error(childPointer("/body", i), "lines of \"body\" must be text");
                continue;
            }
            if (i > 0) {
                article.markdown += '\n';
            }
            lineStarts.emplace_back(article.markdown.size(), childPointer("/body", i));
            article.markdown += expanded(line.get<std::string>(), childPointer("/body", i));
        }
    } else {
        check.error("/body", "field \"body\" must be Markdown text or an array of lines");
    }
    if (isBlank(article.markdown)) {
        check.error("/body", "field \"body\" is empty");
    }
    article.rendered = renderMarkdown(article.markdown);
    for (const auto& link : article.rendered.links) {
        if (!isArticleLink(link.target)) {
            continue;
        }
        std::string pointer = "/body";
        for (const auto& [offset, linePointer] : lineStarts) {
            if (offset <= link.offset) {
                pointer = linePointer;
            }
        }
        if (!isKebabId(link.target)) {
            check.error(pointer, "link target \"" + link.target +
                                     "\" is neither an article id nor a web address (https://…)");
        } else {
            check.reference(pointer, link.target, Target::Article, {}, "body link");
        }
    }
}

// A symptom's remedies by phase: each {"remedy", "phase"} once, and the phases a symptom page needs.
void checkSymptomRemedies(FileChecker& check, const json& object) {
    const json* remedies = check.member(object, "", "remedies", true);
    if (remedies && !remedies->is_array()) {
        check.error("/remedies", "field \"remedies\" must be an array of {\"remedy\", \"phase\"} objects");
    } else if (remedies) {
        std::set<std::pair<std::string, std::string>> seen;
        std::set<std::string> phases;
        for (std::size_t i = 0; i < remedies->size(); ++i) {
            const auto pointer = childPointer("/remedies", i);
            const auto& item = (*remedies)[i];
            if (!item.is_object()) {
                check.error(pointer, "items of \"remedies\" must be objects with \"remedy\" and \"phase\"");
                continue;
            }
            check.checkKnownFields(item, pointer, {"remedy", "phase", "note"});
            std::string remedy;
            std::string phase;
            const bool hasRemedy = check.text(item, pointer, "remedy", true, &remedy);
            const bool hasPhase = check.oneOf(item, pointer, "phase", true, kPhases, &phase);
            check.text(item, pointer, "note", false);
            if (hasRemedy) {
                check.reference(childPointer(pointer, "remedy"), remedy, Target::Article, {ArticleKind::Remedy},
                                "remedies");
            }
            if (hasRemedy && hasPhase && !seen.emplace(remedy, phase).second) {
                check.error(pointer, "remedy \"" + remedy + "\" is listed twice in phase \"" + phase + "\"");
            }
            if (hasPhase) {
                phases.insert(phase);
            }
        }
        // A symptom page must answer "what now", "what over weeks" and "when a clinician helps".
        const bool immediate = phases.count("now") || phases.count("first-72h") || phases.count("after-72h");
        if (!immediate) {
            check.error("/remedies", "a symptom needs at least one remedy for the phase \"now\", \"first-72h\" "
                                     "or \"after-72h\"");
        }
        if (!phases.count("long-term")) {
            check.error("/remedies", "a symptom needs at least one remedy in the phase \"long-term\"");
        }
        if (!phases.count("with-a-clinician")) {
            check.error("/remedies", "a symptom needs at least one remedy in the phase \"with-a-clinician\"");
        }
    }
}

// A remedy's evidence: at least one graded item per remedy, each source once per phase.
void checkRemedyEvidence(FileChecker& check, const json& object) {
    const json* evidence = check.member(object, "", "evidence", true);
    if (evidence && (!evidence->is_array() || evidence->empty())) {
        check.error("/evidence", "field \"evidence\" must be an array with at least one item");
    } else if (evidence) {
        std::set<std::string> phases;
        for (std::size_t i = 0; i < evidence->size(); ++i) {
            const auto pointer = childPointer("/evidence", i);
            const auto& item = (*evidence)[i];
            if (!item.is_object()) {
                check.error(pointer, "items of \"evidence\" must be objects");
                continue;
            }
            check.checkKnownFields(item, pointer, {"phase", "level", "source", "note"});
            std::string phase;
            const bool hasPhase = check.oneOf(item, pointer, "phase", true, kEvidencePhases, &phase);
            check.oneOf(item, pointer, "level", true, kEvidenceLevels);
            check.text(item, pointer, "note", false);
            std::string source;
            if (check.text(item, pointer, "source", true, &source)) {
                check.reference(childPointer(pointer, "source"), source, Target::Source, {}, "evidence source");
                // Several sources may grade one phase; the same source twice for a phase is a slip.
                if (hasPhase && !phases.insert(phase + "\n" + source).second) {
                    check.error(pointer, "evidence for phase \"" + phase + "\" from source \"" + source +
                                             "\" is given twice");
                }
            }
        }
    }
}

// The ranges a dose's figures may take. Cold and heat stop at 20 minutes (kMaxHeatColdMinutes); the
// others keep out a slip of the keyboard (a 300-second hold, 50 repetitions), not a clinical judgement.
struct DoseRange {
    const char* key;
    int minimum;
    int maximum;
};
constexpr DoseRange kDoseRanges[] = {
    {"minutes", 1, kMaxHeatColdMinutes}, {"every_hours", 1, 24}, {"from_day", 1, 30},  {"for_days", 1, 30},
    {"hold_seconds", 1, 300},            {"repetitions", 1, 50}, {"sets", 1, 10},      {"rest_seconds", 0, 600},
    {"times_per_day", 1, 12},
};

// "dose": the figures a cold/heat remedy or an exercise gives, each from the named source unless listed
// in "expert_advice"; a source must be one the article itself cites.
// A stop rule is never Carebook's own: its source must be one the article cites, and say where.
void checkRemedyStopIf(FileChecker& check, const json& object) {
    const json* stop = check.member(object, "", "stop_if", false);
    if (!stop) {
        return;
    }
    if (!stop->is_object()) {
        check.error("/stop_if", "field \"stop_if\" must be an object with \"text\", \"source\" and \"locator\"");
        return;
    }
    const auto category = object.value("category", std::string());
    if (category != "stretch" && category != "exercise") {
        check.error("/stop_if", "only stretch and exercise remedies have a stop rule, not \"" + category + "\"");
        return;
    }
    check.checkKnownFields(*stop, "/stop_if", {"text", "source", "locator"});
    check.text(*stop, "/stop_if", "text", true);
    check.text(*stop, "/stop_if", "locator", true);
    std::string source;
    if (check.text(*stop, "/stop_if", "source", true, &source)) {
        const json articleSources = object.value("sources", json::array());
        if (std::find(articleSources.begin(), articleSources.end(), source) == articleSources.end()) {
            check.error("/stop_if/source", "stop rule source \"" + source +
                                               "\" is not one of this article's \"sources\" (a stop rule comes from a "
                                               "source that says it, never from expert advice)");
        }
    }
}

void checkRemedyDose(FileChecker& check, const json& object) {
    const json* dose = check.member(object, "", "dose", false);
    if (!dose) {
        return;
    }
    if (!dose->is_object()) {
        check.error("/dose", "field \"dose\" must be an object");
        return;
    }
    const auto category = object.value("category", std::string());
    const bool heatCold = category == "cold-heat";
    if (!heatCold && category != "stretch" && category != "exercise") {
        check.error("/dose", "only cold-heat, stretch and exercise remedies have a dose, not \"" + category + "\"");
        return;
    }
    const auto& figures = heatCold ? kHeatColdDoseFields : kExerciseDoseFields;
    auto allowed = figures;
    allowed.insert(allowed.end(), {"source", "expert_advice"});
    check.checkKnownFields(*dose, "/dose", allowed);
    std::vector<std::string> stated;
    for (const auto& range : kDoseRanges) {
        if (std::find(figures.begin(), figures.end(), range.key) != figures.end() && dose->contains(range.key)) {
            check.integer(*dose, "/dose", range.key, false, range.minimum, range.maximum);
            stated.push_back(range.key);
        }
    }
    static constexpr std::array<std::string_view, 2> kSides = {"both", "each"};
    if (!heatCold && check.oneOf(*dose, "/dose", "sides", false, kSides)) {
        stated.push_back("sides");
    }
    // What a plan cannot do without: how long for cold or heat; how often, and a hold or a count, for
    // an exercise (a figure left out is not done, not filled in from elsewhere).
    const auto states = [&](const char* key) { return std::find(stated.begin(), stated.end(), key) != stated.end(); };
    if (heatCold && !states("minutes")) {
        check.error("/dose", "a cold or heat dose needs \"minutes\"");
    } else if (!heatCold && (!states("times_per_day") || (!states("hold_seconds") && !states("repetitions")))) {
        check.error("/dose", "an exercise dose needs \"times_per_day\" and \"hold_seconds\" or \"repetitions\"");
    }
    std::string source;
    if (check.text(*dose, "/dose", "source", true, &source) && source != kDoseExpertAdvice) {
        const json articleSources = object.value("sources", json::array());
        if (std::find(articleSources.begin(), articleSources.end(), source) == articleSources.end()) {
            check.error("/dose/source", "dose source \"" + source +
                                            "\" is not one of this article's \"sources\" (or write \"expert-advice\")");
        }
    }
    const json* expert = check.member(*dose, "/dose", "expert_advice", false);
    if (!expert) {
        return;
    }
    if (source == kDoseExpertAdvice) {
        check.error("/dose/expert_advice", "the whole dose is expert advice already: leave out \"expert_advice\"");
        return;
    }
    if (!expert->is_array() || expert->empty()) {
        check.error("/dose/expert_advice", "field \"expert_advice\" must list the figures the source does not give");
        return;
    }
    std::set<std::string> listed;
    for (std::size_t i = 0; i < expert->size(); ++i) {
        const auto& item = (*expert)[i];
        const auto pointer = childPointer("/dose/expert_advice", i);
        if (!item.is_string() || std::find(stated.begin(), stated.end(), item.get<std::string>()) == stated.end()) {
            check.error(pointer, "\"expert_advice\" may only name figures this dose gives: " + joinedKeys(stated));
        } else if (!listed.insert(item.get<std::string>()).second) {
            check.error(pointer, "\"" + item.get<std::string>() + "\" is listed twice in \"expert_advice\"");
        }
    }
    if (!stated.empty() && listed.size() == stated.size()) {
        check.error("/dose/expert_advice", "every figure is expert advice: write \"source\": \"expert-advice\" instead");
    }
}

// The kind the article says it is, checked against its folder; the folder's kind when the field is bad.
std::optional<ArticleKind> checkKind(FileChecker& check, const json& object, std::optional<ArticleKind> expectedKind) {
    std::string kindText;
    std::optional<ArticleKind> kind;
    if (check.text(object, "", "kind", true, &kindText)) {
        kind = kindFromName(kindText);
        if (!kind) {
            check.error("/kind", "unknown kind \"" + kindText +
                                     "\"; allowed: symptom, remedy, cause, nutrient, question, page");
        } else if (expectedKind && *kind != *expectedKind) {
            check.error("/kind", "kind \"" + kindText + "\" does not match the folder \"" +
                                     std::string(kindName(*expectedKind)) + "\"");
        }
    }
    return kind ? kind : expectedKind;
}

// The fields every kind has.
void checkCommonFields(FileChecker& check, const json& object, const std::string& expectedId,
                       const ArticleContext& context, LoadedArticle& article) {
    std::string id;
    if (check.text(object, "", "id", true, &id)) {
        if (!isKebabId(id)) {
            check.error("/id", "id \"" + id + "\" is not kebab-case (lower-case letters and digits joined by '-')");
        } else if (!expectedId.empty() && id != expectedId) {
            check.error("/id", "id \"" + id + "\" does not match the file name \"" + expectedId + ".json\"");
        }
        article.id = id;
    }
    check.text(object, "", "title", true);
    check.text(object, "", "summary", true);
    check.textList(object, "", "aliases", false, 0);
    check.idList(object, "", "sources", true, 1, Target::Source);
    check.idList(object, "", "related", false, 0, Target::Article);
    check.date(object, "", "reviewed", true, context.editionReviewed);
    check.integer(object, "", "order", false, -100000, 100000);

    if (const json* body = check.member(object, "", "body", true)) {
        checkBody(check, *body, context, article);
    }
}

void checkRemedyFields(FileChecker& check, const json& object) {
    check.oneOf(object, "", "category", true, kRemedyCategories);
    check.textList(object, "", "steps", true, 1);
    check.text(object, "", "timing", false);
    check.textList(object, "", "cautions", true, 1);
    check.textList(object, "", "avoid_if", false, 0);
    check.oneOf(object, "", "guideline_stance", true, kGuidelineStances);
    check.text(object, "", "guideline_note", false);
    check.idList(object, "", "addresses", false, 0, Target::Article, {ArticleKind::Cause});
    check.idList(object, "", "nutrients", false, 0, Target::Article, {ArticleKind::Nutrient});
    std::string illustration;
    if (check.text(object, "", "illustration", false, &illustration) && !isKebabId(illustration)) {
        check.error("/illustration", "illustration must name an SVG by its kebab-case name, without .svg");
    }
    checkRemedyEvidence(check, object);
    checkRemedyDose(check, object);
    checkRemedyStopIf(check, object);
}

// The fields of one kind only.
void checkKindFields(FileChecker& check, const json& object, ArticleKind kind, const ArticleContext& context,
                     LoadedArticle& article) {
    switch (kind) {
    case ArticleKind::Symptom:
        check.idList(object, "", "causes", true, 1, Target::Article, {ArticleKind::Cause});
        checkSymptomRedFlags(check, object, context, article);
        checkSymptomRemedies(check, object);
        break;
    case ArticleKind::Remedy:
        checkRemedyFields(check, object);
        break;
    case ArticleKind::Cause:
        check.textList(object, "", "risk_factors", false, 0);
        check.textList(object, "", "prevention", false, 0);
        check.idList(object, "", "nutrients", false, 0, Target::Article, {ArticleKind::Nutrient});
        break;
    case ArticleKind::Nutrient:
        check.oneOf(object, "", "food_key", false, kFoodKeys);
        check.oneOf(object, "", "unit", true, kNutrientUnits);
        check.textList(object, "", "food_examples", false, 0);
        check.textList(object, "", "do_not_supplement_without_advice", false, 0);
        break;
    case ArticleKind::Question:
    case ArticleKind::Page:
        break;
    }
}

} // namespace

// Validates an article object. Fills `article` (id, kind, markdown, rendering) as far as it can.
void checkArticle(FileChecker& check, const json& object, std::optional<ArticleKind> expectedKind,
                  const std::string& expectedId, const ArticleContext& context, LoadedArticle& article) {
    check.schemaVersion(object);
    const auto kind = checkKind(check, object, expectedKind);
    if (!kind) {
        return;
    }
    article.kind = *kind;
    check.checkKnownFields(object, "", fieldsFor(*kind));
    checkCommonFields(check, object, expectedId, context, article);
    checkKindFields(check, object, *kind, context, article);
}

} // namespace carebook::checks
