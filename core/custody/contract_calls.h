#pragma once
// Contract calls other domains send from the hot wallet (the DAO records each
// tally on chain, issue 19). They go through the Outbox like a withdrawal —
// signed once, stored, the same bytes broadcast, receipts followed — so:
//   - one (purpose, refId) is one transaction: a repeat, concurrent or after
//     a restart, is answered with the stored one, never signed again;
//   - its gas is booked when it is final, like a top-up's: HotWallet(N:hot) →
//     World(gas:N) in the native coin, under the key "chaintx:<id>", then the
//     row is marked booked. A reverted call ("failed") paid gas too. So
//     reconciliation stays exact to the wei;
//   - the caller hears the final state through onFinal listeners, after the
//     booking, once per transaction in this process. A caller that must not
//     miss one across a restart also asks status() when it starts.
// Custody's own purposes (withdrawal, sweep, topup) are refused here.

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace azc::ledger { class LedgerService; }
namespace azc::storage { class Database; }

namespace azc::custody {

class NetworkRegistry;
class Outbox;
struct OutgoingTx;

class ContractCalls
{
public:
    using Listener = std::function<void(const OutgoingTx &)>;

    ContractCalls(storage::Database &db, ledger::LedgerService &ledger, NetworkRegistry &networks, Outbox &outbox,
                  QByteArray hotWallet);

    static bool isCustodyPurpose(const QString &purpose);

    // Answers later, never inside the call. Reasons: invalid_argument, not_found
    // (network), invalid_state (network paused, or refId already used for
    // another network or contract), insufficient_funds (the hot wallet — on
    // chain or in the ledger — cannot pay gasLimit at the fee cap), busy (the
    // hot wallet stayed busy signing other transactions), and the node's.
    void send(const QString &networkId, const QString &purpose, const QString &refId, const QByteArray &to20,
              const QByteArray &data, quint64 gasLimit, std::function<void(Result<OutgoingTx>)> done);
    Result<std::optional<OutgoingTx>> status(const QString &purpose, const QString &refId);
    // eth_call at the latest block through the network's node.
    void call(const QString &networkId, const QByteArray &to20, const QByteArray &data,
              std::function<void(Result<QByteArray>)> done);

    // A final transaction of a non-custody purpose: books its gas, marks it
    // booked, tells the listeners; `done(true)` once all that is done.
    void book(const OutgoingTx &tx, const QString &nativeAsset, std::function<void(bool)> done);
    void addListener(Listener listener) { m_listeners.append(std::move(listener)); }

    static constexpr quint64 kMaxGasLimit = 30'000'000; // a block's worth on mainnet

private:
    struct Request {
        QString networkId, purpose, refId;
        QByteArray to, data;
        quint64 gasLimit = 0;
    };
    void sign(const Request &request, int attemptsLeft);
    void answer(const QString &key, const Result<OutgoingTx> &result);
    template<typename T>
    void later(std::function<void(Result<T>)> done, Result<T> result);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    NetworkRegistry &m_networks;
    Outbox &m_outbox;
    QByteArray m_hotWallet;
    // "purpose\nrefId" → callers waiting on the one signing in flight for it.
    QHash<QString, QList<std::function<void(Result<OutgoingTx>)>>> m_waiting;
    QList<Listener> m_listeners;
    QObject m_timers; // context of the deferred answers and retries: they die with this object
};

} // namespace azc::custody
