#include "wallet/wallet_module.h"

#include "audit/audit_log.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "reserves/reserves_service.h"
#include "wallet/adjustments.h"
#include "wallet/treasury_service.h"
#include "wallet/wallet_methods.h"
#include "wallet/wallet_schema.h"
#include "wallet/wallet_service.h"

namespace azc::wallet {

namespace {

class WalletModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("wallet"); }
    QStringList needs() const override
    {
        return {QStringLiteral("platform"), QStringLiteral("identity"), QStringLiteral("ledger"),
                QStringLiteral("reserves")};
    }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("wallet"), walletMigrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        auto &audit = s.need<audit::AuditLog>();
        auto &notifications = s.need<notify::NotificationService>();
        auto &users = s.need<identity::UserDirectory>();
        auto &wallet = s.add(std::make_unique<WalletService>(c.db, s.need<ledger::LedgerService>(), users,
                                                             s.need<identity::TwoFactor>(), notifications, c.bus,
                                                             c.clock));
        auto &treasury = s.add(std::make_unique<TreasuryService>(wallet, audit, c.clock));
        auto &adjustments = s.add(std::make_unique<Adjustments>(c.db, wallet, users, audit, notifications, c.clock));
        m_services.emplace(WalletServices{wallet, treasury, adjustments, s.need<reserves::ReservesService>()});
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareWalletMethods(c.methods, *m_services);
        declareTreasuryMethods(c.methods, *m_services);
        return okStatus();
    }

private:
    std::optional<WalletServices> m_services;
};

} // namespace

std::unique_ptr<module::DomainModule> walletModule()
{
    return std::make_unique<WalletModule>();
}

} // namespace azc::wallet
