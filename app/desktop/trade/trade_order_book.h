#pragma once
// trade/ screens: the live order book of one market. Setting `market`
// subscribes this session to it (spot.subscribe — one market at a time, the
// subscription also brings the trade and ticker pushes the tape, the chart
// and the market list follow), takes a snapshot (spot.depth, with its seq)
// and applies the event.spot.depth deltas in order: a delta whose prevSeq is
// our seq applies, an older one is dropped, a gap fetches the snapshot again.
// Deltas that arrive while a snapshot is on its way wait for it.
//
// asks: the best `rows` asks, highest price first (the ladder's top half, so
// the best ask sits just above the spread); bids: the best `rows` bids,
// highest first. Each level is {price, quantity, fraction}; fraction (0…1,
// display only) sizes the depth bar against the largest level shown.

#include "foundation/remote_object.h"

#include "common/amount.h"

#include <QVariantList>
#include <map>

namespace azc {

class TradeOrderBook : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString market READ market WRITE setMarket NOTIFY marketChanged)
    Q_PROPERTY(int rows READ rows WRITE setRows NOTIFY levelsChanged)
    Q_PROPERTY(QVariantList asks READ asks NOTIFY levelsChanged)
    Q_PROPERTY(QVariantList bids READ bids NOTIFY levelsChanged)
    Q_PROPERTY(QString bestBid READ bestBid NOTIFY levelsChanged)
    Q_PROPERTY(QString bestAsk READ bestAsk NOTIFY levelsChanged)
    Q_PROPERTY(qint64 seq READ seq NOTIFY levelsChanged)
    Q_PROPERTY(int resyncs READ resyncs NOTIFY levelsChanged)
public:
    explicit TradeOrderBook(QObject *parent = nullptr);
    ~TradeOrderBook() override;

    QString market() const { return m_market; }
    void setMarket(const QString &market);
    int rows() const { return m_rows; }
    void setRows(int rows);
    QVariantList asks() const { return m_asks; }
    QVariantList bids() const { return m_bids; }
    QString bestBid() const;
    QString bestAsk() const;
    qint64 seq() const { return m_seq; }
    int resyncs() const { return m_resyncs; }

    // The resting quantity at `price` on `side` ("buy"/"sell"), "" when none: for tests.
    Q_INVOKABLE QString quantityAt(const QString &side, const QString &price) const;
    Q_INVOKABLE void resync();

signals:
    void marketChanged();
    void levelsChanged();

protected:
    void onAttached() override;

private:
    struct Level {
        QString price;
        QString quantity;
    };
    // Keyed by the price in units at 18 decimals, so "67250" and "67250.00" meet.
    using Side = std::map<Int128, Level>;

    void subscribe();
    void onDelta(const QJsonObject &delta);
    void applyLevels(Side &side, const QJsonArray &levels);
    void publish();

    QString m_market;
    int m_rows = 12;
    Side m_bidLevels;
    Side m_askLevels;
    qint64 m_seq = -1;
    bool m_syncing = false;
    int m_resyncs = 0;
    QList<QJsonObject> m_waiting; // deltas that came while a snapshot was on its way
    QVariantList m_asks;
    QVariantList m_bids;
};

} // namespace azc
