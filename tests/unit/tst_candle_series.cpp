// CandleSeries: trades folded into candles of every interval, exactly; the
// 24 h window; minute candles dropped after a week while hour candles stay.

#include "exchange/spot/candle_series.h"

#include <QtTest>

using azc::Amount;
using azc::spot::Candle;
using azc::spot::CandleSeries;

namespace {

constexpr qint64 kDay0 = 1795305600000; // 2026-11-22 00:00 UTC
constexpr qint64 kMin = CandleSeries::kMinute;

Amount q(qint64 units) { return Amount::fromUnits(units); }

} // namespace

class TstCandleSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intervalsAreNamed()
    {
        QCOMPARE(CandleSeries::intervalMs(QStringLiteral("1m")).value(), kMin);
        QCOMPARE(CandleSeries::intervalMs(QStringLiteral("4h")).value(), 4 * CandleSeries::kHour);
        QCOMPARE(CandleSeries::intervalMs(QStringLiteral("1d")).value(), CandleSeries::kDay);
        QVERIFY(!CandleSeries::intervalMs(QStringLiteral("2m")));
        QVERIFY(!CandleSeries::intervalMs(QString()));
    }

    void tradesMakeOpenHighLowCloseAndVolumes()
    {
        CandleSeries s;
        s.add(kDay0 + 10, 100, 1, q(1000));        // 00:00
        s.add(kDay0 + 20, 105, 2, q(2100));        // 00:00
        s.add(kDay0 + 30, 98, 1, q(980));          // 00:00
        s.add(kDay0 + kMin + 5, 101, 3, q(3030));  // 00:01
        s.add(kDay0 + 6 * kMin, 99, 1, q(990));    // 00:06
        const QList<Candle> minutes = s.candles(kMin, 10);
        QCOMPARE(minutes.size(), 3); // minutes without trades are left out
        QCOMPARE(minutes[0].openTime, kDay0);
        QCOMPARE(minutes[0].open, 100);
        QCOMPARE(minutes[0].high, 105);
        QCOMPARE(minutes[0].low, 98);
        QCOMPARE(minutes[0].close, 98);
        QCOMPARE(minutes[0].volume, 4);
        QCOMPARE(minutes[0].quoteVolume, q(4080));
        QCOMPARE(minutes[0].trades, 3);
        QCOMPARE(minutes[2].openTime, kDay0 + 6 * kMin);

        // Five minutes: 00:00–00:05 holds the first four trades, 00:05–00:10 the last.
        const QList<Candle> five = s.candles(5 * kMin, 10);
        QCOMPARE(five.size(), 2);
        QCOMPARE(five[0].open, 100);
        QCOMPARE(five[0].close, 101);
        QCOMPARE(five[0].high, 105);
        QCOMPARE(five[0].low, 98);
        QCOMPARE(five[0].volume, 7);
        QCOMPARE(five[0].quoteVolume, q(7110));
        QCOMPARE(five[1].openTime, kDay0 + 5 * kMin);
        QCOMPARE(five[1].trades, 1);
        // One day: everything, opened by the first trade, closed by the last.
        const QList<Candle> day = s.candles(CandleSeries::kDay, 10);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day[0].open, 100);
        QCOMPARE(day[0].close, 99);
        QCOMPARE(day[0].trades, 5);
        QCOMPARE(day[0].quoteVolume, q(8100));
        // The limit keeps the latest.
        const QList<Candle> last = s.candles(kMin, 1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last[0].openTime, kDay0 + 6 * kMin);
    }

    void theTickerWindowAndRetention()
    {
        CandleSeries s;
        s.add(kDay0, 100, 1, q(100));
        s.add(kDay0 + CandleSeries::kDay + 30 * kMin, 120, 1, q(120));
        // The last 24 h from 00:40 the next day: only the second trade.
        const auto window = s.since(kDay0 + CandleSeries::kDay + 40 * kMin - CandleSeries::kDay);
        QVERIFY(window);
        QCOMPARE(window->trades, 1);
        QCOMPARE(window->open, 120);
        QVERIFY(!s.since(kDay0 + 2 * CandleSeries::kDay));
        // Eight days on, the first day's minute candle is gone (a week is kept), the hours remain.
        s.add(kDay0 + 8 * CandleSeries::kDay, 130, 1, q(130));
        QCOMPARE(s.candles(kMin, 100).size(), 2);
        QCOMPARE(s.candles(kMin, 100)[0].openTime, kDay0 + CandleSeries::kDay + 30 * kMin);
        QCOMPARE(s.candles(CandleSeries::kHour, 100).size(), 3);
        QCOMPARE(s.candles(CandleSeries::kDay, 100).size(), 3);
        // A clock that steps back never reopens a closed candle.
        s.add(kDay0, 90, 1, q(90));
        QCOMPARE(s.candles(kMin, 100).size(), 2);
        QCOMPARE(s.candles(kMin, 100)[1].close, 90);
    }
};

QTEST_APPLESS_MAIN(TstCandleSeries)
#include "tst_candle_series.moc"
