#include "identity/kyc_service.h"

#include "audit/audit_log.h"
#include "crypto/secure_random.h"
#include "files/file_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "server/own_case.h"
#include "storage/database.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace azc::identity {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT k.id, k.user_id, u.username, u.display_name, k.status, k.target_tier, k.full_name, k.date_of_birth,"
    " k.country, k.document_type, k.document_number, k.documents, k.assigned_to, COALESCE(a.display_name, ''),"
    " k.decision_reason, k.submitted_at, k.decided_at FROM kyc_cases k JOIN users u ON u.id = k.user_id"
    " LEFT JOIN users a ON a.id = k.assigned_to ");

QJsonObject caseFromRow(const QSqlQuery &r)
{
    return {{QStringLiteral("id"), r.value(0).toString()},
            {QStringLiteral("userId"), r.value(1).toString()},
            {QStringLiteral("username"), r.value(2).toString()},
            {QStringLiteral("displayName"), r.value(3).toString()},
            {QStringLiteral("status"), r.value(4).toString()},
            {QStringLiteral("targetTier"), r.value(5).toInt()},
            {QStringLiteral("fullName"), r.value(6).toString()},
            {QStringLiteral("dateOfBirth"), r.value(7).toString()},
            {QStringLiteral("country"), r.value(8).toString()},
            {QStringLiteral("documentType"), r.value(9).toString()},
            {QStringLiteral("documentNumber"), r.value(10).toString()},
            {QStringLiteral("documents"), QJsonDocument::fromJson(r.value(11).toByteArray()).array()},
            {QStringLiteral("assignedTo"), r.value(12).toString()},
            {QStringLiteral("assignedToName"), r.value(13).toString()},
            {QStringLiteral("decisionReason"), r.value(14).toString()},
            {QStringLiteral("submittedAt"), r.value(15).toLongLong()},
            {QStringLiteral("decidedAt"), r.value(16).isNull() ? QJsonValue() : QJsonValue(r.value(16).toLongLong())}};
}

Error badField(const char *field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

} // namespace

KycService::KycService(storage::Database &db, UserDirectory &users, files::FileService &files,
                       notify::NotificationService &notifications, notify::EventBus &bus, audit::AuditLog &audit,
                       const Clock &clock)
    : m_db(db), m_users(users), m_files(files), m_notifications(notifications), m_bus(bus), m_audit(audit),
      m_clock(clock)
{
}

QList<storage::Migration> KycService::migrations()
{
    return {{1, QStringLiteral("kyc cases"),
             {QStringLiteral("CREATE TABLE kyc_cases (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
                             " status TEXT NOT NULL, target_tier INTEGER NOT NULL, full_name TEXT NOT NULL,"
                             " date_of_birth TEXT NOT NULL, country TEXT NOT NULL, document_type TEXT NOT NULL,"
                             " document_number TEXT NOT NULL, documents TEXT NOT NULL, assigned_to TEXT,"
                             " decision_reason TEXT NOT NULL DEFAULT '', decided_by TEXT, submitted_at BIGINT NOT NULL,"
                             " decided_at BIGINT)"),
              QStringLiteral("CREATE INDEX kyc_cases_status ON kyc_cases (status, submitted_at)"),
              QStringLiteral("CREATE INDEX kyc_cases_user ON kyc_cases (user_id)")}}};
}

Result<QJsonObject> KycService::load(const QString &where, const QVariantList &params)
{
    auto many = loadMany(where, params);
    if (!many)
        return many.error();
    if (many->isEmpty())
        return fail("not_found", QStringLiteral("no such KYC case"));
    return many->first().toObject();
}

Result<QJsonArray> KycService::loadMany(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(kSelect + where, params);
    if (!q)
        return q.error();
    QJsonArray out;
    while (q.value().next())
        out.append(caseFromRow(q.value()));
    return out;
}

Result<QJsonObject> KycService::submit(const QString &userId, const KycSubmission &s)
{
    static const QStringList documentTypes = {QStringLiteral("passport"), QStringLiteral("id_card"),
                                              QStringLiteral("driver_license"), QStringLiteral("proof_of_address")};
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    const QDate dob = QDate::fromString(s.dateOfBirth, Qt::ISODate);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date();
    if (s.targetTier < 1 || s.targetTier > 2)
        return badField("targetTier", QStringLiteral("target tier must be 1 or 2"));
    if (!dob.isValid() || dob.addYears(18) > today || dob.year() < 1900)
        return badField("dateOfBirth", QStringLiteral("a valid date of birth of an adult, YYYY-MM-DD"));
    if (!countryRe.match(s.country).hasMatch())
        return badField("country", QStringLiteral("a two-letter country code"));
    if (!documentTypes.contains(s.documentType))
        return badField("documentType", QStringLiteral("unknown document type"));
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    if (user->kycTier >= s.targetTier)
        return fail("invalid_state", QStringLiteral("you already hold this tier"));
    if (s.targetTier == 2 && user->kycTier < 1)
        return fail("invalid_state", QStringLiteral("verify your identity (tier 1) first"));
    auto pending = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM kyc_cases WHERE user_id = ? AND status = 'pending'"),
                               {userId});
    if (!pending)
        return pending.error();
    if (pending.value().toInt() > 0)
        return fail("invalid_state", QStringLiteral("a case is already under review"));
    QJsonArray documents;
    for (const QString &fileId : s.fileIds) {
        auto f = m_files.file(fileId);
        if (!f || f->ownerId != userId || f->purpose != QLatin1String("kyc"))
            return fail("not_found", QStringLiteral("document %1 is not one of your KYC uploads").arg(fileId),
                        {{QStringLiteral("fileId"), fileId}});
        documents.append(f->toJson());
    }
    const QString id = crypto::randomId();
    auto ins = m_db.exec(QStringLiteral("INSERT INTO kyc_cases (id, user_id, status, target_tier, full_name, date_of_birth,"
                                        " country, document_type, document_number, documents, submitted_at)"
                                        " VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {id, userId, s.targetTier, s.fullName.trimmed(), s.dateOfBirth, s.country, s.documentType,
                          s.documentNumber.trimmed(),
                          QString::fromUtf8(QJsonDocument(documents).toJson(QJsonDocument::Compact)),
                          m_clock.nowMs()});
    if (!ins)
        return ins.error();
    return load(QStringLiteral("WHERE k.id = ?"), {id});
}

Result<QJsonObject> KycService::status(const QString &userId)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    auto cases = loadMany(QStringLiteral("WHERE k.user_id = ? ORDER BY k.submitted_at DESC"), {userId});
    if (!cases)
        return cases.error();
    return QJsonObject{{QStringLiteral("tier"), user->kycTier}, {QStringLiteral("cases"), cases.value()}};
}

Result<QJsonObject> KycService::queue(const QString &status, const QString &assignedTo, int offset, int limit)
{
    QString where = QStringLiteral("WHERE k.status = ?");
    QVariantList params{status};
    if (!assignedTo.isEmpty()) {
        where += QStringLiteral(" AND k.assigned_to = ?");
        params.append(assignedTo);
    }
    auto total = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM kyc_cases k ") + where, params);
    if (!total)
        return total.error();
    // Oldest first: a queue is worked in arrival order.
    auto cases = loadMany(where + QStringLiteral(" ORDER BY k.submitted_at, k.id LIMIT ? OFFSET ?"),
                          params + QVariantList{limit, offset});
    if (!cases)
        return cases.error();
    return QJsonObject{{QStringLiteral("cases"), cases.value()}, {QStringLiteral("total"), total.value().toLongLong()}};
}

Result<QJsonObject> KycService::caseById(const QString &caseId)
{
    auto c = load(QStringLiteral("WHERE k.id = ?"), {caseId});
    if (!c)
        return c.error();
    auto user = m_users.require(c->value(QStringLiteral("userId")).toString());
    if (!user)
        return user.error();
    return QJsonObject{{QStringLiteral("case"), c.value()}, {QStringLiteral("user"), user->toJson()}};
}

Result<QJsonObject> KycService::assign(const QString &caseId, const QString &agentId)
{
    auto c = load(QStringLiteral("WHERE k.id = ?"), {caseId});
    if (!c)
        return c.error();
    if (c->value(QStringLiteral("status")).toString() != QLatin1String("pending"))
        return fail("invalid_state", QStringLiteral("the case is already decided"));
    auto u = m_db.exec(QStringLiteral("UPDATE kyc_cases SET assigned_to = ? WHERE id = ?"), {agentId, caseId});
    if (!u)
        return u.error();
    return load(QStringLiteral("WHERE k.id = ?"), {caseId});
}

Result<QJsonObject> KycService::decide(const QString &caseId, const QString &agentId, KycDecision decision,
                                       const QString &reason)
{
    auto c = load(QStringLiteral("WHERE k.id = ?"), {caseId});
    if (!c)
        return c.error();
    if (c->value(QStringLiteral("status")).toString() != QLatin1String("pending"))
        return fail("invalid_state", QStringLiteral("the case is already decided"));
    const QString userId = c->value(QStringLiteral("userId")).toString();
    if (auto own = server::refuseOwnCase(agentId, {userId}); !own)
        return own.error();
    const int tier = c->value(QStringLiteral("targetTier")).toInt();
    const QString status = decision == KycDecision::Approve  ? QStringLiteral("approved")
                           : decision == KycDecision::Reject ? QStringLiteral("rejected")
                                                             : QStringLiteral("resubmission_requested");
    storage::Transaction tx(m_db);
    auto u = m_db.exec(QStringLiteral("UPDATE kyc_cases SET status = ?, decision_reason = COALESCE(?, ''), decided_by = ?,"
                                      " decided_at = ?, assigned_to = COALESCE(assigned_to, ?) WHERE id = ?"),
                       {status, reason, agentId, m_clock.nowMs(), agentId, caseId});
    if (!u)
        return u.error();
    if (decision == KycDecision::Approve)
        if (auto s = m_users.setKycTier(userId, tier); !s)
            return s.error();
    if (auto s = m_audit.record(agentId, QStringLiteral("kyc.") + status, caseId,
                                {{QStringLiteral("userId"), userId}, {QStringLiteral("tier"), tier},
                                 {QStringLiteral("reason"), reason}});
        !s)
        return s.error();
    const QString title = decision == KycDecision::Approve  ? QStringLiteral("Identity verified")
                          : decision == KycDecision::Reject ? QStringLiteral("Verification rejected")
                                                            : QStringLiteral("Please resubmit your documents");
    const QString body = decision == KycDecision::Approve
                             ? QStringLiteral("Your account is now at KYC tier %1.").arg(tier)
                             : reason;
    if (auto s = m_notifications.notify(userId, QStringLiteral("kyc.") + status, title, body,
                                        {{QStringLiteral("caseId"), caseId}});
        !s)
        return s.error();
    if (auto cm = tx.commit(); !cm)
        return cm.error();
    auto decided = load(QStringLiteral("WHERE k.id = ?"), {caseId});
    if (decided)
        m_bus.publishToUser(userId, QStringLiteral("event.kyc.decided"), {{QStringLiteral("case"), decided.value()}});
    return decided;
}

} // namespace azc::identity
