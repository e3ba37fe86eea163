#pragma once
// core/exchange/spot: the spot exchange between users. Per market, one
// matching engine (core/exchange/matching) fed by a command journal, with
// every order's funds held in the ledger from placement:
//   place   hold (buy: price × quantity, or the budget of a market buy;
//           sell: the quantity) → order row → journal → engine → settle
//   fill    one ledger operation settles both holds: the buyer's quote to the
//           seller and the seller's base to the buyer, each less their fee
//           (maker or taker rate on what they receive) to FeeRevenue(spot_*)
//   end     a filled, cancelled or unfilled-IOC order releases what its
//           hold still has (e.g. a buy filled below its limit)
// Every ledger operation's idempotency key comes from the journal sequence
// and the event's position, so replaying the journal after a restart
// rebuilds the same book and settles whatever a crash left unsettled,
// exactly once.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "exchange/matching/journal.h"
#include "exchange/matching/order_book.h"
#include "exchange/spot/spot_market.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVariantList>
#include <memory>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::notify { class EventBus; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }

namespace azc::spot {

struct PlaceRequest {
    QString market, side, type, timeInForce, price, quantity, budget, idempotencyKey, stopPrice;
};

// What the book could not fill of a market or IOC order on a market with
// routing on, sent to the liquidity provider (a market order there). Exactly
// one of `base` (sells; limit buys) and `quoteBudget` (market buys) is set;
// a non-zero `limitPrice` (quote units per whole base coin) must not be
// crossed: the router refuses rather than fill worse.
struct RouteRequest {
    QString market, orderRef, userId;
    matching::Side side = matching::Side::Buy;
    Amount base, quoteBudget, limitPrice;
    int baseDecimals = 0, quoteDecimals = 0;
};
// What the provider did, in ledger units rounded in the exchange's favour.
struct RouteFill {
    QString provider;   // the ledger's Provider/World sub-account
    Amount base, quote; // base bought or sold; quote paid or received
};
using Router = std::function<void(const RouteRequest &, std::function<void(Result<RouteFill>)>)>;

struct SpotServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    wallet::WalletService &wallet;
    notify::EventBus &bus;
    audit::AuditLog &audit;
    const Clock &clock;
};

class SpotExchange
{
public:
    SpotExchange(SpotServices services, QString journalDir);
    ~SpotExchange();

    // Loads the markets and replays their journals; settles what a crash left.
    Status open();

    Result<QJsonObject> markets();
    // A market's configuration (not_found when there is none).
    Result<Market> market(const QString &symbol);
    Result<QJsonObject> setMarket(const server::Caller &admin, const QJsonObject &params);
    void place(const server::Caller &caller, const PlaceRequest &request, server::Reply reply);
    void cancel(const server::Caller &caller, const QString &market, qint64 orderId, server::Reply reply);
    // Cancels every live order of the caller, in one market or all of them.
    void cancelAll(const server::Caller &caller, const QString &market, server::Reply reply);
    Result<QJsonObject> orders(const QString &userId, const QString &market, bool openOnly, int limit);
    Result<QJsonObject> depth(const QString &market, int levels);
    Result<QJsonObject> trades(const QString &market, int limit);
    Result<QJsonObject> tickers();
    // A price to value the market's coin at (P2P floating ads): the last trade (kept across
    // restarts by the journal replay); a market that never traded, the middle of the best bid and
    // ask (rounded down to a tick). "" with neither, or no such market.
    QString referencePrice(const QString &market) const;
    Result<QJsonObject> candles(const QString &market, const QString &interval, int limit);
    // Replaces what this session receives: depth deltas, trades and tickers
    // of these markets (an empty list stops them).
    Result<QJsonObject> subscribe(const QString &sessionId, const QStringList &markets);
    void unsubscribe(const QString &sessionId);
    // Where the rest of a routed order goes (none: routing has no effect).
    void setRouter(Router router) { m_router = std::move(router); }
    // The canonical book digest (tests: identical after a restart).
    Result<quint64> bookDigest(const QString &market);

private:
    struct Book;
    struct OrderState;
    Result<Book *> book(const QString &symbol);
    Result<qint64> ownerOf(const QString &userId);
    // Journals and applies one command, then settles its events; `done` when
    // every ledger operation it caused is durable.
    void run(Book &b, const matching::Command &command, std::function<void(Status)> done);
    void settle(Book &b, quint64 seq, const matching::EventBuffer &events, const matching::Command &command,
                std::function<void(Status)> done);
    Status loadOrders(Book &b);
    // After a replay: ends what a crash left half-done (see spot_exchange.cpp).
    void repairAfterReplay(Book &b);
    void releaseAtStart(const QString &key, const QString &holdId);
    QJsonObject orderJson(const Book &b, qint64 id);
    // spot_market_data.cpp
    Status loadCandles(Book &b);
    QJsonArray levelsJson(const Book &b, matching::Side side, int levels) const;
    QJsonObject tickerJson(const Book &b) const;
    // `levels`: (0 bid / 1 ask, price) the command changed.
    void publishMarketData(Book &b, const QSet<QPair<int, qint64>> &levels, const QJsonArray &trades);
    // Rows and journal records become durable with the ledger's next group
    // commit: queued here, written by the ledger's commit participant.
    void queueWrite(const QString &sql, const QVariantList &params) { m_pendingWrites.append({sql, params}); }
    Status writePending();
    void queueOrderUpdate(const Book &b, const OrderState &o);
    // spot_routing.cpp: the rest of order `id` to the provider, booked like a fill.
    bool wantsRoute(const Book &b, const matching::Command &command, const OrderState &o) const;
    void routeRest(const QString &market, qint64 id, const QString &keyPrefix, std::function<void(Status)> done);
    void bookRoute(const QString &market, qint64 id, const QString &keyPrefix, const RouteFill &fill,
                   std::function<void(Status)> done);
    void endRoute(const QString &market, qint64 id, const QString &keyPrefix, const QString &why,
                  std::function<void(Status)> done);

    SpotServices s;
    QString m_journalDir;
    QHash<QString, std::shared_ptr<Book>> m_books;
    // Placements whose hold is under way, by user and key: fingerprint and the replies waiting.
    QHash<QString, QPair<QString, QList<server::Reply>>> m_waiting;
    QList<QPair<QString, QVariantList>> m_pendingWrites;
    QHash<QString, qint64> m_owners; // user → engine owner id (never changes)
    Router m_router;
    QHash<QString, QSet<QString>> m_subscribers;   // market → sessions
    QHash<QString, QSet<QString>> m_subscriptions; // session → markets
};

} // namespace azc::spot
