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
        " min_kyc_tier, status, hold_id, created_at, updated_at, price_type, margin, payment_types, payment_method_ids,"
        " auto_reply, min_account_age_days, min_completed_trades");

QStringList listOf(const QString &stored)
{
    return stored.isEmpty() ? QStringList() : stored.split(u',');
}

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
        a.priceType = r.value(17).toString();
        a.margin = wallet::amountFromUnitsText(r.value(18).toString());
        a.paymentTypes = listOf(r.value(19).toString());
        a.paymentMethodIds = listOf(r.value(20).toString());
        a.autoReply = r.value(21).toString();
        a.minAccountAgeDays = r.value(22).toInt();
        a.minCompletedTrades = r.value(23).toInt();
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

QJsonObject P2PService::adJson(const Ad &a, const Reputation &reputation, bool own) const
{
    const int d = decimalsOf(a.asset);
    const auto price = effectivePrice(a);
    const auto reference = a.floating() ? referencePrice(a.asset, a.fiat) : std::nullopt;
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("advertiser"), s.wallet.party(a.userId)},
                  {QStringLiteral("reputation"), reputation.json()},
                  {QStringLiteral("side"), a.side},
                  {QStringLiteral("asset"), a.asset},
                  {QStringLiteral("fiat"), a.fiat},
                  {QStringLiteral("priceType"), a.priceType},
                  {QStringLiteral("price"), price ? price->toString(kFiatDecimals) : QString()},
                  {QStringLiteral("margin"), a.floating() ? a.margin.toString(kMarginDecimals) : QString()},
                  {QStringLiteral("referencePrice"), reference ? reference->toString(kFiatDecimals) : QString()},
                  {QStringLiteral("total"), a.total.toString(d)},
                  {QStringLiteral("available"), a.available.toString(d)},
                  {QStringLiteral("minAmount"), a.minAmount.toString(d)},
                  {QStringLiteral("maxAmount"), a.maxAmount.toString(d)},
                  {QStringLiteral("paymentWindowMinutes"), qint64(a.paymentWindowMs / m_config.minuteMs)},
                  {QStringLiteral("paymentTypes"), QJsonArray::fromStringList(a.paymentTypes)},
                  {QStringLiteral("terms"), a.terms},
                  {QStringLiteral("autoReply"), a.autoReply},
                  {QStringLiteral("minKycTier"), a.minKycTier},
                  {QStringLiteral("minAccountAgeDays"), a.minAccountAgeDays},
                  {QStringLiteral("minCompletedTrades"), a.minCompletedTrades},
                  {QStringLiteral("status"), a.status},
                  {QStringLiteral("createdAt"), a.createdAt},
                  {QStringLiteral("updatedAt"), a.updatedAt}};
    if (own)
        o.insert(QStringLiteral("paymentMethodIds"), QJsonArray::fromStringList(a.paymentMethodIds));
    return o;
}

QJsonObject P2PService::adJson(const Ad &a)
{
    return adJson(a, reputations({a.userId}).value(a.userId), true);
}

Status P2PService::applyTerms(const QString &userId, const AdRequest &r, Ad &ad)
{
    const int d = decimalsOf(ad.asset);
    if (r.priceType == QLatin1String("fixed")) {
        auto price = wallet::parseAmount(r.price, kFiatDecimals, wallet::Sign::Positive, QStringLiteral("price"));
        if (!price)
            return price.error();
        ad.price = *price;
        ad.margin = Amount();
    } else if (r.priceType == QLatin1String("floating")) {
        auto margin = Amount::parse(r.margin, kMarginDecimals);
        if (!margin || margin->units() < -5000 || margin->units() > 5000)
            return invalid("margin", QStringLiteral("the margin is a percentage from -50 to 50 with up to two decimals"));
        ad.margin = *margin;
        ad.price = Amount();
    } else {
        return invalid("priceType", QStringLiteral("priceType is fixed or floating"));
    }
    ad.priceType = r.priceType;
    auto minAmount = wallet::parseAmount(r.minAmount, d, wallet::Sign::Positive, QStringLiteral("minAmount"));
    auto maxAmount = wallet::parseAmount(r.maxAmount, d, wallet::Sign::Positive, QStringLiteral("maxAmount"));
    for (const auto *v : {&minAmount, &maxAmount})
        if (!*v)
            return v->error();
    if (*minAmount > *maxAmount || *maxAmount > ad.total)
        return invalid("maxAmount", QStringLiteral("the limits must satisfy min ≤ max ≤ total"));
    ad.minAmount = *minAmount;
    ad.maxAmount = *maxAmount;
    if (r.paymentWindowMinutes < 5 || r.paymentWindowMinutes > 180)
        return invalid("paymentWindowMinutes", QStringLiteral("the payment window is 5 to 180 minutes"));
    ad.paymentWindowMs = r.paymentWindowMinutes * m_config.minuteMs;
    if (r.terms.size() > 1000)
        return invalid("terms", QStringLiteral("terms are at most 1,000 characters"));
    if (r.autoReply.size() > 500)
        return invalid("autoReply", QStringLiteral("the auto-reply is at most 500 characters"));
    ad.terms = r.terms;
    ad.autoReply = r.autoReply;
    if (r.minKycTier < 0 || r.minKycTier > 2)
        return invalid("minKycTier", QStringLiteral("minKycTier is 0, 1 or 2"));
    if (r.minAccountAgeDays < 0 || r.minAccountAgeDays > 3650)
        return invalid("minAccountAgeDays", QStringLiteral("minAccountAgeDays is 0 to 3,650"));
    if (r.minCompletedTrades < 0 || r.minCompletedTrades > 10000)
        return invalid("minCompletedTrades", QStringLiteral("minCompletedTrades is 0 to 10,000"));
    ad.minKycTier = r.minKycTier;
    ad.minAccountAgeDays = r.minAccountAgeDays;
    ad.minCompletedTrades = r.minCompletedTrades;
    if (ad.side == QLatin1String("sell")) {
        // The seller says where they are paid; the list shows only the kinds.
        if (r.paymentMethodIds.isEmpty() || r.paymentMethodIds.size() > 5
            || QStringList(r.paymentMethodIds).removeDuplicates() > 0)
            return invalid("paymentMethodIds", QStringLiteral("a sell ad names one to five of your payment methods"));
        auto methods = paymentMethodsOf(userId, r.paymentMethodIds);
        if (!methods)
            return methods.error();
        ad.paymentMethodIds = r.paymentMethodIds;
        ad.paymentTypes.clear();
        for (const QJsonValue &m : methods.value())
            if (const QString type = m.toObject().value(QStringLiteral("type")).toString(); !ad.paymentTypes.contains(type))
                ad.paymentTypes.append(type);
    } else {
        QStringList types = r.paymentTypes;
        if (types.isEmpty() || types.size() > 4 || types.removeDuplicates() > 0
            || !std::all_of(types.cbegin(), types.cend(), isPaymentType))
            return invalid("paymentTypes", QStringLiteral("a buy ad accepts one to four payment types (see p2p.paymentTypes)"));
        ad.paymentTypes = types;
        ad.paymentMethodIds.clear();
    }
    return okStatus();
}

void P2PService::createAd(const server::Caller &caller, const AdRequest &r, server::Reply reply)
{
    if (r.side != QLatin1String("sell") && r.side != QLatin1String("buy"))
        return reply(invalid("side", QStringLiteral("side is buy or sell")));
    auto asset = s.ledger.asset(r.asset);
    if (!asset || !asset->enabled)
        return reply(fail("unknown_asset", QStringLiteral("no such asset"), {{QStringLiteral("field"), QStringLiteral("asset")}}));
    if (!isFiatCode(r.fiat))
        return reply(invalid("fiat", QStringLiteral("fiat is a three-letter currency code such as USD or IRR")));
    auto total = wallet::parseAmount(r.total, asset->decimals, wallet::Sign::Positive, QStringLiteral("total"));
    if (!total)
        return reply(total.error());

    Ad ad;
    ad.id = QUuid::createUuid().toString(QUuid::Id128);
    ad.userId = caller.userId;
    ad.side = r.side;
    ad.asset = asset->code;
    ad.fiat = r.fiat;
    ad.total = ad.available = *total;
    if (auto terms = applyTerms(caller.userId, r, ad); !terms)
        return reply(terms.error());
    ad.status = QStringLiteral("active");
    ad.createdAt = ad.updatedAt = s.clock.nowMs();
    auto insert = [this, ad, key = r.idempotencyKey](const QString &holdId) -> Result<QJsonObject> {
        auto w = s.db.exec(QStringLiteral("INSERT INTO p2p_ads (") + kAdColumns
                                   + QStringLiteral(", client_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                                    " ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {ad.id, ad.userId, ad.side, ad.asset, ad.fiat, ad.price.unitsText(), ad.total.unitsText(),
                            ad.available.unitsText(), ad.minAmount.unitsText(), ad.maxAmount.unitsText(), ad.paymentWindowMs,
                            ad.terms, ad.minKycTier, ad.status, holdId, ad.createdAt, ad.updatedAt, ad.priceType,
                            ad.margin.unitsText(), ad.paymentTypes.join(u','), ad.paymentMethodIds.join(u','), ad.autoReply,
                            ad.minAccountAgeDays, ad.minCompletedTrades, key});
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

void P2PService::updateAd(const server::Caller &caller, const QString &adId, const QJsonObject &changes, server::Reply reply)
{
    auto found = adRow(adId);
    if (!found || found->userId != caller.userId)
        return reply(fail("not_found", QStringLiteral("no such ad of yours")));
    if (found->status == QLatin1String("closed"))
        return reply(fail("invalid_state", QStringLiteral("the ad is closed"), {{QStringLiteral("detail"), QStringLiteral("closed")}}));
    Ad ad = found.value();
    const int d = decimalsOf(ad.asset);
    // The ad's terms as a request, with what the caller changes laid over them.
    AdRequest r;
    r.priceType = ad.priceType;
    r.price = ad.price.toString(kFiatDecimals);
    r.margin = ad.margin.toString(kMarginDecimals);
    r.minAmount = ad.minAmount.toString(d);
    r.maxAmount = ad.maxAmount.toString(d);
    r.paymentWindowMinutes = int(ad.paymentWindowMs / m_config.minuteMs);
    r.terms = ad.terms;
    r.autoReply = ad.autoReply;
    r.minKycTier = ad.minKycTier;
    r.minAccountAgeDays = ad.minAccountAgeDays;
    r.minCompletedTrades = ad.minCompletedTrades;
    r.paymentMethodIds = ad.paymentMethodIds;
    r.paymentTypes = ad.paymentTypes;
    for (auto [key, text] : {std::pair{"priceType", &r.priceType}, std::pair{"price", &r.price}, std::pair{"margin", &r.margin},
                             std::pair{"minAmount", &r.minAmount}, std::pair{"maxAmount", &r.maxAmount},
                             std::pair{"terms", &r.terms}, std::pair{"autoReply", &r.autoReply}})
        if (changes.contains(QLatin1String(key)))
            *text = changes.value(QLatin1String(key)).toString();
    for (auto [key, number] : {std::pair{"paymentWindowMinutes", &r.paymentWindowMinutes}, std::pair{"minKycTier", &r.minKycTier},
                               std::pair{"minAccountAgeDays", &r.minAccountAgeDays},
                               std::pair{"minCompletedTrades", &r.minCompletedTrades}})
        if (changes.contains(QLatin1String(key)))
            *number = changes.value(QLatin1String(key)).toInt();
    for (auto [key, list] : {std::pair{"paymentMethodIds", &r.paymentMethodIds}, std::pair{"paymentTypes", &r.paymentTypes}})
        if (changes.contains(QLatin1String(key)))
            *list = changes.value(QLatin1String(key)).toVariant().toStringList();
    if (auto terms = applyTerms(caller.userId, r, ad); !terms)
        return reply(terms.error());
    ad.updatedAt = s.clock.nowMs();
    auto w = s.db.exec(QStringLiteral("UPDATE p2p_ads SET price = ?, price_type = ?, margin = ?, min_amount = ?, max_amount = ?,"
                                      " payment_window_ms = ?, terms = ?, auto_reply = ?, min_kyc_tier = ?, min_account_age_days = ?,"
                                      " min_completed_trades = ?, payment_types = ?, payment_method_ids = ?, updated_at = ?"
                                      " WHERE id = ? AND status <> 'closed'"),
                       {ad.price.unitsText(), ad.priceType, ad.margin.unitsText(), ad.minAmount.unitsText(),
                        ad.maxAmount.unitsText(), ad.paymentWindowMs, ad.terms, ad.autoReply, ad.minKycTier,
                        ad.minAccountAgeDays, ad.minCompletedTrades, ad.paymentTypes.join(u','),
                        ad.paymentMethodIds.join(u','), ad.updatedAt, adId});
    if (!w)
        return reply(w.error());
    auto now = adRow(adId);
    reply(now ? Result<QJsonObject>(QJsonObject{{QStringLiteral("ad"), adJson(now.value())}}) : Result<QJsonObject>(now.error()));
}

Result<QJsonObject> P2PService::ads(const AdFilter &f)
{
    QString where = QStringLiteral("WHERE status = 'active' AND available <> '0'");
    QVariantList params;
    for (const auto &[column, value] : {std::pair{"side", f.side}, std::pair{"asset", f.asset}, std::pair{"fiat", f.fiat}})
        if (!value.isEmpty()) {
            where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            params << value;
        }
    auto found = adsWhere(where, params);
    if (!found)
        return found.error();
    struct Listed {
        Ad ad;
        Amount price;
    };
    QList<Listed> list;
    QStringList advertisers;
    for (const Ad &a : found.value()) {
        if (!f.paymentType.isEmpty() && !a.paymentTypes.contains(f.paymentType))
            continue;
        if (!f.amount.isEmpty()) {
            // Only ads that can trade this much of the asset now.
            auto amount = Amount::parse(f.amount, decimalsOf(a.asset));
            if (!amount || *amount < a.minAmount || *amount > std::min(a.maxAmount, a.available))
                continue;
        }
        const auto price = effectivePrice(a);
        if (!price) // a floating ad with no reference price cannot be priced, so it is not offered
            continue;
        list.append({a, *price});
        advertisers.append(a.userId);
    }
    advertisers.removeDuplicates();
    const QHash<QString, Reputation> reps = reputations(advertisers);
    // Completion rates compared exactly (a/b > c/d ⇔ a·d > c·b); no record ranks last.
    auto betterCompletion = [&reps](const QString &x, const QString &y) -> std::optional<bool> {
        const Reputation a = reps.value(x), b = reps.value(y);
        const qint64 fa = a.completed + a.failedAsBuyer, fb = b.completed + b.failedAsBuyer;
        if (fa == 0 || fb == 0)
            return fa == fb ? std::nullopt : std::optional<bool>(fa != 0);
        const qint64 lhs = a.completed * fb, rhs = b.completed * fa;
        return lhs == rhs ? std::nullopt : std::optional<bool>(lhs > rhs);
    };
    std::sort(list.begin(), list.end(), [&](const Listed &a, const Listed &b) {
        if (f.sort == QLatin1String("trades") && reps.value(a.ad.userId).completed != reps.value(b.ad.userId).completed)
            return reps.value(a.ad.userId).completed > reps.value(b.ad.userId).completed;
        if (f.sort == QLatin1String("completion"))
            if (auto better = betterCompletion(a.ad.userId, b.ad.userId))
                return *better;
        // Best first for whoever takes: the cheapest sell ads, the highest buy ads.
        if (a.price != b.price)
            return a.ad.side == QLatin1String("sell") ? a.price < b.price : a.price > b.price;
        return a.ad.createdAt < b.ad.createdAt;
    });
    QJsonArray out;
    for (const Listed &l : list.mid(f.offset, f.limit))
        out.append(adJson(l.ad, reps.value(l.ad.userId)));
    return QJsonObject{{QStringLiteral("ads"), out}};
}

Result<QJsonObject> P2PService::myAds(const QString &userId)
{
    auto list = adsWhere(QStringLiteral("WHERE user_id = ? ORDER BY created_at DESC"), {userId});
    if (!list)
        return list.error();
    const Reputation mine = reputations({userId}).value(userId);
    QJsonArray out;
    for (const Ad &a : list.value())
        out.append(adJson(a, mine, true));
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
