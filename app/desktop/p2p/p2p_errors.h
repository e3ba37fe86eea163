#pragma once
// The refusals of p2p.* in words, by their stable reason and `data.detail`
// (outside the ad's limits, a requirement not met, a trade already moved
// on, …). Anything not specific to P2P falls through to ErrorSink::describe.

#include "client/rpc_reply.h"

#include <QCoreApplication>
#include <QString>

namespace azc {

class P2pErrors
{
    Q_DECLARE_TR_FUNCTIONS(P2pErrors)
public:
    static QString describe(const RpcReply &reply);
};

} // namespace azc
