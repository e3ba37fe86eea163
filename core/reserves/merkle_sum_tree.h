#pragma once
// core/reserves owns proof of reserves: Merkle sum trees over what the
// platform owes its users (this file, pure code) and the published snapshots
// with the leaves needed to rebuild any user's proof later
// (reserves_service.h). The hashing is exactly docs/protocol.md, "Proof of
// reserves"; the desktop app runs verifyInclusion() on proofs fetched from
// the server, so nothing in a proof is trusted.

#include "common/amount.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace azc::reserves {

// A node of the tree: lower-case hex SHA-256 and the sum of the units below it.
struct SumNode
{
    QString hash;
    Amount sum;

    friend bool operator==(const SumNode &, const SumNode &) = default;
};

// SHA-256(userId ":" nonce), hex.
QString userHash(const QString &userId, const QString &nonce);
// SHA-256("leaf" userHash ":" sum)
SumNode leafNode(const QString &userHash, Amount sum);
// SHA-256("node" left.hash ":" left.sum ":" right.hash ":" right.sum); nullopt
// when the sum does not fit in 128 bits.
std::optional<SumNode> parentNode(const SumNode &left, const SumNode &right);
// What an odd node at a level is paired with: 64 zeros, sum 0.
SumNode emptyNode();

enum class Side {
    Left,
    Right
};

// One step up from a leaf: the sibling, and on which side of us it sits.
struct ProofStep
{
    Side side;
    SumNode sibling;

    friend bool operator==(const ProofStep &, const ProofStep &) = default;
};

class MerkleSumTree
{
public:
    struct Leaf
    {
        QString userHash;
        Amount sum;
    };

    // Sorts the leaves by userHash. Refuses a negative sum ("invalid_state")
    // and totals beyond 128 bits ("overflow"). A single leaf is its own root;
    // no leaves give the empty node as root.
    static Result<MerkleSumTree> build(QList<Leaf> leaves);

    const QList<Leaf> &leaves() const { return m_leaves; }
    int size() const { return int(m_leaves.size()); }
    SumNode root() const;
    int indexOf(const QString &userHash) const; // -1 when absent
    QList<ProofStep> path(int leafIndex) const; // leaf to root

private:
    QList<Leaf> m_leaves;           // sorted
    QList<QList<SumNode>> m_levels; // [0] = leaf nodes, last = { root }
};

// The protocol's InclusionProof object. Amounts travel as decimal strings at
// `decimals` (balance, every path sum, total), like every other amount.
struct InclusionProof
{
    QString snapshotId;
    QString asset;
    int decimals = 0;
    QString userHash;
    QString nonce;
    Amount balance;
    int leafIndex = 0;
    int leaves = 0;
    QList<ProofStep> path;
    QString root;
    Amount total;

    QJsonObject toJson() const;
    // Shape only (types, hex lengths, exact amounts): "proof_malformed".
    // Whether the proof holds is verifyInclusion's business.
    static Result<InclusionProof> fromJson(const QJsonObject &json);
};

// Recomputes everything from userId and the proof: the userHash, the leaf,
// the path (its length and sides must match leafIndex within `leaves`; a
// sibling that must be the empty node has to be it), every sum ≥ 0 without
// overflow, and the root hash and total. Reasons: proof_malformed,
// proof_mismatch_user, proof_negative_sum, proof_overflow, proof_root_mismatch,
// proof_total_mismatch.
Status verifyInclusion(const InclusionProof &proof, const QString &userId);

} // namespace azc::reserves
