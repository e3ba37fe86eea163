#pragma once
// One proposal (governance.proposal), live from event.governance.changed:
// vote (the caller's weight is the snapshot's), cancel, join the discussion,
// and "verify my vote": the published tally and the caller's own vote
// (governance.tally, governance.myVote) are checked here, on this computer,
// with governance::verifyPublished / verifyMyVote — the leaves rebuild the
// published root and totals, and the caller's leaf (from their user id and
// private nonce) is in it with the choice and weight they cast — and the
// root is compared with what the chain holds (governance.chainRecord).
// Nothing the server sends is trusted.

#include "foundation/remote_object.h"

#include <QVariantMap>

namespace azc {

class GovernanceProposal : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString proposalId READ proposalId WRITE setProposalId NOTIFY proposalIdChanged)
    Q_PROPERTY(QVariantMap proposal READ proposal NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool canVote READ canVote NOTIFY changed)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY changed)
    Q_PROPERTY(qint64 serverOffsetMs READ serverOffsetMs NOTIFY changed)
    Q_PROPERTY(Verdict verdict READ verdict NOTIFY verdictChanged)
    Q_PROPERTY(QString verdictText READ verdictText NOTIFY verdictChanged)
    Q_PROPERTY(QVariantMap chainRecord READ chainRecord NOTIFY verdictChanged)
public:
    enum Verdict { None, Checking, Verified, Failed };
    Q_ENUM(Verdict)

    explicit GovernanceProposal(QObject *parent = nullptr);

    QString proposalId() const { return m_id; }
    void setProposalId(const QString &id);
    QVariantMap proposal() const { return m_proposal.toVariantMap(); }
    bool loaded() const { return !m_proposal.isEmpty(); }
    bool canVote() const;
    bool canCancel() const;
    qint64 serverOffsetMs() const { return m_offsetMs; }
    Verdict verdict() const { return m_verdict; }
    QString verdictText() const { return m_verdictText; }
    QVariantMap chainRecord() const { return m_chain.toVariantMap(); }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void vote(const QString &choice);
    Q_INVOKABLE void cancel();
    // Makes the caller a member of the discussion; `discussionReady` carries it.
    Q_INVOKABLE void joinDiscussion();
    Q_INVOKABLE void verifyMyVote();

    // The whole check without the network: the tally (governance.tally's
    // `tally`) against the proposal's published root, and the caller's vote
    // (governance.myVote) in it. Empty when it holds, else why not.
    static QString check(const QJsonObject &tally, const QString &publishedRoot, const QJsonObject &myVote);

signals:
    void proposalIdChanged();
    void changed();
    void verdictChanged();
    void voted(const QString &choice, const QString &weight);
    void discussionReady(const QString &conversationId);
    void failed(const QString &message);

protected:
    void onAttached() override;

private:
    void setVerdict(Verdict verdict, const QString &text);
    void readChain(const QString &tallyRoot);

    QString m_id;
    QJsonObject m_proposal;
    qint64 m_offsetMs = 0;
    Verdict m_verdict = None;
    QString m_verdictText;
    QJsonObject m_chain;
};

} // namespace azc
