#pragma once
// Which of 65,536 consecutive price levels hold orders, as a three-tier
// bitmap: one bit per level, one bit per 64-level word, one bit per 4,096
// levels. Finding the next non-empty level below any point costs at most
// three word scans, however sparse the book is.

#include <array>
#include <bit>
#include <cstdint>

namespace azc::matching {

class LevelBitmap
{
public:
    static constexpr std::uint32_t kSize = 1u << 16;

    bool empty() const { return m_top == 0; }

    void set(std::uint32_t i)
    {
        m_levels[i >> 6] |= bit(i & 63);
        m_words[i >> 12] |= bit((i >> 6) & 63);
        m_top |= bit(i >> 12);
    }

    void clear(std::uint32_t i)
    {
        if ((m_levels[i >> 6] &= ~bit(i & 63)) != 0)
            return;
        if ((m_words[i >> 12] &= ~bit((i >> 6) & 63)) != 0)
            return;
        m_top &= ~bit(i >> 12);
    }

    // The highest set index below `limit` (limit <= kSize), or -1.
    std::int64_t highestBelow(std::uint32_t limit) const
    {
        if (limit == 0)
            return -1;
        const std::uint32_t i = limit - 1;
        std::uint32_t word = i >> 6;
        if (const std::uint64_t m = m_levels[word] & (~0ull >> (63 - (i & 63))))
            return (std::int64_t(word) << 6) | highest(m);
        std::uint32_t group = word >> 6;
        if (const std::uint64_t m = m_words[group] & (bit(word & 63) - 1)) {
            word = (group << 6) | highest(m);
            return (std::int64_t(word) << 6) | highest(m_levels[word]);
        }
        if (const std::uint64_t m = m_top & (bit(group) - 1)) {
            group = highest(m);
            word = (group << 6) | highest(m_words[group]);
            return (std::int64_t(word) << 6) | highest(m_levels[word]);
        }
        return -1;
    }

private:
    static constexpr std::uint64_t bit(std::uint32_t n) { return std::uint64_t(1) << n; }
    static std::uint32_t highest(std::uint64_t m)
    {
        return 63u - std::uint32_t(std::countl_zero(m));
    }

    std::array<std::uint64_t, kSize / 64> m_levels{};
    std::array<std::uint64_t, kSize / 4096> m_words{};
    std::uint64_t m_top = 0;
};

} // namespace azc::matching
