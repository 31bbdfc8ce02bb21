// SPDX-License-Identifier: MIT
// The bookmarks file: exporting the bookmarks as JSON and merging such a file back in, checked whole
// before anything is written.
#include "core/user/user_store.h"

#include "core/user/user_store_checks.h"
#include "core/util/json_document.h"
#include "core/util/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace carebook {

using userstore::require;
using userstore::requireTime;

namespace {

// A time the import accepts, whatever an older Carebook stored: within range and not after the
// export itself (so "export always imports", and a stored far-future edit cannot win every merge).
std::int64_t exportableTime(std::int64_t seconds, std::int64_t now) {
    const auto latest = isStorableTime(now) ? now : kLatestTime;
    return std::clamp<std::int64_t>(seconds, 0, latest);
}

} // namespace

std::string UserStore::exportBookmarksJson(std::time_t now) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& bookmark : bookmarks()) {
        items.push_back({{"article_id", bookmark.articleId},
                         {"title", bookmark.title},
                         {"note", bookmark.note},
                         {"created_at", isoTimestampUtc(exportableTime(bookmark.createdAt, now))},
                         {"updated_at", isoTimestampUtc(exportableTime(bookmark.updatedAt, now))}});
    }
    const nlohmann::ordered_json document = {{"format", "carebook-bookmarks"},
                                             {"version", 1},
                                             {"exported_at", isoTimestampUtc(now)},
                                             {"bookmarks", std::move(items)}};
    return document.dump(2) + "\n";
}

namespace {

// Reads and checks an import file completely before the store is touched.
class BookmarkFileReader {
public:
    explicit BookmarkFileReader(std::string_view text) : m_text(text) {}

    std::vector<Bookmark> read(std::time_t now) {
        m_now = now;
        require(m_text.size() <= UserStore::kMaxImportBytes, "The file is too large to be a bookmarks file.");
        JsonParseError parseError;
        if (!parseJsonDocument(m_text, m_document, parseError)) {
            fail("", "The file is not valid JSON (line " + std::to_string(parseError.position.line) + ", column " +
                         std::to_string(parseError.position.column) + "): " + parseError.message);
        }
        const auto& root = m_document.value;
        if (!root.is_object() || !root.contains("format") || root["format"] != "carebook-bookmarks") {
            fail("", "This is not a Carebook bookmarks file (it has no \"format\": \"carebook-bookmarks\").");
        }
        for (const auto& [key, value] : root.items()) {
            if (key != "format" && key != "version" && key != "exported_at" && key != "bookmarks") {
                fail(childPointer("", key), "unknown field \"" + key + "\"");
            }
        }
        if (!root.contains("version") || !root["version"].is_number_integer()) {
            fail("/version", "\"version\" must be a whole number");
        }
        if (root["version"] != 1) {
            fail("/version", "the file was made by a newer version of Carebook (bookmarks format " +
                                 root["version"].dump() + "); this version reads format 1");
        }
        if (!root.contains("bookmarks") || !root["bookmarks"].is_array()) {
            fail("/bookmarks", "\"bookmarks\" must be a list");
        }
        std::vector<Bookmark> result;
        std::map<std::string, std::size_t> seen;
        const auto& items = root["bookmarks"];
        for (std::size_t i = 0; i < items.size(); ++i) {
            result.push_back(readItem(items[i], childPointer("/bookmarks", i), now));
            const auto [it, inserted] = seen.emplace(result.back().articleId, i);
            if (!inserted) {
                fail(childPointer(childPointer("/bookmarks", i), "article_id"),
                     "\"" + result.back().articleId + "\" is listed twice (also at bookmarks[" +
                         std::to_string(it->second) + "])");
            }
        }
        return result;
    }

private:
    [[noreturn]] void fail(const std::string& pointer, const std::string& rawProblem) const {
        // A problem may quote a member name or id from the file, which can hold a NUL ("\u0000").
        const auto problem = withVisibleControls(rawProblem);
        if (pointer.empty()) {
            throw UserStoreError(UserStoreError::Kind::InvalidInput, problem + " Nothing was imported.");
        }
        const auto position = m_document.positionOf(pointer);
        throw UserStoreError(UserStoreError::Kind::InvalidInput,
                             "The bookmarks file has a problem at " + withVisibleControls(readablePath(pointer)) + " (line " +
                                 std::to_string(position.line) + ", column " + std::to_string(position.column) +
                                 "): " + problem + ". Nothing was imported.");
    }

    // "/bookmarks/3/note" -> "bookmarks[3].note": closer to how a person reads the file.
    static std::string readablePath(const std::string& pointer) {
        std::string result;
        std::stringstream parts(pointer.substr(1));
        std::string part;
        while (std::getline(parts, part, '/')) {
            if (!part.empty() && part.find_first_not_of("0123456789") == std::string::npos) {
                result += "[" + part + "]";
            } else {
                result += (result.empty() ? "" : ".") + part;
            }
        }
        return result;
    }

    std::string text(const nlohmann::json& item, const std::string& pointer, const char* key, std::size_t limit) {
        if (!item.contains(key)) {
            return {};
        }
        const auto& value = item[key];
        if (!value.is_string()) {
            fail(childPointer(pointer, key), std::string("\"") + key + "\" must be text");
        }
        auto result = value.get<std::string>();
        if (result.size() > limit) {
            fail(childPointer(pointer, key), std::string("\"") + key + "\" is too long (at most " +
                                                 std::to_string(limit) + " characters)");
        }
        return result;
    }

    std::optional<std::int64_t> time(const nlohmann::json& item, const std::string& pointer, const char* key) {
        const auto value = text(item, pointer, key, 64);
        if (value.empty()) {
            return std::nullopt;
        }
        const auto seconds = parseIsoTimestampUtc(value);
        if (!seconds) {
            fail(childPointer(pointer, key), std::string("\"") + key + "\" must be a time like 2024-05-01T09:30:00Z");
        }
        // A day's grace for clocks that disagree; beyond that an edit "from the future" would win
        // every later merge.
        if (*seconds > static_cast<std::int64_t>(m_now) + 86400) {
            fail(childPointer(pointer, key), std::string("\"") + key + "\" is in the future (" + value + ")");
        }
        return seconds;
    }

    Bookmark readItem(const nlohmann::json& item, const std::string& pointer, std::time_t now) {
        if (!item.is_object()) {
            fail(pointer, "each bookmark must be an object with an \"article_id\"");
        }
        for (const auto& [key, value] : item.items()) {
            if (key != "article_id" && key != "title" && key != "note" && key != "created_at" && key != "updated_at") {
                fail(childPointer(pointer, key), "unknown field \"" + key + "\"");
            }
        }
        if (!item.contains("article_id")) {
            fail(pointer, "the bookmark has no \"article_id\"");
        }
        Bookmark bookmark;
        bookmark.articleId = text(item, pointer, "article_id", 200);
        if (!isKebabId(bookmark.articleId)) {
            fail(childPointer(pointer, "article_id"),
                 "\"" + bookmark.articleId.substr(0, 80) + "\" is not an article id (lower-case words joined by hyphens)");
        }
        bookmark.title = text(item, pointer, "title", 1000);
        bookmark.note = text(item, pointer, "note", UserStore::kMaxNoteBytes);
        bookmark.createdAt = time(item, pointer, "created_at").value_or(now);
        bookmark.updatedAt = time(item, pointer, "updated_at").value_or(bookmark.createdAt);
        return bookmark;
    }

    std::string_view m_text;
    JsonDocument m_document;
    std::time_t m_now = 0;
};

} // namespace

BookmarkImportResult UserStore::importBookmarksJson(std::string_view text, std::time_t now) {
    requireTime(now);
    const auto incoming = BookmarkFileReader(text).read(now);
    return write("the imported bookmarks", [&] {
        BookmarkImportResult result;
        auto insert = m_db.prepare("INSERT INTO bookmarks (article_id, title, note, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)");
        auto update = m_db.prepare("UPDATE bookmarks SET title = ?2, note = ?3, updated_at = ?4 WHERE article_id = ?1");
        for (const auto& bookmark : incoming) {
            const auto existing = this->bookmark(bookmark.articleId);
            if (!existing) {
                insert.bind(1, bookmark.articleId).bind(2, bookmark.title).bind(3, bookmark.note);
                insert.bind(4, bookmark.createdAt).bind(5, bookmark.updatedAt).run();
                ++result.added;
                continue;
            }
            const bool differs = existing->note != bookmark.note ||
                                 (!bookmark.title.empty() && existing->title != bookmark.title);
            if (differs && bookmark.updatedAt > existing->updatedAt) {
                update.bind(1, bookmark.articleId)
                    .bind(2, bookmark.title.empty() ? existing->title : bookmark.title)
                    .bind(3, bookmark.note)
                    .bind(4, bookmark.updatedAt)
                    .run();
                ++result.updated;
            } else {
                ++result.unchanged;
            }
        }
        return result;
    });
}

} // namespace carebook
