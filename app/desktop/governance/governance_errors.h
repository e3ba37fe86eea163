#pragma once
// The refusals of governance.* in words, by their stable reason. Anything not
// specific to the DAO falls through to ErrorSink::describe.

#include "client/rpc_reply.h"

#include <QCoreApplication>
#include <QString>

namespace azc {

class GovernanceErrors
{
    Q_DECLARE_TR_FUNCTIONS(GovernanceErrors)
public:
    static QString describe(const RpcReply &reply);
};

} // namespace azc
