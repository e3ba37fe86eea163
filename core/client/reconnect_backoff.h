#pragma once
// Exponential reconnect delays: 0.5 s, 1 s, 2 s ... capped at 30 s, back to the
// start once a connection succeeds. Kept apart so the schedule is testable.

#include <algorithm>

namespace azc {

class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(int firstMs = 500, int maxMs = 30000)
        : m_firstMs(firstMs), m_maxMs(maxMs), m_nextMs(firstMs) {}

    int nextDelayMs()
    {
        const int delay = m_nextMs;
        m_nextMs = std::min(m_nextMs * 2, m_maxMs);
        return delay;
    }
    void reset() { m_nextMs = m_firstMs; }

private:
    int m_firstMs;
    int m_maxMs;
    int m_nextMs;
};

} // namespace azc
