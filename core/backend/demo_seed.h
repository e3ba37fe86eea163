#pragma once
// The demo: accounts, KYC cases, money, markets, chats, P2P ads and a bot,
// seeded into an empty database (README lists the sign-ins), so a restart
// never duplicates or resets anything. Private to core/backend; new domains
// seed their own demo data in their module's seedDemo(), unless it needs the
// demo users (created here, by the last module), like the mini programs.

#include "backend/backend_config.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QJsonObject>
#include <functional>
#include <memory>

namespace azc {

namespace storage { class Database; }
namespace identity { class UserDirectory; class AuthService; class KycService; struct User; }
namespace files { class FileService; }
namespace ledger { class LedgerService; }
namespace wallet { class WalletService; class Adjustments; }
namespace custody { class CustodyService; }
namespace spot { class SpotExchange; }
namespace messaging { class MessagingService; }
namespace p2p { class P2PService; }
namespace bots { class BotService; }
namespace payments { class PaymentsService; }
namespace miniprograms { class MiniProgramsService; }
namespace staking { class StakingService; }
namespace governance { class GovernanceService; }
namespace launchpad { class LaunchpadService; }
namespace bridge { class BridgeService; class MarketService; }
namespace module { class ServiceRegistry; class DomainModule; }

// The demo module (demo_module.cpp), last in the list: the demo data on an
// empty database, the market maker's capital in a fresh demo, the local demo chain.
std::unique_ptr<module::DomainModule> demoModule(const BackendConfig &config);

// The services the demo seeders use, found in the registry once.
struct DemoServices {
    explicit DemoServices(const BackendConfig &config, storage::Database &db, const module::ServiceRegistry &services);

    const BackendConfig &config;
    storage::Database *db;
    identity::UserDirectory *users;
    identity::AuthService *auth;
    identity::KycService *kyc;
    files::FileService *files;
    ledger::LedgerService *ledger;
    wallet::WalletService *wallet;
    wallet::Adjustments *adjustments;
    custody::CustodyService *custody;
    spot::SpotExchange *spot;
    messaging::MessagingService *messaging;
    p2p::P2PService *p2p;
    bots::BotService *bots;
    payments::PaymentsService *payments;
    miniprograms::MiniProgramsService *miniprograms;
    staking::StakingService *staking;
    governance::GovernanceService *governance;
    launchpad::LaunchpadService *launchpad;
    bridge::BridgeService *bridge;
    bridge::MarketService *market;
};

Status seedDemoData(DemoServices &d);
Status seedDemoMoney(DemoServices &d); // demo_money.cpp, called by seedDemoData
// The local demo chain (config.custody.demoRpcUrl) as network "anvil" with ETH and
// AZC; runs at every start, so a chain started after the first run is picked up.
Status seedDemoChain(DemoServices &d); // demo_chain.cpp
// Spot markets and a few resting orders, on an empty database.
Status seedDemoMarkets(DemoServices &d); // demo_markets.cpp, called by seedDemoData
// A few conversations between the demo users, on an empty database.
Status seedDemoChats(DemoServices &d); // demo_chat.cpp, called by seedDemoData
// The market-maker bot's capital (demo_money.cpp), when the bot is on in a fresh demo.
Status fundDemoMarketMaker(DemoServices &d, const QString &userId);
// P2P: reference rates, payment methods, carol's ads and a finished trade (demo_p2p.cpp).
Status seedDemoP2P(DemoServices &d);
// Carol's "Corner Shop" (an approved AZPay merchant) and the example mini
// programs signed by her and approved (demo_miniprograms.cpp).
Status seedDemoMiniPrograms(DemoServices &d);
// Earn, the DAO and the launchpad (demo_governance.cpp): products and stakes,
// the community fund, an executed, a voting and a discussed proposal, a sale.
Status seedDemoGovernance(DemoServices &d);
// Partner points, the Bridge and the Market (demo_bridge.cpp): SkyMiles Air's
// miles and the Corner Shop's stars with reserves and approved policies,
// credits, a swap, products and orders, a policy change waiting for an admin.
Status seedDemoBridge(DemoServices &d);

// An AZPay organisation whose KYB support approved (demo_miniprograms.cpp).
struct DemoOrg {
    QString name, website, settlementAsset, legalName, registrationNumber, country, address, representative, registryFileName;
};
Result<QString> seedVerifiedOrg(DemoServices &d, const identity::User &owner, const DemoOrg &org);
// The example bot "pricebot" and its token file (demo_bot.cpp).
Status seedDemoBot(DemoServices &d);

// Helpers of the demo seeders (demo_money.cpp): a user as the caller of a
// service, and an asynchronous call (ledger-backed) run to its end by
// flushing the ledger until it answers.
server::Caller demoCaller(const identity::User &u);
// The seeders' literals are UTF-8.
inline QString text(const char *utf8) { return QString::fromUtf8(utf8); }
Result<QJsonObject> runToEnd(DemoServices &d, const std::function<void(server::Reply)> &call);

} // namespace azc
