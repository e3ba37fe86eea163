#include "backend/backend.h"

#include "audit/audit_log.h"
#include "backend/backend_p.h"
#include "backend/demo_seed.h"
#include "backend/platform_module.h"
#include "bots/bots_module.h"
#include "calls/calls_module.h"
#include "chatpay/chatpay_module.h"
#include "custody/custody_module.h"
#include "exchange/desk/desk_module.h"
#include "exchange/provider/provider_module.h"
#include "exchange/spot/spot_module.h"
#include "exchange/swap/swap_module.h"
#include "files/files_module.h"
#include "governance/governance_module.h"
#include "identity/auth_service.h"
#include "identity/identity_module.h"
#include "identity/session_manager.h"
#include "identity/user_directory.h"
#include "launchpad/launchpad_module.h"
#include "bridge/bridge_module.h"
#include "ledger/ledger_module.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_module.h"
#include "p2p/p2p_module.h"
#include "payments/api/payment_api.h"
#include "payments/payments_module.h"
#include "miniprograms/miniprograms_module.h"
#include "reserves/reserves_module.h"
#include "staking/staking_module.h"
#include "wallet/wallet_module.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackend, "azc.backend")

namespace azc {

namespace {

// Every domain, in the order they are built: a module comes after the
// modules it needs (checked at start). Adding a domain is one line here.
module::ModuleList domainModules(const BackendConfig &c)
{
    module::ModuleList m;
    m.push_back(platformModule());
    m.push_back(files::filesModule());
    m.push_back(identity::identityModule({c.argon2MemoryKiB, c.argon2Iterations, 1}));
    m.push_back(ledger::ledgerModule());
    m.push_back(reserves::reservesModule());
    m.push_back(wallet::walletModule());
    m.push_back(custody::custodyModule(c.custody));
    m.push_back(spot::spotModule());
    m.push_back(provider::providerModule({c.binance, c.simulatedProvider, c.seedDemoData}));
    m.push_back(desk::deskModule(c.marketMaker));
    m.push_back(swap::swapModule(c.swap));
    m.push_back(messaging::messagingModule());
    m.push_back(calls::callsModule(c.calls));
    m.push_back(chatpay::chatPayModule(c.chatpay));
    m.push_back(p2p::p2pModule(c.p2p));
    m.push_back(bots::botsModule(c.bots));
    payments::PaymentsConfig pay = c.payments; // the API serves TLS from the gateway's files
    pay.certificateFile = c.tlsCertificateFile;
    pay.keyFile = c.tlsKeyFile;
    pay.tlsReloadSeconds = c.tlsReloadSeconds;
    m.push_back(payments::paymentsModule(pay));
    m.push_back(miniprograms::miniProgramsModule(c.miniprograms));
    m.push_back(staking::stakingModule());
    m.push_back(launchpad::launchpadModule());
    governance::GovernanceConfig gov = c.governance; // the demo chain's tally contract unless one is set
    if (gov.tallyContract.isEmpty() && !c.custody.demoTallyContract.isEmpty()) {
        gov.chainNetwork = QStringLiteral("anvil");
        gov.tallyContract = c.custody.demoTallyContract;
    }
    m.push_back(governance::governanceModule(gov));
    m.push_back(bridge::bridgeModule());
    m.push_back(demoModule(c)); // last: it seeds every domain above
    return m;
}

// "custody: wrong passphrase": which module failed, then why.
Error inModule(const module::DomainModule &m, const Error &e)
{
    return Error::make(e.reason, m.name() + QStringLiteral(": ") + e.message, e.data);
}

} // namespace

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

    d->modules = domainModules(c);
    if (const QString problem = module::checkOrder(d->modules); !problem.isEmpty())
        return fail(QStringLiteral("modules: ") + problem);
    // Keys live outside the database on purpose (see the modules that keep them).
    const QString secrets = c.secretsDir.isEmpty() ? c.dataDir + QStringLiteral("/secrets") : c.secretsDir;
    d->context.emplace(module::Context{*d->db, d->bus, d->clockInUse(), c.dataDir, secrets, c.seedDemoData, d->services,
                                       d->methods});
    module::Context &context = *d->context;

    // Every schema first, in list order: later domains' tables reference earlier ones'.
    for (const auto &m : d->modules)
        for (const module::Schema &schema : m->schema(d->db->dialect()))
            if (auto s = d->db->migrate(schema.domain, schema.migrations); !s)
                return fail(s.error().message);
    for (const auto &m : d->modules) {
        if (auto s = m->open(context); !s)
            return fail(inModule(*m, s.error()).message);
        ++d->openedModules;
    }
    for (const auto &m : d->modules)
        if (auto s = m->declareMethods(context); !s)
            return fail(inModule(*m, s.error()).message);
    // Whether this run starts on an empty database (some demo data is added only then).
    const auto users = d->services.need<identity::UserDirectory>().count();
    const bool freshDatabase = users && users.value() == 0;
    if (c.seedDemoData)
        for (const auto &m : d->modules)
            if (auto s = m->seedDemo(context, {freshDatabase}); !s)
                return fail(inModule(*m, s.error()).message);
    for (const auto &m : d->modules)
        if (auto s = m->start(context); !s)
            return fail(inModule(*m, s.error()).message);
    return true;
}

bool Backend::start(QString *error)
{
    if (!open(error))
        return false;
    d->gateway = std::make_unique<server::RpcGateway>(d->methods, d->services.need<identity::SessionManager>(), d->bus, d->clockInUse(), d->config.limits);
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
    for (const auto &m : d->modules)
        m->serve(*d->context);
    qCInfo(lcBackend) << "serving" << d->methods.names().size() << "methods at" << url().toString();
    return true;
}

void Backend::stop()
{
    // Modules first (the ledger writes what it holds), newest first; only
    // those that opened. Calling stop twice is harmless.
    for (int i = d->openedModules - 1; i >= 0; --i)
        d->modules.at(size_t(i))->stop(*d->context);
    if (d->gateway)
        d->gateway->close();
    d->gateway.reset();
}

QUrl Backend::url() const
{
    return d->gateway ? d->gateway->url() : QUrl();
}

QUrl Backend::paymentApiUrl() const
{
    auto *api = d->services.find<payments::PaymentApi>();
    return api ? api->url() : QUrl();
}

const server::MethodTable &Backend::methods() const
{
    return d->methods;
}

const module::ServiceRegistry &Backend::services() const
{
    return d->services;
}

Status Backend::createAdmin(const QString &username, const QString &password, const QString &displayName)
{
    auto *auth = d->services.find<identity::AuthService>();
    if (!auth)
        return Error::make(QStringLiteral("invalid_state"), QStringLiteral("open the backend first"));
    auto u = auth->registerUser({username, displayName.isEmpty() ? username : displayName, password, {}, {}},
                                   server::Role::Admin);
    if (!u)
        return u.error();
    return okStatus();
}

Result<ledger::LedgerReport> Backend::verifyLedger()
{
    auto *ledger = d->services.find<ledger::LedgerService>();
    if (!ledger)
        return Error::make(QStringLiteral("invalid_state"), QStringLiteral("open the backend first"));
    return ledger->verify();
}

Result<audit::VerifyReport> Backend::verifyAudit()
{
    auto *audit = d->services.find<audit::AuditLog>();
    if (!audit)
        return Error::make(QStringLiteral("invalid_state"), QStringLiteral("open the backend first"));
    return audit->verify();
}

} // namespace azc
