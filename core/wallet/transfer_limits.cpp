#include "wallet/transfer_limits.h"

#include "storage/database.h"
#include "wallet/money_text.h"

namespace azc::wallet {

namespace {
QString key(const QString &a, const QString &b)
{
    return a + QLatin1Char('/') + b;
}
} // namespace

QJsonObject LimitRule::toJson(int decimals) const
{
    return {{QStringLiteral("asset"), asset},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("perTransfer"), perTransfer.toString(decimals)},
            {QStringLiteral("daily"), daily.toString(decimals)},
            {QStringLiteral("twoFactorAbove"), twoFactorAbove.toString(decimals)}};
}

TransferLimits::TransferLimits(storage::Database &db, const Clock &clock, History history)
    : m_db(db), m_clock(clock), m_history(std::move(history))
{
}

Status TransferLimits::loadRules()
{
    if (m_loaded)
        return okStatus();
    auto q = m_db.exec(QStringLiteral("SELECT asset, tier, per_transfer, daily, two_factor_above FROM wallet_limits"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        LimitRule rule{r.value(0).toString(), r.value(1).toInt(), amountFromUnitsText(r.value(2).toString()),
                       amountFromUnitsText(r.value(3).toString()), amountFromUnitsText(r.value(4).toString())};
        m_rules.insert(key(rule.asset, QString::number(rule.tier)), rule);
    }
    m_loaded = true;
    return okStatus();
}

Result<std::optional<LimitRule>> TransferLimits::rule(const QString &asset, int tier)
{
    if (auto s = loadRules(); !s)
        return s.error();
    if (auto it = m_rules.constFind(key(asset, QString::number(tier))); it != m_rules.cend())
        return std::optional<LimitRule>(*it);
    return std::optional<LimitRule>();
}

Result<QList<LimitRule>> TransferLimits::all()
{
    if (auto s = loadRules(); !s)
        return s.error();
    QList<LimitRule> out = m_rules.values();
    std::sort(out.begin(), out.end(), [](const LimitRule &a, const LimitRule &b) {
        return std::tie(a.asset, a.tier) < std::tie(b.asset, b.tier);
    });
    return out;
}

Status TransferLimits::set(const LimitRule &rule)
{
    if (rule.perTransfer.isNegative() || rule.daily.isNegative() || rule.twoFactorAbove.isNegative())
        return fail("invalid_amount", QStringLiteral("limits cannot be negative"));
    if (auto s = loadRules(); !s)
        return s;
    auto r = m_db.exec(QStringLiteral("INSERT INTO wallet_limits (asset, tier, per_transfer, daily, two_factor_above)"
                                      " VALUES (?, ?, ?, ?, ?) ON CONFLICT (asset, tier) DO UPDATE SET"
                                      " per_transfer = excluded.per_transfer, daily = excluded.daily,"
                                      " two_factor_above = excluded.two_factor_above"),
                       {rule.asset, rule.tier, rule.perTransfer.unitsText(), rule.daily.unitsText(),
                        rule.twoFactorAbove.unitsText()});
    if (!r)
        return r.error();
    m_rules.insert(key(rule.asset, QString::number(rule.tier)), rule);
    return okStatus();
}

Result<QHash<QString, Amount>> TransferLimits::ownThresholds(const QString &userId)
{
    if (const auto it = m_thresholds.constFind(userId); it != m_thresholds.cend())
        return *it;
    auto q = m_db.exec(QStringLiteral("SELECT asset, amount FROM wallet_thresholds WHERE user_id = ?"), {userId});
    if (!q)
        return q.error();
    QHash<QString, Amount> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), amountFromUnitsText(q.value().value(1).toString()));
    m_thresholds.insert(userId, out);
    return out;
}

Result<Amount> TransferLimits::twoFactorAbove(const QString &userId, const QString &asset, int tier)
{
    auto r = rule(asset, tier);
    if (!r)
        return r.error();
    const Amount tierDefault = r.value() ? r.value()->twoFactorAbove : Amount();
    auto own = ownThresholds(userId);
    if (!own)
        return own.error();
    if (const auto it = own->constFind(asset); it != own->cend())
        return std::min(*it, tierDefault);
    return tierDefault;
}

Status TransferLimits::setOwnThreshold(const QString &userId, const QString &asset, Amount amount)
{
    if (amount.isNegative())
        return fail("invalid_amount", QStringLiteral("the threshold cannot be negative"));
    auto r = m_db.exec(QStringLiteral("INSERT INTO wallet_thresholds (user_id, asset, amount) VALUES (?, ?, ?)"
                                      " ON CONFLICT (user_id, asset) DO UPDATE SET amount = excluded.amount"),
                       {userId, asset, amount.unitsText()});
    if (!r)
        return r.error();
    m_thresholds.remove(userId);
    return okStatus();
}

Result<QList<QPair<qint64, Amount>> *> TransferLimits::window(const QString &userId, const QString &asset)
{
    const qint64 since = m_clock.nowMs() - kWindowMs;
    const QString k = key(userId, asset);
    auto it = m_windows.find(k);
    if (it == m_windows.end()) {
        auto past = m_history(userId, asset, since);
        if (!past)
            return past.error();
        it = m_windows.insert(k, past.value());
    }
    while (!it->isEmpty() && it->first().first < since)
        it->removeFirst();
    return &*it;
}

Result<Amount> TransferLimits::sentInWindow(const QString &userId, const QString &asset)
{
    auto w = window(userId, asset);
    if (!w)
        return w.error();
    Amount total;
    for (const auto &[at, amount] : *w.value())
        total = total.checkedAdd(amount).value_or(Amount::max());
    return total;
}

void TransferLimits::recordSend(const QString &userId, const QString &asset, Amount amount)
{
    if (auto w = window(userId, asset))
        w.value()->append({m_clock.nowMs(), amount});
}

void TransferLimits::forgetSend(const QString &userId, const QString &asset, Amount amount)
{
    auto it = m_windows.find(key(userId, asset));
    if (it == m_windows.end())
        return;
    for (qsizetype i = it->size() - 1; i >= 0; --i)
        if (it->at(i).second == amount) {
            it->removeAt(i);
            return;
        }
}

} // namespace azc::wallet
