// Policies with four eyes: a partner proposes, a platform admin (another
// person) approves; the point's policy in force is its newest approved one.

#include "bridge/bridge_internal.h"
#include "bridge/bridge_service.h"

#include "audit/audit_log.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "storage/database.h"
#include "wallet/wallet_service.h"

#include <QJsonDocument>

namespace azc::bridge {

using detail::invalidField;

namespace {

const char *kProposalColumns = "id, point, org_id, policy, status, proposed_by, decided_by, reason, created_at, decided_at";

QJsonObject parseStored(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Result<std::optional<Policy>> BridgeService::activePolicy(const QString &code)
{
    auto q = s.db.exec(QStringLiteral("SELECT policy FROM br_policies WHERE point = ? AND status = 'approved' ORDER BY seq DESC LIMIT 1"),
                       {code});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Policy>();
    return std::optional<Policy>(Policy::fromStored(parseStored(q->value(0).toString())));
}

Result<Policy> BridgeService::effectivePolicy(const Point &p)
{
    auto policy = activePolicy(p.code);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return fail("no_policy", QStringLiteral("%1 has no approved policy yet").arg(p.code));
    Policy live = **policy;
    if (live.rateMode == QLatin1String("market")) {
        const QString market = p.code + u'-' + p.coin;
        if (!m_prices)
            return fail("unavailable", QStringLiteral("the exchange is not running, so %1 has no price").arg(market));
        auto price = m_prices(market);
        if (!price)
            return price.error();
        auto rate = Amount::parseRounded(*price, kRateDecimals, Rounding::Down);
        if (!rate || rate->isZero() || rate->isNegative())
            return fail("unavailable", QStringLiteral("%1 has no price on the exchange yet").arg(market));
        live.rate = *rate;
    }
    return live;
}

Result<QJsonObject> BridgeService::proposePolicy(const payments::Actor &actor, const QString &code, const QJsonObject &policyJson)
{
    auto p = orgPoint(actor, code);
    if (!p)
        return p.error();
    auto policy = Policy::fromJson(policyJson, p->decimals);
    if (!policy)
        return policy.error();
    if (policy->rateMode == QLatin1String("market") && !(m_prices && m_prices(p->code + u'-' + p->coin)))
        return invalidField(QStringLiteral("rateMode"),
                            QStringLiteral("the exchange has no %1-%2 market with a price; use a fixed rate").arg(p->code, p->coin));
    const QString id = payments::PaymentsService::newId("pol_");
    const qint64 now = s.clock.nowMs();
    storage::Transaction tx(s.db);
    // One open proposal per point: a new one replaces what was waiting.
    if (auto q = s.db.exec(QStringLiteral("UPDATE br_policies SET status = 'withdrawn', decided_at = ? WHERE point = ? AND status = 'pending'"),
                           {now, code});
        !q)
        return q.error();
    auto q = s.db.exec(QStringLiteral("INSERT INTO br_policies (id, seq, point, org_id, policy, status, proposed_by, decided_by, reason,"
                                      " created_at, decided_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, '', '', ?, 0)"),
                       {id, nextSeq(QStringLiteral("br_policies")), code, p->orgId,
                        QString::fromUtf8(QJsonDocument(policy->toStored()).toJson(QJsonDocument::Compact)), actor.label(), now});
    if (!q)
        return q.error();
    if (auto st = s.audit.record(actor.label(), QStringLiteral("bridge.proposePolicy"), id, {{QStringLiteral("point"), code}}); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    announce(p->orgId, {}, QStringLiteral("policy"), code, id);
    return proposalAnswer(id);
}

Result<QJsonObject> BridgeService::policies(const std::optional<payments::Actor> &actor, const QString &status)
{
    QString where = QStringLiteral("1 = 1");
    QVariantList params;
    if (actor) {
        if (auto st = requireOrg(*actor, payments::Permission::Read, false); !st)
            return st.error();
        where += QStringLiteral(" AND org_id = ?");
        params.append(actor->orgId);
    }
    if (!status.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        params.append(status);
    }
    auto list = proposalRows(where, params);
    if (!list)
        return list.error();
    return QJsonObject{{QStringLiteral("proposals"), *list}};
}

Result<QJsonObject> BridgeService::proposalAnswer(const QString &proposalId)
{
    auto list = proposalRows(QStringLiteral("id = ?"), {proposalId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return fail("not_found", QStringLiteral("no such proposal"), {{QStringLiteral("field"), QStringLiteral("proposalId")}});
    return QJsonObject{{QStringLiteral("proposal"), list->first()}};
}

Result<QJsonArray> BridgeService::proposalRows(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT %1 FROM br_policies WHERE %2 ORDER BY seq DESC LIMIT 200").arg(QLatin1String(kProposalColumns), where),
                       params);
    if (!q)
        return q.error();
    struct Row { QString id, point, orgId, policy, status, by, decidedBy, reason; qint64 createdAt, decidedAt; };
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                     q->value(5).toString(), q->value(6).toString(), q->value(7).toString(), q->value(8).toLongLong(),
                     q->value(9).toLongLong()});
    QJsonArray list;
    // Read once per point, not once per row: its decimals and name, and the policy in force.
    struct PointInfo { int decimals = 0; QString name; QJsonValue current; };
    QHash<QString, PointInfo> points;
    const auto party = [this](const QString &id) -> QJsonValue {
        if (id.isEmpty())
            return QJsonValue::Null;
        if (id.startsWith(QLatin1String("azk_"))) // an API key proposed it
            return QJsonObject{{QStringLiteral("userId"), QString()}, {QStringLiteral("username"), id}, {QStringLiteral("displayName"), id}};
        return s.wallet.party(id);
    };
    for (const Row &r : rows) {
        if (!points.contains(r.point)) {
            PointInfo info;
            if (auto p = point(r.point)) {
                info.decimals = p->decimals;
                info.name = p->name;
            }
            auto active = activePolicy(r.point);
            info.current = active && active->has_value() ? QJsonValue((*active)->toJson(info.decimals)) : QJsonValue(QJsonValue::Null);
            points.insert(r.point, info);
        }
        const PointInfo &info = points[r.point];
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("point"), r.point},
                                {QStringLiteral("pointName"), info.name},
                                {QStringLiteral("org"), orgJson(r.orgId)},
                                {QStringLiteral("policy"), Policy::fromStored(parseStored(r.policy)).toJson(info.decimals)},
                                {QStringLiteral("current"), info.current},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("proposedBy"), party(r.by)},
                                {QStringLiteral("decidedBy"), party(r.decidedBy)},
                                {QStringLiteral("reason"), r.reason},
                                {QStringLiteral("createdAt"), r.createdAt},
                                {QStringLiteral("decidedAt"), r.decidedAt}});
    }
    return list;
}

Result<QJsonObject> BridgeService::decidePolicy(const server::Caller &admin, const QString &proposalId, bool approve, const QString &reason)
{
    auto q = s.db.exec(QStringLiteral("SELECT point, org_id, status, proposed_by FROM br_policies WHERE id = ?"), {proposalId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("no such proposal"), {{QStringLiteral("field"), QStringLiteral("proposalId")}});
    const QString code = q->value(0).toString(), orgId = q->value(1).toString(), status = q->value(2).toString(),
                  by = q->value(3).toString();
    if (status != QLatin1String("pending"))
        return fail("invalid_state", QStringLiteral("this proposal was already %1").arg(status));
    // The second pair of eyes is another person: not the proposer, and not a member of the partner.
    if (by == admin.userId || s.payments.memberIds(orgId).contains(admin.userId))
        return fail("forbidden", QStringLiteral("a member of the partner cannot approve its own policy"),
                    // data.detail (docs/protocol.md, the app's BridgeErrors): a "reason" key is overwritten by the error's own reason on the wire.
                    {{QStringLiteral("detail"), QStringLiteral("own_proposal")}});
    const qint64 now = s.clock.nowMs();
    storage::Transaction tx(s.db);
    auto u = s.db.exec(QStringLiteral("UPDATE br_policies SET status = ?, decided_by = ?, reason = ?, decided_at = ?, seq = ?"
                                      " WHERE id = ? AND status = 'pending'"),
                       {approve ? QStringLiteral("approved") : QStringLiteral("rejected"), admin.userId, reason, now,
                        // an approval takes the newest seq, so "newest approved" is the one approved last
                        nextSeq(QStringLiteral("br_policies")), proposalId});
    if (!u)
        return u.error();
    if (approve)
        if (auto a = s.db.exec(QStringLiteral("UPDATE br_points SET status = 'active', updated_at = ? WHERE code = ? AND status = 'draft'"),
                               {now, code});
            !a)
            return a.error();
    if (auto st = s.audit.record(admin.userId, approve ? QStringLiteral("bridge.approvePolicy") : QStringLiteral("bridge.rejectPolicy"),
                                 proposalId, {{QStringLiteral("point"), code}, {QStringLiteral("reason"), reason}});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    for (const QString &member : s.payments.memberIds(orgId))
        s.notifications.queue(member, QStringLiteral("bridge.policy"),
                              approve ? tr("Policy for %1 approved").arg(code) : tr("Policy for %1 rejected").arg(code),
                              approve ? tr("The new policy is in force from now.") : reason, {{QStringLiteral("point"), code}});
    announce(orgId, {}, QStringLiteral("policy"), code, proposalId);
    // Users see the new terms at once.
    s.bus.publishToEveryone(QStringLiteral("event.bridge.changed"),
                            {{QStringLiteral("kind"), QStringLiteral("point")}, {QStringLiteral("point"), code}, {QStringLiteral("id"), code}});
    return proposalAnswer(proposalId);
}

} // namespace azc::bridge
