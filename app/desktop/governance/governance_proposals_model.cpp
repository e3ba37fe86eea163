#include "governance/governance_proposals_model.h"

#include "foundation/event_hub.h"

#include <QDateTime>

namespace azc {

GovernanceProposalsModel::GovernanceProposalsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("author"),
                       QStringLiteral("status"), QStringLiteral("outcome"), QStringLiteral("votingStartsAt"),
                       QStringLiteral("votingEndsAt"), QStringLiteral("executableAt"), QStringLiteral("executedAt"),
                       QStringLiteral("totals"), QStringLiteral("quorum"), QStringLiteral("snapshotTotal"), QStringLiteral("myChoice"),
                       QStringLiteral("myWeight"), QStringLiteral("action"), QStringLiteral("chain"), QStringLiteral("failure")},
                      parent)
{
}

void GovernanceProposalsModel::onAttached()
{
    events()->on(Topic::GovernanceChanged, this, [this](const ServerEvent &) { reload(); });
    events()->onResync(this, [this] { reload(); });
}

void GovernanceProposalsModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    reload();
}

void GovernanceProposalsModel::reload()
{
    QJsonObject params{{QStringLiteral("limit"), 100}};
    if (!m_filter.isEmpty())
        params.insert(QStringLiteral("status"), m_filter);
    const int generation = ++m_generation;
    request(QStringLiteral("governance.proposals"), params, [this, generation](const QJsonObject &result) {
        if (generation != m_generation)
            return;
        m_offsetMs = result.value(QStringLiteral("now")).toInteger() - QDateTime::currentMSecsSinceEpoch();
        setRowsFrom(result.value(QStringLiteral("proposals")));
    });
}

} // namespace azc
