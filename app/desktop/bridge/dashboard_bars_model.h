#pragma once
// One daily series of a partner's dashboard as bars, for the treasury's
// hand-drawn RevenueChart: the entries of `series` for one `point` (or, with
// `market`, of `marketSeries` for one asset), the value of `key` (credited,
// burned, toCoin, toPoints, outstanding, reserve; orders, sales) as the
// bar's label, and its height against the series' largest value, compared
// exactly (money::barFraction: the only floating point, a bar's height).
// Roles: day, total (the server's exact string), barFraction.

#include "bridge/bridge_dashboard.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace azc {

class DashboardBarsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(azc::BridgeDashboard *dashboard READ dashboard WRITE setDashboard NOTIFY changed)
    Q_PROPERTY(QString point READ point WRITE setPoint NOTIFY changed)
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY changed)
    Q_PROPERTY(bool market READ market WRITE setMarket NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString largest READ largest NOTIFY changed)
public:
    explicit DashboardBarsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    BridgeDashboard *dashboard() const { return m_dashboard; }
    void setDashboard(BridgeDashboard *dashboard);
    QString point() const { return m_point; }
    void setPoint(const QString &point);
    QString key() const { return m_key; }
    void setKey(const QString &key);
    bool market() const { return m_market; }
    void setMarket(bool market);
    int count() const { return int(m_rows.size()); }
    QString largest() const { return m_largest; }

signals:
    void changed();

private:
    void rebuild();

    QPointer<BridgeDashboard> m_dashboard;
    QString m_point;
    QString m_key = QStringLiteral("toCoin");
    bool m_market = false;
    QList<QVariantMap> m_rows;
    QString m_largest;
};

} // namespace azc
