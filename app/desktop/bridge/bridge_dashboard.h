#pragma once
// Partner console › Dashboard (bridge.dashboard over the last `days`): the
// figures of each point (outstanding, reserve, required, coverage, holders,
// credited, burned, swaps each way, fees) and of the market (orders, sales,
// refunds), the daily series the charts draw (DashboardBarsModel), and
// "Export CSV": the series written, as the server's exact strings, to a
// file the user chose (bridge::dashboardCsv). Read again on a push about one
// of the organisation's points and after a reconnect.

#include "foundation/remote_object.h"

#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace azc {

class BridgeDashboard : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY orgIdChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY orgIdChanged)
    // dashboard.points with coveragePercent and covered added.
    Q_PROPERTY(QVariantList points READ points NOTIFY loaded)
    Q_PROPERTY(QVariantMap market READ market NOTIFY loaded)
    // The market's assets that have a series (for the sales chart's picker).
    Q_PROPERTY(QStringList marketAssets READ marketAssets NOTIFY loaded)
    Q_PROPERTY(bool hasSeries READ hasSeries NOTIFY loaded)
public:
    explicit BridgeDashboard(QObject *parent = nullptr);

    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    int days() const { return m_days; }
    void setDays(int days);
    QVariantList points() const;
    QVariantMap market() const { return m_answer.value(QStringLiteral("market")).toObject().toVariantMap(); }
    QStringList marketAssets() const;
    bool hasSeries() const;
    const QJsonObject &answer() const { return m_answer; }

    Q_INVOKABLE void reload();
    // The series as CSV (see bridge::dashboardCsv).
    Q_INVOKABLE QString csv() const;
    // Writes csv() to `file`; false when it cannot be written.
    Q_INVOKABLE bool saveCsv(const QUrl &file) const;

signals:
    void orgIdChanged();
    void loaded();

protected:
    void onAttached() override;

private:
    QString m_orgId;
    int m_days = 30;
    QJsonObject m_answer;
    QTimer m_reloadSoon;
};

} // namespace azc
