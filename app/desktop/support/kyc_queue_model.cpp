#include "support/kyc_queue_model.h"

#include "foundation/app_context.h"
#include "foundation/error_sink.h"

#include <QImage>

namespace azc {

KycQueueModel::KycQueueModel(QObject *parent)
    : ReviewQueueModel({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("username"),
                       QStringLiteral("displayName"), QStringLiteral("status"), QStringLiteral("targetTier"),
                       QStringLiteral("documentType"), QStringLiteral("assignedTo"),
                       QStringLiteral("assignedToName"), QStringLiteral("submittedAt"),
                       QStringLiteral("decidedAt")},
                     100, 100, parent)
{
}

void KycQueueModel::setStatusFilter(const QString &status)
{
    if (m_statusFilter == status)
        return;
    m_statusFilter = status;
    emit filterChanged();
    reload();
}

void KycQueueModel::setAssignedToMe(bool mine)
{
    if (m_assignedToMe == mine)
        return;
    m_assignedToMe = mine;
    emit filterChanged();
    reload();
}

bool KycQueueModel::canDecide() const
{
    return m_case.value(QStringLiteral("status")).toString() == QLatin1String("pending");
}

QJsonObject KycQueueModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject params{{QStringLiteral("status"), m_statusFilter},
                       {QStringLiteral("assignedToMe"), m_assignedToMe},
                       {QStringLiteral("limit"), limit}};
    if (!cursor.isNull())
        params.insert(QStringLiteral("offset"), cursor);
    return params;
}

void KycQueueModel::openCase(const QString &caseId)
{
    request(QStringLiteral("kyc.case"), {{QStringLiteral("caseId"), caseId}}, [this](const QJsonObject &result) {
        setCase(result.value(QStringLiteral("case")).toObject(), result.value(QStringLiteral("user")).toObject());
        reviewDocuments()->showCase(context(), m_case.value(QStringLiteral("documents")).toList());
    });
}

void KycQueueModel::closeCase()
{
    m_case.clear();
    m_user.clear();
    reviewDocuments()->clear();
    emit currentChanged();
}

void KycQueueModel::setCase(const QJsonObject &kycCase, const QJsonObject &user)
{
    m_case = kycCase.toVariantMap();
    if (!user.isEmpty())
        m_user = user.toVariantMap();
    emit currentChanged();
}




void KycQueueModel::assign()
{
    const QString caseId = m_case.value(QStringLiteral("id")).toString();
    request(QStringLiteral("kyc.assign"), {{QStringLiteral("caseId"), caseId}}, [this](const QJsonObject &result) {
        const QJsonObject updated = result.value(QStringLiteral("case")).toObject();
        setCase(updated, {});
        replaceRow(updated);
        errors()->inform(tr("The case is assigned to you."));
    });
}

void KycQueueModel::approve()
{
    decide(QStringLiteral("kyc.approve"), {}, tr("Approved. The user's verification level was raised."));
}

void KycQueueModel::reject(const QString &reason)
{
    decide(QStringLiteral("kyc.reject"), reason, tr("Rejected. The user was told why."));
}

void KycQueueModel::requestResubmission(const QString &reason)
{
    decide(QStringLiteral("kyc.requestResubmission"), reason, tr("The user was asked to send new documents."));
}

void KycQueueModel::decide(const QString &method, const QString &reason, const QString &doneText)
{
    const QString caseId = m_case.value(QStringLiteral("id")).toString();
    QJsonObject params{{QStringLiteral("caseId"), caseId}};
    if (method != QLatin1String("kyc.approve")) {
        if (reason.trimmed().isEmpty()) {
            errors()->reportText(tr("Write the reason the user will see."));
            return;
        }
        params.insert(QStringLiteral("reason"), reason.trimmed());
    }
    request(method, params, [this, caseId, doneText](const QJsonObject &result) {
        const QString status = result.value(QStringLiteral("case")).toObject().value(QStringLiteral("status")).toString();
        removeRowWithId(caseId);
        closeCase();
        errors()->inform(doneText);
        emit decided(status);
        reload();
    });
}

} // namespace azc
