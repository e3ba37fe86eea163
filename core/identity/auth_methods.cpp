#include "identity/auth_service.h"
#include "identity/identity_methods.h"
#include "server/method_table.h"

#include <QJsonArray>

namespace azc::identity {

using server::Param;
using server::RateClass;
using server::Role;

namespace {

// Session and user, as auth.login and auth.resume return them.
Result<QJsonObject> bindAndDescribe(server::CallContext &ctx, SessionManager &sessions, const User &user,
                                    const QString &sessionId, const QString &token)
{
    if (auto bound = ctx.bindSession(sessionId, user.id); !bound) {
        if (!token.isEmpty())
            (void)sessions.revoke(user.id, sessionId); // never leave an unusable session behind
        return bound.error();
    }
    auto session = sessions.describe(sessionId, sessionId);
    if (!session)
        return session.error();
    QJsonObject out{{QStringLiteral("session"), session.value()}, {QStringLiteral("user"), user.toJson()}};
    if (!token.isEmpty())
        out.insert(QStringLiteral("token"), token);
    return out;
}

QString str(const QJsonObject &p, const char *key)
{
    return p.value(QLatin1String(key)).toString();
}

} // namespace

void declareAuthMethods(server::MethodTable &t, IdentityServices s)
{
    const QString usernamePattern = QStringLiteral("[A-Za-z0-9_.]+");
    t.declare({.name = QStringLiteral("auth.register"), .role = Role::Public,
               .params = {Param::string(QStringLiteral("username"), 3, 32).matching(usernamePattern),
                Param::string(QStringLiteral("displayName"), 1, 64), Param::string(QStringLiteral("password"), 1, 128),
                Param::string(QStringLiteral("email"), 0, 254).optional(),
                Param::string(QStringLiteral("phone"), 0, 20).optional()},
               .rateClass = RateClass::Auth, .asyncHandler = [s](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   s.auth.registerAsync({str(p, "username"), str(p, "displayName"), str(p, "password"),
                                         str(p, "email"), str(p, "phone")}, ctx.source,
                                        [reply](Result<User> u) {
                                            if (!u)
                                                return reply(u.error());
                                            reply(QJsonObject{{QStringLiteral("user"), u->toJson()}});
                                        });
               }});
    t.declare({.name = QStringLiteral("auth.login"), .role = Role::Public,
               .params = {Param::string(QStringLiteral("username"), 1, 64), Param::string(QStringLiteral("password"), 1, 128),
                Param::string(QStringLiteral("totpCode"), 0, 16).optional(),
                Param::string(QStringLiteral("device"), 0, 64).optional()},
               .rateClass = RateClass::Auth,
               .asyncHandler = [s](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   const QString device = p.contains(QStringLiteral("device")) ? str(p, "device") : ctx.userAgent;
                   // The context outlives this call only as a copy: the socket may be gone by then,
                   // in which case binding fails and the new session is revoked again.
                   s.auth.loginAsync(str(p, "username"), str(p, "password"), str(p, "totpCode"), device, ctx.source,
                                     [s, ctx, reply](Result<LoginResult> r) mutable {
                                         if (!r)
                                             return reply(r.error());
                                         reply(bindAndDescribe(ctx, s.sessions, r->user, r->session.sessionId,
                                                               r->session.token));
                                     });
               }});
    t.declare({.name = QStringLiteral("auth.resume"), .role = Role::Public, .params = {Param::string(QStringLiteral("token"), 20, 128)},
               .rateClass = RateClass::Auth, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto sessionId = s.sessions.sessionForToken(str(p, "token"));
                   if (!sessionId)
                       return sessionId.error();
                   auto caller = s.sessions.authorize(sessionId.value());
                   if (!caller)
                       return caller.error();
                   if (caller->frozen)
                       return Error::make(QStringLiteral("account_frozen"), QStringLiteral("this account is frozen"));
                   auto user = s.users.require(caller->userId);
                   if (!user)
                       return user.error();
                   return bindAndDescribe(ctx, s.sessions, user.value(), sessionId.value(), QString());
               }});
    t.declare({.name = QStringLiteral("auth.logout"), .role = Role::User, .rateClass = RateClass::Write,
               .handler = [s](server::CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
                   if (auto r = s.sessions.revoke(ctx.user().userId, ctx.user().sessionId); !r)
                       return r.error();
                   return QJsonObject{};
               }});
    t.declare({.name = QStringLiteral("session.list"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [s](server::CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
                   auto list = s.sessions.list(ctx.user().userId, ctx.user().sessionId);
                   if (!list)
                       return list.error();
                   return QJsonObject{{QStringLiteral("sessions"), list.value()}};
               }});
    t.declare({.name = QStringLiteral("session.revoke"), .role = Role::User, .params = {Param::string(QStringLiteral("sessionId"), 1, 64)},
               .rateClass = RateClass::Write, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   if (auto r = s.sessions.revoke(ctx.user().userId, str(p, "sessionId")); !r)
                       return r.error();
                   return QJsonObject{};
               }});
    t.declare({.name = QStringLiteral("session.revokeOthers"), .role = Role::User, .rateClass = RateClass::Write,
               .handler = [s](server::CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
                   auto n = s.sessions.revokeAllExcept(ctx.user().userId, ctx.user().sessionId);
                   if (!n)
                       return n.error();
                   return QJsonObject{{QStringLiteral("revoked"), n.value()}};
               }});
    t.declare({.name = QStringLiteral("account.me"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [s](server::CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
                   auto u = s.users.require(ctx.user().userId);
                   if (!u)
                       return u.error();
                   return QJsonObject{{QStringLiteral("user"), u->toJson()}};
               }});
    t.declare({.name = QStringLiteral("account.updateProfile"), .role = Role::User,
               .params = {Param::string(QStringLiteral("displayName"), 1, 64).optional(),
                Param::string(QStringLiteral("email"), 0, 254).optional(),
                Param::string(QStringLiteral("phone"), 0, 20).optional()},
               .rateClass = RateClass::Write, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto opt = [&](const char *k) { return p.contains(QLatin1String(k)) ? str(p, k) : QString(); };
                   auto u = s.auth.updateProfile(ctx.user().userId, opt("displayName"), opt("email"), opt("phone"));
                   if (!u)
                       return u.error();
                   return QJsonObject{{QStringLiteral("user"), u->toJson()}};
               }});
    t.declare({.name = QStringLiteral("account.changePassword"), .role = Role::User,
               .params = {Param::string(QStringLiteral("currentPassword"), 1, 128),
                Param::string(QStringLiteral("newPassword"), 1, 128)},
               .rateClass = RateClass::Auth, .asyncHandler = [s](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   s.auth.changePasswordAsync(ctx.user().userId, ctx.user().sessionId, str(p, "currentPassword"),
                                              str(p, "newPassword"), [reply](Status r) {
                                                  if (!r)
                                                      return reply(r.error());
                                                  reply(QJsonObject{});
                                              });
               }});
    t.declare({.name = QStringLiteral("totp.enroll"), .role = Role::User, .rateClass = RateClass::Write,
               .handler = [s](server::CallContext &ctx, const QJsonObject &) { return s.twoFactor.enroll(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("totp.confirm"), .role = Role::User, .params = {Param::string(QStringLiteral("code"), 6, 6)},
               .rateClass = RateClass::Auth, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto codes = s.twoFactor.confirm(ctx.user().userId, str(p, "code"),
                                                    AttemptKey::session(ctx.user().userId, ctx.user().sessionId));
                   if (!codes)
                       return codes.error();
                   return QJsonObject{{QStringLiteral("recoveryCodes"), QJsonArray::fromStringList(codes.value())}};
               }});
    t.declare({.name = QStringLiteral("totp.disable"), .role = Role::User,
               .params = {Param::string(QStringLiteral("password"), 1, 128), Param::string(QStringLiteral("code"), 6, 16)},
               .rateClass = RateClass::Auth, .asyncHandler = [s](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   // Re-checks the password: a borrowed unlocked desktop must not turn 2FA off.
                   const QString userId = ctx.user().userId;
                   const QString sessionId = ctx.user().sessionId;
                   const QString code = str(p, "code");
                   s.auth.verifyPasswordAsync(userId, sessionId, str(p, "password"),
                                              [s, userId, sessionId, code, reply](Status ok) {
                       if (!ok)
                           return reply(ok.error());
                       if (auto r = s.twoFactor.disable(userId, code, AttemptKey::session(userId, sessionId)); !r)
                           return reply(r.error());
                       reply(QJsonObject{});
                   });
               }});
}

} // namespace azc::identity
