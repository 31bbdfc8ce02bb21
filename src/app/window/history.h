// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace carebook::app {

// Back/forward history of visited article ids, like a web browser's.
class NavigationHistory {
public:
    // Records a visit; everything forward of the current position is dropped.
    void visit(const std::string& id);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    // Moves and returns the id to show; call only when canGoBack()/canGoForward().
    const std::string& back();
    const std::string& forward();
    const std::string& current() const;
    bool empty() const { return m_entries.empty(); }
    const std::vector<std::string>& entries() const { return m_entries; }
    // Index of the current entry in entries() (the back/forward menus list the ones around it).
    std::size_t position() const { return m_position; }
    // Jumps to an entry, as a browser's back/forward menu does; returns the id to show.
    const std::string& goTo(std::size_t index);
    // Forgets every entry but the current one.
    void clearAllButCurrent();

private:
    std::vector<std::string> m_entries;
    std::size_t m_position = 0;
};

} // namespace carebook::app
