#pragma once
// Time as the protocol carries it: milliseconds since the epoch, UTC. Services
// take a Clock so tests can move time (TOTP steps, lock-outs, expiry) exactly.

#include <QAtomicInteger>
#include <QDateTime>
#include <QtGlobal>

namespace azc {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock the test controls.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

// Real time moved forward by what a test says: the backend keeps running in
// real time (rate limits refill, timers fire) and jumps when the test jumps.
class ShiftedClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_shift.loadRelaxed(); }
    void advance(qint64 ms) { m_shift.fetchAndAddRelaxed(ms); }

private:
    QAtomicInteger<qint64> m_shift = 0;
};

} // namespace azc
