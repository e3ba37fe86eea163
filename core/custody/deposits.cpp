#include "custody/deposits.h"

#include "chaincrypto/eth_address.h"
#include "crypto/secure_random.h"
#include "custody/custody_hex.h"
#include "custody/custody_accounts.h"
#include "custody/networks.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

namespace azc::custody {

namespace {

const QString kDepositColumns = QStringLiteral(
        "id, network_id, asset, kind, user_id, address, from_address, tx_hash, log_index, amount, block_number,"
        " block_hash, status, sweep_tx_id, operation_id, created_at, credited_at");

QByteArray unhex(const QVariant &v) { return QByteArray::fromHex(v.toString().toLatin1()); }

} // namespace

DepositBook::DepositBook(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
                         notify::NotificationService &notifications, notify::EventBus &bus, const Clock &clock)
    : m_db(db), m_ledger(ledger), m_wallet(wallet), m_notifications(notifications), m_bus(bus), m_clock(clock)
{
}

Result<QList<Deposit>> DepositBook::select(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kDepositColumns + QStringLiteral(" FROM chain_deposits WHERE ") + where,
                       params);
    if (!q)
        return q.error();
    QList<Deposit> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Deposit d;
        d.id = r.value(0).toString();
        d.networkId = r.value(1).toString();
        d.asset = r.value(2).toString();
        d.kind = r.value(3).toString();
        d.userId = r.value(4).toString();
        d.address = unhex(r.value(5));
        d.from = unhex(r.value(6));
        d.txHash = unhex(r.value(7));
        d.logIndex = r.value(8).toLongLong();
        d.amount = wallet::amountFromUnitsText(r.value(9).toString());
        d.blockNumber = r.value(10).toULongLong();
        d.blockHash = unhex(r.value(11));
        d.status = r.value(12).toString();
        d.sweepTxId = r.value(13).toString();
        d.operationId = r.value(14).toString();
        d.createdAt = r.value(15).toLongLong();
        d.creditedAt = r.value(16).toLongLong();
        out.append(d);
    }
    return out;
}

Result<bool> DepositBook::record(Deposit &d, const Amount &minimum)
{
    auto existing = select(QStringLiteral("network_id = ? AND tx_hash = ? AND log_index = ?"),
                           {d.networkId, hexText(d.txHash), d.logIndex});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        Deposit known = existing->first();
        if (known.status != QLatin1String("orphaned")) {
            d = known;
            return false;
        }
        // Mined again after a reorg, maybe in another block.
        known.blockNumber = d.blockNumber;
        known.blockHash = d.blockHash;
        known.status = d.amount < minimum ? QStringLiteral("below_minimum") : QStringLiteral("seen");
        auto w = m_db.exec(QStringLiteral("UPDATE chain_deposits SET block_number = ?, block_hash = ?, status = ?"
                                          " WHERE id = ?"),
                           {qint64(known.blockNumber), hexText(known.blockHash), known.status, known.id});
        if (!w)
            return w.error();
        d = known;
        return true;
    }
    d.id = crypto::randomId();
    d.status = d.amount < minimum ? QStringLiteral("below_minimum") : QStringLiteral("seen");
    d.createdAt = m_clock.nowMs();
    auto w = m_db.exec(QStringLiteral("INSERT INTO chain_deposits (") + kDepositColumns
                               + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {d.id, d.networkId, d.asset, d.kind, d.userId, hexText(d.address), hexText(d.from), hexText(d.txHash),
                        d.logIndex, d.amount.unitsText(), qint64(d.blockNumber), hexText(d.blockHash), d.status,
                        QString(), QString(), d.createdAt, qint64(0)});
    if (!w)
        return w.error();
    return true;
}

Status DepositBook::orphanFrom(const QString &networkId, quint64 fromBlock)
{
    auto w = m_db.exec(QStringLiteral("UPDATE chain_deposits SET status = 'orphaned' WHERE network_id = ?"
                                      " AND block_number >= ? AND status IN ('seen', 'below_minimum')"),
                       {networkId, qint64(fromBlock)});
    if (!w)
        return w.error();
    // A credited deposit whose block is gone needs a person: it stays credited and is logged.
    auto credited = select(QStringLiteral("network_id = ? AND block_number >= ? AND status = 'credited'"),
                           {networkId, qint64(fromBlock)});
    if (credited)
        for (const Deposit &d : credited.value())
            qWarning("custody: credited deposit %s is in a block a reorg removed", qPrintable(d.id));
    return okStatus();
}

void DepositBook::creditConfirmed(const Network &network, std::function<void()> done)
{
    const quint64 head = network.status.head;
    const quint64 needed = quint64(network.confirmations);
    if (head + 1 < needed)
        return done();
    // Confirmations = head - block + 1 ≥ needed  ⇔  block ≤ head + 1 - needed.
    auto ready = select(QStringLiteral("network_id = ? AND status = 'seen' AND block_number <= ? ORDER BY block_number"),
                        {network.id, qint64(head + 1 - needed)});
    if (!ready || ready->isEmpty())
        return done();
    auto remaining = std::make_shared<int>(int(ready->size()));
    const QString networkId = network.id;
    for (const Deposit &d : ready.value()) {
        auto world = m_ledger.account(accounts::world(d.asset, networkId));
        auto custodyAccount = m_ledger.account(d.kind == QLatin1String("house") ? accounts::hot(d.asset, networkId)
                                                                               : accounts::unswept(d.asset, networkId));
        std::optional<Result<ledger::Account>> user;
        if (d.kind != QLatin1String("house"))
            user = m_ledger.account({d.userId, d.asset, ledger::AccountKind::Available, {}});
        if (!world || !custodyAccount || (user && !*user)) {
            qWarning("custody: cannot open the accounts of deposit %s", qPrintable(d.id));
            if (--*remaining == 0)
                done();
            continue;
        }
        ledger::OperationRequest op;
        op.actorId = QStringLiteral("custody");
        op.idempotencyKey = QStringLiteral("deposit:") + d.id;
        op.fingerprint = d.id;
        op.code = QStringLiteral("custody.deposit");
        op.transfers.append({world->id, custodyAccount->id, d.amount, QStringLiteral("deposit.custody")});
        if (user)
            op.transfers.append({world->id, (*user)->id, d.amount, QStringLiteral("deposit")});
        op.result = {{QStringLiteral("depositId"), d.id},
                     {QStringLiteral("network"), networkId},
                     {QStringLiteral("txHash"), QString(QStringLiteral("0x") + hexText(d.txHash))}};
        m_ledger.submit(std::move(op), [this, d, networkId, remaining, done](const Result<QJsonObject> &r) {
            if (!r) {
                qWarning("custody: crediting deposit %s failed: %s", qPrintable(d.id), qPrintable(r.error().message));
            } else if (auto s = markCredited(d, r->value(QStringLiteral("operationId")).toString()); !s) {
                qWarning("custody: %s", qPrintable(s.error().message));
            }
            if (--*remaining == 0)
                done();
        });
    }
}

Status DepositBook::markCredited(const Deposit &d, const QString &operationId)
{
    Deposit credited = d;
    credited.status = QStringLiteral("credited");
    credited.operationId = operationId;
    credited.creditedAt = m_clock.nowMs();
    auto w = m_db.exec(QStringLiteral("UPDATE chain_deposits SET status = 'credited', operation_id = ?, credited_at = ?"
                                      " WHERE id = ? AND status = 'seen'"),
                       {operationId, credited.creditedAt, d.id});
    if (!w)
        return w.error();
    if (credited.kind == QLatin1String("user")) {
        m_wallet.announceBalance(credited.userId, credited.asset);
        announce(credited, nullptr, true);
    }
    return okStatus();
}

QJsonObject DepositBook::toJson(const Deposit &d, const Network *network) const
{
    auto asset = m_ledger.asset(d.asset);
    const int decimals = asset ? asset->decimals : 0;
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("network"), d.networkId},
                  {QStringLiteral("asset"), d.asset},
                  {QStringLiteral("decimals"), decimals},
                  {QStringLiteral("amount"), d.amount.toString(decimals)},
                  {QStringLiteral("address"), chain::toChecksumAddress(d.address)},
                  {QStringLiteral("from"), chain::toChecksumAddress(d.from)},
                  {QStringLiteral("txHash"), QString(QStringLiteral("0x") + hexText(d.txHash))},
                  {QStringLiteral("logIndex"), d.logIndex},
                  {QStringLiteral("blockNumber"), qint64(d.blockNumber)},
                  {QStringLiteral("status"), d.status},
                  {QStringLiteral("swept"), !d.sweepTxId.isEmpty()},
                  {QStringLiteral("createdAt"), d.createdAt},
                  {QStringLiteral("creditedAt"), d.creditedAt}};
    if (network) {
        const quint64 head = network->status.head;
        const qint64 confirmations = head >= d.blockNumber && d.status != QLatin1String("orphaned")
                ? qint64(head - d.blockNumber + 1) : 0;
        o.insert(QStringLiteral("confirmations"), confirmations);
        o.insert(QStringLiteral("required"), network->confirmations);
    }
    return o;
}

void DepositBook::announce(const Deposit &d, const Network *network, bool credited)
{
    if (d.kind != QLatin1String("user"))
        return;
    const QJsonObject json = toJson(d, network);
    m_bus.publishToUser(d.userId, QStringLiteral("event.deposit.changed"), {{QStringLiteral("deposit"), json}});
    const QString amount = json.value(QStringLiteral("amount")).toString() + u' ' + d.asset;
    if (credited)
        m_notifications.queue(d.userId, QStringLiteral("deposit.credited"), QStringLiteral("Deposit credited"),
                              QStringLiteral("%1 is now in your wallet.").arg(amount), {{QStringLiteral("depositId"), d.id}});
    else if (d.status == QLatin1String("below_minimum"))
        m_notifications.queue(d.userId, QStringLiteral("deposit.below_minimum"), QStringLiteral("Deposit below the minimum"),
                              QStringLiteral("%1 arrived on %2 but is less than the minimum deposit; it is not credited.")
                                      .arg(amount, d.networkId),
                              {{QStringLiteral("depositId"), d.id}});
    else
        m_notifications.queue(d.userId, QStringLiteral("deposit.seen"), QStringLiteral("Deposit on its way"),
                              QStringLiteral("%1 arrived on %2 and is confirming.").arg(amount, d.networkId),
                              {{QStringLiteral("depositId"), d.id}});
}

} // namespace azc::custody
