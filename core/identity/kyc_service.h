#pragma once
// KYC: users submit personal data and documents for a tier; support works a
// queue of cases (assign, approve, reject, ask for resubmission); each
// decision notifies the user and is written to the audit log.

#include "common/clock.h"
#include "common/result.h"
#include "identity/user_directory.h"

#include <QJsonObject>

namespace azc::audit { class AuditLog; }
namespace azc::files { class FileService; }
namespace azc::notify { class NotificationService; class EventBus; }

namespace azc::identity {

struct KycSubmission {
    int targetTier = 1;
    QString fullName;
    QString dateOfBirth;
    QString country;
    QString documentType;
    QString documentNumber;
    QStringList fileIds;
};

enum class KycDecision { Approve, Reject, Resubmit };

class KycService
{
public:
    KycService(storage::Database &db, UserDirectory &users, files::FileService &files,
               notify::NotificationService &notifications, notify::EventBus &bus, audit::AuditLog &audit,
               const Clock &clock);
    static QList<storage::Migration> migrations();

    Result<QJsonObject> submit(const QString &userId, const KycSubmission &s);
    Result<QJsonObject> status(const QString &userId);
    Result<QJsonObject> queue(const QString &status, const QString &assignedTo, int offset, int limit);
    Result<QJsonObject> caseById(const QString &caseId);
    Result<QJsonObject> assign(const QString &caseId, const QString &agentId);
    Result<QJsonObject> decide(const QString &caseId, const QString &agentId, KycDecision decision,
                               const QString &reason);

private:
    Result<QJsonObject> load(const QString &where, const QVariantList &params);
    Result<QJsonArray> loadMany(const QString &where, const QVariantList &params);
    storage::Database &m_db;
    UserDirectory &m_users;
    files::FileService &m_files;
    notify::NotificationService &m_notifications;
    notify::EventBus &m_bus;
    audit::AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace azc::identity
