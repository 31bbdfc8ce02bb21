// SPDX-License-Identifier: MIT
#include "core/search/rank.h"

#include "core/util/database.h"
#include "core/search/text.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace carebook {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// A parsed TREE: nodes in a flat vector, children by index.
struct Node {
    enum class Type { Sum, Max, Phrase } type = Type::Phrase;
    int phrase = 0;
    double weight = 1.0;     // of a phrase
    double documents = -1.0; // of a phrase: how many articles have it, when the caller knows; -1: count them
    std::vector<int> children;
};

class TreeParser {
public:
    explicit TreeParser(std::string_view text) : m_text(text) {}

    // Returns false on any malformed input (the caller then sums every phrase, like bm25).
    bool parse(std::vector<Node>& nodes) {
        m_nodes = &nodes;
        return node(0) >= 0 && m_at == m_text.size();
    }

private:
    int node(int depth) {
        if (depth > 64 || m_at >= m_text.size()) {
            return -1;
        }
        const char c = m_text[m_at];
        if (c >= '0' && c <= '9') {
            long value = 0;
            while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9' && value < 1000000) {
                value = value * 10 + (m_text[m_at++] - '0');
            }
            double weight = 1.0;
            if (m_at < m_text.size() && m_text[m_at] == '@') {
                // "3@0.25": phrase 3 counts a quarter. Digits and one point only.
                ++m_at;
                double whole = 0;
                double scale = 0;
                while (m_at < m_text.size() && ((m_text[m_at] >= '0' && m_text[m_at] <= '9') || m_text[m_at] == '.')) {
                    if (m_text[m_at] == '.') {
                        if (scale != 0) {
                            return -1;
                        }
                        scale = 1;
                    } else if (scale == 0) {
                        whole = whole * 10 + (m_text[m_at] - '0');
                    } else {
                        scale /= 10;
                        whole += (m_text[m_at] - '0') * scale;
                    }
                    ++m_at;
                }
                weight = std::min(whole, 1000.0);
            }
            double documents = -1.0;
            if (m_at < m_text.size() && m_text[m_at] == '~') {
                // "3~120": phrase 3 is in about 120 articles (from the vocabulary), so its rarity needs
                // no scan of its postings.
                ++m_at;
                documents = 0;
                while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9' && documents < 1e12) {
                    documents = documents * 10 + (m_text[m_at++] - '0');
                }
            }
            m_nodes->push_back({Node::Type::Phrase, static_cast<int>(value), weight, documents, {}});
            return static_cast<int>(m_nodes->size() - 1);
        }
        if ((c != 'S' && c != 'M') || m_at + 1 >= m_text.size() || m_text[m_at + 1] != '(') {
            return -1;
        }
        m_at += 2;
        const int self = static_cast<int>(m_nodes->size());
        m_nodes->push_back({c == 'S' ? Node::Type::Sum : Node::Type::Max, 0, 1.0, -1.0, {}});
        while (true) {
            const int child = node(depth + 1);
            if (child < 0) {
                return -1;
            }
            (*m_nodes)[static_cast<std::size_t>(self)].children.push_back(child);
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            if (m_at < m_text.size() && m_text[m_at] == ')') {
                ++m_at;
                return self;
            }
            return -1;
        }
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    std::vector<Node>* m_nodes = nullptr;
};

// One row's term frequencies and per-column length normalisation.
struct RowData {
    std::size_t columns = 0;
    std::vector<double> frequency;     // phrase * columns + column
    std::vector<double> normalisation; // per column: k1 * (1 - b + b * length / average)
};

// Per-query data, computed on the first row and kept by FTS5 until the query ends.
struct QueryData {
    std::vector<Node> nodes;            // empty: sum all phrases, like bm25
    std::vector<double> phraseIdf;      // per phrase
    std::vector<double> nodeIdf;        // per node: its phrase's, or a synonym group's
    std::vector<double> weights;        // per column
    std::vector<double> lengthWeights;  // per column: bm25's b, how much a long field dilutes a match
    std::vector<double> averageLengths; // per column, in tokens
    RowData scratch;                    // reused for every row: no allocation per ranked row
};


int countRow(const Fts5ExtensionApi*, Fts5Context*, void* user) {
    ++*static_cast<sqlite3_int64*>(user);
    return SQLITE_OK;
}

double idfOf(double rows, double hits) { return std::log(1.0 + (rows - hits + 0.5) / (hits + 0.5)); }

bool isGroup(const std::vector<Node>& nodes, const Node& node) {
    return node.type == Node::Type::Max &&
           std::all_of(node.children.begin(), node.children.end(), [&](int child) {
               return nodes[static_cast<std::size_t>(child)].type == Node::Type::Phrase;
           });
}

bool validPhrase(const Node& node, const RowData& row) {
    return node.phrase >= 0 && static_cast<std::size_t>(node.phrase) * row.columns < row.frequency.size();
}

// bm25 of a term whose frequency per column is `frequencyOf(column)`, columns weighted.
template <typename Frequency>
double termScore(double idf, const QueryData& data, const RowData& row, Frequency frequencyOf) {
    double sum = 0;
    for (std::size_t column = 0; column < row.columns; ++column) {
        const double tf = frequencyOf(column);
        if (tf > 0 && data.weights[column] != 0.0) {
            sum += data.weights[column] * tf * (kK1 + 1.0) / (tf + row.normalisation[column]);
        }
    }
    return idf * sum;
}

double evaluate(const QueryData& data, const RowData& row, int index) {
    const auto& nodes = data.nodes;
    const Node& node = nodes[static_cast<std::size_t>(index)];
    const double idf = data.nodeIdf[static_cast<std::size_t>(index)];
    switch (node.type) {
    case Node::Type::Phrase:
        if (!validPhrase(node, row)) {
            return 0.0;
        }
        return node.weight * termScore(idf, data, row, [&](std::size_t column) {
                   return row.frequency[static_cast<std::size_t>(node.phrase) * row.columns + column];
               });
    case Node::Type::Sum: {
        double total = 0;
        for (const int child : node.children) {
            total += evaluate(data, row, child);
        }
        return total;
    }
    case Node::Type::Max: {
        if (isGroup(nodes, node)) {
            // Synonyms and completions of one word are one term (as Lucene's SynonymQuery does):
            // their weighted frequencies add up, and the group's rarity is that of its most common
            // member, so a rare spelling cannot outweigh the word itself.
            return termScore(idf, data, row, [&](std::size_t column) {
                double tf = 0;
                for (const int child : node.children) {
                    const Node& phrase = nodes[static_cast<std::size_t>(child)];
                    if (validPhrase(phrase, row)) {
                        tf += phrase.weight *
                              row.frequency[static_cast<std::size_t>(phrase.phrase) * row.columns + column];
                    }
                }
                return tf;
            });
        }
        double best = 0;
        for (const int child : node.children) {
            best = std::max(best, evaluate(data, row, child));
        }
        return best;
    }
    }
    return 0;
}

QueryData* queryData(const Fts5ExtensionApi* api, Fts5Context* fts, int argumentCount, sqlite3_value** arguments,
                     int& rc) {
    if (auto* existing = static_cast<QueryData*>(api->xGetAuxdata(fts, 0))) {
        return existing;
    }
    auto data = std::make_unique<QueryData>();
    if (argumentCount >= 1 && sqlite3_value_type(arguments[0]) == SQLITE_TEXT) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
        const auto size = static_cast<std::size_t>(sqlite3_value_bytes(arguments[0]));
        if (!TreeParser(std::string_view(text, size)).parse(data->nodes)) {
            data->nodes.clear();
        }
    }
    const int columns = api->xColumnCount(fts);
    for (int column = 0; column < columns; ++column) {
        data->weights.push_back(column + 1 < argumentCount ? sqlite3_value_double(arguments[column + 1]) : 1.0);
    }
    for (int column = 0; column < columns; ++column) {
        const int at = 1 + columns + column;
        data->lengthWeights.push_back(at < argumentCount ? std::clamp(sqlite3_value_double(arguments[at]), 0.0, 1.0)
                                                         : kB);
    }
    sqlite3_int64 rows = 0;
    rc = api->xRowCount(fts, &rows);
    for (int column = 0; rc == SQLITE_OK && column < columns; ++column) {
        sqlite3_int64 tokens = 0;
        rc = api->xColumnTotalSize(fts, column, &tokens);
        data->averageLengths.push_back(
            rows > 0 ? std::max(1.0, static_cast<double>(tokens) / static_cast<double>(rows)) : 1.0);
    }
    const int phrases = api->xPhraseCount(fts);
    // Document counts the caller gave ("~D") save a scan of every posting of the phrase, which for
    // a common word in a large collection costs more than the whole query.
    std::vector<double> hits(static_cast<std::size_t>(std::max(phrases, 0)), -1.0);
    for (const auto& node : data->nodes) {
        if (node.type == Node::Type::Phrase && node.phrase >= 0 && node.phrase < phrases && node.documents >= 0) {
            hits[static_cast<std::size_t>(node.phrase)] = node.documents;
        }
    }
    for (int phrase = 0; rc == SQLITE_OK && phrase < phrases; ++phrase) {
        auto& count = hits[static_cast<std::size_t>(phrase)];
        if (count < 0) {
            sqlite3_int64 counted = 0;
            rc = api->xQueryPhrase(fts, phrase, &counted, countRow);
            count = static_cast<double>(counted);
        }
        data->phraseIdf.push_back(idfOf(static_cast<double>(rows), std::min(count, static_cast<double>(rows))));
    }
    if (rc != SQLITE_OK) {
        return nullptr;
    }
    for (const auto& node : data->nodes) {
        double idf = 0;
        if (node.type == Node::Type::Phrase && node.phrase >= 0 && node.phrase < phrases) {
            idf = data->phraseIdf[static_cast<std::size_t>(node.phrase)];
        } else if (isGroup(data->nodes, node)) {
            double most = 0;
            for (const int child : node.children) {
                const int phrase = data->nodes[static_cast<std::size_t>(child)].phrase;
                if (phrase >= 0 && phrase < phrases) {
                    most = std::max(most, hits[static_cast<std::size_t>(phrase)]);
                }
            }
            idf = idfOf(static_cast<double>(rows), std::min(most, static_cast<double>(rows)));
        }
        data->nodeIdf.push_back(idf);
    }
    QueryData* raw = data.get();
    rc = api->xSetAuxdata(fts, data.release(), [](void* pointer) { delete static_cast<QueryData*>(pointer); });
    return rc == SQLITE_OK ? raw : nullptr;
}

void rankFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argumentCount,
                  sqlite3_value** arguments) {
    int rc = SQLITE_OK;
    QueryData* data = queryData(api, fts, argumentCount, arguments, rc);
    if (!data) {
        sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
        return;
    }
    RowData& row = data->scratch;
    row.columns = data->weights.size();
    row.frequency.assign(data->phraseIdf.size() * row.columns, 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    // carebook_rank has no user data; a cached variant has its shared lengths.
    const auto* owner = static_cast<const std::shared_ptr<const ColumnLengths>*>(api->xUserData(fts));
    const ColumnLengths* lengths = owner ? owner->get() : nullptr;
    const sqlite3_int64 rowid = lengths ? api->xRowid(fts) : 0;
    const bool cached = lengths && lengths->columns == row.columns && lengths->has(rowid);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && static_cast<std::size_t>(phrase) < data->phraseIdf.size() &&
            column >= 0 && static_cast<std::size_t>(column) < row.columns) {
            row.frequency[static_cast<std::size_t>(phrase) * row.columns + static_cast<std::size_t>(column)] += 1.0;
        }
    }
    // Each column is scored on its own, with its own length normalisation, and weighted: a word in
    // the title is worth many words in the body. (Folding the weights into one frequency, as bm25()
    // does, lets saturation flatten a title match to barely twice a body match.)
    row.normalisation.assign(row.columns, 0.0);
    for (std::size_t column = 0; rc == SQLITE_OK && column < row.columns; ++column) {
        if (data->weights[column] == 0.0) {
            continue;
        }
        int length = 0;
        if (cached) {
            length = lengths->tokens[static_cast<std::size_t>(rowid) * row.columns + column];
        } else {
            rc = api->xColumnSize(fts, static_cast<int>(column), &length);
        }
        const double b = data->lengthWeights[column];
        row.normalisation[column] = kK1 * (1 - b + b * static_cast<double>(length) / data->averageLengths[column]);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    if (data->nodes.empty()) {
        for (std::size_t phrase = 0; phrase < data->phraseIdf.size(); ++phrase) {
            score += termScore(data->phraseIdf[phrase], *data, row,
                               [&](std::size_t column) { return row.frequency[phrase * row.columns + column]; });
        }
    } else {
        score = evaluate(*data, row, 0);
    }
    sqlite3_result_double(context, -score);
}

} // namespace

std::shared_ptr<const ColumnLengths> loadColumnLengths(Database& db, const std::string& table,
                                                       std::int64_t maxRowid) {
    // The table name is ours (a constant), never user text; quoted all the same.
    auto rows = db.prepare("SELECT id, sz FROM \"" + table + "_docsize\" WHERE id BETWEEN 0 AND ?1");
    rows.bind(1, maxRowid);
    auto lengths = std::make_shared<ColumnLengths>();
    while (rows.step()) {
        const std::int64_t rowid = rows.int64(0);
        const std::string record = rows.text(1);
        // The record is one SQLite varint per column.
        std::vector<std::uint16_t> values;
        std::size_t at = 0;
        while (at < record.size()) {
            std::uint64_t value = 0;
            for (int i = 0; at < record.size() && i < 9; ++i) {
                const auto byte = static_cast<unsigned char>(record[at++]);
                if (i == 8) {
                    value = (value << 8) | byte;
                    break;
                }
                value = (value << 7) | (byte & 0x7F);
                if ((byte & 0x80) == 0) {
                    break;
                }
            }
            values.push_back(static_cast<std::uint16_t>(std::min<std::uint64_t>(value, 0xFFFF)));
        }
        if (lengths->columns == 0) {
            lengths->columns = values.size();
        }
        if (values.size() != lengths->columns || lengths->columns == 0) {
            return nullptr; // not the layout this reader knows: rank from the table itself
        }
        const std::size_t needed = (static_cast<std::size_t>(rowid) + 1) * lengths->columns;
        if (lengths->tokens.size() < needed) {
            lengths->tokens.resize(needed, 0);
        }
        std::copy(values.begin(), values.end(),
                  lengths->tokens.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(rowid) * lengths->columns));
    }
    return lengths->columns == 0 ? nullptr : std::shared_ptr<const ColumnLengths>(std::move(lengths));
}

void registerCachedSearchRank(Database& db, const std::string& function, std::shared_ptr<const ColumnLengths> lengths) {
    fts5_api* fts5 = fts5Api(db);
    // FTS5 owns a copy of the shared pointer until the function is replaced or the connection closes,
    // so the lengths outlive whoever loaded them.
    auto* owner = new std::shared_ptr<const ColumnLengths>(std::move(lengths));
    if (fts5->xCreateFunction(fts5, function.c_str(), owner, rankFunction,
                              [](void* pointer) { delete static_cast<std::shared_ptr<const ColumnLengths>*>(pointer); }) !=
        SQLITE_OK) {
        delete owner;
        throw DatabaseError("cannot register the search ranking function " + function);
    }
}

void registerSearchRank(Database& db) {
    fts5_api* fts5 = fts5Api(db);
    if (fts5->xCreateFunction(fts5, "carebook_rank", nullptr, rankFunction, nullptr) != SQLITE_OK) {
        throw DatabaseError("cannot register the search ranking function");
    }
}

std::string searchRankCall(const std::string& tree, const std::string& columnWeights,
                           const std::string& lengthWeights, const std::string& function) {
    return function + "('" + tree + "', " + columnWeights + (lengthWeights.empty() ? "" : ", " + lengthWeights) + ")";
}

} // namespace carebook
