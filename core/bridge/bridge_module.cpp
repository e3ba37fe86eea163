#include "bridge/bridge_module.h"

#include "audit/audit_log.h"
#include "bridge/bridge_methods.h"
#include "bridge/bridge_schema.h"
#include "bridge/bridge_service.h"
#include "bridge/market_service.h"
#include "custody/custody_service.h"
#include "custody/networks.h"
#include "exchange/spot/spot_exchange.h"
#include "files/file_service.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "payments/payments_service.h"
#include "storage/database.h"
#include "wallet/wallet_service.h"


namespace azc::bridge {

namespace {

// A "market" policy's rate: the spot market's reference price (its last
// trade, or the middle of the book before the first), as P2P's floating ads use.
BridgeService::PriceSource spotPrices(spot::SpotExchange *spot)
{
    return [spot](const QString &market) -> Result<QString> {
        if (!spot)
            return fail("unavailable", QStringLiteral("the exchange is not running"));
        const QString price = spot->referencePrice(market);
        if (price.isEmpty())
            return fail("unavailable", QStringLiteral("%1 has no price on the exchange").arg(market));
        return price;
    };
}

BridgeService::TokenRegistrar custodyTokens(custody::CustodyService *custody)
{
    if (!custody)
        return {};
    return {[custody](const QString &network) -> Status {
                auto n = custody->networks().require(network);
                if (!n)
                    return fail("not_found", QStringLiteral("no network %1").arg(network), {{QStringLiteral("field"), QStringLiteral("network")}});
                return okStatus();
            },
            [custody](const QString &network, const QString &asset, const QString &contract) -> Status {
                // No minimums or fee until an admin sets them in the network's settings.
                auto saved = custody->networks().saveAsset(network, asset, contract, QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                                                           QStringLiteral("0"));
                return saved ? okStatus() : Status(saved.error());
            }};
}

class BridgeModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("bridge"); }
    QStringList needs() const override { return {QStringLiteral("ledger"), QStringLiteral("wallet"), QStringLiteral("payments")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("bridge"), bridgeMigrations()}, {QStringLiteral("market"), marketMigrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        m_bridge = &s.add(std::make_unique<BridgeService>(BridgeServices{
            c.db, s.need<ledger::LedgerService>(), s.need<wallet::WalletService>(), s.need<payments::PaymentsService>(),
            s.need<identity::UserDirectory>(), s.need<notify::NotificationService>(), c.bus, s.need<audit::AuditLog>(),
            s.need<files::FileService>(), c.clock}));
        m_market = &s.add(std::make_unique<MarketService>(*m_bridge));
        m_bridge->setPriceSource(spotPrices(s.find<spot::SpotExchange>()));
        m_bridge->setTokenRegistrar(custodyTokens(s.find<custody::CustodyService>()));
        s.need<payments::PaymentsService>().addApiRoutes(bridgeApiRoutes(*m_bridge));
        // A listed product's pictures and a point's icon are public.
        s.need<files::FileService>().setSharedAccess([db = &c.db](const QString &fileId, const QString &) {
            auto hit = db->scalar(QStringLiteral("SELECT COUNT(*) FROM mk_images i JOIN mk_products p ON p.id = i.product_id"
                                                 " WHERE i.file_id = ? AND p.active = 1"), {fileId});
            if (hit && hit->toLongLong() > 0)
                return true;
            auto icon = db->scalar(QStringLiteral("SELECT COUNT(*) FROM br_points WHERE icon_file_id = ?"), {fileId});
            return icon && icon->toLongLong() > 0;
        });
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareBridgeMethods(c.methods, *m_bridge, *m_market);
        return okStatus();
    }
    Status start(module::Context &) override
    {
        if (auto st = m_bridge->start(); !st)
            return st;
        return m_market->start();
    }

private:
    BridgeService *m_bridge = nullptr;
    MarketService *m_market = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> bridgeModule() { return std::make_unique<BridgeModule>(); }

} // namespace azc::bridge
