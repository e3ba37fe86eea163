#include "trade/trade_order_book.h"

#include "foundation/error_sink.h"
#include "foundation/event_hub.h"
#include "foundation/money_display.h"
#include "trade/trade_errors.h"


#include <QJsonArray>

#include <algorithm>

namespace azc {

namespace {

constexpr int kSnapshotLevels = 50;

std::optional<Int128> priceKey(const QString &price)
{
    const auto parsed = Amount::parse(price, Amount::kMaxDecimals);
    if (!parsed)
        return std::nullopt;
    return parsed->units();
}

} // namespace

TradeOrderBook::TradeOrderBook(QObject *parent) : RemoteObject(parent) {}

// The market-data pushes this screen asked for stop with it (the event hub
// drops its markets when it is destroyed).
TradeOrderBook::~TradeOrderBook() = default;

void TradeOrderBook::onAttached()
{
    events()->on(Topic::SpotDepth, this, [this](const ServerEvent &e) {
        if (e.objectId == m_market)
            onDelta(e.params);
    });
    // A new connection may have missed deltas (the hub renews the subscription first).
    events()->onResync(this, [this] { resync(); });
    subscribe();
}

void TradeOrderBook::setMarket(const QString &market)
{
    if (m_market == market)
        return;
    m_market = market;
    m_bidLevels.clear();
    m_askLevels.clear();
    m_seq = -1;
    m_waiting.clear();
    publish();
    emit marketChanged();
    subscribe();
}

void TradeOrderBook::setRows(int rows)
{
    rows = std::clamp(rows, 1, kSnapshotLevels);
    if (m_rows == rows)
        return;
    m_rows = rows;
    publish();
}

void TradeOrderBook::subscribe()
{
    if (!context() || m_market.isEmpty())
        return;
    events()->watchMarkets(this, {m_market});
    resync();
}

void TradeOrderBook::resync()
{
    if (!context() || m_market.isEmpty() || m_syncing)
        return;
    m_syncing = true;
    const QString market = m_market;
    const QJsonObject params{{QStringLiteral("market"), market}, {QStringLiteral("levels"), kSnapshotLevels}};
    request(QStringLiteral("spot.depth"), params, [this, market](const QJsonObject &result) {
        m_syncing = false;
        if (market != m_market)
            return resync();
        m_bidLevels.clear();
        m_askLevels.clear();
        applyLevels(m_bidLevels, result.value(QStringLiteral("bids")).toArray());
        applyLevels(m_askLevels, result.value(QStringLiteral("asks")).toArray());
        m_seq = result.value(QStringLiteral("seq")).toInteger();
        ++m_resyncs;
        const QList<QJsonObject> waiting = std::exchange(m_waiting, {});
        for (const QJsonObject &delta : waiting) {
            if (delta.value(QStringLiteral("market")).toString() == m_market)
                onDelta(delta);
        }
        publish();
    }, [this](const RpcReply &reply) {
        m_syncing = false;
        if (!reply.lostInTransit()) // a reconnect resyncs anyway
            errors()->reportText(TradeErrors::describe(reply));
    });
}

void TradeOrderBook::onDelta(const QJsonObject &delta)
{
    if (m_syncing) {
        m_waiting.append(delta);
        return;
    }
    if (m_seq < 0)
        return; // no snapshot yet (its request failed): nothing to apply to
    const qint64 seq = delta.value(QStringLiteral("seq")).toInteger();
    const qint64 prevSeq = delta.value(QStringLiteral("prevSeq")).toInteger();
    if (seq <= m_seq)
        return; // already in our snapshot
    if (prevSeq != m_seq) {
        // A gap: we missed a change. The snapshot asked for now is taken after
        // this delta was sent, so it already holds it: the delta is dropped.
        resync();
        return;
    }
    applyLevels(m_bidLevels, delta.value(QStringLiteral("bids")).toArray());
    applyLevels(m_askLevels, delta.value(QStringLiteral("asks")).toArray());
    m_seq = seq;
    publish();
}

void TradeOrderBook::applyLevels(Side &side, const QJsonArray &levels)
{
    for (const QJsonValue &v : levels) {
        const QJsonArray level = v.toArray();
        const QString price = level.at(0).toString();
        const QString quantity = level.at(1).toString();
        const auto key = priceKey(price);
        if (!key)
            continue;
        const auto qty = Amount::parse(quantity, Amount::kMaxDecimals);
        if (!qty || qty->isZero())
            side.erase(*key);
        else
            side[*key] = {price, quantity};
    }
}

void TradeOrderBook::publish()
{
    // The levels shown, best first, then sized against the largest of them.
    std::vector<const Level *> asks;
    for (auto it = m_askLevels.begin(); it != m_askLevels.end() && int(asks.size()) < m_rows; ++it)
        asks.push_back(&it->second);
    std::vector<const Level *> bids;
    for (auto it = m_bidLevels.rbegin(); it != m_bidLevels.rend() && int(bids.size()) < m_rows; ++it)
        bids.push_back(&it->second);
    Amount largest;
    QString largestText = QStringLiteral("0");
    for (const auto *list : {&asks, &bids}) {
        for (const Level *level : *list) {
            const auto qty = Amount::parse(level->quantity, Amount::kMaxDecimals);
            if (qty && qty.value() > largest) {
                largest = qty.value();
                largestText = level->quantity;
            }
        }
    }
    const auto toRow = [&largestText](const Level *level) {
        return QVariantMap{{QStringLiteral("price"), level->price},
                           {QStringLiteral("quantity"), level->quantity},
                           {QStringLiteral("fraction"),
                            money::barFraction(level->quantity, largestText, Amount::kMaxDecimals)}};
    };
    m_asks.clear();
    for (auto it = asks.rbegin(); it != asks.rend(); ++it)
        m_asks.append(toRow(*it));
    m_bids.clear();
    for (const Level *level : bids)
        m_bids.append(toRow(level));
    emit levelsChanged();
}

QString TradeOrderBook::bestBid() const
{
    return m_bidLevels.empty() ? QString() : m_bidLevels.rbegin()->second.price;
}

QString TradeOrderBook::bestAsk() const
{
    return m_askLevels.empty() ? QString() : m_askLevels.begin()->second.price;
}

QString TradeOrderBook::quantityAt(const QString &side, const QString &price) const
{
    const auto key = priceKey(price);
    const Side &levels = side == QLatin1String("buy") ? m_bidLevels : m_askLevels;
    if (!key)
        return {};
    const auto it = levels.find(*key);
    return it == levels.end() ? QString() : it->second.quantity;
}

} // namespace azc
