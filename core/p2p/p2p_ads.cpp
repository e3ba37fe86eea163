// Ads: creating one (a sell ad holds its coins), the market list, pausing and
// closing (a closed sell ad gives back what no trade has reserved).

#include "audit/audit_log.h"
#include "ledger/ledger_service.h"
#include "p2p/p2p_rows.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>
#include <QUuid>

namespace azc::p2p {

namespace {

const QString kAdColumns = QStringLiteral(
        "id, user_id, side, asset, fiat, price, total, available, min_amount, max_amount, payment_window_ms, terms,"
        " min_kyc_tier, status, hold_id, created_at, updated_at");

Error invalid(const char *field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

} // namespace

P2PService::P2PService(P2PServices services, P2PConfig config, QObject *parent)
    : QObject(parent), s(services), m_config(config)
{
    m_sweep.setInterval(m_config.sweepIntervalMs);
    connect(&m_sweep, &QTimer::timeout, this, &P2PService::expireOverdue);
}

int P2PService::decimalsOf(const QString &asset) const
{
    auto a = s.ledger.asset(asset);
    return a ? a->decimals : 0;
}

Result<QList<P2PService::Ad>> P2PService::adsWhere(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT ") + kAdColumns + QStringLiteral(" FROM p2p_ads ") + where, params);
    if (!q)
        return q.error();
    QList<Ad> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Ad a;
        a.id = r.value(0).toString();
        a.userId = r.value(1).toString();
        a.side = r.value(2).toString();
        a.asset = r.value(3).toString();
        a.fiat = r.value(4).toString();
        a.price = wallet::amountFromUnitsText(r.value(5).toString());
        a.total = wallet::amountFromUnitsText(r.value(6).toString());
        a.available = wallet::amountFromUnitsText(r.value(7).toString());
        a.minAmount = wallet::amountFromUnitsText(r.value(8).toString());
        a.maxAmount = wallet::amountFromUnitsText(r.value(9).toString());
        a.paymentWindowMs = r.value(10).toLongLong();
        a.terms = r.value(11).toString();
        a.minKycTier = r.value(12).toInt();
        a.status = r.value(13).toString();
        a.holdId = r.value(14).toString();
        a.createdAt = r.value(15).toLongLong();
        a.updatedAt = r.value(16).toLongLong();
        out.append(a);
    }
    return out;
}

Result<P2PService::Ad> P2PService::adRow(const QString &adId)
{
    auto found = adsWhere(QStringLiteral("WHERE id = ?"), {adId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail("not_found", QStringLiteral("no such ad"), {{QStringLiteral("field"), QStringLiteral("adId")}});
    return found->first();
}

QJsonObject P2PService::adJson(const Ad &a) const
{
    const int d = decimalsOf(a.asset);
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("advertiser"), s.wallet.party(a.userId)},
            {QStringLiteral("side"), a.side},
            {QStringLiteral("asset"), a.asset},
            {QStringLiteral("fiat"), a.fiat},
            {QStringLiteral("price"), a.price.toString(kFiatDecimals)},
            {QStringLiteral("total"), a.total.toString(d)},
            {QStringLiteral("available"), a.available.toString(d)},
            {QStringLiteral("minAmount"), a.minAmount.toString(d)},
            {QStringLiteral("maxAmount"), a.maxAmount.toString(d)},
            {QStringLiteral("paymentWindowMinutes"), qint64(a.paymentWindowMs / m_config.minuteMs)},
            {QStringLiteral("terms"), a.terms},
            {QStringLiteral("minKycTier"), a.minKycTier},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("createdAt"), a.createdAt}};
}

void P2PService::createAd(const server::Caller &caller, const AdRequest &r, server::Reply reply)
{
    if (r.side != QLatin1String("sell") && r.side != QLatin1String("buy"))
        return reply(invalid("side", QStringLiteral("side is buy or sell")));
    auto asset = s.ledger.asset(r.asset);
    if (!asset || !asset->enabled)
        return reply(fail("unknown_asset", QStringLiteral("no such asset"), {{QStringLiteral("field"), QStringLiteral("asset")}}));
    static const QRegularExpression fiatCode(QStringLiteral("^[A-Z]{3}$"));
    if (!fiatCode.match(r.fiat).hasMatch())
        return reply(invalid("fiat", QStringLiteral("fiat is a three-letter currency code such as USD or IRR")));
    const int d = asset->decimals;
    auto price = wallet::parseAmount(r.price, kFiatDecimals, wallet::Sign::Positive, QStringLiteral("price"));
    auto total = wallet::parseAmount(r.total, d, wallet::Sign::Positive, QStringLiteral("total"));
    auto minAmount = wallet::parseAmount(r.minAmount, d, wallet::Sign::Positive, QStringLiteral("minAmount"));
    auto maxAmount = wallet::parseAmount(r.maxAmount, d, wallet::Sign::Positive, QStringLiteral("maxAmount"));
    for (const auto *v : {&price, &total, &minAmount, &maxAmount})
        if (!*v)
            return reply(v->error());
    if (*minAmount > *maxAmount || *maxAmount > *total)
        return reply(invalid("maxAmount", QStringLiteral("the limits must satisfy min ≤ max ≤ total")));
    if (r.paymentWindowMinutes < 5 || r.paymentWindowMinutes > 180)
        return reply(invalid("paymentWindowMinutes", QStringLiteral("the payment window is 5 to 180 minutes")));

    Ad ad;
    ad.id = QUuid::createUuid().toString(QUuid::Id128);
    ad.userId = caller.userId;
    ad.side = r.side;
    ad.asset = asset->code;
    ad.fiat = r.fiat;
    ad.price = *price;
    ad.total = ad.available = *total;
    ad.minAmount = *minAmount;
    ad.maxAmount = *maxAmount;
    ad.paymentWindowMs = r.paymentWindowMinutes * m_config.minuteMs;
    ad.terms = r.terms;
    ad.minKycTier = r.minKycTier;
    ad.status = QStringLiteral("active");
    ad.createdAt = ad.updatedAt = s.clock.nowMs();
    auto insert = [this, ad, key = r.idempotencyKey](const QString &holdId) -> Result<QJsonObject> {
        auto w = s.db.exec(QStringLiteral("INSERT INTO p2p_ads (") + kAdColumns
                                   + QStringLiteral(", client_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {ad.id, ad.userId, ad.side, ad.asset, ad.fiat, ad.price.unitsText(), ad.total.unitsText(),
                            ad.available.unitsText(), ad.minAmount.unitsText(), ad.maxAmount.unitsText(), ad.paymentWindowMs,
                            ad.terms, ad.minKycTier, ad.status, holdId, ad.createdAt, ad.updatedAt, key});
        if (!w)
            return w.error();
        Ad stored = ad;
        stored.holdId = holdId;
        return QJsonObject{{QStringLiteral("ad"), adJson(stored)}};
    };
    // A repeat of the key answers the ad it made.
    auto known = s.db.scalar(QStringLiteral("SELECT id FROM p2p_ads WHERE user_id = ? AND client_key = ?"),
                             {caller.userId, r.idempotencyKey});
    if (known && known->isValid()) {
        auto existing = adRow(known->toString());
        return reply(existing ? Result<QJsonObject>(QJsonObject{{QStringLiteral("ad"), adJson(existing.value())}})
                              : Result<QJsonObject>(existing.error()));
    }
    if (ad.side == QLatin1String("buy"))
        return reply(insert(QString()));
    // A sell ad offers coins the seller has: they are held from now on.
    ledger::OperationRequest op{caller.userId, QStringLiteral("p2p-ad:") + r.idempotencyKey, ad.total.unitsText(),
                                QStringLiteral("p2p.ad"), {}, {}};
    s.ledger.openHold(std::move(op), caller.userId, ad.asset, ad.total, QStringLiteral("p2p_ad"),
                      [this, insert, reply, ad](const Result<QJsonObject> &held) {
                          if (!held)
                              return reply(held.error());
                          s.wallet.announceBalance(ad.userId, ad.asset);
                          reply(insert(held->value(QStringLiteral("holdId")).toString()));
                      });
}

Result<QJsonObject> P2PService::ads(const QString &side, const QString &asset, const QString &fiat, int limit)
{
    QString where = QStringLiteral("WHERE status = 'active' AND available <> '0'");
    QVariantList params;
    for (const auto &[column, value] : {std::pair{"side", side}, std::pair{"asset", asset}, std::pair{"fiat", fiat}})
        if (!value.isEmpty()) {
            where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            params << value;
        }
    auto found = adsWhere(where, params);
    if (!found)
        return found.error();
    QList<Ad> list = found.value();
    // Best first for whoever takes: the cheapest sell ads, the highest buy ads.
    std::sort(list.begin(), list.end(), [](const Ad &a, const Ad &b) {
        if (a.price != b.price)
            return a.side == QLatin1String("sell") ? a.price < b.price : a.price > b.price;
        return a.createdAt < b.createdAt;
    });
    QJsonArray out;
    for (const Ad &a : list.mid(0, limit))
        out.append(adJson(a));
    return QJsonObject{{QStringLiteral("ads"), out}};
}

Result<QJsonObject> P2PService::myAds(const QString &userId)
{
    auto list = adsWhere(QStringLiteral("WHERE user_id = ? ORDER BY created_at DESC"), {userId});
    if (!list)
        return list.error();
    QJsonArray out;
    for (const Ad &a : list.value())
        out.append(adJson(a));
    return QJsonObject{{QStringLiteral("ads"), out}};
}

void P2PService::setAdStatus(const server::Caller &caller, const QString &adId, const QString &status, server::Reply reply)
{
    auto ad = adRow(adId);
    if (!ad || ad->userId != caller.userId)
        return reply(fail("not_found", QStringLiteral("no such ad of yours")));
    if (ad->status == QLatin1String("closed"))
        return reply(fail("invalid_state", QStringLiteral("the ad is closed"), {{QStringLiteral("detail"), QStringLiteral("closed")}}));
    if (status != QLatin1String("active") && status != QLatin1String("paused") && status != QLatin1String("closed"))
        return reply(invalid("status", QStringLiteral("status is active, paused or closed")));
    const Amount giveBack = ad->side == QLatin1String("sell") && status == QLatin1String("closed") ? ad->available : Amount();
    storage::Transaction tx(s.db);
    auto w = s.db.exec(QStringLiteral("UPDATE p2p_ads SET status = ?, available = ?, updated_at = ? WHERE id = ?"),
                       {status, status == QLatin1String("closed") ? QStringLiteral("0") : ad->available.unitsText(),
                        s.clock.nowMs(), adId});
    if (!w)
        return reply(w.error());
    if (auto c = tx.commit(); !c)
        return reply(c.error());
    auto answer = [this, adId, reply](Status st) {
        if (!st)
            return reply(st.error());
        auto now = adRow(adId);
        reply(now ? Result<QJsonObject>(QJsonObject{{QStringLiteral("ad"), adJson(now.value())}})
                  : Result<QJsonObject>(now.error()));
    };
    if (giveBack.isZero())
        return answer(okStatus());
    // What no trade has reserved goes back now; trades in progress keep theirs.
    auto sellerAccount = s.ledger.account({ad->userId, ad->asset, ledger::AccountKind::Available, {}});
    if (!sellerAccount)
        return answer(sellerAccount.error());
    ledger::OperationRequest op{QStringLiteral("p2p"), QStringLiteral("p2p-ad-close:") + adId, adId,
                                QStringLiteral("p2p.release"), {}, {}};
    const QString seller = ad->userId, asset = ad->asset;
    s.ledger.settleHolds(std::move(op), {{ad->holdId, {{giveBack, sellerAccount->id, QStringLiteral("p2p.ad.close")}}, false}},
                         {}, [this, seller, asset, answer](const Result<QJsonObject> &r) {
                             s.wallet.announceBalance(seller, asset);
                             answer(r ? okStatus() : Status(r.error()));
                         });
}

} // namespace azc::p2p
