#include "miniprograms/miniprograms_module.h"

#include "audit/audit_log.h"
#include "files/file_service.h"
#include "identity/user_directory.h"
#include "messaging/messaging_service.h"
#include "miniprograms/miniprograms_methods.h"
#include "miniprograms/miniprograms_schema.h"
#include "miniprograms/miniprograms_service.h"
#include "notify/notification_service.h"
#include "payments/payments_service.h"
#include "wallet/wallet_service.h"

namespace azc::miniprograms {

namespace {

class MiniProgramsModule : public module::DomainModule
{
public:
    explicit MiniProgramsModule(MiniProgramsConfig config) : m_config(std::move(config)) {}

    QString name() const override { return QStringLiteral("miniprograms"); }
    QStringList needs() const override
    {
        return {QStringLiteral("files"), QStringLiteral("messaging"), QStringLiteral("payments")};
    }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("miniprograms"), miniprogramsMigrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        m_service = &s.add(std::make_unique<MiniProgramsService>(
            c.db, s.need<files::FileService>(), s.need<identity::UserDirectory>(), s.need<payments::PaymentsService>(),
            s.need<wallet::WalletService>(), s.need<messaging::MessagingService>(), c.bus,
            s.need<notify::NotificationService>(), s.need<audit::AuditLog>(), c.clock, m_config));
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareMiniProgramsMethods(c.methods, *m_service);
        return okStatus();
    }

private:
    MiniProgramsConfig m_config;
    MiniProgramsService *m_service = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> miniProgramsModule(MiniProgramsConfig config)
{
    return std::make_unique<MiniProgramsModule>(std::move(config));
}

} // namespace azc::miniprograms
