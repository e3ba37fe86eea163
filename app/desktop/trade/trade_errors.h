#pragma once
// trade/ screens (spot orders, quick swaps, the admin's exchange page): the
// refusals of spot.*, swap.* and exchange.* in words, with the numbers the
// server sent (the minimum notional, the step of a swap amount). Anything
// not specific to trading falls through to ErrorSink::describe.

#include "client/rpc_reply.h"

#include <QCoreApplication>
#include <QString>

namespace azc {

class TradeErrors
{
    Q_DECLARE_TR_FUNCTIONS(TradeErrors)
public:
    static QString describe(const RpcReply &reply);
    // A method the connected server does not have yet (older backend).
    static bool isMissingMethod(const RpcReply &reply);
};

} // namespace azc
