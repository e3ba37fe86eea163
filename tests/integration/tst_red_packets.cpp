// Red packets through a real backend over real WebSockets, on SQLite and
// PostgreSQL: the sender pays the whole amount (and the transfer fee) at
// once; the first N members each get one exact share (equal or random) and
// the shares add up to the total; opening twice moves nothing; the sender,
// non-members and late openers are refused; what nobody opened goes back
// when the packet expires; members racing for the last shares get exactly
// one each. Ledger invariants are checked after every test.

#include "chatpay/red_packets.h"
#include "common/amount.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

Amount usdtAmount(const QString &text) { return Amount::parse(text, 6).value(); }
QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString detail(const QJsonObject &reply) { return reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString(); }

} // namespace

class TstRedPackets : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> as(const char *username, const char *password)
    {
        return test::signIn(m_backend->url(), QString::fromLatin1(username), QString::fromLatin1(password));
    }
    static Amount usdt(WsClient &c)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QStringLiteral("USDT"))
                return usdtAmount(b[QStringLiteral("available")].toString());
        return {};
    }
    static QString group(WsClient &owner, const QStringList &usernames)
    {
        return owner.result(QStringLiteral("chats.createGroup"), {{QStringLiteral("title"), QStringLiteral("Lucky draw")},
                                                                 {QStringLiteral("usernames"), QJsonArray::fromStringList(usernames)}})
                [QStringLiteral("conversation")][QStringLiteral("id")].toString();
    }
    static QJsonObject send(WsClient &c, const QString &conversationId, const char *total, int count, const char *split,
                            int minutes = 60)
    {
        return c.call(QStringLiteral("messages.sendRedPacket"), {{QStringLiteral("conversationId"), conversationId},
                                                                {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                                {QStringLiteral("total"), QString::fromLatin1(total)},
                                                                {QStringLiteral("count"), count},
                                                                {QStringLiteral("split"), QString::fromLatin1(split)},
                                                                {QStringLiteral("memo"), QStringLiteral("Happy Nowruz!")},
                                                                {QStringLiteral("expiresInMinutes"), minutes},
                                                                {QStringLiteral("idempotencyKey"), key()}});
    }
    static QJsonObject open(WsClient &c, const QString &messageId)
    {
        return c.call(QStringLiteral("messages.openRedPacket"), {{QStringLiteral("messageId"), messageId}});
    }
    static Amount claimOf(const QJsonObject &reply)
    {
        return usdtAmount(reply[QStringLiteral("result")][QStringLiteral("claim")][QStringLiteral("amount")].toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100;
        config.chatpay.redPacketMinuteMs = 300; // a 1-minute packet lasts 0.3 s here
        config.chatpay.redPacketSweepMs = 50;
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
    }

    void cleanup()
    {
        AZC_VERIFY_LEDGER(*m_backend);
    }

    void splitsAreExact()
    {
        const Amount total = Amount::fromUnits(10000000);
        const QList<Amount> equal = chatpay::RedPackets::split(total, 3, false);
        QCOMPARE(equal, (QList<Amount>{Amount::fromUnits(3333334), Amount::fromUnits(3333333), Amount::fromUnits(3333333)}));
        for (int round = 0; round < 2000; ++round) {
            const int count = 1 + round % 100;
            const Amount t = Amount::fromUnits(count + round * 7919);
            const QList<Amount> shares = chatpay::RedPackets::split(t, count, true);
            QCOMPARE(shares.size(), count);
            Amount sum;
            for (const Amount &s : shares) {
                QVERIFY(s.units() >= 1);
                sum = *sum.checkedAdd(s);
            }
            QCOMPARE(sum, t);
        }
        // Beyond 64 bits (18-decimal assets): still exact.
        const Amount big = Amount::parse(QStringLiteral("1000"), 18).value();
        Amount sum;
        for (const Amount &s : chatpay::RedPackets::split(big, 7, true))
            sum = *sum.checkedAdd(s);
        QCOMPARE(sum, big);
    }

    void equalSharesOncePerMember()
    {
        auto alice = as("alice", "AzcAlice#2026");
        auto bob = as("bob", "AzcBob#2026");
        auto carol = as("carol", "AzcCarol#2026");
        auto dariush = as("dariush", "AzcDariush#2026");
        QVERIFY(alice && bob && carol && dariush);
        const QString chat = group(*alice, {QStringLiteral("bob"), QStringLiteral("carol")});
        // Only groups; bad counts and splits change nothing.
        const QString direct = alice->result(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), QStringLiteral("bob")}})
                                       [QStringLiteral("conversation")][QStringLiteral("id")].toString();
        const Amount aliceStart = usdt(*alice);
        QCOMPARE(reason(send(*alice, direct, "1", 1, "equal")), QStringLiteral("invalid_params"));
        QCOMPARE(reason(send(*alice, chat, "1", 0, "equal")), QStringLiteral("invalid_params"));
        QCOMPARE(reason(send(*alice, chat, "1", 2, "fair")), QStringLiteral("invalid_params"));
        QCOMPARE(detail(send(*alice, chat, "0.000001", 2, "equal")), QStringLiteral("too_small"));
        QCOMPARE(reason(send(*dariush, chat, "1", 1, "equal")), QStringLiteral("forbidden")); // not a member
        QCOMPARE(usdt(*alice), aliceStart);

        const QJsonObject sent = send(*alice, chat, "10", 3, "equal");
        const QJsonObject message = sent[QStringLiteral("result")][QStringLiteral("message")].toObject();
        QCOMPARE(message[QStringLiteral("kind")].toString(), QStringLiteral("redpacket"));
        QCOMPARE(message[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("open"));
        const Amount fee = usdtAmount(sent[QStringLiteral("result")][QStringLiteral("receipt")][QStringLiteral("fee")].toString());
        QCOMPARE(usdt(*alice), *aliceStart.checkedSub(*usdtAmount(QStringLiteral("10")).checkedAdd(fee)));
        const QString id = message[QStringLiteral("id")].toString();

        // bob sees the bubble arrive; opening it pays his share once.
        const Amount bobStart = usdt(*bob), carolStart = usdt(*carol);
        QCOMPARE(detail(open(*alice, id)), QStringLiteral("own_packet"));
        QCOMPARE(reason(open(*dariush, id)), QStringLiteral("not_found")); // not a member: it does not exist for him
        const Amount bobShare = claimOf(open(*bob, id));
        QCOMPARE(usdt(*bob), *bobStart.checkedAdd(bobShare));
        const QJsonObject again = open(*bob, id);
        QCOMPARE(again[QStringLiteral("result")][QStringLiteral("claim")][QStringLiteral("repeat")].toBool(), true);
        QCOMPARE(claimOf(again), bobShare);
        QCOMPARE(usdt(*bob), *bobStart.checkedAdd(bobShare));
        const QJsonObject carolOpened = open(*carol, id);
        const Amount carolShare = claimOf(carolOpened);
        QCOMPARE(usdt(*carol), *carolStart.checkedAdd(carolShare));
        QCOMPARE(bobShare, usdtAmount(QStringLiteral("3.333334")));
        QCOMPARE(carolShare, usdtAmount(QStringLiteral("3.333333")));
        const QJsonObject data = carolOpened[QStringLiteral("result")][QStringLiteral("message")][QStringLiteral("data")].toObject();
        QCOMPARE(data[QStringLiteral("claimed")].toInt(), 2);
        QCOMPARE(data[QStringLiteral("claimedAmount")].toString(), QStringLiteral("6.666667"));
        QCOMPARE(data[QStringLiteral("claims")].toArray().size(), 2);

        // dariush joins late and takes the last share; then it is finished.
        alice->result(QStringLiteral("chats.addMember"), {{QStringLiteral("conversationId"), chat}, {QStringLiteral("username"), QStringLiteral("dariush")}});
        const QJsonObject last = open(*dariush, id);
        QCOMPARE(claimOf(last), usdtAmount(QStringLiteral("3.333333")));
        QCOMPARE(last[QStringLiteral("result")][QStringLiteral("message")][QStringLiteral("data")][QStringLiteral("status")].toString(),
                 QStringLiteral("finished"));
        auto frank = as("support", "AzcSupport#2026");
        alice->result(QStringLiteral("chats.addMember"), {{QStringLiteral("conversationId"), chat}, {QStringLiteral("username"), QStringLiteral("support")}});
        QCOMPARE(detail(open(*frank, id)), QStringLiteral("finished"));
        // A payment bubble is not a red packet.
        QCOMPARE(reason(bob->call(QStringLiteral("messages.openRedPacket"), {{QStringLiteral("messageId"), QStringLiteral("nope")}})),
                 QStringLiteral("not_found"));
    }

    void randomSharesAndLeftoversGoBack()
    {
        auto alice = as("alice", "AzcAlice#2026");
        auto bob = as("bob", "AzcBob#2026");
        auto carol = as("carol", "AzcCarol#2026");
        QVERIFY(alice && bob && carol);
        const QString chat = group(*alice, {QStringLiteral("bob"), QStringLiteral("carol")});
        const Amount aliceStart = usdt(*alice);
        const QJsonObject sent = send(*alice, chat, "5", 4, "random", 1);
        const QString id = sent[QStringLiteral("result")][QStringLiteral("message")][QStringLiteral("id")].toString();
        const Amount fee = usdtAmount(sent[QStringLiteral("result")][QStringLiteral("receipt")][QStringLiteral("fee")].toString());
        const Amount b = claimOf(open(*bob, id)), c = claimOf(open(*carol, id));
        QVERIFY(b.units() >= 1 && c.units() >= 1);
        // The other two shares come back when the packet expires (0.3 s here).
        QTRY_COMPARE_WITH_TIMEOUT(usdt(*alice), *aliceStart.checkedSub(*b.checkedAdd(c)->checkedAdd(fee)), 5000);
        QCOMPARE(detail(open(*alice, id)), QStringLiteral("own_packet"));
        const QJsonArray list = bob->result(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), chat}})[QStringLiteral("messages")].toArray();
        QJsonObject bubble;
        for (const QJsonValue &m : list)
            if (m[QStringLiteral("id")].toString() == id)
                bubble = m.toObject();
        QCOMPARE(bubble[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("expired"));
        QCOMPARE(bubble[QStringLiteral("data")][QStringLiteral("claimedAmount")].toString(), b.checkedAdd(c)->toString(6));
    }

    void membersRacingGetOneShareEach()
    {
        auto alice = as("alice", "AzcAlice#2026");
        QVERIFY(alice);
        const QStringList others{QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dariush"), QStringLiteral("support")};
        const QString chat = group(*alice, others);
        std::vector<std::unique_ptr<WsClient>> clients;
        for (const auto &[name, password] : {std::pair{"bob", "AzcBob#2026"}, std::pair{"carol", "AzcCarol#2026"},
                                             std::pair{"dariush", "AzcDariush#2026"}, std::pair{"support", "AzcSupport#2026"}})
            clients.push_back(as(name, password));
        for (int round = 0; round < 20; ++round) {
            const QString id = send(*alice, chat, "1", 3, round % 2 ? "random" : "equal")[QStringLiteral("result")][QStringLiteral("message")]
                                       [QStringLiteral("id")].toString();
            QVERIFY(!id.isEmpty());
            // Four members, three shares, all at once (each twice): three get one share each, one gets "finished".
            QStringList pending;
            for (auto &c : clients)
                for (int twice = 0; twice < 2; ++twice)
                    pending.append(c->send(QStringLiteral("messages.openRedPacket"), {{QStringLiteral("messageId"), id}}));
            Amount paid;
            int winners = 0, finished = 0;
            for (size_t i = 0; i < clients.size(); ++i) {
                bool won = false;
                for (int twice = 0; twice < 2; ++twice) {
                    const QJsonObject r = clients[i]->take(pending.at(int(i) * 2 + twice));
                    if (r.contains(QStringLiteral("result")) && !r[QStringLiteral("result")][QStringLiteral("claim")][QStringLiteral("repeat")].toBool()) {
                        QVERIFY(!won);
                        won = true;
                        paid = *paid.checkedAdd(claimOf(r));
                    } else if (detail(r) == QStringLiteral("finished")) {
                        ++finished;
                    }
                }
                winners += won ? 1 : 0;
            }
            QCOMPARE(winners, 3);
            QCOMPARE(paid, usdtAmount(QStringLiteral("1")));
            QVERIFY(finished >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TstRedPackets)
#include "tst_red_packets.moc"
