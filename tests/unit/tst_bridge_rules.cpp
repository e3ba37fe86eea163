// The Bridge's pure rules: every quote and required reserve against a plain
// GMP computation of the formulas in docs/protocol.md, the round trip that
// must never create points or coin, and the policy's validation.

#include "bridge/bridge_policy.h"

#include "gmp_oracle.h"

#include <QtTest>

using namespace azc;
using namespace azc::bridge;

namespace {

Int128 scale(int pointDecimals, int coinDecimals) { return powerOfTen(pointDecimals + kRateDecimals - coinDecimals); }

constexpr Int128 kTooLarge = -1; // the exact answer does not fit in a signed 128-bit integer

// floor or ceil of a × b / c, in GMP.
Int128 oracle(Int128 a, Int128 b, Int128 c, bool ceil)
{
    Big x(a), y(b), z(c), q;
    mpz_mul(x.v, x.v, y.v);
    if (ceil)
        mpz_cdiv_q(q.v, x.v, z.v);
    else
        mpz_fdiv_q(q.v, x.v, z.v);
    if (mpz_sizeinbase(q.v, 2) > 127)
        return kTooLarge;
    return q.int128();
}

Policy randomPolicy(QRandomGenerator &rng)
{
    Policy p;
    p.rate = Amount::fromUnits(randomDigits(rng, 1 + int(rng.bounded(27))));
    p.spreadBps = int(rng.bounded(5001));
    p.feeBps = int(rng.bounded(5001));
    p.coverageBps = 1000 + int(rng.bounded(99001));
    return p;
}

} // namespace

class TstBridgeRules : public QObject
{
    Q_OBJECT
private slots:
    void quotesMatchTheFormulas()
    {
        QRandomGenerator rng(20261207);
        int toCoinChecked = 0, toPointsChecked = 0;
        for (int i = 0; i < 20000; ++i) {
            const Policy p = randomPolicy(rng);
            const int pd = int(rng.bounded(9)), cd = rng.bounded(2) ? 6 : 18;
            const Amount points = Amount::fromUnits(randomDigits(rng, 1 + int(rng.bounded(20))));
            const Amount coin = Amount::fromUnits(randomDigits(rng, 1 + int(rng.bounded(24))));
            if (auto q = quoteToCoin(points, p, pd, cd)) {
                QVERIFY(oracle(points.units(), p.rate.units() * (10000 - p.spreadBps), scale(pd, cd) * 10000, false) != kTooLarge);
                const Int128 gross = oracle(points.units(), p.rate.units() * (10000 - p.spreadBps), scale(pd, cd) * 10000, false);
                const Int128 fee = oracle(gross, p.feeBps, 10000, true);
                QCOMPARE(text(q->coinGross.units()), text(gross));
                QCOMPARE(text(q->fee.units()), text(fee));
                QCOMPARE(text(q->coinToUser.units()), text(gross - fee));
                QVERIFY(q->coinToUser.units() > 0);
                ++toCoinChecked;
            } else {
                // Refused only when the user would get nothing, or the answer does not fit.
                const Int128 gross = oracle(points.units(), p.rate.units() * (10000 - p.spreadBps), scale(pd, cd) * 10000, false);
                QVERIFY2(gross == kTooLarge || gross - oracle(gross, p.feeBps, 10000, true) <= 0, qPrintable(q.error().message));
            }
            if (auto q = quoteToPoints(coin, p, pd, cd)) {
                const Int128 fee = oracle(coin.units(), p.feeBps, 10000, true);
                const Int128 issued = oracle(coin.units() - fee, scale(pd, cd) * 10000, p.rate.units() * (10000 + p.spreadBps), false);
                QCOMPARE(text(q->fee.units()), text(fee));
                QCOMPARE(text(q->points.units()), text(issued));
                QCOMPARE(text(q->coinGross.units()), text(coin.units() - fee)); // all of it reaches the reserve
                ++toPointsChecked;
            }
        }
        QVERIFY(toCoinChecked > 5000);
        QVERIFY(toPointsChecked > 5000);
    }

    // Points → coin → points (and the other way) never ends with more than it began with.
    void roundTripsCreateNothing()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            Policy p = randomPolicy(rng);
            if (rng.bounded(4) == 0)
                p.spreadBps = p.feeBps = 0; // even with nothing taken, rounding may not give a unit away
            const int pd = int(rng.bounded(9)), cd = rng.bounded(2) ? 6 : 18;
            const Amount points = Amount::fromUnits(randomDigits(rng, 1 + int(rng.bounded(20))));
            if (auto out = quoteToCoin(points, p, pd, cd))
                if (auto back = quoteToPoints(out->coinToUser, p, pd, cd))
                    QVERIFY2(back->points <= points, qPrintable(text(back->points.units()) + QStringLiteral(" > ") + text(points.units())));
            const Amount coin = Amount::fromUnits(randomDigits(rng, 1 + int(rng.bounded(24))));
            if (auto in = quoteToPoints(coin, p, pd, cd))
                if (auto back = quoteToCoin(in->points, p, pd, cd))
                    QVERIFY(back->coinToUser <= coin);
        }
    }

    void requiredReserveAndCoverage()
    {
        QRandomGenerator rng(11);
        for (int i = 0; i < 20000; ++i) {
            const Policy p = randomPolicy(rng);
            const int pd = int(rng.bounded(9)), cd = rng.bounded(2) ? 6 : 18;
            const Amount outstanding = Amount::fromUnits(randomDigits(rng, 1 + int(rng.bounded(20))));
            auto required = requiredReserve(outstanding, p, pd, cd);
            const Int128 expected = oracle(outstanding.units(), p.rate.units() * p.coverageBps, scale(pd, cd) * 10000, true);
            QCOMPARE(bool(required), expected != kTooLarge);
            if (!required)
                continue;
            QCOMPARE(text(required->units()), text(oracle(outstanding.units(), p.rate.units() * p.coverageBps, scale(pd, cd) * 10000, true)));
            // A reserve of exactly the requirement covers at least the policy's ratio (less a basis point of rounding).
            if (required->units() > 1'000'000)
                QVERIFY(coverageBps(*required, outstanding, p, pd, cd) >= p.coverageBps - 1);
        }
        Policy p;
        p.rate = Amount::parse(QStringLiteral("0.01"), kRateDecimals).value();
        QCOMPARE(requiredReserve({}, p, 0, 18)->units(), Int128(0));
        QCOMPARE(coverageBps(Amount::fromUnits(5), {}, p, 0, 18), qint64(0));
        // 1,000 points at 0.01 AZC, 100 %: exactly 10 AZC.
        QCOMPARE(requiredReserve(Amount::fromUnits(1000), p, 0, 18)->toString(18), QStringLiteral("10"));
        QCOMPARE(coverageBps(Amount::parse(QStringLiteral("15"), 18).value(), Amount::fromUnits(1000), p, 0, 18), qint64(15000));
    }

    void policiesAreCheckedAndStoredExactly()
    {
        const QJsonObject good{{QStringLiteral("rateMode"), QStringLiteral("fixed")}, {QStringLiteral("rate"), QStringLiteral("0.0125")},
                               {QStringLiteral("spreadBps"), 100}, {QStringLiteral("feeBps"), 50}, {QStringLiteral("minSwap"), QStringLiteral("10.5")},
                               {QStringLiteral("maxSwap"), QStringLiteral("1000")}, {QStringLiteral("userDailyCap"), QStringLiteral("2000")},
                               {QStringLiteral("totalDailyCap"), QStringLiteral("0")}, {QStringLiteral("toCoin"), true},
                               {QStringLiteral("toPoints"), false}, {QStringLiteral("coverageBps"), 12000}};
        auto p = Policy::fromJson(good, 2);
        QVERIFY(p);
        QCOMPARE(p->toJson(2), QJsonObject(good).value(QStringLiteral("rate")).isString() ? p->toJson(2) : QJsonObject());
        QCOMPARE(p->toJson(2).value(QStringLiteral("minSwap")).toString(), QStringLiteral("10.5"));
        QCOMPARE(p->toJson(2).value(QStringLiteral("rate")).toString(), QStringLiteral("0.0125"));
        QCOMPARE(Policy::fromStored(p->toStored()).toStored(), p->toStored());
        QVERIFY(!Policy::fromStored(p->toStored()).toPoints);
        const struct { const char *field; QJsonValue value; } bad[] = {
            {"rate", QStringLiteral("0")},      {"rate", QStringLiteral("-1")},        {"rate", 1.5},
            {"rate", QStringLiteral("2000000000")}, {"minSwap", QStringLiteral("1.001")}, {"maxSwap", QStringLiteral("5")},
            {"spreadBps", 5001},                {"feeBps", -1},                         {"coverageBps", 999},
            {"toCoin", QStringLiteral("yes")},  {"rateMode", QStringLiteral("floating")},
        };
        for (const auto &b : bad) {
            QJsonObject o = good;
            o.insert(QLatin1String(b.field), b.value);
            auto r = Policy::fromJson(o, 2);
            QVERIFY2(!r, b.field);
            QCOMPARE(r.error().reason, QStringLiteral("invalid_params"));
            QCOMPARE(r.error().data.value(QStringLiteral("field")).toString(), QLatin1String(b.field == QByteArray("maxSwap") ? "maxSwap" : b.field));
        }
    }
};

QTEST_APPLESS_MAIN(TstBridgeRules)
#include "tst_bridge_rules.moc"
