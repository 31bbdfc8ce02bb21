// SPDX-License-Identifier: MIT
#include "core/util/edit_distance.h"

#include <algorithm>
#include <vector>

namespace carebook {

std::size_t boundedSlipDistance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if ((n > m ? n - m : m - n) > limit) {
        return limit + 1;
    }
    const std::size_t tooFar = limit + 1; // every value above the limit is kept as this one
    constexpr std::size_t kStackRow = 64;
    std::array<std::size_t, 3 * kStackRow> stack; // not cleared: a cell is written before it is read
    std::vector<std::size_t> heap;
    std::size_t* rows = stack.data();
    if (m + 2 > kStackRow) {
        heap.resize(3 * (m + 2));
        rows = heap.data();
    }
    const std::size_t width = m + 2 > kStackRow ? m + 2 : kStackRow;
    std::size_t* previous2 = rows;
    std::size_t* previous = rows + width;
    std::size_t* current = rows + 2 * width;
    for (std::size_t j = 0; j <= std::min(m, limit); ++j) {
        previous[j] = j;
    }
    previous[std::min(m, limit) + 1] = tooFar;
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t low = i > limit ? i - limit : 1;
        const std::size_t high = std::min(m, i + limit);
        // The cells just left and right of the band, read by this row and the next.
        current[low - 1] = low == 1 ? std::min(i, tooFar) : tooFar;
        current[high + 1] = tooFar;
        std::size_t rowMinimum = current[low - 1]; // column 0 is a cell of the band while i <= limit
        for (std::size_t j = low; j <= high; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, previous2[j - 2] + 1);
            }
            value = std::min(value, tooFar);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit) {
            return tooFar;
        }
        std::size_t* oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
    }
    return std::min(previous[m], tooFar);
}

SlipDistance::SlipDistance(std::string_view word) : m_size(std::min(word.size(), kMaxWord)) {
    for (std::size_t i = 0; i < m_size; ++i) {
        m_positions[static_cast<unsigned char>(word[i])] |= std::uint64_t{1} << i;
    }
    m_last = m_size == 0 ? 0 : std::uint64_t{1} << (m_size - 1);
}

SlipDistance::Distances SlipDistance::distances(std::string_view other, std::size_t startLength) const {
    // Column by column of the distance matrix, the word's bytes as the rows: VP/VN hold where the
    // column's value goes up/down by one from the row above; the last row is the distance.
    std::uint64_t up = ~std::uint64_t{0};
    std::uint64_t down = 0;
    std::uint64_t diagonalZero = 0;
    std::uint64_t previousMatches = 0;
    std::size_t distance = m_size;
    Distances out{m_size, m_size};
    startLength = std::min(startLength, other.size());
    if (m_size == 0) {
        return {startLength, other.size()};
    }
    for (std::size_t j = 0; j < other.size(); ++j) {
        const std::uint64_t matches = m_positions[static_cast<unsigned char>(other[j])];
        const std::uint64_t transposed = (((~diagonalZero) & matches) << 1) & previousMatches;
        diagonalZero = (((matches & up) + up) ^ up) | matches | down | transposed;
        std::uint64_t horizontalUp = down | ~(diagonalZero | up);
        std::uint64_t horizontalDown = diagonalZero & up;
        if ((horizontalUp & m_last) != 0) {
            ++distance;
        } else if ((horizontalDown & m_last) != 0) {
            --distance;
        }
        horizontalUp = (horizontalUp << 1) | 1;
        horizontalDown <<= 1;
        up = horizontalDown | ~(diagonalZero | horizontalUp);
        down = horizontalUp & diagonalZero;
        previousMatches = matches;
        if (j + 1 == startLength) {
            out.toStart = distance;
        }
    }
    out.toWhole = distance;
    return out;
}

} // namespace carebook
