#include "staking/staking_module.h"

#include "audit/audit_log.h"
#include "ledger/ledger_service.h"
#include "staking/staking_methods.h"
#include "staking/staking_schema.h"
#include "staking/staking_service.h"
#include "wallet/wallet_service.h"

namespace azc::staking {

namespace {

class StakingModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("staking"); }
    QStringList needs() const override { return {QStringLiteral("ledger"), QStringLiteral("wallet")}; }
    QList<module::Schema> schema(storage::Dialect) const override { return {{QStringLiteral("staking"), stakingMigrations()}}; }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        m_service = &s.add(std::make_unique<StakingService>(c.db, s.need<ledger::LedgerService>(), s.need<wallet::WalletService>(),
                                                            s.need<audit::AuditLog>(), c.bus, c.clock));
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareStakingMethods(c.methods, *m_service);
        return okStatus();
    }
    Status start(module::Context &) override { return m_service->start(); }

private:
    StakingService *m_service = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> stakingModule() { return std::make_unique<StakingModule>(); }

} // namespace azc::staking
