#pragma once
// Outgoing chain transactions (withdrawals, sweeps, gas top-ups), made safe
// against sending twice:
//   1. prepare(): nonce (the larger of our record and the node's pending
//      count), fees, build and sign an EIP-1559 transaction, and store the
//      signed bytes with status "signed" in one database transaction together
//      with the caller's own state change. (network, sender, nonce) is unique,
//      so a nonce is never signed twice.
//   2. advance(): broadcast every "signed" transaction (again after a crash:
//      the same bytes have the same hash, so a node that has it already just
//      says so), then follow "broadcast" ones to a receipt and the required
//      confirmations. A transaction the node forgot is re-broadcast, never
//      re-signed.
// Final states ("confirmed", "failed") are reported to the listener once
// per transaction until it marks them booked.

#include "chain/evm_rpc_client.h"
#include "chaincrypto/bip32.h"
#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

namespace azc::chain { class Signer; }
namespace azc::storage { class Database; }

namespace azc::custody {

class NetworkRegistry;
struct Network;

// The fee cap custody signs with: twice the next base fee plus the tip, which
// survives several full blocks. nullopt when the node's figures are out of range.
std::optional<Amount> maxFeePerGas(const chain::FeeEstimate &fees);

struct OutgoingTx {
    QString id;
    QString networkId;
    QString purpose; // "withdrawal", "sweep", "topup", or another domain's contract call ("governance")
    QString refId;   // the withdrawal, sweep or caller's object it serves
    QByteArray from, to; // 20 bytes; `to` is the contract for token transfers
    QString asset;
    Amount amount;       // what it moves, in the asset's units
    quint64 nonce = 0;
    QByteArray raw, hash;
    QString status;      // signed, broadcast, confirmed, failed
    quint64 blockNumber = 0;
    Amount gasCost;      // wei actually paid, once mined
    bool booked = false;
    qint64 createdAt = 0, updatedAt = 0;
    QJsonObject toJson() const;
};

struct TxSpec {
    QString purpose, refId;
    chain::DerivationPath signerPath;
    QByteArray from;     // the address of signerPath
    QByteArray to;       // recipient, or the token contract
    QByteArray value;    // wei (UInt256)
    QByteArray data;     // calldata for token transfers
    quint64 gasLimit = 21000;
    QString asset;
    Amount amount;
    QByteArray maxFeePerGas; // optional: fixes the fee cap (sweeps need to know it up front)
};

class Outbox
{
public:
    using InSameTransaction = std::function<Status(const OutgoingTx &)>;
    using Listener = std::function<void(const OutgoingTx &)>;

    Outbox(storage::Database &db, NetworkRegistry &networks, chain::Signer &signer, const Clock &clock);

    // `fees` is the fee cap the node suggests now: maxFeePerGas and the tip.
    void prepare(const Network &network, TxSpec spec, InSameTransaction alsoDo,
                 std::function<void(Result<OutgoingTx>)> done);
    // One pass over the network's unfinished transactions; `done` when finished.
    void advance(const Network &network, std::function<void()> done);
    void setListener(Listener listener) { m_listener = std::move(listener); }
    Status markBooked(const QString &txId);

    Result<std::optional<OutgoingTx>> byId(const QString &id);
    // The newest transaction signed for (purpose, refId), if any.
    Result<std::optional<OutgoingTx>> byRef(const QString &purpose, const QString &refId);
    Result<QList<OutgoingTx>> unfinished(const QString &networkId);
    Result<QList<OutgoingTx>> finishedUnbooked(const QString &networkId);
    bool busy(const QString &networkId, const QByteArray &from) const;

    // The crash tests: with AZC_FAILPOINT=outbox.after_sign.<purpose> the
    // process exits right after a signed transaction is stored, with
    // outbox.after_broadcast.<purpose> right after the node took it.
    static void failpoint(const QString &name);

private:
    Result<QList<OutgoingTx>> select(const QString &where, const QVariantList &params);
    Status update(const OutgoingTx &tx);
    void follow(const Network &network, OutgoingTx tx, std::function<void()> next);
    void broadcast(const Network &network, OutgoingTx tx, std::function<void()> next);

    storage::Database &m_db;
    NetworkRegistry &m_networks;
    chain::Signer &m_signer;
    const Clock &m_clock;
    Listener m_listener;
    QSet<QString> m_preparing; // "network/from" with a prepare in flight
    QHash<QString, quint64> m_missingSince; // transaction id → head when the node first did not know it
};

} // namespace azc::custody
