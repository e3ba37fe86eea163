#include "admin/custody_reconcile_model.h"

#include "foundation/money_display.h"

#include <QJsonArray>

namespace azc {

CustodyReconcileModel::CustodyReconcileModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("network"), QStringLiteral("online"),
                       QStringLiteral("asset"), QStringLiteral("decimals"), QStringLiteral("hotOnChain"),
                       QStringLiteral("unsweptOnChain"), QStringLiteral("hotLedger"), QStringLiteral("unsweptLedger"),
                       QStringLiteral("confirming"), QStringLiteral("belowMinimum"),
                       QStringLiteral("pendingWithdrawals"), QStringLiteral("difference"), QStringLiteral("ok"),
                       QStringLiteral("error")},
                      parent)
{
}

void CustodyReconcileModel::reload()
{
    request(QStringLiteral("custody.reconcile"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> lines;
        int differing = 0;
        for (const QJsonValue &n : result.value(QStringLiteral("networks")).toArray()) {
            const QJsonObject network = n.toObject();
            for (const QJsonValue &l : network.value(QStringLiteral("lines")).toArray()) {
                QJsonObject line = l.toObject();
                line.insert(QStringLiteral("network"), network.value(QStringLiteral("network")));
                line.insert(QStringLiteral("online"), network.value(QStringLiteral("online")));
                const QString id = network.value(QStringLiteral("network")).toString() + QLatin1Char('/')
                                   + line.value(QStringLiteral("asset")).toString();
                line.insert(QStringLiteral("id"), id);
                if (!line.value(QStringLiteral("ok")).toBool())
                    ++differing;
                lines.append(line);
            }
        }
        setRows(lines);
        m_assets.clear();
        for (const QJsonValue &a : result.value(QStringLiteral("assets")).toArray()) {
            QVariantMap asset = a.toObject().toVariantMap();
            const auto covered = money::atLeast(asset.value(QStringLiteral("onChainCustody")).toString(),
                                                asset.value(QStringLiteral("liabilities")).toString(),
                                                asset.value(QStringLiteral("decimals")).toInt());
            asset.insert(QStringLiteral("covered"), covered.value_or(false));
            m_assets.append(asset);
        }
        m_ok = result.value(QStringLiteral("ok")).toBool();
        m_checkedAt = result.value(QStringLiteral("checkedAt")).toInteger();
        m_differing = differing;
        m_loaded = true;
        emit summaryChanged();
    });
    request(QStringLiteral("custody.unswept"), {{QStringLiteral("limit"), 100}}, [this](const QJsonObject &result) {
        m_unswept = result.value(QStringLiteral("deposits")).toArray().toVariantList();
        emit unsweptChanged();
    });
}

QVariantMap CustodyReconcileModel::line(const QString &network, const QString &asset) const
{
    const QString id = network + QLatin1Char('/') + asset;
    return get(rowOf(id));
}

} // namespace azc
