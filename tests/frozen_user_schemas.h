// SPDX-License-Identifier: MIT
#pragma once

// The user store's schemas exactly as versions 1 and 2 of Carebook wrote them, frozen on purpose: a
// migration test must start from what old versions left on disk, not from today's code
// (core/user/user_store.cpp), which may change.

namespace carebook::test {

constexpr const char* kVersion1Schema = R"sql(
    PRAGMA application_id = 1128420676;
    CREATE TABLE bookmarks (
        article_id TEXT PRIMARY KEY NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        visited_at INTEGER NOT NULL
    );
    PRAGMA user_version = 1;
)sql";

constexpr const char* kVersion2Additions = R"sql(
    ALTER TABLE bookmarks ADD COLUMN title TEXT NOT NULL DEFAULT '';
    CREATE TABLE saved_sheets (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        symptom_id TEXT NOT NULL,
        request_json TEXT NOT NULL CHECK (json_valid(request_json)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    PRAGMA user_version = 2;
)sql";

} // namespace carebook::test
