#pragma once
// p2p/ screens: ads. As the market (p2p.ads) it lists the active ads that
// match the filters — side is the ad's side, so a user who wants to buy sees
// "sell" ads — best price first, or by the advertiser's record; as "my ads"
// (mine: true, p2p.myAds) it lists every ad of the signed-in user with its
// status. Taking an ad, creating, editing, pausing and closing go through
// here; their outcome comes back as signals so a dialog can stay open on a
// refusal and show why.
// Rows: itemId, advertiser, reputation, side, asset, fiat, priceType, price,
// margin, referencePrice, total, available, minAmount, maxAmount,
// paymentWindowMinutes, paymentTypes, paymentMethodIds (mine), terms,
// autoReply, minKycTier, minAccountAgeDays, minCompletedTrades, status,
// createdAt, updatedAt.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class P2pAdsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool mine READ mine WRITE setMine NOTIFY filterChanged)
    Q_PROPERTY(QString side READ side WRITE setSide NOTIFY filterChanged)
    Q_PROPERTY(QString asset READ asset WRITE setAsset NOTIFY filterChanged)
    Q_PROPERTY(QString fiat READ fiat WRITE setFiat NOTIFY filterChanged)
    Q_PROPERTY(QString paymentType READ paymentType WRITE setPaymentType NOTIFY filterChanged)
    Q_PROPERTY(QString amount READ amount WRITE setAmount NOTIFY filterChanged)
    Q_PROPERTY(QString sort READ sort WRITE setSort NOTIFY filterChanged)
public:
    explicit P2pAdsModel(QObject *parent = nullptr);

    bool mine() const { return m_mine; }
    void setMine(bool mine);
    QString side() const { return m_side; }
    void setSide(const QString &side);
    QString asset() const { return m_asset; }
    void setAsset(const QString &asset);
    QString fiat() const { return m_fiat; }
    void setFiat(const QString &fiat);
    QString paymentType() const { return m_paymentType; }
    void setPaymentType(const QString &type);
    QString amount() const { return m_amount; }
    void setAmount(const QString &amount);
    QString sort() const { return m_sort; }
    void setSort(const QString &sort);

    Q_INVOKABLE void reload() override;
    // Opens a trade on the ad; `paymentMethodId` is the taker's own method (buy ads only).
    Q_INVOKABLE void take(const QString &adId, const QString &amount, const QString &paymentMethodId = {});
    // p2p.createAd when `adId` is empty, else p2p.updateAd with the fields given.
    Q_INVOKABLE void save(const QString &adId, const QVariantMap &fields);
    Q_INVOKABLE void setStatus(const QString &adId, const QString &status);
    Q_INVOKABLE int rowOfId(const QString &adId) const { return rowOf(adId); }

    // The fiat to pay for `amount` coins at `price` (fiat per coin), to the
    // cent and rounded up as the server does; "" while either is not a number.
    Q_INVOKABLE static QString fiatFor(const QString &price, const QString &amount);

signals:
    void filterChanged();
    void taken(const QVariantMap &trade);
    void takeFailed(const QString &message);
    void saved(const QVariantMap &ad);
    void saveFailed(const QString &message);

protected:
    void onAttached() override;

private:
    template<typename T>
    void setFilter(T &field, const T &value);

    bool m_mine = false;
    QString m_side = QStringLiteral("sell");
    QString m_asset;
    QString m_fiat;
    QString m_paymentType;
    QString m_amount;
    QString m_sort = QStringLiteral("price");
    // Typing an amount filter should not send a request per key press.
    QTimer m_debounce;
};

} // namespace azc
