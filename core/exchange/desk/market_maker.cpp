#include "exchange/desk/market_maker.h"

#include "exchange/provider/decimal.h"
#include "exchange/spot/spot_exchange.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcMarketMaker, "azc.desk.marketmaker")

namespace azc::desk {

namespace {

constexpr Int128 kRateOne = 100000000; // rates have 8 decimals

QString providerSymbol(const QString &market) { return QString(market).remove(u'-'); }

} // namespace

MarketMakerConfig demoMarketMakerConfig()
{
    MarketMakerConfig c;
    c.enabled = true;
    c.sizes = {{QStringLiteral("BTC-USDT"), QStringLiteral("0.01")},
               {QStringLiteral("ETH-USDT"), QStringLiteral("0.1")},
               {QStringLiteral("AZC-USDT"), QStringLiteral("500")}};
    return c;
}

MarketMaker::MarketMaker(spot::SpotExchange &spot, provider::LiquidityProvider &provider, MarketMakerConfig config,
                         QObject *parent)
    : QObject(parent), m_spot(spot), m_provider(provider), m_config(std::move(config))
{
    m_timer.setInterval(m_config.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MarketMaker::requote);
}

void MarketMaker::start()
{
    if (!m_config.enabled)
        return;
    m_timer.start();
    QTimer::singleShot(0, this, &MarketMaker::requote);
}

server::Caller MarketMaker::caller() const
{
    return {m_config.userId, QStringLiteral("market-maker"), {}, server::Role::User, 0, false};
}

void MarketMaker::requote()
{
    for (auto it = m_config.sizes.cbegin(); it != m_config.sizes.cend(); ++it)
        requoteMarket(it.key());
}

void MarketMaker::requoteMarket(const QString &market)
{
    if (m_quoted[market].busy)
        return;
    m_quoted[market].busy = true;
    QPointer<MarketMaker> self(this);
    m_provider.depth(providerSymbol(market), 5, [self, market](Result<provider::Depth> depth) {
        if (!self)
            return;
        Quoted &q = self->m_quoted[market];
        auto config = self->m_spot.market(market);
        if (!depth || depth->bids.isEmpty() || depth->asks.isEmpty() || !config
            || config->status != spot::MarketStatus::Open) {
            qCDebug(lcMarketMaker) << market << "not quoted now:"
                                   << (depth ? (config ? "market not open" : "no such market") : qPrintable(depth.error().reason));
            q.busy = false;
            return;
        }
        const auto bid = provider::toAmount(depth->bids.first().price, config->quoteDecimals, Rounding::Down);
        const auto ask = provider::toAmount(depth->asks.first().price, config->quoteDecimals, Rounding::Up);
        if (!bid || !ask) {
            qCDebug(lcMarketMaker) << market << "unusable provider prices";
            q.busy = false;
            return;
        }
        const Amount mid = Amount::fromUnits((bid->units() + ask->units()) / 2);
        // Still in place and the price has hardly moved: nothing to do.
        auto open = self->m_spot.orders(self->m_config.userId, market, true, 200);
        const QJsonArray liveOrders = open ? open->value(QStringLiteral("orders")).toArray() : QJsonArray();
        int live = 0;
        for (const QJsonValue &o : liveOrders)
            if (o[QStringLiteral("filled")].toString() == QLatin1String("0")) // a level that traded is quoted anew
                ++live;
        const Int128 moved = q.mid.isZero() ? kRateOne
                                            : (mid.units() > q.mid.units() ? mid.units() - q.mid.units()
                                                                           : q.mid.units() - mid.units())
                                                      * kRateOne / q.mid.units();
        // Levels it could not place (they would have crossed a user's order, or
        // it lacked funds) are tried again now and then, not at every pass.
        const bool allPlaced = q.orders == q.attempted || ++q.passesSinceShort < 10;
        if (live == q.orders && live > 0 && allPlaced && moved < self->m_config.requoteMove.units()) {
            q.busy = false;
            return;
        }
        self->replace(market, mid);
    });
}

void MarketMaker::replace(const QString &market, Amount mid)
{
    QPointer<MarketMaker> self(this);
    m_spot.cancelAll(caller(), market, [self, market, mid](const Result<QJsonObject> &cancelled) {
        if (!self)
            return;
        Quoted &q = self->m_quoted[market];
        if (!cancelled) {
            qCWarning(lcMarketMaker) << market << "cannot cancel its quotes:" << cancelled.error().message;
            q.busy = false;
            return;
        }
        auto config = self->m_spot.market(market);
        if (!config) {
            q.busy = false;
            return;
        }
        q.passesSinceShort = 0;
        struct Placement {
            QString side, price;
        };
        QList<Placement> orders;
        const MarketMakerConfig &c = self->m_config;
        const Amount tick = config->tickSize;
        const int quoteDecimals = config->quoteDecimals;
        for (int i = 0; i < c.levels; ++i) {
            const Int128 offset = c.halfSpread.units() + i * c.levelStep.units();
            const Int128 bidUnits = mid.units() * (kRateOne - offset) / kRateOne / tick.units() * tick.units();
            const Int128 askRaw = mid.units() * (kRateOne + offset);
            const Int128 askUnits = (askRaw + kRateOne * tick.units() - 1) / (kRateOne * tick.units()) * tick.units();
            if (bidUnits > 0)
                orders.append({QStringLiteral("buy"), Amount::fromUnits(bidUnits).toString(quoteDecimals)});
            orders.append({QStringLiteral("sell"), Amount::fromUnits(askUnits).toString(quoteDecimals)});
        }
        q.mid = mid;
        q.orders = 0;
        q.attempted = int(orders.size());
        auto remaining = std::make_shared<int>(int(orders.size()));
        if (orders.isEmpty()) {
            q.busy = false;
            return;
        }
        for (const Placement &p : orders) {
            spot::PlaceRequest request{market, p.side, QStringLiteral("limit"), QStringLiteral("post_only"), p.price,
                                       c.sizes.value(market), QString(),
                                       QStringLiteral("mm-") + QUuid::createUuid().toString(QUuid::Id128), QString()};
            self->m_spot.place(self->caller(), request, [self, market, remaining](const Result<QJsonObject> &placed) {
                if (!self)
                    return;
                Quoted &quoted = self->m_quoted[market];
                // A level it cannot fund, or that would cross, is skipped.
                if (!placed)
                    qCDebug(lcMarketMaker) << market << "level skipped:" << placed.error().reason;
                if (placed && placed->value(QStringLiteral("order"))[QStringLiteral("status")] == QStringLiteral("open"))
                    ++quoted.orders;
                if (--*remaining == 0)
                    quoted.busy = false;
            });
        }
    });
}

} // namespace azc::desk
