#include "bridge/policy_proposals_model.h"

#include "bridge/bridge_amounts.h"
#include "bridge/bridge_errors.h"
#include "foundation/event_hub.h"
#include "foundation/party_name.h"

#include <QJsonArray>

namespace azc {

namespace {

QJsonObject proposalRow(QJsonObject p)
{
    p.insert(QStringLiteral("orgName"), p.value(QStringLiteral("org")).toObject().value(QStringLiteral("name")));
    p.insert(QStringLiteral("proposerName"), partyName(p.value(QStringLiteral("proposedBy")).toObject()));
    const QJsonObject policy = p.value(QStringLiteral("policy")).toObject();
    p.insert(QStringLiteral("spreadPercent"), bridge::percentFromBps(bridge::bpsOf(policy.value(QStringLiteral("spreadBps")))));
    p.insert(QStringLiteral("feePercent"), bridge::percentFromBps(bridge::bpsOf(policy.value(QStringLiteral("feeBps")))));
    p.insert(QStringLiteral("coveragePercent"), bridge::percentFromBps(bridge::bpsOf(policy.value(QStringLiteral("coverageBps")))));
    return p;
}

} // namespace

PolicyProposalsModel::PolicyProposalsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("point"), QStringLiteral("org"), QStringLiteral("orgName"),
                       QStringLiteral("policy"), QStringLiteral("current"), QStringLiteral("status"),
                       QStringLiteral("proposedBy"), QStringLiteral("proposerName"), QStringLiteral("decidedBy"),
                       QStringLiteral("reason"), QStringLiteral("createdAt"), QStringLiteral("decidedAt"),
                       QStringLiteral("spreadPercent"), QStringLiteral("feePercent"), QStringLiteral("coveragePercent")},
                      parent)
{
    m_poll.setInterval(15'000);
    connect(&m_poll, &QTimer::timeout, this, &PolicyProposalsModel::reload);
}

void PolicyProposalsModel::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    setRows({});
    emit filterChanged();
    if (context())
        reload();
}

void PolicyProposalsModel::setAdmin(bool admin)
{
    if (admin == m_admin)
        return;
    m_admin = admin;
    emit filterChanged();
    if (context()) {
        admin ? m_poll.start() : m_poll.stop();
        reload();
    }
}

void PolicyProposalsModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit filterChanged();
    if (context())
        reload();
}

void PolicyProposalsModel::onAttached()
{
    if (m_admin)
        m_poll.start();
    events()->on(Topic::BridgeChanged, this, [this](const ServerEvent &e) {
        if (e.params.value(QStringLiteral("kind")).toString() == QLatin1String("policy"))
            reload();
    });
    events()->onResync(this, [this] { reload(); });
}

void PolicyProposalsModel::reload()
{
    if (!ready())
        return;
    QJsonObject params;
    if (!m_orgId.isEmpty())
        params.insert(QStringLiteral("orgId"), m_orgId);
    if (!m_status.isEmpty())
        params.insert(QStringLiteral("status"), m_status);
    request(QStringLiteral("bridge.policies"), params, [this, params](const QJsonObject &result) {
        if (params.value(QStringLiteral("orgId")).toString() != m_orgId)
            return;
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("proposals")).toArray())
            rows.append(proposalRow(v.toObject()));
        setRows(rows);
    });
}

void PolicyProposalsModel::propose(const QString &point, const QVariantMap &form, int pointDecimals)
{
    QString bad;
    const auto policy = bridge::policyFromForm(form, pointDecimals, &bad);
    if (!policy) {
        emit proposeFailed(BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_params"), bad),
                                                  BridgeErrors::Action::ProposePolicy));
        return;
    }
    const QJsonObject params{{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("point"), point}, {QStringLiteral("policy"), *policy}};
    requestQuietly(QStringLiteral("bridge.proposePolicy"), params, [this](const QJsonObject &result) {
        const QJsonObject proposal = proposalRow(result.value(QStringLiteral("proposal")).toObject());
        emit proposed(proposal.toVariantMap());
        reload();
    }, [this](const RpcReply &reply) { emit proposeFailed(BridgeErrors::describe(reply, BridgeErrors::Action::ProposePolicy)); });
}

void PolicyProposalsModel::approve(const QString &proposalId)
{
    requestQuietly(QStringLiteral("bridge.approvePolicy"), {{QStringLiteral("proposalId"), proposalId}},
                   [this](const QJsonObject &result) {
                       const QJsonObject proposal = proposalRow(result.value(QStringLiteral("proposal")).toObject());
                       replaceRow(proposal);
                       emit decided(QStringLiteral("approve"), proposal.toVariantMap());
                   },
                   [this](const RpcReply &reply) {
                       emit decideFailed(QStringLiteral("approve"), BridgeErrors::describe(reply, BridgeErrors::Action::ApprovePolicy));
                   });
}

void PolicyProposalsModel::reject(const QString &proposalId, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 500) {
        emit decideFailed(QStringLiteral("reject"),
                          BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_params"), QStringLiteral("reason")),
                                                 BridgeErrors::Action::RejectPolicy));
        return;
    }
    requestQuietly(QStringLiteral("bridge.rejectPolicy"),
                   {{QStringLiteral("proposalId"), proposalId}, {QStringLiteral("reason"), trimmed}},
                   [this](const QJsonObject &result) {
                       const QJsonObject proposal = proposalRow(result.value(QStringLiteral("proposal")).toObject());
                       replaceRow(proposal);
                       emit decided(QStringLiteral("reject"), proposal.toVariantMap());
                   },
                   [this](const RpcReply &reply) {
                       emit decideFailed(QStringLiteral("reject"), BridgeErrors::describe(reply, BridgeErrors::Action::RejectPolicy));
                   });
}

} // namespace azc
