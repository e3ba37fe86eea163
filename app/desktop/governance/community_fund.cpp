#include "governance/community_fund.h"

#include "foundation/event_hub.h"
#include "governance/governance_errors.h"

#include <QJsonArray>

namespace azc {

CommunityFund::CommunityFund(QObject *parent) : RemoteObject(parent) {}

void CommunityFund::onAttached()
{
    // A proposal executed (a payout) or anything else the DAO did may have moved it.
    events()->on(Topic::GovernanceChanged, this, [this](const ServerEvent &) { reload(); });
    events()->onResync(this, [this] { reload(); });
    reload();
}

void CommunityFund::reload()
{
    request(QStringLiteral("governance.fund"), {{QStringLiteral("limit"), 50}}, [this](const QJsonObject &r) {
        m_balances = r.value(QStringLiteral("balances")).toArray().toVariantList();
        m_history = r.value(QStringLiteral("history")).toArray().toVariantList();
        emit changed();
    });
}

void CommunityFund::give(const QString &asset, const QString &amount, bool fromTreasury)
{
    const QString key = m_key.keyFor(asset + u'|' + amount.trimmed() + u'|' + (fromTreasury ? u'T' : u'U'));
    request(fromTreasury ? QStringLiteral("governance.fundFromTreasury") : QStringLiteral("governance.donate"),
            {{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount.trimmed()}, {QStringLiteral("idempotencyKey"), key}},
            [this](const QJsonObject &r) {
                m_key.begin();
                emit given(r.value(QStringLiteral("asset")).toString(), r.value(QStringLiteral("amount")).toString());
                reload();
            },
            [this](const RpcReply &reply) {
                m_key.settle(reply);
                emit failed(GovernanceErrors::describe(reply));
            });
}

} // namespace azc
