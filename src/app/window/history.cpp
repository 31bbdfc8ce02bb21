// SPDX-License-Identifier: MIT
#include "app/window/history.h"

namespace carebook::app {

void NavigationHistory::visit(const std::string& id) {
    if (!m_entries.empty() && m_entries[m_position] == id) {
        return;
    }
    if (!m_entries.empty()) {
        m_entries.resize(m_position + 1);
    }
    m_entries.push_back(id);
    m_position = m_entries.size() - 1;
}

const std::string& NavigationHistory::back() {
    if (m_position > 0) {
        --m_position;
    }
    return m_entries[m_position];
}

const std::string& NavigationHistory::forward() {
    if (m_position + 1 < m_entries.size()) {
        ++m_position;
    }
    return m_entries[m_position];
}

const std::string& NavigationHistory::goTo(std::size_t index) {
    if (index < m_entries.size()) {
        m_position = index;
    }
    return current();
}

void NavigationHistory::clearAllButCurrent() {
    if (m_entries.empty()) {
        return;
    }
    m_entries = {m_entries[m_position]};
    m_position = 0;
}

const std::string& NavigationHistory::current() const {
    static const std::string none;
    return m_entries.empty() ? none : m_entries[m_position];
}

} // namespace carebook::app
