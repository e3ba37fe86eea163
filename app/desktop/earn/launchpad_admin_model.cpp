#include "earn/launchpad_admin_model.h"

#include "earn/earn_amounts.h"
#include "earn/earn_errors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace azc {

namespace {

QString field(const QVariantMap &form, const char *key)
{
    return form.value(QLatin1String(key)).toString().trimmed();
}

// "2026-12-24 18:00" in the admin's time zone, as milliseconds since the epoch; 0 when malformed.
qint64 localTime(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

} // namespace

LaunchpadAdminModel::LaunchpadAdminModel(QObject *parent)
    : LaunchpadSalesModel(QStringLiteral("launchpad.adminSales"), parent)
{
}

std::optional<QJsonArray> LaunchpadAdminModel::parseVesting(const QString &text)
{
    QJsonArray tranches;
    static const QRegularExpression pair(QStringLiteral("^\\s*(\\d{1,4})\\s*:\\s*(\\d{1,3})\\s*$"));
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = pair.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        tranches.append(QJsonObject{{QStringLiteral("afterDays"), m.captured(1).toInt()}, {QStringLiteral("percent"), m.captured(2).toInt()}});
    }
    return tranches;
}

void LaunchpadAdminModel::beginListing()
{
    m_listKey.begin();
}

void LaunchpadAdminModel::listSale(const QVariantMap &form)
{
    const auto failLocally = [this](const char *name) {
        emit listFailed(EarnErrors::describe(EarnErrors::local(QStringLiteral("invalid_params"), QLatin1String(name)),
                                             EarnErrors::Action::ListSale),
                        false);
    };
    QJsonObject params;
    for (const char *key : {"token", "tokenName", "quote", "price", "total", "perUserCap", "minStake", "partnerUsername", "title", "description"}) {
        if (const QString value = field(form, key); !value.isEmpty())
            params.insert(QLatin1String(key), value);
    }
    for (const char *key : {"tokenDecimals", "minKycTier"}) {
        if (const QString value = field(form, key); !value.isEmpty()) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok)
                return failLocally(key);
            params.insert(QLatin1String(key), n);
        }
    }
    const qint64 startsAt = localTime(field(form, "opens"));
    const qint64 endsAt = localTime(field(form, "closes"));
    if (startsAt <= 0)
        return failLocally("startsAt");
    if (endsAt <= startsAt)
        return failLocally("endsAt");
    params.insert(QStringLiteral("startsAt"), startsAt);
    params.insert(QStringLiteral("endsAt"), endsAt);
    if (const QString text = field(form, "vesting"); !text.isEmpty()) {
        const auto vesting = parseVesting(text);
        if (!vesting)
            return failLocally("vesting");
        params.insert(QStringLiteral("vesting"), *vesting);
    }
    if (const QString text = field(form, "platformSharePercent"); !text.isEmpty()) {
        const auto bps = earn::bpsFromPercent(text);
        if (!bps || *bps > 10000)
            return failLocally("platformShareBps");
        params.insert(QStringLiteral("platformShareBps"), *bps);
    }
    // The same form confirmed again after a lost answer is the same listing.
    const QString intent = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    params.insert(QStringLiteral("idempotencyKey"), m_listKey.keyFor(intent));
    requestQuietly(QStringLiteral("launchpad.list"), params, [this](const QJsonObject &result) {
        m_listKey.begin();
        emit listed(result.value(QStringLiteral("sale")).toObject().toVariantMap());
        reload();
    }, [this](const RpcReply &reply) {
        m_listKey.settle(reply);
        emit listFailed(EarnErrors::describe(reply, EarnErrors::Action::ListSale), reply.lostInTransit());
    });
}

} // namespace azc
