// Reference prices for floating ads: an admin's rate for (asset, fiat), or
// the admin's USDT rate for the fiat times the asset's last spot price in
// USDT. A floating ad's price follows it on every read; a trade locks it.

#include "audit/audit_log.h"
#include "ledger/ledger_service.h"
#include "p2p/p2p_rows.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QRegularExpression>

namespace azc::p2p {

namespace {

const QString kUsdt = QStringLiteral("USDT");
constexpr int kLastPriceDecimals = 8;

QString rateKey(const QString &asset, const QString &fiat)
{
    return asset + u'/' + fiat;
}

} // namespace

bool isFiatCode(const QString &code)
{
    static const QRegularExpression fiatCode(QStringLiteral("^[A-Z]{3}$"));
    return fiatCode.match(code).hasMatch();
}

Status P2PService::loadReferenceRates()
{
    auto q = s.db.exec(QStringLiteral("SELECT asset, fiat, rate, updated_at FROM p2p_reference_rates"), {});
    if (!q)
        return q.error();
    m_rates.clear();
    while (q.value().next())
        m_rates.insert(rateKey(q.value().value(0).toString(), q.value().value(1).toString()),
                       {wallet::amountFromUnitsText(q.value().value(2).toString()), q.value().value(3).toLongLong()});
    return okStatus();
}

std::optional<Amount> P2PService::marketReference(const QString &asset, const QString &fiat) const
{
    if (asset == kUsdt || !m_lastPrice)
        return std::nullopt;
    const auto usdt = m_rates.constFind(rateKey(kUsdt, fiat));
    if (usdt == m_rates.cend())
        return std::nullopt;
    const QString last = m_lastPrice(asset + u'-' + kUsdt);
    if (last.isEmpty())
        return std::nullopt;
    auto lastPrice = Amount::parseRounded(last, kLastPriceDecimals, Rounding::HalfUp);
    if (!lastPrice || lastPrice->isZero() || lastPrice->isNegative())
        return std::nullopt;
    return usdt->rate.mulDiv(lastPrice->units(), powerOfTen(kLastPriceDecimals), Rounding::HalfUp);
}

std::optional<Amount> P2PService::referencePrice(const QString &asset, const QString &fiat) const
{
    const auto set = m_rates.constFind(rateKey(asset, fiat));
    if (set != m_rates.cend())
        return set->rate;
    return marketReference(asset, fiat);
}

std::optional<Amount> P2PService::effectivePrice(const Ad &ad) const
{
    if (!ad.floating())
        return ad.price;
    const auto reference = referencePrice(ad.asset, ad.fiat);
    if (!reference)
        return std::nullopt;
    // margin is percent with two decimals: price = reference × (10000 + margin) / 10000, to the cent.
    const Int128 factor = Int128(10000) + ad.margin.units();
    auto price = reference->mulDiv(factor, 10000, Rounding::HalfUp);
    if (!price || price->isZero() || price->isNegative())
        return std::nullopt;
    return price;
}

Result<QJsonObject> P2PService::referenceRates(const QString &asset, const QString &fiat)
{
    QJsonArray out;
    auto add = [&](const QString &a, const QString &f, Amount rate, const char *source, qint64 at) {
        if ((!asset.isEmpty() && a != asset) || (!fiat.isEmpty() && f != fiat))
            return;
        out.append(QJsonObject{{QStringLiteral("asset"), a},
                               {QStringLiteral("fiat"), f},
                               {QStringLiteral("rate"), rate.toString(kFiatDecimals)},
                               {QStringLiteral("source"), QLatin1String(source)},
                               {QStringLiteral("updatedAt"), at}});
    };
    QStringList fiats;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        const QString a = it.key().section(u'/', 0, 0), f = it.key().section(u'/', 1, 1);
        add(a, f, it->rate, "admin", it->updatedAt);
        if (a == kUsdt)
            fiats.append(f);
    }
    auto assets = s.ledger.assets();
    if (!assets)
        return assets.error();
    for (const QString &f : fiats)
        for (const ledger::Asset &a : assets.value())
            if (!m_rates.contains(rateKey(a.code, f)))
                if (auto market = marketReference(a.code, f))
                    add(a.code, f, *market, "market", s.clock.nowMs());
    return QJsonObject{{QStringLiteral("rates"), out}};
}

Result<QJsonObject> P2PService::setReferenceRate(const server::Caller &caller, const QString &assetCode,
                                                 const QString &fiat, const QString &rateText)
{
    auto asset = s.ledger.asset(assetCode);
    if (!asset)
        return fail("unknown_asset", QStringLiteral("no such asset"), {{QStringLiteral("field"), QStringLiteral("asset")}});
    if (!isFiatCode(fiat))
        return fail("invalid_params", QStringLiteral("fiat is a three-letter currency code such as USD or IRR"),
                    {{QStringLiteral("field"), QStringLiteral("fiat")}});
    auto rate = wallet::parseAmount(rateText, kFiatDecimals, wallet::Sign::Positive, QStringLiteral("rate"));
    if (!rate)
        return fail("invalid_params", rate.error().message, {{QStringLiteral("field"), QStringLiteral("rate")}});
    const qint64 now = s.clock.nowMs();
    storage::Transaction tx(s.db);
    auto w = s.db.exec(QStringLiteral("INSERT INTO p2p_reference_rates (asset, fiat, rate, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"
                                      " ON CONFLICT (asset, fiat) DO UPDATE SET rate = excluded.rate,"
                                      " updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                       {asset->code, fiat, rate->unitsText(), now, caller.userId});
    if (!w)
        return w.error();
    if (auto a = s.audit.record(caller.userId, QStringLiteral("p2p.setReferenceRate"), asset->code + u'/' + fiat,
                                {{QStringLiteral("rate"), rate->toString(kFiatDecimals)}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    m_rates.insert(rateKey(asset->code, fiat), {*rate, now});
    return QJsonObject{{QStringLiteral("rate"),
                        QJsonObject{{QStringLiteral("asset"), asset->code},
                                    {QStringLiteral("fiat"), fiat},
                                    {QStringLiteral("rate"), rate->toString(kFiatDecimals)},
                                    {QStringLiteral("source"), QStringLiteral("admin")},
                                    {QStringLiteral("updatedAt"), now}}}};
}

} // namespace azc::p2p
