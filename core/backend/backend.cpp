#include "backend/backend.h"

#include "backend/backend_p.h"
#include "backend/platform_methods.h"
#include "custody/custody_methods.h"
#include "custody/custody_schema.h"
#include "exchange/spot/spot_methods.h"
#include "exchange/spot/spot_schema.h"
#include "bots/bot_service.h"
#include "chatpay/chat_money_methods.h"
#include "p2p/p2p_methods.h"
#include "p2p/p2p_schema.h"
#include "exchange/desk/desk_methods.h"
#include "exchange/desk/desk_schema.h"
#include "exchange/swap/swap_methods.h"
#include "files/file_methods.h"
#include "identity/identity_methods.h"
#include "messaging/messaging_methods.h"
#include "messaging/messaging_schema.h"
#include "wallet/wallet_methods.h"
#include "wallet/wallet_schema.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBackend, "azc.backend")

namespace azc {

namespace {
constexpr qint64 kStaleUploadMs = 24LL * 3600 * 1000;
}

Backend::Backend(BackendConfig config, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

Backend::~Backend()
{
    stop();
}

bool Backend::open(QString *error)
{
    if (d->db)
        return true;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    BackendConfig &c = d->config;
    if (c.dataDir.isEmpty())
        return fail(QStringLiteral("no data folder configured"));
    if (!QDir().mkpath(c.dataDir))
        return fail(QStringLiteral("cannot create the data folder ") + c.dataDir);
    const QString url = c.databaseUrl.isEmpty() ? QStringLiteral("sqlite:") + c.dataDir + QStringLiteral("/azcoiner.db")
                                                : c.databaseUrl;
    auto db = storage::Database::open(url);
    if (!db)
        return fail(db.error().message);
    d->db = std::move(db).value();

    // Order matters: later domains' tables reference users.
    const QList<QPair<QString, QList<storage::Migration>>> schema = {
        {QStringLiteral("identity"), identity::UserDirectory::migrations()},
        {QStringLiteral("audit"), audit::AuditLog::migrations()},
        {QStringLiteral("notify"), notify::NotificationService::migrations()},
        {QStringLiteral("files"), files::FileService::migrations()},
        {QStringLiteral("kyc"), identity::KycService::migrations()},
        {QStringLiteral("ledger"), ledger::LedgerService::migrations()},
        {QStringLiteral("wallet"), wallet::walletMigrations()},
        {QStringLiteral("reserves"), reserves::ReservesService::migrations()},
        {QStringLiteral("custody"), custody::custodyMigrations()},
        {QStringLiteral("spot"), spot::spotMigrations()},
        {QStringLiteral("desk"), desk::deskMigrations()},
        {QStringLiteral("p2p"), p2p::p2pMigrations()},
        {QStringLiteral("chatpay"), chatpay::RedPackets::migrations()},
        {QStringLiteral("bots"), bots::BotService::migrations()},
        {QStringLiteral("messaging"), messaging::messagingMigrations(d->db->dialect())},
    };
    for (const auto &[domain, migrations] : schema)
        if (auto s = d->db->migrate(domain, migrations); !s)
            return fail(s.error().message);

    // Keys live outside the database on purpose: a dump or backup alone
    // reveals no second factors and cannot be used to forge the audit chain.
    const QString secrets = c.secretsDir.isEmpty() ? c.dataDir + QStringLiteral("/secrets") : c.secretsDir;
    auto auditKey = crypto::loadOrCreateKeyFile(secrets + QStringLiteral("/audit.key"));
    if (!auditKey)
        return fail(auditKey.error().message);
    d->audit = std::make_unique<audit::AuditLog>(*d->db, d->clock, auditKey.value());
    d->notifications = std::make_unique<notify::NotificationService>(*d->db, d->bus, d->clock);
    d->files = std::make_unique<files::FileService>(*d->db, c.dataDir, d->clock);
    d->users = std::make_unique<identity::UserDirectory>(*d->db, d->clock);
    d->sessions = std::make_unique<identity::SessionManager>(*d->db, *d->users, d->bus, d->clock);
    auto box = crypto::SecretBox::loadOrCreate(secrets + QStringLiteral("/totp.key"));
    if (!box)
        return fail(box.error().message);
    d->secretBox = box.value();
    d->throttle = std::make_unique<identity::AttemptThrottle>(d->clock);
    // The owner hears when someone starts guessing their password or codes
    // (the guesses wait from then on; the owner's own address and sessions do not).
    d->throttle->onBackoff = [users = d->users.get(), notifications = d->notifications.get()](
                                     const identity::AttemptKey &key, int failures) {
        QString userId;
        if (key.subject.startsWith(QLatin1String("account:"))) {
            userId = key.subject.mid(8);
        } else if (auto u = users->byUsername(key.subject.mid(6)); u && u.value()) { // "login:<name>"
            userId = u.value()->id;
        }
        if (userId.isEmpty())
            return;
        const bool inSession = key.source.startsWith(QLatin1String("session:"));
        notifications->queue(userId, QStringLiteral("security.guessing"),
                             QStringLiteral("Wrong passwords or codes for your account"),
                             inSession ? QStringLiteral("%1 wrong tries in one of your signed-in sessions. If it was"
                                                        " not you, end that session in Profile → Sessions.")
                                                 .arg(failures)
                                       : QStringLiteral("%1 wrong tries to sign in from %2. Further tries from there"
                                                        " now have to wait.").arg(failures).arg(key.source),
                             QJsonObject{{QStringLiteral("source"), key.source}});
    };
    d->twoFactor = std::make_unique<identity::TwoFactor>(*d->db, *d->users, *d->secretBox, *d->throttle, d->clock);
    d->auth = std::make_unique<identity::AuthService>(*d->db, *d->users, *d->sessions, *d->twoFactor, *d->throttle,
                                                      *d->audit, d->clock,
                                                      crypto::Argon2Params{c.argon2MemoryKiB, c.argon2Iterations, 1});
    d->kyc = std::make_unique<identity::KycService>(*d->db, *d->users, *d->files, *d->notifications, d->bus,
                                                    *d->audit, d->clock);
    d->ledger = std::make_unique<ledger::LedgerService>(*d->db, d->clock);
    d->reserves = std::make_unique<reserves::ReservesService>(*d->db, d->clock);
    d->wallet = std::make_unique<wallet::WalletService>(*d->db, *d->ledger, *d->users, *d->twoFactor,
                                                        *d->notifications, d->bus, d->clock);
    d->treasury = std::make_unique<wallet::TreasuryService>(*d->wallet, *d->audit, d->clock);
    d->adjustments = std::make_unique<wallet::Adjustments>(*d->db, *d->wallet, *d->users, *d->audit,
                                                           *d->notifications, d->clock);
    d->custody = std::make_unique<custody::CustodyService>(
            custody::CustodyServices{*d->db, *d->ledger, *d->users, *d->twoFactor, *d->auth, *d->wallet, *d->notifications,
                                     d->bus, *d->audit, d->clock},
            c.custody, secrets);
    // A wrong passphrase stops the server: running without custody would look like lost funds.
    if (auto s = d->custody->open(); !s) {
        if (!c.custody.optional)
            return fail(QStringLiteral("custody: ") + s.error().message);
        qCWarning(lcBackend) << "custody is off:" << s.error().message;
    }
    d->spot = std::make_unique<spot::SpotExchange>(
            spot::SpotServices{*d->db, *d->ledger, *d->wallet, d->bus, *d->audit, d->clock},
            c.dataDir + QStringLiteral("/exchange"));
    if (auto s = d->spot->open(); !s)
        return fail(QStringLiteral("spot exchange: ") + s.error().message);
    // The simulated market serves the demo and tests; a real deployment gets no
    // provider (and no swaps) until one is configured, never a made-up market.
    swap::SwapConfig swapConfig = c.swap;
    if (c.binance) {
        d->provider = std::make_unique<provider::BinanceConnector>(*c.binance);
        swapConfig.providerName = QStringLiteral("binance");
    } else if (c.simulatedProvider || c.seedDemoData) {
        d->provider = std::make_unique<provider::SimulatedProvider>(c.simulatedProvider.value_or(provider::simulatedDemoConfig()));
    }
    d->hedges = std::make_unique<desk::HedgeLog>(*d->db, d->clock);
    d->swaps = std::make_unique<swap::SwapService>(*d->ledger, *d->wallet, d->provider.get(), d->clock, swapConfig);
    d->swaps->setHedgeLog(d->hedges.get());
    d->swaps->start();
    if (d->provider) {
        // Markets with routing on send what their book cannot fill to the provider.
        d->router = std::make_unique<desk::ProviderRouter>(*d->provider, *d->hedges, swapConfig.providerName);
        d->router->start();
        d->spot->setRouter([r = d->router.get()](const spot::RouteRequest &request, auto done) {
            r->route(request, std::move(done));
        });
    }
    d->messaging = std::make_unique<messaging::MessagingService>(
            messaging::MessagingServices{*d->db, *d->users, *d->files, *d->notifications, d->bus, d->clock});
    d->files->setSharedAccess([m = d->messaging.get()](const QString &fileId, const QString &userId) {
        return m->fileSharedWith(fileId, userId);
    });
    // Online = at least one signed-in socket (the gateway answers from memory once it runs).
    d->messaging->setPresence([p = d.get()](const QString &userId) {
        return p->sessions->isUserOnline && p->sessions->isUserOnline(userId);
    });

    const identity::IdentityServices ids{*d->users, *d->sessions, *d->auth, *d->twoFactor, *d->kyc};
    declarePlatformMethods(d->methods, *d->notifications, *d->audit);
    identity::declareAuthMethods(d->methods, ids);
    identity::declareKycMethods(d->methods, ids);
    identity::declareAdminMethods(d->methods, ids);
    files::declareFileMethods(d->methods, *d->files);
    const wallet::WalletServices money{*d->wallet, *d->treasury, *d->adjustments, *d->reserves};
    wallet::declareWalletMethods(d->methods, money);
    wallet::declareTreasuryMethods(d->methods, money);
    custody::declareCustodyMethods(d->methods, *d->custody);
    spot::declareSpotMethods(d->methods, *d->spot);
    swap::declareSwapMethods(d->methods, *d->swaps);
    desk::declareDeskMethods(d->methods, {*d->db, *d->ledger, *d->spot, *d->hedges, d->provider.get(), swapConfig.providerName});
    messaging::declareMessagingMethods(d->methods, *d->messaging);
    d->chatMoney = std::make_unique<chatpay::ChatMoney>(*d->messaging, *d->wallet, *d->users);
    d->redPackets = std::make_unique<chatpay::RedPackets>(*d->db, *d->ledger, *d->wallet, *d->messaging, d->clock,
                                                         c.redPacketSweepMs, c.redPacketMinuteMs);
    if (auto s = d->redPackets->start(); !s)
        return fail(QStringLiteral("red packets: ") + s.error().message);
    chatpay::declareChatMoneyMethods(d->methods, *d->chatMoney, *d->redPackets);
    d->p2p = std::make_unique<p2p::P2PService>(p2p::P2PServices{*d->db, *d->ledger, *d->wallet, *d->audit, *d->users,
                                                                                 *d->notifications, d->bus, d->clock}, c.p2p);
    d->p2p->setTradeChat({[m = d->messaging.get()](const QString &owner, const QString &title, const QStringList &members) {
                              return m->openSystemGroup(owner, title, members);
                          },
                          [m = d->messaging.get()](const QString &chat, const QString &author, const QJsonObject &note) {
                              if (auto s = m->postSystemNote(chat, author, note); !s)
                                  qCWarning(lcBackend) << "p2p chat note:" << s.error().message;
                          },
                          [m = d->messaging.get(), u = d->users.get()](const QString &chat) {
                              auto team = u->idsWithRole(server::Role::Support);
                              for (const QString &id : team ? team.value() : QStringList())
                                  if (auto s = m->addSystemMember(chat, id); !s)
                                      qCWarning(lcBackend) << "p2p chat support:" << s.error().message;
                          },
                          [m = d->messaging.get()](const QString &chat, const QString &author, const QString &text,
                                                   const QString &fileId) -> Result<QJsonObject> {
                              messaging::SendRequest r;
                              r.conversationId = chat;
                              r.text = text;
                              r.fileId = fileId;
                              auto sent = m->send(author, r);
                              if (!sent)
                                  return sent.error();
                              return sent->value(QStringLiteral("message")).toObject();
                          }});
    d->p2p->setLastPrice([spot = d->spot.get()](const QString &market) { return spot->referencePrice(market); });
    if (auto s = d->p2p->start(); !s)
        return fail(QStringLiteral("p2p: ") + s.error().message);
    p2p::declareP2PMethods(d->methods, *d->p2p);
    d->bots = std::make_unique<bots::BotService>(
            bots::BotServices{*d->db, *d->users, *d->sessions, *d->messaging, d->bus, d->clock}, c.botCallbackTimeoutMs);
    if (auto s = bots::declareBotMethods(d->methods, *d->bots); !s)
        return fail(QStringLiteral("bots: ") + s.error().message);

    const auto users = d->users->count();
    const bool freshDemo = c.seedDemoData && users && users.value() == 0;
    if (c.seedDemoData)
        if (auto s = seedDemoData(*d); !s)
            return fail(QStringLiteral("demo data: ") + s.error().message);
    if (c.marketMaker.enabled && d->provider) {
        if (freshDemo)
            if (auto s = fundDemoMarketMaker(*d, c.marketMaker.userId); !s)
                return fail(QStringLiteral("market maker: ") + s.error().message);
        d->marketMaker = std::make_unique<desk::MarketMaker>(*d->spot, *d->provider, c.marketMaker);
        d->marketMaker->start();
    }
    // The demo chain is an extra: a database it does not fit (say, from an older
    // build) keeps working without it.
    if (auto s = seedDemoChain(*d); !s)
        qCWarning(lcBackend) << "demo chain not configured:" << s.error().message;
    return true;
}

bool Backend::start(QString *error)
{
    if (!open(error))
        return false;
    d->gateway = std::make_unique<server::RpcGateway>(d->methods, *d->sessions, d->bus, d->clock, d->config.limits);
    d->gateway->setAllowedOrigins(d->config.allowedOrigins);
    d->gateway->setLaunchSecret(d->config.launchSecret);
    QList<server::Subnet> proxies;
    QString proxyProblem;
    if (!server::parseSubnets(d->config.trustedProxies, &proxies, &proxyProblem)) {
        d->gateway.reset();
        if (error)
            *error = QStringLiteral("trusted proxies: ") + proxyProblem;
        return false;
    }
    d->gateway->setTrustedProxies(proxies);
    if (!d->config.tlsCertificateFile.isEmpty() || !d->config.tlsKeyFile.isEmpty())
        d->gateway->setTlsFiles(d->config.tlsCertificateFile, d->config.tlsKeyFile, d->config.tlsReloadSeconds);
    if (!d->gateway->listen(d->config.listenAddress, d->config.port, error)) {
        d->gateway.reset();
        return false;
    }
    // Uploads left unfinished for a day are abandoned: free their space.
    auto *janitor = new QTimer(d->gateway.get());
    janitor->setInterval(std::chrono::hours(1));
    connect(janitor, &QTimer::timeout, this, [this] { (void)d->files->purgeStaleUploads(kStaleUploadMs); });
    janitor->start();
    (void)d->files->purgeStaleUploads(kStaleUploadMs);
    d->custody->startFollowing();
    qCInfo(lcBackend) << "serving" << d->methods.names().size() << "methods at" << url().toString();
    return true;
}

void Backend::stop()
{
    if (d->ledger)
        d->ledger->flush(); // answered operations are already durable; this writes nothing new
    if (d->gateway)
        d->gateway->close();
    d->gateway.reset();
}

QUrl Backend::url() const
{
    return d->gateway ? d->gateway->url() : QUrl();
}

const server::MethodTable &Backend::methods() const
{
    return d->methods;
}

Status Backend::createAdmin(const QString &username, const QString &password, const QString &displayName)
{
    if (!d->auth)
        return Error::make(QStringLiteral("invalid_state"), QStringLiteral("open the backend first"));
    auto u = d->auth->registerUser({username, displayName.isEmpty() ? username : displayName, password, {}, {}},
                                   server::Role::Admin);
    if (!u)
        return u.error();
    return okStatus();
}

Result<ledger::LedgerReport> Backend::verifyLedger()
{
    if (!d->ledger)
        return Error::make(QStringLiteral("invalid_state"), QStringLiteral("open the backend first"));
    return d->ledger->verify();
}

Result<audit::VerifyReport> Backend::verifyAudit()
{
    if (!d->audit)
        return Error::make(QStringLiteral("invalid_state"), QStringLiteral("open the backend first"));
    return d->audit->verify();
}

} // namespace azc
