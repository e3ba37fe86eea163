#pragma once
// One key per intent the user confirmed (a send, an order, an ad): made when
// the intent is, reused when the same request is retried after a lost
// answer, so the server does it at most once.

#include <QString>
#include <QUuid>

namespace azc {

inline QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace azc
