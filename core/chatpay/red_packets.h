#pragma once
// Red packets: money a group member puts up for the first N members who open
// it. The whole amount leaves the sender at once as a wallet transfer (fee,
// limits and 2FA as for any transfer) into the pool owner
// "escrow-redpackets", split into N exact shares up front (equal, or random
// with every share at least one unit); each opener gets the next share, one
// per member; what nobody opened goes back to the sender when it expires.
//
//   funding   the row exists, the transfer is on its way (a crash here is
//             settled at start by looking for the transfer in the ledger)
//   open      the bubble is posted; shares are claimed
//   finished  every share is claimed
//   expiring  the refund is on its way; expired once it is durable
// A claim is written (row + share index, under a compare-and-set on the
// claimed count) before its transfer; unpaid claims are paid at start under
// the same idempotency key, so nobody is paid twice.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace azc::storage { class Database; struct Migration; }
namespace azc::ledger { class LedgerService; }
namespace azc::wallet { class WalletService; }
namespace azc::messaging { class MessagingService; }

namespace azc::chatpay {

struct RedPacketRequest {
    QString conversationId, asset, total, split, memo, idempotencyKey, twoFactorCode;
    int count = 1;
    int expiresInMinutes = 24 * 60;
};

class RedPackets : public QObject
{
    Q_OBJECT
public:
    RedPackets(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
               messaging::MessagingService &messaging, const Clock &clock, int sweepIntervalMs = 1000,
               qint64 minuteMs = 60 * 1000, QObject *parent = nullptr);
    static QList<storage::Migration> migrations();

    // Finishes what a crash interrupted (funding, claims, refunds); starts the expiry timer.
    Status start();
    void send(const server::Caller &caller, const RedPacketRequest &request, server::Reply reply);
    void open(const server::Caller &caller, const QString &messageId, server::Reply reply);
    // One pass of the expiry check (the timer's; tests call it too).
    void expireDue();

    // `count` exact shares of `total` units: equal (the first ones one unit
    // more when it does not divide), or random (each ≥ 1 unit, shuffled).
    static QList<Amount> split(Amount total, int count, bool random);

private:
    struct Packet;
    Result<Packet> packet(const QString &where, const QVariantList &params);
    void pay(const Packet &p, const QString &userId, Amount amount, std::function<void(Status)> done);
    void refund(const Packet &p);
    // Posts the bubble of a funded packet and opens it for claims.
    Result<QJsonObject> activate(const Packet &p);
    // The bubble's data follows the rows (claims, status); the updated message.
    Result<QJsonObject> announce(const QString &packetId);
    Result<QString> escrowAccount(const QString &asset);
    Result<QString> availableAccount(const QString &userId, const QString &asset);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    wallet::WalletService &m_wallet;
    messaging::MessagingService &m_messaging;
    const Clock &m_clock;
    QTimer m_sweep;
    qint64 m_minuteMs; // the unit of expiresInMinutes
    QSet<QString> m_refunding;
};

} // namespace azc::chatpay
