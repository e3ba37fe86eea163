#include "custody/custody_module.h"

#include "audit/audit_log.h"
#include "custody/custody_methods.h"
#include "custody/custody_schema.h"
#include "custody/custody_service.h"
#include "identity/auth_service.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "wallet/wallet_service.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCustodyModule, "azc.custody")

namespace azc::custody {

namespace {

class CustodyModule : public module::DomainModule
{
public:
    explicit CustodyModule(CustodyConfig config) : m_config(std::move(config)) {}

    QString name() const override { return QStringLiteral("custody"); }
    QStringList needs() const override { return {QStringLiteral("identity"), QStringLiteral("wallet")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("custody"), custodyMigrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        m_custody = &s.add(std::make_unique<CustodyService>(
                CustodyServices{c.db, s.need<ledger::LedgerService>(), s.need<identity::UserDirectory>(),
                                s.need<identity::TwoFactor>(), s.need<identity::AuthService>(),
                                s.need<wallet::WalletService>(), s.need<notify::NotificationService>(), c.bus,
                                s.need<audit::AuditLog>(), c.clock},
                m_config, c.secretsDir));
        // A wrong passphrase stops the server: running without custody would look like lost funds.
        if (auto opened = m_custody->open(); !opened) {
            if (!m_config.optional)
                return opened.error();
            qCWarning(lcCustodyModule) << "custody is off:" << opened.error().message;
        }
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareCustodyMethods(c.methods, *m_custody);
        return okStatus();
    }
    void serve(module::Context &) override { m_custody->startFollowing(); }

private:
    CustodyConfig m_config;
    CustodyService *m_custody = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> custodyModule(CustodyConfig config)
{
    return std::make_unique<CustodyModule>(std::move(config));
}

} // namespace azc::custody
