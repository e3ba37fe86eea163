#include "earn/server_clock.h"

#include <QDateTime>

namespace azc {

ServerClock::ServerClock() : m_local([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

void ServerClock::setLocalClock(LocalClock clock)
{
    m_local = std::move(clock);
    m_offset = 0; // until the next answer's `now`
}

void ServerClock::sync(qint64 serverNowMs)
{
    if (serverNowMs > 0)
        m_offset = serverNowMs - m_local();
}

qint64 ServerClock::now() const
{
    return m_local() + m_offset;
}

} // namespace azc
