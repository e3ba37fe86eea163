// Money arithmetic: exact parsing and formatting, overflow checks, rounding
// modes, and a property test against GMP as the big-integer oracle.

#include "common/amount.h"

#include <QRandomGenerator>
#include <QtTest>
#include <gmp.h>

using namespace azc;

namespace {

// GMP integers from and to Int128 through decimal text: slow, obviously right.
struct Big {
    mpz_t v;
    Big() { mpz_init(v); }
    explicit Big(Int128 x) { mpz_init_set_str(v, int128ToString(x).toLatin1().constData(), 10); }
    ~Big() { mpz_clear(v); }
    Big(const Big &) = delete;
    QString str() const
    {
        char *s = mpz_get_str(nullptr, 10, v);
        QString out = QString::fromLatin1(s);
        void (*freeFn)(void *, size_t);
        mp_get_memory_functions(nullptr, nullptr, &freeFn);
        freeFn(s, strlen(s) + 1);
        return out;
    }
    bool fits128() const
    {
        Big lo(Amount::min().units()), hi(Amount::max().units());
        return mpz_cmp(v, lo.v) >= 0 && mpz_cmp(v, hi.v) <= 0;
    }
};

Int128 randomInt128(QRandomGenerator &rng)
{
    // Mix of small, medium, huge and edge values: overflow lives at the edges.
    switch (rng.bounded(6)) {
    case 0: return Int128(qint64(rng.generate64() % 2000001)) - 1000000;
    case 1: return Int128(qint64(rng.generate64()));
    case 2: return Amount::max().units() - Int128(rng.bounded(1000));
    case 3: return Amount::min().units() + Int128(rng.bounded(1000));
    default: {
        const UInt128 u = (UInt128(rng.generate64()) << 64) | rng.generate64();
        return Int128(u >> rng.bounded(127));
    }
    }
}

// Rounds the exact quotient n/d (GMP) with the named mode.
void oracleDivide(mpz_t q, const mpz_t n, const mpz_t d, Rounding mode)
{
    mpz_t r, twice;
    mpz_inits(r, twice, nullptr);
    mpz_tdiv_qr(q, r, n, d); // truncated toward zero
    if (mpz_sgn(r) != 0) {
        const bool negative = (mpz_sgn(n) < 0) != (mpz_sgn(d) < 0);
        mpz_abs(twice, r);
        mpz_mul_2exp(twice, twice, 1);
        mpz_t ad;
        mpz_init(ad);
        mpz_abs(ad, d);
        const int vsHalf = mpz_cmp(twice, ad);
        mpz_clear(ad);
        bool away = false;
        switch (mode) {
        case Rounding::Down: away = false; break;
        case Rounding::Up: away = true; break;
        case Rounding::Floor: away = negative; break;
        case Rounding::Ceiling: away = !negative; break;
        case Rounding::HalfUp: away = vsHalf >= 0; break;
        case Rounding::HalfEven: away = vsHalf > 0 || (vsHalf == 0 && mpz_odd_p(q)); break;
        }
        if (away) {
            if (negative)
                mpz_sub_ui(q, q, 1);
            else
                mpz_add_ui(q, q, 1);
        }
    }
    mpz_clears(r, twice, nullptr);
}

} // namespace

class TstAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("units");
        QTest::newRow("integer") << "12" << 6 << "12000000";
        QTest::newRow("fraction") << "12.5" << 6 << "12500000";
        QTest::newRow("all decimals") << "0.000001" << 6 << "1";
        QTest::newRow("negative") << "-3.25" << 2 << "-325";
        QTest::newRow("trailing zeros beyond decimals") << "1.2300" << 2 << "123";
        QTest::newRow("leading zeros") << "007.10" << 2 << "710";
        QTest::newRow("eth 18") << "1.000000000000000001" << 18 << "1000000000000000001";
        QTest::newRow("10 ETH in wei (over 64 bits)") << "10" << 18 << "10000000000000000000";
        QTest::newRow("max") << "170141183460469231731.687303715884105727" << 18 << "170141183460469231731687303715884105727";
        QTest::newRow("min") << "-170141183460469231731.687303715884105728" << 18 << "-170141183460469231731687303715884105728";
        QTest::newRow("zero decimals") << "42" << 0 << "42";
    }
    void parseExact()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, units);
        const auto a = Amount::parse(text, decimals);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QCOMPARE(int128ToString(a->units()), units);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << 2 << "invalid_amount";
        QTest::newRow("exponent") << "1e5" << 2 << "invalid_amount";
        QTest::newRow("plus") << "+1" << 2 << "invalid_amount";
        QTest::newRow("space") << " 1" << 2 << "invalid_amount";
        QTest::newRow("bare point") << "." << 2 << "invalid_amount";
        QTest::newRow("leading point") << ".5" << 2 << "invalid_amount";
        QTest::newRow("trailing point") << "5." << 2 << "invalid_amount";
        QTest::newRow("two points") << "1.2.3" << 2 << "invalid_amount";
        QTest::newRow("minus only") << "-" << 2 << "invalid_amount";
        QTest::newRow("double minus") << "--1" << 2 << "invalid_amount";
        QTest::newRow("arabic digits") << "١٢" << 2 << "invalid_amount";
        QTest::newRow("too precise") << "1.234" << 2 << "too_precise";
        QTest::newRow("over max") << "170141183460469231731.687303715884105728" << 18 << "overflow";
        QTest::newRow("under min") << "-170141183460469231731.687303715884105729" << 18 << "overflow";
        QTest::newRow("huge") << QString(60, QLatin1Char('9')) << 0 << "overflow";
        QTest::newRow("decimals 19") << "1" << 19 << "invalid_decimals";
        QTest::newRow("NaN") << "NaN" << 2 << "invalid_amount";
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, reason);
        const auto a = Amount::parse(text, decimals);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().reason, reason);
    }

    void parseRounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("units");
        const int down = int(Rounding::Down), up = int(Rounding::Up), floor = int(Rounding::Floor),
                  ceil = int(Rounding::Ceiling), halfUp = int(Rounding::HalfUp), halfEven = int(Rounding::HalfEven);
        QTest::newRow("down") << "1.239" << down << "123";
        QTest::newRow("up") << "1.231" << up << "124";
        QTest::newRow("floor neg") << "-1.231" << floor << "-124";
        QTest::newRow("ceil neg") << "-1.239" << ceil << "-123";
        QTest::newRow("half up tie") << "1.225" << halfUp << "123";
        QTest::newRow("half even tie even") << "1.225" << halfEven << "122";
        QTest::newRow("half even tie odd") << "1.235" << halfEven << "124";
        QTest::newRow("half even above tie") << "1.2250001" << halfEven << "123";
        QTest::newRow("exact stays") << "1.2300000" << up << "123";
    }
    void parseRounded()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(QString, units);
        const auto a = Amount::parseRounded(text, 2, Rounding(mode));
        QVERIFY(a.ok());
        QCOMPARE(int128ToString(a->units()), units);
    }

    void format()
    {
        QCOMPARE(Amount::fromUnits(12500000).toString(6), QStringLiteral("12.5"));
        QCOMPARE(Amount::fromUnits(12500000).toFixed(6), QStringLiteral("12.500000"));
        QCOMPARE(Amount::fromUnits(-1).toString(6), QStringLiteral("-0.000001"));
        QCOMPARE(Amount::fromUnits(0).toString(18), QStringLiteral("0"));
        QCOMPARE(Amount::fromUnits(7).toString(0), QStringLiteral("7"));
        QCOMPARE(Amount::min().toString(0), QStringLiteral("-170141183460469231731687303715884105728"));
        QCOMPARE(Amount::min().toString(18), QStringLiteral("-170141183460469231731.687303715884105728"));
        QCOMPARE(Amount::max().toFixed(18), QStringLiteral("170141183460469231731.687303715884105727"));
    }

    void checkedArithmeticEdges()
    {
        QVERIFY(!Amount::max().checkedAdd(Amount::fromUnits(1)));
        QVERIFY(!Amount::min().checkedSub(Amount::fromUnits(1)));
        QVERIFY(!Amount::min().checkedNegate());
        QVERIFY(!Amount::max().checkedMul(2));
        QCOMPARE(Amount::max().checkedNegate()->checkedSub(Amount::fromUnits(1))->units(), Amount::min().units());
        QVERIFY(!Amount::fromUnits(1).mulDiv(1, 0, Rounding::Down));
        // 0.3% fee of 1,000.005 (2 decimals: 100000.5 is impossible; use units).
        QCOMPARE(Amount::fromUnits(100001).mulDiv(30, 10000, Rounding::Ceiling)->units(), Int128(301));
        QCOMPARE(Amount::fromUnits(100001).mulDiv(30, 10000, Rounding::Down)->units(), Int128(300));
        // The intermediate exceeds 128 bits but the result fits.
        QCOMPARE(Amount::max().mulDiv(1000, 1000, Rounding::Down)->units(), Amount::max().units());
        QVERIFY(!Amount::max().mulDiv(1001, 1000, Rounding::Down));
    }

    // Thousands of random operands: every result and every overflow verdict
    // matches GMP, and format → parse is the identity.
    void propertiesAgainstGmp()
    {
        QRandomGenerator rng(424242);
        const Rounding modes[] = {Rounding::Down, Rounding::Up, Rounding::Floor, Rounding::Ceiling,
                                  Rounding::HalfUp, Rounding::HalfEven};
        for (int i = 0; i < 20000; ++i) {
            const Int128 x = randomInt128(rng), y = randomInt128(rng);
            const Amount a = Amount::fromUnits(x), b = Amount::fromUnits(y);
            Big bx(x), by(y), r;

            mpz_add(r.v, bx.v, by.v);
            const auto sum = a.checkedAdd(b);
            QCOMPARE(sum.has_value(), r.fits128());
            if (sum)
                QCOMPARE(int128ToString(sum->units()), r.str());

            mpz_sub(r.v, bx.v, by.v);
            const auto diff = a.checkedSub(b);
            QCOMPARE(diff.has_value(), r.fits128());
            if (diff)
                QCOMPARE(int128ToString(diff->units()), r.str());

            const Int128 factor = Int128(qint64(rng.generate64() % 2000001)) - 1000000;
            Big bf(factor);
            mpz_mul(r.v, bx.v, bf.v);
            const auto product = a.checkedMul(factor);
            QCOMPARE(product.has_value(), r.fits128());
            if (product)
                QCOMPARE(int128ToString(product->units()), r.str());

            const Int128 num = randomInt128(rng);
            Int128 den = randomInt128(rng);
            if (den == 0)
                den = 7;
            const Rounding mode = modes[i % 6];
            Big bn(num), bd(den), n;
            mpz_mul(n.v, bx.v, bn.v);
            oracleDivide(r.v, n.v, bd.v, mode);
            const auto quotient = a.mulDiv(num, den, mode);
            QCOMPARE(quotient.has_value(), r.fits128());
            if (quotient)
                QCOMPARE(int128ToString(quotient->units()), r.str());

            const int decimals = int(rng.bounded(19));
            const auto back = Amount::parse(a.toString(decimals), decimals);
            QVERIFY(back.ok());
            QCOMPARE(int128ToString(back->units()), int128ToString(x));
        }
    }
};

QTEST_GUILESS_MAIN(TstAmount)
#include "tst_amount.moc"
