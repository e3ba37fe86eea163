#include "backend/platform_module.h"

#include "audit/audit_log.h"
#include "backend/platform_methods.h"
#include "crypto/secret_box.h"
#include "notify/notification_service.h"

namespace azc {

namespace {

class PlatformModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("platform"); }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("audit"), audit::AuditLog::migrations()},
                {QStringLiteral("notify"), notify::NotificationService::migrations()}};
    }
    Status open(module::Context &c) override
    {
        // The key lives outside the database on purpose: a dump or backup
        // alone cannot be used to forge the audit chain.
        auto auditKey = crypto::loadOrCreateKeyFile(c.secretsDir + QStringLiteral("/audit.key"));
        if (!auditKey)
            return auditKey.error();
        m_audit = &c.services.add(std::make_unique<audit::AuditLog>(c.db, c.clock, auditKey.value()));
        m_notifications = &c.services.add(std::make_unique<notify::NotificationService>(c.db, c.bus, c.clock));
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declarePlatformMethods(c.methods, *m_notifications, *m_audit);
        return okStatus();
    }

private:
    audit::AuditLog *m_audit = nullptr;
    notify::NotificationService *m_notifications = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> platformModule()
{
    return std::make_unique<PlatformModule>();
}

} // namespace azc
