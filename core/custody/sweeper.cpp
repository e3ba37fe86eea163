#include "custody/sweeper.h"

#include "chain/erc20_abi.h"
#include "chain/evm_quantity.h"
#include "custody/custody_hex.h"
#include "custody/custody_accounts.h"
#include "custody/custody_keys.h"
#include "custody/deposit_addresses.h"
#include "custody/networks.h"
#include "custody/outbox.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QSet>

namespace azc::custody {

namespace {

std::optional<Amount> times(const std::optional<Amount> &a, quint64 factor)
{
    return a ? a->checkedMul(Int128(factor)) : std::nullopt;
}

} // namespace

Sweeper::Sweeper(storage::Database &db, ledger::LedgerService &ledger, NetworkRegistry &networks,
                 DepositAddresses &addresses, Outbox &outbox, QByteArray hotWallet)
    : m_db(db), m_ledger(ledger), m_networks(networks), m_addresses(addresses), m_outbox(outbox),
      m_hotWallet(std::move(hotWallet))
{
}

void Sweeper::sweep(const Network &network, std::function<void()> done)
{
    // Addresses with credited, unswept deposits and no transaction of theirs in flight.
    auto q = m_db.exec(QStringLiteral("SELECT d.address, d.asset, d.amount FROM chain_deposits d WHERE d.network_id = ?"
                                      " AND d.kind = 'user' AND d.status = 'credited' AND d.sweep_tx_id = ''"
                                      " AND NOT EXISTS (SELECT 1 FROM chain_txs t WHERE t.network_id = d.network_id"
                                      " AND (t.from_address = d.address OR (t.purpose = 'topup' AND t.ref_id = d.address))"
                                      " AND t.status IN ('signed', 'broadcast'))"
                                      " ORDER BY d.address, d.asset"),
                       {network.id});
    if (!q) {
        qWarning("custody: %s", qPrintable(q.error().message));
        return done();
    }
    // What is credited and unswept per address and asset: exactly what a sweep may move.
    // Coins at the address that are not credited (confirming, below the minimum) stay.
    auto candidates = std::make_shared<QList<Candidate>>();
    while (q.value().next()) {
        const QByteArray address = QByteArray::fromHex(q.value().value(0).toString().toLatin1());
        const QString asset = q.value().value(1).toString();
        const Amount amount = wallet::amountFromUnitsText(q.value().value(2).toString());
        if (!candidates->isEmpty() && candidates->last().address == address && candidates->last().asset == asset)
            candidates->last().credited = candidates->last().credited.checkedAdd(amount).value_or(Amount::max());
        else
            candidates->append({address, asset, amount});
    }
    // One transaction per address per pass.
    QSet<QByteArray> addressesTaken;
    candidates->removeIf([&](const Candidate &c) {
        const bool taken = addressesTaken.contains(c.address);
        addressesTaken.insert(c.address);
        return taken;
    });
    auto index = std::make_shared<int>(0);
    auto step = std::make_shared<std::function<void()>>();
    const QString networkId = network.id;
    *step = [this, networkId, candidates, index, step, done] {
        if (*index >= candidates->size()) {
            const auto finished = done; // clearing *step destroys this closure
            *step = nullptr;
            return finished();
        }
        const Candidate c = candidates->at((*index)++);
        sweepOne(networkId, c, [step] { (*step)(); });
    };
    (*step)();
}

void Sweeper::sweepOne(const QString &networkId, const Candidate &c, std::function<void()> next)
{
    Network *network = m_networks.find(networkId);
    chain::ChainAdapter *node = m_networks.adapter(networkId);
    const DepositAddress *owner = m_addresses.owner(c.address);
    const NetworkAsset *asset = network ? network->asset(c.asset) : nullptr;
    if (!network || !node || !owner || !asset)
        return next();
    const quint32 index = owner->index;
    const NetworkAsset a = *asset;
    const Network net = *network;
    auto markSweeping = [networkId, c, this](const OutgoingTx &tx) -> Status {
        auto w = m_db.exec(QStringLiteral("UPDATE chain_deposits SET sweep_tx_id = ? WHERE network_id = ? AND address = ?"
                                          " AND asset = ? AND status = 'credited' AND sweep_tx_id = ''"),
                           {tx.id, networkId, hexText(c.address), c.asset});
        if (!w)
            return w.error();
        return okStatus();
    };
    auto prepared = [next](Result<OutgoingTx> r) {
        if (!r)
            qWarning("custody: sweep not prepared: %s", qPrintable(r.error().message));
        next();
    };

    node->fees([=, this](Result<chain::FeeEstimate> fees) {
        if (!fees)
            return next();
        const std::optional<Amount> cap = maxFeePerGas(fees.value());
        if (!cap)
            return next();
        node->nativeBalance(c.address, [=, this](Result<chain::UInt256> balanceRaw) {
            if (!balanceRaw)
                return next();
            const Amount balance = chain::toAmount(balanceRaw.value()).value_or(Amount());
            if (a.isNative()) {
                // The gas comes out of the deposit: send what is credited less the most gas can cost.
                const auto maxGasCost = times(cap, 21000);
                if (!maxGasCost || c.credited <= *maxGasCost || balance < c.credited)
                    return next(); // dust (sweeping would cost more than it moves), or not on chain yet
                const Amount value = *c.credited.checkedSub(*maxGasCost);
                TxSpec spec{QStringLiteral("sweep"), hexText(c.address), CustodyKeys::depositPath(index), c.address,
                            m_hotWallet, chain::fromAmount(value), {}, 21000, a.asset, value,
                            chain::fromAmount(*cap)};
                return m_outbox.prepare(net, spec, markSweeping, prepared);
            }
            node->tokenBalance(a.contract, c.address, [=, this](Result<chain::UInt256> tokensRaw) {
                if (!tokensRaw)
                    return next();
                const Amount onChain = chain::toAmount(tokensRaw.value()).value_or(Amount());
                if (onChain < c.credited)
                    return next(); // the node is behind what was credited: next pass
                const Amount tokens = c.credited;
                const auto maxGasCost = times(cap, kTokenGasLimit);
                if (!maxGasCost)
                    return next();
                if (balance < *maxGasCost) {
                    // Not enough gas at the address: the hot wallet sends twice what it lacks now.
                    const auto lacking = maxGasCost->checkedSub(balance);
                    const auto topup = lacking ? lacking->checkedMul(2) : std::nullopt;
                    if (!topup)
                        return next();
                    TxSpec spec{QStringLiteral("topup"), hexText(c.address), CustodyKeys::hotWalletPath(), m_hotWallet,
                                c.address, chain::fromAmount(*topup), {}, 21000, net.nativeAsset, *topup, {}};
                    return m_outbox.prepare(net, spec, {}, prepared);
                }
                auto data = chain::erc20::transferCall(m_hotWallet, chain::fromAmount(tokens));
                if (!data)
                    return next();
                TxSpec spec{QStringLiteral("sweep"), hexText(c.address), CustodyKeys::depositPath(index), c.address,
                            a.contract, {}, data.value(), kTokenGasLimit, a.asset, tokens, chain::fromAmount(*cap)};
                m_outbox.prepare(net, spec, markSweeping, prepared);
            });
        });
    });
}

void Sweeper::book(const OutgoingTx &tx, const QString &nativeAsset, std::function<void(bool)> done)
{
    const bool topup = tx.purpose == QLatin1String("topup");
    const bool confirmed = tx.status == QLatin1String("confirmed");
    const QString net = tx.networkId;
    // Who paid the gas: the hot wallet for top-ups, the deposit address for sweeps.
    auto gasPayer = m_ledger.account(topup ? accounts::hot(nativeAsset, net) : accounts::unswept(nativeAsset, net));
    auto gasSink = m_ledger.account(accounts::gas(nativeAsset, net));
    auto from = m_ledger.account(topup ? accounts::hot(tx.asset, net) : accounts::unswept(tx.asset, net));
    auto to = m_ledger.account(topup ? accounts::unswept(tx.asset, net) : accounts::hot(tx.asset, net));
    if (!gasPayer || !gasSink || !from || !to)
        return done(false);
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("custody");
    op.idempotencyKey = QStringLiteral("chaintx:") + tx.id;
    op.fingerprint = tx.id;
    op.code = topup ? QStringLiteral("custody.topup") : QStringLiteral("custody.sweep");
    if (confirmed && !tx.amount.isZero())
        op.transfers.append({from->id, to->id, tx.amount, op.code});
    if (!tx.gasCost.isZero())
        op.transfers.append({gasPayer->id, gasSink->id, tx.gasCost, QStringLiteral("gas")});
    op.result = {{QStringLiteral("txId"), tx.id}, {QStringLiteral("status"), tx.status}};
    auto finish = [this, tx, confirmed, done](bool ok) {
        if (!ok)
            return done(false);
        storage::Transaction dbtx(m_db);
        // A failed sweep leaves its deposits to be swept again.
        if (!confirmed && tx.purpose == QLatin1String("sweep"))
            if (!m_db.exec(QStringLiteral("UPDATE chain_deposits SET sweep_tx_id = '' WHERE sweep_tx_id = ?"), {tx.id}))
                return done(false);
        if (!m_outbox.markBooked(tx.id) || !dbtx.commit())
            return done(false);
        done(true);
    };
    if (op.transfers.isEmpty())
        return finish(true);
    m_ledger.submit(std::move(op), [finish, tx](const Result<QJsonObject> &r) {
        if (!r)
            qWarning("custody: booking %s %s failed: %s", qPrintable(tx.purpose), qPrintable(tx.id),
                     qPrintable(r.error().message));
        finish(r.ok());
    });
}

} // namespace azc::custody
