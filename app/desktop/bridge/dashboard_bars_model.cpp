#include "bridge/dashboard_bars_model.h"

#include "bridge/bridge_dashboard.h"
#include "common/amount.h"
#include "foundation/money_display.h"

#include <QJsonArray>

namespace azc {

namespace {

enum DashboardBarRole { BarDayRole = Qt::UserRole + 1, BarTotalRole, BarHeightRole };

// A series value as text: amounts as sent, counts (orders) as integers.
QString barValue(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString::number(v.toInteger());
}

} // namespace

DashboardBarsModel::DashboardBarsModel(QObject *parent) : QAbstractListModel(parent) {}

int DashboardBarsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DashboardBarsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariantMap &row = m_rows.at(index.row());
    switch (role) {
    case BarDayRole: return row.value(QStringLiteral("day"));
    case BarTotalRole: return row.value(QStringLiteral("total"));
    case BarHeightRole: return row.value(QStringLiteral("barFraction"));
    default: return {};
    }
}

QHash<int, QByteArray> DashboardBarsModel::roleNames() const
{
    return {{BarDayRole, "day"}, {BarTotalRole, "total"}, {BarHeightRole, "barFraction"}};
}

void DashboardBarsModel::setDashboard(BridgeDashboard *dashboard)
{
    if (dashboard == m_dashboard)
        return;
    if (m_dashboard)
        disconnect(m_dashboard, nullptr, this, nullptr);
    m_dashboard = dashboard;
    if (m_dashboard)
        connect(m_dashboard, &BridgeDashboard::loaded, this, &DashboardBarsModel::rebuild);
    rebuild();
}

void DashboardBarsModel::setPoint(const QString &point)
{
    if (point == m_point)
        return;
    m_point = point;
    rebuild();
}

void DashboardBarsModel::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    rebuild();
}

void DashboardBarsModel::setMarket(bool market)
{
    if (market == m_market)
        return;
    m_market = market;
    rebuild();
}

void DashboardBarsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_largest.clear();
    if (m_dashboard) {
        const QJsonObject &answer = m_dashboard->answer();
        const QJsonArray series = answer.value(m_market ? QStringLiteral("marketSeries") : QStringLiteral("series")).toArray();
        const QString matchKey = m_market ? QStringLiteral("asset") : QStringLiteral("point");
        // Bars are sized against the largest day, compared exactly.
        Amount largest;
        m_largest = QStringLiteral("0");
        for (const QJsonValue &v : series) {
            const QJsonObject entry = v.toObject();
            if (entry.value(matchKey).toString() != m_point)
                continue;
            const QString value = barValue(entry.value(m_key));
            const auto amount = Amount::parse(value, Amount::kMaxDecimals);
            if (amount && *amount > largest) {
                largest = *amount;
                m_largest = value;
            }
            m_rows.append({{QStringLiteral("day"), entry.value(QStringLiteral("day")).toString()},
                           {QStringLiteral("total"), value}});
        }
        for (QVariantMap &row : m_rows)
            row.insert(QStringLiteral("barFraction"),
                       money::barFraction(row.value(QStringLiteral("total")).toString(), m_largest, Amount::kMaxDecimals));
    }
    endResetModel();
    emit changed();
}

} // namespace azc
