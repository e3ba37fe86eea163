// The pure rules of staking, launchpad and governance: accrual in any number
// of steps equals one step and the exact big-integer answer; sale allocations
// against a plain GMP re-implementation of the rules plus their invariants;
// published tallies and a voter's own check, with every edit refused.
// GMP is the big-integer oracle (as in tst_amount), independent of the 256-bit
// code under test.

#include "governance/tally.h"
#include "launchpad/allocation.h"
#include "staking/accrual.h"

#include "gmp_oracle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <gmp.h>

using namespace azc;

namespace {

// ---- launchpad: the rules again, in GMP, the plain way (one full round at a time).

struct Sale
{
    launchpad::SaleTerms terms;
    QList<launchpad::Commitment> commitments;
};

struct Expected
{
    QMap<QString, Int128> tokens;
    QMap<QString, Int128> proRataFloor; // oversubscribed only
    bool oversubscribed = false;
};

// ceil(tokens × price / 10^td)
Int128 oracleCost(const launchpad::SaleTerms &t, Int128 tokens)
{
    Big n(tokens), p(t.priceUnits.units()), s(powerOfTen(t.tokenDecimals)), q;
    mpz_mul(n.v, n.v, p.v);
    mpz_cdiv_q(q.v, n.v, s.v);
    return q.int128();
}

Expected oracleAllocate(const Sale &sale)
{
    const launchpad::SaleTerms &t = sale.terms;
    Expected e;
    Big total(t.totalTokens.units()), committed, fullCost(oracleCost(t, t.totalTokens.units()));
    for (const auto &c : sale.commitments) {
        Big a(c.amount.units());
        mpz_add(committed.v, committed.v, a.v);
    }
    e.oversubscribed = mpz_cmp(committed.v, fullCost.v) >= 0;
    if (!e.oversubscribed) {
        for (const auto &c : sale.commitments) {
            Big a(c.amount.units()), s(powerOfTen(t.tokenDecimals)), p(t.priceUnits.units()), q;
            mpz_mul(a.v, a.v, s.v);
            mpz_fdiv_q(q.v, a.v, p.v);
            e.tokens[c.userId] = q.int128();
        }
        return e;
    }
    struct Rank
    {
        QString user;
        QString remainder; // compared as GMP numbers below
        qint64 order;
        Int128 amount;
    };
    QList<Rank> ranks;
    Int128 left = t.totalTokens.units();
    for (const auto &c : sale.commitments) {
        Big a(c.amount.units()), q, r;
        mpz_mul(a.v, a.v, total.v);
        mpz_fdiv_qr(q.v, r.v, a.v, committed.v);
        e.tokens[c.userId] = e.proRataFloor[c.userId] = q.int128();
        left -= q.int128();
        ranks.append({c.userId, r.str(), c.order, c.amount.units()});
    }
    std::sort(ranks.begin(), ranks.end(), [](const Rank &a, const Rank &b) {
        Big ra, rb;
        mpz_set_str(ra.v, a.remainder.toLatin1().constData(), 10);
        mpz_set_str(rb.v, b.remainder.toLatin1().constData(), 10);
        if (const int c = mpz_cmp(ra.v, rb.v); c != 0)
            return c > 0;
        return a.order != b.order ? a.order < b.order : a.user < b.user;
    });
    // One unit each at most, by largest remainder, to those who can pay for it.
    for (const Rank &r : ranks) {
        if (left == 0)
            break;
        if (oracleCost(t, e.tokens[r.user] + 1) <= r.amount) {
            ++e.tokens[r.user];
            --left;
        }
    }
    return e;
}

// A sale with 1..50 commitments, some tiny; `over` makes them cover the full cost.
Sale randomSale(QRandomGenerator &rng, bool over)
{
    Sale sale;
    auto &t = sale.terms;
    Int128 fullCost = 0;
    do { // a short sale needs room under its full cost for 50 commitments of >= 1 unit
        t.tokenDecimals = rng.bounded(19);
        const Int128 wholeTokens = randomDigits(rng, 1 + rng.bounded(10)); // up to 10^10 tokens
        t.totalTokens = Amount::fromUnits(wholeTokens * powerOfTen(t.tokenDecimals)
                                          + randomUpTo(rng, powerOfTen(t.tokenDecimals) - 1));
        t.priceUnits = Amount::fromUnits(randomDigits(rng, 1 + rng.bounded(12)));
        fullCost = oracleCost(t, t.totalTokens.units());
    } while (!over && fullCost <= 100);

    const int n = 1 + rng.bounded(50);
    // How much the sale is covered: exactly, a little, or many times over.
    const Int128 target = over ? fullCost * (1 + rng.bounded(rng.bounded(2) ? 3 : 1000))
                               : fullCost - 1 - randomUpTo(rng, fullCost - 1);
    Int128 sum = 0;
    for (int i = 0; i < n; ++i) {
        Int128 amount = 0;
        switch (rng.bounded(4)) {
        case 0: amount = 1 + rng.bounded(1000); break; // tiny: often not even one token unit
        case 1: amount = 1 + randomUpTo(rng, t.priceUnits.units()); break; // about a whole token
        default: amount = 1 + randomUpTo(rng, target / n); break;
        }
        sale.commitments.append({QStringLiteral("user-%1").arg(i), Amount::fromUnits(amount),
                                 qint64(rng.bounded(20))}); // repeated orders: userId breaks ties
        sum += amount;
    }
    if (over && sum < target) { // top up one commitment to reach the target
        auto &c = sale.commitments[rng.bounded(n)];
        c.amount = Amount::fromUnits(c.amount.units() + target - sum);
    }
    if (!over) {
        while (sum >= fullCost) { // halve everyone until the sale is short
            sum = 0;
            for (auto &c : sale.commitments) {
                c.amount = Amount::fromUnits(std::max<Int128>(1, c.amount.units() / 2));
                sum += c.amount.units();
            }
        }
    }
    return sale;
}

// Every invariant of an allocation, and equality with the GMP rules.
QString checkSale(const Sale &sale, const launchpad::AllocationResult &r, const Expected &e)
{
    const auto &t = sale.terms;
    if (r.oversubscribed != e.oversubscribed)
        return QStringLiteral("oversubscribed flag");
    if (r.allocations.size() != sale.commitments.size())
        return QStringLiteral("allocation count");
    QMap<QString, Int128> committed;
    for (const auto &c : sale.commitments)
        committed[c.userId] = c.amount.units();
    Int128 sold = 0, proceeds = 0;
    for (const auto &a : r.allocations) {
        const QString who = a.userId;
        if (a.committed.units() != committed.value(who))
            return who + QStringLiteral(": committed");
        if (a.cost.units() + a.refund.units() != a.committed.units() || a.refund.isNegative())
            return who + QStringLiteral(": cost + refund != committed, or refund < 0");
        if (a.cost.units() != oracleCost(t, a.tokens.units()))
            return who + QStringLiteral(": cost is not ceil(tokens × price / 10^td)");
        if (a.tokens.units() != e.tokens.value(who))
            return who
                    + QStringLiteral(": %1 tokens, the rules give %2")
                              .arg(text(a.tokens.units()), text(e.tokens.value(who)));
        // Within one unit of the exact pro-rata share.
        if (e.oversubscribed) {
            const Int128 extra = a.tokens.units() - e.proRataFloor.value(who);
            if (extra < 0 || extra > 1)
                return who + QStringLiteral(": %1 units off the pro-rata share").arg(text(extra));
        }
        sold += a.tokens.units();
        proceeds += a.cost.units();
    }
    if (r.tokensSold.units() != sold || sold + r.unsoldTokens.units() != t.totalTokens.units())
        return QStringLiteral("sold + unsold != total");
    if (r.proceeds.units() != proceeds)
        return QStringLiteral("proceeds != sum of costs");
    if (r.unsoldTokens.isNegative())
        return QStringLiteral("unsold < 0");
    // Units left unsold in an oversubscribed sale: nobody still at their floor could pay for one more.
    if (e.oversubscribed && !r.unsoldTokens.isZero())
        for (const auto &a : r.allocations)
            if (a.tokens.units() == e.proRataFloor.value(a.userId) && oracleCost(t, a.tokens.units() + 1) <= a.committed.units())
                return a.userId + QStringLiteral(" could have taken an unsold unit");
    return {};
}

// ---- governance

QString sha(const QString &s)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

struct Voter
{
    QString userId, nonce;
    governance::Choice choice;
    Amount weight;
};

struct Poll
{
    QList<Voter> voters;
    governance::PublishedTally tally;
};

Poll makePoll(int n)
{
    QRandomGenerator rng(7);
    Poll poll;
    poll.tally.proposalId = QStringLiteral("prop-1");
    for (int i = 0; i < n; ++i) {
        const Voter v{QStringLiteral("voter-%1").arg(i), sha(QString::number(i)).left(32),
                      governance::Choice(rng.bounded(3)),
                      Amount::fromUnits(Int128(rng.generate64() % 1000000000000ULL))};
        poll.voters.append(v);
        poll.tally.leaves.append({reserves::userHash(v.userId, v.nonce), v.choice, v.weight});
        Amount &slot = v.choice == governance::Choice::For ? poll.tally.totals.forWeight
                : v.choice == governance::Choice::Against  ? poll.tally.totals.againstWeight
                                                           : poll.tally.totals.abstainWeight;
        slot = *slot.checkedAdd(v.weight);
    }
    poll.tally.root = governance::buildTree(poll.tally.leaves).value().root().hash;
    return poll;
}

int leafOf(const Poll &poll, const Voter &v)
{
    const QString h = reserves::userHash(v.userId, v.nonce);
    for (int i = 0; i < poll.tally.leaves.size(); ++i)
        if (poll.tally.leaves[i].voterHash == h)
            return i;
    return -1;
}

governance::Choice otherChoice(governance::Choice c)
{
    return governance::Choice((int(c) + 1) % 3);
}

QString reasonOf(const Status &s)
{
    return s ? QStringLiteral("ok") : s.error().reason;
}

} // namespace

class TstGovernanceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- staking
    void accrualStepsEqualOneStep()
    {
        using namespace staking;
        QRandomGenerator rng(20240601);
        int wide = 0;
        for (int round = 0; round < 2000; ++round) {
            Int128 principal = 0;
            switch (rng.bounded(4)) {
            case 0: principal = randomUpTo(rng, 1000000); break;
            case 1:
                principal = Int128(1000000000) * powerOfTen(18);
                break; // 1e9 tokens at 18 decimals
            case 2: principal = randomDigits(rng, 1 + rng.bounded(30)); break;
            default: principal = randomUpTo(rng, Amount::max().units() / 1000000); break;
            }
            const int rate = rng.bounded(kMaxRateBps + 1);
            const Accrual start{Amount::fromUnits(randomUpTo(rng, 1000)),
                                randomUpTo(rng, kRateDenominator - 1)};
            // A schedule of steps over up to two years, some of them zero seconds.
            QList<qint64> steps;
            qint64 span = 0;
            const int n = 1 + rng.bounded(60);
            for (int i = 0; i < n; ++i) {
                steps.append(rng.bounded(4) == 0 ? 0
                                                 : rng.bounded(int(2 * kSecondsPerYear / n + 1)));
                span += steps.last();
            }
            const auto once = accrue(start, Amount::fromUnits(principal), rate, span);
            QVERIFY(once);
            Accrual stepped = start;
            for (qint64 s : steps) {
                const auto next = accrue(stepped, Amount::fromUnits(principal), rate, s);
                QVERIFY(next);
                QVERIFY(next->remainder >= 0 && next->remainder < kRateDenominator);
                QVERIFY(next->owed >= stepped.owed);
                stepped = *next;
            }
            QVERIFY2(stepped == *once,
                     qPrintable(QStringLiteral("round %1: %2 + %3/D stepped, %4 + %5/D at once")
                                        .arg(round)
                                        .arg(text(stepped.owed.units()), text(stepped.remainder),
                                             text(once->owed.units()), text(once->remainder))));
            // The exact answer: owed0 + floor((P × r × T + rem0) / D), remainder its modulus.
            Big p(principal), r(rate), t(span), d(kRateDenominator), rem0(start.remainder), q, m;
            mpz_mul(p.v, p.v, r.v);
            mpz_mul(p.v, p.v, t.v);
            mpz_add(p.v, p.v, rem0.v);
            mpz_fdiv_qr(q.v, m.v, p.v, d.v);
            QCOMPARE(text(once->owed.units() - start.owed.units()), q.str());
            QCOMPARE(text(once->remainder), m.str());
            wide += mpz_sizeinbase(p.v, 2) > 127;
        }
        qInfo("%d of 2000 schedules with principal × rate × seconds beyond 127 bits", wide);
    }

    void accrualEdges()
    {
        using namespace staking;
        const Accrual zero;
        const Amount p = Amount::fromUnits(123456789);
        // Nothing accrues without a rate, a principal or time; the carry stays.
        const Accrual carried{Amount::fromUnits(5), 42};
        QCOMPARE(*accrue(carried, p, 0, kSecondsPerYear), carried);
        QCOMPARE(*accrue(carried, Amount(), 500, kSecondsPerYear), carried);
        QCOMPARE(*accrue(carried, p, 500, 0), carried);
        // 5 % of 10 000 units over a year: 500 exactly, nothing carried.
        QCOMPARE(*accrue(zero, Amount::fromUnits(10000), 500, kSecondsPerYear),
                 (Accrual{Amount::fromUnits(500), 0}));
        // One second of 1 unit at 1 bp: all carry; D of those seconds make one unit.
        QCOMPARE(*accrue(zero, Amount::fromUnits(1), 1, 1), (Accrual{Amount(), 1}));
        QCOMPARE(*accrue(*accrue(zero, Amount::fromUnits(1), 1, 1), Amount::fromUnits(1), 1,
                         10000 * kSecondsPerYear - 1),
                 (Accrual{Amount::fromUnits(1), 0}));
        // The largest principal at the largest rate: P × r × s is far beyond 128 bits.
        const Int128 tenth = Amount::max().units() / 10;
        const auto big = accrue(zero, Amount::fromUnits(tenth), kMaxRateBps, kSecondsPerYear);
        QVERIFY(big);
        QCOMPARE(text(big->owed.units()), text(tenth * 10));
        QVERIFY(!accrue(zero, Amount::fromUnits(tenth + 1), kMaxRateBps, kSecondsPerYear));
        QVERIFY(!accrue(zero, Amount::max(), 1, kSecondsPerYear * 10001));
        QVERIFY(!accrue({Amount::max(), 0}, Amount::fromUnits(kRateDenominator), 10000,
                        kSecondsPerYear));
        // Out of range.
        QVERIFY(!accrue(zero, Amount::fromUnits(-1), 1, 1));
        QVERIFY(!accrue(zero, p, -1, 1));
        QVERIFY(!accrue(zero, p, kMaxRateBps + 1, 1));
        QVERIFY(!accrue(zero, p, 1, -1));
        QVERIFY(!accrue({Amount(), kRateDenominator}, p, 1, 1));
        QVERIFY(!accrue({Amount(), -1}, p, 1, 1));
    }

    // ---- launchpad
    void allocationRandomSales()
    {
        QRandomGenerator rng(99);
        int exactlyFull = 0, withUnsold = 0, wide = 0;
        for (int i = 0; i < 1200; ++i) {
            const bool over = i < 1000;
            const Sale sale = randomSale(rng, over);
            const auto result = launchpad::allocate(sale.terms, sale.commitments);
            QVERIFY2(result,
                     qPrintable(QStringLiteral("sale %1: %2")
                                        .arg(i)
                                        .arg(result ? QString() : result.error().message)));
            const Expected e = oracleAllocate(sale);
            QCOMPARE(e.oversubscribed, over);
            const QString broken = checkSale(sale, *result, e);
            QVERIFY2(broken.isEmpty(),
                     qPrintable(QStringLiteral("sale %1 (td %2, price %3, total %4): %5")
                                        .arg(i)
                                        .arg(sale.terms.tokenDecimals)
                                        .arg(text(sale.terms.priceUnits.units()),
                                             text(sale.terms.totalTokens.units()), broken)));
            for (const auto &c : sale.commitments) { // did the 256-bit path matter?
                Big product(c.amount.units()), total(sale.terms.totalTokens.units());
                mpz_mul(product.v, product.v, total.v);
                if (mpz_sizeinbase(product.v, 2) > 127) {
                    ++wide;
                    break;
                }
            }
            withUnsold += over && !result->unsoldTokens.isZero();
            Amount sum;
            for (const auto &c : sale.commitments)
                sum = *sum.checkedAdd(c.amount);
            exactlyFull += sum == *launchpad::costOf(sale.terms, sale.terms.totalTokens);

            // Any input order gives the same answer.
            QList<launchpad::Commitment> shuffled = sale.commitments;
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            const auto again = launchpad::allocate(sale.terms, shuffled);
            QVERIFY(again);
            QCOMPARE(again->allocations.size(), result->allocations.size());
            for (int k = 0; k < result->allocations.size(); ++k) {
                const auto &a = result->allocations[k], &b = again->allocations[k];
                QVERIFY(a.userId == b.userId && a.tokens == b.tokens && a.cost == b.cost
                        && a.refund == b.refund);
            }
            QVERIFY(again->unsoldTokens == result->unsoldTokens
                    && again->proceeds == result->proceeds);
        }
        qInfo("sales: %d exactly covered, %d oversubscribed with units unsold, %d with totalTokens × amount beyond 127 bits",
              exactlyFull, withUnsold, wide);
    }

    void allocationUnsubscribed()
    {
        // 100 whole tokens at 2 decimals, 0.05 a token at 6 decimals: full cost 5 USDT.
        const launchpad::SaleTerms terms{Amount::fromUnits(10000), Amount::fromUnits(50000), 2};
        const auto r = launchpad::allocate(terms,
                                           {{QStringLiteral("b"), Amount::fromUnits(1000001), 2},
                                            {QStringLiteral("a"), Amount::fromUnits(7), 1}});
        QVERIFY(r);
        QVERIFY(!r->oversubscribed);
        QCOMPARE(r->allocations.size(), 2);
        // a: 7 units buy floor(7 × 100 / 50000) = 0 token units; everything back.
        QCOMPARE(r->allocations[0].userId, QStringLiteral("a"));
        QCOMPARE(r->allocations[0].tokens, Amount());
        QCOMPARE(r->allocations[0].refund, Amount::fromUnits(7));
        // b: floor(1000001 × 100 / 50000) = 2000 units (20 tokens) for exactly 1 USDT.
        QCOMPARE(r->allocations[1].tokens, Amount::fromUnits(2000));
        QCOMPARE(r->allocations[1].cost, Amount::fromUnits(1000000));
        QCOMPARE(r->allocations[1].refund, Amount::fromUnits(1));
        QCOMPARE(r->unsoldTokens, Amount::fromUnits(8000));
        const auto none = launchpad::allocate(terms, {});
        QVERIFY(none);
        QCOMPARE(none->unsoldTokens, terms.totalTokens);
    }

    void allocationLeftoversAndWideProducts()
    {
        // Equal remainders: the spare unit goes by order, then userId (b before c).
        const launchpad::SaleTerms four{Amount::fromUnits(4), Amount::fromUnits(10), 0};
        const QList<launchpad::Commitment> equal{{QStringLiteral("c"), Amount::fromUnits(25), 1},
                                                 {QStringLiteral("a"), Amount::fromUnits(25), 2},
                                                 {QStringLiteral("b"), Amount::fromUnits(25), 1}};
        const auto r = launchpad::allocate(four, equal);
        QVERIFY(r);
        QVERIFY(r->oversubscribed);
        QCOMPARE(r->allocations[0].userId, QStringLiteral("b")); // output by order, then userId
        QCOMPARE(r->allocations[0].tokens, Amount::fromUnits(2));
        QCOMPARE(r->allocations[0].cost, Amount::fromUnits(20));
        QCOMPARE(r->allocations[0].refund, Amount::fromUnits(5));
        QCOMPARE(r->allocations[1].userId, QStringLiteral("c"));
        QCOMPARE(r->allocations[1].tokens, Amount::fromUnits(1));
        QCOMPARE(r->allocations[2].tokens, Amount::fromUnits(1));
        // The largest remainder first, not the largest commitment: 5 units pro rata
        // 30:20:10 are 2.5, 1.67, 0.83; the two spare units go to c, then b.
        const launchpad::SaleTerms five{Amount::fromUnits(5), Amount::fromUnits(10), 0};
        const auto byRemainder =
                launchpad::allocate(five,
                                    {{QStringLiteral("a"), Amount::fromUnits(30), 2},
                                     {QStringLiteral("b"), Amount::fromUnits(20), 1},
                                     {QStringLiteral("c"), Amount::fromUnits(10), 0}});
        QVERIFY(byRemainder);
        QCOMPARE(byRemainder->allocations[0].tokens, Amount::fromUnits(1)); // c
        QCOMPARE(byRemainder->allocations[1].tokens, Amount::fromUnits(2)); // b
        QCOMPARE(byRemainder->allocations[2].tokens, Amount::fromUnits(2)); // a
        QCOMPARE(byRemainder->unsoldTokens, Amount());

        // Leftovers go one each at most: when the small commitments cannot pay for a unit,
        // the big one gets one more and the rest stays unsold (16 tokens, ten commitments
        // of 0.9 tokens' money and one of 15 tokens').
        launchpad::SaleTerms t{Amount::fromUnits(16), Amount::fromUnits(100), 0};
        QList<launchpad::Commitment> cs{{QStringLiteral("whale"), Amount::fromUnits(1500), 0}};
        for (int i = 0; i < 10; ++i)
            cs.append({QStringLiteral("small-%1").arg(i), Amount::fromUnits(90), 1});
        const auto w = launchpad::allocate(t, cs);
        QVERIFY(w);
        QCOMPARE(w->allocations[0].tokens, Amount::fromUnits(11)); // pro-rata 10, +1
        QCOMPARE(w->unsoldTokens, Amount::fromUnits(5));
        for (int i = 1; i < w->allocations.size(); ++i)
            QCOMPARE(w->allocations[i].refund, Amount::fromUnits(90));

        // 10^9 tokens at 18 decimals: totalTokens × amount is about 2^170.
        const launchpad::SaleTerms wide{Amount::fromUnits(Int128(1000000000) * powerOfTen(18)),
                                        Amount::fromUnits(50000), 18};
        Sale big{wide, {}};
        for (int i = 0; i < 7; ++i)
            big.commitments.append({QStringLiteral("u%1").arg(i),
                                    Amount::fromUnits(Int128(1000000000000000LL) * (i + 1) + i),
                                    i});
        const auto b = launchpad::allocate(big.terms, big.commitments);
        QVERIFY(b);
        QVERIFY(b->oversubscribed);
        QCOMPARE(checkSale(big, *b, oracleAllocate(big)), QString());
    }

    void allocationRefusals()
    {
        const launchpad::SaleTerms t{Amount::fromUnits(1000), Amount::fromUnits(10), 0};
        const auto dup = launchpad::allocate(t,
                                             {{QStringLiteral("a"), Amount::fromUnits(5), 0},
                                              {QStringLiteral("a"), Amount::fromUnits(6), 1}});
        QVERIFY(!dup);
        QCOMPARE(dup.error().reason, QStringLiteral("invalid_params"));
        QCOMPARE(launchpad::allocate(t, {{QStringLiteral("a"), Amount(), 0}}).error().reason,
                 QStringLiteral("invalid_params"));
        QCOMPARE(launchpad::allocate({Amount(), Amount::fromUnits(1), 0}, {}).error().reason,
                 QStringLiteral("invalid_params"));
        QCOMPARE(launchpad::allocate({Amount::fromUnits(1), Amount::fromUnits(1), 19}, {})
                         .error()
                         .reason,
                 QStringLiteral("invalid_params"));
        // Commitments summing beyond 128 bits, and a full cost beyond 128 bits.
        const auto sum = launchpad::allocate(t,
                                             {{QStringLiteral("a"), Amount::max(), 0},
                                              {QStringLiteral("b"), Amount::fromUnits(1), 0}});
        QCOMPARE(sum.error().reason, QStringLiteral("overflow"));
        const auto cost = launchpad::allocate({Amount::max(), Amount::max(), 0},
                                              {{QStringLiteral("a"), Amount::fromUnits(1), 0}});
        QCOMPARE(cost.error().reason, QStringLiteral("overflow"));
    }

    // ---- governance
    void choiceNames()
    {
        using governance::Choice;
        for (Choice c : {Choice::For, Choice::Against, Choice::Abstain})
            QCOMPARE(governance::choiceFrom(governance::choiceName(c)), std::optional<Choice>(c));
        QVERIFY(!governance::choiceFrom(u"For"));
        QVERIFY(!governance::choiceFrom(u"yes"));
    }

    void tallyHashingIsTheProtocol()
    {
        // One leaf: its node is the root, written out with Qt's own SHA-256.
        const governance::VoteLeaf leaf{sha(QStringLiteral("u:n")), governance::Choice::Against,
                                        Amount::fromUnits(77)};
        const QString key =
                sha(QStringLiteral("vote:") + leaf.voterHash + QStringLiteral(":against"));
        QCOMPARE(governance::leafKey(leaf), key);
        QCOMPARE(governance::buildTree({leaf}).value().root().hash,
                 sha(QStringLiteral("leaf") + key + QStringLiteral(":77")));
        // No votes: the empty root, and such a tally verifies.
        governance::PublishedTally empty{
                QStringLiteral("p"), QString(64, QLatin1Char('0')), {}, {}};
        QCOMPARE(reasonOf(governance::verifyPublished(empty)), QStringLiteral("ok"));
    }

    void tallyVerifies()
    {
        const Poll poll = makePoll(37);
        QCOMPARE(reasonOf(governance::verifyPublished(poll.tally)), QStringLiteral("ok"));
        const QString mismatch = QStringLiteral("tally_mismatch");
        for (int i : {0, 17, 36}) {
            auto choice = poll.tally;
            choice.leaves[i].choice = otherChoice(choice.leaves[i].choice);
            QCOMPARE(reasonOf(governance::verifyPublished(choice)), mismatch);
            auto weight = poll.tally;
            weight.leaves[i].weight = Amount::fromUnits(weight.leaves[i].weight.units() + 1);
            QCOMPARE(reasonOf(governance::verifyPublished(weight)), mismatch);
            // The server re-roots after moving a vote: the totals per choice give it away.
            auto rerooted = choice;
            rerooted.root = governance::buildTree(rerooted.leaves).value().root().hash;
            QCOMPARE(reasonOf(governance::verifyPublished(rerooted)), mismatch);
        }
        // Weight moved between two totals (the sum, and so the root's sum, unchanged).
        auto moved = poll.tally;
        moved.totals.forWeight = Amount::fromUnits(moved.totals.forWeight.units() + 1);
        moved.totals.againstWeight = Amount::fromUnits(moved.totals.againstWeight.units() - 1);
        QCOMPARE(reasonOf(governance::verifyPublished(moved)), mismatch);
        // Any one total off by a unit (the root says nothing about totals per choice).
        for (Amount governance::Totals::*total :
             {&governance::Totals::forWeight, &governance::Totals::againstWeight,
              &governance::Totals::abstainWeight}) {
            auto more = poll.tally;
            more.totals.*total = Amount::fromUnits((more.totals.*total).units() + 1);
            QCOMPARE(reasonOf(governance::verifyPublished(more)), mismatch);
        }
        auto root = poll.tally;
        root.root[5] = root.root[5] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QCOMPARE(reasonOf(governance::verifyPublished(root)), mismatch);
        auto dropped = poll.tally;
        dropped.leaves.removeAt(3);
        QCOMPARE(reasonOf(governance::verifyPublished(dropped)), mismatch);
        // A voter twice (once per choice) is refused even with a matching root.
        auto twice = poll.tally;
        twice.leaves.append(
                {twice.leaves[0].voterHash, otherChoice(twice.leaves[0].choice), Amount()});
        QCOMPARE(governance::buildTree(twice.leaves).error().reason,
                 QStringLiteral("invalid_params"));
        QCOMPARE(reasonOf(governance::verifyPublished(twice)), mismatch);
        QCOMPARE(governance::buildTree({{QStringLiteral("ABC"), governance::Choice::For, Amount()}})
                         .error()
                         .reason,
                 QStringLiteral("invalid_params"));
        QCOMPARE(governance::buildTree({{sha(QStringLiteral("x")), governance::Choice::For,
                                         Amount::fromUnits(-1)}})
                         .error()
                         .reason,
                 QStringLiteral("invalid_state"));
    }

    void myVote()
    {
        const Poll poll = makePoll(21);
        const QString notCounted = QStringLiteral("vote_not_counted");
        for (const Voter &v : poll.voters)
            QCOMPARE(reasonOf(governance::verifyMyVote(poll.tally, v.userId, v.nonce, v.choice,
                                                       v.weight)),
                     QStringLiteral("ok"));
        const Voter &v = poll.voters[8];
        QCOMPARE(reasonOf(governance::verifyMyVote(poll.tally, v.userId,
                                                   sha(QStringLiteral("wrong")).left(32), v.choice,
                                                   v.weight)),
                 notCounted);
        QCOMPARE(reasonOf(governance::verifyMyVote(poll.tally, poll.voters[9].userId, v.nonce,
                                                   v.choice, v.weight)),
                 notCounted);
        QCOMPARE(reasonOf(governance::verifyMyVote(poll.tally, v.userId, v.nonce,
                                                   otherChoice(v.choice), v.weight)),
                 notCounted);
        QCOMPARE(reasonOf(governance::verifyMyVote(poll.tally, v.userId, v.nonce, v.choice,
                                                   Amount::fromUnits(v.weight.units() + 1))),
                 notCounted);
        // The voter's own leaf altered, with the old root or a fresh consistent one.
        const int mine = leafOf(poll, v);
        auto altered = poll.tally;
        altered.leaves[mine].choice = otherChoice(v.choice);
        QCOMPARE(reasonOf(governance::verifyMyVote(altered, v.userId, v.nonce, v.choice, v.weight)),
                 notCounted);
        auto rewritten = makePoll(0).tally;
        rewritten.leaves = altered.leaves;
        for (const auto &leaf : rewritten.leaves) {
            Amount &slot = leaf.choice == governance::Choice::For ? rewritten.totals.forWeight
                    : leaf.choice == governance::Choice::Against  ? rewritten.totals.againstWeight
                                                                  : rewritten.totals.abstainWeight;
            slot = *slot.checkedAdd(leaf.weight);
        }
        rewritten.root = governance::buildTree(rewritten.leaves).value().root().hash;
        QCOMPARE(reasonOf(governance::verifyPublished(rewritten)), QStringLiteral("ok"));
        QCOMPARE(reasonOf(governance::verifyMyVote(rewritten, v.userId, v.nonce, v.choice,
                                                   v.weight)),
                 notCounted);
        auto weightless = poll.tally;
        weightless.leaves[mine].weight = Amount();
        QCOMPARE(reasonOf(governance::verifyMyVote(weightless, v.userId, v.nonce, v.choice,
                                                   v.weight)),
                 notCounted);
        // Someone else's leaf altered: my vote is there, but the tally does not hold.
        auto other = poll.tally;
        other.leaves[(mine + 1) % other.leaves.size()].weight = Amount::fromUnits(1);
        QCOMPARE(reasonOf(governance::verifyMyVote(other, v.userId, v.nonce, v.choice, v.weight)),
                 QStringLiteral("tally_mismatch"));
    }

    // Quorum, threshold and their edges, to the unit.
    void outcomeEdges()
    {
        using governance::decide;
        using governance::Outcome;
        const auto u = [](qint64 n) { return Amount::fromUnits(n); };
        const Amount snapshot = u(1000);
        // 10 % quorum of 1000 is 100: exactly 100 cast meets it, 99 does not.
        QCOMPARE(governance::quorumOf(snapshot, 1000), u(100));
        QCOMPARE(decide({u(100), u(0), u(0)}, snapshot, 1000, 5000), Outcome::Passed);
        QCOMPARE(decide({u(99), u(0), u(0)}, snapshot, 1000, 5000), Outcome::NoQuorum);
        // Abstentions count for the quorum, not for approval.
        QCOMPARE(decide({u(1), u(0), u(99)}, snapshot, 1000, 5000), Outcome::Passed);
        QCOMPARE(decide({u(0), u(0), u(100)}, snapshot, 1000, 5000), Outcome::Rejected);
        // The threshold is strict: 50/50 at 50 % fails, one unit more passes.
        QCOMPARE(decide({u(50), u(50), u(0)}, snapshot, 1000, 5000), Outcome::Rejected);
        QCOMPARE(decide({u(51), u(50), u(0)}, snapshot, 1000, 5000), Outcome::Passed);
        // 2/3 at a 6667 bps threshold: 6666.67 bps is below it.
        QCOMPARE(decide({u(200), u(100), u(0)}, snapshot, 1000, 6667), Outcome::Rejected);
        QCOMPARE(decide({u(200), u(100), u(0)}, snapshot, 1000, 6666), Outcome::Passed);
        // Quorum rounds up: 10 % of 1001 is 100.1, so 100 is not enough.
        QCOMPARE(decide({u(100), u(0), u(0)}, u(1001), 1000, 5000), Outcome::NoQuorum);
        QCOMPARE(decide({u(101), u(0), u(0)}, u(1001), 1000, 5000), Outcome::Passed);
        // Nobody voted: no quorum even with a zero snapshot.
        QCOMPARE(decide({}, Amount(), 0, 5000), Outcome::NoQuorum);
        // Weights near the top of 128 bits do not overflow the comparison.
        const Amount huge = Amount::fromUnits(Amount::max().units() / 4);
        QCOMPARE(decide({huge, Amount::fromUnits(huge.units() - 1), u(0)}, huge, 1000, 5000), Outcome::Passed);
        QCOMPARE(decide({huge, huge, u(0)}, huge, 1000, 5000), Outcome::Rejected);
    }

    void tallyJson()
    {
        const Poll poll = makePoll(9);
        const QJsonObject json = governance::toJson(poll.tally, 6);
        QCOMPARE(json.value(QStringLiteral("leaves")).toArray().size(), 9);
        const auto back = governance::tallyFromJson(json, 6);
        QVERIFY(back);
        QVERIFY(*back == poll.tally);
        QCOMPARE(reasonOf(governance::verifyPublished(*back)), QStringLiteral("ok"));
        // A weight as the wire carries it: a decimal string at the asset's decimals.
        const QJsonObject first = json.value(QStringLiteral("leaves")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("weight")).toString(),
                 poll.tally.leaves.first().weight.toString(6));

        const auto refused = [&](auto edit) {
            QJsonObject j = json;
            edit(j);
            const auto r = governance::tallyFromJson(j, 6);
            return r ? QStringLiteral("ok") : r.error().reason;
        };
        const QString malformed = QStringLiteral("tally_malformed");
        QCOMPARE(refused([](QJsonObject &j) { j.remove(QStringLiteral("proposalId")); }),
                 malformed);
        QCOMPARE(refused([](QJsonObject &j) { j[QStringLiteral("root")] = QStringLiteral("ABC"); }),
                 malformed);
        QCOMPARE(refused([](QJsonObject &j) { j[QStringLiteral("totals")] = QJsonObject{}; }),
                 malformed);
        QCOMPARE(refused([](QJsonObject &j) {
                     QJsonObject t = j[QStringLiteral("totals")].toObject();
                     t[QStringLiteral("for")] = 12;
                     j[QStringLiteral("totals")] = t;
                 }),
                 malformed);
        const auto editLeaf = [](const QString &key, const QJsonValue &value) {
            return [=](QJsonObject &j) {
                QJsonArray leaves = j[QStringLiteral("leaves")].toArray();
                QJsonObject leaf = leaves[0].toObject();
                leaf[key] = value;
                leaves[0] = leaf;
                j[QStringLiteral("leaves")] = leaves;
            };
        };
        QCOMPARE(refused(editLeaf(QStringLiteral("choice"), QStringLiteral("yes"))), malformed);
        QCOMPARE(refused(editLeaf(QStringLiteral("weight"), QStringLiteral("-1"))), malformed);
        QCOMPARE(refused(editLeaf(QStringLiteral("weight"), QStringLiteral("0.0000001"))),
                 malformed);
        QCOMPARE(refused(editLeaf(QStringLiteral("voterHash"), QStringLiteral("12"))), malformed);
        QCOMPARE(refused([](QJsonObject &j) { j[QStringLiteral("leaves")] = QJsonObject{}; }),
                 malformed);
    }
};

QTEST_GUILESS_MAIN(TstGovernanceRules)
#include "tst_governance_rules.moc"
