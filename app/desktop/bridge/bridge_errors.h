#pragma once
// The refusals of bridge.* and market.* in words, by their stable reason and
// the action refused. A swap's limit_exceeded names which limit
// (data.limit: min, max, user_daily, total_daily); the sentence gives its
// value from what the screen knows — the point's policy, and what the last
// quote said is left today. Anything not specific falls through to
// ErrorSink::describe.

#include "client/rpc_reply.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace azc {

class BridgeErrors
{
    Q_DECLARE_TR_FUNCTIONS(BridgeErrors)
public:
    enum class Action {
        Quote, Swap, ConfirmConsent, DeclineConsent, Buy, ConfirmReceived, Dispute, // users
        CreatePoint, ProposePolicy, TopUp, Withdraw, Credit, Burn, Pause, SaveProduct, Ship, Refund, // partners
        ApprovePolicy, RejectPolicy, Resume, DecideDispute, // staff
        Load,
    };

    // `point`: the Point the action was about (its code, coin and policy), or
    // {}; `limits`: the last quote's {min, max, userLeft, totalLeft}, or {}.
    static QString describe(const RpcReply &reply, Action action, const QJsonObject &point = {},
                            const QJsonObject &limits = {});
    // A refusal found before asking the server, worded the same way.
    static RpcReply local(const QString &reason, const QString &field = {});
    // Whether a lost answer may be repeated under the same idempotency key.
    static bool repeatable(Action action);
};

} // namespace azc
