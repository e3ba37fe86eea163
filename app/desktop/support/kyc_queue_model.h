#pragma once
// Support console: the KYC review queue (filter by status, "assigned to me"),
// one open case with its user and documents, and the decisions. Documents are
// downloaded through files.download and shown as "image://kycdoc/<fileId>".
// Rows: itemId, userId, username, displayName, status, targetTier,
// documentType, assignedTo, assignedToName, submittedAt, decidedAt.

#include "support/review_queue_model.h"

#include <QVariantMap>

namespace azc {


class KycQueueModel : public ReviewQueueModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(bool assignedToMe READ assignedToMe WRITE setAssignedToMe NOTIFY filterChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap currentCase READ currentCase NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap currentUser READ currentUser NOTIFY currentChanged)
    Q_PROPERTY(bool canDecide READ canDecide NOTIFY currentChanged)
public:
    explicit KycQueueModel(QObject *parent = nullptr);

    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    bool assignedToMe() const { return m_assignedToMe; }
    void setAssignedToMe(bool mine);
    bool hasCurrent() const { return !m_case.isEmpty(); }
    QVariantMap currentCase() const { return m_case; }
    QVariantMap currentUser() const { return m_user; }
    bool canDecide() const;

    Q_INVOKABLE void openCase(const QString &caseId);
    Q_INVOKABLE void closeCase();
    Q_INVOKABLE void assign();
    Q_INVOKABLE void approve();
    Q_INVOKABLE void reject(const QString &reason);
    Q_INVOKABLE void requestResubmission(const QString &reason);

signals:
    void filterChanged();
    void currentChanged();
    void decided(const QString &status);

protected:
    QString pageMethod() const override { return QStringLiteral("kyc.queue"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override
    {
        return offsetPage(result, "cases", cursor);
    }

private:
    void setCase(const QJsonObject &kycCase, const QJsonObject &user);
    void decide(const QString &method, const QString &reason, const QString &doneText);

    QString m_statusFilter = QStringLiteral("pending");
    bool m_assignedToMe = false;
    QVariantMap m_case;
    QVariantMap m_user;
};

} // namespace azc
