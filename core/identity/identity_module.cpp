#include "identity/identity_module.h"

#include "audit/audit_log.h"
#include "crypto/secret_box.h"
#include "files/file_service.h"
#include "identity/attempt_throttle.h"
#include "identity/auth_service.h"
#include "identity/identity_methods.h"
#include "identity/kyc_service.h"
#include "identity/session_manager.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"
#include "notify/notification_service.h"

namespace azc::identity {

namespace {

// The owner hears when someone starts guessing their password or codes (the
// guesses wait from then on; the owner's own address and sessions do not).
void warnOwnerOfGuessing(UserDirectory &users, notify::NotificationService &notifications, const AttemptKey &key,
                         int failures)
{
    QString userId;
    if (key.subject.startsWith(QLatin1String("account:"))) {
        userId = key.subject.mid(8);
    } else if (auto u = users.byUsername(key.subject.mid(6)); u && u.value()) { // "login:<name>"
        userId = u.value()->id;
    }
    if (userId.isEmpty())
        return;
    const bool inSession = key.source.startsWith(QLatin1String("session:"));
    notifications.queue(userId, QStringLiteral("security.guessing"),
                        QStringLiteral("Wrong passwords or codes for your account"),
                        inSession ? QStringLiteral("%1 wrong tries in one of your signed-in sessions. If it was"
                                                   " not you, end that session in Profile → Sessions.")
                                            .arg(failures)
                                  : QStringLiteral("%1 wrong tries to sign in from %2. Further tries from there"
                                                   " now have to wait.").arg(failures).arg(key.source),
                        QJsonObject{{QStringLiteral("source"), key.source}});
}

class IdentityModule : public module::DomainModule
{
public:
    explicit IdentityModule(crypto::Argon2Params cost) : m_cost(cost) {}

    QString name() const override { return QStringLiteral("identity"); }
    QStringList needs() const override { return {QStringLiteral("platform"), QStringLiteral("files")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("identity"), UserDirectory::migrations()},
                {QStringLiteral("kyc"), KycService::migrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        auto &audit = s.need<audit::AuditLog>();
        auto &notifications = s.need<notify::NotificationService>();
        auto &users = s.add(std::make_unique<UserDirectory>(c.db, c.clock));
        auto &sessions = s.add(std::make_unique<SessionManager>(c.db, users, c.bus, c.clock));
        // Keys live outside the database on purpose: a dump or backup alone reveals no second factors.
        auto box = crypto::SecretBox::loadOrCreate(c.secretsDir + QStringLiteral("/totp.key"));
        if (!box)
            return box.error();
        auto &secretBox = s.add(std::make_unique<crypto::SecretBox>(box.value()));
        auto &throttle = s.add(std::make_unique<AttemptThrottle>(c.clock));
        throttle.onBackoff = [&users, &notifications](const AttemptKey &key, int failures) {
            warnOwnerOfGuessing(users, notifications, key, failures);
        };
        auto &twoFactor = s.add(std::make_unique<TwoFactor>(c.db, users, secretBox, throttle, c.clock));
        auto &auth = s.add(std::make_unique<AuthService>(c.db, users, sessions, twoFactor, throttle, audit, c.clock,
                                                         m_cost));
        auto &kyc = s.add(std::make_unique<KycService>(c.db, users, s.need<files::FileService>(), notifications,
                                                       c.bus, audit, c.clock));
        m_services.emplace(IdentityServices{users, sessions, auth, twoFactor, kyc});
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareAuthMethods(c.methods, *m_services);
        declareKycMethods(c.methods, *m_services);
        declareAdminMethods(c.methods, *m_services);
        return okStatus();
    }

private:
    crypto::Argon2Params m_cost;
    std::optional<IdentityServices> m_services;
};

} // namespace

std::unique_ptr<module::DomainModule> identityModule(crypto::Argon2Params passwordCost)
{
    return std::make_unique<IdentityModule>(passwordCost);
}

} // namespace azc::identity
