#include "governance/governance_module.h"

#include "audit/audit_log.h"
#include "chaincrypto/eth_address.h"
#include "custody/custody_service.h"
#include "exchange/spot/spot_exchange.h"
#include "governance/chain_tally_recorder.h"
#include "governance/governance_actions.h"
#include "governance/governance_methods.h"
#include "governance/governance_schema.h"
#include "governance/governance_service.h"
#include "identity/user_directory.h"
#include "launchpad/launchpad_service.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "notify/notification_service.h"
#include "staking/staking_service.h"
#include "wallet/wallet_service.h"

namespace azc::governance {

namespace {

class GovernanceModule : public module::DomainModule
{
public:
    explicit GovernanceModule(GovernanceConfig config) : m_config(std::move(config)) {}

    QString name() const override { return QStringLiteral("governance"); }
    QStringList needs() const override
    {
        return {QStringLiteral("ledger"), QStringLiteral("wallet"), QStringLiteral("custody"), QStringLiteral("spot"),
                QStringLiteral("messaging"), QStringLiteral("staking"), QStringLiteral("launchpad")};
    }
    QList<module::Schema> schema(storage::Dialect) const override { return {{QStringLiteral("governance"), governanceMigrations()}}; }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        auto &wallet = s.need<wallet::WalletService>();
        auto &staking = s.need<staking::StakingService>();
        m_service = &s.add(std::make_unique<GovernanceService>(
            GovernanceServices{c.db, s.need<ledger::LedgerService>(), wallet, staking, s.need<messaging::MessagingService>(),
                               s.need<identity::UserDirectory>(), s.need<notify::NotificationService>(), c.bus, s.need<audit::AuditLog>(),
                               c.clock},
            m_config));
        addFeeAction(*m_service, wallet);
        addMarketAction(*m_service, s.need<spot::SpotExchange>());
        addStakingRateAction(*m_service, staking);
        addLaunchpadAction(*m_service, s.need<launchpad::LaunchpadService>());
        // Tallies go on chain when a contract is configured and custody (the
        // hot wallet that signs and pays the gas) is open.
        auto &custody = s.need<custody::CustodyService>();
        if (!m_config.tallyContract.isEmpty() && custody.isOpen()) {
            auto contract = chain::parseAddress(m_config.tallyContract);
            if (!contract)
                return Error::make(contract.error().reason, QStringLiteral("the tally contract: ") + contract.error().message);
            m_recorder = std::make_unique<ChainTallyRecorder>(custody, m_config.chainNetwork, *contract);
            m_service->setRecorder(m_recorder.get());
        }
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareGovernanceMethods(c.methods, *m_service);
        return okStatus();
    }
    Status start(module::Context &) override { return m_service->start(); }

private:
    GovernanceConfig m_config;
    GovernanceService *m_service = nullptr;
    std::unique_ptr<ChainTallyRecorder> m_recorder;
};

} // namespace

std::unique_ptr<module::DomainModule> governanceModule(GovernanceConfig config)
{
    return std::make_unique<GovernanceModule>(std::move(config));
}

} // namespace azc::governance
