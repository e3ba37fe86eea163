#include "custody/contract_calls.h"

#include "chain/evm_quantity.h"
#include "custody/custody_accounts.h"
#include "custody/custody_keys.h"
#include "custody/networks.h"
#include "custody/outbox.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"

#include <QTimer>

namespace azc::custody {

namespace {

// The hot wallet is busy while another of its transactions is being signed
// (a withdrawal, a top-up): wait for it rather than hand the caller a refusal.
constexpr int kBusyAttempts = 25;
constexpr int kBusyRetryMs = 200;

QString waitingKey(const QString &purpose, const QString &refId)
{
    return purpose + u'\n' + refId;
}

} // namespace

// Answers come later, never inside the call, like every chain answer.
template<typename T>
void ContractCalls::later(std::function<void(Result<T>)> done, Result<T> result)
{
    QTimer::singleShot(0, &m_timers, [done = std::move(done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
}

ContractCalls::ContractCalls(storage::Database &db, ledger::LedgerService &ledger, NetworkRegistry &networks,
                             Outbox &outbox, QByteArray hotWallet)
    : m_db(db), m_ledger(ledger), m_networks(networks), m_outbox(outbox), m_hotWallet(std::move(hotWallet))
{
}

bool ContractCalls::isCustodyPurpose(const QString &purpose)
{
    return purpose == QLatin1String("withdrawal") || purpose == QLatin1String("sweep")
            || purpose == QLatin1String("topup");
}

Result<std::optional<OutgoingTx>> ContractCalls::status(const QString &purpose, const QString &refId)
{
    if (purpose.isEmpty() || refId.isEmpty() || isCustodyPurpose(purpose))
        return fail("invalid_argument", QStringLiteral("a contract call needs its own purpose and a reference"));
    return m_outbox.byRef(purpose, refId);
}

void ContractCalls::call(const QString &networkId, const QByteArray &to20, const QByteArray &data,
                         std::function<void(Result<QByteArray>)> done)
{
    chain::ChainAdapter *node = m_networks.adapter(networkId);
    if (!node)
        return later<QByteArray>(std::move(done), fail("not_found", QStringLiteral("no network %1").arg(networkId)));
    if (to20.size() != 20)
        return later<QByteArray>(std::move(done), fail("invalid_argument", QStringLiteral("a contract address has 20 bytes")));
    chain::CallRequest request;
    request.to = to20;
    request.data = data;
    node->call(request, std::move(done));
}

void ContractCalls::send(const QString &networkId, const QString &purpose, const QString &refId, const QByteArray &to20,
                         const QByteArray &data, quint64 gasLimit, std::function<void(Result<OutgoingTx>)> done)
{
    if (purpose.isEmpty() || refId.isEmpty() || isCustodyPurpose(purpose))
        return later<OutgoingTx>(std::move(done), fail("invalid_argument",
                                                       QStringLiteral("a contract call needs its own purpose and a reference")));
    if (to20.size() != 20 || data.isEmpty() || gasLimit < 21000 || gasLimit > kMaxGasLimit)
        return later<OutgoingTx>(std::move(done), fail("invalid_argument",
                                                       QStringLiteral("a contract call needs a 20-byte contract, calldata"
                                                                      " and a gas limit of 21000 to %1").arg(kMaxGasLimit)));
    const QString key = waitingKey(purpose, refId);
    if (auto waiting = m_waiting.find(key); waiting != m_waiting.end()) {
        waiting->append(std::move(done)); // the same call is being signed: one answer for both
        return;
    }
    auto existing = m_outbox.byRef(purpose, refId);
    if (!existing)
        return later<OutgoingTx>(std::move(done), existing.error());
    if (existing->has_value()) {
        const OutgoingTx &tx = **existing;
        if (tx.networkId != networkId || tx.to != to20)
            return later<OutgoingTx>(std::move(done),
                                     fail("invalid_state", QStringLiteral("%1 %2 was sent to another contract or network")
                                                                   .arg(purpose, refId)));
        return later<OutgoingTx>(std::move(done), tx);
    }
    auto network = m_networks.require(networkId);
    if (!network)
        return later<OutgoingTx>(std::move(done), network.error());
    if (!network.value()->enabled)
        return later<OutgoingTx>(std::move(done), fail("invalid_state", QStringLiteral("%1 is paused").arg(networkId)));
    m_waiting.insert(key, {std::move(done)});
    sign(Request{networkId, purpose, refId, to20, data, gasLimit}, kBusyAttempts);
}

// Fees first, so the cap that is signed is the cap whose cost was checked
// against the hot wallet: a transaction that cannot pay would stay "signed",
// holding the hot wallet's next nonce and every withdrawal behind it.
void ContractCalls::sign(const Request &r, int attemptsLeft)
{
    const QString key = waitingKey(r.purpose, r.refId);
    chain::ChainAdapter *node = m_networks.adapter(r.networkId);
    if (!m_networks.find(r.networkId) || !node)
        return answer(key, fail("not_found", QStringLiteral("no network %1").arg(r.networkId)));
    node->fees([this, r, key, attemptsLeft, node](Result<chain::FeeEstimate> fees) {
        if (!fees)
            return answer(key, fees.error());
        const auto cap = maxFeePerGas(fees.value());
        const auto maxCost = cap ? cap->checkedMul(Int128(r.gasLimit)) : std::nullopt;
        if (!maxCost)
            return answer(key, fail("bad_response", QStringLiteral("the node suggested fees beyond range")));
        node->nativeBalance(m_hotWallet, [this, r, key, attemptsLeft, cap, maxCost](Result<chain::UInt256> onChain) {
            if (!onChain)
                return answer(key, onChain.error());
            Network *network = m_networks.find(r.networkId);
            if (!network)
                return answer(key, fail("not_found", QStringLiteral("no network %1").arg(r.networkId)));
            // The ledger must hold the gas too: it is booked from HotWallet(N:hot), which may not go negative.
            auto booked = m_ledger.existingAccount(accounts::hot(network->nativeAsset, r.networkId));
            if (!booked)
                return answer(key, booked.error());
            const Amount inLedger = booked->has_value() ? booked->value().balance : Amount();
            const Amount held = chain::toAmount(onChain.value()).value_or(Amount::max());
            if (held < *maxCost || inLedger < *maxCost)
                return answer(key, fail("insufficient_funds",
                                        QStringLiteral("the hot wallet cannot pay this call's gas on %1").arg(r.networkId),
                                        {{QStringLiteral("maxGasCost"), maxCost->unitsText()}}));
            TxSpec spec;
            spec.purpose = r.purpose;
            spec.refId = r.refId;
            spec.signerPath = CustodyKeys::hotWalletPath();
            spec.from = m_hotWallet;
            spec.to = r.to;
            spec.data = r.data;
            spec.gasLimit = r.gasLimit;
            spec.asset = network->nativeAsset;
            spec.maxFeePerGas = chain::fromAmount(*cap);
            // In the signing transaction: nobody else signed this reference meanwhile.
            auto onlyOne = [this, r](const OutgoingTx &) -> Status {
                auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM chain_txs WHERE purpose = ? AND ref_id = ?"),
                                     {r.purpose, r.refId});
                if (!n)
                    return n.error();
                if (n->toLongLong() != 1)
                    return fail("invalid_state", QStringLiteral("%1 %2 is signed already").arg(r.purpose, r.refId));
                return okStatus();
            };
            m_outbox.prepare(*network, spec, onlyOne, [this, r, key, attemptsLeft](Result<OutgoingTx> tx) {
                if (!tx && tx.error().reason == QLatin1String("busy") && attemptsLeft > 1) {
                    QTimer::singleShot(kBusyRetryMs, &m_timers, [this, r, attemptsLeft] { sign(r, attemptsLeft - 1); });
                    return;
                }
                answer(key, tx);
            });
        });
    });
}

void ContractCalls::answer(const QString &key, const Result<OutgoingTx> &result)
{
    const auto waiting = m_waiting.take(key);
    for (const auto &done : waiting)
        later<OutgoingTx>(done, result);
}

void ContractCalls::book(const OutgoingTx &tx, const QString &nativeAsset, std::function<void(bool)> done)
{
    auto payer = m_ledger.account(accounts::hot(nativeAsset, tx.networkId));
    auto sink = m_ledger.account(accounts::gas(nativeAsset, tx.networkId));
    if (!payer || !sink)
        return done(false);
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("custody");
    op.idempotencyKey = QStringLiteral("chaintx:") + tx.id; // the sweeps' key: one booking per transaction
    op.fingerprint = tx.id;
    op.code = QStringLiteral("custody.contractCall");
    // Mined, whether it succeeded or reverted: its gas left the hot wallet. A
    // transaction that never made it into a block cost nothing (gasCost 0).
    if (!tx.gasCost.isZero())
        op.transfers.append({payer->id, sink->id, tx.gasCost, QStringLiteral("gas")});
    op.result = {{QStringLiteral("txId"), tx.id}, {QStringLiteral("status"), tx.status}};
    auto finish = [this, tx, done](bool ok) {
        if (!ok || !m_outbox.markBooked(tx.id))
            return done(false);
        OutgoingTx final = tx;
        final.booked = true;
        for (const Listener &listener : std::as_const(m_listeners))
            listener(final);
        done(true);
    };
    if (op.transfers.isEmpty())
        return finish(true);
    m_ledger.submit(std::move(op), [finish, tx](const Result<QJsonObject> &r) {
        if (!r)
            qWarning("custody: booking the gas of %s %s failed: %s", qPrintable(tx.purpose), qPrintable(tx.refId),
                     qPrintable(r.error().message));
        finish(r.ok());
    });
}

} // namespace azc::custody
