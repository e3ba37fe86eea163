#pragma once
// The server's time as the desktop estimates it: the `now` of the last
// answer that carried one, carried forward on the local clock. Ticking
// rewards and sale countdowns read it, so they agree with the server even
// when the computer's clock is off. The local clock can be replaced: tests
// step it by hand.

#include <QtGlobal>
#include <functional>

namespace azc {

class ServerClock
{
public:
    using LocalClock = std::function<qint64()>; // milliseconds since the epoch

    ServerClock();

    void setLocalClock(LocalClock clock);
    // An answer said the server's time is `serverNowMs`.
    void sync(qint64 serverNowMs);
    // The server's time now, in milliseconds since the epoch.
    qint64 now() const;

private:
    LocalClock m_local;
    qint64 m_offset = 0; // server − local
};

} // namespace azc
