#pragma once
// Support console: the business verification (KYB) queue. The same review
// flow as personal KYC, with a business checklist: every item must be ticked
// before approving; rejecting or asking for resubmission needs a reason the
// merchant reads. Rows: id, orgId, orgName, legalName, country, status, createdAt.

#include "support/review_queue_model.h"

#include <QVariantMap>

namespace azc {

class KybQueueModel : public ReviewQueueModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QVariantMap currentCase READ currentCase NOTIFY currentChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY currentChanged)
public:
    explicit KybQueueModel(QObject *parent = nullptr);

    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status);
    QVariantMap currentCase() const { return m_case; }
    bool hasCurrent() const { return !m_case.isEmpty(); }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void openCase(const QString &caseId);
    Q_INVOKABLE void closeCase();
    // `checklist`: {item: bool} for the case's checklistItems.
    Q_INVOKABLE void approve(const QVariantMap &checklist);
    Q_INVOKABLE void reject(const QString &reason, const QVariantMap &checklist);
    Q_INVOKABLE void requestResubmission(const QString &reason, const QVariantMap &checklist);

signals:
    void filterChanged();
    void currentChanged();
    void decided(const QString &status);

protected:
    QString pageMethod() const override { return QStringLiteral("payments.kybQueue"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override
    {
        return offsetPage(result, "cases", cursor);
    }

private:
    void decide(const QString &decision, const QString &reason, const QVariantMap &checklist);

    QString m_status = QStringLiteral("pending");
    QVariantMap m_case;
    QString m_errorText;
};

} // namespace azc
