#include "wallet/fee_schedule.h"

#include "storage/database.h"
#include "wallet/money_text.h"

namespace azc::wallet {

namespace {
QString ruleKey(const QString &asset, const QString &flow)
{
    return asset + QLatin1Char('/') + flow;
}
} // namespace

const QStringList &feeFlows()
{
    static const QStringList flows = {QStringLiteral("transfer"),   QStringLiteral("deposit"),
                                      QStringLiteral("withdrawal"), QStringLiteral("swap"),
                                      QStringLiteral("spot_maker"), QStringLiteral("spot_taker"),
                                      QStringLiteral("p2p"),        QStringLiteral("payment"),
                                      QStringLiteral("payout")};
    return flows;
}

std::optional<Amount> FeeRule::feeFor(Amount amount) const
{
    Int128 scale = 1;
    for (int i = 0; i < kRateDecimals; ++i)
        scale *= 10;
    const auto proportional = amount.mulDiv(rate.units(), scale, Rounding::Up);
    if (!proportional)
        return std::nullopt;
    auto fee = fixed.checkedAdd(*proportional);
    if (!fee)
        return std::nullopt;
    if (*fee < min)
        fee = min;
    if (!max.isZero() && *fee > max)
        fee = max;
    return fee;
}

Result<FeeRule> FeeRule::fromParams(const QJsonObject &p, int assetDecimals)
{
    FeeRule rule{p.value(QStringLiteral("asset")).toString(), p.value(QStringLiteral("flow")).toString(), {}, {}, {}, {}};
    for (auto [name, target] : {std::pair{"fixed", &rule.fixed}, {"rate", &rule.rate}, {"min", &rule.min}, {"max", &rule.max}}) {
        const int decimals = QLatin1String(name) == QLatin1String("rate") ? kRateDecimals : assetDecimals;
        auto v = parseAmount(p.value(QLatin1String(name)).toString(), decimals, Sign::NonNegative, QString::fromLatin1(name));
        if (!v)
            return v.error();
        *target = v.value();
    }
    return rule;
}

QJsonObject FeeRule::toJson(int decimals) const
{
    return {{QStringLiteral("asset"), asset},
            {QStringLiteral("flow"), flow},
            {QStringLiteral("fixed"), fixed.toString(decimals)},
            {QStringLiteral("rate"), rate.toString(kRateDecimals)},
            {QStringLiteral("min"), min.toString(decimals)},
            {QStringLiteral("max"), max.toString(decimals)}};
}

FeeSchedule::FeeSchedule(storage::Database &db) : m_db(db) {}

Status FeeSchedule::load()
{
    if (m_loaded)
        return okStatus();
    auto q = m_db.exec(QStringLiteral("SELECT asset, flow, fixed, rate, min_fee, max_fee FROM wallet_fees"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        FeeRule rule{r.value(0).toString(),
                     r.value(1).toString(),
                     amountFromUnitsText(r.value(2).toString()),
                     amountFromUnitsText(r.value(3).toString()),
                     amountFromUnitsText(r.value(4).toString()),
                     amountFromUnitsText(r.value(5).toString())};
        m_rules.insert(ruleKey(rule.asset, rule.flow), rule);
    }
    m_loaded = true;
    return okStatus();
}

Result<FeeRule> FeeSchedule::rule(const QString &asset, const QString &flow)
{
    if (auto s = load(); !s)
        return s.error();
    if (auto it = m_rules.constFind(ruleKey(asset, flow)); it != m_rules.cend())
        return *it;
    FeeRule none;
    none.asset = asset;
    none.flow = flow;
    return none;
}

Result<QList<FeeRule>> FeeSchedule::all()
{
    if (auto s = load(); !s)
        return s.error();
    QList<FeeRule> out = m_rules.values();
    std::sort(out.begin(), out.end(), [](const FeeRule &a, const FeeRule &b) {
        return std::tie(a.asset, a.flow) < std::tie(b.asset, b.flow);
    });
    return out;
}

Status FeeSchedule::set(const FeeRule &rule)
{
    if (!feeFlows().contains(rule.flow))
        return fail("invalid_params", QStringLiteral("unknown fee flow ") + rule.flow, {{QStringLiteral("field"), QStringLiteral("flow")}});
    if (rule.fixed.isNegative() || rule.rate.isNegative() || rule.min.isNegative() || rule.max.isNegative())
        return fail("invalid_amount", QStringLiteral("fees cannot be negative"));
    if (!rule.max.isZero() && rule.min > rule.max)
        return fail("invalid_params", QStringLiteral("the minimum fee is above the maximum"), {{QStringLiteral("field"), QStringLiteral("min")}});
    if (auto s = load(); !s)
        return s;
    auto r = m_db.exec(QStringLiteral("INSERT INTO wallet_fees (asset, flow, fixed, rate, min_fee, max_fee) VALUES (?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT (asset, flow) DO UPDATE SET fixed = excluded.fixed, rate = excluded.rate,"
                                      " min_fee = excluded.min_fee, max_fee = excluded.max_fee"),
                       {rule.asset, rule.flow, rule.fixed.unitsText(), rule.rate.unitsText(), rule.min.unitsText(),
                        rule.max.unitsText()});
    if (!r)
        return r.error();
    m_rules.insert(ruleKey(rule.asset, rule.flow), rule);
    return okStatus();
}

} // namespace azc::wallet
