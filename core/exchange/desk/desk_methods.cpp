#include "exchange/desk/desk_methods.h"

#include "exchange/desk/hedge_log.h"
#include "exchange/provider/liquidity_provider.h"
#include "exchange/spot/spot_exchange.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QJsonArray>
#include <QMap>

namespace azc::desk {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;

namespace {

Amount plus(Amount a, Amount b) { return a.checkedAdd(b).value_or(Amount::max()); }

// The provider's own balances next to what the ledger's Provider accounts say
// the exchange holds there: a difference is something to reconcile.
void providerBalances(const DeskServices &s, Reply reply)
{
    QMap<QString, Amount> ledgerHeld;
    if (auto accounts = s.ledger.allAccounts())
        for (const ledger::Account &a : accounts.value())
            if (a.key.kind == ledger::AccountKind::Provider) // one provider: the seeded balance and the hedges' accounts
                ledgerHeld[a.key.asset] = plus(ledgerHeld.value(a.key.asset), a.balance);
    auto decimalsOf = [&s](const QString &asset) {
        auto a = s.ledger.asset(asset);
        return a ? a->decimals : 0;
    };
    if (!s.provider)
        return reply(fail("unavailable", QStringLiteral("no liquidity provider is configured")));
    const QString name = s.providerName;
    s.provider->balances([reply, ledgerHeld, decimalsOf, name](Result<QList<provider::Balance>> balances) {
        QJsonArray out;
        QMap<QString, Amount> rest = ledgerHeld;
        const bool connected = bool(balances);
        for (const provider::Balance &b : connected ? balances.value() : QList<provider::Balance>()) {
            const Amount ledger = rest.take(b.asset);
            out.append(QJsonObject{{QStringLiteral("asset"), b.asset},
                                   {QStringLiteral("free"), b.free.toString()},
                                   {QStringLiteral("locked"), b.locked.toString()},
                                   {QStringLiteral("ledger"), ledger.toString(decimalsOf(b.asset))}});
        }
        for (auto it = rest.cbegin(); it != rest.cend(); ++it)
            out.append(QJsonObject{{QStringLiteral("asset"), it.key()},
                                   {QStringLiteral("free"), QString()},
                                   {QStringLiteral("locked"), QString()},
                                   {QStringLiteral("ledger"), it.value().toString(decimalsOf(it.key()))}});
        QJsonObject result{{QStringLiteral("name"), name},
                           {QStringLiteral("connected"), connected},
                           {QStringLiteral("balances"), out}};
        if (!connected)
            result.insert(QStringLiteral("error"), balances.error().reason);
        reply(result);
    });
}

// Per market: trades, volumes and the fees charged (the buyer's in base, the
// seller's in quote); per flow: what each FeeRevenue account holds now.
Result<QJsonObject> revenue(const DeskServices &s)
{
    struct Totals {
        qint64 trades = 0, lots = 0;
        Amount quote, baseFees, quoteFees;
    };
    QMap<QString, Totals> perMarket;
    auto q = s.db.exec(QStringLiteral("SELECT market, taker_side, quantity, quote, taker_fee, maker_fee FROM spot_fills"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Totals &t = perMarket[r.value(0).toString()];
        const bool takerBuys = r.value(1).toString() == QLatin1String("buy");
        const Amount takerFee = wallet::amountFromUnitsText(r.value(4).toString());
        const Amount makerFee = wallet::amountFromUnitsText(r.value(5).toString());
        ++t.trades;
        t.lots += r.value(2).toLongLong();
        t.quote = plus(t.quote, wallet::amountFromUnitsText(r.value(3).toString()));
        t.baseFees = plus(t.baseFees, takerBuys ? takerFee : makerFee);
        t.quoteFees = plus(t.quoteFees, takerBuys ? makerFee : takerFee);
    }
    QJsonArray markets;
    for (auto it = perMarket.cbegin(); it != perMarket.cend(); ++it) {
        auto m = s.spot.market(it.key());
        if (!m)
            continue;
        const Totals &t = it.value();
        markets.append(QJsonObject{
                {QStringLiteral("market"), it.key()},
                {QStringLiteral("trades"), t.trades},
                {QStringLiteral("volume"), m->quantityText(t.lots)},
                {QStringLiteral("quoteVolume"), t.quote.toString(m->quoteDecimals)},
                {QStringLiteral("fees"),
                 QJsonArray{QJsonObject{{QStringLiteral("asset"), m->base}, {QStringLiteral("amount"), t.baseFees.toString(m->baseDecimals)}},
                            QJsonObject{{QStringLiteral("asset"), m->quote},
                                        {QStringLiteral("amount"), t.quoteFees.toString(m->quoteDecimals)}}}}});
    }
    auto accounts = s.ledger.allAccounts();
    if (!accounts)
        return accounts.error();
    QMap<QPair<QString, QString>, Amount> perFlow;
    for (const ledger::Account &a : accounts.value())
        if (a.key.kind == ledger::AccountKind::FeeRevenue)
            perFlow[{a.key.subKind, a.key.asset}] = plus(perFlow.value({a.key.subKind, a.key.asset}), a.balance);
    QJsonArray flows;
    for (auto it = perFlow.cbegin(); it != perFlow.cend(); ++it) {
        auto asset = s.ledger.asset(it.key().second);
        flows.append(QJsonObject{{QStringLiteral("flow"), it.key().first},
                                 {QStringLiteral("asset"), it.key().second},
                                 {QStringLiteral("amount"), it.value().toString(asset ? asset->decimals : 0)}});
    }
    return QJsonObject{{QStringLiteral("markets"), markets}, {QStringLiteral("flows"), flows}};
}

} // namespace

void declareDeskMethods(server::MethodTable &t, DeskServices s)
{
    t.declare({.name = QStringLiteral("exchange.provider"), .role = Role::Admin, .rateClass = RateClass::Read,
               .asyncHandler = [s](CallContext &, const QJsonObject &, Reply reply) { providerBalances(s, std::move(reply)); }});
    t.declare({.name = QStringLiteral("exchange.hedges"), .role = Role::Admin, .params = {Param::integer(QStringLiteral("limit"), 1, 500).optional()},
               .rateClass = RateClass::Read, .handler = [s](CallContext &, const QJsonObject &p) {
                   return s.hedges.list(p.value(QStringLiteral("limit")).toInt(100));
               }});
    t.declare({.name = QStringLiteral("exchange.revenue"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [s](CallContext &, const QJsonObject &) { return revenue(s); }});
}

} // namespace azc::desk
