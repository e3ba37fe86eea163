// The wallet, master wallet and proof of reserves through a real backend
// over a real WebSocket, on SQLite and PostgreSQL: balances and history of
// the demo, transfers with fees and notifications, bad input, limits per
// tier, 2FA thresholds, idempotent replays, the race for a whole balance,
// four-eyes adjustments, the master wallet's figures and a user's proof of
// reserves. The ledger's invariants are checked after every test.

#include "common/amount.h"
#include "crypto/totp.h"
#include "reserves/merkle_sum_tree.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(k, v);
    return o;
}

Amount amt(const QString &text, int decimals = 18)
{
    return Amount::parse(text, decimals).value();
}

QString key()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TstWallet : public QObject
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
    std::unique_ptr<WsClient> admin() { return as("admin", "AzcAdmin#2026"); }
    std::unique_ptr<WsClient> finance() { return as("finance", "AzcFinance#2026"); }

    static QString available(WsClient &c, const QString &asset)
    {
        const QJsonArray list = c.result(QStringLiteral("wallet.balances")).value(QStringLiteral("balances")).toArray();
        for (const QJsonValue &b : list)
            if (b.toObject().value(QStringLiteral("asset")).toString() == asset)
                return b.toObject().value(QStringLiteral("available")).toString();
        return {};
    }
    static QJsonObject transfer(WsClient &c, const char *asset, const QString &amount, const char *to,
                                const QString &idem = key(), const QString &code = {})
    {
        QJsonObject p = obj({{QStringLiteral("asset"), QString::fromLatin1(asset)},
                             {QStringLiteral("amount"), amount},
                             {QStringLiteral("toUsername"), QString::fromLatin1(to)},
                             {QStringLiteral("idempotencyKey"), idem}});
        if (!code.isEmpty())
            p.insert(QStringLiteral("twoFactorCode"), code);
        return c.call(QStringLiteral("wallet.transfer"), p);
    }
    // Admin requests, finance approves: the four-eyes path the demo uses.
    void adjust(const QString &username, const QString &asset, const QString &amount)
    {
        auto a = admin();
        auto f = finance();
        QVERIFY(a && f);
        const QJsonObject req = a->result(QStringLiteral("treasury.requestAdjustment"),
                                          obj({{QStringLiteral("target"), QStringLiteral("user")},
                                               {QStringLiteral("username"), username},
                                               {QStringLiteral("asset"), asset},
                                               {QStringLiteral("amount"), amount},
                                               {QStringLiteral("reason"), QStringLiteral("test funding")}}));
        const QString id = req.value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject ok = f->result(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), id}});
        QCOMPARE(ok.value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
    }
    QString registerUser(const QString &username)
    {
        WsClient c;
        if (!c.open(m_backend->url()))
            return {};
        const QJsonObject r = c.result(QStringLiteral("auth.register"),
                                       obj({{QStringLiteral("username"), username},
                                            {QStringLiteral("displayName"), username},
                                            {QStringLiteral("password"), QStringLiteral("Correct-Horse-42-Battery")}}));
        return r.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 1000; // the race sends thousands of writes from one account
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
    }
    void cleanupTestCase() { m_backend.reset(); }
    void cleanup()
    {
        auto report = m_backend->backend().verifyLedger();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
        QVERIFY(report->transfers > 0);
    }

    void demoBalancesAndHistory()
    {
        auto a = alice();
        QVERIFY(a);
        // 2,500 funded + 150 from carol − 25.5 to bob − 0.1 fee (0.1 % of 25.5 is below the 0.1 minimum).
        QCOMPARE(available(*a, QStringLiteral("USDT")), QStringLiteral("2624.4"));
        QCOMPARE(available(*a, QStringLiteral("ETH")), QStringLiteral("1.25"));
        const QJsonObject page = a->result(QStringLiteral("wallet.history"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
        const QJsonArray entries = page.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject newest = entries.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("code")).toString(), QStringLiteral("wallet.transfer"));
        QCOMPARE(newest.value(QStringLiteral("amount")).toString(), QStringLiteral("-25.6"));
        const QJsonObject receipt = newest.value(QStringLiteral("details")).toObject();
        QCOMPARE(receipt.value(QStringLiteral("memo")).toString(), QStringLiteral("Dinner at Pho 24"));
        QCOMPARE(receipt.value(QStringLiteral("to")).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
        QCOMPARE(receipt.value(QStringLiteral("fee")).toString(), QStringLiteral("0.1"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("150"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("treasury.adjustment"));
        QVERIFY(page.value(QStringLiteral("nextBefore")).isNull());

        // Paging one entry at a time walks the same entries, newest first.
        QStringList ids;
        QJsonValue before;
        do {
            QJsonObject p{{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("limit"), 1}};
            if (!before.isNull() && !before.isUndefined())
                p.insert(QStringLiteral("before"), before);
            const QJsonObject pg = a->result(QStringLiteral("wallet.history"), p);
            for (const QJsonValue &e : pg.value(QStringLiteral("entries")).toArray())
                ids.append(e.toObject().value(QStringLiteral("operationId")).toString());
            before = pg.value(QStringLiteral("nextBefore"));
        } while (!before.isNull() && ids.size() < 10);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(ids.first(), newest.value(QStringLiteral("operationId")).toString());

        // The receipt is for its two parties only.
        const QString op = newest.value(QStringLiteral("operationId")).toString();
        QVERIFY(a->result(QStringLiteral("wallet.receipt"), {{QStringLiteral("operationId"), op}}).contains(QStringLiteral("receipt")));
        auto c = carol();
        QCOMPARE(reason(c->call(QStringLiteral("wallet.receipt"), {{QStringLiteral("operationId"), op}})), QStringLiteral("not_found"));
    }

    void transferMovesMoneyAndTellsBothSides()
    {
        auto a = alice();
        auto b = bob();
        QVERIFY(a && b);
        const Amount aliceBefore = amt(available(*a, QStringLiteral("USDT")));
        const Amount bobBefore = amt(available(*b, QStringLiteral("USDT")));
        const QJsonObject quote = a->result(QStringLiteral("wallet.quoteTransfer"),
                                            obj({{QStringLiteral("asset"), QStringLiteral("USDT")},
                                                 {QStringLiteral("amount"), QStringLiteral("120")},
                                                 {QStringLiteral("toUsername"), QStringLiteral("Bob")}}));
        QCOMPARE(quote.value(QStringLiteral("fee")).toString(), QStringLiteral("0.12"));
        QCOMPARE(quote.value(QStringLiteral("total")).toString(), QStringLiteral("120.12"));
        QCOMPARE(quote.value(QStringLiteral("to")).toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("Bob Kim"));
        QCOMPARE(quote.value(QStringLiteral("needsTwoFactor")).toBool(), false);

        QJsonObject p{{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("120")},
                      {QStringLiteral("toUsername"), QStringLiteral("bob")}, {QStringLiteral("memo"), QStringLiteral("Books")},
                      {QStringLiteral("idempotencyKey"), key()}};
        const QJsonObject r = a->result(QStringLiteral("wallet.transfer"), p).value(QStringLiteral("receipt")).toObject();
        QCOMPARE(r.value(QStringLiteral("amount")).toString(), QStringLiteral("120"));
        QCOMPARE(r.value(QStringLiteral("total")).toString(), QStringLiteral("120.12"));
        QCOMPARE(r.value(QStringLiteral("memo")).toString(), QStringLiteral("Books"));
        QVERIFY(!r.value(QStringLiteral("operationId")).toString().isEmpty());

        const QJsonObject changed = b->waitEvent(QStringLiteral("event.wallet.changed"));
        QCOMPARE(changed.value(QStringLiteral("balance")).toObject().value(QStringLiteral("available")).toString(),
                 bobBefore.checkedAdd(amt(QStringLiteral("120"))).value().toString(18));
        const QJsonObject note = b->waitEvent(QStringLiteral("event.notify.new")).value(QStringLiteral("notification")).toObject();
        QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("wallet.received"));
        QCOMPARE(note.value(QStringLiteral("title")).toString(), QStringLiteral("You received 120 USDT"));
        QVERIFY(note.value(QStringLiteral("body")).toString().contains(QLatin1String("Books")));
        QCOMPARE(a->waitEvent(QStringLiteral("event.notify.new")).value(QStringLiteral("notification")).toObject().value(
                     QStringLiteral("kind")).toString(),
                 QStringLiteral("wallet.sent"));
        QCOMPARE(amt(available(*a, QStringLiteral("USDT"))), aliceBefore.checkedSub(amt(QStringLiteral("120.12"))).value());
        QCOMPARE(amt(available(*b, QStringLiteral("USDT"))), bobBefore.checkedAdd(amt(QStringLiteral("120"))).value());
    }

    void badTransfersAreRefusedAndMoveNothing()
    {
        auto a = alice();
        QVERIFY(a);
        const QString before = available(*a, QStringLiteral("USDT"));
        struct Case {
            const char *asset;
            QString amount;
            const char *to;
            const char *reason;
        };
        const Case cases[] = {
            {"USDT", QStringLiteral("1.0000001"), "bob", "invalid_amount"}, // 7 decimals for a 6-decimal asset
            {"USDT", QStringLiteral("-5"), "bob", "invalid_amount"},
            {"USDT", QStringLiteral("0"), "bob", "invalid_amount"},
            {"USDT", QStringLiteral("1e3"), "bob", "invalid_amount"},
            {"USDT", QStringLiteral("abc"), "bob", "invalid_amount"},
            {"DOGE", QStringLiteral("1"), "bob", "unknown_asset"},
            {"USDT", QStringLiteral("1"), "nobody", "not_found"},
            {"USDT", QStringLiteral("1"), "alice", "invalid_state"},
            {"USDT", QStringLiteral("501"), "bob", "limit_exceeded"}, // tier 0: 500 per transfer
            {"BTC", QStringLiteral("0.1"), "bob", "limit_exceeded"},  // tier 0: 0.01 BTC per transfer
        };
        for (const Case &c : cases) {
            const QJsonObject reply = transfer(*a, c.asset, c.amount, c.to);
            const QString expected = QString::fromLatin1(c.reason);
            QVERIFY2(reason(reply) == expected, qPrintable(c.amount + QLatin1Char(' ') + reason(reply)));
        }
        QCOMPARE(reason(a->call(QStringLiteral("wallet.transfer"),
                                obj({{QStringLiteral("asset"), QStringLiteral("USDT")},
                                     {QStringLiteral("amount"), QStringLiteral("1")},
                                     {QStringLiteral("toUsername"), QStringLiteral("bob")},
                                     {QStringLiteral("idempotencyKey"), QStringLiteral("short")}}))),
                 QStringLiteral("invalid_params"));
        QCOMPARE(transfer(*a, "USDT", QStringLiteral("1"), "alice").value(QStringLiteral("error")).toObject().value(
                     QStringLiteral("data")).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("self"));
        QCOMPARE(available(*a, QStringLiteral("USDT")), before);
    }

    void insufficientFundsChangesNothing()
    {
        QVERIFY(!registerUser(QStringLiteral("erin")).isEmpty());
        auto e = as("erin", "Correct-Horse-42-Battery");
        QVERIFY(e);
        adjust(QStringLiteral("erin"), QStringLiteral("USDT"), QStringLiteral("10"));
        // 10 + fee 0.1 is more than 10.
        QCOMPARE(reason(transfer(*e, "USDT", QStringLiteral("10"), "bob")), QStringLiteral("insufficient_funds"));
        QCOMPARE(available(*e, QStringLiteral("USDT")), QStringLiteral("10"));
        QVERIFY(transfer(*e, "USDT", QStringLiteral("9.9"), "bob").contains(QStringLiteral("result")));
        QCOMPARE(available(*e, QStringLiteral("USDT")), QStringLiteral("0"));
    }

    void feeTableDecidesTheFee()
    {
        auto adm = admin();
        auto c = carol();
        QVERIFY(adm && c);
        const auto setFee = [&](const char *fixed, const char *rate, const char *min, const char *max) {
            return adm->call(QStringLiteral("treasury.setFee"),
                             obj({{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("flow"), QStringLiteral("transfer")},
                                  {QStringLiteral("fixed"), QString::fromLatin1(fixed)}, {QStringLiteral("rate"), QString::fromLatin1(rate)},
                                  {QStringLiteral("min"), QString::fromLatin1(min)}, {QStringLiteral("max"), QString::fromLatin1(max)}}));
        };
        QVERIFY(setFee("1", "0.01", "0", "3").contains(QStringLiteral("result")));
        const auto feeFor = [&](const char *amount) {
            return c->result(QStringLiteral("wallet.quoteTransfer"),
                             obj({{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QString::fromLatin1(amount)},
                                  {QStringLiteral("toUsername"), QStringLiteral("alice")}}))
                .value(QStringLiteral("fee")).toString();
        };
        QCOMPARE(feeFor("100"), QStringLiteral("2"));         // 1 + 1 %
        QCOMPARE(feeFor("500"), QStringLiteral("3"));         // capped
        QCOMPARE(feeFor("0.000001"), QStringLiteral("1.000001")); // 1 % of one unit rounds up to one unit
        QCOMPARE(reason(setFee("1", "0.01", "5", "3")), QStringLiteral("invalid_params")); // min above max
        QCOMPARE(reason(setFee("1", "0.0000000001", "0", "0")), QStringLiteral("invalid_amount")); // rate: 8 decimals
        QCOMPARE(reason(setFee("-1", "0", "0", "0")), QStringLiteral("invalid_amount"));
        const QJsonObject before = adm->result(QStringLiteral("treasury.revenue"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
        QVERIFY(transfer(*c, "USDT", QStringLiteral("100"), "alice").contains(QStringLiteral("result")));
        const QJsonObject after = adm->result(QStringLiteral("treasury.revenue"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
        QCOMPARE(amt(after.value(QStringLiteral("total")).toString()),
                 amt(before.value(QStringLiteral("total")).toString()).checkedAdd(amt(QStringLiteral("2"))).value());
        const QJsonArray days = after.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 14);
        QVERIFY(amt(days.last().toObject().value(QStringLiteral("byFlow")).toObject().value(QStringLiteral("transfer")).toString())
                >= amt(QStringLiteral("2")));
        QVERIFY(setFee("0", "0.001", "0.1", "5").contains(QStringLiteral("result"))); // the demo's again
        QVERIFY(!adm->call(QStringLiteral("treasury.fees")).contains(QStringLiteral("error")));
        // A user may not edit fees.
        QCOMPARE(errorCode(c->call(QStringLiteral("treasury.setFee"),
                                   obj({{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("flow"), QStringLiteral("transfer")},
                                        {QStringLiteral("fixed"), QStringLiteral("0")}, {QStringLiteral("rate"), QStringLiteral("0")},
                                        {QStringLiteral("min"), QStringLiteral("0")}, {QStringLiteral("max"), QStringLiteral("0")}}))),
                 -32003);
    }

    void dailyLimitCountsConcurrentSends()
    {
        QVERIFY(!registerUser(QStringLiteral("frank")).isEmpty());
        adjust(QStringLiteral("frank"), QStringLiteral("USDT"), QStringLiteral("2000"));
        auto f = as("frank", "Correct-Horse-42-Battery");
        QVERIFY(f);
        // Tier 0: 1,000 a day, 200 per transfer without 2FA. Twelve sends of 100 at once: ten pass.
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids.append(f->send(QStringLiteral("wallet.transfer"),
                               obj({{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("100")},
                                    {QStringLiteral("toUsername"), QStringLiteral("bob")}, {QStringLiteral("idempotencyKey"), key()}})));
        int ok = 0, limited = 0;
        for (const QString &id : ids) {
            const QJsonObject r = f->take(id);
            ok += r.contains(QStringLiteral("result")) ? 1 : 0;
            if (reason(r) == QLatin1String("limit_exceeded")) {
                ++limited;
                QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                             QStringLiteral("remaining")).toString(),
                         QStringLiteral("0"));
            }
        }
        QCOMPARE(ok, 10);
        QCOMPARE(limited, 2);
        const QJsonObject limits = f->result(QStringLiteral("wallet.limits"));
        QCOMPARE(limits.value(QStringLiteral("tier")).toInt(), 0);
    }

    void twoFactorAboveTheThreshold()
    {
        auto c = carol(); // tier 1: 2FA above 1,000 USDT
        QVERIFY(c);
        QCOMPARE(reason(transfer(*c, "USDT", QStringLiteral("1500"), "alice")), QStringLiteral("two_factor_required"));
        const QJsonObject enrol = c->result(QStringLiteral("totp.enroll"));
        const QByteArray secret = crypto::base32Decode(enrol.value(QStringLiteral("secret")).toString()).value_or(QByteArray());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(c->result(QStringLiteral("totp.confirm"), {{QStringLiteral("code"), crypto::totpAt(secret, now)}})
                    .contains(QStringLiteral("recoveryCodes")));
        const QJsonObject needs = transfer(*c, "USDT", QStringLiteral("1500"), "alice");
        QCOMPARE(reason(needs), QStringLiteral("two_factor_required"));
        QCOMPARE(needs.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                     QStringLiteral("twoFactorAbove")).toString(),
                 QStringLiteral("1000"));
        const QString idem = key();
        QCOMPARE(reason(transfer(*c, "USDT", QStringLiteral("1500"), "alice", idem, QStringLiteral("000000"))),
                 QStringLiteral("invalid_totp"));
        // The refused attempt recorded nothing: the same key with a right code goes through.
        QVERIFY(transfer(*c, "USDT", QStringLiteral("1500"), "alice", idem, crypto::totpAt(secret, now + 30))
                    .contains(QStringLiteral("result")));
        // A repeat needs no code: it answers the first result.
        QVERIFY(transfer(*c, "USDT", QStringLiteral("1500"), "alice", idem).contains(QStringLiteral("result")));

        // Stricter own threshold: 50; looser than the tier's default is refused.
        QCOMPARE(reason(c->call(QStringLiteral("wallet.setTwoFactorThreshold"),
                                obj({{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("5000")}}))),
                 QStringLiteral("invalid_amount"));
        QVERIFY(c->result(QStringLiteral("wallet.setTwoFactorThreshold"),
                          obj({{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("50")}}))
                    .contains(QStringLiteral("twoFactorAbove")));
        QCOMPARE(reason(transfer(*c, "USDT", QStringLiteral("60"), "alice")), QStringLiteral("two_factor_required"));
        QVERIFY(transfer(*c, "USDT", QStringLiteral("40"), "alice").contains(QStringLiteral("result")));
    }

    void replaysMoveMoneyOnceWithIdenticalAnswers()
    {
        auto a = alice();
        QVERIFY(a);
        const Amount before = amt(available(*a, QStringLiteral("USDT")));
        const QString idem = key();
        const QJsonObject params = obj({{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("7.25")},
                                        {QStringLiteral("toUsername"), QStringLiteral("bob")}, {QStringLiteral("idempotencyKey"), idem}});
        QStringList ids;
        for (int i = 0; i < 10; ++i)
            ids.append(a->send(QStringLiteral("wallet.transfer"), params));
        QList<QJsonObject> answers;
        for (const QString &id : ids)
            answers.append(a->take(id).value(QStringLiteral("result")).toObject());
        QVERIFY(!answers.first().isEmpty());
        for (const QJsonObject &r : answers)
            QCOMPARE(r, answers.first());
        // Later repeats too, and "7.250" is the same amount.
        QJsonObject same = params;
        same.insert(QStringLiteral("amount"), QStringLiteral("7.250"));
        QCOMPARE(a->result(QStringLiteral("wallet.transfer"), same), answers.first());
        QCOMPARE(amt(available(*a, QStringLiteral("USDT"))), before.checkedSub(amt(QStringLiteral("7.35"))).value());
        // The same key for something else is refused.
        QJsonObject other = params;
        other.insert(QStringLiteral("amount"), QStringLiteral("8"));
        QCOMPARE(reason(a->call(QStringLiteral("wallet.transfer"), other)), QStringLiteral("idempotency_conflict"));

        // Approving one adjustment ten times at once moves its money once.
        auto adm = admin();
        auto fin = finance();
        const QString adj = adm->result(QStringLiteral("treasury.requestAdjustment"),
                                        obj({{QStringLiteral("target"), QStringLiteral("user")}, {QStringLiteral("username"), QStringLiteral("alice")},
                                             {QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("3")},
                                             {QStringLiteral("reason"), QStringLiteral("goodwill credit")}}))
                                .value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("id")).toString();
        QStringList approvals;
        for (int i = 0; i < 10; ++i)
            approvals.append(fin->send(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), adj}}));
        QList<QJsonObject> decided;
        for (const QString &id : approvals)
            decided.append(fin->take(id).value(QStringLiteral("result")).toObject());
        QVERIFY(!decided.first().isEmpty());
        for (const QJsonObject &r : decided)
            QCOMPARE(r, decided.first());
        QCOMPARE(amt(available(*a, QStringLiteral("USDT"))), before.checkedSub(amt(QStringLiteral("4.35"))).value());
    }

    void raceForTheWholeBalance()
    {
        // Two users pass one balance back and forth; each round 50 requests
        // (10 on each of 5 sockets) try to send all of it at once.
        auto adm = admin();
        QVERIFY(adm);
        QVERIFY(!adm->call(QStringLiteral("treasury.addAsset"),
                           obj({{QStringLiteral("code"), QStringLiteral("RACE")}, {QStringLiteral("name"), QStringLiteral("Race token")},
                                {QStringLiteral("decimals"), 2}}))
                     .contains(QStringLiteral("error")));
        QCOMPARE(reason(adm->call(QStringLiteral("treasury.addAsset"),
                                  obj({{QStringLiteral("code"), QStringLiteral("RACE")}, {QStringLiteral("name"), QStringLiteral("Again")},
                                       {QStringLiteral("decimals"), 2}}))),
                 QStringLiteral("conflict"));
        QVERIFY(!adm->call(QStringLiteral("treasury.setLimit"),
                           obj({{QStringLiteral("asset"), QStringLiteral("RACE")}, {QStringLiteral("tier"), 0},
                                {QStringLiteral("perTransfer"), QStringLiteral("1000000")}, {QStringLiteral("daily"), QStringLiteral("100000000")},
                                {QStringLiteral("twoFactorAbove"), QStringLiteral("1000000")}}))
                     .contains(QStringLiteral("error")));
        QVERIFY(!registerUser(QStringLiteral("racer1")).isEmpty());
        QVERIFY(!registerUser(QStringLiteral("racer2")).isEmpty());
        adjust(QStringLiteral("racer1"), QStringLiteral("RACE"), QStringLiteral("1234.56"));
        std::vector<std::unique_ptr<WsClient>> sockets[2];
        for (int side = 0; side < 2; ++side)
            for (int i = 0; i < 5; ++i) {
                sockets[side].push_back(as(side == 0 ? "racer1" : "racer2", "Correct-Horse-42-Battery"));
                QVERIFY(sockets[side].back());
            }
        const int rounds = 200;
        for (int round = 0; round < rounds; ++round) {
            const int from = round % 2;
            const char *to = from == 0 ? "racer2" : "racer1";
            QList<QPair<WsClient *, QString>> sent;
            for (int i = 0; i < 50; ++i) {
                WsClient *c = sockets[from][i % 5].get();
                sent.append({c, c->send(QStringLiteral("wallet.transfer"),
                                        obj({{QStringLiteral("asset"), QStringLiteral("RACE")},
                                             {QStringLiteral("amount"), QStringLiteral("1234.56")},
                                             {QStringLiteral("toUsername"), QString::fromLatin1(to)},
                                             {QStringLiteral("idempotencyKey"), key()}}))});
            }
            int ok = 0, refused = 0;
            for (const auto &[c, id] : sent) {
                const QJsonObject r = c->take(id);
                if (r.contains(QStringLiteral("result")))
                    ++ok;
                else if (reason(r) == QLatin1String("insufficient_funds"))
                    ++refused;
            }
            QVERIFY2(ok == 1 && refused == 49, qPrintable(QStringLiteral("round %1: %2 ok, %3 refused").arg(round).arg(ok).arg(refused)));
        }
        QCOMPARE(available(*sockets[0].front(), QStringLiteral("RACE")), QStringLiteral("1234.56"));
        QCOMPARE(available(*sockets[1].front(), QStringLiteral("RACE")), QStringLiteral("0"));

        // Disabled: no more sending, but the holder still sees the balance; others no longer see the asset.
        QVERIFY(adm->result(QStringLiteral("treasury.setAssetEnabled"),
                            obj({{QStringLiteral("code"), QStringLiteral("RACE")}, {QStringLiteral("enabled"), false}}))
                    .contains(QStringLiteral("asset")));
        QCOMPARE(reason(transfer(*sockets[0].front(), "RACE", QStringLiteral("1"), "racer2")), QStringLiteral("asset_disabled"));
        QCOMPARE(available(*sockets[0].front(), QStringLiteral("RACE")), QStringLiteral("1234.56"));
        QCOMPARE(available(*sockets[1].front(), QStringLiteral("RACE")), QString());
    }

    void adjustmentsNeedFourEyes()
    {
        auto adm = admin();
        auto fin = finance();
        auto b = bob();
        QVERIFY(adm && fin && b);
        const Amount before = amt(available(*b, QStringLiteral("USDT")));
        const auto request = [&](WsClient &who, const char *amount) {
            return who.result(QStringLiteral("treasury.requestAdjustment"),
                              obj({{QStringLiteral("target"), QStringLiteral("user")}, {QStringLiteral("username"), QStringLiteral("bob")},
                                   {QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QString::fromLatin1(amount)},
                                   {QStringLiteral("reason"), QStringLiteral("chargeback 77")}}))
                .value(QStringLiteral("adjustment")).toObject();
        };
        const QJsonObject debit = request(*adm, "-20");
        QCOMPARE(debit.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const QString id = debit.value(QStringLiteral("id")).toString();
        // Pending: nothing moved; the requester cannot approve their own request.
        QCOMPARE(amt(available(*b, QStringLiteral("USDT"))), before);
        QCOMPARE(reason(adm->call(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), id}})),
                 QStringLiteral("invalid_state"));
        const QJsonArray queue = fin->result(QStringLiteral("treasury.adjustments")).value(QStringLiteral("adjustments")).toArray();
        bool listed = false;
        for (const QJsonValue &v : queue)
            listed = listed || v.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(listed);
        const QJsonObject done = fin->result(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), id}})
                                     .value(QStringLiteral("adjustment")).toObject();
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(done.value(QStringLiteral("decidedBy")).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("finance"));
        QCOMPARE(amt(available(*b, QStringLiteral("USDT"))), before.checkedSub(amt(QStringLiteral("20"))).value());
        QCOMPARE(b->waitEvent(QStringLiteral("event.notify.new")).value(QStringLiteral("notification")).toObject().value(
                     QStringLiteral("kind")).toString(),
                 QStringLiteral("wallet.adjusted"));

        // A debit larger than the balance is refused and stays pending; then it is rejected.
        const QString tooMuch = request(*adm, "-1000000").value(QStringLiteral("id")).toString();
        QCOMPARE(reason(fin->call(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), tooMuch}})),
                 QStringLiteral("insufficient_funds"));
        QCOMPARE(fin->result(QStringLiteral("treasury.rejectAdjustment"),
                             {{QStringLiteral("adjustmentId"), tooMuch}, {QStringLiteral("reason"), QStringLiteral("typo")}})
                     .value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(reason(fin->call(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), tooMuch}})),
                 QStringLiteral("invalid_state"));
        // The audit log holds the requests and decisions.
        const QJsonArray audit = adm->result(QStringLiteral("admin.auditLog"), {{QStringLiteral("limit"), 50}})
                                     .value(QStringLiteral("entries")).toArray();
        QStringList actions;
        for (const QJsonValue &e : audit)
            actions.append(e.toObject().value(QStringLiteral("action")).toString());
        QVERIFY(actions.contains(QStringLiteral("treasury.adjustment.requested")));
        QVERIFY(actions.contains(QStringLiteral("treasury.adjustment.approved")));
        QVERIFY(actions.contains(QStringLiteral("treasury.adjustment.rejected")));
        // Users cannot see or make adjustments.
        QCOMPARE(errorCode(b->call(QStringLiteral("treasury.adjustments"))), -32003);
    }

    void masterWalletFollowsTheMoney()
    {
        auto adm = admin();
        auto a = alice();
        QVERIFY(adm && a);
        const auto usdt = [&]() {
            for (const QJsonValue &v : adm->result(QStringLiteral("treasury.overview")).value(QStringLiteral("assets")).toArray())
                if (v.toObject().value(QStringLiteral("asset")).toString() == QLatin1String("USDT"))
                    return v.toObject();
            return QJsonObject();
        };
        const QJsonObject before = usdt();
        const auto field = [](const QJsonObject &o, const char *group, const char *name) {
            return amt(o.value(QLatin1String(group)).toObject().value(QLatin1String(name)).toString());
        };
        QCOMPARE(field(before, "holdings", "total"), amt(QStringLiteral("12400")));
        QVERIFY(!before.value(QStringLiteral("solvency")).toString().isEmpty());
        QVERIFY(transfer(*a, "USDT", QStringLiteral("50"), "bob").contains(QStringLiteral("result")));
        const QJsonObject after = usdt();
        // The 0.1 fee left the users' liabilities and became revenue.
        QCOMPARE(field(after, "liabilities", "total"), field(before, "liabilities", "total").checkedSub(amt(QStringLiteral("0.1"))).value());
        QCOMPARE(field(after, "house", "revenue"), field(before, "house", "revenue").checkedAdd(amt(QStringLiteral("0.1"))).value());
        // solvency = holdings / liabilities, 4 decimals, rounded down.
        const Amount owed = field(after, "liabilities", "total");
        const Amount expected = Amount::fromUnits(amt(QStringLiteral("12400"), 6).mulDiv(10000, amt(owed.toString(18), 6).units(),
                                                                                        Rounding::Down)->units());
        QCOMPARE(after.value(QStringLiteral("solvency")).toString(), expected.toFixed(4));
    }

    void userVerifiesTheirProofOfReserves()
    {
        auto adm = admin();
        auto a = alice();
        QVERIFY(adm && a);
        QVERIFY(a->result(QStringLiteral("reserves.latest")).value(QStringLiteral("snapshot")).isNull());
        const QJsonObject none = a->call(QStringLiteral("reserves.myProof"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
        QCOMPARE(reason(none), QStringLiteral("not_found"));
        QCOMPARE(none.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                     QStringLiteral("detail")).toString(),
                 QStringLiteral("no_snapshot"));
        const QJsonObject snap = adm->result(QStringLiteral("reserves.publish")).value(QStringLiteral("snapshot")).toObject();
        QCOMPARE(a->waitEvent(QStringLiteral("event.reserves.published")).value(QStringLiteral("snapshot")).toObject(), snap);
        QCOMPARE(snap.value(QStringLiteral("publishedBy")).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
        QCOMPARE(a->result(QStringLiteral("reserves.latest")).value(QStringLiteral("snapshot")).toObject(), snap);
        QString publishedRoot, publishedTotal;
        for (const QJsonValue &v : snap.value(QStringLiteral("assets")).toArray())
            if (v.toObject().value(QStringLiteral("asset")).toString() == QLatin1String("USDT")) {
                publishedRoot = v.toObject().value(QStringLiteral("root")).toString();
                publishedTotal = v.toObject().value(QStringLiteral("total")).toString();
            }
        // The published total is what the master wallet says users are owed.
        for (const QJsonValue &v : adm->result(QStringLiteral("treasury.overview")).value(QStringLiteral("assets")).toArray())
            if (v.toObject().value(QStringLiteral("asset")).toString() == QLatin1String("USDT"))
                QCOMPARE(publishedTotal, v.toObject().value(QStringLiteral("liabilities")).toObject().value(QStringLiteral("total")).toString());
        const QJsonObject proofJson = a->result(QStringLiteral("reserves.myProof"), {{QStringLiteral("asset"), QStringLiteral("USDT")}})
                                          .value(QStringLiteral("proof")).toObject();
        auto proof = reserves::InclusionProof::fromJson(proofJson);
        QVERIFY(proof.ok());
        QCOMPARE(proof->root, publishedRoot);
        QCOMPARE(proofJson.value(QStringLiteral("balance")).toString(), available(*a, QStringLiteral("USDT")));
        const QString aliceId = a->result(QStringLiteral("account.me")).value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(reserves::verifyInclusion(proof.value(), aliceId).ok());
        QVERIFY(!reserves::verifyInclusion(proof.value(), QStringLiteral("someone-else")).ok());
        QCOMPARE(errorCode(a->call(QStringLiteral("reserves.publish"))), -32003);
    }
};

QTEST_MAIN(TstWallet)
#include "tst_wallet.moc"
