#pragma once
// Everything a backend needs to start, whether embedded in the desktop app,
// run by azcoinerd or by a test. Each domain's settings are the domain's own
// struct (<domain>_config.h), which only its module reads.

#include "bots/bots_config.h"
#include "calls/calls_config.h"
#include "common/clock.h"
#include "chatpay/chatpay_config.h"
#include "custody/custody_config.h"
#include "exchange/desk/market_maker_config.h"
#include "exchange/provider/provider_config.h"
#include "exchange/swap/swap_config.h"
#include "governance/governance_config.h"
#include "p2p/p2p_config.h"
#include "payments/payments_config.h"
#include "miniprograms/miniprograms_config.h"
#include "server/gateway_limits.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace azc {

struct BackendConfig {
    QString dataDir;                      // files, blobs, the SQLite database by default
    QString databaseUrl;                  // "sqlite:/path/db.sqlite" or "postgresql://user@host:port/db"; empty: sqlite in dataDir
    QString secretsDir;                   // key files (TOTP seed encryption); empty: <dataDir>/secrets
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 0;                     // 0: any free port
    QStringList allowedOrigins;           // browsers' Origin values we accept; native clients send none
    QByteArray launchSecret;              // embedded mode: the X-AZC-Launch-Secret a client must present
    // wss:// served by the backend itself: PEM certificate chain and key,
    // re-read when they change (checked every tlsReloadSeconds).
    QString tlsCertificateFile;
    QString tlsKeyFile;
    int tlsReloadSeconds = 30;
    // Reverse proxies whose X-Forwarded-For names the client ("127.0.0.1",
    // "10.0.0.0/8"); from anyone else the header is ignored.
    QStringList trustedProxies;
    // Tests only: a clock they move (timelocks, vesting, unbonding); nullptr: the system's.
    const Clock *clock = nullptr;
    bool seedDemoData = false;            // seed the demo accounts when the database is empty
    quint32 argon2MemoryKiB = 19456;      // password hashing cost; never below OWASP's minimum
    quint32 argon2Iterations = 2;
    server::GatewayLimits limits;
    custody::CustodyConfig custody;       // the chain side; off without a seed passphrase
    swap::SwapConfig swap;                // quick swaps: spread, quote lifetime
    // The liquidity provider: the simulated market for the demo (seedDemoData) or
    // when set here (tests pin its prices and rejection rate); otherwise none.
    std::optional<provider::SimulatedConfig> simulatedProvider;
    // A real provider: Binance's spot API (or a stand-in at these URLs). It
    // takes precedence over the simulated one.
    std::optional<provider::BinanceConfig> binance;
    // The market-maker bot (off unless enabled; needs a provider's prices).
    desk::MarketMakerConfig marketMaker;
    p2p::P2PConfig p2p;                   // commission, release window, timers
    chatpay::ChatPayConfig chatpay;       // red packets' refund sweep and lifetime unit
    calls::CallsConfig calls;             // ring time, drop grace, STUN/TURN servers handed to clients
    bots::BotsConfig bots;                // how long a button press waits for the bot's answer
    miniprograms::MiniProgramsConfig miniprograms; // daily caps by default, storage quota
    governance::GovernanceConfig governance; // DAO periods, quorum, threshold, the tally's chain
    payments::PaymentsConfig payments;    // merchants, invoices, the partner API (off unless apiEnabled), webhooks
};

} // namespace azc
