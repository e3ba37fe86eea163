#pragma once
// core/p2p: person-to-person trades managed by the exchange. A seller's coins
// are held in the ledger for as long as they are offered or in a trade, and
// only two things ever happen to a trade's escrow: it goes to the buyer less
// the P2P commission (released), or back to the seller (cancelled, expired,
// refunded). Who may do what and when is trade_rules.h; this service keeps
// the rows, moves the escrow, and runs the payment-window timer.
//
//   sell ad  the advertiser's total is one hold ("p2p_ad"); a trade reserves
//            part of it (the ad's `available` falls), released → posted from
//            that hold to the buyer, cancelled → back to `available` (or to
//            the seller once the ad is closed)
//   buy ad   the taker sells: their amount is their own hold ("p2p_escrow"),
//            opened before the trade exists
// Every state change is one database transaction with its timeline row; the
// escrow moves after it under the key "p2p-settle:<trade>", so a crash in
// between is finished at the next start (rows with settled = 0).

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "p2p/p2p_config.h"
#include "p2p/trade_rules.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }
namespace azc::identity { class UserDirectory; }
namespace azc::notify { class NotificationService; class EventBus; }

namespace azc::p2p {

// An ad's terms as the client sent them (texts; parsed and checked by the
// service). For p2p.updateAd, the ad's current terms with the changes laid over.
struct AdRequest {
    QString side, asset, fiat, priceType = QStringLiteral("fixed"), price, margin, total, minAmount, maxAmount, terms,
            autoReply, idempotencyKey;
    QStringList paymentMethodIds, paymentTypes;
    int paymentWindowMinutes = 15;
    int minKycTier = 0;
    int minAccountAgeDays = 0;
    int minCompletedTrades = 0;
};

struct P2PServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    wallet::WalletService &wallet;
    audit::AuditLog &audit;
    identity::UserDirectory &users;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    const Clock &clock;
};

// The trade's chat, provided by the messaging service (wired by the backend):
// a conversation of the two parties, a system note at every step, support
// added when someone appeals.
struct TradeChat {
    std::function<Result<QString>(const QString &ownerId, const QString &title, const QStringList &memberIds)> open;
    std::function<void(const QString &chatId, const QString &authorId, const QJsonObject &note)> note;
    std::function<void(const QString &chatId)> bringSupport;
    // A message of a party (the ad's auto-reply; a proof of payment as a file): the message.
    std::function<Result<QJsonObject>(const QString &chatId, const QString &authorId, const QString &text, const QString &fileId)> post;
};

// The last spot price of a market ("BTC-USDT"), "" when it has none: the
// market part of a floating ad's reference price.
using LastPrice = std::function<QString(const QString &market)>;

class P2PService : public QObject
{
    Q_OBJECT
public:
    P2PService(P2PServices services, P2PConfig config, QObject *parent = nullptr);

    void setTradeChat(TradeChat chat) { m_chat = std::move(chat); }
    void setLastPrice(LastPrice lastPrice) { m_lastPrice = std::move(lastPrice); }
    // Finishes escrow moves a crash interrupted; starts the expiry timer.
    Status start();

    void createAd(const server::Caller &caller, const AdRequest &request, server::Reply reply);
    void updateAd(const server::Caller &caller, const QString &adId, const QJsonObject &changes, server::Reply reply);
    struct AdFilter {
        QString side, asset, fiat, paymentType, amount, sort;
        int offset = 0, limit = 50;
    };
    Result<QJsonObject> ads(const AdFilter &filter);
    Result<QJsonObject> myAds(const QString &userId);

    // Payment methods (p2p_payment_methods.cpp)
    static QJsonObject paymentTypes();
    Result<QJsonObject> paymentMethods(const QString &userId);
    Result<QJsonObject> addPaymentMethod(const QString &userId, const QString &type, const QString &label,
                                         const QJsonObject &fields);
    Result<QJsonObject> removePaymentMethod(const QString &userId, const QString &id);

    // Reference prices (p2p_pricing.cpp)
    Result<QJsonObject> referenceRates(const QString &asset, const QString &fiat);
    Result<QJsonObject> setReferenceRate(const server::Caller &caller, const QString &asset, const QString &fiat,
                                         const QString &rate);

    // Reputation and feedback (p2p_reputation.cpp)
    Result<QJsonObject> profile(const QString &selfId, const QString &userId, const QString &username);
    Result<QJsonObject> feedback(const server::Caller &caller, const QString &tradeId, const QString &rating,
                                 const QString &comment);
    void setAdStatus(const server::Caller &caller, const QString &adId, const QString &status, server::Reply reply);

    void take(const server::Caller &caller, const QString &adId, const QString &amount, const QString &paymentMethodId,
              const QString &key, server::Reply reply);
    Result<QJsonObject> trades(const QString &userId, const QString &status);
    Result<QJsonObject> trade(const server::Caller &caller, const QString &tradeId);
    void act(const server::Caller &caller, const QString &tradeId, TradeAction action, const QString &note,
             server::Reply reply, const QStringList &proofFileIds = {});
    Result<QJsonObject> disputes();

    // One pass of the payment-window check (the timer's; tests call it too).
    void expireOverdue();

private:
    struct Ad;
    struct Trade;
    // Rows with a WHERE (and ORDER/LIMIT) clause, read whole in one query.
    Result<QList<Ad>> adsWhere(const QString &where, const QVariantList &params);
    Result<QList<Trade>> tradesWhere(const QString &where, const QVariantList &params);
    Result<Ad> adRow(const QString &adId);
    Result<Trade> tradeRow(const QString &tradeId);
    struct Reputation;
    // Reputations of these users, read together (ad lists show many).
    QHash<QString, Reputation> reputations(const QStringList &userIds);
    QJsonObject adJson(const Ad &ad, const Reputation &reputation, bool own = false) const;
    QJsonObject adJson(const Ad &ad);
    // "who" sees the trade: its myRole, the timeline for the detail view.
    QJsonObject tradeJson(const Trade &t, bool withTimeline, const QString &viewerId = {});
    // Checks and parses the terms into `ad` (all but side, asset, total, status).
    Status applyTerms(const QString &userId, const AdRequest &request, Ad &ad);
    // The ad's current price: fixed, or the reference price with its margin.
    std::optional<Amount> effectivePrice(const Ad &ad) const;
    std::optional<Amount> referencePrice(const QString &asset, const QString &fiat) const;
    Result<QJsonArray> paymentMethodsOf(const QString &userId, const QStringList &ids);
    std::optional<Amount> marketReference(const QString &asset, const QString &fiat) const;
    Status loadReferenceRates();
    Status checkRequirements(const server::Caller &caller, const Ad &ad);
    void tradeChanged(const Trade &t, const QString &action, const QString &actorId);
    // `ad.price` is the price the trade locks; `paymentDetails` the seller's methods.
    Result<Trade> openTrade(const server::Caller &caller, const Ad &ad, Amount amount, const QString &holdId,
                            bool escrowInAd, const QJsonArray &paymentDetails, const QString &key);
    // Moves the escrow of a trade that reached a final state; `done` once durable.
    void settle(const Trade &t, std::function<void(Status)> done);
    Status record(const QString &tradeId, const QString &action, const QString &userId, const QString &note);
    void chatNote(const Trade &t, const QString &authorId, const QString &event, const QString &note);
    int decimalsOf(const QString &asset) const;

    P2PServices s;
    P2PConfig m_config;
    QTimer m_sweep;
    QSet<QString> m_settling; // trades whose escrow move is under way
    TradeChat m_chat;
    LastPrice m_lastPrice;
    struct Rate {
        Amount rate;
        qint64 updatedAt = 0;
    };
    QHash<QString, Rate> m_rates; // "ASSET/FIAT" → the admin's rate (the table p2p_reference_rates)
};

} // namespace azc::p2p
