#pragma once
// Four-eyes balance adjustments: the request form (treasury.requestAdjustment)
// and the queue by status (treasury.adjustments) with approve / reject. The
// server refuses approving your own request; requestedByMe lets the screen
// say so before anyone clicks.
// Rows: itemId, target, userId, username, houseKind, asset, decimals, amount
// (signed), signedAmount, reason, status, requestedBy, requestedByName,
// requestedByMe, decidedBy, decidedByName, decisionReason, operationId,
// createdAt, decidedAt.

#include "foundation/remote_list_model.h"

namespace azc {

class TreasuryAdjustmentsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY statusFilterChanged)
public:
    explicit TreasuryAdjustmentsModel(QObject *parent = nullptr);

    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status);

    Q_INVOKABLE void reload() override;
    // target "user" (with username) or "house" (with houseKind).
    Q_INVOKABLE void requestAdjustment(const QString &target, const QString &username, const QString &houseKind,
                                       const QString &asset, const QString &amount, const QString &reason);
    Q_INVOKABLE void approve(const QString &adjustmentId);
    Q_INVOKABLE void reject(const QString &adjustmentId, const QString &reason);

signals:
    void statusFilterChanged();
    void requested();
    void decided(const QString &adjustmentId, const QString &status);

private:
    QJsonObject rowFrom(QJsonObject adjustment) const;

    QString m_status = QStringLiteral("pending");
};

} // namespace azc
