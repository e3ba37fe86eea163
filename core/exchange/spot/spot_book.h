#pragma once
// The per-market state SpotExchange keeps: the engine, its journal, and what
// the engine does not know about each order (who placed it, which ledger hold
// reserves its funds, how much of it has filled).

#include "common/amount.h"
#include "exchange/matching/journal.h"
#include "exchange/matching/order_book.h"
#include "exchange/spot/candle_series.h"
#include "exchange/spot/spot_exchange.h"
#include "exchange/spot/spot_market.h"

#include <QHash>
#include <QString>

namespace azc::spot {

struct SpotExchange::OrderState {
    qint64 id = 0;
    QString userId, holdId;
    matching::Side side = matching::Side::Buy;
    matching::OrderType type = matching::OrderType::Limit;
    matching::TimeInForce timeInForce = matching::TimeInForce::GoodTillCancel;
    qint64 price = 0, quantity = 0; // ticks, lots (quantity 0: a market buy by budget)
    qint64 stopPrice = 0;           // ticks, stop-limit orders
    Amount budget;                  // quote units, market buys
    qint64 filled = 0;              // lots
    Amount filledQuote;             // quote units, book and provider fills
    Amount routedBase, routedQuote; // what the provider filled of it (routing)
    QString storedStatus, storedReason; // as the row had them at start (a routed order's outcome)
    QString status;                 // new, pending_stop, open, filled, partially_filled, cancelled, rejected
    QString reason;
    QString clientKey, fingerprint;
    qint64 createdAt = 0, updatedAt = 0;

    // In the book or waiting for its stop: it can still trade or be cancelled.
    bool isLive() const { return status == QLatin1String("open") || status == QLatin1String("pending_stop"); }
};

struct SpotExchange::Book {
    // Live orders per market the engine holds; beyond it orders that would rest are refused.
    static constexpr std::uint32_t kCapacity = 1u << 16;

    Market market;
    std::unique_ptr<matching::OrderBook> engine = std::make_unique<matching::OrderBook>(kCapacity);
    matching::JournalWriter journal;
    matching::EventBuffer events;
    QHash<qint64, OrderState> orders;
    QHash<QString, qint64> byClientKey; // "user\nidempotency key" → order id

    QHash<QString, QList<qint64>> byUser; // a user's orders, oldest first

    void addOrder(const OrderState &o)
    {
        orders.insert(o.id, o);
        byClientKey.insert(o.userId + u'\n' + o.clientKey, o.id);
        byUser[o.userId].append(o.id);
    }
    qint64 nextOrderId = 1;
    quint64 depthSeq = 0; // rises with every change of the book, for clients' resynchronisation
    CandleSeries candles;
    bool replaying = false; // rebuilding from the journal: no pushes, no new timestamps
    bool journalDirty = false; // records appended since the last fsync
};

QString sideName(matching::Side side);
QString typeName(matching::OrderType type);
QString timeInForceName(matching::TimeInForce tif);
QString reasonName(matching::Reason reason);

} // namespace azc::spot
