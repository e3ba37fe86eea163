#pragma once
// Swap history, newest first, in pages by cursor: the user's own
// (bridge.swaps, optionally of one point) or, with orgId, a partner's
// (bridge.orgSwaps). A swap push (event.bridge.changed kind "swap") for the
// point shown reads the first page again; so does a reconnect.
// Rows: itemId, point, pointName, pointDecimals, coin, coinDecimals, org,
// direction (toCoin, toPoints), points, coinAmount, fee, rate, via (app,
// partner), consentId, user (partners), createdAt; derived: words (the swap
// in a sentence).

#include "foundation/paged_list_model.h"

namespace azc {

class BridgeSwapsModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString point READ point WRITE setPoint NOTIFY filterChanged)
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY filterChanged)
public:
    explicit BridgeSwapsModel(QObject *parent = nullptr);

    QString point() const { return m_point; }
    void setPoint(const QString &point);
    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);

signals:
    void filterChanged();

protected:
    void onAttached() override;
    QString pageMethod() const override;
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override;

private:
    QString m_point;
    QString m_orgId;
};

} // namespace azc
