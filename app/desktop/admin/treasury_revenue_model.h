#pragma once
// Fee revenue of one asset per UTC day (treasury.revenue), oldest first.
// Rows: itemId (day), day ("YYYY-MM-DD"), total (exact string), byFlow,
// barFraction (display only: total / the largest day, 0…1, sizes a bar).

#include "foundation/remote_list_model.h"

#include <QVariantMap>

namespace azc {

class TreasuryRevenueModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString asset READ asset WRITE setAsset NOTIFY assetChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY assetChanged)
    Q_PROPERTY(QString total READ total NOTIFY summaryChanged)
    Q_PROPERTY(QString largestDay READ largestDay NOTIFY summaryChanged)
    Q_PROPERTY(QVariantMap byFlow READ byFlow NOTIFY summaryChanged)
public:
    explicit TreasuryRevenueModel(QObject *parent = nullptr);

    QString asset() const { return m_asset; }
    void setAsset(const QString &asset);
    int days() const { return m_days; }
    void setDays(int days);
    QString total() const { return m_total; }
    QString largestDay() const { return m_largest; }
    QVariantMap byFlow() const { return m_byFlow; }

    Q_INVOKABLE void reload() override;

signals:
    void assetChanged();
    void summaryChanged();

private:
    QString m_asset;
    int m_days = 14;
    QString m_total;
    QString m_largest;
    QVariantMap m_byFlow;
};

} // namespace azc
