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
#include <QJsonObject>
#include <memory>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::notify { class EventBus; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }

namespace azc::spot {

struct PlaceRequest {
    QString market, side, type, timeInForce, price, quantity, budget, idempotencyKey;
};

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
    Result<QJsonObject> setMarket(const server::Caller &admin, const QJsonObject &params);
    void place(const server::Caller &caller, const PlaceRequest &request, server::Reply reply);
    void cancel(const server::Caller &caller, const QString &market, qint64 orderId, server::Reply reply);
    Result<QJsonObject> orders(const QString &userId, const QString &market, bool openOnly, int limit);
    Result<QJsonObject> depth(const QString &market, int levels);
    Result<QJsonObject> trades(const QString &market, int limit);
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
    QJsonObject orderJson(const Book &b, qint64 id);
    void publishDepth(Book &b);

    SpotServices s;
    QString m_journalDir;
    QHash<QString, std::shared_ptr<Book>> m_books;
    // Placements whose hold is under way, by user and key: fingerprint and the replies waiting.
    QHash<QString, QPair<QString, QList<server::Reply>>> m_waiting;
};

} // namespace azc::spot
