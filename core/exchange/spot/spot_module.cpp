#include "exchange/spot/spot_module.h"

#include "audit/audit_log.h"
#include "exchange/spot/spot_exchange.h"
#include "exchange/spot/spot_methods.h"
#include "exchange/spot/spot_schema.h"
#include "ledger/ledger_service.h"
#include "wallet/wallet_service.h"

namespace azc::spot {

namespace {

class SpotModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("spot"); }
    QStringList needs() const override { return {QStringLiteral("platform"), QStringLiteral("wallet")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("spot"), spotMigrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        m_spot = &s.add(std::make_unique<SpotExchange>(
                SpotServices{c.db, s.need<ledger::LedgerService>(), s.need<wallet::WalletService>(), c.bus,
                             s.need<audit::AuditLog>(), c.clock},
                c.dataDir + QStringLiteral("/exchange")));
        return m_spot->open(); // replays the journal
    }
    Status declareMethods(module::Context &c) override
    {
        declareSpotMethods(c.methods, *m_spot);
        return okStatus();
    }

private:
    SpotExchange *m_spot = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> spotModule()
{
    return std::make_unique<SpotModule>();
}

} // namespace azc::spot
