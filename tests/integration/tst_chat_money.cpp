// Money in chats through a real backend over real WebSockets, on SQLite and
// PostgreSQL: a payment is a wallet transfer (with its fee) that both sides
// see as a bubble, repeated keys pay once; a group payment names a member; a
// request is paid once only, whoever races for it; a payer's retry never pays
// twice; money bubbles cannot be forwarded; non-members cannot touch them.
// The ledger's invariants are checked after every test.

#include "common/amount.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

Amount amt(const QString &text, int decimals) { return Amount::parse(text, decimals).value(); }
QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

class TstChatMoney : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> as(const char *username, const char *password)
    {
        return test::signIn(m_backend->url(), QString::fromLatin1(username), QString::fromLatin1(password));
    }
    std::unique_ptr<WsClient> alice() { return as("alice", "AzcAlice#2026"); }
    std::unique_ptr<WsClient> bob() { return as("bob", "AzcBob#2026"); }
    std::unique_ptr<WsClient> carol() { return as("carol", "AzcCarol#2026"); }
    std::unique_ptr<WsClient> dariush() { return as("dariush", "AzcDariush#2026"); }

    static Amount usdt(WsClient &c)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QStringLiteral("USDT"))
                return amt(b[QStringLiteral("available")].toString(), 6);
        return {};
    }
    static QString direct(WsClient &c, const char *with)
    {
        return c.result(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), QString::fromLatin1(with)}})
                [QStringLiteral("conversation")][QStringLiteral("id")].toString();
    }
    static QJsonObject lastMessage(WsClient &c, const QString &conversationId)
    {
        const QJsonArray list = c.result(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), conversationId}})
                                        [QStringLiteral("messages")].toArray();
        QJsonObject last;
        for (const QJsonValue &m : list)
            if (last.isEmpty() || m[QStringLiteral("seq")].toInteger() > last[QStringLiteral("seq")].toInteger())
                last = m.toObject();
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100;
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
    }

    void cleanup()
    {
        AZC_VERIFY_LEDGER(*m_backend);
    }

    void aPaymentIsATransferBothSidesSee()
    {
        auto a = alice();
        auto b = bob();
        QVERIFY(a && b);
        const QString chat = direct(*a, "bob");
        QVERIFY(!chat.isEmpty());
        const Amount aliceStart = usdt(*a), bobStart = usdt(*b);
        const QString k = key();
        QJsonObject params{{QStringLiteral("conversationId"), chat}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                           {QStringLiteral("amount"), QStringLiteral("25")}, {QStringLiteral("memo"), QStringLiteral("Lunch")},
                           {QStringLiteral("idempotencyKey"), k}};
        const QJsonObject sent = a->result(QStringLiteral("messages.sendMoney"), params);
        const QJsonObject bubble = sent[QStringLiteral("message")].toObject();
        QCOMPARE(bubble[QStringLiteral("kind")].toString(), QStringLiteral("payment"));
        QCOMPARE(bubble[QStringLiteral("text")].toString(), QStringLiteral("Lunch"));
        QCOMPARE(bubble[QStringLiteral("data")][QStringLiteral("amount")].toString(), QStringLiteral("25"));
        QCOMPARE(bubble[QStringLiteral("data")][QStringLiteral("to")][QStringLiteral("username")].toString(), QStringLiteral("bob"));
        const Amount fee = amt(sent[QStringLiteral("receipt")][QStringLiteral("fee")].toString(), 6);
        QVERIFY(fee > Amount()); // the demo's USDT transfer fee
        QCOMPARE(usdt(*a), *aliceStart.checkedSub(*amt(QStringLiteral("25"), 6).checkedAdd(fee)));
        QCOMPARE(usdt(*b), *bobStart.checkedAdd(amt(QStringLiteral("25"), 6)));
        // Bob sees the same bubble in the chat.
        const QJsonObject seen = lastMessage(*b, chat);
        QCOMPARE(seen[QStringLiteral("id")], bubble[QStringLiteral("id")]);
        QCOMPARE(seen[QStringLiteral("data")][QStringLiteral("operationId")], bubble[QStringLiteral("data")][QStringLiteral("operationId")]);
        // A repeat pays nothing more and answers the same bubble.
        QCOMPARE(a->result(QStringLiteral("messages.sendMoney"), params)[QStringLiteral("message")][QStringLiteral("id")],
                 bubble[QStringLiteral("id")]);
        QCOMPARE(usdt(*b), *bobStart.checkedAdd(amt(QStringLiteral("25"), 6)));
        // Over her limit, or an unknown asset: refused, nothing moves, no bubble.
        params.insert(QStringLiteral("idempotencyKey"), key());
        params.insert(QStringLiteral("amount"), QStringLiteral("999999"));
        QCOMPARE(reason(a->call(QStringLiteral("messages.sendMoney"), params)), QStringLiteral("limit_exceeded"));
        params.insert(QStringLiteral("asset"), QStringLiteral("NOPE"));
        params.insert(QStringLiteral("amount"), QStringLiteral("1"));
        QCOMPARE(reason(a->call(QStringLiteral("messages.sendMoney"), params)), QStringLiteral("unknown_asset"));
        QCOMPARE(usdt(*b), *bobStart.checkedAdd(amt(QStringLiteral("25"), 6)));
        QCOMPARE(lastMessage(*b, chat)[QStringLiteral("id")], bubble[QStringLiteral("id")]);
        // Money bubbles are not forwarded.
        const QString other = direct(*a, "carol");
        QCOMPARE(reason(a->call(QStringLiteral("messages.send"), {{QStringLiteral("conversationId"), other},
                                                              {QStringLiteral("forwardMessageId"), bubble[QStringLiteral("id")]}})),
                 QStringLiteral("invalid_params"));
    }

    void aGroupPaymentNamesAMember()
    {
        auto a = alice();
        auto c = carol();
        const QString group = a->result(QStringLiteral("chats.createGroup"),
                                        {{QStringLiteral("title"), QStringLiteral("Trip fund")},
                                         {QStringLiteral("usernames"), QJsonArray{QStringLiteral("carol"), QStringLiteral("bob")}}})
                                      [QStringLiteral("conversation")][QStringLiteral("id")].toString();
        QVERIFY(!group.isEmpty());
        QJsonObject params{{QStringLiteral("conversationId"), group}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                           {QStringLiteral("amount"), QStringLiteral("10")}, {QStringLiteral("idempotencyKey"), key()}};
        QCOMPARE(reason(a->call(QStringLiteral("messages.sendMoney"), params)), QStringLiteral("not_found")); // to whom?
        params.insert(QStringLiteral("toUsername"), QStringLiteral("dariush")); // not a member
        QCOMPARE(reason(a->call(QStringLiteral("messages.sendMoney"), params)), QStringLiteral("not_found"));
        const Amount carolStart = usdt(*c);
        params.insert(QStringLiteral("toUsername"), QStringLiteral("carol"));
        QCOMPARE(a->result(QStringLiteral("messages.sendMoney"), params)[QStringLiteral("message")][QStringLiteral("kind")].toString(),
                 QStringLiteral("payment"));
        QCOMPARE(usdt(*c), *carolStart.checkedAdd(amt(QStringLiteral("10"), 6)));
        // Someone outside the group can neither pay into it nor see it.
        auto d = dariush();
        params.insert(QStringLiteral("idempotencyKey"), key());
        QVERIFY(!reason(d->call(QStringLiteral("messages.sendMoney"), params)).isEmpty());
    }

    // Two members race to pay one request: exactly one pays, once.
    void aRequestIsPaidOnceOnly()
    {
        auto a = alice();
        auto b = bob();
        auto c = carol();
        const QString group = a->result(QStringLiteral("chats.createGroup"),
                                        {{QStringLiteral("title"), QStringLiteral("Concert")},
                                         {QStringLiteral("usernames"), QJsonArray{QStringLiteral("carol"), QStringLiteral("bob")}}})
                                      [QStringLiteral("conversation")][QStringLiteral("id")].toString();
        for (int round = 0; round < 20; ++round) {
            const QJsonObject request = a->result(QStringLiteral("messages.requestMoney"),
                                                  {{QStringLiteral("conversationId"), group},
                                                   {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                   {QStringLiteral("amount"), QStringLiteral("1.5")},
                                                   {QStringLiteral("memo"), QStringLiteral("Ticket")},
                                                   {QStringLiteral("idempotencyKey"), key()}})
                                                [QStringLiteral("message")].toObject();
            QCOMPARE(request[QStringLiteral("kind")].toString(), QStringLiteral("request"));
            QCOMPARE(request[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("open"));
            const QString id = request[QStringLiteral("id")].toString();
            const Amount aliceStart = usdt(*a), bobStart = usdt(*b), carolStart = usdt(*c);
            const QString t1 = b->send(QStringLiteral("messages.payRequest"), {{QStringLiteral("messageId"), id}});
            const QString t2 = c->send(QStringLiteral("messages.payRequest"), {{QStringLiteral("messageId"), id}});
            const QJsonObject r1 = b->take(t1), r2 = c->take(t2);
            const int paid = (r1.contains(QStringLiteral("result")) ? 1 : 0) + (r2.contains(QStringLiteral("result")) ? 1 : 0);
            QCOMPARE(paid, 1);
            QCOMPARE(usdt(*a), *aliceStart.checkedAdd(amt(QStringLiteral("1.5"), 6)));
            const Amount paidTotal = *bobStart.checkedAdd(carolStart)->checkedSub(*usdt(*b).checkedAdd(usdt(*c)));
            QVERIFY(paidTotal > amt(QStringLiteral("1.5"), 6)); // the amount and the payer's fee
            const QJsonObject after = lastMessage(*a, group);
            QCOMPARE(after[QStringLiteral("id")].toString(), id);
            QCOMPARE(after[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("paid"));
            // A later try, the winner's repeat included, is refused and moves nothing.
            QCOMPARE(b->call(QStringLiteral("messages.payRequest"), {{QStringLiteral("messageId"), id}})[QStringLiteral("error")]
                             [QStringLiteral("data")][QStringLiteral("detail")].toString(),
                     QStringLiteral("already_paid"));
            QCOMPARE(usdt(*a), *aliceStart.checkedAdd(amt(QStringLiteral("1.5"), 6)));
        }
        // The requester cannot pay herself; a text message is not a request.
        const QJsonObject own = a->result(QStringLiteral("messages.requestMoney"),
                                          {{QStringLiteral("conversationId"), group}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                           {QStringLiteral("amount"), QStringLiteral("2")}, {QStringLiteral("idempotencyKey"), key()}})
                                        [QStringLiteral("message")].toObject();
        QCOMPARE(a->call(QStringLiteral("messages.payRequest"), {{QStringLiteral("messageId"), own[QStringLiteral("id")]}})
                         [QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString(),
                 QStringLiteral("own_request"));
        QCOMPARE(reason(a->call(QStringLiteral("messages.requestMoney"), {{QStringLiteral("conversationId"), group},
                                                                      {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                                      {QStringLiteral("amount"), QStringLiteral("-2")},
                                                                      {QStringLiteral("idempotencyKey"), key()}})),
                 QStringLiteral("invalid_amount"));
        // Outsiders do not see the request at all.
        auto d = dariush();
        QCOMPARE(reason(d->call(QStringLiteral("messages.payRequest"), {{QStringLiteral("messageId"), own[QStringLiteral("id")]}})),
                 QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TstChatMoney)
#include "tst_chat_money.moc"
