// SPDX-License-Identifier: MIT
#pragma once

// Every table of the compiled content database, and the version of that layout, in one place: the
// compiler (build/compiler.cpp) and the foods compiler create them, the search index and the food
// data fill theirs, and the store, the searcher and the food finder read them. A change to any table
// below changes kDatabaseFormatVersion, so an app never reads a database laid out for another one.

#include <array>
#include <cstdint>

namespace carebook::schema {

// Version of the compiled database layout; the app refuses a database of another version.
// 2: article_head_fts; the text stored once. 3: red_flags.short, sources.accessed, sets expanded.
// 4: articles.data is the typed article (model_json.h); no remedy_evidence table (it is in data).
// 5: food_item carries the everyday-food rules (kind, fortified_mask, tiny_amount, common, ...).
inline constexpr int kDatabaseFormatVersion = 5;

// 'CBCD' in the header of every compiled content database (PRAGMA application_id), so a foreign
// SQLite file is refused before any query runs against it (integrity.h).
inline constexpr std::int32_t kContentApplicationId = 0x43424344;

// The content tables, written by build/compiler.cpp. articles.id … details are article_fts's
// columns (an external-content index, below): they come first so reading them for a search snippet
// does not step over the Markdown, HTML and JSON.
inline constexpr const char* kContentTablesSql = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    aliases TEXT NOT NULL,          -- one alias per line
    summary TEXT NOT NULL,
    body TEXT NOT NULL,             -- the body as plain text, one paragraph or list item per line
    details TEXT NOT NULL,          -- the rest of the searchable text (search_index.h)
    sort_order INTEGER NOT NULL,
    reviewed TEXT,
    body_markdown TEXT NOT NULL,
    body_html TEXT NOT NULL,
    data TEXT NOT NULL              -- the article as authored without the body (model_json.h)
);
CREATE INDEX articles_by_kind ON articles(kind, sort_order, title);
CREATE TABLE article_links(
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    relation TEXT NOT NULL,         -- cause, remedy, addresses, nutrient, related, body
    phase TEXT,
    note TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX article_links_from ON article_links(from_id, relation, position);
CREATE INDEX article_links_to ON article_links(to_id, relation);
CREATE TABLE sources(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, publisher TEXT NOT NULL,
    year INTEGER NOT NULL, authors TEXT, url TEXT, doi TEXT, note TEXT,
    accessed TEXT);                 -- YYYY-MM-DD a web source was last read
CREATE TABLE article_sources(article_id TEXT NOT NULL, source_id TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX article_sources_by_article ON article_sources(article_id, position);
CREATE TABLE red_flags(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, urgency TEXT NOT NULL, text TEXT NOT NULL, action TEXT,
    sources TEXT NOT NULL,          -- source ids, one per line
    short TEXT NOT NULL);           -- the sign in a few words, for the printed sheet
-- Every sign a symptom shows: its sets expanded (red-flags.json "sets"), then its own flags.
CREATE TABLE symptom_red_flags(symptom_id TEXT NOT NULL, red_flag_id TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX symptom_red_flags_by_symptom ON symptom_red_flags(symptom_id, position);
CREATE TABLE synonyms(group_id INTEGER NOT NULL, term TEXT NOT NULL);
CREATE INDEX synonyms_by_term ON synonyms(term);
)sql";

// The search tables, written by SearchIndexWriter (search/index.cpp). article_fts keeps no copy of its
// text: content='articles' reads it from the articles table, whose columns id, kind, title, aliases,
// summary, body and details hold exactly what was indexed. Every table here is an ordinary table or
// an FTS5 table, so an index written on one connection can be copied table by table into another.
inline constexpr const char* kSearchTablesSql = R"sql(
CREATE VIRTUAL TABLE article_fts USING fts5(
    id UNINDEXED, kind UNINDEXED, title, aliases, summary, body, details,
    content = 'articles', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE article_head_fts USING fts5(
    title, aliases, summary, kind, content = '',
    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE search_vocabulary(
    word TEXT PRIMARY KEY,
    documents INTEGER NOT NULL,     -- articles that use the word
    lay INTEGER NOT NULL            -- 1 when a title, alias or synonym uses it
) WITHOUT ROWID;
CREATE TABLE search_exact(
    key TEXT NOT NULL,              -- a title or alias, normalised (folded words joined by one space)
    article_rowid INTEGER NOT NULL,
    field INTEGER NOT NULL,         -- 0 title, 1 alias
    PRIMARY KEY(key, article_rowid)
) WITHOUT ROWID;
)sql";

// The food tables (USDA SR28 and reference intakes), written by foods/compiler.cpp when the content
// has a foods/ folder.
inline constexpr const char* kFoodTablesSql = R"sql(
CREATE TABLE food_source(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE food_nutrient(
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    position INTEGER NOT NULL,
    daily_value REAL,               -- FDA label Daily Value (reference_intakes.csv, kind DV); NULL: none
    daily_value_source TEXT,
    daily_value_note TEXT
) WITHOUT ROWID;
CREATE TABLE food_group(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    hidden_by_default INTEGER NOT NULL
);
CREATE TABLE food_item(
    id INTEGER PRIMARY KEY,         -- the SR28 NDB number; shown zero-padded to 5 digits
    description TEXT NOT NULL,
    common_name TEXT,
    group_id INTEGER NOT NULL REFERENCES food_group(id),
    energy_kcal REAL, water_g REAL, magnesium_mg REAL, calcium_mg REAL, potassium_mg REAL, sodium_mg REAL,
    vitamin_d_ug REAL, vitamin_d_iu REAL,   -- per 100 g as USDA wrote them; NULL: no data (never 0)
    brand_name INTEGER NOT NULL,
    baby_food INTEGER NOT NULL,
    survey INTEGER NOT NULL,        -- SR28 FOOD_DES Survey = Y (food_survey.csv): a commonly eaten food
    family TEXT NOT NULL,           -- near-duplicate key, see food_rules.h
    preparation TEXT NOT NULL,      -- raw, dried or prepared
    portion_category TEXT NOT NULL,
    portion_seq INTEGER,            -- the food_portion row the common portion comes from; NULL: no portion
    portion_factor REAL,
    portion_text TEXT,
    portion_grams REAL,
    portion_note TEXT,
    -- Everyday-food rules (core/foods/everyday.h): what kind of food, which nutrients were added,
    -- eaten only in tiny amounts, commonly eaten (survey flag widened by the documented rule),
    -- near-duplicate marks, and the short name shown in lists.
    kind TEXT NOT NULL,             -- single, mixed, soup
    fortified_mask INTEGER NOT NULL,-- bits by food_nutrient.position: nutrients the name says were added
    tiny_amount INTEGER NOT NULL,
    common INTEGER NOT NULL,
    variant_marks INTEGER NOT NULL,
    short_name TEXT NOT NULL
);
CREATE TABLE food_portion(
    food_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    amount REAL NOT NULL,
    unit TEXT NOT NULL,
    grams REAL NOT NULL,
    PRIMARY KEY(food_id, seq)
) WITHOUT ROWID;
-- Every word that names a food a search may list (foodNameWords with the class word, and the words
-- of SR28's other names; generic foods only), stemmed: a search asks here whether its words could name
-- a food before it loads the food finder (shared_finder.h, foodNamesMayMatch).
CREATE TABLE food_name_word(word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE reference_intakes(
    id INTEGER PRIMARY KEY,         -- row order of reference_intakes.csv
    nutrient TEXT NOT NULL,         -- food_nutrient.key
    population TEXT NOT NULL,       -- as written: "females 19-30"
    sex TEXT NOT NULL,              -- male, female, any
    life_stage TEXT NOT NULL,       -- none, pregnancy, lactation, pregnancy-lactation, any
    age_min INTEGER NOT NULL,
    age_max INTEGER,
    amount REAL NOT NULL,
    unit TEXT NOT NULL,
    kind TEXT NOT NULL,             -- RDA, AI, UL, CDRR, DV
    source_url TEXT NOT NULL,
    verified_in TEXT,
    note TEXT
);
)sql";

// Every table above that a query of the window or the command line reads, checked when a database is
// opened (integrity.h); the food tables are optional (a content set may carry no food data, and the
// finder says so).
inline constexpr std::array kRequiredTables = {
    "meta",           "articles",          "article_links", "sources",          "article_sources",
    "red_flags",      "symptom_red_flags", "synonyms",      "article_fts",      "article_head_fts",
    "search_vocabulary", "search_exact",
};

} // namespace carebook::schema
