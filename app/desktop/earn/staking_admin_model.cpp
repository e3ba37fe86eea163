#include "earn/staking_admin_model.h"

#include "earn/earn_amounts.h"
#include "earn/earn_errors.h"

#include "common/amount.h"

#include <QJsonArray>

#include <tuple>

namespace azc {

namespace {

// The form's text for `key`, trimmed ("" when absent).
QString field(const QVariantMap &form, const char *key)
{
    return form.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

StakingAdminModel::StakingAdminModel(QObject *parent)
    : StakingProductsModel(QStringLiteral("staking.adminProducts"), parent)
{
}

void StakingAdminModel::reload()
{
    StakingProductsModel::reload();
    request(QStringLiteral("staking.pools"), {}, [this](const QJsonObject &result) { setPools(result.value(QStringLiteral("pools"))); });
}

void StakingAdminModel::setPools(const QJsonValue &pools)
{
    m_pools.clear();
    for (const QJsonValue &v : pools.toArray()) {
        QVariantMap pool = v.toObject().toVariantMap();
        // A pool holding less than it owes cannot pay every claim now (claims answer pool_empty).
        const auto balance = Amount::parse(pool.value(QStringLiteral("balance")).toString(), Amount::kMaxDecimals);
        const auto owed = Amount::parse(pool.value(QStringLiteral("owed")).toString(), Amount::kMaxDecimals);
        pool.insert(QStringLiteral("covered"), balance && owed && *balance >= *owed);
        m_pools.append(pool);
    }
    emit poolsChanged();
}

void StakingAdminModel::saveProduct(const QVariantMap &form)
{
    QJsonObject params;
    for (const char *key : {"id", "asset", "name", "kind", "cap", "minAmount", "status"}) {
        if (const QString value = field(form, key); !value.isEmpty())
            params.insert(QLatin1String(key), value);
    }
    const auto failLocally = [this](const char *name) {
        emit saveFailed(EarnErrors::describe(EarnErrors::local(QStringLiteral("invalid_params"), QLatin1String(name)),
                                             EarnErrors::Action::SaveProduct));
    };
    // Percentages to basis points, exactly ("8.5" → 850).
    for (const auto &[formKey, paramKey] : {std::pair{"ratePercent", "rateBps"}, std::pair{"marginPercent", "marginBps"}}) {
        const QString text = field(form, formKey);
        if (text.isEmpty())
            continue;
        const auto bps = earn::bpsFromPercent(text);
        if (!bps)
            return failLocally(paramKey);
        params.insert(QLatin1String(paramKey), *bps);
    }
    for (const auto &[formKey, paramKey, scale] : {std::tuple{"lockDays", "lockDays", 1}, std::tuple{"unbondingHours", "unbondingSeconds", 3600}}) {
        const QString text = field(form, formKey);
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 0 || value > 3650)
            return failLocally(paramKey);
        params.insert(QLatin1String(paramKey), qint64(value) * scale);
    }
    requestQuietly(QStringLiteral("staking.saveProduct"), params, [this](const QJsonObject &result) {
        emit saved(rowFrom(result.value(QStringLiteral("product")).toObject()).toVariantMap());
        reload();
    }, [this](const RpcReply &reply) { emit saveFailed(EarnErrors::describe(reply, EarnErrors::Action::SaveProduct)); });
}

void StakingAdminModel::beginFunding()
{
    m_fundKey.begin();
}

void StakingAdminModel::fundPool(const QString &asset, const QString &amount)
{
    const QString trimmed = amount.trimmed();
    const QJsonObject params{{QStringLiteral("asset"), asset},
                             {QStringLiteral("amount"), trimmed},
                             {QStringLiteral("idempotencyKey"), m_fundKey.keyFor(asset + u'\n' + trimmed)}};
    requestQuietly(QStringLiteral("staking.fundPool"), params, [this](const QJsonObject &result) {
        m_fundKey.begin();
        setPools(result.value(QStringLiteral("pools")));
        emit funded();
    }, [this](const RpcReply &reply) {
        m_fundKey.settle(reply);
        emit fundFailed(EarnErrors::describe(reply, EarnErrors::Action::FundPool), reply.lostInTransit());
    });
}

} // namespace azc
