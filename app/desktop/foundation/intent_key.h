#pragma once
// One idempotency key per confirmed intent (a stake, a commitment, funding a
// pool, a listing), kept while the answer to it is unknown: pressing again
// after a lost answer repeats the same request under the same key, so the
// server does it at most once (like WalletTransfer). An answer, accepted or
// refused, ends the intent — a refused stake or commitment is remembered by
// the server under its key, so trying again after topping up needs a new
// one —, and so do different values or a dialog opened afresh (begin()).

#include "client/rpc_reply.h"
#include "foundation/idempotency_key.h"

#include <QString>

namespace azc {

class IntentKey
{
public:
    // The key for `intent` (what is asked, as text): the kept one when it is
    // the same intent as the unanswered try, otherwise a new one.
    QString keyFor(const QString &intent)
    {
        if (m_key.isEmpty() || intent != m_intent) {
            m_intent = intent;
            m_key = newIdempotencyKey();
        }
        return m_key;
    }
    // After the reply: the key stays only when the answer was lost.
    void settle(const RpcReply &reply)
    {
        if (!reply.lostInTransit())
            begin();
    }
    // A new intent: the next try gets a new key.
    void begin()
    {
        m_key.clear();
        m_intent.clear();
    }
    QString current() const { return m_key; }

private:
    QString m_intent;
    QString m_key;
};

} // namespace azc
