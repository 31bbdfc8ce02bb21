// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace carebook {

// One problem found in a content file, reported as "path:line:col: message".
struct Diagnostic {
    std::string path;
    int line = 0;   // 1-based; 0 when the problem concerns the whole file
    int column = 0; // 1-based
    std::string message;

    std::string toString() const;
};

// Collects every problem so the compiler can report all of them at once.
class Diagnostics {
public:
    void error(std::string path, int line, int column, std::string message);
    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    const std::vector<Diagnostic>& items() const { return m_items; }
    // Sorted by path, line, column so the output is stable.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> m_items;
};

} // namespace carebook
