// Merkle sum trees for proof of reserves: roots of small trees recomputed
// here from docs/protocol.md with Qt's own SHA-256, every leaf's proof
// verifies, and any edit of a proof — or a server hiding debt behind a
// negative sibling — is refused.

#include "reserves/merkle_sum_tree.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

using namespace azc;
using namespace azc::reserves;

namespace {

// The protocol's hashes, written out independently of the library.
QString sha(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}
const QString kZeros(64, QLatin1Char('0'));

struct Node
{
    QString hash;
    qint64 sum;
};

Node leaf(const QString &uh, qint64 sum)
{
    return {sha(QStringLiteral("leaf%1:%2").arg(uh).arg(sum)), sum};
}
Node node(const Node &l, const Node &r)
{
    return {sha(QStringLiteral("node%1:%2:%3:%4").arg(l.hash).arg(l.sum).arg(r.hash).arg(r.sum)),
            l.sum + r.sum};
}
const Node kEmpty{kZeros, 0};

struct User
{
    QString id;
    QString nonce;
    qint64 units;
    QString hash() const { return sha(id + QLatin1Char(':') + nonce); }
};

QList<User> makeUsers(int n)
{
    QList<User> users;
    for (int i = 0; i < n; ++i)
        users.append({QStringLiteral("user-%1").arg(i),
                      QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i),
                                                                   QCryptographicHash::Md5)
                                                  .toHex()),
                      qint64(i) * 1000003 % 99991 + 1});
    return users;
}

// The users sorted the way the tree sorts its leaves.
QList<User> sorted(QList<User> users)
{
    std::sort(users.begin(), users.end(),
              [](const User &a, const User &b) { return a.hash() < b.hash(); });
    return users;
}

MerkleSumTree buildTree(const QList<User> &users)
{
    QList<MerkleSumTree::Leaf> leaves;
    for (const User &u : users)
        leaves.append({userHash(u.id, u.nonce), Amount::fromUnits(u.units)});
    return MerkleSumTree::build(leaves).value();
}

InclusionProof proofFor(const MerkleSumTree &tree, const User &u, int decimals = 2)
{
    InclusionProof p;
    p.snapshotId = QStringLiteral("snap");
    p.asset = QStringLiteral("USDT");
    p.decimals = decimals;
    p.userHash = u.hash();
    p.nonce = u.nonce;
    p.leafIndex = tree.indexOf(p.userHash);
    p.balance = tree.leaves().at(p.leafIndex).sum;
    p.leaves = tree.size();
    p.path = tree.path(p.leafIndex);
    p.root = tree.root().hash;
    p.total = tree.root().sum;
    return p;
}

QString reasonOf(const Status &s)
{
    return s.ok() ? QStringLiteral("ok") : s.error().reason;
}

QString flipHex(const QString &hex)
{
    QString out = hex;
    out[5] = out[5] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    return out;
}

} // namespace

class TstMerkleSumTree : public QObject
{
    Q_OBJECT

    void checkRoot(const QList<User> &users, const Node &expected)
    {
        const MerkleSumTree tree = buildTree(users);
        QCOMPARE(tree.root().hash, expected.hash);
        QCOMPARE(tree.root().sum, Amount::fromUnits(expected.sum));
        for (const User &u : users)
            QCOMPARE(reasonOf(verifyInclusion(proofFor(tree, u), u.id)), QStringLiteral("ok"));
    }

private Q_SLOTS:
    void hashesAreTheProtocols()
    {
        QCOMPARE(userHash(QStringLiteral("alice"), QStringLiteral("00ff")),
                 sha(QStringLiteral("alice:00ff")));
        const QString uh = sha(QStringLiteral("x"));
        QCOMPARE(leafNode(uh, Amount::fromUnits(125)).hash, leaf(uh, 125).hash);
        QCOMPARE(emptyNode().hash, kZeros);
        QCOMPARE(emptyNode().sum, Amount());
        // Sums beyond 64 bits are hashed as their exact decimal text.
        const Amount big = Amount::fromUnits(Int128(1) << 100);
        QCOMPARE(leafNode(uh, big).hash,
                 sha(QStringLiteral("leaf") + uh
                     + QStringLiteral(":1267650600228229401496703205376")));
    }

    void emptyTree()
    {
        const auto tree = MerkleSumTree::build({});
        QVERIFY(tree.ok());
        QCOMPARE(tree->root().hash, kZeros);
        QCOMPARE(tree->root().sum, Amount());
        QCOMPARE(tree->indexOf(kZeros), -1);
        QVERIFY(tree->path(0).isEmpty());
    }

    void oneLeaf()
    {
        const auto users = makeUsers(1);
        checkRoot(users, leaf(users[0].hash(), users[0].units));
        QVERIFY(buildTree(users).path(0).isEmpty());
    }

    void twoLeaves()
    {
        const auto s = sorted(makeUsers(2));
        checkRoot(s, node(leaf(s[0].hash(), s[0].units), leaf(s[1].hash(), s[1].units)));
        const MerkleSumTree tree = buildTree(s);
        QCOMPARE(tree.path(0).size(), 1);
        QCOMPARE(tree.path(0)[0].side, Side::Right);
        QCOMPARE(tree.path(1)[0].side, Side::Left);
    }

    void threeLeaves()
    {
        const auto s = sorted(makeUsers(3));
        const Node l0 = leaf(s[0].hash(), s[0].units), l1 = leaf(s[1].hash(), s[1].units),
                   l2 = leaf(s[2].hash(), s[2].units);
        checkRoot(s, node(node(l0, l1), node(l2, kEmpty)));
        // The odd leaf's sibling is the empty node.
        const auto path = buildTree(s).path(2);
        QCOMPARE(path.size(), 2);
        QCOMPARE(path[0].side, Side::Right);
        QCOMPARE(path[0].sibling.hash, kZeros);
        QCOMPARE(path[1].side, Side::Left);
        QCOMPARE(path[1].sibling.hash, node(l0, l1).hash);
    }

    void fiveLeaves()
    {
        const auto s = sorted(makeUsers(5));
        QList<Node> l;
        for (const User &u : s)
            l.append(leaf(u.hash(), u.units));
        checkRoot(s,
                  node(node(node(l[0], l[1]), node(l[2], l[3])), node(node(l[4], kEmpty), kEmpty)));
    }

    void leavesAreSortedWhateverTheInputOrder()
    {
        auto users = makeUsers(7);
        const SumNode root = buildTree(users).root();
        std::reverse(users.begin(), users.end());
        QCOMPARE(buildTree(users).root(), root);
    }

    void thousandLeaves()
    {
        const auto users = makeUsers(1000);
        const MerkleSumTree tree = buildTree(users);
        qint64 total = 0;
        for (const User &u : users)
            total += u.units;
        QCOMPARE(tree.root().sum, Amount::fromUnits(total));
        for (const User &u : users) {
            const InclusionProof p = proofFor(tree, u);
            QCOMPARE(p.path.size(), 10);
            QCOMPARE(reasonOf(verifyInclusion(p, u.id)), QStringLiteral("ok"));
        }
        // Someone else's proof is not yours.
        QCOMPARE(reasonOf(verifyInclusion(proofFor(tree, users[1]), users[0].id)),
                 QStringLiteral("proof_mismatch_user"));
    }

    void buildRefusesNegativeLeavesAndOverflow()
    {
        const QString uh = sha(QStringLiteral("a"));
        QCOMPARE(MerkleSumTree::build({{uh, Amount::fromUnits(-1)}}).error().reason,
                 QStringLiteral("invalid_state"));
        QCOMPARE(MerkleSumTree::build(
                         {{uh, Amount::max()}, {sha(QStringLiteral("b")), Amount::fromUnits(1)}})
                         .error()
                         .reason,
                 QStringLiteral("overflow"));
    }

    void everyTamperingIsRefused()
    {
        const auto users = makeUsers(5);
        const MerkleSumTree tree = buildTree(users);
        for (const User &u : users) {
            const InclusionProof good = proofFor(tree, u);
            QCOMPARE(reasonOf(verifyInclusion(good, u.id)), QStringLiteral("ok"));
            auto refused = [&](const std::function<void(InclusionProof &)> &edit,
                               const char *reason) {
                InclusionProof p = good;
                edit(p);
                const Status s = verifyInclusion(p, u.id);
                QVERIFY2(!s.ok(), reason);
                QCOMPARE(s.error().reason, QString::fromLatin1(reason));
                // and the same through JSON, as the desktop app receives it
                auto parsed = InclusionProof::fromJson(p.toJson());
                if (parsed)
                    QVERIFY(!verifyInclusion(parsed.value(), u.id).ok());
            };
            refused([](InclusionProof &p) { p.balance = Amount::fromUnits(p.balance.units() + 1); },
                    "proof_root_mismatch");
            refused([](InclusionProof &p) { p.balance = Amount::fromUnits(p.balance.units() - 1); },
                    "proof_root_mismatch");
            refused([](InclusionProof &p) { p.nonce = flipHex(p.nonce); }, "proof_mismatch_user");
            refused([](InclusionProof &p) { p.userHash = flipHex(p.userHash); },
                    "proof_mismatch_user");
            refused([](InclusionProof &p) { p.root = flipHex(p.root); }, "proof_root_mismatch");
            refused([](InclusionProof &p) { p.total = Amount::fromUnits(p.total.units() + 1); },
                    "proof_total_mismatch");
            refused([](InclusionProof &p) { p.total = Amount::fromUnits(p.total.units() - 1); },
                    "proof_total_mismatch");
            refused([](InclusionProof &p) { p.leafIndex = (p.leafIndex + 1) % p.leaves; },
                    "proof_malformed");
            refused([](InclusionProof &p) { p.path.removeLast(); }, "proof_malformed");
            refused([](InclusionProof &p) { p.path.append(p.path.constLast()); },
                    "proof_malformed");
            for (qsizetype i = 0; i < good.path.size(); ++i) {
                const bool empty = good.path[i].sibling == emptyNode();
                // An empty sibling cannot be changed without misplacing the empty node.
                refused(
                        [i](InclusionProof &p) {
                            p.path[i].sibling.hash = flipHex(p.path[i].sibling.hash);
                        },
                        empty ? "proof_malformed" : "proof_root_mismatch");
                refused(
                        [i](InclusionProof &p) {
                            p.path[i].sibling.sum =
                                    Amount::fromUnits(p.path[i].sibling.sum.units() + 1);
                        },
                        empty ? "proof_malformed" : "proof_root_mismatch");
                refused(
                        [i](InclusionProof &p) {
                            p.path[i].side =
                                    p.path[i].side == Side::Left ? Side::Right : Side::Left;
                        },
                        "proof_malformed");
                if (!empty)
                    refused(
                            [i](InclusionProof &p) {
                                p.path[i].sibling.sum = Amount::fromUnits(-1);
                            },
                            "proof_negative_sum");
            }
        }
    }

    // A server hiding 30 of debt: a "leaf" of -30 next to alice's keeps the
    // root and total self-consistent, but a negative sum is refused.
    void negativeSiblingIsRefused()
    {
        const User alice{QStringLiteral("alice"),
                         QStringLiteral("0123456789abcdef0123456789abcdef"), 100};
        const SumNode a = leafNode(alice.hash(), Amount::fromUnits(100));
        const SumNode hidden = leafNode(sha(QStringLiteral("mallory")), Amount::fromUnits(-30));
        const SumNode root = *parentNode(a, hidden);
        QCOMPARE(root.sum, Amount::fromUnits(70));
        InclusionProof p;
        p.snapshotId = QStringLiteral("s");
        p.asset = QStringLiteral("USDT");
        p.decimals = 2;
        p.userHash = alice.hash();
        p.nonce = alice.nonce;
        p.balance = Amount::fromUnits(100);
        p.leafIndex = 0;
        p.leaves = 2;
        p.path = {{Side::Right, hidden}};
        p.root = root.hash;
        p.total = root.sum;
        QCOMPARE(reasonOf(verifyInclusion(p, alice.id)), QStringLiteral("proof_negative_sum"));
        // Higher up the tree too.
        const SumNode c = leafNode(sha(QStringLiteral("carol")), Amount::fromUnits(5));
        const SumNode pair = *parentNode(c, hidden); // -25
        const SumNode root2 = *parentNode(a, pair);
        p.path = {{Side::Right, pair}};
        p.root = root2.hash;
        p.total = root2.sum;
        QCOMPARE(reasonOf(verifyInclusion(p, alice.id)), QStringLiteral("proof_negative_sum"));
    }

    void overflowIsRefused()
    {
        const User alice{QStringLiteral("alice"),
                         QStringLiteral("0123456789abcdef0123456789abcdef"), 0};
        InclusionProof p;
        p.userHash = alice.hash();
        p.nonce = alice.nonce;
        p.balance = Amount::max();
        p.leafIndex = 0;
        p.leaves = 2;
        p.path = {{Side::Right, leafNode(sha(QStringLiteral("b")), Amount::fromUnits(1))}};
        p.root = kZeros;
        QCOMPARE(reasonOf(verifyInclusion(p, alice.id)), QStringLiteral("proof_overflow"));
    }

    void jsonRoundTrip()
    {
        const auto users = makeUsers(5);
        const MerkleSumTree tree = buildTree(users);
        const InclusionProof p = proofFor(tree, users[3], 6);
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("balance")).toString(), p.balance.toString(6));
        QVERIFY(json.value(QStringLiteral("total")).isString());
        const QJsonObject step = json.value(QStringLiteral("path")).toArray().at(0).toObject();
        QVERIFY(step.value(QStringLiteral("sum")).isString());
        QVERIFY(step.value(QStringLiteral("side")) == QJsonValue(QStringLiteral("left"))
                || step.value(QStringLiteral("side")) == QJsonValue(QStringLiteral("right")));

        const auto back = InclusionProof::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->snapshotId, p.snapshotId);
        QCOMPARE(back->asset, p.asset);
        QCOMPARE(back->decimals, p.decimals);
        QCOMPARE(back->userHash, p.userHash);
        QCOMPARE(back->nonce, p.nonce);
        QCOMPARE(back->balance, p.balance);
        QCOMPARE(back->leafIndex, p.leafIndex);
        QCOMPARE(back->leaves, p.leaves);
        QCOMPARE(back->path, p.path);
        QCOMPARE(back->root, p.root);
        QCOMPARE(back->total, p.total);
        QCOMPARE(back->toJson(), json);
        QCOMPARE(reasonOf(verifyInclusion(back.value(), users[3].id)), QStringLiteral("ok"));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no balance") << "balance" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("balance as number") << "balance" << QJsonValue(12);
        QTest::newRow("balance too precise")
                << "balance" << QJsonValue(QStringLiteral("1.0000001"));
        QTest::newRow("balance exponent") << "balance" << QJsonValue(QStringLiteral("1e3"));
        QTest::newRow("total garbage") << "total" << QJsonValue(QStringLiteral("lots"));
        QTest::newRow("upper-case root") << "root" << QJsonValue(QString(64, QLatin1Char('A')));
        QTest::newRow("short userHash") << "userHash" << QJsonValue(QStringLiteral("abcd"));
        QTest::newRow("nonce not hex") << "nonce" << QJsonValue(QString(32, QLatin1Char('z')));
        QTest::newRow("decimals 19") << "decimals" << QJsonValue(19);
        QTest::newRow("decimals text") << "decimals" << QJsonValue(QStringLiteral("6"));
        QTest::newRow("leafIndex fraction") << "leafIndex" << QJsonValue(1.5);
        QTest::newRow("leafIndex negative") << "leafIndex" << QJsonValue(-1);
        QTest::newRow("leafIndex beyond leaves") << "leafIndex" << QJsonValue(5);
        QTest::newRow("no leaves") << "leaves" << QJsonValue(0);
        QTest::newRow("path not array") << "path" << QJsonValue(QStringLiteral("[]"));
        QTest::newRow("step not object") << "path" << QJsonValue(QJsonArray{1});
        QTest::newRow("step side up")
                << "path"
                << QJsonValue(
                           QJsonArray{QJsonObject{{QStringLiteral("side"), QStringLiteral("up")},
                                                  {QStringLiteral("hash"), kZeros},
                                                  {QStringLiteral("sum"), QStringLiteral("0")}}});
        QTest::newRow("step sum number")
                << "path"
                << QJsonValue(
                           QJsonArray{QJsonObject{{QStringLiteral("side"), QStringLiteral("left")},
                                                  {QStringLiteral("hash"), kZeros},
                                                  {QStringLiteral("sum"), 0}}});
        QTest::newRow("snapshotId number") << "snapshotId" << QJsonValue(1);
    }

    void malformedJson()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const auto users = makeUsers(5);
        QJsonObject json = proofFor(buildTree(users), users[0], 6).toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto parsed = InclusionProof::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().reason, QStringLiteral("proof_malformed"));
    }
};

QTEST_GUILESS_MAIN(TstMerkleSumTree)
#include "tst_merkle_sum_tree.moc"
