// Trade view models against canned answers: the order book's snapshot,
// deltas in sequence, a gap that fetches the snapshot again, a reconnect
// that does the same; the orders list following its pushes.

#include "foundation/event_hub.h"
#include "trade/trade_order_book.h"
#include "trade/trade_orders_model.h"
#include "vm_fixture.h"

#include <QJsonArray>

using namespace azc;
using namespace azc::test;

namespace {

QJsonArray levels(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QJsonArray out;
    for (const auto &[price, quantity] : list)
        out.append(QJsonArray{QLatin1String(price), QLatin1String(quantity)});
    return out;
}

QJsonObject depth(qint64 seq, QJsonArray bids, QJsonArray asks)
{
    return {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}, {QStringLiteral("seq"), seq},
            {QStringLiteral("bids"), bids}, {QStringLiteral("asks"), asks}};
}

QJsonObject delta(qint64 prevSeq, qint64 seq, QJsonArray bids, QJsonArray asks = {})
{
    QJsonObject d = depth(seq, std::move(bids), std::move(asks));
    d.insert(QStringLiteral("prevSeq"), prevSeq);
    return d;
}

QJsonObject order(const QString &id, const QString &market, const QString &status)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("market"), market}, {QStringLiteral("status"), status}};
}

} // namespace

class TstVmTrade : public QObject
{
    Q_OBJECT
private slots:
    void orderBookAppliesDeltasInSequenceAndResyncsOnAGap()
    {
        VmFixture f;
        TradeOrderBook book;
        book.setMarket(QStringLiteral("BTC-USDT"));
        f.transport.reply(QStringLiteral("spot.depth"), depth(10, levels({{"100", "1"}, {"99", "2"}}), levels({{"101", "3"}})));
        book.attach(&f.context);
        QTRY_COMPARE(book.seq(), 10);
        QCOMPARE(f.context.events()->watchedMarkets(), QStringList{QStringLiteral("BTC-USDT")});
        QCOMPARE(book.bestBid(), QStringLiteral("100"));
        QCOMPARE(book.bestAsk(), QStringLiteral("101"));

        f.transport.push(QStringLiteral("event.spot.depth"), delta(10, 11, levels({{"100", "0"}, {"99.5", "4"}})));
        QCOMPARE(book.seq(), 11);
        QCOMPARE(book.bestBid(), QStringLiteral("99.5"));
        QCOMPARE(book.quantityAt(QStringLiteral("buy"), QStringLiteral("99")), QStringLiteral("2"));

        // Another market's delta and an old one change nothing.
        QJsonObject other = delta(11, 12, levels({{"1", "1"}}));
        other.insert(QStringLiteral("market"), QStringLiteral("ETH-USDT"));
        f.transport.push(QStringLiteral("event.spot.depth"), other);
        f.transport.push(QStringLiteral("event.spot.depth"), delta(9, 10, levels({{"98", "1"}})));
        QCOMPARE(book.seq(), 11);

        // A gap: the snapshot is fetched again.
        const int resyncs = book.resyncs();
        f.transport.reply(QStringLiteral("spot.depth"), depth(14, levels({{"97", "1"}}), levels({{"102", "1"}})));
        f.transport.push(QStringLiteral("event.spot.depth"), delta(13, 14, levels({{"96", "1"}})));
        QTRY_COMPARE(book.resyncs(), resyncs + 1);
        QCOMPARE(book.seq(), 14);
        QCOMPARE(book.bestBid(), QStringLiteral("97"));
    }

    void orderBookTakesAFreshSnapshotAfterAReconnect()
    {
        VmFixture f;
        TradeOrderBook book;
        book.setMarket(QStringLiteral("BTC-USDT"));
        f.transport.reply(QStringLiteral("spot.depth"), depth(3, levels({{"100", "1"}}), {}));
        book.attach(&f.context);
        QTRY_COMPARE(book.seq(), 3);
        const int subscribes = int(f.transport.callsOf(QStringLiteral("spot.subscribe")).size());
        f.transport.reply(QStringLiteral("spot.depth"), depth(8, levels({{"90", "1"}}), {}));
        f.transport.resume();
        QTRY_COMPARE(book.seq(), 8);
        QCOMPARE(book.bestBid(), QStringLiteral("90"));
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("spot.subscribe")).size()), subscribes + 1);
    }

    void ordersFollowPushesForTheirMarket()
    {
        VmFixture f;
        TradeOrdersModel orders;
        orders.setMarket(QStringLiteral("BTC-USDT"));
        orders.setOpenOnly(true);
        f.transport.reply(QStringLiteral("spot.orders"), listOf("orders", {order(QStringLiteral("o1"), QStringLiteral("BTC-USDT"), QStringLiteral("open"))}));
        orders.attach(&f.context);
        QTRY_COMPARE(orders.count(), 1);
        QCOMPARE(f.transport.calls().last().params.value(QStringLiteral("market")).toString(), QStringLiteral("BTC-USDT"));

        f.transport.push(QStringLiteral("event.spot.order"), {{QStringLiteral("order"), order(QStringLiteral("o2"), QStringLiteral("BTC-USDT"), QStringLiteral("open"))}});
        f.transport.push(QStringLiteral("event.spot.order"), {{QStringLiteral("order"), order(QStringLiteral("o3"), QStringLiteral("ETH-USDT"), QStringLiteral("open"))}});
        QCOMPARE(orders.count(), 2);
        f.transport.push(QStringLiteral("event.spot.order"), {{QStringLiteral("order"), order(QStringLiteral("o1"), QStringLiteral("BTC-USDT"), QStringLiteral("filled"))}});
        QCOMPARE(orders.count(), 1); // open only: a filled order leaves
        QCOMPARE(orders.get(0).value(QStringLiteral("id")).toString(), QStringLiteral("o2"));

        // After a reconnect the list is read again (pushes in between are lost).
        f.transport.reply(QStringLiteral("spot.orders"), listOf("orders", {}));
        f.transport.resume();
        QTRY_COMPARE(orders.count(), 0);
    }
};

QTEST_MAIN(TstVmTrade)
#include "tst_vm_trade.moc"
