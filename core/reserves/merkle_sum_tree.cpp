#include "reserves/merkle_sum_tree.h"

#include "crypto/digest.h"

#include <QJsonArray>

#include <algorithm>

namespace azc::reserves {

namespace {

const QString kEmptyHash(64, QLatin1Char('0'));
constexpr qint64 kMaxLeaves = qint64(1) << 30; // keeps every index and depth in an int

QString sha256Text(const QString &material)
{
    return QString::fromLatin1(crypto::sha256Hex(material.toUtf8()));
}

bool isLowerHex(const QString &text, int length)
{
    if (text.size() != length)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString sideName(Side side)
{
    return side == Side::Left ? QStringLiteral("left") : QStringLiteral("right");
}

Error malformed(const QString &what)
{
    return fail("proof_malformed", QStringLiteral("the proof is malformed: %1").arg(what));
}

// An exact integer from JSON, or -1. Only whole numbers in [0, 2^53] are
// taken; JSON numbers are doubles to most parsers, so larger ones are not exact.
qint64 jsonCount(const QJsonValue &v)
{
    if (!v.isDouble())
        return -1;
    const qint64 n = v.toInteger(-1);
    return n >= 0 && n <= (qint64(1) << 53) ? n : -1;
}

Result<Amount> jsonAmount(const QJsonObject &o, const QString &key, int decimals)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return malformed(QStringLiteral("%1 is not a decimal string").arg(key));
    auto a = Amount::parse(v.toString(), decimals);
    if (!a)
        return malformed(QStringLiteral("%1: %2").arg(key, a.error().message));
    return a.value();
}

Result<QString> jsonHex(const QJsonObject &o, const QString &key, int length)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || !isLowerHex(v.toString(), length))
        return malformed(
                QStringLiteral("%1 is not %2 lower-case hex characters").arg(key).arg(length));
    return v.toString();
}

} // namespace

QString userHash(const QString &userId, const QString &nonce)
{
    return sha256Text(userId + QLatin1Char(':') + nonce);
}

SumNode leafNode(const QString &userHashText, Amount sum)
{
    return {sha256Text(QStringLiteral("leaf") + userHashText + QLatin1Char(':') + sum.unitsText()),
            sum};
}

std::optional<SumNode> parentNode(const SumNode &left, const SumNode &right)
{
    const auto sum = left.sum.checkedAdd(right.sum);
    if (!sum)
        return std::nullopt;
    const QString material = QStringLiteral("node") + left.hash + QLatin1Char(':')
            + left.sum.unitsText() + QLatin1Char(':') + right.hash + QLatin1Char(':')
            + right.sum.unitsText();
    return SumNode{sha256Text(material), *sum};
}

SumNode emptyNode()
{
    return {kEmptyHash, Amount()};
}

Result<MerkleSumTree> MerkleSumTree::build(QList<Leaf> leaves)
{
    if (leaves.size() > kMaxLeaves)
        return fail("invalid_state", QStringLiteral("too many leaves for one tree"));
    for (const Leaf &leaf : leaves)
        if (leaf.sum.isNegative())
            return fail("invalid_state", QStringLiteral("a leaf of a sum tree cannot be negative"));
    std::sort(leaves.begin(), leaves.end(),
              [](const Leaf &a, const Leaf &b) { return a.userHash < b.userHash; });

    MerkleSumTree tree;
    QList<SumNode> level;
    level.reserve(leaves.size());
    for (const Leaf &leaf : leaves)
        level.append(leafNode(leaf.userHash, leaf.sum));
    tree.m_leaves = std::move(leaves);
    tree.m_levels.append(level);
    while (level.size() > 1) {
        QList<SumNode> up;
        up.reserve((level.size() + 1) / 2);
        for (qsizetype i = 0; i < level.size(); i += 2) {
            const auto parent =
                    parentNode(level[i], i + 1 < level.size() ? level[i + 1] : emptyNode());
            if (!parent)
                return fail("overflow", QStringLiteral("the total does not fit in 128 bits"));
            up.append(*parent);
        }
        level = std::move(up);
        tree.m_levels.append(level);
    }
    return tree;
}

SumNode MerkleSumTree::root() const
{
    const QList<SumNode> &top = m_levels.constLast();
    return top.isEmpty() ? emptyNode() : top.constFirst();
}

int MerkleSumTree::indexOf(const QString &hash) const
{
    const auto it =
            std::lower_bound(m_leaves.begin(), m_leaves.end(), hash,
                             [](const Leaf &leaf, const QString &h) { return leaf.userHash < h; });
    return it != m_leaves.end() && it->userHash == hash ? int(it - m_leaves.begin()) : -1;
}

QList<ProofStep> MerkleSumTree::path(int leafIndex) const
{
    QList<ProofStep> out;
    if (leafIndex < 0 || leafIndex >= size())
        return out;
    qsizetype i = leafIndex;
    for (qsizetype k = 0; k + 1 < m_levels.size(); ++k, i /= 2) {
        const QList<SumNode> &level = m_levels[k];
        if (i % 2 == 1)
            out.append({Side::Left, level[i - 1]});
        else
            out.append({Side::Right, i + 1 < level.size() ? level[i + 1] : emptyNode()});
    }
    return out;
}

QJsonObject InclusionProof::toJson() const
{
    QJsonArray steps;
    for (const ProofStep &step : path)
        steps.append(QJsonObject{{QStringLiteral("side"), sideName(step.side)},
                                 {QStringLiteral("hash"), step.sibling.hash},
                                 {QStringLiteral("sum"), step.sibling.sum.toString(decimals)}});
    return {{QStringLiteral("snapshotId"), snapshotId},
            {QStringLiteral("asset"), asset},
            {QStringLiteral("decimals"), decimals},
            {QStringLiteral("userHash"), userHash},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("balance"), balance.toString(decimals)},
            {QStringLiteral("leafIndex"), leafIndex},
            {QStringLiteral("leaves"), leaves},
            {QStringLiteral("path"), steps},
            {QStringLiteral("root"), root},
            {QStringLiteral("total"), total.toString(decimals)}};
}

Result<InclusionProof> InclusionProof::fromJson(const QJsonObject &json)
{
    InclusionProof p;
    if (!json.value(QStringLiteral("snapshotId")).isString()
        || !json.value(QStringLiteral("asset")).isString())
        return malformed(QStringLiteral("snapshotId and asset must be strings"));
    p.snapshotId = json.value(QStringLiteral("snapshotId")).toString();
    p.asset = json.value(QStringLiteral("asset")).toString();

    const qint64 decimals = jsonCount(json.value(QStringLiteral("decimals")));
    if (decimals < 0 || decimals > Amount::kMaxDecimals)
        return malformed(QStringLiteral("decimals must be a whole number from 0 to 18"));
    p.decimals = int(decimals);
    const qint64 leaves = jsonCount(json.value(QStringLiteral("leaves")));
    const qint64 index = jsonCount(json.value(QStringLiteral("leafIndex")));
    if (leaves < 1 || leaves > kMaxLeaves || index < 0 || index >= leaves)
        return malformed(
                QStringLiteral("leafIndex and leaves must be whole numbers, leafIndex < leaves"));
    p.leaves = int(leaves);
    p.leafIndex = int(index);

    auto uh = jsonHex(json, QStringLiteral("userHash"), 64);
    if (!uh)
        return uh.error();
    p.userHash = uh.value();
    auto nonce = jsonHex(json, QStringLiteral("nonce"), 32);
    if (!nonce)
        return nonce.error();
    p.nonce = nonce.value();
    auto root = jsonHex(json, QStringLiteral("root"), 64);
    if (!root)
        return root.error();
    p.root = root.value();
    auto balance = jsonAmount(json, QStringLiteral("balance"), p.decimals);
    if (!balance)
        return balance.error();
    p.balance = balance.value();
    auto total = jsonAmount(json, QStringLiteral("total"), p.decimals);
    if (!total)
        return total.error();
    p.total = total.value();

    const QJsonValue pathValue = json.value(QStringLiteral("path"));
    if (!pathValue.isArray())
        return malformed(QStringLiteral("path is not an array"));
    const QJsonArray steps = pathValue.toArray();
    if (steps.size() > 64)
        return malformed(QStringLiteral("path is too long"));
    for (const QJsonValue &v : steps) {
        if (!v.isObject())
            return malformed(QStringLiteral("a path step is not an object"));
        const QJsonObject o = v.toObject();
        const QJsonValue side = o.value(QStringLiteral("side"));
        if (side != QJsonValue(QStringLiteral("left"))
            && side != QJsonValue(QStringLiteral("right")))
            return malformed(
                    QStringLiteral("a path step's side is neither \"left\" nor \"right\""));
        auto hash = jsonHex(o, QStringLiteral("hash"), 64);
        if (!hash)
            return hash.error();
        auto sum = jsonAmount(o, QStringLiteral("sum"), p.decimals);
        if (!sum)
            return sum.error();
        p.path.append({side.toString() == QLatin1String("left") ? Side::Left : Side::Right,
                       {hash.value(), sum.value()}});
    }
    return p;
}

Status verifyInclusion(const InclusionProof &proof, const QString &userId)
{
    // Shape first: a proof built by hand (not through fromJson) gets the same checks.
    if (!isLowerHex(proof.userHash, 64) || !isLowerHex(proof.nonce, 32)
        || !isLowerHex(proof.root, 64))
        return malformed(QStringLiteral(
                "userHash, nonce or root is not lower-case hex of the right length"));
    if (proof.leaves < 1 || proof.leaves > kMaxLeaves || proof.leafIndex < 0
        || proof.leafIndex >= proof.leaves)
        return malformed(QStringLiteral("leafIndex is outside the tree"));
    if (userHash(userId, proof.nonce) != proof.userHash)
        return fail("proof_mismatch_user", QStringLiteral("this proof is not about your account"));
    if (proof.balance.isNegative() || proof.total.isNegative())
        return fail("proof_negative_sum", QStringLiteral("the proof holds a negative amount"));

    // The sides must spell out leafIndex, and the path must be exactly as
    // long as the tree is deep; an odd last node's sibling is the empty node.
    qint64 index = proof.leafIndex;
    qint64 width = proof.leaves;
    SumNode node = leafNode(proof.userHash, proof.balance);
    qsizetype step = 0;
    for (; width > 1; ++step, index /= 2, width = (width + 1) / 2) {
        if (step >= proof.path.size())
            return malformed(QStringLiteral("the path is shorter than the tree is deep"));
        const ProofStep &s = proof.path[step];
        if (!isLowerHex(s.sibling.hash, 64))
            return malformed(QStringLiteral("a path hash is not 64 lower-case hex characters"));
        if (s.sibling.sum.isNegative())
            return fail("proof_negative_sum", QStringLiteral("the proof holds a negative sum"));
        const bool weAreLeft = index % 2 == 0;
        if ((s.side == Side::Right) != weAreLeft)
            return malformed(QStringLiteral("the path's sides do not match leafIndex"));
        const bool siblingMustBeEmpty = weAreLeft && index == width - 1;
        if (siblingMustBeEmpty != (s.sibling == emptyNode()))
            return malformed(QStringLiteral("the empty node is misplaced in the path"));
        const auto up = weAreLeft ? parentNode(node, s.sibling) : parentNode(s.sibling, node);
        if (!up)
            return fail("proof_overflow", QStringLiteral("the sums of the proof overflow"));
        node = *up;
    }
    if (step != proof.path.size())
        return malformed(QStringLiteral("the path is longer than the tree is deep"));
    if (node.hash != proof.root)
        return fail("proof_root_mismatch",
                    QStringLiteral("the proof does not lead to the published root"));
    if (node.sum != proof.total)
        return fail("proof_total_mismatch",
                    QStringLiteral("the proof's sums do not add up to the published total"));
    return okStatus();
}

} // namespace azc::reserves
