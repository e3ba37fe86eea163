#pragma once
// treasury (admin) screens: the master wallet per asset (treasury.overview),
// flattened for a table, and publishing a proof-of-reserves snapshot.
// Rows: itemId (asset), asset, decimals, enabled, available, held, owed,
// holders, revenue, treasury, hotWallet, provider, holdingsTotal, solvency
// (the server's ratio or null), solvencyPercent ("123.45", "" when nothing
// is owed), solvencyTone ("success", "warning", "neutral").

#include "foundation/remote_list_model.h"

#include <QVariantMap>

namespace azc {

class TreasuryOverviewModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap publishedSnapshot READ publishedSnapshot NOTIFY publishedChanged)
    Q_PROPERTY(bool publishing READ publishing NOTIFY publishedChanged)
public:
    explicit TreasuryOverviewModel(QObject *parent = nullptr);

    QVariantMap publishedSnapshot() const { return m_published; }
    bool publishing() const { return m_publishing; }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap rowOfAsset(const QString &asset) const { return get(rowOf(asset)); }
    Q_INVOKABLE void publishReserves();

    static QJsonObject rowFrom(const QJsonObject &asset);

signals:
    void publishedChanged();

private:
    QVariantMap m_published;
    bool m_publishing = false;
};

} // namespace azc
