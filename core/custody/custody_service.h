#pragma once
// core/custody: the exchange's coins on chain. Owns the keys, the network
// registry, deposit addresses, the scanner, the deposit book, the outbox of
// signed transactions, the sweeper, withdrawals and reconciliation, and
// follows every enabled network on a timer. One pass per network at a time:
//   head → scan new blocks → credit confirmed deposits → advance the outbox
//   (broadcast, receipts, bookings) → sign approved withdrawals → sweep.
// A node that does not answer marks its network offline; everything else
// keeps working and the next pass tries again. Other domains send contract
// calls from the hot wallet through the same outbox (sendContractCall: the
// DAO's tally records); the pass advances them with everything else.

#include "custody/custody_config.h"
#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::identity { class UserDirectory; class TwoFactor; class AuthService; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }

namespace azc::custody {

class AddressBook;
class ContractCalls;
class CustodyKeys;
class DepositAddresses;
class DepositBook;
class DepositScanner;
class NetworkRegistry;
class Outbox;
class Reconciliation;
class Sweeper;
class Withdrawals;
struct Network;
struct OutgoingTx;

struct CustodyServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    identity::UserDirectory &users;
    identity::TwoFactor &twoFactor;
    identity::AuthService &auth; // re-authentication for new withdrawal addresses
    wallet::WalletService &wallet;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    audit::AuditLog &audit;
    const Clock &clock;
};

class CustodyService : public QObject
{
    Q_OBJECT
public:
    CustodyService(CustodyServices services, CustodyConfig config, QString secretsDir, QObject *parent = nullptr);
    ~CustodyService() override;

    // Unlocks the seed and loads the state; custody stays off (and says why)
    // when there is no passphrase or it is wrong.
    Status open();
    bool isOpen() const { return m_keys != nullptr; }
    Status requireOpen() const;
    void startFollowing();
    // Runs one pass over every network now; `done` when all finished (tests, demo).
    void followNow(std::function<void()> done = {});

    NetworkRegistry &networks() { return *m_networks; }
    Withdrawals &withdrawals() { return *m_withdrawals; }
    AddressBook &addressBook() { return *m_book; }
    Reconciliation &reconciliation() { return *m_reconciliation; }
    QByteArray hotWalletAddress() const;

    // Contract calls from the hot wallet for other domains (contract_calls.h):
    // one transaction per (purpose, refId) — a repeat is answered with the
    // stored one —, gas booked HotWallet(N:hot) → World(gas:N) once final.
    // `purpose` is the caller's ("governance"), never withdrawal/sweep/topup.
    void sendContractCall(const QString &networkId, const QString &purpose, const QString &refId,
                          const QByteArray &to20, const QByteArray &data, quint64 gasLimit,
                          std::function<void(Result<OutgoingTx>)> done);
    Result<std::optional<OutgoingTx>> contractCallStatus(const QString &purpose, const QString &refId);
    // eth_call through the network's node (reading a contract's state back).
    void callContract(const QString &networkId, const QByteArray &to20, const QByteArray &data,
                      std::function<void(Result<QByteArray>)> done);
    // Called once per final (confirmed or failed) contract call, after its gas is
    // booked. May be set before open(). Not replayed after a restart: ask
    // contractCallStatus() for calls sent before it.
    void onContractCallFinal(std::function<void(const OutgoingTx &)> listener);

    Result<QJsonObject> publicNetworks();
    Result<QJsonObject> adminNetworks();
    Result<QJsonObject> depositAddress(const QString &userId, const QString &networkId);
    Result<QJsonObject> deposits(const QString &userId, const QString &networkId, int limit);
    Result<QJsonObject> unswept(int limit);
    Result<QJsonObject> saveNetwork(const server::Caller &admin, const QJsonObject &params);
    Result<QJsonObject> saveAsset(const server::Caller &admin, const QJsonObject &params);
    // withdraw.addAddress (custody_new_address.cpp): the password (and the
    // second factor when it is on) first, then the address, then the owner
    // is told on every device.
    void addAddressAfterReauthentication(const server::Caller &caller, const QString &networkId, const QString &address,
                                         const QString &label, const QString &password, const QString &twoFactorCode,
                                         server::Reply reply);

private:
    void pass(const QString &networkId, std::function<void()> done);
    void scanUntilCaughtUp(const QString &networkId, int batches, std::function<void()> done);
    void afterScan(const QString &networkId, std::function<void()> finish);
    void onFinal(const OutgoingTx &tx);

    CustodyServices s;
    CustodyConfig m_config;
    QString m_secretsDir;
    std::unique_ptr<CustodyKeys> m_keys;
    std::unique_ptr<NetworkRegistry> m_networks;
    std::unique_ptr<DepositAddresses> m_addresses;
    std::unique_ptr<DepositBook> m_deposits;
    std::unique_ptr<DepositScanner> m_scanner;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Sweeper> m_sweeper;
    std::unique_ptr<AddressBook> m_book;
    std::unique_ptr<Withdrawals> m_withdrawals;
    std::unique_ptr<Reconciliation> m_reconciliation;
    std::unique_ptr<ContractCalls> m_contractCalls;
    QList<std::function<void(const OutgoingTx &)>> m_contractCallListeners; // given before open()
    QTimer m_timer;
    QSet<QString> m_running; // networks with a pass under way
    QSet<QString> m_booking; // transactions whose booking is under way
    QString m_closedReason;
};

} // namespace azc::custody
