#include "identity/identity_methods.h"
#include "identity/kyc_service.h"
#include "server/method_table.h"

#include <QJsonArray>

namespace azc::identity {

using server::Param;
using server::RateClass;
using server::Role;

void declareKycMethods(server::MethodTable &t, IdentityServices s)
{
    t.declare({.name = QStringLiteral("kyc.status"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [s](server::CallContext &ctx, const QJsonObject &) { return s.kyc.status(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("kyc.submit"), .role = Role::User,
               .params = {Param::integer(QStringLiteral("targetTier"), 1, 2), Param::string(QStringLiteral("fullName"), 2, 128),
                Param::string(QStringLiteral("dateOfBirth"), 10, 10).matching(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")),
                Param::string(QStringLiteral("country"), 2, 2), Param::string(QStringLiteral("documentType"), 1, 32),
                Param::string(QStringLiteral("documentNumber"), 3, 64), Param::strings(QStringLiteral("fileIds"), 1, 6)},
               .rateClass = RateClass::Write, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   KycSubmission sub;
                   sub.targetTier = p.value(QStringLiteral("targetTier")).toInt();
                   sub.fullName = p.value(QStringLiteral("fullName")).toString();
                   sub.dateOfBirth = p.value(QStringLiteral("dateOfBirth")).toString();
                   sub.country = p.value(QStringLiteral("country")).toString();
                   sub.documentType = p.value(QStringLiteral("documentType")).toString();
                   sub.documentNumber = p.value(QStringLiteral("documentNumber")).toString();
                   for (const QJsonValue &v : p.value(QStringLiteral("fileIds")).toArray())
                       sub.fileIds.append(v.toString());
                   auto c = s.kyc.submit(ctx.user().userId, sub);
                   if (!c)
                       return c.error();
                   return QJsonObject{{QStringLiteral("case"), c.value()}};
               }});
    t.declare({.name = QStringLiteral("kyc.queue"), .role = Role::Support,
               .params = {Param::string(QStringLiteral("status"), 1, 32)
                    .matching(QStringLiteral("pending|approved|rejected|resubmission_requested"))
                    .optional(),
                Param::boolean(QStringLiteral("assignedToMe")).optional(),
                Param::integer(QStringLiteral("offset"), 0, 1000000).optional(),
                Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               .rateClass = RateClass::Read, .handler = [s](server::CallContext &ctx, const QJsonObject &p) {
                   const bool mine = p.value(QStringLiteral("assignedToMe")).toBool();
                   return s.kyc.queue(p.value(QStringLiteral("status")).toString(QStringLiteral("pending")),
                                      mine ? ctx.user().userId : QString(),
                                      p.value(QStringLiteral("offset")).toInt(0), p.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({.name = QStringLiteral("kyc.case"), .role = Role::Support, .params = {Param::string(QStringLiteral("caseId"), 1, 64)},
               .rateClass = RateClass::Read, .handler = [s](server::CallContext &, const QJsonObject &p) {
                   return s.kyc.caseById(p.value(QStringLiteral("caseId")).toString());
               }});
    t.declare({.name = QStringLiteral("kyc.assign"), .role = Role::Support, .params = {Param::string(QStringLiteral("caseId"), 1, 64)},
               .rateClass = RateClass::Write, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto c = s.kyc.assign(p.value(QStringLiteral("caseId")).toString(), ctx.user().userId);
                   if (!c)
                       return c.error();
                   return QJsonObject{{QStringLiteral("case"), c.value()}};
               }});
    struct Decision {
        const char *method;
        KycDecision decision;
        bool needsReason;
    };
    for (const Decision d : {Decision{"kyc.approve", KycDecision::Approve, false},
                             Decision{"kyc.reject", KycDecision::Reject, true},
                             Decision{"kyc.requestResubmission", KycDecision::Resubmit, true}}) {
        server::ParamSchema schema = d.needsReason
            ? server::ParamSchema{Param::string(QStringLiteral("caseId"), 1, 64), Param::string(QStringLiteral("reason"), 1, 500)}
            : server::ParamSchema{Param::string(QStringLiteral("caseId"), 1, 64)};
        t.declare({.name = QString::fromLatin1(d.method), .role = Role::Support, .params = schema, .rateClass = RateClass::Write,
                   .handler = [s, d](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                       auto c = s.kyc.decide(p.value(QStringLiteral("caseId")).toString(), ctx.user().userId,
                                             d.decision, p.value(QStringLiteral("reason")).toString());
                       if (!c)
                           return c.error();
                       return QJsonObject{{QStringLiteral("case"), c.value()}};
                   }});
    }
}

} // namespace azc::identity
