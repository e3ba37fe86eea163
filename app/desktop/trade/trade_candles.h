#pragma once
// trade/ screens: the candle chart's data for one market and interval
// (spot.candles, oldest first). The last candle follows the market's trades
// (event.spot.trade) on the client: a trade in the last bucket moves its
// close, high, low and volume (compared exactly), a later one opens a new
// bucket.
//
// candles: [{time, open, high, low, close, volume}] with the server's strings
// plus o, h, l, c as doubles — those only place the candle on the chart.
// low / high: the strings of the range shown; lowValue / highValue the same
// as doubles for the axis.

#include "foundation/remote_object.h"

#include <QJsonObject>
#include <QList>
#include <QVariantList>

namespace azc {

class TradeCandles : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString market READ market WRITE setMarket NOTIFY seriesChanged)
    Q_PROPERTY(QString interval READ interval WRITE setInterval NOTIFY seriesChanged)
    Q_PROPERTY(QStringList intervals READ intervals CONSTANT)
    Q_PROPERTY(QVariantList candles READ candles NOTIFY candlesChanged)
    Q_PROPERTY(QString low READ low NOTIFY candlesChanged)
    Q_PROPERTY(QString high READ high NOTIFY candlesChanged)
    Q_PROPERTY(double lowValue READ lowValue NOTIFY candlesChanged)
    Q_PROPERTY(double highValue READ highValue NOTIFY candlesChanged)
    Q_PROPERTY(bool available READ available NOTIFY candlesChanged)
public:
    explicit TradeCandles(QObject *parent = nullptr);

    QString market() const { return m_market; }
    void setMarket(const QString &market);
    QString interval() const { return m_interval; }
    void setInterval(const QString &interval);
    QStringList intervals() const;
    QVariantList candles() const { return m_view; }
    QString low() const { return m_low; }
    QString high() const { return m_high; }
    double lowValue() const { return m_lowValue; }
    double highValue() const { return m_highValue; }
    bool available() const { return m_available; }

    Q_INVOKABLE void reload();

signals:
    void seriesChanged();
    void candlesChanged();

protected:
    void onAttached() override;

private:
    qint64 intervalMs() const;
    void onTrade(const QJsonObject &trade);
    void publish();

    QString m_market;
    QString m_interval = QStringLiteral("1m");
    QList<QJsonObject> m_candles;
    QVariantList m_view;
    QString m_low;
    QString m_high;
    double m_lowValue = 0;
    double m_highValue = 0;
    bool m_available = true;
};

} // namespace azc
