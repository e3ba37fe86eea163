#include "governance/tally.h"

#include "crypto/digest.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace azc::governance {

namespace {

using reserves::MerkleSumTree;
using reserves::SumNode;

bool isLowerHex(const QString &text, int length)
{
    return text.size() == length && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                       || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

Error mismatch(const QString &what)
{
    return fail("tally_mismatch", QStringLiteral("the tally does not add up: %1").arg(what));
}

Error notCounted(const QString &what)
{
    return fail("vote_not_counted", what);
}

Error malformed(const QString &what)
{
    return fail("tally_malformed", QStringLiteral("the tally is malformed: %1").arg(what));
}

// Per-choice sums; each is at most the tree's total, which build() has checked fits.
std::optional<Totals> sumPerChoice(const QList<VoteLeaf> &leaves)
{
    Totals t;
    for (const VoteLeaf &leaf : leaves) {
        Amount &slot = leaf.choice == Choice::For ? t.forWeight
                : leaf.choice == Choice::Against  ? t.againstWeight
                                                  : t.abstainWeight;
        const auto sum = slot.checkedAdd(leaf.weight);
        if (!sum)
            return std::nullopt;
        slot = *sum;
    }
    return t;
}

// The tree the published leaves give, when its root and the totals per choice
// are exactly the published ones.
Result<MerkleSumTree> verifiedTree(const PublishedTally &tally)
{
    auto tree = buildTree(tally.leaves);
    if (!tree)
        return mismatch(
                QStringLiteral("the leaves do not make a tree (%1)").arg(tree.error().message));
    if (tree->root().hash != tally.root)
        return mismatch(QStringLiteral("the leaves give another root than the published one"));
    const auto totals = sumPerChoice(tally.leaves);
    if (!totals)
        return mismatch(QStringLiteral("a total does not fit in 128 bits"));
    if (totals->forWeight != tally.totals.forWeight)
        return mismatch(QStringLiteral("the leaves give another \"for\" total"));
    if (totals->againstWeight != tally.totals.againstWeight)
        return mismatch(QStringLiteral("the leaves give another \"against\" total"));
    if (totals->abstainWeight != tally.totals.abstainWeight)
        return mismatch(QStringLiteral("the leaves give another \"abstain\" total"));
    return tree;
}

Result<Amount> jsonAmount(const QJsonObject &o, const QString &key, int decimals)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return malformed(QStringLiteral("%1 is not a decimal string").arg(key));
    auto a = Amount::parse(v.toString(), decimals);
    if (!a)
        return malformed(QStringLiteral("%1: %2").arg(key, a.error().message));
    if (a->isNegative())
        return malformed(QStringLiteral("%1 is negative").arg(key));
    return a.value();
}

} // namespace

QString choiceName(Choice choice)
{
    switch (choice) {
    case Choice::For: return QStringLiteral("for");
    case Choice::Against: return QStringLiteral("against");
    case Choice::Abstain: return QStringLiteral("abstain");
    }
    return {};
}

std::optional<Choice> choiceFrom(QStringView name)
{
    for (Choice c : {Choice::For, Choice::Against, Choice::Abstain})
        if (name == choiceName(c))
            return c;
    return std::nullopt;
}

QString leafKey(const VoteLeaf &leaf)
{
    const QString material =
            QStringLiteral("vote:") + leaf.voterHash + QLatin1Char(':') + choiceName(leaf.choice);
    return QString::fromLatin1(crypto::sha256Hex(material.toUtf8()));
}

Amount Totals::total() const
{
    const auto sum = forWeight.checkedAdd(againstWeight);
    const auto all = sum ? sum->checkedAdd(abstainWeight) : std::nullopt;
    return all.value_or(Amount::max());
}

Result<MerkleSumTree> buildTree(const QList<VoteLeaf> &leaves)
{
    QSet<QString> voters;
    QList<MerkleSumTree::Leaf> nodes;
    nodes.reserve(leaves.size());
    for (const VoteLeaf &leaf : leaves) {
        if (!isLowerHex(leaf.voterHash, 64))
            return fail("invalid_params",
                        QStringLiteral("a voterHash is not 64 lower-case hex characters"));
        // The key differs per choice, so the tree alone would take two votes of one voter.
        if (voters.contains(leaf.voterHash))
            return fail("invalid_params", QStringLiteral("a voter appears twice"));
        voters.insert(leaf.voterHash);
        nodes.append({leafKey(leaf), leaf.weight});
    }
    return MerkleSumTree::build(std::move(nodes));
}

Status verifyPublished(const PublishedTally &tally)
{
    auto tree = verifiedTree(tally);
    if (!tree)
        return tree.error();
    return okStatus();
}

Status verifyMyVote(const PublishedTally &tally, const QString &userId, const QString &nonce,
                    Choice expectedChoice, Amount expectedWeight)
{
    const QString voter = reserves::userHash(userId, nonce);
    const auto mine = std::find_if(tally.leaves.begin(), tally.leaves.end(),
                                   [&](const VoteLeaf &leaf) { return leaf.voterHash == voter; });
    if (mine == tally.leaves.end())
        return notCounted(QStringLiteral("your vote is not in this tally"));
    if (mine->choice != expectedChoice)
        return notCounted(QStringLiteral("your vote is counted as \"%1\", not \"%2\"")
                                  .arg(choiceName(mine->choice), choiceName(expectedChoice)));
    if (mine->weight != expectedWeight)
        return notCounted(QStringLiteral("your vote is counted with another weight"));

    auto tree = verifiedTree(tally);
    if (!tree)
        return tree.error();
    // Walk up from our own leaf with the reserves' hashing, as a proof fetched
    // from the server would be walked.
    const QString key = leafKey(*mine);
    SumNode node = reserves::leafNode(key, mine->weight);
    for (const reserves::ProofStep &step : tree->path(tree->indexOf(key))) {
        const auto up = step.side == reserves::Side::Left
                ? reserves::parentNode(step.sibling, node)
                : reserves::parentNode(node, step.sibling);
        if (!up)
            return mismatch(QStringLiteral("the sums overflow on the way to the root"));
        node = *up;
    }
    if (node.hash != tally.root || node.sum != tally.totals.total())
        return mismatch(
                QStringLiteral("the path from your vote does not reach the published root"));
    return okStatus();
}

QJsonObject toJson(const PublishedTally &tally, int decimals)
{
    QJsonArray leaves;
    for (const VoteLeaf &leaf : tally.leaves)
        leaves.append(QJsonObject{{QStringLiteral("voterHash"), leaf.voterHash},
                                  {QStringLiteral("choice"), choiceName(leaf.choice)},
                                  {QStringLiteral("weight"), leaf.weight.toString(decimals)}});
    const QJsonObject totals{
            {QStringLiteral("for"), tally.totals.forWeight.toString(decimals)},
            {QStringLiteral("against"), tally.totals.againstWeight.toString(decimals)},
            {QStringLiteral("abstain"), tally.totals.abstainWeight.toString(decimals)}};
    return {{QStringLiteral("proposalId"), tally.proposalId},
            {QStringLiteral("root"), tally.root},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("leaves"), leaves}};
}

Result<PublishedTally> tallyFromJson(const QJsonObject &json, int decimals)
{
    if (decimals < 0 || decimals > Amount::kMaxDecimals)
        return fail("invalid_decimals", QStringLiteral("decimals must be 0 to 18"));
    PublishedTally t;
    const QJsonValue id = json.value(QStringLiteral("proposalId"));
    if (!id.isString() || id.toString().isEmpty())
        return malformed(QStringLiteral("proposalId is not a string"));
    t.proposalId = id.toString();
    t.root = json.value(QStringLiteral("root")).toString();
    if (!isLowerHex(t.root, 64))
        return malformed(QStringLiteral("root is not 64 lower-case hex characters"));

    const QJsonValue totals = json.value(QStringLiteral("totals"));
    if (!totals.isObject())
        return malformed(QStringLiteral("totals is not an object"));
    Amount *const fields[] = {&t.totals.forWeight, &t.totals.againstWeight,
                              &t.totals.abstainWeight};
    for (Choice c : {Choice::For, Choice::Against, Choice::Abstain}) {
        auto a = jsonAmount(totals.toObject(), choiceName(c), decimals);
        if (!a)
            return a.error();
        *fields[int(c)] = a.value();
    }

    const QJsonValue leaves = json.value(QStringLiteral("leaves"));
    if (!leaves.isArray())
        return malformed(QStringLiteral("leaves is not an array"));
    for (const QJsonValue &v : leaves.toArray()) {
        if (!v.isObject())
            return malformed(QStringLiteral("a leaf is not an object"));
        const QJsonObject o = v.toObject();
        VoteLeaf leaf;
        leaf.voterHash = o.value(QStringLiteral("voterHash")).toString();
        if (!isLowerHex(leaf.voterHash, 64))
            return malformed(QStringLiteral("a voterHash is not 64 lower-case hex characters"));
        const auto choice = choiceFrom(o.value(QStringLiteral("choice")).toString());
        if (!choice)
            return malformed(QStringLiteral("a leaf's choice is not for, against or abstain"));
        leaf.choice = *choice;
        auto weight = jsonAmount(o, QStringLiteral("weight"), decimals);
        if (!weight)
            return weight.error();
        leaf.weight = weight.value();
        t.leaves.append(leaf);
    }
    return t;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed: return QStringLiteral("passed");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::NoQuorum: return QStringLiteral("no_quorum");
    }
    return {};
}

Amount quorumOf(Amount snapshotTotal, int quorumBps)
{
    return snapshotTotal.mulDiv(quorumBps, 10000, Rounding::Ceiling).value_or(Amount::max());
}

Outcome decide(const Totals &totals, Amount snapshotTotal, int quorumBps, int thresholdBps)
{
    const Amount cast = totals.total();
    if (cast.isZero() || cast < quorumOf(snapshotTotal, quorumBps))
        return Outcome::NoQuorum;
    const auto decided = totals.forWeight.checkedAdd(totals.againstWeight);
    if (!decided || decided->isZero())
        return Outcome::Rejected;
    // for / decided > threshold / 10000  ⟺  ceil(for × 10000 / decided) > threshold (the threshold is whole)
    const auto share = totals.forWeight.mulDiv(10000, decided->units(), Rounding::Ceiling);
    return share && share->units() > thresholdBps ? Outcome::Passed : Outcome::Rejected;
}

Totals totalsOf(const QList<VoteLeaf> &leaves)
{
    Totals t;
    for (const VoteLeaf &l : leaves) {
        Amount &into = l.choice == Choice::For ? t.forWeight : l.choice == Choice::Against ? t.againstWeight : t.abstainWeight;
        into = into.checkedAdd(l.weight).value_or(Amount::max());
    }
    return t;
}

} // namespace azc::governance
