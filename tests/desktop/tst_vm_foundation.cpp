// The event hub and the transport under every view model: pushes decoded once
// into topics and object ids, subscriptions that end with their owner,
// catch-up after a reconnect, and the session's market-data subscription as
// the union of what open screens want.

#include "foundation/event_hub.h"
#include "vm_fixture.h"

#include <QJsonArray>

using namespace azc;
using namespace azc::test;

class TstVmFoundation : public QObject
{
    Q_OBJECT
private slots:
    void decodesEveryTopicWithItsObjectId_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<int>("topic");
        QTest::addColumn<QString>("objectId");
        auto o = [](std::initializer_list<QPair<QString, QJsonValue>> list) { return QJsonObject(list); };
        QTest::newRow("wallet") << "event.wallet.changed" << o({{"asset", "USDT"}, {"balance", o({{"asset", "USDT"}})}})
                                << int(Topic::WalletChanged) << "USDT";
        QTest::newRow("spot depth") << "event.spot.depth" << o({{"market", "BTC-USDT"}, {"seq", 4}})
                                    << int(Topic::SpotDepth) << "BTC-USDT";
        QTest::newRow("spot order") << "event.spot.order" << o({{"order", o({{"id", "o1"}, {"market", "ETH-USDT"}})}})
                                    << int(Topic::SpotOrder) << "ETH-USDT";
        QTest::newRow("ticker") << "event.spot.ticker" << o({{"ticker", o({{"market", "AZC-USDT"}})}})
                                << int(Topic::SpotTicker) << "AZC-USDT";
        QTest::newRow("message") << "event.message.new" << o({{"message", o({{"conversationId", "c1"}})}})
                                 << int(Topic::MessageNew) << "c1";
        QTest::newRow("read") << "event.read" << o({{"conversationId", "c2"}, {"seq", 3}}) << int(Topic::Read) << "c2";
        QTest::newRow("joined") << "event.chat.joined" << o({{"conversation", o({{"id", "c3"}})}})
                                << int(Topic::ChatJoined) << "c3";
        QTest::newRow("p2p") << "event.p2p.trade" << o({{"trade", o({{"id", "t9"}})}}) << int(Topic::P2pTrade) << "t9";
        QTest::newRow("deposit") << "event.deposit.changed" << o({{"deposit", o({{"id", "d1"}})}})
                                 << int(Topic::DepositChanged) << "d1";
        QTest::newRow("withdrawal") << "event.withdrawal.changed" << o({{"withdrawal", o({{"id", "w1"}})}})
                                    << int(Topic::WithdrawalChanged) << "w1";
        QTest::newRow("notification") << "event.notify.new" << o({{"notification", o({{"id", "n1"}})}})
                                       << int(Topic::NotificationNew) << "n1";
    }
    void decodesEveryTopicWithItsObjectId()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, params);
        QFETCH(int, topic);
        QFETCH(QString, objectId);
        const auto event = EventHub::decode(name, params);
        QVERIFY(event.has_value());
        QCOMPARE(int(event->topic), topic);
        QCOMPARE(event->objectId, objectId);
        QCOMPARE(event->params, params);
    }

    void ignoresWhatIsNotForViewModels()
    {
        QVERIFY(!EventHub::decode(QStringLiteral("event.session.rotated"), {}));
        QVERIFY(!EventHub::decode(QStringLiteral("event.nobody.knows"), {}));
        QVERIFY(!EventHub::decode(QStringLiteral("wallet.changed"), {}));
    }

    void deliversOnlyTheTopicsAskedForWhileTheSubscriberLives()
    {
        VmFixture f;
        QList<Topic> seen;
        auto *subscriber = new QObject;
        f.context.events()->on(Topics(Topic::SpotTrade) | Topic::SpotOrder, subscriber,
                               [&seen](const ServerEvent &e) { seen.append(e.topic); });
        f.transport.push(QStringLiteral("event.spot.trade"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}});
        f.transport.push(QStringLiteral("event.wallet.changed"), {{QStringLiteral("asset"), QStringLiteral("BTC")}});
        f.transport.push(QStringLiteral("event.spot.order"), {});
        QCOMPARE(seen, (QList<Topic>{Topic::SpotTrade, Topic::SpotOrder}));
        delete subscriber;
        f.transport.push(QStringLiteral("event.spot.trade"), {});
        QCOMPARE(seen.size(), 2);
    }

    void catchUpRunsAfterEachResume()
    {
        VmFixture f;
        int catchUps = 0;
        QObject subscriber;
        f.context.events()->onResync(&subscriber, [&catchUps] { ++catchUps; });
        f.transport.resume();
        f.transport.resume();
        QCOMPARE(catchUps, 2);
    }

    // spot.subscribe replaces the session's list: two screens on different
    // markets must both keep their pushes, and a closed screen's market goes.
    void marketSubscriptionIsTheUnionOfOpenScreens()
    {
        VmFixture f;
        EventHub *hub = f.context.events();
        auto markets = [&f] {
            const auto calls = f.transport.callsOf(QStringLiteral("spot.subscribe"));
            return calls.isEmpty() ? QStringList{QStringLiteral("<none>")}
                                   : calls.last().params.value(QStringLiteral("markets")).toVariant().toStringList();
        };
        auto *book = new QObject;
        QObject chart;
        hub->watchMarkets(book, {QStringLiteral("ETH-USDT")});
        QCOMPARE(markets(), QStringList{QStringLiteral("ETH-USDT")});
        hub->watchMarkets(&chart, {QStringLiteral("BTC-USDT")});
        QCOMPARE(markets(), (QStringList{QStringLiteral("BTC-USDT"), QStringLiteral("ETH-USDT")}));
        const int sent = int(f.transport.callsOf(QStringLiteral("spot.subscribe")).size());
        hub->watchMarkets(&chart, {QStringLiteral("BTC-USDT")}); // unchanged: nothing sent
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("spot.subscribe")).size()), sent);
        delete book;
        QCOMPARE(markets(), QStringList{QStringLiteral("BTC-USDT")});
        // A new connection has no subscription: the hub asks again.
        f.transport.resume();
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("spot.subscribe")).size()), sent + 2);
        QCOMPARE(markets(), QStringList{QStringLiteral("BTC-USDT")});
        hub->watchMarkets(&chart, {});
        QCOMPARE(markets(), QStringList());
    }
};

QTEST_MAIN(TstVmFoundation)
#include "tst_vm_foundation.moc"
