#include "support/kyb_queue_model.h"

#include "foundation/error_sink.h"

namespace azc {

KybQueueModel::KybQueueModel(QObject *parent)
    : ReviewQueueModel({QStringLiteral("id"), QStringLiteral("orgId"), QStringLiteral("orgName"), QStringLiteral("legalName"),
                      QStringLiteral("country"), QStringLiteral("status"), QStringLiteral("createdAt")},
                     50, 100, parent)
{
}

void KybQueueModel::setStatusFilter(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit filterChanged();
    reload();
}

QJsonObject KybQueueModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject p{{QStringLiteral("status"), m_status}, {QStringLiteral("limit"), limit}};
    if (!cursor.isNull())
        p.insert(QStringLiteral("offset"), cursor);
    return p;
}

void KybQueueModel::openCase(const QString &caseId)
{
    request(QStringLiteral("payments.kybCase"), {{QStringLiteral("caseId"), caseId}}, [this](const QJsonObject &c) {
        m_case = c.toVariantMap();
        m_errorText.clear();
        emit currentChanged();
        reviewDocuments()->showCase(context(), m_case.value(QStringLiteral("documents")).toList());
    });
}

void KybQueueModel::closeCase()
{
    m_case.clear();
    m_errorText.clear();
    reviewDocuments()->clear();
    emit currentChanged();
}

void KybQueueModel::approve(const QVariantMap &checklist)
{
    decide(QStringLiteral("approve"), {}, checklist);
}

void KybQueueModel::reject(const QString &reason, const QVariantMap &checklist)
{
    decide(QStringLiteral("reject"), reason, checklist);
}

void KybQueueModel::requestResubmission(const QString &reason, const QVariantMap &checklist)
{
    decide(QStringLiteral("resubmit"), reason, checklist);
}

void KybQueueModel::decide(const QString &decision, const QString &reason, const QVariantMap &checklist)
{
    const QString caseId = m_case.value(QStringLiteral("id")).toString();
    if (caseId.isEmpty())
        return;
    QJsonObject params{{QStringLiteral("caseId"), caseId}, {QStringLiteral("decision"), decision},
                       {QStringLiteral("checklist"), QJsonObject::fromVariantMap(checklist)}};
    if (!reason.trimmed().isEmpty())
        params.insert(QStringLiteral("reason"), reason.trimmed());
    request(QStringLiteral("payments.decideKyb"), params, [this](const QJsonObject &c) {
        m_case = c.toVariantMap();
        m_errorText.clear();
        emit currentChanged();
        emit decided(c.value(QStringLiteral("status")).toString());
        reload();
    }, [this](const RpcReply &reply) {
        m_errorText = ErrorSink::describe(reply);
        emit currentChanged();
    });
}

} // namespace azc
