// SPDX-License-Identifier: MIT
#include "core/content/loader.h"

#include "core/content/article_checks.h"
#include "core/content/field_checker.h"
#include "core/content/list_checks.h"
#include "core/content/model_json.h"
#include "core/content/red_flags.h"
#include "core/util/text.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace carebook {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using namespace checks;

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

namespace {

// carebook.json: the edition.
void loadEdition(const fs::path& contentDir, Diagnostics& diagnostics, std::vector<Reference>& references,
                 LoadedContent& content) {
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

// The files of one kind's folder, <kind>/*.json, sorted; anything else there is reported.
struct KindFiles {
    ArticleKind kind;
    std::vector<fs::path> files;
    std::vector<std::string> notJson; // reported when the kind's files are read
};

std::vector<KindFiles> listArticleFiles(const fs::path& contentDir) {
    std::vector<KindFiles> listing;
    std::error_code ec;
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
    }
    return listing;
}

// Every id an article reference can resolve to, and the ids of files that could not be parsed
// (references to them are not reported again: the syntax error already says what is wrong).
struct ArticleIds {
    std::unordered_map<std::string, std::size_t> index; // id → position in content.articles
    std::set<std::string> unparsed;
};

// Articles: one file per article under <kind>/. Every folder is listed first so the articles'
// storage is reserved once: an article handed to `onArticle` never moves afterwards.
ArticleIds loadArticles(const fs::path& contentDir, Diagnostics& diagnostics, std::vector<Reference>& references,
                        const ArticleContext& context, LoadedContent& content, const ArticleObserver& onArticle) {
    const auto listing = listArticleFiles(contentDir);
    std::size_t fileCount = 0;
    for (const auto& kindFiles : listing) {
        fileCount += kindFiles.files.size();
    }
    content.articles.reserve(fileCount);
    ArticleIds ids;
    ids.index.reserve(fileCount);
    for (const auto& [kind, files, notJson] : listing) {
        for (const auto& path : notJson) {
            diagnostics.error(path, 0, 0, "not a .json file; articles must be .json");
        }
        for (const auto& file : files) {
            const auto path = display(contentDir, fs::path(std::string(kindName(kind))) / file.filename());
            content.inputFiles.push_back(path);
            JsonDocument document;
            if (!readJsonFile(file, path, document, diagnostics)) {
                // Already reported: references to this id would only repeat it.
                ids.unparsed.insert(file.stem().string());
                continue;
            }
            LoadedArticle article;
            article.path = path;
            FileChecker check(document, path, diagnostics, references);
            const std::size_t problemsBefore = diagnostics.size();
            checkArticle(check, document.value, kind, file.stem().string(), context, article);
            if (article.id.empty()) {
                continue;
            }
            if (const auto existing = ids.index.find(article.id); existing != ids.index.end()) {
                check.error("/id", "duplicate id \"" + article.id + "\": already used by " +
                                       content.articles[existing->second].path);
                continue;
            }
            ids.index.emplace(article.id, content.articles.size());
            article.content = typedArticle(document.value, article, diagnostics.size() == problemsBefore, check);
            content.articles.push_back(std::move(article));
            if (onArticle) {
                onArticle(content, content.articles.size() - 1);
            }
        }
    }
    return ids;
}

// Resolves every reference once every id is known, suggesting the closest existing id. Lookups are
// hashed and the candidate lists for "did you mean" are only built for a reference that is wrong:
// with 100,000 articles and several references each, anything linear per reference makes the
// build quadratic.
class ReferenceResolver {
public:
    ReferenceResolver(const LoadedContent& content, const ArticleIds& articles, const RedFlagCatalog& catalog,
                      Diagnostics& diagnostics)
        : m_content(content), m_articles(articles), m_catalog(catalog), m_diagnostics(diagnostics) {
        for (const auto& source : content.sources) {
            m_sourceIds.push_back(source.id);
        }
        m_sourceSet.insert(m_sourceIds.begin(), m_sourceIds.end());
        for (const auto& flag : content.redFlags) {
            m_redFlagIds.push_back(flag.id);
        }
        m_redFlagSet.insert(m_redFlagIds.begin(), m_redFlagIds.end());
    }

    void resolve(const Reference& reference) {
        if (reference.target == Target::Article && m_articles.unparsed.count(reference.id)) {
            return;
        }
        std::vector<std::string> candidates;
        std::string what;
        bool found = false;
        switch (reference.target) {
        case Target::Source:
            found = m_sourceSet.count(reference.id) > 0;
            candidates = found ? std::vector<std::string>{} : m_sourceIds;
            what = "source (in sources.json)";
            break;
        case Target::RedFlag:
            found = m_redFlagSet.count(reference.id) > 0;
            candidates = found ? std::vector<std::string>{} : m_redFlagIds;
            what = "red flag (in red-flags.json)";
            break;
        case Target::RedFlagSet:
            found = m_catalog.set(reference.id) != nullptr;
            candidates = found ? std::vector<std::string>{} : m_catalog.setIds();
            what = "red-flag set (in red-flags.json \"sets\")";
            break;
        case Target::Article:
            if (!resolveArticle(reference, found, candidates)) {
                return;
            }
            what = reference.kinds.empty() ? std::string("article") : describeKinds(reference.kinds);
            break;
        }
        if (!found) {
            std::string message = "unknown " + what + " id \"" + reference.id + "\" in \"" + reference.field + "\"";
            const auto suggestion = closestMatch(reference.id, candidates);
            if (!suggestion.empty()) {
                message += "; did you mean \"" + suggestion + "\"?";
            }
            m_diagnostics.error(reference.path, reference.position.line, reference.position.column, message);
        }
    }

private:
    // False when the reference was reported already (an article of the wrong kind).
    bool resolveArticle(const Reference& reference, bool& found, std::vector<std::string>& candidates) {
        const auto existing = m_articles.index.find(reference.id);
        found = existing != m_articles.index.end();
        const auto allows = [&](ArticleKind kind) {
            return reference.kinds.empty() ||
                   std::find(reference.kinds.begin(), reference.kinds.end(), kind) != reference.kinds.end();
        };
        if (found) {
            const ArticleKind kind = m_content.articles[existing->second].kind;
            if (!allows(kind)) {
                m_diagnostics.error(reference.path, reference.position.line, reference.position.column,
                                    "\"" + reference.id + "\" in \"" + reference.field + "\" is a " +
                                        std::string(kindName(kind)) + ", expected a " + describeKinds(reference.kinds));
                return false;
            }
            return true;
        }
        if (m_sortedArticleKinds.empty()) {
            for (const auto& article : m_content.articles) {
                m_sortedArticleKinds.emplace_back(article.id, article.kind);
            }
            std::sort(m_sortedArticleKinds.begin(), m_sortedArticleKinds.end());
        }
        for (const auto& [id, kind] : m_sortedArticleKinds) {
            if (allows(kind)) {
                candidates.push_back(id);
            }
        }
        return true;
    }

    const LoadedContent& m_content;
    const ArticleIds& m_articles;
    const RedFlagCatalog& m_catalog;
    Diagnostics& m_diagnostics;
    std::vector<std::string> m_sourceIds;
    std::set<std::string> m_sourceSet;
    std::vector<std::string> m_redFlagIds;
    std::set<std::string> m_redFlagSet;
    std::vector<std::pair<std::string, ArticleKind>> m_sortedArticleKinds; // made for the first unknown id
};

} // namespace

void loadContent(const fs::path& contentDir, Diagnostics& diagnostics, LoadedContent& content,
                 const ArticleObserver& onArticle) {
    std::vector<Reference> references;
    std::error_code ec;
    if (!fs::is_directory(contentDir, ec)) {
        diagnostics.error(contentDir.generic_string(), 0, 0, "content folder not found");
        return;
    }
    loadEdition(contentDir, diagnostics, references, content);

    // Nothing can have been checked after the edition that ships it.
    const std::string editionReviewed =
        isCalendarDate(content.edition.reviewed) ? content.edition.reviewed : std::string();
    const auto sourcesPath = display(contentDir, "sources.json");
    content.inputFiles.push_back(sourcesPath);
    const std::vector<json> sourceItems =
        loadList(contentDir / "sources.json", sourcesPath, "sources", diagnostics, references,
                 [&](FileChecker& check, const json& item, const std::string& pointer) {
                     return checkSource(check, item, pointer, editionReviewed);
                 });

    const auto redFlagsPath = display(contentDir, "red-flags.json");
    content.inputFiles.push_back(redFlagsPath);
    const std::vector<json> redFlagItems =
        loadList(contentDir / "red-flags.json", redFlagsPath, "red_flags", diagnostics, references, checkRedFlag,
                 {"sets"}, [&](FileChecker& check, const json& root, const std::vector<json>& flags) {
                     content.redFlagSets = checkRedFlagSets(check, root, flags);
                 });
    content.sources = typedItems<SourceRecord>(sourceItems);
    content.redFlags = typedItems<RedFlag>(redFlagItems);
    const RedFlagCatalog redFlagCatalog(redFlagItems, content.redFlagSets);

    if (fs::exists(contentDir / "synonyms.json", ec)) {
        const auto path = display(contentDir, "synonyms.json");
        content.inputFiles.push_back(path);
        loadSynonyms(contentDir / "synonyms.json", path, diagnostics, references, content.synonymGroups);
    }

    const ArticleIds articleIds = loadArticles(contentDir, diagnostics, references,
                                               ArticleContext{&redFlagCatalog, editionReviewed}, content, onArticle);
    ReferenceResolver resolver(content, articleIds, redFlagCatalog, diagnostics);
    for (const auto& reference : references) {
        resolver.resolve(reference);
    }
    std::sort(content.inputFiles.begin(), content.inputFiles.end());
}

} // namespace carebook
