// Votes, the tally when voting ends (a Merkle sum tree anyone can recompute,
// tally.h) and its record on chain.

#include "governance/governance_proposal.h"
#include "governance/tally.h"
#include "governance/tally_recorder.h"

#include "notify/notification_service.h"
#include "reserves/merkle_sum_tree.h"
#include "storage/database.h"
#include "storage/stored_amount.h"

#include <QJsonArray>

namespace azc::governance {

namespace {

// The outcome as the contract stores it.
int outcomeCode(const QString &outcome)
{
    return outcome == QLatin1String("passed") ? 1 : outcome == QLatin1String("rejected") ? 2 : 3;
}

} // namespace

Result<QJsonObject> GovernanceService::vote(const server::Caller &voter, const QString &proposalId, const QString &choiceText)
{
    auto choice = choiceFrom(choiceText);
    if (!choice)
        return fail("invalid_params", QStringLiteral("vote for, against or abstain"), {{QStringLiteral("field"), QStringLiteral("choice")}});
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    // The clock decides, not the tick: a vote after the end is refused even
    // if the proposal has not been closed yet, so close and vote never disagree.
    const qint64 now = s.clock.nowMs();
    if (p->status != QLatin1String("voting") || now >= p->votingEnds)
        return fail("voting_closed", p->status == QLatin1String("discussion") ? QStringLiteral("voting has not opened yet")
                                                                               : QStringLiteral("voting on this proposal is over"));
    auto weight = s.db.scalar(QStringLiteral("SELECT weight FROM gov_snapshots WHERE proposal_id = ? AND user_id = ?"),
                              {proposalId, voter.userId});
    if (!weight)
        return weight.error();
    if (!weight->isValid())
        return fail("no_voting_power", QStringLiteral("you had no AZC staked when voting opened"));
    auto q = s.db.exec(QStringLiteral("INSERT INTO gov_votes (proposal_id, user_id, choice, weight, updated_at) VALUES (?,?,?,?,?)"
                                      " ON CONFLICT (proposal_id, user_id) DO UPDATE SET choice = excluded.choice,"
                                      " updated_at = excluded.updated_at"),
                       {proposalId, voter.userId, choiceName(*choice), weight->toString(), now});
    if (!q)
        return q.error();
    changed(proposalId);
    auto d = decimals();
    return QJsonObject{{QStringLiteral("proposalId"), proposalId},
                       {QStringLiteral("choice"), choiceName(*choice)},
                       {QStringLiteral("weight"), storage::storedAmount(*weight).toString((d ? *d : 0))}};
}

Status GovernanceService::importVote(const QString &userId, const QString &proposalId, const QString &choiceText)
{
    auto choice = choiceFrom(choiceText);
    auto weight = s.db.scalar(QStringLiteral("SELECT weight FROM gov_snapshots WHERE proposal_id = ? AND user_id = ?"), {proposalId, userId});
    if (!choice || !weight || !weight->isValid())
        return fail("no_voting_power", QStringLiteral("no snapshot weight"));
    auto q = s.db.exec(QStringLiteral("INSERT INTO gov_votes (proposal_id, user_id, choice, weight, updated_at) VALUES (?,?,?,?,?)"),
                       {proposalId, userId, choiceName(*choice), weight->toString(), s.clock.nowMs()});
    return q ? okStatus() : Status(q.error());
}

Result<QJsonObject> GovernanceService::votingPower(const server::Caller &caller, const QString &proposalId)
{
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    auto d = decimals();
    if (!d)
        return d.error();
    auto weight = s.db.scalar(QStringLiteral("SELECT weight FROM gov_snapshots WHERE proposal_id = ? AND user_id = ?"),
                              {proposalId, caller.userId});
    if (!weight)
        return weight.error();
    return QJsonObject{{QStringLiteral("proposalId"), proposalId},
                       {QStringLiteral("snapshotTaken"), p->status != QLatin1String("discussion")},
                       {QStringLiteral("weight"), storage::storedAmount(*weight).toString(*d)},
                       {QStringLiteral("asset"), m_config.asset}};
}

namespace {

// The published leaves: every vote with its weight and the voter's hash (userHash(userId, nonce)).
QList<VoteLeaf> leavesOf(Result<QSqlQuery> &q)
{
    QList<VoteLeaf> leaves;
    while (q->next())
        leaves.append({reserves::userHash(q->value(0).toString(), q->value(1).toString()),
                       choiceFrom(q->value(2).toString()).value_or(Choice::Abstain), storage::storedAmount(q->value(3))});
    return leaves;
}

const char *kLeavesSql = "SELECT v.user_id, s.nonce, v.choice, v.weight FROM gov_votes v JOIN gov_snapshots s"
                         " ON s.proposal_id = v.proposal_id AND s.user_id = v.user_id WHERE v.proposal_id = ?";

} // namespace

Status GovernanceService::closeVoting(Proposal p)
{
    auto q = s.db.exec(QLatin1String(kLeavesSql), {p.id});
    if (!q)
        return q.error();
    const QList<VoteLeaf> leaves = leavesOf(q);
    auto tree = buildTree(leaves);
    if (!tree)
        return tree.error();
    const Totals totals = totalsOf(leaves);
    p.forWeight = totals.forWeight;
    p.againstWeight = totals.againstWeight;
    p.abstainWeight = totals.abstainWeight;
    p.root = tree->root().hash;
    p.outcome = outcomeName(decide(totals, p.snapshotTotal, p.quorumBps, p.thresholdBps));
    if (p.outcome == QLatin1String("passed")) {
        p.status = p.action.isEmpty() ? QStringLiteral("passed") : QStringLiteral("queued");
        // The timelock counts from the close: a server that was down at the
        // end still gives holders the whole timelock (history keeps its dates).
        p.executableAt = (p.imported ? p.votingEnds : std::max(p.votingEnds, s.clock.nowMs())) + p.timelockMs;
    } else {
        p.status = QStringLiteral("rejected");
    }
    p.chainStatus = m_recorder ? QStringLiteral("pending") : QStringLiteral("off");
    p.updatedAt = s.clock.nowMs();
    if (auto st = saveStatus(p); !st)
        return st;
    const QString result = p.outcome == QLatin1String("passed")
                                   ? (p.action.isEmpty() ? QStringLiteral("passed") : QStringLiteral("passed; it runs after the timelock"))
                                   : p.outcome == QLatin1String("no_quorum") ? QStringLiteral("did not reach the quorum")
                                                                             : QStringLiteral("was rejected");
    announce(QStringLiteral("Proposal #%1 %2. Tally root %3.").arg(p.seq).arg(result, p.root.left(16)));
    QStringList voterIds; // read first: notifying writes, and PostgreSQL drops an open result set then
    if (auto voters = s.db.exec(QStringLiteral("SELECT user_id FROM gov_votes WHERE proposal_id = ?"), {p.id}))
        while (voters->next())
            voterIds.append(voters->value(0).toString());
    for (const QString &voter : std::as_const(voterIds))
        s.notifications.queue(voter, QStringLiteral("governance.closed"), QStringLiteral("Proposal #%1 %2").arg(p.seq).arg(result), p.title,
                              {{QStringLiteral("proposalId"), p.id}});
    changed(p.id);
    if (m_recorder)
        recordOnChain(p.id);
    return okStatus();
}

Result<QJsonObject> GovernanceService::tally(const QString &proposalId)
{
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    if (p->root.isEmpty())
        return fail("invalid_state", QStringLiteral("the tally is published when voting ends"));
    auto d = decimals();
    if (!d)
        return d.error();
    auto q = s.db.exec(QLatin1String(kLeavesSql), {p->id});
    if (!q)
        return q.error();
    PublishedTally t;
    t.proposalId = p->id;
    t.root = p->root;
    t.totals = {p->forWeight, p->againstWeight, p->abstainWeight};
    t.leaves = leavesOf(q);
    QJsonObject out = toJson(t, *d);
    out.insert(QStringLiteral("decimals"), *d);
    out.insert(QStringLiteral("asset"), m_config.asset);
    out.insert(QStringLiteral("chain"), QJsonObject{{QStringLiteral("status"), p->chainStatus},
                                                    {QStringLiteral("txHash"), p->chainTx},
                                                    {QStringLiteral("contract"), m_recorder ? m_recorder->contractAddress() : QString()},
                                                    {QStringLiteral("recorder"), m_recorder ? m_recorder->recorderAddress() : QString()}});
    return QJsonObject{{QStringLiteral("tally"), out}};
}

Result<QJsonObject> GovernanceService::myVote(const server::Caller &voter, const QString &proposalId)
{
    auto d = decimals();
    if (!d)
        return d.error();
    auto q = s.db.exec(QStringLiteral("SELECT s.nonce, s.weight, v.choice FROM gov_snapshots s JOIN gov_votes v"
                                      " ON v.proposal_id = s.proposal_id AND v.user_id = s.user_id WHERE s.proposal_id = ? AND s.user_id = ?"),
                       {proposalId, voter.userId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("you did not vote on this proposal"));
    // The nonce is the voter's secret: with it (and their user id) they find their leaf.
    return QJsonObject{{QStringLiteral("proposalId"), proposalId},
                       {QStringLiteral("userId"), voter.userId},
                       {QStringLiteral("nonce"), q->value(0).toString()},
                       {QStringLiteral("weight"), storage::storedAmount(q->value(1)).toString(*d)},
                       {QStringLiteral("choice"), q->value(2).toString()}};
}

// ---------------------------------------------------------------- on chain

void GovernanceService::setRecorder(TallyRecorder *recorder)
{
    m_recorder = recorder;
    if (!m_recorder)
        return;
    m_recorder->onFinal([this](const QString &proposalId, const QString &txHash, bool confirmed) {
        auto p = proposal(proposalId);
        if (!p)
            return;
        p->chainTx = txHash;
        p->chainStatus = confirmed ? QStringLiteral("confirmed") : QStringLiteral("failed");
        if (saveStatus(*p))
            changed(proposalId);
    });
}

void GovernanceService::recordOnChain(const QString &proposalId)
{
    auto p = proposal(proposalId);
    if (!p || !m_recorder || p->chainStatus != QLatin1String("pending"))
        return;
    RecordedResult r{p->root, outcomeCode(p->outcome), p->forWeight, p->againstWeight, p->abstainWeight, 0};
    const qint64 now = s.clock.nowMs();
    Backoff &b = m_recordBackoff[proposalId];
    if (now < b.nextAt)
        return;
    m_recorder->record(proposalId, r, [this, proposalId](Result<QString> hash) {
        if (!hash) {
            // Stays 'pending' and is sent again later (the same transaction, if it was signed):
            // 5 s, doubling to ten minutes, so a hot wallet without gas is not asked every second.
            Backoff &retry = m_recordBackoff[proposalId];
            retry.delayMs = std::min<qint64>(retry.delayMs ? retry.delayMs * 2 : 5000, 600'000);
            retry.nextAt = s.clock.nowMs() + retry.delayMs;
            return;
        }
        m_recordBackoff.remove(proposalId);
        auto latest = proposal(proposalId);
        if (!latest || latest->chainStatus != QLatin1String("pending"))
            return;
        latest->chainTx = *hash;
        latest->chainStatus = QStringLiteral("sent");
        if (saveStatus(*latest))
            changed(proposalId);
    });
}

void GovernanceService::chainRecord(const QString &proposalId, std::function<void(Result<QJsonObject>)> done)
{
    auto found = proposal(proposalId);
    if (!found)
        return done(found.error());
    if (!m_recorder)
        return done(fail("unavailable", QStringLiteral("results are not recorded on a chain here")));
    auto d = decimals();
    m_recorder->readBack(proposalId, [done, row = *found, d = (d ? *d : 0), this](Result<RecordedResult> r) {
        const Proposal &p = row;
        if (!r)
            return done(r.error());
        const bool matches = r->recordedAt != 0 && r->root == p.root && r->forWeight == p.forWeight && r->againstWeight == p.againstWeight
                             && r->abstainWeight == p.abstainWeight && r->outcome == outcomeCode(p.outcome);
        done(QJsonObject{{QStringLiteral("proposalId"), p.id},
                         {QStringLiteral("recorded"), r->recordedAt != 0},
                         {QStringLiteral("root"), r->root},
                         {QStringLiteral("outcome"), r->outcome == 1 ? QStringLiteral("passed") : r->outcome == 2 ? QStringLiteral("rejected")
                                                   : r->outcome == 3 ? QStringLiteral("no_quorum") : QString()},
                         {QStringLiteral("totals"), QJsonObject{{QStringLiteral("for"), r->forWeight.toString(d)},
                                                                {QStringLiteral("against"), r->againstWeight.toString(d)},
                                                                {QStringLiteral("abstain"), r->abstainWeight.toString(d)}}},
                         {QStringLiteral("recordedAt"), r->recordedAt},
                         {QStringLiteral("matchesPublished"), matches},
                         {QStringLiteral("txHash"), p.chainTx},
                         {QStringLiteral("contract"), m_recorder->contractAddress()},
                         {QStringLiteral("recorder"), m_recorder->recorderAddress()}});
    });
}

} // namespace azc::governance
