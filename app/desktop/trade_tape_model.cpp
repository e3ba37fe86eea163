#include "trade_tape_model.h"

#include "client/api_client.h"

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
    connect(client(), &ApiClient::sessionResumed, this, [this] { reload(); });
    connect(client(), &ApiClient::eventReceived, this, [this](const QString &name, const QJsonObject &params) {
        if (name != QLatin1String("event.spot.trade") || params.value(QStringLiteral("market")).toString() != m_market)
            return;
        prependRow(params.value(QStringLiteral("trade")).toObject());
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
