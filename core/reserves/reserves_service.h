#pragma once
// Published proof-of-reserves snapshots: one Merkle sum tree per asset over
// what every user is owed at that moment. The leaves (with each user's
// private nonce) are kept, so any user's proof of any snapshot can be
// rebuilt later; the roots are what the platform publishes. The caller
// gathers the liabilities (the ledger's available + held balances) and fills
// in the publisher's name: this domain reads no other domain's tables.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "reserves/merkle_sum_tree.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace azc::reserves {

struct Liability
{
    QString userId;
    QString asset;
    Amount balance; // units; several rows of one user and asset are added up
};

struct AssetInfo
{
    QString code;
    int decimals = 0;
};

class ReservesService
{
public:
    ReservesService(storage::Database &db, const Clock &clock);
    static QList<storage::Migration> migrations(); // domain "reserves"

    // Builds and stores a snapshot in one transaction and returns it as a
    // ReserveSnapshot with publishedBy = {userId}. Every asset listed gets a
    // tree, empty ones too; users owed nothing of an asset are not its leaves.
    // Refuses negative balances ("invalid_state"), liabilities in an asset
    // not listed ("unknown_asset") and bad input ("invalid_params").
    Result<QJsonObject> publish(const QString &publisherId, const QList<AssetInfo> &assets,
                                const QList<Liability> &liabilities);
    // {snapshot: ReserveSnapshot} or {snapshot: null}.
    Result<QJsonObject> latest();
    // {proof: InclusionProof}; "not_found" when there is no such snapshot or
    // the user held nothing of the asset in it. Empty snapshotId = the latest.
    Result<QJsonObject> proof(const QString &userId, const QString &asset,
                              const QString &snapshotId = {});

private:
    Result<QJsonObject> snapshotJson(const QString &snapshotId);
    Result<QString> latestId();

    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace azc::reserves
