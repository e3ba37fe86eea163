#include "launchpad/launchpad_module.h"

#include "audit/audit_log.h"
#include "identity/user_directory.h"
#include "launchpad/launchpad_methods.h"
#include "launchpad/launchpad_schema.h"
#include "launchpad/launchpad_service.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "staking/staking_service.h"
#include "wallet/wallet_service.h"

namespace azc::launchpad {

namespace {

class LaunchpadModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("launchpad"); }
    QStringList needs() const override { return {QStringLiteral("ledger"), QStringLiteral("wallet"), QStringLiteral("staking")}; }
    QList<module::Schema> schema(storage::Dialect) const override { return {{QStringLiteral("launchpad"), launchpadMigrations()}}; }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        m_service = &s.add(std::make_unique<LaunchpadService>(
            LaunchpadServices{c.db, s.need<ledger::LedgerService>(), s.need<wallet::WalletService>(), s.need<staking::StakingService>(),
                              s.need<identity::UserDirectory>(), s.need<notify::NotificationService>(), c.bus, s.need<audit::AuditLog>(),
                              c.clock}));
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareLaunchpadMethods(c.methods, *m_service);
        return okStatus();
    }
    Status start(module::Context &) override { return m_service->start(); }

private:
    LaunchpadService *m_service = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> launchpadModule() { return std::make_unique<LaunchpadModule>(); }

} // namespace azc::launchpad
