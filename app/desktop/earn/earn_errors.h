#pragma once
// The refusals of staking.* and launchpad.* in words, by their stable reason
// and the action that was refused (an `invalid_state` is a closed product to
// a stake, a stake no longer active to an unstake, nothing owed to a claim).
// Anything not specific to Earn falls through to ErrorSink::describe.

#include "client/rpc_reply.h"

#include <QCoreApplication>
#include <QString>

namespace azc {

class EarnErrors
{
    Q_DECLARE_TR_FUNCTIONS(EarnErrors)
public:
    enum class Action { Stake, Unstake, Claim, Commit, FundPool, SaveProduct, ListSale };

    static QString describe(const RpcReply &reply, Action action);
    // A refusal found before asking the server (a malformed amount or field), worded the same way.
    static RpcReply local(const QString &reason, const QString &field = {});
};

} // namespace azc
