// SPDX-License-Identifier: MIT
#include "core/content/loader.h"

#include "core/content/model_json.h"
#include "core/content/red_flags.h"
#include "core/util/text.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

namespace carebook {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

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
bool isCalendarDate(const std::string& value) {
    const bool shape = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                       std::all_of(value.begin(), value.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shape) {
        return false;
    }
    const int year = std::stoi(value.substr(0, 4));
    const int month = std::stoi(value.substr(5, 2));
    const int day = std::stoi(value.substr(8, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 &&
           day <= kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

// What an article is checked against besides its own file: the warning signs (for the red-flags
// directive and a symptom's sets) and the edition's review date. Empty for an article checked alone.
struct ArticleContext {
    const RedFlagCatalog* redFlags = nullptr;
    std::string editionReviewed;
};

std::string describeKinds(const std::vector<ArticleKind>& kinds) {
    std::string out;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        out += (i == 0 ? "" : (i + 1 == kinds.size() ? " or " : ", "));
        out += kindName(kinds[i]);
    }
    return out;
}

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

bool readFile(const fs::path& file, std::string& out) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        return false;
    }
    // One read of the file's size straight into the string (a copy through a stringstream costs as
    // much as parsing, over 100,000 files), then whatever the file grew by meanwhile.
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    out.assign(ec ? 0 : static_cast<std::size_t>(size), '\0');
    stream.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<std::size_t>(stream.gcount()));
    char buffer[4096];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        out.append(buffer, static_cast<std::size_t>(stream.gcount()));
    }
    return !stream.bad();
}

// Reads and parses a JSON file whose top level must be an object. Returns false after reporting.
bool parseFile(const std::string& text, const std::string& displayPath, JsonDocument& document,
               Diagnostics& diagnostics) {
    JsonParseError parseError;
    if (!parseJsonDocument(text, document, parseError)) {
        diagnostics.error(displayPath, parseError.position.line, parseError.position.column,
                          "JSON syntax error: " + parseError.message);
        return false;
    }
    if (!document.value.is_object()) {
        diagnostics.error(displayPath, 1, 1, "the file must hold a JSON object");
        return false;
    }
    return true;
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
        extra = {"category", "steps",  "timing",    "cautions",  "avoid_if",    "evidence",
                 "guideline_stance", "guideline_note", "addresses", "nutrients", "illustration"};
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

// Validates an article object. Fills `article` (id, kind, markdown, rendering) as far as it can.
void checkArticle(FileChecker& check, const json& object, std::optional<ArticleKind> expectedKind,
                  const std::string& expectedId, const ArticleContext& context, LoadedArticle& article) {
    check.schemaVersion(object);

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
    if (!kind) {
        kind = expectedKind;
    }
    if (!kind) {
        return;
    }
    article.kind = *kind;
    check.checkKnownFields(object, "", fieldsFor(*kind));

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

    // The body: Markdown as one string or as an array of lines (easier to write in JSON).
    if (const json* body = check.member(object, "", "body", true)) {
        std::vector<std::pair<std::size_t, std::string>> lineStarts; // offset in markdown -> pointer
        // A red-flags directive becomes the list it names before anything reads the Markdown.
        const auto expanded = [&](const std::string& text, const std::string& pointer) {
            std::vector<std::string> problems;
            std::string out = expandRedFlagDirectives(text, context.redFlags, problems);
            for (const auto& problem : problems) {
                check.error(pointer, problem);
            }
            return out;
        };
        if (body->is_string()) {
            article.markdown = expanded(body->get<std::string>(), "/body");
            lineStarts.emplace_back(0, "/body");
        } else if (body->is_array() && !body->empty()) {
            for (std::size_t i = 0; i < body->size(); ++i) {
                const auto& line = (*body)[i];
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

    switch (*kind) {
    case ArticleKind::Symptom: {
        check.idList(object, "", "causes", true, 1, Target::Article, {ArticleKind::Cause});
        checkSymptomRedFlags(check, object, context, article);
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
        break;
    }
    case ArticleKind::Remedy: {
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
        break;
    }
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

// Checks the rest of a list file once its items are read (red-flags.json's sets).
using RestOfListChecker = std::function<void(FileChecker& check, const json& root, const std::vector<json>& items)>;

// sources.json or red-flags.json: an object holding one array of items with ids (and, for
// red-flags.json, the members named in `otherKeys`, checked by `checkRest`).
template <typename CheckItem>
std::vector<json> loadList(const fs::path& file, const std::string& displayPath, const std::string& arrayKey,
                           Diagnostics& diagnostics, std::vector<Reference>& references, CheckItem checkItem,
                           const std::vector<std::string>& otherKeys = {}, const RestOfListChecker& checkRest = {}) {
    std::vector<json> items;
    std::string text;
    if (!readFile(file, text)) {
        diagnostics.error(displayPath, 0, 0, "cannot read the file");
        return items;
    }
    JsonDocument document;
    if (!parseFile(text, displayPath, document, diagnostics)) {
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
    std::string text;
    if (!readFile(file, text)) {
        diagnostics.error(displayPath, 0, 0, "cannot read the file");
        return;
    }
    JsonDocument document;
    if (!parseFile(text, displayPath, document, diagnostics)) {
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

// The items of sources.json or red-flags.json as typed, once checked. One whose fields are wrong
// (reported already) keeps its id, so the references to it are not reported as well.
template <typename Item>
std::vector<Item> typedItems(const std::vector<json>& items) {
    std::vector<Item> out;
    out.reserve(items.size());
    for (const auto& item : items) {
        Item typed;
        try {
            item.get_to(typed);
        } catch (const json::exception&) {
            typed = Item{};
            typed.id = item.at("id").is_string() ? item.at("id").get<std::string>() : std::string();
        }
        out.push_back(std::move(typed));
    }
    return out;
}

// carebook.json as typed; its checks have reported any field of the wrong type.
ContentEdition typedEdition(const json& object) {
    try {
        return object.get<ContentEdition>();
    } catch (const json::exception&) {
        return ContentEdition{};
    }
}

// The article's fields, typed, from a file that passed its checks (`valid`); else only its id and
// its kind's empty fields. The body is kept as Markdown (and rendered) beside it, not twice.
ArticleContent typedArticle(json& object, const LoadedArticle& article, bool valid, FileChecker& check) {
    if (valid) {
        object.erase("body");
        try {
            return object.get<ArticleContent>();
        } catch (const json::exception& e) {
            // The checks and model_json.cpp disagree: a bug, but say where rather than fail silently.
            check.error("", std::string("the article cannot be read as a ") + std::string(kindName(article.kind)) +
                                ": " + e.what());
        }
    }
    ArticleContent content;
    content.id = article.id;
    content.fields = emptyFieldsFor(article.kind);
    return content;
}

std::string display(const fs::path& contentDir, const fs::path& relative) {
    return (contentDir / relative).generic_string();
}

} // namespace

const LoadedArticle* LoadedContent::find(std::string_view id) const {
    for (const auto& article : articles) {
        if (article.id == id) {
            return &article;
        }
    }
    return nullptr;
}

void validateArticleText(std::string_view text, const std::string& displayPath, Diagnostics& diagnostics) {
    JsonDocument document;
    if (!parseFile(std::string(text), displayPath, document, diagnostics)) {
        return;
    }
    std::vector<Reference> references;
    FileChecker check(document, displayPath, diagnostics, references);
    LoadedArticle article;
    const std::size_t problemsBefore = diagnostics.size();
    checkArticle(check, document.value, std::nullopt, "", ArticleContext{}, article);
    if (!article.id.empty()) {
        // What passed the checks must read as the typed model: the fuzzer holds the two to each other.
        article.content = typedArticle(document.value, article, diagnostics.size() == problemsBefore, check);
    }
}

LoadedContent loadContent(const fs::path& contentDir, Diagnostics& diagnostics) {
    LoadedContent content;
    loadContent(contentDir, diagnostics, content, {});
    return content;
}

void loadContent(const fs::path& contentDir, Diagnostics& diagnostics, LoadedContent& content,
                 const ArticleObserver& onArticle) {
    std::vector<Reference> references;
    const std::string root = contentDir.generic_string();

    std::error_code ec;
    if (!fs::is_directory(contentDir, ec)) {
        diagnostics.error(root, 0, 0, "content folder not found");
        return;
    }

    // carebook.json: the edition.
    {
        const auto path = display(contentDir, "carebook.json");
        std::string text;
        JsonDocument document;
        if (!readFile(contentDir / "carebook.json", text)) {
            diagnostics.error(path, 0, 0, "missing: every content folder needs carebook.json (content_version)");
        } else if (parseFile(text, path, document, diagnostics)) {
            FileChecker check(document, path, diagnostics, references);
            check.schemaVersion(document.value);
            check.checkKnownFields(document.value, "", {"schema_version", "content_version", "reviewed"});
            check.text(document.value, "", "content_version", true);
            check.date(document.value, "", "reviewed", true);
            content.edition = typedEdition(document.value);
        }
        content.inputFiles.push_back(path);
    }

    // Nothing can have been checked after the edition that ships it.
    const std::string editionReviewed =
        isCalendarDate(content.edition.reviewed) ? content.edition.reviewed : std::string();
    const auto sourcesPath = display(contentDir, "sources.json");
    content.inputFiles.push_back(sourcesPath);
    const std::vector<json> sourceItems = loadList(contentDir / "sources.json", sourcesPath, "sources", diagnostics, references,
                               [&](FileChecker& check, const json& item, const std::string& pointer) {
                                   return checkSource(check, item, pointer, editionReviewed);
                               });

    const auto redFlagsPath = display(contentDir, "red-flags.json");
    content.inputFiles.push_back(redFlagsPath);
    const std::vector<json> redFlagItems = loadList(contentDir / "red-flags.json", redFlagsPath, "red_flags", diagnostics, references,
                                checkRedFlag, {"sets"},
                                [&](FileChecker& check, const json& root, const std::vector<json>& flags) {
                                    content.redFlagSets = checkRedFlagSets(check, root, flags);
                                });
    content.sources = typedItems<SourceRecord>(sourceItems);
    content.redFlags = typedItems<RedFlag>(redFlagItems);
    const RedFlagCatalog redFlagCatalog(redFlagItems, content.redFlagSets);
    const ArticleContext articleContext{&redFlagCatalog, editionReviewed};

    if (fs::exists(contentDir / "synonyms.json", ec)) {
        const auto path = display(contentDir, "synonyms.json");
        content.inputFiles.push_back(path);
        loadSynonyms(contentDir / "synonyms.json", path, diagnostics, references, content.synonymGroups);
    }

    // Articles: one file per article under <kind>/. Every folder is listed first so the articles'
    // storage is reserved once: an article handed to `onArticle` never moves afterwards.
    struct KindFiles {
        ArticleKind kind;
        std::vector<fs::path> files;
        std::vector<std::string> notJson; // reported when the kind's files are read, as before
    };
    std::vector<KindFiles> listing;
    std::size_t fileCount = 0;
    for (const auto kind : kAllKinds) {
        const auto folder = contentDir / std::string(kindName(kind));
        if (!fs::is_directory(folder, ec)) {
            continue;
        }
        KindFiles& kindFiles = listing.emplace_back(KindFiles{kind, {}, {}});
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            if (entry.is_regular_file() && entry.path().extension() == ".json") {
                kindFiles.files.push_back(entry.path());
            } else if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
                kindFiles.notJson.push_back(
                    display(contentDir, fs::path(std::string(kindName(kind))) / entry.path().filename()));
            }
        }
        std::sort(kindFiles.files.begin(), kindFiles.files.end());
        fileCount += kindFiles.files.size();
    }
    content.articles.reserve(fileCount);

    std::unordered_map<std::string, std::size_t> articleIndex; // id → position in content.articles
    articleIndex.reserve(fileCount);
    // Ids of files that could not be parsed: references to them are not reported again, since the
    // syntax error already says what is wrong.
    std::set<std::string> unparsedIds;
    for (const auto& [kind, files, notJson] : listing) {
        for (const auto& path : notJson) {
            diagnostics.error(path, 0, 0, "not a .json file; articles must be .json");
        }
        for (const auto& file : files) {
            const auto relative = fs::path(std::string(kindName(kind))) / file.filename();
            const auto path = display(contentDir, relative);
            content.inputFiles.push_back(path);
            std::string text;
            if (!readFile(file, text)) {
                diagnostics.error(path, 0, 0, "cannot read the file");
                continue;
            }
            JsonDocument document;
            if (!parseFile(text, path, document, diagnostics)) {
                unparsedIds.insert(file.stem().string());
                continue;
            }
            LoadedArticle article;
            article.path = path;
            FileChecker check(document, path, diagnostics, references);
            const std::size_t problemsBefore = diagnostics.size();
            checkArticle(check, document.value, kind, file.stem().string(), articleContext, article);
            if (article.id.empty()) {
                continue;
            }
            if (const auto existing = articleIndex.find(article.id); existing != articleIndex.end()) {
                check.error("/id", "duplicate id \"" + article.id + "\": already used by " +
                                       content.articles[existing->second].path);
                continue;
            }
            articleIndex.emplace(article.id, content.articles.size());
            article.content = typedArticle(document.value, article, diagnostics.size() == problemsBefore, check);
            content.articles.push_back(std::move(article));
            if (onArticle) {
                onArticle(content, content.articles.size() - 1);
            }
        }
    }

    // Resolve every reference now that every id is known, suggesting the closest existing id.
    // Lookups are hashed and the candidate lists for "did you mean" are only built for a reference
    // that is wrong: with 100,000 articles and several references each, anything linear per
    // reference makes the build quadratic.
    std::vector<std::pair<std::string, ArticleKind>> sortedArticleKinds; // made for the first unknown id

    std::vector<std::string> sourceIds;
    for (const auto& source : content.sources) {
        sourceIds.push_back(source.id);
    }
    const std::set<std::string> sourceSet(sourceIds.begin(), sourceIds.end());
    std::vector<std::string> redFlagIds;
    for (const auto& flag : content.redFlags) {
        redFlagIds.push_back(flag.id);
    }
    const std::set<std::string> redFlagSet(redFlagIds.begin(), redFlagIds.end());
    const std::vector<std::string> redFlagSetIds = redFlagCatalog.setIds();
    for (const auto& reference : references) {
        if (reference.target == Target::Article && unparsedIds.count(reference.id)) {
            continue;
        }
        std::vector<std::string> candidates;
        std::string what;
        bool found = false;
        switch (reference.target) {
        case Target::Source:
            found = sourceSet.count(reference.id) > 0;
            if (!found) {
                candidates = sourceIds;
            }
            what = "source (in sources.json)";
            break;
        case Target::RedFlag:
            found = redFlagSet.count(reference.id) > 0;
            if (!found) {
                candidates = redFlagIds;
            }
            what = "red flag (in red-flags.json)";
            break;
        case Target::RedFlagSet:
            found = redFlagCatalog.set(reference.id) != nullptr;
            if (!found) {
                candidates = redFlagSetIds;
            }
            what = "red-flag set (in red-flags.json \"sets\")";
            break;
        case Target::Article: {
            const auto existing = articleIndex.find(reference.id);
            found = existing != articleIndex.end();
            const ArticleKind kind = found ? content.articles[existing->second].kind : ArticleKind::Page;
            const bool kindOk = reference.kinds.empty() ||
                                (found && std::find(reference.kinds.begin(), reference.kinds.end(), kind) !=
                                              reference.kinds.end());
            if (found && !kindOk) {
                diagnostics.error(reference.path, reference.position.line, reference.position.column,
                                  "\"" + reference.id + "\" in \"" + reference.field + "\" is a " +
                                      std::string(kindName(kind)) + ", expected a " + describeKinds(reference.kinds));
                continue;
            }
            if (!found && sortedArticleKinds.empty()) {
                for (const auto& article : content.articles) {
                    sortedArticleKinds.emplace_back(article.id, article.kind);
                }
                std::sort(sortedArticleKinds.begin(), sortedArticleKinds.end());
            }
            for (const auto& [id, kind] : sortedArticleKinds) {
                if (found) {
                    break;
                }
                if (reference.kinds.empty() ||
                    std::find(reference.kinds.begin(), reference.kinds.end(), kind) != reference.kinds.end()) {
                    candidates.push_back(id);
                }
            }
            what = reference.kinds.empty() ? std::string("article") : describeKinds(reference.kinds);
            break;
        }
        }
        if (!found) {
            std::string message = "unknown " + what + " id \"" + reference.id + "\" in \"" + reference.field + "\"";
            const auto suggestion = closestMatch(reference.id, candidates);
            if (!suggestion.empty()) {
                message += "; did you mean \"" + suggestion + "\"?";
            }
            diagnostics.error(reference.path, reference.position.line, reference.position.column, message);
        }
    }

    std::sort(content.inputFiles.begin(), content.inputFiles.end());
}

} // namespace carebook
