#include "admin/treasury_adjustments_model.h"

#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/money_display.h"
#include "foundation/party_name.h"
#include "foundation/session.h"

#include <QJsonArray>

namespace azc {

TreasuryAdjustmentsModel::TreasuryAdjustmentsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("target"), QStringLiteral("userId"),
                       QStringLiteral("username"), QStringLiteral("houseKind"), QStringLiteral("asset"),
                       QStringLiteral("decimals"), QStringLiteral("amount"), QStringLiteral("signedAmount"),
                       QStringLiteral("reason"), QStringLiteral("status"), QStringLiteral("requestedBy"),
                       QStringLiteral("requestedByName"), QStringLiteral("requestedByMe"), QStringLiteral("decidedBy"),
                       QStringLiteral("decidedByName"), QStringLiteral("decisionReason"), QStringLiteral("operationId"),
                       QStringLiteral("createdAt"), QStringLiteral("decidedAt")},
                      parent)
{
}

void TreasuryAdjustmentsModel::setStatusFilter(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusFilterChanged();
    reload();
}

QJsonObject TreasuryAdjustmentsModel::rowFrom(QJsonObject a) const
{
    const QJsonObject by = a.value(QStringLiteral("requestedBy")).toObject();
    const QJsonObject decidedBy = a.value(QStringLiteral("decidedBy")).toObject();
    a.insert(QStringLiteral("signedAmount"), money::withSign(a.value(QStringLiteral("amount")).toString()));
    a.insert(QStringLiteral("requestedByName"), partyName(by));
    a.insert(QStringLiteral("requestedByMe"),
             context() && by.value(QStringLiteral("userId")).toString() == context()->session()->userId());
    a.insert(QStringLiteral("decidedByName"), partyName(decidedBy));
    return a;
}

void TreasuryAdjustmentsModel::reload()
{
    const QString status = m_status;
    const QJsonObject params{{QStringLiteral("status"), status}, {QStringLiteral("limit"), 100}};
    request(QStringLiteral("treasury.adjustments"), params, [this, status](const QJsonObject &result) {
        if (status != m_status)
            return;
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("adjustments")).toArray())
            rows.append(rowFrom(v.toObject()));
        setRows(rows);
    });
}

void TreasuryAdjustmentsModel::requestAdjustment(const QString &target, const QString &username,
                                                 const QString &houseKind, const QString &asset,
                                                 const QString &amount, const QString &reason)
{
    if (reason.trimmed().size() < 5) {
        errors()->reportText(tr("Give a reason of at least 5 characters: the approver and the audit log read it."));
        return;
    }
    QJsonObject params{{QStringLiteral("target"), target}, {QStringLiteral("asset"), asset},
                       {QStringLiteral("amount"), amount.trimmed()}, {QStringLiteral("reason"), reason.trimmed()}};
    if (target == QLatin1String("user"))
        params.insert(QStringLiteral("username"), username.trimmed().toLower());
    else
        params.insert(QStringLiteral("houseKind"), houseKind);
    request(QStringLiteral("treasury.requestAdjustment"), params, [this](const QJsonObject &result) {
        const QJsonObject a = result.value(QStringLiteral("adjustment")).toObject();
        if (m_status == QLatin1String("pending"))
            prependRow(rowFrom(a));
        errors()->inform(tr("Adjustment requested. Another admin must approve it."));
        emit requested();
    });
}

void TreasuryAdjustmentsModel::approve(const QString &adjustmentId)
{
    requestQuietly(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), adjustmentId}},
            [this, adjustmentId](const QJsonObject &) {
                removeRowWithId(adjustmentId);
                errors()->inform(tr("Adjustment approved: the balance has changed."));
                emit decided(adjustmentId, QStringLiteral("approved"));
            }, [this](const RpcReply &reply) {
                // The server's own words matter here (four eyes, already decided).
                if (reply.reason == QLatin1String("invalid_state") && !reply.message.isEmpty())
                    errors()->reportText(tr("Not approved: %1.").arg(reply.message));
                else
                    errors()->report(reply);
                reload();
            });
}

void TreasuryAdjustmentsModel::reject(const QString &adjustmentId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        errors()->reportText(tr("Give a reason: it is written to the audit log."));
        return;
    }
    const QJsonObject params{{QStringLiteral("adjustmentId"), adjustmentId},
                             {QStringLiteral("reason"), reason.trimmed()}};
    request(QStringLiteral("treasury.rejectAdjustment"), params, [this, adjustmentId](const QJsonObject &) {
        removeRowWithId(adjustmentId);
        errors()->inform(tr("Adjustment rejected."));
        emit decided(adjustmentId, QStringLiteral("rejected"));
    });
}

} // namespace azc
