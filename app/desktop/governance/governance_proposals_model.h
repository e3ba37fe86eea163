#pragma once
// The DAO's proposals, newest first (governance.proposals), filtered by
// `filter`: "open" (discussion, voting, waiting for the timelock), "executed",
// "passed", "rejected", "failed", or "" for all. Live from
// event.governance.changed. Rows: itemId, number, title, author, status,
// outcome, votingStartsAt, votingEndsAt, executableAt, executedAt, totals
// ({for, against, abstain}), quorum, snapshotTotal, myChoice, myWeight,
// action, chain, failure.

#include "foundation/remote_list_model.h"

namespace azc {

class GovernanceProposalsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    // The server's clock minus ours, for countdowns.
    Q_PROPERTY(qint64 serverOffsetMs READ serverOffsetMs NOTIFY countChanged)
public:
    explicit GovernanceProposalsModel(QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    qint64 serverOffsetMs() const { return m_offsetMs; }

    Q_INVOKABLE void reload() override;

signals:
    void filterChanged();

protected:
    void onAttached() override;

private:
    QString m_filter = QStringLiteral("open");
    qint64 m_offsetMs = 0;
    int m_generation = 0; // answers for an earlier filter are dropped
};

} // namespace azc
