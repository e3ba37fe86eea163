#include "trade/trade_tape_model.h"

#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

namespace {

constexpr int kShown = 50;

} // namespace

TradeTapeModel::TradeTapeModel(QObject *parent)
    : RemoteListModel({QStringLiteral("price"), QStringLiteral("quantity"), QStringLiteral("takerSide"),
                       QStringLiteral("at")},
                      parent)
{
}

void TradeTapeModel::setMarket(const QString &market)
{
    if (m_market == market)
        return;
    m_market = market;
    setRows({});
    emit marketChanged();
    reload();
}

void TradeTapeModel::onAttached()
{
    // Pushes missed while the connection was down: read the list again.
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::SpotTrade, this, [this](const ServerEvent &e) {
        if (e.objectId != m_market)
            return;
        prependRow(e.object("trade"));
        if (count() > 2 * kShown) // trimmed now and then rather than on every trade
            setRows(rows().mid(0, kShown));
    });
}

void TradeTapeModel::reload()
{
    if (m_market.isEmpty())
        return;
    const QString market = m_market;
    const QJsonObject params{{QStringLiteral("market"), market}, {QStringLiteral("limit"), kShown}};
    request(QStringLiteral("spot.trades"), params, [this, market](const QJsonObject &result) {
        if (market == m_market)
            setRowsFrom(result.value(QStringLiteral("trades")));
    });
}

} // namespace azc
