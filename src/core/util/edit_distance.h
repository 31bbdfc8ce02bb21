// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace carebook {

// Optimal string alignment distance (Levenshtein plus adjacent transpositions, the commonest typing
// slip: "siezed"), byte by byte. Returns `limit` + 1 for anything farther than `limit`, giving up
// as soon as it must be: only the diagonal band |i − j| ≤ limit is computed.
std::size_t boundedSlipDistance(std::string_view a, std::string_view b, std::size_t limit);

// The same distance from one word to many, bit-parallel (Hyyrö 2003: "A bit-vector algorithm for
// computing Levenshtein and Damerau edit distances"): a few machine operations a byte of the other
// word, whatever the length of this one. A correction compares the word typed with tens of
// thousands of vocabulary words.
class SlipDistance final {
public:
    static constexpr std::size_t kMaxWord = 64; // one bit per byte of the word, in one 64-bit word

    // `word` is 1 to kMaxWord bytes.
    explicit SlipDistance(std::string_view word);

    struct Distances {
        std::size_t toStart = 0; // to the first `startLength` bytes of the other word
        std::size_t toWhole = 0; // to the whole other word
    };
    // One pass over `other`: its distance to the word, and that of its start of `startLength` bytes
    // (capped at other's length).
    Distances distances(std::string_view other, std::size_t startLength) const;

private:
    std::array<std::uint64_t, 256> m_positions{}; // per byte value: where the word has it
    std::uint64_t m_last = 0;                      // the bit of the word's last byte
    std::size_t m_size = 0;
};

} // namespace carebook
