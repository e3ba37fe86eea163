#pragma once
// A fixed-size array for the engine's big tables (order nodes, their terms,
// the index), on transparent huge pages where the kernel offers them: a
// deep book spreads over tens of megabytes, and with 4 KiB pages nearly
// every maker or index bucket the sweep touches would also miss the TLB.

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace azc::matching {

template<typename T>
class LargeArray
{
    static_assert(std::is_trivially_destructible_v<T>);

public:
    explicit LargeArray(std::size_t count, const T &fill = T{})
        : m_size(count)
    {
        constexpr std::size_t kHugePage = std::size_t(2) << 20;
        const std::size_t bytes = std::max<std::size_t>(count * sizeof(T), 1);
        const bool huge = bytes >= kHugePage;
        const std::size_t alignment = huge ? kHugePage : alignof(std::max_align_t);
        const std::size_t rounded = (bytes + alignment - 1) / alignment * alignment;
        m_data = static_cast<T *>(std::aligned_alloc(std::max(alignment, alignof(T)), rounded));
        if (!m_data)
            throw std::bad_alloc();
#if defined(__linux__)
        if (huge)
            ::madvise(m_data, rounded, MADV_HUGEPAGE); // a hint: without it, plain pages
#endif
        std::uninitialized_fill_n(m_data, count, fill);
    }
    ~LargeArray()
    {
        std::free(m_data);
    }
    LargeArray(const LargeArray &) = delete;
    LargeArray &operator=(const LargeArray &) = delete;

    std::size_t size() const
    {
        return m_size;
    }
    T &operator[](std::size_t i)
    {
        return m_data[i];
    }
    const T &operator[](std::size_t i) const
    {
        return m_data[i];
    }

private:
    T *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace azc::matching
