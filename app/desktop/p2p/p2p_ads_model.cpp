#include "p2p/p2p_ads_model.h"

#include "foundation/idempotency_key.h"
#include "foundation/event_hub.h"
#include "foundation/error_sink.h"
#include "p2p/p2p_errors.h"
#include "trade/trade_errors.h"

#include "common/amount.h"

namespace azc {

namespace {
constexpr int kFiatDecimals = 2;
}

P2pAdsModel::P2pAdsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("advertiser"), QStringLiteral("reputation"),
                       QStringLiteral("side"), QStringLiteral("asset"), QStringLiteral("fiat"),
                       QStringLiteral("priceType"), QStringLiteral("price"), QStringLiteral("margin"),
                       QStringLiteral("referencePrice"), QStringLiteral("total"), QStringLiteral("available"),
                       QStringLiteral("minAmount"), QStringLiteral("maxAmount"), QStringLiteral("paymentWindowMinutes"),
                       QStringLiteral("paymentTypes"), QStringLiteral("paymentMethodIds"), QStringLiteral("terms"),
                       QStringLiteral("autoReply"), QStringLiteral("minKycTier"), QStringLiteral("minAccountAgeDays"),
                       QStringLiteral("minCompletedTrades"), QStringLiteral("status"), QStringLiteral("createdAt"),
                       QStringLiteral("updatedAt")},
                      parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &P2pAdsModel::reload);
}

template<typename T>
void P2pAdsModel::setFilter(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    emit filterChanged();
    if (context())
        m_debounce.start();
}

void P2pAdsModel::setMine(bool mine) { setFilter(m_mine, mine); }
void P2pAdsModel::setSide(const QString &side) { setFilter(m_side, side); }
void P2pAdsModel::setAsset(const QString &asset) { setFilter(m_asset, asset); }
void P2pAdsModel::setFiat(const QString &fiat) { setFilter(m_fiat, fiat); }
void P2pAdsModel::setPaymentType(const QString &type) { setFilter(m_paymentType, type); }
void P2pAdsModel::setAmount(const QString &amount) { setFilter(m_amount, amount.trimmed()); }
void P2pAdsModel::setSort(const QString &sort) { setFilter(m_sort, sort); }

void P2pAdsModel::onAttached()
{
    events()->onResync(this, [this] { reload(); });
    // A trade on one of my ads changes what it has left.
    events()->on(Topic::P2pTrade, this, [this](const ServerEvent &) { m_debounce.start(); });
}

void P2pAdsModel::reload()
{
    m_debounce.stop();
    if (m_mine) {
        request(QStringLiteral("p2p.myAds"), {}, [this](const QJsonObject &result) { setRowsFrom(result.value(QStringLiteral("ads"))); });
        return;
    }
    QJsonObject params{{QStringLiteral("side"), m_side}, {QStringLiteral("sort"), m_sort}, {QStringLiteral("limit"), 100}};
    if (!m_asset.isEmpty())
        params.insert(QStringLiteral("asset"), m_asset);
    if (!m_fiat.isEmpty())
        params.insert(QStringLiteral("fiat"), m_fiat);
    if (!m_paymentType.isEmpty())
        params.insert(QStringLiteral("paymentType"), m_paymentType);
    // A half-typed amount ("0.") is not a filter yet.
    if (!m_amount.isEmpty() && Amount::parse(m_amount, Amount::kMaxDecimals))
        params.insert(QStringLiteral("amount"), m_amount);
    request(QStringLiteral("p2p.ads"), params, [this](const QJsonObject &result) { setRowsFrom(result.value(QStringLiteral("ads"))); });
}

void P2pAdsModel::take(const QString &adId, const QString &amount, const QString &paymentMethodId)
{
    QJsonObject params{{QStringLiteral("adId"), adId},
                       {QStringLiteral("amount"), amount.trimmed()},
                       {QStringLiteral("idempotencyKey"), newIdempotencyKey()}};
    if (!paymentMethodId.isEmpty())
        params.insert(QStringLiteral("paymentMethodId"), paymentMethodId);
    requestQuietly(QStringLiteral("p2p.take"), params, [this](const QJsonObject &result) {
        emit taken(result.value(QStringLiteral("trade")).toObject().toVariantMap());
        reload();
    }, [this](const RpcReply &reply) { emit takeFailed(P2pErrors::describe(reply)); });
}

void P2pAdsModel::save(const QString &adId, const QVariantMap &fields)
{
    QJsonObject params = QJsonObject::fromVariantMap(fields);
    QString method = QStringLiteral("p2p.updateAd");
    if (adId.isEmpty()) {
        method = QStringLiteral("p2p.createAd");
        params.insert(QStringLiteral("idempotencyKey"), newIdempotencyKey());
    } else {
        params.insert(QStringLiteral("id"), adId);
    }
    requestQuietly(method, params, [this](const QJsonObject &result) {
        const QJsonObject ad = result.value(QStringLiteral("ad")).toObject();
        if (m_mine && rowOf(ad.value(QStringLiteral("id")).toString()) >= 0)
            replaceRow(ad);
        else
            reload();
        emit saved(ad.toVariantMap());
    }, [this](const RpcReply &reply) { emit saveFailed(P2pErrors::describe(reply)); });
}

void P2pAdsModel::setStatus(const QString &adId, const QString &status)
{
    const QJsonObject params{{QStringLiteral("id"), adId}, {QStringLiteral("status"), status}};
    requestQuietly(QStringLiteral("p2p.setAdStatus"), params, [this](const QJsonObject &result) {
        replaceRow(result.value(QStringLiteral("ad")).toObject());
    }, [this](const RpcReply &reply) { errors()->reportText(P2pErrors::describe(reply)); });
}

QString P2pAdsModel::fiatFor(const QString &price, const QString &amount)
{
    const auto p = Amount::parse(price.trimmed(), kFiatDecimals);
    const auto a = Amount::parse(amount.trimmed(), Amount::kMaxDecimals);
    if (!p || !a || a->isNegative() || p->isNegative())
        return {};
    const auto fiat = a->mulDiv(p->units(), powerOfTen(Amount::kMaxDecimals), Rounding::Up);
    return fiat ? fiat->toFixed(kFiatDecimals) : QString();
}

} // namespace azc
