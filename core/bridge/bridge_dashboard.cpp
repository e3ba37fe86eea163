// The data core: partners' figures and the platform's overview, every one
// computed from the ledger's accounts and transfers (not from the bridge's
// own rows), so the dashboard cannot disagree with the money.

#include "bridge/bridge_internal.h"
#include "bridge/bridge_service.h"

#include "ledger/ledger_service.h"
#include "storage/database.h"

#include <QDate>
#include <QMap>
#include <QSet>

namespace azc::bridge {

using ledger::AccountKind;

namespace {

QString dayText(qint64 dayNumber) { return QDate(1970, 1, 1).addDays(dayNumber).toString(Qt::ISODate); }

struct Flow {
    qint64 count = 0;
    Amount points, coin;
};

struct DayFigures {
    Amount credited, burned, toCoin, toPoints;
};

QJsonObject flowJson(const Flow &f, int pd, int cd)
{
    return {{QStringLiteral("count"), f.count}, {QStringLiteral("points"), f.points.toString(pd)}, {QStringLiteral("coin"), f.coin.toString(cd)}};
}

void add(Amount &into, Amount a) { into = into.checkedAdd(a).value_or(into); }

} // namespace

Result<QJsonObject> BridgeService::dashboard(const payments::Actor &actor, int days)
{
    if (auto st = requireOrg(actor, payments::Permission::Read, false); !st)
        return st.error();
    days = std::clamp(days, 1, 366);
    s.ledger.flush(); // what is accepted counts, as the balances do
    const qint64 firstDay = today() - days + 1;
    const qint64 from = firstDay * detail::kDayMs;
    auto rows = pointRows(QStringLiteral("org_id = ?"), {actor.orgId});
    if (!rows)
        return rows.error();
    QJsonArray pointsOut, series;
    for (const Point &p : *rows) {
        auto out = outstanding(p);
        auto res = reserve(p);
        auto info = pointJson(p, {}, true);
        auto reserveId = reserveAccount(p);
        auto fees = s.ledger.account({{}, p.coin, AccountKind::FeeRevenue, feeFlow()});
        for (const Status &st : {out ? okStatus() : Status(out.error()), res ? okStatus() : Status(res.error()), info ? okStatus() : Status(info.error()),
                                 reserveId ? okStatus() : Status(reserveId.error()), fees ? okStatus() : Status(fees.error())})
            if (!st)
                return st.error();
        // The accounts whose balances make up "outstanding" (the same ones outstanding() adds).
        QSet<QString> supply;
        for (const ledger::AccountKey &key : supplyKeys(p))
            if (auto a = s.ledger.existingAccount(key); a && a->has_value())
                supply.insert((*a)->id);
        auto moves = s.ledger.transfersSince(QStringList(supply.cbegin(), supply.cend()) << *reserveId << fees->id, from);
        if (!moves)
            return moves.error();
        Flow toCoin, toPoints;
        Amount credited, burned, feeTotal;
        QMap<qint64, DayFigures> perDay;
        QMap<qint64, Amount> outstandingDelta, reserveDelta; // per day: how much the day changed them
        QSet<QString> swapOps, toCoinOps, toPointsOps;
        for (const ledger::StoredTransfer &t : *moves)
            if (t.code.startsWith(QLatin1String("bridge.swap")) && (supply.contains(t.debitAccountId) || supply.contains(t.creditAccountId)))
                swapOps.insert(t.operationId);
        for (const ledger::StoredTransfer &t : *moves) {
            const qint64 day = t.createdAt / detail::kDayMs;
            DayFigures &d = perDay[day];
            const bool intoSupply = supply.contains(t.creditAccountId), outOfSupply = supply.contains(t.debitAccountId);
            if (t.asset == p.code && intoSupply != outOfSupply) {
                // Points leaving the supply accounts reach users: outstanding grows, and the other way round.
                add(outstandingDelta[day], outOfSupply ? t.amount : Amount::fromUnits(-t.amount.units()));
                if (t.code == QLatin1String("bridge.credit")) {
                    add(credited, t.amount);
                    add(d.credited, t.amount);
                } else if (t.code == QLatin1String("bridge.swap.in")) {
                    add(toCoin.points, t.amount);
                    add(d.toCoin, t.amount);
                    toCoinOps.insert(t.operationId);
                } else if (t.code == QLatin1String("bridge.swap.out")) {
                    add(toPoints.points, t.amount);
                    add(d.toPoints, t.amount);
                    toPointsOps.insert(t.operationId);
                }
            }
            // A burn retires the partner's own points: from its holding to the issuer, both supply
            // accounts, so it leaves outstanding alone and is counted here, not in the branch above
            // (where it never arrived: burned was always 0).
            if (t.asset == p.code && t.code == QLatin1String("bridge.burn")) {
                add(burned, t.amount);
                add(d.burned, t.amount);
            }
            if (t.asset == p.coin && (t.debitAccountId == *reserveId) != (t.creditAccountId == *reserveId))
                add(reserveDelta[day], t.creditAccountId == *reserveId ? t.amount : Amount::fromUnits(-t.amount.units()));
            if (t.asset == p.coin && swapOps.contains(t.operationId)) {
                if (t.creditAccountId == fees->id)
                    add(feeTotal, t.amount);
                else if (t.code == QLatin1String("bridge.swap.out") && t.debitAccountId == *reserveId)
                    add(toCoin.coin, t.amount);
                else if (t.code == QLatin1String("bridge.swap.in") && t.creditAccountId == *reserveId)
                    add(toPoints.coin, t.amount);
            }
        }
        toCoin.count = toCoinOps.size();
        toPoints.count = toPointsOps.size();
        // Walk back from today's balances to each day's closing figures.
        Amount closingOut = *out, closingRes = *res;
        QList<QJsonObject> daysOut;
        for (qint64 day = today(); day >= firstDay; --day) {
            const DayFigures d = perDay.value(day);
            daysOut.prepend(QJsonObject{{QStringLiteral("day"), dayText(day)},
                                        {QStringLiteral("point"), p.code},
                                        {QStringLiteral("credited"), d.credited.toString(p.decimals)},
                                        {QStringLiteral("burned"), d.burned.toString(p.decimals)},
                                        {QStringLiteral("toCoin"), d.toCoin.toString(p.decimals)},
                                        {QStringLiteral("toPoints"), d.toPoints.toString(p.decimals)},
                                        {QStringLiteral("outstanding"), closingOut.toString(p.decimals)},
                                        {QStringLiteral("reserve"), closingRes.toString(p.coinDecimals)}});
            closingOut = *closingOut.checkedSub(outstandingDelta.value(day));
            closingRes = *closingRes.checkedSub(reserveDelta.value(day));
        }
        for (const QJsonObject &d : daysOut)
            series.append(d);
        QJsonObject o{{QStringLiteral("code"), p.code},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("decimals"), p.decimals},
                      {QStringLiteral("coin"), p.coin},
                      {QStringLiteral("coinDecimals"), p.coinDecimals},
                      {QStringLiteral("status"), p.status},
                      {QStringLiteral("outstanding"), out->toString(p.decimals)},
                      {QStringLiteral("reserve"), res->toString(p.coinDecimals)},
                      {QStringLiteral("requiredReserve"), info->value(QStringLiteral("requiredReserve"))},
                      {QStringLiteral("coverageBps"), info->value(QStringLiteral("coverageBps"))},
                      {QStringLiteral("holders"), info->value(QStringLiteral("holders"))},
                      {QStringLiteral("credited"), credited.toString(p.decimals)},
                      {QStringLiteral("burned"), burned.toString(p.decimals)},
                      {QStringLiteral("swapsToCoin"), flowJson(toCoin, p.decimals, p.coinDecimals)},
                      {QStringLiteral("swapsToPoints"), flowJson(toPoints, p.decimals, p.coinDecimals)},
                      {QStringLiteral("fees"), feeTotal.toString(p.coinDecimals)}};
        pointsOut.append(o);
    }
    // The market: what the partner's accounts received for orders and gave back in refunds.
    QStringList assets{QStringLiteral("AZC")};
    for (const Point &p : *rows)
        assets.append(p.code);
    QJsonArray sales, refunds, marketSeries;
    qint64 orders = 0;
    for (const QString &asset : assets) {
        auto decimals = s.ledger.asset(asset);
        auto account = s.ledger.existingAccount({payments::PaymentsService::merchantOwner(actor.orgId), asset, AccountKind::Available, {}});
        if (!decimals || !account)
            continue;
        Amount sold, refunded;
        QMap<qint64, QPair<qint64, Amount>> perDay;
        if (account->has_value()) {
            auto moves = s.ledger.transfersSince({(*account)->id}, from);
            if (!moves)
                return moves.error();
            for (const ledger::StoredTransfer &t : *moves) {
                if (t.code == QLatin1String("market.order") && t.creditAccountId == (*account)->id) {
                    add(sold, t.amount);
                    auto &d = perDay[t.createdAt / detail::kDayMs];
                    d.first += 1;
                    add(d.second, t.amount);
                    ++orders;
                } else if (t.code == QLatin1String("market.refund") && t.debitAccountId == (*account)->id) {
                    add(refunded, t.amount);
                }
            }
        }
        sales.append(QJsonObject{{QStringLiteral("asset"), asset}, {QStringLiteral("decimals"), decimals->decimals},
                                 {QStringLiteral("amount"), sold.toString(decimals->decimals)}});
        refunds.append(QJsonObject{{QStringLiteral("asset"), asset}, {QStringLiteral("decimals"), decimals->decimals},
                                   {QStringLiteral("amount"), refunded.toString(decimals->decimals)}});
        for (qint64 day = firstDay; day <= today(); ++day) {
            const auto d = perDay.value(day);
            marketSeries.append(QJsonObject{{QStringLiteral("day"), dayText(day)}, {QStringLiteral("asset"), asset},
                                            {QStringLiteral("orders"), d.first}, {QStringLiteral("sales"), d.second.toString(decimals->decimals)}});
        }
    }
    return QJsonObject{{QStringLiteral("orgId"), actor.orgId},
                       {QStringLiteral("from"), dayText(firstDay)},
                       {QStringLiteral("points"), pointsOut},
                       {QStringLiteral("market"), QJsonObject{{QStringLiteral("orders"), orders}, {QStringLiteral("sales"), sales},
                                                             {QStringLiteral("refunds"), refunds}}},
                       {QStringLiteral("series"), series},
                       {QStringLiteral("marketSeries"), marketSeries}};
}

Result<QJsonObject> BridgeService::overview()
{
    auto rows = pointRows(QStringLiteral("1 = 1"), {});
    if (!rows)
        return rows.error();
    QMap<QString, QJsonArray> byOrg;
    struct Total { int decimals = 0; Amount reserves, required; };
    QMap<QString, Total> totals;
    for (const Point &p : *rows) {
        auto j = pointJson(p, {}, true);
        if (!j)
            return j.error();
        byOrg[p.orgId].append(QJsonObject{{QStringLiteral("code"), p.code},
                                          {QStringLiteral("name"), p.name},
                                          {QStringLiteral("decimals"), p.decimals},
                                          {QStringLiteral("coin"), p.coin},
                                          {QStringLiteral("coinDecimals"), p.coinDecimals},
                                          {QStringLiteral("outstanding"), j->value(QStringLiteral("outstanding"))},
                                          {QStringLiteral("reserve"), j->value(QStringLiteral("reserve"))},
                                          {QStringLiteral("requiredReserve"), j->value(QStringLiteral("requiredReserve"))},
                                          {QStringLiteral("coverageBps"), j->value(QStringLiteral("coverageBps"))},
                                          {QStringLiteral("holders"), j->value(QStringLiteral("holders"))},
                                          {QStringLiteral("status"), p.status}});
        Total &t = totals[p.coin];
        t.decimals = p.coinDecimals;
        if (auto r = reserve(p))
            add(t.reserves, *r);
        if (auto r = Amount::parse(j->value(QStringLiteral("requiredReserve")).toString(), p.coinDecimals))
            add(t.required, *r);
    }
    QJsonArray partners, sums;
    for (auto it = byOrg.cbegin(); it != byOrg.cend(); ++it) {
        QJsonObject o = orgJson(it.key());
        o.insert(QStringLiteral("points"), it.value());
        partners.append(o);
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(QJsonObject{{QStringLiteral("coin"), it.key()}, {QStringLiteral("decimals"), it->decimals},
                                {QStringLiteral("reserves"), it->reserves.toString(it->decimals)},
                                {QStringLiteral("required"), it->required.toString(it->decimals)}});
    return QJsonObject{{QStringLiteral("partners"), partners}, {QStringLiteral("totals"), sums}};
}

} // namespace azc::bridge
