#include "governance/community_fund.h"

#include "foundation/event_hub.h"
#include "governance/governance_errors.h"

#include <QJsonArray>
#include <QUuid>

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
    const QString intent = asset + u'|' + amount.trimmed() + u'|' + (fromTreasury ? u'T' : u'U');
    if (intent != m_intent) { // a new intent gets a new key; a retry of the same keeps it
        m_intent = intent;
        m_key = QUuid::createUuid().toString(QUuid::Id128);
    }
    request(fromTreasury ? QStringLiteral("governance.fundFromTreasury") : QStringLiteral("governance.donate"),
            {{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount.trimmed()}, {QStringLiteral("idempotencyKey"), m_key}},
            [this](const QJsonObject &r) {
                m_intent.clear();
                emit given(r.value(QStringLiteral("asset")).toString(), r.value(QStringLiteral("amount")).toString());
                reload();
            },
            [this](const RpcReply &reply) { emit failed(GovernanceErrors::describe(reply)); });
}

} // namespace azc
