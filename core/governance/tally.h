#pragma once
// A proposal's published tally (pure code, shared with the desktop app): the
// votes as leaves of a Merkle sum tree (core/reserves), each leaf keyed by
// voter and choice and summing its weight, so anyone can recompute the root
// and the totals per choice from the published leaves, and a voter can check
// locally that their own vote is in it as cast. Nothing published is trusted.

#include "common/amount.h"
#include "common/result.h"
#include "reserves/merkle_sum_tree.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace azc::governance {

enum class Choice {
    For,
    Against,
    Abstain
};

QString choiceName(Choice choice); // "for", "against", "abstain"
std::optional<Choice> choiceFrom(QStringView name);

struct VoteLeaf
{
    QString voterHash; // reserves::userHash(userId, nonce): 64 lower-case hex
    Choice choice = Choice::Abstain;
    Amount weight; // >= 0

    friend bool operator==(const VoteLeaf &, const VoteLeaf &) = default;
};

// The leaf's key in the sum tree (its "userHash"): SHA-256 hex of "vote:" +
// voterHash + ":" + choiceName. The leaf node hashes key and weight, so it
// commits to voter, choice and weight together.
QString leafKey(const VoteLeaf &leaf);

struct Totals
{
    Amount forWeight, againstWeight, abstainWeight;
    // Saturates at Amount::max() (only totals that verifyPublished refuses can).
    Amount total() const;

    friend bool operator==(const Totals &, const Totals &) = default;
};

struct PublishedTally
{
    QString proposalId;
    QString root; // hex of the tree's root node
    Totals totals;
    QList<VoteLeaf> leaves;

    friend bool operator==(const PublishedTally &, const PublishedTally &) = default;
};

// Refuses a voterHash that is not 64 lower-case hex or appears twice
// ("invalid_params"), negative weights ("invalid_state") and totals beyond
// 128 bits ("overflow").
Result<reserves::MerkleSumTree> buildTree(const QList<VoteLeaf> &leaves);

// Anyone: rebuilds the tree from the published leaves and recomputes the
// totals per choice; ok only when the root and the totals are exactly the
// published ones ("tally_mismatch" otherwise, the message says which).
Status verifyPublished(const PublishedTally &tally);

// A voter: their leaf (voterHash from their userId and the private nonce the
// server gave them) is among the published leaves with the choice and weight
// they expect ("vote_not_counted" otherwise), the tally verifies
// (verifyPublished), and the path from their leaf leads to the published root
// and total ("tally_mismatch").
Status verifyMyVote(const PublishedTally &tally, const QString &userId, const QString &nonce,
                    Choice expectedChoice, Amount expectedWeight);

// {"proposalId", "root", "totals": {"for", "against", "abstain"},
//  "leaves": [{"voterHash", "choice", "weight"}]}, amounts as decimal strings
// at `decimals`. tallyFromJson checks the shape only ("tally_malformed");
// whether the tally holds is verifyPublished's business.
QJsonObject toJson(const PublishedTally &tally, int decimals);
Result<PublishedTally> tallyFromJson(const QJsonObject &json, int decimals);

// The result of a vote. Quorum: votes of any choice reach
// ceil(snapshotTotal × quorumBps / 10000) (and at least one was cast);
// approval: for × 10000 is strictly above thresholdBps × (for + against),
// so a tie at the threshold does not pass and abstentions count only for
// the quorum.
enum class Outcome { Passed, Rejected, NoQuorum };
QString outcomeName(Outcome outcome); // "passed", "rejected", "no_quorum"
Amount quorumOf(Amount snapshotTotal, int quorumBps);
Outcome decide(const Totals &totals, Amount snapshotTotal, int quorumBps, int thresholdBps);
// The totals per choice of a list of leaves (saturating like Totals::total()).
Totals totalsOf(const QList<VoteLeaf> &leaves);

} // namespace azc::governance
