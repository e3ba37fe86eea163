#pragma once
// The object graph Backend owns, in construction order. Private to
// core/backend (backend.cpp builds it, demo_seed.cpp fills it).

#include "audit/audit_log.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "crypto/secret_box.h"
#include "custody/custody_service.h"
#include "exchange/provider/liquidity_provider.h"
#include "exchange/spot/spot_exchange.h"
#include "bots/bot_service.h"
#include "chatpay/chat_money.h"
#include "chatpay/red_packets.h"
#include "p2p/p2p_service.h"
#include "exchange/desk/hedge_log.h"
#include "exchange/desk/market_maker.h"
#include "exchange/desk/provider_router.h"
#include "exchange/swap/swap_service.h"
#include "files/file_service.h"
#include "identity/auth_service.h"
#include "identity/kyc_service.h"
#include "identity/session_manager.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "reserves/reserves_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "server/method_table.h"
#include "server/rpc_gateway.h"
#include "storage/database.h"
#include "wallet/adjustments.h"
#include "wallet/treasury_service.h"
#include "wallet/wallet_service.h"

#include <memory>
#include <optional>

namespace azc {

struct Backend::Private {
    BackendConfig config;
    Clock clock;
    std::unique_ptr<storage::Database> db;
    notify::EventBus bus;
    std::unique_ptr<audit::AuditLog> audit;
    std::unique_ptr<notify::NotificationService> notifications;
    std::unique_ptr<files::FileService> files;
    std::unique_ptr<identity::UserDirectory> users;
    std::unique_ptr<identity::SessionManager> sessions;
    std::optional<crypto::SecretBox> secretBox;
    std::unique_ptr<identity::AttemptThrottle> throttle;
    std::unique_ptr<identity::TwoFactor> twoFactor;
    std::unique_ptr<identity::AuthService> auth;
    std::unique_ptr<identity::KycService> kyc;
    std::unique_ptr<ledger::LedgerService> ledger;
    std::unique_ptr<reserves::ReservesService> reserves;
    std::unique_ptr<wallet::WalletService> wallet;
    std::unique_ptr<wallet::TreasuryService> treasury;
    std::unique_ptr<wallet::Adjustments> adjustments;
    std::unique_ptr<custody::CustodyService> custody;
    std::unique_ptr<spot::SpotExchange> spot;
    std::unique_ptr<provider::LiquidityProvider> provider;
    std::unique_ptr<swap::SwapService> swaps;
    std::unique_ptr<desk::HedgeLog> hedges;
    std::unique_ptr<desk::MarketMaker> marketMaker;
    std::unique_ptr<desk::ProviderRouter> router;
    std::unique_ptr<messaging::MessagingService> messaging;
    std::unique_ptr<chatpay::ChatMoney> chatMoney;
    std::unique_ptr<chatpay::RedPackets> redPackets;
    std::unique_ptr<bots::BotService> bots;
    std::unique_ptr<p2p::P2PService> p2p;
    server::MethodTable methods;
    std::unique_ptr<server::RpcGateway> gateway;
};

// Demo accounts and KYC cases (README lists the sign-ins). Runs only on an
// empty database, so a restart never duplicates or resets anything.
Status seedDemoData(Backend::Private &d);
Status seedDemoMoney(Backend::Private &d); // demo_money.cpp, called by seedDemoData
// The local demo chain (config.custody.demoRpcUrl) as network "anvil" with ETH and
// AZC; runs at every start, so a chain started after the first run is picked up.
Status seedDemoChain(Backend::Private &d); // demo_chain.cpp
// Spot markets and a few resting orders, on an empty database.
Status seedDemoMarkets(Backend::Private &d); // demo_markets.cpp, called by seedDemoData
// A few conversations between the demo users, on an empty database.
Status seedDemoChats(Backend::Private &d); // demo_chat.cpp, called by seedDemoData
// The market-maker bot's capital (demo_money.cpp), when the bot is on in a fresh demo.
Status fundDemoMarketMaker(Backend::Private &d, const QString &userId);
// P2P: reference rates, payment methods, carol's ads and a finished trade (demo_p2p.cpp).
Status seedDemoP2P(Backend::Private &d);
// The example bot "pricebot" and its token file (demo_bot.cpp).
Status seedDemoBot(Backend::Private &d);

// Helpers of the demo seeders (demo_money.cpp): a user as the caller of a
// service, and an asynchronous call (ledger-backed) run to its end by
// flushing the ledger until it answers.
server::Caller demoCaller(const identity::User &u);
Result<QJsonObject> runToEnd(Backend::Private &d, const std::function<void(server::Reply)> &call);

} // namespace azc
