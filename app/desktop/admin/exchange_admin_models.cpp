#include "admin/exchange_admin_models.h"

#include "trade/trade_errors.h"

#include "common/amount.h"

#include <QJsonArray>

namespace azc {

namespace {

std::optional<Amount> exact(const QJsonObject &o, const QString &key)
{
    const auto parsed = Amount::parse(o.value(key).toString(), Amount::kMaxDecimals);
    return parsed ? std::optional<Amount>(parsed.value()) : std::nullopt;
}

} // namespace

ExchangeProviderModel::ExchangeProviderModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("asset"), QStringLiteral("free"), QStringLiteral("locked"),
                       QStringLiteral("ledger"), QStringLiteral("held"), QStringLiteral("matches")},
                      parent)
{
}

void ExchangeProviderModel::reload()
{
    requestQuietly(QStringLiteral("exchange.provider"), {}, [this](const QJsonObject &result) {
        m_name = result.value(QStringLiteral("name")).toString();
        m_connected = result.value(QStringLiteral("connected")).toBool();
        m_error = result.value(QStringLiteral("error")).toString();
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("balances")).toArray()) {
            QJsonObject row = v.toObject();
            row.insert(QStringLiteral("id"), row.value(QStringLiteral("asset")));
            const auto free = exact(row, QStringLiteral("free"));
            const auto locked = exact(row, QStringLiteral("locked"));
            const auto ledger = exact(row, QStringLiteral("ledger"));
            const auto held = free && locked ? free->checkedAdd(*locked) : free;
            row.insert(QStringLiteral("held"), held ? held->toString(Amount::kMaxDecimals) : QString());
            row.insert(QStringLiteral("matches"), held && ledger && *held == *ledger);
            rows.append(row);
        }
        setRows(rows);
        emit providerChanged();
    }, [this](const RpcReply &reply) {
        m_name.clear();
        m_connected = false;
        m_error = TradeErrors::describe(reply);
        setRows({});
        emit providerChanged();
    });
}

ExchangeHedgesModel::ExchangeHedgesModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("flow"), QStringLiteral("ref"),
                       QStringLiteral("userId"), QStringLiteral("provider"), QStringLiteral("symbol"),
                       QStringLiteral("side"), QStringLiteral("requested"), QStringLiteral("executedQty"),
                       QStringLiteral("quoteQty"), QStringLiteral("status"), QStringLiteral("providerOrderId"),
                       QStringLiteral("error"), QStringLiteral("updatedAt")},
                      parent)
{
}

void ExchangeHedgesModel::reload()
{
    request(QStringLiteral("exchange.hedges"), {{QStringLiteral("limit"), 100}}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("hedges")).toArray()) {
            QJsonObject row = v.toObject();
            // ids may come as numbers; the list matches rows by their text
            row.insert(QStringLiteral("id"), row.value(QStringLiteral("id")).toVariant().toString());
            rows.append(row);
        }
        setRows(rows);
    });
}

ExchangeRevenueModel::ExchangeRevenueModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("market"), QStringLiteral("trades"),
                       QStringLiteral("volume"), QStringLiteral("quoteVolume"), QStringLiteral("feesText")},
                      parent)
{
}

void ExchangeRevenueModel::reload()
{
    request(QStringLiteral("exchange.revenue"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("markets")).toArray()) {
            QJsonObject row = v.toObject();
            row.insert(QStringLiteral("id"), row.value(QStringLiteral("market")));
            QStringList fees;
            for (const QJsonValue &f : row.value(QStringLiteral("fees")).toArray())
                fees.append(f[QStringLiteral("amount")].toString() + QLatin1Char(' ') + f[QStringLiteral("asset")].toString());
            row.insert(QStringLiteral("feesText"), fees.join(QStringLiteral(" · ")));
            rows.append(row);
        }
        setRows(rows);
        m_flows = result.value(QStringLiteral("flows")).toArray().toVariantList();
        emit flowsChanged();
    });
}

ExchangeMarketEditor::ExchangeMarketEditor(QObject *parent) : RemoteObject(parent) {}

void ExchangeMarketEditor::save(const QVariantMap &market)
{
    m_errorText.clear();
    emit errorChanged();
    QJsonObject params;
    for (const char *key : {"base", "quote", "tickSize", "lotSize", "minNotional", "makerFee", "takerFee", "status"})
        params.insert(QLatin1String(key), market.value(QLatin1String(key)).toString().trimmed());
    params.insert(QStringLiteral("routing"), market.value(QStringLiteral("routing")).toBool());
    request(QStringLiteral("spot.setMarket"), params, [this](const QJsonObject &result) {
        emit saved(result.value(QStringLiteral("market")).toObject().toVariantMap());
    }, [this](const RpcReply &reply) {
        m_errorText = TradeErrors::describe(reply);
        emit errorChanged();
    });
}

} // namespace azc
