#include "reserves/reserves_service.h"

#include "crypto/secure_random.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace azc::reserves {

namespace {

Error corrupt(const QString &what)
{
    qCritical("reserves: stored snapshot data is inconsistent: %s", qPrintable(what));
    return fail("internal_error", QStringLiteral("stored snapshot data is inconsistent"));
}

} // namespace

ReservesService::ReservesService(storage::Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<storage::Migration> ReservesService::migrations()
{
    return {{1,
             QStringLiteral("reserve snapshots, per-asset roots, per-user leaves"),
             {// seq orders snapshots even when two share a millisecond.
              QStringLiteral("CREATE TABLE reserve_snapshots (id TEXT PRIMARY KEY, seq BIGINT NOT "
                             "NULL UNIQUE,"
                             " created_at BIGINT NOT NULL, published_by TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE reserve_assets (snapshot_id TEXT NOT NULL REFERENCES "
                             "reserve_snapshots(id),"
                             " asset TEXT NOT NULL, decimals INTEGER NOT NULL, root TEXT NOT NULL, "
                             "total TEXT NOT NULL,"
                             " leaves INTEGER NOT NULL, PRIMARY KEY (snapshot_id, asset))"),
              // The nonce is private to its user: with it the proof can be rebuilt.
              QStringLiteral(
                      "CREATE TABLE reserve_leaves (snapshot_id TEXT NOT NULL, asset TEXT NOT NULL,"
                      " user_id TEXT NOT NULL, nonce TEXT NOT NULL, user_hash TEXT NOT NULL,"
                      " balance TEXT NOT NULL, PRIMARY KEY (snapshot_id, asset, user_id),"
                      " FOREIGN KEY (snapshot_id, asset) REFERENCES reserve_assets (snapshot_id, "
                      "asset))")}}};
}

Result<QJsonObject> ReservesService::publish(const QString &publisherId,
                                             const QList<AssetInfo> &assets,
                                             const QList<Liability> &liabilities)
{
    QMap<QString, int> decimalsOf;
    for (const AssetInfo &a : assets) {
        if (a.code.isEmpty() || a.decimals < 0 || a.decimals > Amount::kMaxDecimals
            || decimalsOf.contains(a.code))
            return fail("invalid_params",
                        QStringLiteral("asset %1 is listed twice or is invalid").arg(a.code));
        decimalsOf.insert(a.code, a.decimals);
    }
    // asset → user → what they are owed (several rows of one user add up).
    QMap<QString, QMap<QString, Amount>> owed;
    for (const Liability &l : liabilities) {
        if (l.userId.isEmpty())
            return fail("invalid_params", QStringLiteral("a liability has no user"));
        if (!decimalsOf.contains(l.asset))
            return fail("unknown_asset",
                        QStringLiteral("a liability is in %1, which is not listed").arg(l.asset));
        if (l.balance.isNegative())
            return fail("invalid_state",
                        QStringLiteral("a user's balance of %1 is negative").arg(l.asset));
        Amount &sum = owed[l.asset][l.userId];
        const auto added = sum.checkedAdd(l.balance);
        if (!added)
            return fail(
                    "overflow",
                    QStringLiteral("the liabilities of %1 do not fit in 128 bits").arg(l.asset));
        sum = *added;
    }

    const QString snapshotId = crypto::randomId();
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    auto last = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM reserve_snapshots"));
    if (!last)
        return last.error();
    const qint64 seq = last.value().isNull() ? 1 : last.value().toLongLong() + 1;
    auto ins = m_db.exec(
            QStringLiteral("INSERT INTO reserve_snapshots (id, seq, created_at, published_by)"
                           " VALUES (?, ?, ?, ?)"),
            {snapshotId, seq, now, publisherId});
    if (!ins)
        return ins.error();

    for (auto a = decimalsOf.cbegin(); a != decimalsOf.cend(); ++a) {
        struct Row
        {
            QString userId, nonce;
        };
        QList<Row> rows;
        QList<MerkleSumTree::Leaf> leaves;
        const QMap<QString, Amount> users = owed.value(a.key());
        for (auto u = users.cbegin(); u != users.cend(); ++u) {
            if (u.value().isZero())
                continue;
            // Fresh per user, asset and snapshot: leaves cannot be linked
            // across assets or snapshots by their hashes.
            const QString nonce = crypto::randomId();
            rows.append({u.key(), nonce});
            leaves.append({userHash(u.key(), nonce), u.value()});
        }
        auto tree = MerkleSumTree::build(leaves);
        if (!tree)
            return tree.error();
        const SumNode root = tree->root();
        auto insAsset = m_db.exec(
                QStringLiteral(
                        "INSERT INTO reserve_assets (snapshot_id, asset, decimals, root, total,"
                        " leaves) VALUES (?, ?, ?, ?, ?, ?)"),
                {snapshotId, a.key(), a.value(), root.hash, root.sum.unitsText(), tree->size()});
        if (!insAsset)
            return insAsset.error();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto insLeaf = m_db.exec(
                    QStringLiteral("INSERT INTO reserve_leaves (snapshot_id, asset, user_id, nonce,"
                                   " user_hash, balance) VALUES (?, ?, ?, ?, ?, ?)"),
                    {snapshotId, a.key(), rows[i].userId, rows[i].nonce, leaves[i].userHash,
                     leaves[i].sum.unitsText()});
            if (!insLeaf)
                return insLeaf.error();
        }
    }
    auto snapshot = snapshotJson(snapshotId);
    if (!snapshot)
        return snapshot.error();
    auto committed = tx.commit();
    if (!committed)
        return committed.error();
    return snapshot;
}

Result<QString> ReservesService::latestId()
{
    auto id = m_db.scalar(
            QStringLiteral("SELECT id FROM reserve_snapshots ORDER BY seq DESC LIMIT 1"));
    if (!id)
        return id.error();
    return id.value().isValid() ? id.value().toString() : QString();
}

Result<QJsonObject> ReservesService::snapshotJson(const QString &snapshotId)
{
    auto head = m_db.exec(
            QStringLiteral("SELECT created_at, published_by FROM reserve_snapshots WHERE id = ?"),
            {snapshotId});
    if (!head)
        return head.error();
    if (!head.value().next())
        return fail("not_found", QStringLiteral("no such snapshot"));
    const qint64 createdAt = head.value().value(0).toLongLong();
    const QString publishedBy = head.value().value(1).toString();

    auto q = m_db.exec(
            QStringLiteral("SELECT asset, decimals, root, total, leaves FROM reserve_assets"
                           " WHERE snapshot_id = ? ORDER BY asset"),
            {snapshotId});
    if (!q)
        return q.error();
    QJsonArray assets;
    while (q.value().next()) {
        const int decimals = q.value().value(1).toInt();
        const auto total = Amount::fromUnitsText(q.value().value(3).toString());
        if (!total)
            return corrupt(QStringLiteral("total of %1").arg(q.value().value(0).toString()));
        assets.append(QJsonObject{{QStringLiteral("asset"), q.value().value(0).toString()},
                                  {QStringLiteral("decimals"), decimals},
                                  {QStringLiteral("root"), q.value().value(2).toString()},
                                  {QStringLiteral("total"), total->toString(decimals)},
                                  {QStringLiteral("leaves"), q.value().value(4).toInt()}});
    }
    return QJsonObject{
            {QStringLiteral("id"), snapshotId},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("publishedBy"), QJsonObject{{QStringLiteral("userId"), publishedBy}}},
            {QStringLiteral("assets"), assets}};
}

Result<QJsonObject> ReservesService::latest()
{
    auto id = latestId();
    if (!id)
        return id.error();
    if (id->isEmpty())
        return QJsonObject{{QStringLiteral("snapshot"), QJsonValue::Null}};
    auto snapshot = snapshotJson(id.value());
    if (!snapshot)
        return snapshot.error();
    return QJsonObject{{QStringLiteral("snapshot"), snapshot.value()}};
}

Result<QJsonObject> ReservesService::proof(const QString &userId, const QString &asset,
                                           const QString &snapshotId)
{
    QString id = snapshotId;
    if (id.isEmpty()) {
        auto newest = latestId();
        if (!newest)
            return newest.error();
        if (newest->isEmpty())
            return fail("not_found", QStringLiteral("no snapshot has been published yet"),
                        {{QStringLiteral("detail"), QStringLiteral("no_snapshot")}});
        id = newest.value();
    }
    auto head = m_db.exec(QStringLiteral("SELECT decimals, root, total, leaves FROM reserve_assets"
                                         " WHERE snapshot_id = ? AND asset = ?"),
                          {id, asset});
    if (!head)
        return head.error();
    if (!head.value().next())
        return fail("not_found", QStringLiteral("no such snapshot of %1").arg(asset),
                    {{QStringLiteral("detail"), QStringLiteral("no_snapshot")}});
    const int decimals = head.value().value(0).toInt();
    const QString root = head.value().value(1).toString();
    const auto total = Amount::fromUnitsText(head.value().value(2).toString());
    const int leafCount = head.value().value(3).toInt();

    auto own = m_db.exec(QStringLiteral("SELECT nonce, user_hash FROM reserve_leaves"
                                        " WHERE snapshot_id = ? AND asset = ? AND user_id = ?"),
                         {id, asset, userId});
    if (!own)
        return own.error();
    if (!own.value().next())
        return fail("not_found", QStringLiteral("you held no %1 in that snapshot").arg(asset),
                    {{QStringLiteral("detail"), QStringLiteral("not_included")}});
    const QString nonce = own.value().value(0).toString();
    const QString hash = own.value().value(1).toString();

    auto q = m_db.exec(QStringLiteral("SELECT user_hash, balance FROM reserve_leaves WHERE "
                                      "snapshot_id = ? AND asset = ?"),
                       {id, asset});
    if (!q)
        return q.error();
    QList<MerkleSumTree::Leaf> leaves;
    while (q.value().next()) {
        const auto balance = Amount::fromUnitsText(q.value().value(1).toString());
        if (!balance)
            return corrupt(QStringLiteral("a leaf balance of %1").arg(asset));
        leaves.append({q.value().value(0).toString(), *balance});
    }
    auto tree = MerkleSumTree::build(leaves);
    if (!tree)
        return corrupt(tree.error().message);
    // The stored leaves must still give the published root: a proof of a
    // tree other than the published one would be worse than no proof.
    const SumNode rebuilt = tree->root();
    const int index = tree->indexOf(hash);
    if (index < 0 || !total || rebuilt.hash != root || rebuilt.sum != *total
        || tree->size() != leafCount || userHash(userId, nonce) != hash)
        return corrupt(QStringLiteral("snapshot %1, asset %2").arg(id, asset));

    InclusionProof p;
    p.snapshotId = id;
    p.asset = asset;
    p.decimals = decimals;
    p.userHash = hash;
    p.nonce = nonce;
    p.balance = tree->leaves().at(index).sum;
    p.leafIndex = index;
    p.leaves = tree->size();
    p.path = tree->path(index);
    p.root = root;
    p.total = *total;
    return QJsonObject{{QStringLiteral("proof"), p.toJson()}};
}

} // namespace azc::reserves
