#include "governance/governance_errors.h"

#include "foundation/error_sink.h"

namespace azc {

QString GovernanceErrors::describe(const RpcReply &reply)
{
    const QString &r = reply.reason;
    if (r == QLatin1String("insufficient_stake"))
        return tr("Writing a proposal needs AZC staked in Earn. %1").arg(reply.message);
    if (r == QLatin1String("voting_closed"))
        return tr("Voting on this proposal is not open.");
    if (r == QLatin1String("no_voting_power"))
        return tr("You had no AZC staked when voting opened, so you have no vote on this proposal.");
    if (r == QLatin1String("forbidden"))
        return tr("Only the author may withdraw a proposal.");
    if (r == QLatin1String("invalid_state"))
        return tr("This proposal can no longer be changed: %1").arg(reply.message);
    if (r == QLatin1String("invalid_params") && reply.data.value(QStringLiteral("field")).toString() == QLatin1String("action"))
        return tr("The proposal's action is not valid: %1").arg(reply.message);
    if (r == QLatin1String("unavailable"))
        return tr("Results are not recorded on a blockchain on this server.");
    return ErrorSink::describe(reply);
}

} // namespace azc
