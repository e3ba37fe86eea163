#pragma once
// One row of gov_proposals, shared by the service's files.

#include "common/amount.h"
#include "governance/governance_service.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace azc::governance {

struct GovernanceService::Proposal {
    QString id, authorId, title, body, status, conversationId, root, outcome, failure, chainTx, chainStatus;
    qint64 seq = 0, createdAt = 0, votingStarts = 0, votingEnds = 0, snapshotAt = 0, timelockMs = 0, executableAt = 0, executedAt = 0, updatedAt = 0;
    QJsonObject action; // empty: a proposal without action (a signal)
    int quorumBps = 0, thresholdBps = 0;
    bool imported = false; // demo history: its recorded dates stand
    Amount snapshotTotal, forWeight, againstWeight, abstainWeight;

    static const char *columns();
    static Proposal from(const QSqlQuery &q);
    QVariantList values() const; // in columns() order
};

} // namespace azc::governance
