#pragma once
// core/custody: the exchange's coins on chain. Owns the keys, the network
// registry, deposit addresses, the scanner, the deposit book, the outbox of
// signed transactions, the sweeper, withdrawals and reconciliation, and
// follows every enabled network on a timer. One pass per network at a time:
//   head → scan new blocks → credit confirmed deposits → advance the outbox
//   (broadcast, receipts, bookings) → sign approved withdrawals → sweep.
// A node that does not answer marks its network offline; everything else
// keeps working and the next pass tries again.

#include "custody/custody_config.h"
#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::identity { class UserDirectory; class TwoFactor; class AuthService; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }

namespace azc::custody {

class AddressBook;
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
    QTimer m_timer;
    QSet<QString> m_running; // networks with a pass under way
    QSet<QString> m_booking; // transactions whose booking is under way
    QString m_closedReason;
};

} // namespace azc::custody
