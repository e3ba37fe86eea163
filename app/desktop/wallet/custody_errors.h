#pragma once
// Deposits and withdrawals (custody): the refusals of withdraw.* and chain.*
// in words, with the numbers the server sent (the minimum, what is left of
// the daily limit, when a saved address becomes usable). Shared by the
// withdrawal form, the address book and the approval queue.

#include "client/rpc_reply.h"

#include <QCoreApplication>
#include <QString>

namespace azc {

class CustodyErrors
{
    Q_DECLARE_TR_FUNCTIONS(CustodyErrors)
public:
    // `asset` names the unit in messages with amounts; may be empty.
    static QString describe(const RpcReply &reply, const QString &asset = {});
    // Milliseconds since the epoch as local date and time, for "usable from".
    static QString dateTime(qint64 ms);
};

} // namespace azc
