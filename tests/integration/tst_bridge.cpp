// The Bridge and the partner Market through a real backend: partners' owners,
// users and platform staff over real WebSockets, a partner's server over the
// signed HTTPS API, on SQLite and PostgreSQL. Time is real time shifted by the
// test (ShiftedClock), so quotes expire and days roll over in a step.
//
// Every expected figure is computed here, independently, with exact integer
// arithmetic from the policy the test wrote (docs/protocol.md, "Partner points
// and the Bridge"), and compared with the answers and with the ledger read
// through the backend's service registry. The ledger's invariants are checked
// after every test.

#include "demo_users.h"
#include "partner_client.h"
#include "test_backend.h"
#include "ws_client.h"

#include "bridge/bridge_service.h"
#include "common/amount.h"
#include "common/clock.h"
#include "ledger/ledger_service.h"
#include "module/service_registry.h"
#include "payments/payments_service.h"
#include "payments/signing.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr int kRateDecimals = 18;

QString idem() { return QUuid::createUuid().toString(QUuid::Id128); }
QJsonObject res(const QJsonObject &reply) { return reply.value(QStringLiteral("result")).toObject(); }
QString dump(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString limitOf(const QJsonObject &reply) { return reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("limit")].toString(); }
QString detailOf(const QJsonObject &reply) { return reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString(); }

// Exact decimal text → units; an impossible value when the text is not an amount, so comparisons fail loudly.
Int128 units(const QJsonValue &text, int decimals)
{
    auto a = Amount::parse(text.toString(), decimals);
    return a ? a->units() : Int128(-987654321);
}
QString text(Int128 u, int decimals) { return Amount::fromUnits(u).toString(decimals); }
QString str(Int128 v) { return int128ToString(v); }

Int128 tenTo(int n)
{
    Int128 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}
Int128 ceilDiv(Int128 a, Int128 b) { return (a + b - 1) / b; } // a ≥ 0, b > 0

// A policy's terms as the test wrote them, and the protocol's formulas on them.
struct Terms {
    Int128 rate;     // coin per whole point, 18 decimals
    int spreadBps = 0, feeBps = 0, coverageBps = 10000;
    int pointDecimals = 0, coinDecimals = 0;
    Int128 scale() const { return tenTo(pointDecimals + kRateDecimals - coinDecimals); }
};
struct Expected {
    Int128 points, gross, fee, toUser, fromUser; // gross: what leaves (toCoin) or enters (toPoints) the reserve
};
// P points → coin: gross = floor(P × rate × (1 − spread)), fee = ceil(gross × fee), the user gets gross − fee.
Expected toCoin(const Terms &t, Int128 p)
{
    const Int128 gross = p * t.rate * (10000 - t.spreadBps) / (t.scale() * 10000);
    const Int128 fee = ceilDiv(gross * t.feeBps, 10000);
    return {p, gross, fee, gross - fee, 0};
}
// C coin → points: fee = ceil(C × fee), points = floor((C − fee) / (rate × (1 + spread))); the reserve gets C − fee.
Expected toPoints(const Terms &t, Int128 c)
{
    const Int128 fee = ceilDiv(c * t.feeBps, 10000);
    const Int128 points = (c - fee) * t.scale() * 10000 / (t.rate * (10000 + t.spreadBps));
    return {points, c - fee, fee, 0, c};
}
// ceil(outstanding × rate × coverage)
Int128 required(const Terms &t, Int128 outstanding)
{
    return outstanding <= 0 ? 0 : ceilDiv(outstanding * t.rate * t.coverageBps, t.scale() * 10000);
}

QJsonObject policyJson(const char *rate, int spreadBps, int feeBps, const char *minSwap, const char *maxSwap, const char *userCap,
                       const char *totalCap, int coverageBps = 10000)
{
    return {{QStringLiteral("rateMode"), QStringLiteral("fixed")},  {QStringLiteral("rate"), QLatin1String(rate)},
            {QStringLiteral("spreadBps"), spreadBps},               {QStringLiteral("feeBps"), feeBps},
            {QStringLiteral("minSwap"), QLatin1String(minSwap)},    {QStringLiteral("maxSwap"), QLatin1String(maxSwap)},
            {QStringLiteral("userDailyCap"), QLatin1String(userCap)}, {QStringLiteral("totalDailyCap"), QLatin1String(totalCap)},
            {QStringLiteral("toCoin"), true},                       {QStringLiteral("toPoints"), true},
            {QStringLiteral("coverageBps"), coverageBps}};
}

Terms termsOf(const QJsonObject &policy, int pointDecimals, int coinDecimals)
{
    Terms t;
    t.rate = units(policy[QStringLiteral("rate")], kRateDecimals);
    t.spreadBps = policy[QStringLiteral("spreadBps")].toInt();
    t.feeBps = policy[QStringLiteral("feeBps")].toInt();
    t.coverageBps = policy[QStringLiteral("coverageBps")].toInt(10000);
    t.pointDecimals = pointDecimals;
    t.coinDecimals = coinDecimals;
    return t;
}

} // namespace

// Each evaluates its argument once (QVERIFY2 evaluates its message even when the check passes).
#define EXPECT_OK(reply)                                                                        \
    do {                                                                                        \
        const QJsonObject r_ = (reply);                                                         \
        QVERIFY2(r_.contains(QStringLiteral("result")), qPrintable(dump(r_)));                  \
    } while (false)
#define EXPECT_REFUSED(reply, why)                                                              \
    do {                                                                                        \
        const QJsonObject r_ = (reply);                                                         \
        QVERIFY2(reason(r_) == QLatin1String(why), qPrintable(QStringLiteral(why ": ") + dump(r_))); \
    } while (false)

class TstBridge : public QObject
{
    Q_OBJECT
    ShiftedClock m_clock;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<WsClient> m_admin, m_finance, m_support, m_alice, m_bob, m_carol, m_dariush;
    QHash<QString, QString> m_ids; // demo username → user id
    quint64 m_seed = 20260420;

    struct User {
        QString name, id;
        std::unique_ptr<WsClient> ws;
    };
    std::vector<User> m_pool; // registered users, shared by the tests (each test has its own point)

    struct Org {
        QString id;
        WsClient *owner = nullptr;
        QString merchant; // the organisation's ledger owner
    };

    // ------------------------------------------------------------- plumbing

    ledger::LedgerService &ledger() { return *m_backend->backend().services().find<ledger::LedgerService>(); }

    // A ledger balance, read from the ledger itself (0 when the account does not exist yet).
    Int128 held(const QString &owner, const QString &asset, ledger::AccountKind kind = ledger::AccountKind::Available,
                const QString &subKind = {})
    {
        auto a = ledger().existingAccount({owner, asset, kind, subKind});
        if (!a || !a->has_value())
            return 0;
        auto b = ledger().balance((*a)->id);
        return b ? b->units() : Int128(-987654321);
    }
    Int128 fees(const QString &coin) { return held({}, coin, ledger::AccountKind::FeeRevenue, bridge::BridgeService::feeFlow()); }
    Int128 reserveOf(const QString &code, const QString &coin) { return held(bridge::BridgeService::reserveOwner(code), coin); }
    // What people hold of `asset`: every Available account of someone, the partner's own holding left out.
    struct Holding {
        Int128 total = 0;
        qint64 holders = 0;
    };
    Holding holdingsOf(const QString &asset, const QString &merchant)
    {
        Holding h;
        auto accounts = ledger().accountsOf(asset);
        if (!accounts)
            return {-987654321, -1};
        for (const ledger::Account &a : *accounts) {
            if (a.key.ownerId.isEmpty() || a.key.ownerId == merchant)
                continue;
            if (a.key.kind != ledger::AccountKind::Available) {
                if (!a.balance.isZero()) // points only ever sit in Available accounts
                    return {-987654321, -1};
                continue;
            }
            h.total += a.balance.units();
            h.holders += a.balance.isZero() ? 0 : 1;
        }
        return h;
    }

    QJsonObject rpc(WsClient &c, const QString &method, const QJsonObject &params = {}) { return callPatiently(c, method, params); }

    // Auth calls share one budget per address: wait and retry when it says so.
    static QJsonObject authCall(WsClient &c, const QString &method, const QJsonObject &params)
    {
        QJsonObject reply = c.call(method, params);
        for (int i = 0; i < 20 && (reason(reply) == QLatin1String("rate_limited") || reason(reply) == QLatin1String("too_many_attempts")); ++i) {
            QTest::qWait(reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("retryAfterMs")].toInt() + 50);
            reply = c.call(method, params);
        }
        return reply;
    }

    // At least `n` registered users, each signed in on its own socket.
    bool ensureUsers(int n)
    {
        while (int(m_pool.size()) < n) {
            User u;
            u.name = QStringLiteral("bridgeuser%1").arg(m_pool.size(), 2, 10, QLatin1Char('0'));
            const QString password = QStringLiteral("Bridge-Test#2026-") + u.name.right(2);
            u.ws = std::make_unique<WsClient>();
            if (!u.ws->open(m_backend->url()))
                return false;
            const QJsonObject made = authCall(*u.ws, QStringLiteral("auth.register"),
                                              {{QStringLiteral("username"), u.name}, {QStringLiteral("displayName"), u.name},
                                               {QStringLiteral("password"), password}});
            u.id = res(made)[QStringLiteral("user")][QStringLiteral("id")].toString();
            const QJsonObject login = authCall(*u.ws, QStringLiteral("auth.login"),
                                               {{QStringLiteral("username"), u.name}, {QStringLiteral("password"), password},
                                                {QStringLiteral("device"), QStringLiteral("test")}});
            if (u.id.isEmpty() || res(login)[QStringLiteral("token")].toString().isEmpty()) {
                qWarning() << "registering" << u.name << "failed:" << made << login;
                return false;
            }
            m_pool.push_back(std::move(u));
        }
        return true;
    }

    // Money from the treasury, four eyes (admin requests, finance approves); "" when it arrived.
    QString fund(const QString &username, const QString &asset, const QString &amount)
    {
        const QJsonObject request = rpc(*m_admin, QStringLiteral("treasury.requestAdjustment"),
                                        {{QStringLiteral("target"), QStringLiteral("user")}, {QStringLiteral("username"), username},
                                         {QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount},
                                         {QStringLiteral("reason"), QStringLiteral("bridge test funding")}});
        const QString id = res(request)[QStringLiteral("adjustment")][QStringLiteral("id")].toString();
        if (id.isEmpty())
            return dump(request);
        const QJsonObject approved = rpc(*m_finance, QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), id}});
        return res(approved)[QStringLiteral("adjustment")][QStringLiteral("status")].toString() == QLatin1String("approved") ? QString()
                                                                                                                           : dump(approved);
    }

    Org newOrg(WsClient &owner, const QString &name)
    {
        Org o;
        o.id = verifiedShop(m_backend->url(), owner, name);
        o.owner = &owner;
        o.merchant = payments::PaymentsService::merchantOwner(o.id);
        return o;
    }

    QJsonObject createPoint(const Org &o, const QString &code, int decimals, const QString &coin)
    {
        return rpc(*o.owner, QStringLiteral("bridge.createPoint"),
                   {{QStringLiteral("orgId"), o.id}, {QStringLiteral("code"), code}, {QStringLiteral("name"), QString(code + QStringLiteral(" points"))},
                    {QStringLiteral("decimals"), decimals}, {QStringLiteral("coin"), coin}});
    }
    QString propose(WsClient &by, const Org &o, const QString &code, const QJsonObject &policy)
    {
        const QJsonObject r = rpc(by, QStringLiteral("bridge.proposePolicy"),
                                  {{QStringLiteral("orgId"), o.id}, {QStringLiteral("point"), code}, {QStringLiteral("policy"), policy}});
        if (!r.contains(QStringLiteral("result")))
            qWarning() << "proposePolicy:" << r;
        return res(r)[QStringLiteral("proposal")][QStringLiteral("id")].toString();
    }
    QJsonObject decide(WsClient &by, const QString &proposalId, bool approve)
    {
        return approve ? rpc(by, QStringLiteral("bridge.approvePolicy"), {{QStringLiteral("proposalId"), proposalId}})
                       : rpc(by, QStringLiteral("bridge.rejectPolicy"),
                             {{QStringLiteral("proposalId"), proposalId}, {QStringLiteral("reason"), QStringLiteral("the spread is too wide")}});
    }
    // A point with an approved policy and `reserve` in its reserve (from the owner's wallet, funded first).
    bool activePoint(const Org &o, const QString &ownerName, const QString &code, int decimals, const QString &coin, const QJsonObject &policy,
                     const QString &reserve)
    {
        const QJsonObject made = createPoint(o, code, decimals, coin);
        if (res(made)[QStringLiteral("point")][QStringLiteral("status")].toString() != QLatin1String("draft")) {
            qWarning() << "createPoint:" << made;
            return false;
        }
        const QJsonObject approved = decide(*m_admin, propose(*o.owner, o, code, policy), true);
        if (res(approved)[QStringLiteral("proposal")][QStringLiteral("status")].toString() != QLatin1String("approved")) {
            qWarning() << "approvePolicy:" << approved;
            return false;
        }
        if (reserve.isEmpty())
            return true;
        if (const QString f = fund(ownerName, coin, reserve); !f.isEmpty()) {
            qWarning() << "fund:" << f;
            return false;
        }
        const QJsonObject topUp = topUpReserve(o, code, reserve);
        if (!topUp.contains(QStringLiteral("result")))
            qWarning() << "topUpReserve:" << topUp;
        return topUp.contains(QStringLiteral("result"));
    }
    QJsonObject topUpReserve(const Org &o, const QString &code, const QString &amount)
    {
        return rpc(*o.owner, QStringLiteral("bridge.topUpReserve"),
                   {{QStringLiteral("orgId"), o.id}, {QStringLiteral("point"), code}, {QStringLiteral("amount"), amount},
                    {QStringLiteral("from"), QStringLiteral("me")}, {QStringLiteral("idempotencyKey"), idem()}});
    }
    QJsonObject credit(const Org &o, const QString &code, const QString &username, const QString &amount, const QString &key = idem())
    {
        return rpc(*o.owner, QStringLiteral("bridge.credit"),
                   {{QStringLiteral("orgId"), o.id}, {QStringLiteral("point"), code}, {QStringLiteral("username"), username},
                    {QStringLiteral("amount"), amount}, {QStringLiteral("reference"), QStringLiteral("test")},
                    {QStringLiteral("idempotencyKey"), key}});
    }
    QJsonObject quote(WsClient &c, const QString &code, const char *direction, const QString &amount)
    {
        return rpc(c, QStringLiteral("bridge.quote"),
                   {{QStringLiteral("point"), code}, {QStringLiteral("direction"), QLatin1String(direction)}, {QStringLiteral("amount"), amount}});
    }
    QJsonObject swap(WsClient &c, const QString &quoteId, const QString &key = idem())
    {
        return rpc(c, QStringLiteral("bridge.swap"), {{QStringLiteral("quoteId"), quoteId}, {QStringLiteral("idempotencyKey"), key}});
    }
    QJsonObject orgPoint(const Org &o, const QString &code)
    {
        for (const QJsonValue &p : res(rpc(*o.owner, QStringLiteral("bridge.orgPoints"), {{QStringLiteral("orgId"), o.id}}))[QStringLiteral("points")].toArray())
            if (p[QStringLiteral("code")].toString() == code)
                return p.toObject();
        return {};
    }
    QJsonObject saveProduct(const Org &o, const QString &title, const QString &asset, const QString &price, int stock, const char *delivery,
                            const QStringList &codes = {})
    {
        QJsonObject p{{QStringLiteral("orgId"), o.id},          {QStringLiteral("title"), title},
                      {QStringLiteral("description"), title},   {QStringLiteral("imageFileIds"), QJsonArray()},
                      {QStringLiteral("priceAsset"), asset},    {QStringLiteral("price"), price},
                      {QStringLiteral("stock"), stock},         {QStringLiteral("delivery"), QLatin1String(delivery)},
                      {QStringLiteral("active"), true}};
        if (!codes.isEmpty())
            p.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
        return rpc(*o.owner, QStringLiteral("market.saveProduct"), p);
    }
    QJsonObject buy(WsClient &c, const QString &productId, int quantity, const QString &address = {})
    {
        QJsonObject p{{QStringLiteral("productId"), productId}, {QStringLiteral("quantity"), quantity}, {QStringLiteral("idempotencyKey"), idem()}};
        if (!address.isEmpty())
            p.insert(QStringLiteral("address"), address);
        return rpc(c, QStringLiteral("market.buy"), p);
    }
    QJsonObject product(const QString &productId)
    {
        return res(rpc(*m_alice, QStringLiteral("market.product"), {{QStringLiteral("productId"), productId}}))[QStringLiteral("product")].toObject();
    }
    // The partner's API, signed with the backend's (shifted) time.
    HttpAnswer api(PartnerClient &client, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   const QByteArray &key = {})
    {
        return client.request(method, path, body, key, m_clock.nowMs() / 1000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QByteArray s = qgetenv("AZC_TEST_SEED"); !s.isEmpty())
            m_seed = s.toULongLong();
        qInfo("random workload seed %llu (AZC_TEST_SEED repeats a run)", static_cast<unsigned long long>(m_seed));
        BackendConfig config;
        config.seedDemoData = true;
        config.clock = &m_clock;
        config.limits.rateMultiplier = 100; // thousands of quotes and swaps from a handful of accounts
        config.payments.apiEnabled = true;
        config.payments.retryBaseMs = 200;
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
        QVERIFY(m_backend->backend().paymentApiUrl().isValid());
        m_admin = signIn(*m_backend, QStringLiteral("admin"));
        m_finance = signIn(*m_backend, QStringLiteral("finance"));
        m_support = signIn(*m_backend, QStringLiteral("support"));
        m_alice = signIn(*m_backend, QStringLiteral("alice"));
        m_bob = signIn(*m_backend, QStringLiteral("bob"));
        m_carol = signIn(*m_backend, QStringLiteral("carol"));
        m_dariush = signIn(*m_backend, QStringLiteral("dariush"));
        QVERIFY(m_admin && m_finance && m_support && m_alice && m_bob && m_carol && m_dariush);
        for (auto [name, c] : {std::pair{"alice", m_alice.get()}, {"bob", m_bob.get()}, {"carol", m_carol.get()}, {"dariush", m_dariush.get()}})
            m_ids.insert(QLatin1String(name), c->result(QStringLiteral("account.me"))[QStringLiteral("user")][QStringLiteral("id")].toString());
        QVERIFY(!m_ids.value(QStringLiteral("dariush")).isEmpty());
        QVERIFY(ensureUsers(6));
    }

    void cleanup() { AZC_VERIFY_LEDGER(*m_backend); }

    // 1. Points are issued only while the reserve covers them; the reserve leaves only above what they need.
    void mintingIsBoundByTheReserve()
    {
        Org o = newOrg(*m_alice, QStringLiteral("Reserve Air"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("RSV");
        const QJsonObject policy = policyJson("0.3719", 0, 0, "0", "0", "0", "0", 12500); // 125 % coverage
        QVERIFY(activePoint(o, QStringLiteral("alice"), code, 0, QStringLiteral("AZC"), policy, QString()));
        const Terms t = termsOf(policy, 0, 18);
        const QString bob = QStringLiteral("bob"), carol = QStringLiteral("carol");

        // Nothing in the reserve: not even one point.
        EXPECT_REFUSED(credit(o, code, bob, QStringLiteral("1")), "reserve_insufficient");
        QCOMPARE(str(held(m_ids[bob], code)), QStringLiteral("0"));

        QCOMPARE(fund(QStringLiteral("alice"), QStringLiteral("AZC"), QStringLiteral("100")), QString());
        EXPECT_OK(topUpReserve(o, code, QStringLiteral("100")));
        const Int128 reserve = tenTo(18) * 100;
        QCOMPARE(str(reserveOf(code, QStringLiteral("AZC"))), str(reserve));
        // The most it covers: ceil(O × rate × coverage) ≤ reserve ⟺ O ≤ reserve / (rate × coverage).
        const Int128 most = reserve * t.scale() * 10000 / (t.rate * t.coverageBps);
        QVERIFY(required(t, most) <= reserve && required(t, most + 1) > reserve);

        // One more than that is refused and moves nothing.
        const Int128 ownAzcBefore = held(o.merchant, QStringLiteral("AZC"));
        EXPECT_REFUSED(credit(o, code, bob, text(most + 1, 0)), "reserve_insufficient");
        QCOMPARE(str(held(m_ids[bob], code)), QStringLiteral("0"));
        QCOMPARE(orgPoint(o, code)[QStringLiteral("outstanding")].toString(), QStringLiteral("0"));
        // Exactly up to coverage succeeds, and after it not one point more.
        const QJsonObject credited = credit(o, code, bob, text(most, 0));
        EXPECT_OK(credited);
        QCOMPARE(res(credited)[QStringLiteral("credit")][QStringLiteral("amount")].toString(), text(most, 0));
        QCOMPARE(str(held(m_ids[bob], code)), str(most));
        EXPECT_REFUSED(credit(o, code, carol, QStringLiteral("1")), "reserve_insufficient");
        QCOMPARE(str(held(m_ids[carol], code)), QStringLiteral("0"));

        const QJsonObject point = orgPoint(o, code);
        QCOMPARE(point[QStringLiteral("outstanding")].toString(), text(most, 0));
        QCOMPARE(point[QStringLiteral("reserve")].toString(), text(reserve, 18));
        QCOMPARE(point[QStringLiteral("requiredReserve")].toString(), text(required(t, most), 18));
        QCOMPARE(point[QStringLiteral("holders")].toInt(), 1);

        // Withdrawing below the required reserve is refused (by one unit of the coin); exactly down to it works.
        const Int128 spare = reserve - required(t, most);
        QVERIFY(spare > 0);
        const auto withdraw = [&](Int128 amount) {
            return rpc(*o.owner, QStringLiteral("bridge.withdrawReserve"),
                       {{QStringLiteral("orgId"), o.id}, {QStringLiteral("point"), code}, {QStringLiteral("amount"), text(amount, 18)},
                        {QStringLiteral("idempotencyKey"), idem()}});
        };
        EXPECT_REFUSED(withdraw(spare + 1), "reserve_insufficient");
        QCOMPARE(str(reserveOf(code, QStringLiteral("AZC"))), str(reserve));
        QCOMPARE(str(held(o.merchant, QStringLiteral("AZC"))), str(ownAzcBefore));
        EXPECT_OK(withdraw(spare));
        QCOMPARE(str(reserveOf(code, QStringLiteral("AZC"))), str(required(t, most)));
        QCOMPARE(str(held(o.merchant, QStringLiteral("AZC"))), str(ownAzcBefore + spare));
        EXPECT_REFUSED(withdraw(1), "reserve_insufficient");
        QCOMPARE(orgPoint(o, code)[QStringLiteral("coverageBps")].toString(), QStringLiteral("12500"));

        // A credit that would take the outstanding past 2^127 − 1 units is refused, not issued unbacked.
        const Int128 top = (((Int128(1) << 126) - 1) << 1) + 1;
        EXPECT_REFUSED(credit(o, code, carol, text(top - most + 1, 0)), "invalid_amount");
        QCOMPARE(str(held(m_ids[carol], code)), QStringLiteral("0"));
        QCOMPARE(orgPoint(o, code)[QStringLiteral("outstanding")].toString(), text(most, 0));
    }

    // 2. 1,000 random swaps both ways are exact to the unit; repeats and expired quotes move nothing.
    void randomSwapsAreExact()
    {
        Org o = newOrg(*m_bob, QStringLiteral("Exact Coffee"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("EXC"), coin = QStringLiteral("USDT");
        const QJsonObject policy = policyJson("0.013579", 137, 45, "1", "5000", "0", "0");
        QVERIFY(activePoint(o, QStringLiteral("bob"), code, 2, coin, policy, QStringLiteral("1500")));
        const Terms t = termsOf(policy, 2, 6);
        constexpr int kUsers = 5;
        for (int i = 0; i < kUsers; ++i) {
            EXPECT_OK(credit(o, code, m_pool[i].name, QStringLiteral("20000")));
            QCOMPARE(fund(m_pool[i].name, coin, QStringLiteral("300")), QString());
        }
        // Where everything starts, read from the ledger.
        Int128 points[kUsers], money[kUsers];
        for (int i = 0; i < kUsers; ++i) {
            points[i] = held(m_pool[i].id, code);
            money[i] = held(m_pool[i].id, coin);
            QCOMPARE(str(points[i]), str(tenTo(2) * 20000));
        }
        const Int128 reserve0 = reserveOf(code, coin), fees0 = fees(coin);
        QCOMPARE(str(reserve0), str(tenTo(6) * 1500));
        Int128 intoReserve = 0, outOfReserve = 0, feeSum = 0;
        const Int128 minPoints = 100, maxPoints = 500000; // the policy's 1 and 5,000 points, in units

        QRandomGenerator rng(m_seed);
        int swaps = 0, repeats = 0;
        for (int round = 0; swaps < 1000; ++round) {
            struct Pending { int user; bool toCoin; Expected e; QString quoteId, key, request; };
            QList<Pending> batch;
            for (int i = 0; i < kUsers && swaps + batch.size() < 1000; ++i) {
                const Int128 minCoin = 20'000; // 0.02 USDT: about 1.45 points
                const bool canCoin = points[i] >= minPoints, canPoints = money[i] >= minCoin;
                if (!canCoin && !canPoints)
                    continue;
                Pending p{i, canCoin && (!canPoints || rng.bounded(2) == 0), {}, {}, idem(), {}};
                Int128 given = 0;
                bool within = false;
                for (int attempt = 0; attempt < 50 && !within; ++attempt) {
                    if (p.toCoin) {
                        given = rng.bounded(qint64(minPoints), qint64(std::min(points[i], maxPoints)) + 1);
                        p.e = toCoin(t, given);
                    } else {
                        given = rng.bounded(qint64(minCoin), qint64(std::min<Int128>(money[i], 60'000'000)) + 1);
                        p.e = toPoints(t, given);
                    }
                    within = p.e.points >= minPoints && p.e.points <= maxPoints;
                }
                if (!within)
                    continue;
                const QJsonObject q = quote(*m_pool[i].ws, code, p.toCoin ? "toCoin" : "toPoints",
                                            p.toCoin ? text(given, 2) : text(given, 6));
                EXPECT_OK(q);
                const QJsonObject r = res(q);
                QCOMPARE(r[QStringLiteral("amountIn")].toString(), p.toCoin ? text(given, 2) : text(given, 6));
                QCOMPARE(r[QStringLiteral("amountOut")].toString(), p.toCoin ? text(p.e.toUser, 6) : text(p.e.points, 2));
                QCOMPARE(r[QStringLiteral("fee")].toString(), text(p.e.fee, 6));
                QCOMPARE(r[QStringLiteral("rate")].toString(), QStringLiteral("0.013579"));
                QCOMPARE(r[QStringLiteral("assetOut")].toString(), p.toCoin ? coin : code);
                p.quoteId = r[QStringLiteral("quoteId")].toString();
                batch.append(p);
            }
            // The round's swaps all in flight together (one group commit holds several).
            for (Pending &p : batch)
                p.request = m_pool[p.user].ws->send(QStringLiteral("bridge.swap"),
                                                    {{QStringLiteral("quoteId"), p.quoteId}, {QStringLiteral("idempotencyKey"), p.key}});
            for (const Pending &p : batch) {
                const QJsonObject answer = m_pool[p.user].ws->take(p.request);
                EXPECT_OK(answer);
                const QJsonObject s = res(answer)[QStringLiteral("swap")].toObject();
                QCOMPARE(s[QStringLiteral("direction")].toString(), p.toCoin ? QStringLiteral("toCoin") : QStringLiteral("toPoints"));
                QCOMPARE(s[QStringLiteral("points")].toString(), text(p.e.points, 2));
                QCOMPARE(s[QStringLiteral("coinAmount")].toString(), text(p.toCoin ? p.e.toUser : p.e.fromUser, 6));
                QCOMPARE(s[QStringLiteral("fee")].toString(), text(p.e.fee, 6));
                QCOMPARE(s[QStringLiteral("via")].toString(), QStringLiteral("app"));
                if (p.toCoin) {
                    points[p.user] -= p.e.points;
                    money[p.user] += p.e.toUser;
                    outOfReserve += p.e.gross;
                } else {
                    money[p.user] -= p.e.fromUser;
                    points[p.user] += p.e.points;
                    intoReserve += p.e.gross;
                }
                feeSum += p.e.fee;
                ++swaps;
            }
            // Now and then, the same key again: the first swap's answer, nothing moves.
            if (round % 40 == 7 && !batch.isEmpty()) {
                const Pending &p = batch.first();
                const Int128 pointsBefore = held(m_pool[p.user].id, code), moneyBefore = held(m_pool[p.user].id, coin);
                const QJsonObject again = swap(*m_pool[p.user].ws, p.quoteId, p.key);
                EXPECT_OK(again);
                QCOMPARE(res(again)[QStringLiteral("swap")][QStringLiteral("points")].toString(), text(p.e.points, 2));
                QCOMPARE(str(held(m_pool[p.user].id, code)), str(pointsBefore));
                QCOMPARE(str(held(m_pool[p.user].id, coin)), str(moneyBefore));
                ++repeats;
            }
        }
        QCOMPARE(swaps, 1000);
        QVERIFY(repeats >= 5);

        // Every user's balances to the unit.
        Int128 allPoints = 0;
        for (int i = 0; i < kUsers; ++i) {
            QCOMPARE(str(held(m_pool[i].id, code)), str(points[i]));
            QCOMPARE(str(held(m_pool[i].id, coin)), str(money[i]));
            allPoints += points[i];
        }
        // Outstanding = what people hold; the reserve moved by exactly the coin that left or entered it; fees to the house.
        const QJsonObject point = orgPoint(o, code);
        QCOMPARE(point[QStringLiteral("outstanding")].toString(), text(allPoints, 2));
        QCOMPARE(str(holdingsOf(code, o.merchant).total), str(allPoints));
        QCOMPARE(str(reserveOf(code, coin)), str(reserve0 + intoReserve - outOfReserve));
        QCOMPARE(point[QStringLiteral("reserve")].toString(), text(reserve0 + intoReserve - outOfReserve, 6));
        QCOMPARE(str(fees(coin) - fees0), str(feeSum));
        QCOMPARE(point[QStringLiteral("requiredReserve")].toString(), text(required(t, allPoints), 6));

        // A quote is good for 30 s: past that it is refused and nothing moves.
        const QJsonObject late = quote(*m_pool[0].ws, code, "toPoints", QStringLiteral("1"));
        EXPECT_OK(late);
        m_clock.advance(31'000);
        EXPECT_REFUSED(swap(*m_pool[0].ws, res(late)[QStringLiteral("quoteId")].toString()), "quote_expired");
        QCOMPARE(str(held(m_pool[0].id, code)), str(points[0]));
        QCOMPARE(str(held(m_pool[0].id, coin)), str(money[0]));
        QCOMPARE(str(reserveOf(code, coin)), str(reserve0 + intoReserve - outOfReserve));
    }

    // 4. Policies change with four eyes; pausing is immediate, resuming is the platform's.
    void policiesNeedFourEyesAndPausingIsImmediate()
    {
        Org o = newOrg(*m_carol, QStringLiteral("Four Eyes Books"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("EYES");
        QCOMPARE(res(createPoint(o, code, 0, QStringLiteral("AZC")))[QStringLiteral("point")][QStringLiteral("status")].toString(),
                 QStringLiteral("draft"));
        // A draft point has no terms: no quotes, no credits.
        EXPECT_REFUSED(quote(*m_alice, code, "toCoin", QStringLiteral("10")), "no_policy");
        EXPECT_REFUSED(credit(o, code, QStringLiteral("alice"), QStringLiteral("10")), "no_policy");

        const QString first = propose(*m_carol, o, code, policyJson("0.02", 0, 0, "1", "0", "0", "0"));
        QVERIFY(!first.isEmpty());
        EXPECT_REFUSED(quote(*m_alice, code, "toCoin", QStringLiteral("10")), "no_policy"); // proposed is not in force
        EXPECT_REFUSED(decide(*m_carol, first, true), "forbidden");                     // the proposer is no platform admin

        // Dariush is an admin of the organisation and a platform admin: neither lets him approve its policies.
        EXPECT_OK(rpc(*m_carol, QStringLiteral("payments.addMember"),
                      {{QStringLiteral("orgId"), o.id}, {QStringLiteral("username"), QStringLiteral("dariush")}, {QStringLiteral("role"), QStringLiteral("admin")}}));
        EXPECT_OK(rpc(*m_admin, QStringLiteral("admin.setRole"), {{QStringLiteral("userId"), m_ids[QStringLiteral("dariush")]}, {QStringLiteral("role"), QStringLiteral("admin")}}));
        auto dariush = signIn(*m_backend, QStringLiteral("dariush"));
        QVERIFY(dariush);
        const QJsonObject byMember = decide(*dariush, first, true);
        EXPECT_REFUSED(byMember, "forbidden");
        QCOMPARE(detailOf(byMember), QStringLiteral("own_proposal"));
        EXPECT_REFUSED(decide(*dariush, first, false), "forbidden");
        EXPECT_REFUSED(quote(*m_alice, code, "toCoin", QStringLiteral("10")), "no_policy");

        // Another admin approves: the point is active at 0.02 AZC a point.
        const QJsonObject approved = decide(*m_admin, first, true);
        EXPECT_OK(approved);
        QCOMPARE(res(approved)[QStringLiteral("proposal")][QStringLiteral("status")].toString(), QStringLiteral("approved"));
        QCOMPARE(orgPoint(o, code)[QStringLiteral("status")].toString(), QStringLiteral("active"));
        QCOMPARE(fund(QStringLiteral("carol"), QStringLiteral("AZC"), QStringLiteral("50")), QString());
        EXPECT_OK(topUpReserve(o, code, QStringLiteral("50")));
        EXPECT_OK(credit(o, code, QStringLiteral("alice"), QStringLiteral("1000")));
        const auto outFor100 = [&] { return res(quote(*m_alice, code, "toCoin", QStringLiteral("100")))[QStringLiteral("amountOut")].toString(); };
        QCOMPARE(outFor100(), QStringLiteral("2"));

        // Dariush proposes 0.03; as proposer he cannot approve it, not even after leaving the organisation.
        const QString second = propose(*dariush, o, code, policyJson("0.03", 0, 0, "1", "0", "0", "0"));
        QVERIFY(!second.isEmpty());
        QCOMPARE(detailOf(decide(*dariush, second, true)), QStringLiteral("own_proposal"));
        EXPECT_OK(rpc(*m_carol, QStringLiteral("payments.removeMember"), {{QStringLiteral("orgId"), o.id}, {QStringLiteral("userId"), m_ids[QStringLiteral("dariush")]}}));
        const QJsonObject byProposer = decide(*dariush, second, true);
        EXPECT_REFUSED(byProposer, "forbidden");
        QCOMPARE(detailOf(byProposer), QStringLiteral("own_proposal"));
        QCOMPARE(outFor100(), QStringLiteral("2")); // still the old rate
        // Rejected: the old policy stays.
        const QJsonObject rejected = decide(*m_admin, second, false);
        EXPECT_OK(rejected);
        QCOMPARE(res(rejected)[QStringLiteral("proposal")][QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        EXPECT_REFUSED(decide(*m_admin, second, true), "invalid_state");
        QCOMPARE(outFor100(), QStringLiteral("2"));
        QCOMPARE(orgPoint(o, code)[QStringLiteral("policy")][QStringLiteral("rate")].toString(), QStringLiteral("0.02"));
        EXPECT_OK(rpc(*m_admin, QStringLiteral("admin.setRole"), {{QStringLiteral("userId"), m_ids[QStringLiteral("dariush")]}, {QStringLiteral("role"), QStringLiteral("user")}}));

        // A third policy approved: in force at once; a quote made under the old one is no longer honoured.
        const QString oldQuote = res(quote(*m_alice, code, "toCoin", QStringLiteral("100")))[QStringLiteral("quoteId")].toString();
        QVERIFY(!oldQuote.isEmpty());
        EXPECT_OK(decide(*m_admin, propose(*m_carol, o, code, policyJson("0.025", 0, 0, "1", "0", "0", "0")), true));
        QCOMPARE(outFor100(), QStringLiteral("2.5"));
        EXPECT_REFUSED(swap(*m_alice, oldQuote), "quote_expired");
        QCOMPARE(str(held(m_ids[QStringLiteral("alice")], code)), QStringLiteral("1000"));

        // The partner pauses: immediate for new quotes, for a quote already given, and for credits.
        const QString before = res(quote(*m_alice, code, "toCoin", QStringLiteral("100")))[QStringLiteral("quoteId")].toString();
        QVERIFY(!before.isEmpty());
        const QJsonObject paused = rpc(*m_carol, QStringLiteral("bridge.setPaused"), {{QStringLiteral("point"), code}, {QStringLiteral("paused"), true}});
        EXPECT_OK(paused);
        QCOMPARE(res(paused)[QStringLiteral("point")][QStringLiteral("status")].toString(), QStringLiteral("paused"));
        EXPECT_REFUSED(quote(*m_alice, code, "toCoin", QStringLiteral("100")), "paused");
        EXPECT_REFUSED(swap(*m_alice, before), "paused");
        EXPECT_REFUSED(credit(o, code, QStringLiteral("alice"), QStringLiteral("1")), "paused");
        QCOMPARE(str(held(m_ids[QStringLiteral("alice")], code)), QStringLiteral("1000"));
        // Resuming is not the partner's; nor is pausing a stranger's.
        EXPECT_REFUSED(rpc(*m_carol, QStringLiteral("bridge.setPaused"), {{QStringLiteral("point"), code}, {QStringLiteral("paused"), false}}), "forbidden");
        EXPECT_REFUSED(rpc(*m_bob, QStringLiteral("bridge.setPaused"), {{QStringLiteral("point"), code}, {QStringLiteral("paused"), false}}), "not_found");
        QCOMPARE(orgPoint(o, code)[QStringLiteral("status")].toString(), QStringLiteral("paused"));
        EXPECT_OK(rpc(*m_admin, QStringLiteral("bridge.setPaused"), {{QStringLiteral("point"), code}, {QStringLiteral("paused"), false}}));
        const QJsonObject resumed = quote(*m_alice, code, "toCoin", QStringLiteral("100"));
        EXPECT_OK(resumed);
        EXPECT_OK(swap(*m_alice, res(resumed)[QStringLiteral("quoteId")].toString()));
        QCOMPARE(str(held(m_ids[QStringLiteral("alice")], code)), QStringLiteral("900"));
    }

    // 5. The Market: never oversold, exact money, distinct vouchers, refunds once, disputes decided by support.
    void marketNeverOversellsAndPaysBackOnce()
    {
        QVERIFY(ensureUsers(50));
        Org o = newOrg(*m_carol, QStringLiteral("Voucher Hall"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("MKT");
        QVERIFY(activePoint(o, QStringLiteral("carol"), code, 0, QStringLiteral("AZC"), policyJson("0.01", 0, 0, "1", "0", "0", "0"),
                            QStringLiteral("100")));
        for (int i = 0; i < 50; ++i)
            EXPECT_OK(credit(o, code, m_pool[i].name, QStringLiteral("100")));
        EXPECT_OK(credit(o, code, QStringLiteral("bob"), QStringLiteral("100")));

        const QStringList codes = {QStringLiteral("VCH-0001-AAAA"), QStringLiteral("VCH-0002-BBBB"), QStringLiteral("VCH-0003-CCCC"),
                                   QStringLiteral("VCH-0004-DDDD"), QStringLiteral("VCH-0005-EEEE")};
        const QJsonObject saved = saveProduct(o, QStringLiteral("Concert ticket"), code, QStringLiteral("40"), 0, "code", codes);
        EXPECT_OK(saved);
        const QString productId = res(saved)[QStringLiteral("product")][QStringLiteral("id")].toString();
        QCOMPARE(product(productId)[QStringLiteral("stock")].toInt(), 5);
        const QString bob = m_ids[QStringLiteral("bob")];

        // Bob takes two; then he has 20 left, not enough for a third: refused, and the stock is given back.
        const QJsonObject two = buy(*m_bob, productId, 2);
        EXPECT_OK(two);
        QSet<QString> revealed;
        for (const QString &c : res(two)[QStringLiteral("order")][QStringLiteral("code")].toString().split(QLatin1Char('\n')))
            revealed.insert(c);
        QCOMPARE(revealed.size(), 2);
        QCOMPARE(str(held(bob, code)), QStringLiteral("20"));
        QCOMPARE(product(productId)[QStringLiteral("stock")].toInt(), 3);
        EXPECT_REFUSED(buy(*m_bob, productId, 1), "insufficient_funds");
        QCOMPARE(str(held(bob, code)), QStringLiteral("20"));
        QCOMPARE(product(productId)[QStringLiteral("stock")].toInt(), 3);
        for (const QJsonValue &p : res(rpc(*m_carol, QStringLiteral("market.orgProducts"), {{QStringLiteral("orgId"), o.id}}))[QStringLiteral("products")].toArray())
            if (p[QStringLiteral("id")].toString() == productId)
                QCOMPARE(p[QStringLiteral("codesLeft")].toInt(), 3);

        // 50 buyers at once for the last 3.
        const Int128 partnerBefore = held(o.merchant, code);
        QStringList requests;
        for (int i = 0; i < 50; ++i)
            requests.append(m_pool[i].ws->send(QStringLiteral("market.buy"), {{QStringLiteral("productId"), productId},
                                                                              {QStringLiteral("quantity"), 1},
                                                                              {QStringLiteral("idempotencyKey"), idem()}}));
        QList<int> winners, losers;
        QHash<int, QJsonObject> orders;
        for (int i = 0; i < 50; ++i) {
            const QJsonObject answer = m_pool[i].ws->take(requests[i]);
            if (answer.contains(QStringLiteral("result"))) {
                winners.append(i);
                orders.insert(i, res(answer)[QStringLiteral("order")].toObject());
            } else {
                QVERIFY2(reason(answer) == QLatin1String("out_of_stock"), qPrintable(dump(answer)));
                losers.append(i);
            }
        }
        QCOMPARE(winners.size(), 3);
        QCOMPARE(product(productId)[QStringLiteral("stock")].toInt(), 0);
        QCOMPARE(product(productId)[QStringLiteral("sold")].toInt(), 5);
        QCOMPARE(str(held(o.merchant, code) - partnerBefore), str(3 * 40));
        for (int i : winners) {
            QCOMPARE(str(held(m_pool[i].id, code)), QStringLiteral("60"));
            const QString c = orders[i][QStringLiteral("code")].toString();
            QVERIFY2(codes.contains(c) && !revealed.contains(c), qPrintable(c));
            revealed.insert(c);
            QCOMPARE(orders[i][QStringLiteral("status")].toString(), QStringLiteral("paid"));
        }
        QCOMPARE(revealed.size(), 5); // every code sold exactly once
        for (int i : losers)
            QCOMPARE(str(held(m_pool[i].id, code)), QStringLiteral("100"));
        // The buyer's own list shows the code too.
        const QJsonArray mine = res(rpc(*m_pool[winners[0]].ws, QStringLiteral("market.myOrders")))[QStringLiteral("orders")].toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0][QStringLiteral("code")].toString(), orders[winners[0]][QStringLiteral("code")].toString());

        // The partner refunds one order: the money goes back once.
        const QString refundedId = orders[winners[0]][QStringLiteral("id")].toString();
        const auto refund = [&](const QString &orderId) {
            return rpc(*m_carol, QStringLiteral("market.refund"),
                       {{QStringLiteral("orgId"), o.id}, {QStringLiteral("orderId"), orderId}, {QStringLiteral("reason"), QStringLiteral("the concert moved")}});
        };
        const QJsonObject refunded = refund(refundedId);
        EXPECT_OK(refunded);
        QCOMPARE(res(refunded)[QStringLiteral("order")][QStringLiteral("status")].toString(), QStringLiteral("refunded"));
        QCOMPARE(str(held(m_pool[winners[0]].id, code)), QStringLiteral("100"));
        QCOMPARE(str(held(o.merchant, code) - partnerBefore), str(2 * 40));
        EXPECT_REFUSED(refund(refundedId), "invalid_state");
        QCOMPARE(str(held(m_pool[winners[0]].id, code)), QStringLiteral("100"));
        QCOMPARE(str(held(o.merchant, code) - partnerBefore), str(2 * 40));

        // Shipped goods: shipped, received; another disputed and refunded by support.
        const QJsonObject mug = saveProduct(o, QStringLiteral("Festival mug"), code, QStringLiteral("30"), 10, "shipped");
        EXPECT_OK(mug);
        const QString mugId = res(mug)[QStringLiteral("product")][QStringLiteral("id")].toString();
        WsClient &happy = *m_pool[losers[0]].ws;
        WsClient &unhappy = *m_pool[losers[1]].ws;
        const QString address = QStringLiteral("12 Market Street, Testville");
        const QString happyOrder = res(buy(happy, mugId, 1, address))[QStringLiteral("order")][QStringLiteral("id")].toString();
        const QString unhappyOrder = res(buy(unhappy, mugId, 1, address))[QStringLiteral("order")][QStringLiteral("id")].toString();
        QVERIFY(!happyOrder.isEmpty() && !unhappyOrder.isEmpty());
        QCOMPARE(str(held(m_pool[losers[1]].id, code)), QStringLiteral("70"));
        for (const QString &id : {happyOrder, unhappyOrder}) {
            const QJsonObject shipped = rpc(*m_carol, QStringLiteral("market.ship"),
                                            {{QStringLiteral("orgId"), o.id}, {QStringLiteral("orderId"), id}, {QStringLiteral("tracking"), QStringLiteral("TRK-42")}});
            EXPECT_OK(shipped);
            QCOMPARE(res(shipped)[QStringLiteral("order")][QStringLiteral("status")].toString(), QStringLiteral("shipped"));
            QCOMPARE(res(shipped)[QStringLiteral("order")][QStringLiteral("id")].toString(), id);
        }
        const QJsonObject received = rpc(happy, QStringLiteral("market.confirmReceived"), {{QStringLiteral("orderId"), happyOrder}});
        EXPECT_OK(received);
        QCOMPARE(res(received)[QStringLiteral("order")][QStringLiteral("status")].toString(), QStringLiteral("delivered"));
        const QJsonObject disputed = rpc(unhappy, QStringLiteral("market.dispute"), {{QStringLiteral("orderId"), unhappyOrder}, {QStringLiteral("reason"), QStringLiteral("it never came")}});
        EXPECT_OK(disputed);
        QCOMPARE(res(disputed)[QStringLiteral("order")][QStringLiteral("status")].toString(), QStringLiteral("disputed"));
        QCOMPARE(res(disputed)[QStringLiteral("order")][QStringLiteral("id")].toString(), unhappyOrder);
        bool listed = false;
        for (const QJsonValue &d : res(rpc(*m_support, QStringLiteral("market.disputes")))[QStringLiteral("orders")].toArray())
            listed = listed || d[QStringLiteral("id")].toString() == unhappyOrder;
        QVERIFY(listed);
        EXPECT_REFUSED(rpc(unhappy, QStringLiteral("market.disputes")), "forbidden");
        // An agent who belongs to the partner does not decide its dispute.
        EXPECT_OK(rpc(*m_carol, QStringLiteral("payments.addMember"),
                      {{QStringLiteral("orgId"), o.id}, {QStringLiteral("username"), QStringLiteral("support")}, {QStringLiteral("role"), QStringLiteral("viewer")}}));
        const QJsonObject own = rpc(*m_support, QStringLiteral("market.decideDispute"),
                                    {{QStringLiteral("orderId"), unhappyOrder}, {QStringLiteral("decision"), QStringLiteral("reject")},
                                     {QStringLiteral("note"), QStringLiteral("my own shop")}});
        EXPECT_REFUSED(own, "forbidden");
        QCOMPARE(detailOf(own), QStringLiteral("own_case"));
        const QString supportId = m_support->result(QStringLiteral("account.me"))[QStringLiteral("user")][QStringLiteral("id")].toString();
        EXPECT_OK(rpc(*m_carol, QStringLiteral("payments.removeMember"), {{QStringLiteral("orgId"), o.id}, {QStringLiteral("userId"), supportId}}));
        const Int128 partnerBeforeDecision = held(o.merchant, code);
        const QJsonObject decided = rpc(*m_support, QStringLiteral("market.decideDispute"),
                                        {{QStringLiteral("orderId"), unhappyOrder}, {QStringLiteral("decision"), QStringLiteral("refund")},
                                         {QStringLiteral("note"), QStringLiteral("no proof of delivery")}});
        EXPECT_OK(decided);
        QCOMPARE(res(decided)[QStringLiteral("order")][QStringLiteral("status")].toString(), QStringLiteral("refunded"));
        QCOMPARE(str(held(m_pool[losers[1]].id, code)), QStringLiteral("100"));
        QCOMPARE(str(partnerBeforeDecision - held(o.merchant, code)), QStringLiteral("30"));
        EXPECT_REFUSED(rpc(*m_support, QStringLiteral("market.decideDispute"),
                           {{QStringLiteral("orderId"), unhappyOrder}, {QStringLiteral("decision"), QStringLiteral("refund")},
                            {QStringLiteral("note"), QStringLiteral("again")}}),
                       "invalid_state");
        QCOMPARE(str(held(m_pool[losers[1]].id, code)), QStringLiteral("100"));

        // A disputed voucher refunded by support: the agent's answer does not carry the buyer's code.
        const QString voucherOrder = orders[winners[1]][QStringLiteral("id")].toString();
        EXPECT_OK(rpc(*m_pool[winners[1]].ws, QStringLiteral("market.dispute"),
                      {{QStringLiteral("orderId"), voucherOrder}, {QStringLiteral("reason"), QStringLiteral("the code was already used")}}));
        const QJsonObject voucherRefund = rpc(*m_support, QStringLiteral("market.decideDispute"),
                                              {{QStringLiteral("orderId"), voucherOrder}, {QStringLiteral("decision"), QStringLiteral("refund")},
                                               {QStringLiteral("note"), QStringLiteral("the partner confirmed it")}});
        EXPECT_OK(voucherRefund);
        QCOMPARE(res(voucherRefund)[QStringLiteral("order")][QStringLiteral("status")].toString(), QStringLiteral("refunded"));
        QVERIFY2(!res(voucherRefund)[QStringLiteral("order")].toObject().contains(QStringLiteral("code")), qPrintable(dump(voucherRefund)));
        QCOMPARE(str(held(m_pool[winners[1]].id, code)), QStringLiteral("100"));
    }

    // 6. The dashboard is the ledger: after a random workload, every figure equals the test's record and the ledger.
    void dashboardEqualsTheLedger()
    {
        Org o = newOrg(*m_alice, QStringLiteral("Dashboard Diner"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("DSH"), coin = QStringLiteral("AZC");
        const QJsonObject policy = policyJson("0.0731", 90, 25, "0.5", "3000", "0", "0");
        QVERIFY(activePoint(o, QStringLiteral("alice"), code, 2, coin, policy, QStringLiteral("2000")));
        const Terms t = termsOf(policy, 2, 18);
        const Int128 reserve0 = reserveOf(code, coin);
        const QString pointsProduct = res(saveProduct(o, QStringLiteral("Diner breakfast"), code, QStringLiteral("12.5"), 100000, "shipped"))
                                          [QStringLiteral("product")][QStringLiteral("id")].toString();
        const QString coinProduct = res(saveProduct(o, QStringLiteral("Diner cap"), coin, QStringLiteral("1.75"), 100000, "shipped"))
                                        [QStringLiteral("product")][QStringLiteral("id")].toString();
        QVERIFY(!pointsProduct.isEmpty() && !coinProduct.isEmpty());
        constexpr int kUsers = 6;
        Int128 points[kUsers] = {}, money[kUsers] = {};
        for (int i = 0; i < kUsers; ++i) {
            QCOMPARE(fund(m_pool[i].name, coin, QStringLiteral("40")), QString());
            points[i] = held(m_pool[i].id, code);
            money[i] = held(m_pool[i].id, coin);
            QCOMPARE(str(points[i]), QStringLiteral("0"));
        }
        const Int128 partnerCoin0 = held(o.merchant, coin);

        struct Flow { qint64 count = 0; Int128 points = 0, coin = 0; };
        struct Order { QString id, asset; int user; Int128 total; };
        Int128 credited = 0, burned = 0, feeSum = 0, sold[2] = {0, 0}, refunded[2] = {0, 0}; // [0] points, [1] coin
        Flow toCoinFlow, toPointsFlow;
        Int128 partnerPoints = 0, reserveMoves = 0;
        qint64 orderCount = 0;
        QList<Order> open;
        QRandomGenerator rng(m_seed ^ 0x5eed);
        for (int step = 0; step < 160; ++step) {
            const int u = int(rng.bounded(kUsers));
            const int what = int(rng.bounded(100));
            if (what < 20) { // the partner credits points
                const Int128 amount = rng.bounded(50, 50'001); // 0.50 to 500.00
                EXPECT_OK(credit(o, code, m_pool[u].name, text(amount, 2)));
                points[u] += amount;
                credited += amount;
            } else if (what < 45 && points[u] >= 50) { // points → AZC
                const Int128 p = rng.bounded(qint64(50), qint64(std::min<Int128>(points[u], 300'000)) + 1);
                const Expected e = toCoin(t, p);
                const QJsonObject q = quote(*m_pool[u].ws, code, "toCoin", text(p, 2));
                EXPECT_OK(q);
                QCOMPARE(res(q)[QStringLiteral("amountOut")].toString(), text(e.toUser, 18));
                EXPECT_OK(swap(*m_pool[u].ws, res(q)[QStringLiteral("quoteId")].toString()));
                points[u] -= p;
                money[u] += e.toUser;
                reserveMoves -= e.gross;
                feeSum += e.fee;
                ++toCoinFlow.count;
                toCoinFlow.points += p;
                toCoinFlow.coin += e.toUser; // what users received
            } else if (what < 65) { // AZC → points
                const Int128 c = rng.bounded(qint64(tenTo(16)), qint64(tenTo(18) * 3)); // 0.01 to 3 AZC
                const Expected e = toPoints(t, c);
                if (e.points < 50 || e.points > 300'000 || c > money[u])
                    continue;
                const QJsonObject q = quote(*m_pool[u].ws, code, "toPoints", text(c, 18));
                EXPECT_OK(q);
                QCOMPARE(res(q)[QStringLiteral("amountOut")].toString(), text(e.points, 2));
                EXPECT_OK(swap(*m_pool[u].ws, res(q)[QStringLiteral("quoteId")].toString()));
                money[u] -= c;
                points[u] += e.points;
                reserveMoves += e.gross;
                feeSum += e.fee;
                ++toPointsFlow.count;
                toPointsFlow.points += e.points;
                toPointsFlow.coin += e.gross; // what entered the reserve
            } else if (what < 80) { // a market order, in points or in AZC
                const bool inPoints = rng.bounded(2) == 0;
                const int quantity = int(rng.bounded(1, 4));
                const Int128 total = inPoints ? Int128(1250) * quantity : tenTo(16) * 175 * quantity;
                if ((inPoints ? points[u] : money[u]) < total)
                    continue;
                const QJsonObject bought = buy(*m_pool[u].ws, inPoints ? pointsProduct : coinProduct, quantity, QStringLiteral("1 Diner Road, Testville"));
                EXPECT_OK(bought);
                (inPoints ? points[u] : money[u]) -= total;
                if (inPoints)
                    partnerPoints += total;
                sold[inPoints ? 0 : 1] += total;
                ++orderCount;
                open.append({res(bought)[QStringLiteral("order")][QStringLiteral("id")].toString(), inPoints ? code : coin, u, total});
            } else if (what < 90 && !open.isEmpty()) { // the partner refunds an order it can pay back
                const int pick = int(rng.bounded(open.size()));
                const Order ord = open[pick];
                const bool inPoints = ord.asset == code;
                if (inPoints && partnerPoints < ord.total)
                    continue;
                EXPECT_OK(rpc(*m_alice, QStringLiteral("market.refund"),
                              {{QStringLiteral("orgId"), o.id}, {QStringLiteral("orderId"), ord.id}, {QStringLiteral("reason"), QStringLiteral("cold coffee")}}));
                open.removeAt(pick);
                (inPoints ? points[ord.user] : money[ord.user]) += ord.total;
                if (inPoints)
                    partnerPoints -= ord.total;
                refunded[inPoints ? 0 : 1] += ord.total;
            } else if (partnerPoints > 0) { // the partner retires points it earned in the market
                const Int128 amount = rng.bounded(qint64(1), qint64(partnerPoints) + 1);
                EXPECT_OK(rpc(*m_alice, QStringLiteral("bridge.burn"),
                              {{QStringLiteral("orgId"), o.id}, {QStringLiteral("point"), code}, {QStringLiteral("amount"), text(amount, 2)},
                               {QStringLiteral("idempotencyKey"), idem()}}));
                partnerPoints -= amount;
                burned += amount;
            }
        }
        QVERIFY(credited > 0 && burned > 0 && toCoinFlow.count > 0 && toPointsFlow.count > 0 && orderCount > 0 && (refunded[0] + refunded[1]) > 0);

        // The test's own record, first against the ledger.
        Int128 outstanding = 0;
        qint64 holders = 0;
        for (int i = 0; i < kUsers; ++i) {
            QCOMPARE(str(held(m_pool[i].id, code)), str(points[i]));
            QCOMPARE(str(held(m_pool[i].id, coin)), str(money[i]));
            outstanding += points[i];
            holders += points[i] > 0 ? 1 : 0;
        }
        QCOMPARE(str(outstanding), str(credited + toPointsFlow.points - toCoinFlow.points - sold[0] + refunded[0]));
        const Holding ledgerView = holdingsOf(code, o.merchant);
        QCOMPARE(str(ledgerView.total), str(outstanding));
        QCOMPARE(ledgerView.holders, holders);
        const Int128 reserve = reserve0 + reserveMoves;
        QCOMPARE(str(reserveOf(code, coin)), str(reserve));
        QCOMPARE(str(held(o.merchant, code)), str(partnerPoints));
        QCOMPARE(str(held(o.merchant, coin) - partnerCoin0), str(sold[1] - refunded[1]));

        // Then the dashboard against both.
        const QJsonObject board = res(rpc(*m_alice, QStringLiteral("bridge.dashboard"), {{QStringLiteral("orgId"), o.id}}));
        QCOMPARE(board[QStringLiteral("orgId")].toString(), o.id);
        const QJsonArray list = board[QStringLiteral("points")].toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject d = list[0].toObject();
        QCOMPARE(d[QStringLiteral("code")].toString(), code);
        QCOMPARE(d[QStringLiteral("outstanding")].toString(), text(outstanding, 2));
        QCOMPARE(d[QStringLiteral("reserve")].toString(), text(reserve, 18));
        QCOMPARE(d[QStringLiteral("requiredReserve")].toString(), text(required(t, outstanding), 18));
        QCOMPARE(d[QStringLiteral("holders")].toInteger(), holders);
        QCOMPARE(d[QStringLiteral("credited")].toString(), text(credited, 2));
        QCOMPARE(d[QStringLiteral("burned")].toString(), text(burned, 2));
        const auto flow = [&](const char *key, const Flow &f) {
            const QJsonObject j = d[QLatin1String(key)].toObject();
            return j[QStringLiteral("count")].toInteger() == f.count && j[QStringLiteral("points")].toString() == text(f.points, 2)
                   && j[QStringLiteral("coin")].toString() == text(f.coin, 18);
        };
        QVERIFY2(flow("swapsToCoin", toCoinFlow), qPrintable(dump(d)));
        QVERIFY2(flow("swapsToPoints", toPointsFlow), qPrintable(dump(d)));
        QCOMPARE(d[QStringLiteral("fees")].toString(), text(feeSum, 18));
        // The series add up to the totals and end at today's figures.
        Int128 sums[4] = {};
        QJsonObject last;
        for (const QJsonValue &v : board[QStringLiteral("series")].toArray()) {
            if (v[QStringLiteral("point")].toString() != code)
                continue;
            int k = 0;
            for (const char *key : {"credited", "burned", "toCoin", "toPoints"})
                sums[k++] += units(v[QLatin1String(key)], 2);
            last = v.toObject();
        }
        QCOMPARE(str(sums[0]), str(credited));
        QCOMPARE(str(sums[1]), str(burned));
        QCOMPARE(str(sums[2]), str(toCoinFlow.points));
        QCOMPARE(str(sums[3]), str(toPointsFlow.points));
        QCOMPARE(last[QStringLiteral("outstanding")].toString(), text(outstanding, 2));
        QCOMPARE(last[QStringLiteral("reserve")].toString(), text(reserve, 18));
        // The market.
        const QJsonObject market = board[QStringLiteral("market")].toObject();
        QCOMPARE(market[QStringLiteral("orders")].toInteger(), orderCount);
        const auto amountFor = [](const QJsonArray &rows, const QString &asset) {
            for (const QJsonValue &r : rows)
                if (r[QStringLiteral("asset")].toString() == asset)
                    return units(r[QStringLiteral("amount")], r[QStringLiteral("decimals")].toInt());
            return Int128(-1);
        };
        QCOMPARE(str(amountFor(market[QStringLiteral("sales")].toArray(), code)), str(sold[0]));
        QCOMPARE(str(amountFor(market[QStringLiteral("sales")].toArray(), coin)), str(sold[1]));
        QCOMPARE(str(amountFor(market[QStringLiteral("refunds")].toArray(), code)), str(refunded[0]));
        QCOMPARE(str(amountFor(market[QStringLiteral("refunds")].toArray(), coin)), str(refunded[1]));
        qint64 seriesOrders = 0;
        for (const QJsonValue &v : board[QStringLiteral("marketSeries")].toArray())
            seriesOrders += v[QStringLiteral("orders")].toInteger();
        QCOMPARE(seriesOrders, orderCount);

        // The platform's overview: this point as the partner sees it, and totals that are the reserves' ledger balances.
        const QJsonObject overview = res(rpc(*m_admin, QStringLiteral("bridge.overview")));
        QHash<QString, Int128> reserves, requiredSum;
        QHash<QString, int> decimals;
        bool found = false;
        for (const QJsonValue &partner : overview[QStringLiteral("partners")].toArray())
            for (const QJsonValue &p : partner[QStringLiteral("points")].toArray()) {
                const QString c = p[QStringLiteral("coin")].toString();
                const int cd = p[QStringLiteral("coinDecimals")].toInt();
                decimals[c] = cd;
                reserves[c] += units(p[QStringLiteral("reserve")], cd);
                requiredSum[c] += units(p[QStringLiteral("requiredReserve")], cd);
                QCOMPARE(str(units(p[QStringLiteral("reserve")], cd)), str(reserveOf(p[QStringLiteral("code")].toString(), c)));
                if (p[QStringLiteral("code")].toString() == code) {
                    found = partner[QStringLiteral("orgId")].toString() == o.id;
                    QCOMPARE(p[QStringLiteral("outstanding")].toString(), text(outstanding, 2));
                    QCOMPARE(p[QStringLiteral("requiredReserve")].toString(), text(required(t, outstanding), 18));
                }
            }
        QVERIFY(found);
        const QJsonArray totals = overview[QStringLiteral("totals")].toArray();
        QVERIFY(!totals.isEmpty());
        for (const QJsonValue &total : totals) {
            const QString c = total[QStringLiteral("coin")].toString();
            Int128 inLedger = 0;
            for (const ledger::Account &a : ledger().accountsOf(c).value())
                if (a.key.ownerId.startsWith(bridge::BridgeService::reserveOwner({})) && a.key.kind == ledger::AccountKind::Available)
                    inLedger += a.balance.units();
            QCOMPARE(str(units(total[QStringLiteral("reserves")], decimals.value(c))), str(reserves.value(c)));
            QCOMPARE(str(units(total[QStringLiteral("reserves")], decimals.value(c))), str(inLedger));
            QCOMPARE(str(units(total[QStringLiteral("required")], decimals.value(c))), str(requiredSum.value(c)));
        }
    }

    // 7. A partner's server: credits (idempotent), its points, a swap request the user confirms, the webhook, swaps, the dashboard.
    void partnerServerThroughTheApi()
    {
        Org o = newOrg(*m_dariush, QStringLiteral("Api Airways"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("APIX");
        const QJsonObject policy = policyJson("0.04", 50, 100, "1", "0", "0", "0");
        QVERIFY(activePoint(o, QStringLiteral("dariush"), code, 0, QStringLiteral("AZC"), policy, QStringLiteral("100")));
        const Terms t = termsOf(policy, 0, 18);
        const QJsonObject created = rpc(*m_dariush, QStringLiteral("payments.createKey"),
                                        {{QStringLiteral("orgId"), o.id}, {QStringLiteral("label"), QStringLiteral("airline server")},
                                         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read"), QStringLiteral("points:write")}}});
        EXPECT_OK(created);
        PartnerClient server(m_backend->backend().paymentApiUrl(), res(created)[QStringLiteral("key")][QStringLiteral("id")].toString(),
                             res(created)[QStringLiteral("secret")].toString().toLatin1());
        WebhookReceiver hooks;
        const QJsonObject hook = rpc(*m_dariush, QStringLiteral("payments.addWebhook"),
                                     {{QStringLiteral("orgId"), o.id}, {QStringLiteral("url"), hooks.url().toString()},
                                      {QStringLiteral("events"), QJsonArray{QStringLiteral("swap.completed")}}});
        EXPECT_OK(hook);
        const QByteArray hookSecret = res(hook)[QStringLiteral("secret")].toString().toLatin1();
        const QString alice = m_ids[QStringLiteral("alice")];

        // A credit, sent twice under one Idempotency-Key: 201 both times, one credit.
        const QString path = QStringLiteral("/v1/points/%1/credits").arg(code);
        const QJsonObject body{{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("amount"), QStringLiteral("250")},
                               {QStringLiteral("reference"), QStringLiteral("flight AZ-1")}};
        const QByteArray key = idem().toLatin1();
        const HttpAnswer first = api(server, "POST", path, body, key);
        QCOMPARE(first.status, 201);
        const HttpAnswer again = api(server, "POST", path, body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json()[QStringLiteral("id")].toString(), first.json()[QStringLiteral("id")].toString());
        QCOMPARE(first.json()[QStringLiteral("amount")].toString(), QStringLiteral("250"));
        QCOMPARE(str(held(alice, code)), QStringLiteral("250"));
        // A key without points:write cannot issue points.
        const QJsonObject readOnly = res(rpc(*m_dariush, QStringLiteral("payments.createKey"),
                                             {{QStringLiteral("orgId"), o.id}, {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read")}}}));
        PartnerClient reader(m_backend->backend().paymentApiUrl(), readOnly[QStringLiteral("key")][QStringLiteral("id")].toString(),
                             readOnly[QStringLiteral("secret")].toString().toLatin1());
        QCOMPARE(api(reader, "POST", path, body, idem().toLatin1()).status, 403);
        QCOMPARE(str(held(alice, code)), QStringLiteral("250"));

        const HttpAnswer listed = api(server, "GET", QStringLiteral("/v1/points"));
        QCOMPARE(listed.status, 200);
        bool seen = false;
        for (const QJsonValue &p : listed.json()[QStringLiteral("points")].toArray())
            if (p[QStringLiteral("code")].toString() == code) {
                seen = true;
                QCOMPARE(p[QStringLiteral("outstanding")].toString(), QStringLiteral("250"));
            }
        QVERIFY2(seen, listed.body.constData());

        // The partner asks Alice to swap 100 points; she confirms in the app.
        const HttpAnswer asked = api(server, "POST", QStringLiteral("/v1/swap-requests"),
                                     {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("point"), code},
                                      {QStringLiteral("direction"), QStringLiteral("toCoin")}, {QStringLiteral("amount"), QStringLiteral("100")},
                                      {QStringLiteral("reference"), QStringLiteral("cash out 1")}},
                                     idem().toLatin1());
        QCOMPARE(asked.status, 201);
        const QString consentId = asked.json()[QStringLiteral("id")].toString();
        QCOMPARE(asked.json()[QStringLiteral("status")].toString(), QStringLiteral("pending"));
        bool waiting = false;
        for (const QJsonValue &c : res(rpc(*m_alice, QStringLiteral("bridge.consents")))[QStringLiteral("consents")].toArray())
            waiting = waiting || c[QStringLiteral("id")].toString() == consentId;
        QVERIFY(waiting);
        const QJsonObject opened = res(rpc(*m_alice, QStringLiteral("bridge.consent"), {{QStringLiteral("consentId"), consentId}}));
        const QJsonObject q = opened[QStringLiteral("quote")].toObject();
        const Expected e = toCoin(t, 100);
        QCOMPARE(q[QStringLiteral("amountOut")].toString(), text(e.toUser, 18));
        QCOMPARE(q[QStringLiteral("fee")].toString(), text(e.fee, 18));
        const Int128 azcBefore = held(alice, QStringLiteral("AZC"));
        const QString confirmKey = idem();
        const QJsonObject confirm{{QStringLiteral("consentId"), consentId}, {QStringLiteral("quoteId"), q[QStringLiteral("quoteId")].toString()},
                                  {QStringLiteral("idempotencyKey"), confirmKey}};
        const QJsonObject confirmed = rpc(*m_alice, QStringLiteral("bridge.confirmConsent"), confirm);
        EXPECT_OK(confirmed);
        const QJsonObject s = res(confirmed)[QStringLiteral("swap")].toObject();
        const QString swapId = s[QStringLiteral("id")].toString();
        QVERIFY(!swapId.isEmpty());
        QCOMPARE(res(confirmed)[QStringLiteral("consent")][QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        QCOMPARE(s[QStringLiteral("via")].toString(), QStringLiteral("partner"));
        QCOMPARE(s[QStringLiteral("consentId")].toString(), consentId);
        QCOMPARE(str(held(alice, code)), QStringLiteral("150"));
        QCOMPARE(str(held(alice, QStringLiteral("AZC")) - azcBefore), str(e.toUser));
        // Confirming again with the same key answers the same swap and moves nothing.
        const QJsonObject repeated = rpc(*m_alice, QStringLiteral("bridge.confirmConsent"), confirm);
        EXPECT_OK(repeated);
        QCOMPARE(res(repeated)[QStringLiteral("swap")][QStringLiteral("id")].toString(), swapId);
        QCOMPARE(str(held(alice, code)), QStringLiteral("150"));
        QCOMPARE(str(held(alice, QStringLiteral("AZC")) - azcBefore), str(e.toUser));
        // A new key for the same request: it is done already.
        QJsonObject other = confirm;
        other.insert(QStringLiteral("idempotencyKey"), idem());
        EXPECT_REFUSED(rpc(*m_alice, QStringLiteral("bridge.confirmConsent"), other), "invalid_state");

        // The webhook: swap.completed, signed, once.
        QTRY_COMPARE_WITH_TIMEOUT(hooks.received.size(), 1, 10000);
        const WebhookReceiver::Received &delivered = hooks.received.first();
        QVERIFY(payments::verifyWebhookSignature(hookSecret, delivered.signature, delivered.body, m_clock.nowMs() / 1000, 300));
        const QJsonObject event = QJsonDocument::fromJson(delivered.body).object();
        QCOMPARE(event[QStringLiteral("type")].toString(), QStringLiteral("swap.completed"));
        QCOMPARE(event[QStringLiteral("data")][QStringLiteral("id")].toString(), swapId);
        QCOMPARE(event[QStringLiteral("data")][QStringLiteral("consentId")].toString(), consentId);
        QCOMPARE(event[QStringLiteral("data")][QStringLiteral("user")][QStringLiteral("username")].toString(), QStringLiteral("alice"));
        QTest::qWait(300);
        QCOMPARE(hooks.received.size(), 1);

        // The partner's lists and figures.
        const HttpAnswer swaps = api(server, "GET", QStringLiteral("/v1/swaps"));
        QCOMPARE(swaps.status, 200);
        const QJsonArray data = swaps.json()[QStringLiteral("data")].toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data[0][QStringLiteral("id")].toString(), swapId);
        QCOMPARE(data[0][QStringLiteral("points")].toString(), QStringLiteral("100"));
        const HttpAnswer request = api(server, "GET", QStringLiteral("/v1/swap-requests/") + consentId);
        QCOMPARE(request.status, 200);
        QCOMPARE(request.json()[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        QCOMPARE(request.json()[QStringLiteral("swapId")].toString(), swapId);
        const HttpAnswer board = api(server, "GET", QStringLiteral("/v1/dashboard?days=7"));
        QCOMPARE(board.status, 200);
        const QJsonObject d = board.json()[QStringLiteral("points")].toArray().at(0).toObject();
        QCOMPARE(d[QStringLiteral("code")].toString(), code);
        QCOMPARE(d[QStringLiteral("outstanding")].toString(), QStringLiteral("150"));
        QCOMPARE(d[QStringLiteral("credited")].toString(), QStringLiteral("250"));
        QCOMPARE(d[QStringLiteral("swapsToCoin")][QStringLiteral("count")].toInteger(), 1);
        QCOMPARE(d[QStringLiteral("swapsToCoin")][QStringLiteral("coin")].toString(), text(e.toUser, 18));
        QCOMPARE(d[QStringLiteral("fees")].toString(), text(e.fee, 18));
        QCOMPARE(d[QStringLiteral("reserve")].toString(), text(tenTo(18) * 100 - e.gross, 18));
    }

    // 8. A partner's swap request is swapped once, and never after the user declined it, whatever quotes the user holds.
    void aSwapRequestIsSwappedOnce()
    {
        QVERIFY(ensureUsers(8));
        Org o = newOrg(*m_carol, QStringLiteral("Once Only Tours"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("ONCE");
        QVERIFY(activePoint(o, QStringLiteral("carol"), code, 0, QStringLiteral("AZC"), policyJson("0.05", 0, 0, "1", "0", "0", "0"),
                            QStringLiteral("100")));
        User &u = m_pool[7];
        EXPECT_OK(credit(o, code, u.name, QStringLiteral("1000")));
        const auto request = [&](const char *amount) {
            return rpc(*o.owner, QStringLiteral("bridge.requestSwap"),
                       {{QStringLiteral("orgId"), o.id}, {QStringLiteral("point"), code}, {QStringLiteral("username"), u.name},
                        {QStringLiteral("direction"), QStringLiteral("toCoin")}, {QStringLiteral("amount"), QLatin1String(amount)}});
        };
        const auto open = [&](const QString &consentId) {
            return res(rpc(*u.ws, QStringLiteral("bridge.consent"), {{QStringLiteral("consentId"), consentId}}))[QStringLiteral("quote")]
                [QStringLiteral("quoteId")].toString();
        };
        const auto statusOf = [&](const QString &consentId) {
            return res(rpc(*o.owner, QStringLiteral("bridge.swapRequest"), {{QStringLiteral("orgId"), o.id}, {QStringLiteral("consentId"), consentId}}))
                [QStringLiteral("consent")][QStringLiteral("status")].toString();
        };

        // Opened twice: two quotes for one request. Confirmed with the first, the second swaps nothing.
        const QJsonObject asked = request("10");
        EXPECT_OK(asked);
        const QString consentId = res(asked)[QStringLiteral("consent")][QStringLiteral("id")].toString();
        const QString first = open(consentId), second = open(consentId);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        EXPECT_OK(rpc(*u.ws, QStringLiteral("bridge.confirmConsent"),
                      {{QStringLiteral("consentId"), consentId}, {QStringLiteral("quoteId"), first}, {QStringLiteral("idempotencyKey"), idem()}}));
        QCOMPARE(str(held(u.id, code)), QStringLiteral("990"));
        EXPECT_REFUSED(swap(*u.ws, second), "invalid_state");
        QCOMPARE(str(held(u.id, code)), QStringLiteral("990"));

        // Declined: its quote swaps nothing, and the request stays declined.
        const QString declinedId = res(request("20"))[QStringLiteral("consent")][QStringLiteral("id")].toString();
        const QString late = open(declinedId);
        QVERIFY(!late.isEmpty());
        EXPECT_OK(rpc(*u.ws, QStringLiteral("bridge.declineConsent"), {{QStringLiteral("consentId"), declinedId}}));
        EXPECT_REFUSED(swap(*u.ws, late), "invalid_state");
        QCOMPARE(str(held(u.id, code)), QStringLiteral("990"));
        QCOMPARE(statusOf(declinedId), QStringLiteral("declined"));

        // Two confirmations with two quotes in flight together: one swap.
        const QString racedId = res(request("30"))[QStringLiteral("consent")][QStringLiteral("id")].toString();
        const QString a = open(racedId), b = open(racedId);
        const QString ra = u.ws->send(QStringLiteral("bridge.confirmConsent"),
                                      {{QStringLiteral("consentId"), racedId}, {QStringLiteral("quoteId"), a}, {QStringLiteral("idempotencyKey"), idem()}});
        const QString rb = u.ws->send(QStringLiteral("bridge.confirmConsent"),
                                      {{QStringLiteral("consentId"), racedId}, {QStringLiteral("quoteId"), b}, {QStringLiteral("idempotencyKey"), idem()}});
        const QJsonObject answers[] = {u.ws->take(ra), u.ws->take(rb)};
        QCOMPARE(int(answers[0].contains(QStringLiteral("result"))) + int(answers[1].contains(QStringLiteral("result"))), 1);
        QCOMPARE(str(held(u.id, code)), QStringLiteral("960"));
        QCOMPARE(statusOf(racedId), QStringLiteral("confirmed"));

        // A request is checked as a quote is: the reserve, and the policy's limits.
        EXPECT_REFUSED(request("5000"), "reserve_insufficient"); // 250 AZC from a reserve of 98
        EXPECT_OK(decide(*m_admin, propose(*o.owner, o, code, policyJson("0.05", 0, 0, "1", "50", "0", "0")), true));
        const QJsonObject tooMany = request("60");
        EXPECT_REFUSED(tooMany, "limit_exceeded");
        QCOMPARE(limitOf(tooMany), QStringLiteral("max"));
        EXPECT_OK(request("50"));
    }

    // 9. A token's outstanding is what people hold of it: custody's own mirror of the deposited coins is nobody's.
    void tokenOutstandingIsWhatPeopleHold()
    {
        using ledger::AccountKind;
        auto *bridge = m_backend->backend().services().find<bridge::BridgeService>();
        QVERIFY(bridge);
        Org o = newOrg(*m_dariush, QStringLiteral("Token Trains"));
        QVERIFY(!o.id.isEmpty());
        // Custody is off here: the token's asset and its bookings are made as custody makes them.
        const QString code = QStringLiteral("TKNB"), network = QStringLiteral("testchain");
        QVERIFY(ledger().addAsset({code, QStringLiteral("Test token"), 6, true}));
        const auto account = [&](const ledger::AccountKey &key) { return ledger().account(key).value().id; };
        const QString world = account({{}, code, AccountKind::World, QStringLiteral("chain:") + network});
        const QString unswept = account({{}, code, AccountKind::HotWallet, network + QStringLiteral(":unswept")});
        const QString hot = account({{}, code, AccountKind::HotWallet, network + QStringLiteral(":hot")});
        const auto book = [&](const char *what, QList<ledger::TransferSpec> transfers) {
            ledger::OperationRequest op;
            op.actorId = QStringLiteral("custody");
            op.idempotencyKey = QLatin1String(what) + u':' + idem();
            op.fingerprint = op.idempotencyKey;
            op.code = QLatin1String(what);
            op.transfers = std::move(transfers);
            return bool(ledger().submitNow(std::move(op)));
        };
        // Deposits (core/custody/deposits.cpp): World(chain:N) → the mirror and World(chain:N) → the owner; then a sweep.
        const auto deposit = [&](const QString &owner, qint64 units) {
            return book("custody.deposit", {{world, unswept, Amount::fromUnits(units), QStringLiteral("deposit.custody")},
                                            {world, account({owner, code, AccountKind::Available, {}}), Amount::fromUnits(units), QStringLiteral("deposit")}});
        };
        QVERIFY(deposit(m_ids[QStringLiteral("alice")], 700'000));
        QVERIFY(deposit(o.merchant, 5'000'000)); // the partner's inventory
        QVERIFY(book("custody.sweep", {{unswept, hot, Amount::fromUnits(1'000'000), QStringLiteral("custody.sweep")}}));

        bridge::Point p;
        p.code = code;
        p.orgId = o.id;
        p.kind = QStringLiteral("token");
        p.network = network;
        p.coin = QStringLiteral("AZC");
        p.decimals = 6;
        p.coinDecimals = 18;
        const auto out = bridge->outstanding(p);
        QVERIFY(out);
        QCOMPARE(str(holdingsOf(code, o.merchant).total), QStringLiteral("700000"));
        QCOMPARE(str(out->units()), QStringLiteral("700000"));
    }

    // 3. Caps hold under 50 concurrent swaps; the next day opens them again. (Last: it moves the clock a day.)
    // Listing a picture makes it public, so only the partner's members' own uploads may be listed:
    // another person's file (alice's KYC scan) is refused and stays private; the partner's own works.
    void onlyTheMembersOwnPicturesArePublished()
    {
        Org o = newOrg(*m_carol, QStringLiteral("Picture Shop"));
        QVERIFY(!o.id.isEmpty());
        const auto upload = [](WsClient &c, const QByteArray &content) {
            const QJsonObject begun = c.result(QStringLiteral("files.beginUpload"),
                                               {{QStringLiteral("name"), QStringLiteral("pic.png")}, {QStringLiteral("mime"), QStringLiteral("image/png")},
                                                {QStringLiteral("size"), content.size()},
                                                {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
                                                {QStringLiteral("purpose"), QStringLiteral("chat")}});
            const QString uploadId = begun.value(QStringLiteral("uploadId")).toString();
            c.result(QStringLiteral("files.uploadChunk"), {{QStringLiteral("uploadId"), uploadId}, {QStringLiteral("offset"), 0},
                                                          {QStringLiteral("data"), QString::fromLatin1(content.toBase64())}});
            return c.result(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), uploadId}})[QStringLiteral("file")][QStringLiteral("fileId")].toString();
        };
        QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        const QString alices = upload(*m_alice, png + "alice");
        const QString carols = upload(*m_carol, png + "carol");
        QVERIFY(!alices.isEmpty() && !carols.isEmpty());
        const auto listWith = [&](const QString &fileId) {
            return rpc(*o.owner, QStringLiteral("market.saveProduct"),
                       {{QStringLiteral("orgId"), o.id}, {QStringLiteral("title"), QStringLiteral("Poster")}, {QStringLiteral("description"), QString()},
                        {QStringLiteral("imageFileIds"), QJsonArray{fileId}}, {QStringLiteral("priceAsset"), QStringLiteral("AZC")},
                        {QStringLiteral("price"), QStringLiteral("1")}, {QStringLiteral("stock"), 5}, {QStringLiteral("delivery"), QStringLiteral("shipped")},
                        {QStringLiteral("active"), true}});
        };
        const auto download = [](WsClient &c, const QString &fileId) {
            return c.call(QStringLiteral("files.download"), {{QStringLiteral("fileId"), fileId}, {QStringLiteral("offset"), 0}});
        };
        QCOMPARE(reason(listWith(alices)), QStringLiteral("invalid_params"));
        QVERIFY2(!download(*m_bob, alices).contains(QStringLiteral("result")), "alice's file stays hers");
        QCOMPARE(reason(rpc(*o.owner, QStringLiteral("bridge.createPoint"),
                            {{QStringLiteral("orgId"), o.id}, {QStringLiteral("code"), QStringLiteral("PIC")}, {QStringLiteral("name"), QStringLiteral("Pic points")},
                             {QStringLiteral("decimals"), 0}, {QStringLiteral("coin"), QStringLiteral("AZC")}, {QStringLiteral("iconFileId"), alices}})),
                 QStringLiteral("invalid_params"));
        QVERIFY(download(*m_bob, carols).contains(QStringLiteral("error"))); // not listed yet: carol's alone
        EXPECT_OK(listWith(carols));
        QVERIFY2(download(*m_bob, carols).contains(QStringLiteral("result")), "a listed product's picture is public");
    }

    void capsHoldUnderConcurrentSwaps()
    {
        Org o = newOrg(*m_bob, QStringLiteral("Capped Cinema"));
        QVERIFY(!o.id.isEmpty());
        const QString code = QStringLiteral("CAP"), coin = QStringLiteral("AZC");
        const QJsonObject policy = policyJson("0.1", 20, 30, "1", "60", "100", "300");
        QVERIFY(activePoint(o, QStringLiteral("bob"), code, 0, coin, policy, QStringLiteral("600")));
        const Terms t = termsOf(policy, 0, 18);
        constexpr int kUsers = 5;
        Int128 money0[kUsers];
        for (int i = 0; i < kUsers; ++i) {
            EXPECT_OK(credit(o, code, m_pool[i].name, QStringLiteral("1000")));
            money0[i] = held(m_pool[i].id, coin);
        }
        // 50 quotes first (each alone is within the caps), then all 50 swaps in flight together.
        QRandomGenerator rng(m_seed ^ 0xca95);
        struct Try { int user; Int128 points; QString quoteId, request; };
        QList<Try> tries;
        for (int k = 0; k < 50; ++k) {
            Try x{k % kUsers, rng.bounded(5, 41), {}, {}};
            const QJsonObject q = quote(*m_pool[x.user].ws, code, "toCoin", text(x.points, 0));
            EXPECT_OK(q);
            x.quoteId = res(q)[QStringLiteral("quoteId")].toString();
            tries.append(x);
        }
        for (Try &x : tries)
            x.request = m_pool[x.user].ws->send(QStringLiteral("bridge.swap"), {{QStringLiteral("quoteId"), x.quoteId}, {QStringLiteral("idempotencyKey"), idem()}});
        Int128 perUser[kUsers] = {}, coinOut[kUsers] = {}, total = 0;
        int refused = 0;
        for (const Try &x : tries) {
            const QJsonObject answer = m_pool[x.user].ws->take(x.request);
            if (answer.contains(QStringLiteral("result"))) {
                QCOMPARE(res(answer)[QStringLiteral("swap")][QStringLiteral("points")].toString(), text(x.points, 0));
                perUser[x.user] += x.points;
                coinOut[x.user] += toCoin(t, x.points).toUser;
                total += x.points;
            } else {
                QVERIFY2(reason(answer) == QLatin1String("limit_exceeded"), qPrintable(dump(answer)));
                QVERIFY2(limitOf(answer) == QLatin1String("user_daily") || limitOf(answer) == QLatin1String("total_daily"), qPrintable(dump(answer)));
                ++refused;
            }
        }
        QVERIFY2(total <= 300, qPrintable(str(total)));
        QVERIFY(refused > 0 && total > 0);
        for (int i = 0; i < kUsers; ++i) {
            QVERIFY2(perUser[i] <= 100, qPrintable(str(perUser[i])));
            // What moved is exactly what was accepted.
            QCOMPARE(str(held(m_pool[i].id, code)), str(1000 - perUser[i]));
            QCOMPARE(str(held(m_pool[i].id, coin) - money0[i]), str(coinOut[i]));
        }
        // Whatever is left today is all anyone can still swap: one point more is refused by the cap that binds.
        const Int128 totalLeft = 300 - total;
        for (int i = 0; i < kUsers; ++i) {
            const Int128 userLeft = 100 - perUser[i];
            const Int128 left = std::min(userLeft, totalLeft);
            if (left + 1 > 60)
                continue; // beyond maxSwap: that limit answers first
            const QJsonObject over = quote(*m_pool[i].ws, code, "toCoin", text(left + 1, 0));
            EXPECT_REFUSED(over, "limit_exceeded");
            QCOMPARE(limitOf(over), userLeft < left + 1 ? QStringLiteral("user_daily") : QStringLiteral("total_daily"));
        }
        // The next day (UTC) the caps are open again.
        m_clock.advance(kDay);
        const QJsonObject fresh = quote(*m_pool[0].ws, code, "toCoin", QStringLiteral("60"));
        EXPECT_OK(fresh);
        QCOMPARE(res(fresh)[QStringLiteral("limits")][QStringLiteral("userLeft")].toString(), QStringLiteral("100"));
        QCOMPARE(res(fresh)[QStringLiteral("limits")][QStringLiteral("totalLeft")].toString(), QStringLiteral("300"));
        EXPECT_OK(swap(*m_pool[0].ws, res(fresh)[QStringLiteral("quoteId")].toString()));
        QCOMPARE(str(held(m_pool[0].id, code)), str(1000 - perUser[0] - 60));
    }
};

QTEST_MAIN(TstBridge)
#include "tst_bridge.moc"
