#include "miniprograms/miniprograms_methods.h"

#include "miniprograms/miniprograms_service.h"
#include "server/method_params.h"
#include "server/method_table.h"

namespace azc::miniprograms {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

void declareMiniProgramsMethods(server::MethodTable &t, MiniProgramsService &mp)
{
    const Param program = Param::string(QStringLiteral("programId"), 3, 32);
    using Call = std::function<Result<QJsonObject>(const server::Caller &, const QJsonObject &)>;
    const auto add = [&t](const char *name, Role role, int tier, server::ParamSchema params, RateClass rate, Call fn) {
        t.declare({.name = QString::fromLatin1(name), .role = role, .minKycTier = tier, .params = std::move(params),
                   .rateClass = rate, .handler = [fn](CallContext &ctx, const QJsonObject &p) { return fn(ctx.user(), p); }});
    };

    // --- developers: a verified person with a signing key
    add("miniprograms.registerDeveloper", Role::User, 1,
        {Param::string(QStringLiteral("displayName"), 2, 60), Param::string(QStringLiteral("publicKey"), 40, 64)}, RateClass::Write,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.registerDeveloper(c, str(p, "displayName"), str(p, "publicKey")); });
    add("miniprograms.developer", Role::User, 0, {}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &) { return mp.developer(c); });
    add("miniprograms.submit", Role::User, 1,
        {Param::string(QStringLiteral("fileId"), 1, 64), Param::string(QStringLiteral("signature"), 80, 100)}, RateClass::Write,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.submit(c, str(p, "fileId"), str(p, "signature")); });
    add("miniprograms.mine", Role::User, 0, {}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &) { return mp.mine(c); });
    add("miniprograms.rollback", Role::User, 0, {program, Param::string(QStringLiteral("version"), 5, 20)}, RateClass::Write,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.rollback(c, str(p, "programId"), str(p, "version")); });

    // --- review (admins)
    add("miniprograms.reviewQueue", Role::Admin, 0,
        {Param::string(QStringLiteral("status"), 0, 16).matching(QStringLiteral("|pending|approved|rejected")).optional()},
        RateClass::Read, [&mp](const server::Caller &, const QJsonObject &p) { return mp.reviewQueue(str(p, "status")); });
    add("miniprograms.decide", Role::Admin, 0,
        {Param::string(QStringLiteral("versionId"), 1, 64), Param::string(QStringLiteral("decision"), 1, 16).matching(QStringLiteral("approve|reject")),
         Param::string(QStringLiteral("reason"), 0, 500).optional()},
        RateClass::Write, [&mp](const server::Caller &c, const QJsonObject &p) {
            return mp.decide(c, str(p, "versionId"), str(p, "decision") == QLatin1String("approve"), str(p, "reason"));
        });
    add("miniprograms.suspend", Role::Admin, 0,
        {program, Param::boolean(QStringLiteral("suspended")), Param::string(QStringLiteral("reason"), 0, 500).optional()},
        RateClass::Write, [&mp](const server::Caller &c, const QJsonObject &p) {
            return mp.suspend(c, str(p, "programId"), p.value(QStringLiteral("suspended")).toBool(), str(p, "reason"));
        });

    // --- the catalogue
    add("miniprograms.catalogue", Role::User, 0,
        {Param::string(QStringLiteral("query"), 0, 100).optional(), Param::string(QStringLiteral("category"), 0, 16).optional()},
        RateClass::Read, [&mp](const server::Caller &c, const QJsonObject &p) { return mp.catalogue(c, str(p, "query"), str(p, "category")); });
    add("miniprograms.install", Role::User, 0, {program}, RateClass::Write,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.setInstalled(c, str(p, "programId"), true); });
    add("miniprograms.remove", Role::User, 0, {program}, RateClass::Write,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.setInstalled(c, str(p, "programId"), false); });
    add("miniprograms.installed", Role::User, 0, {}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &) { return mp.installed(c); });

    // --- what the host asks while a program runs
    add("miniprograms.open", Role::User, 0, {program}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.open(c, str(p, "programId")); });
    add("miniprograms.bundle", Role::User, 0,
        {program, Param::string(QStringLiteral("sha256"), 64, 64), Param::integer(QStringLiteral("offset"), 0, 64 * 1024 * 1024),
         Param::integer(QStringLiteral("length"), 1, 45 * 1024).optional()},
        RateClass::Read, [&mp](const server::Caller &c, const QJsonObject &p) {
            return mp.bundleChunk(c, str(p, "programId"), str(p, "sha256"), p.value(QStringLiteral("offset")).toInteger(),
                                  p.value(QStringLiteral("length")).toInteger(45 * 1024));
        });
    add("miniprograms.consent", Role::User, 0, {program}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.consent(c, str(p, "programId")); });
    add("miniprograms.setConsent", Role::User, 0,
        {program, Param::boolean(QStringLiteral("profile")).optional(), Param::strings(QStringLiteral("device"), 0, 4).optional(),
         Param::object(QStringLiteral("caps")).optional()},
        RateClass::Write, [&mp](const server::Caller &c, const QJsonObject &p) { return mp.setConsent(c, str(p, "programId"), p); });
    add("miniprograms.profile", Role::User, 0, {program}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.profile(c, str(p, "programId")); });
    add("miniprograms.storageGet", Role::User, 0, {program, Param::string(QStringLiteral("key"), 1, 128)}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.storageGet(c, str(p, "programId"), str(p, "key")); });
    add("miniprograms.storageSet", Role::User, 0,
        {program, Param::string(QStringLiteral("key"), 1, 128), Param::string(QStringLiteral("value"), 0, 8192).optional()},
        RateClass::Write, [&mp](const server::Caller &c, const QJsonObject &p) {
            return mp.storageSet(c, str(p, "programId"), str(p, "key"), p.value(QStringLiteral("value")));
        });
    add("miniprograms.share", Role::User, 0,
        {program, Param::string(QStringLiteral("conversationId"), 1, 64), Param::string(QStringLiteral("text"), 1, 500),
         Param::string(QStringLiteral("startParam"), 0, 256).optional()},
        RateClass::Write, [&mp](const server::Caller &c, const QJsonObject &p) {
            return mp.share(c, str(p, "programId"), str(p, "conversationId"), str(p, "text"), str(p, "startParam"));
        });

    // --- money: an AZPay invoice of the payee, paid after the user confirms in the host
    t.declare({.name = QStringLiteral("miniprograms.checkout"), .role = Role::User,
               .params = {program, Param::string(QStringLiteral("asset"), 1, 16), Param::string(QStringLiteral("amount"), 1, 64),
                          Param::string(QStringLiteral("description"), 0, 200).optional(),
                          Param::string(QStringLiteral("orderId"), 0, 100).optional()},
               .rateClass = RateClass::Write, .asyncHandler = [&mp](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   mp.checkout(ctx.user(), str(p, "programId"), str(p, "asset"), str(p, "amount"), str(p, "description"),
                               str(p, "orderId"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("miniprograms.pay"), .role = Role::User,
               .params = {program, Param::string(QStringLiteral("invoiceId"), 1, 64),
                          Param::string(QStringLiteral("twoFactorCode"), 0, 10).optional(),
                          Param::string(QStringLiteral("idempotencyKey"), 8, 64)},
               .rateClass = RateClass::Write, .asyncHandler = [&mp](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   mp.pay(ctx.user(), str(p, "programId"), str(p, "invoiceId"), str(p, "twoFactorCode"), str(p, "idempotencyKey"),
                          std::move(reply));
               }});
    add("miniprograms.spending", Role::User, 0, {program}, RateClass::Read,
        [&mp](const server::Caller &c, const QJsonObject &p) { return mp.spending(c, str(p, "programId")); });
}

} // namespace azc::miniprograms
