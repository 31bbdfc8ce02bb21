// SPDX-License-Identifier: MIT
#include "core/util/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace carebook {

std::string Diagnostic::toString() const {
    std::string out = path;
    if (line > 0) {
        out += ':' + std::to_string(line) + ':' + std::to_string(column > 0 ? column : 1);
    }
    out += ": ";
    out += message;
    return out;
}

void Diagnostics::error(std::string path, int line, int column, std::string message) {
    m_items.push_back({std::move(path), line, column, std::move(message)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    auto items = m_items;
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
    });
    return items;
}

} // namespace carebook
