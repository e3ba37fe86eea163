#include "server_options.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

#include <termios.h>
#include <unistd.h>

namespace azcd {

QString usage()
{
    return QStringLiteral(
        "Usage: azcoinerd [options]                  run the backend\n"
        "       azcoinerd admin create --username U [--password-file F] [--display-name N] [options]\n"
        "                                            (without --password-file the password is read from\n"
        "                                            standard input: never on the command line)\n"
        "       azcoinerd migrate [options]          apply schema migrations and exit\n"
        "       azcoinerd audit verify [options]     check the audit log's hash chain\n"
        "       azcoinerd ledger verify [options]    check the ledger's invariants (sums, no overdraft, replay)\n"
        "\n"
        "Options:\n"
        "  --listen HOST:PORT        address to serve on (default 127.0.0.1:8787; port 0 = any free port)\n"
        "  --data-dir DIR            data folder: database, uploaded files (default ~/.local/share/azcoinerd)\n"
        "  --database URL            sqlite:PATH or postgresql://user[:pass]@host[:port]/db\n"
        "  --allowed-origins LIST    comma-separated browser origins to accept (native clients send none)\n"
        "  --secrets-dir DIR         key files, e.g. the TOTP seed key (default DATA-DIR/secrets; share it between nodes)\n"
        "  --config FILE             INI file with the same keys as these options\n"
        "  --demo                    seed demo accounts and KYC cases into an empty database\n"
        "  --idle-timeout SECONDS    close connections silent for this long (default 300)\n"
        "  --rate-multiplier N       scale the read/write/upload rate limits (trusted clients, load tests)\n"
        "  --max-connections-per-address N  sockets one client address (an IPv6 /64) may hold (default 256)\n"
        "  --max-anonymous-per-address N  of those, not signed in (default 32)\n"
        "  --tls-cert FILE, --tls-key FILE  serve wss:// with this PEM certificate chain and key; the files\n"
        "                            are re-read when they change (no restart)\n"
        "  --trusted-proxies LIST    comma-separated addresses or subnets of reverse proxies whose\n"
        "                            X-Forwarded-For names the client (e.g. 127.0.0.1)\n"
        "  --custody-passphrase-file F  unlocks the sealed custody seed (created on first start);\n"
        "                            also $AZC_CUSTODY_PASSPHRASE. Without one, custody is off\n"
        "  --chain-poll-ms N         how often each chain is followed (default 2000)\n"
        "  --address-cooling-seconds N  wait before a new withdrawal address is usable (default 86400)\n"
        "  --demo-chain-url URL, --demo-token 0x…  configure a local demo chain as network \"anvil\"\n"
        "  --demo-tally-contract 0x…  the demo chain's TallyRecord contract (DAO tally results)\n"
        "  --binance-config FILE     JSON {restUrl, streamUrl, apiKeyFile, secretFile}: hedge on Binance's spot API\n"
        "                            (key files, never the command line); without it the demo's simulated market\n"
        "  --market-maker            run the market-maker bot on the demo markets (needs a provider)\n"
        "  --payments-listen HOST:PORT  serve the partner Payment API (HTTPS + JSON) there; TLS with --tls-cert\n"
        "  --payments-rate N         requests per second one API key may make (default 200)\n"
        "  --webhook-retry-ms N      the first webhook retry's wait, tripled each time (default 10000)\n"
        "  --governance-periods-ms D,V,T  the DAO's discussion, voting and timelock periods (default a day,\n"
        "                            three days, a day; short ones for rehearsals and tests)\n"
        "  --ice-urls LIST           comma-separated STUN/TURN URLs handed to callers (stun:host:port,\n"
        "                            turn:host:port?transport=udp); TURN credentials are minted from the\n"
        "                            secret in <secrets-dir>/turn-secret (coturn's static-auth-secret)\n"
        "  --call-ring-seconds N     how long a call rings before it is missed (default 45)\n"
        "  --help, --version\n"
        "\n"
        "Prints `listening ws://HOST:PORT` once it accepts connections (and `payments api URL` first\n"
        "when the Payment API is on).\n");
}

namespace {

bool applyListen(const QString &value, azc::BackendConfig *c, QString *problem)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
    const QHostAddress host(value.left(colon));
    if (colon <= 0 || !ok || port > 65535 || host.isNull()) {
        *problem = QStringLiteral("--listen wants HOST:PORT, got ") + value;
        return false;
    }
    c->listenAddress = host;
    c->port = quint16(port);
    return true;
}

// Reads a file's first line, for keys that must not sit on the command line.
std::optional<QByteArray> readSecretFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll().trimmed();
}

bool applyBinance(const QString &path, azc::BackendConfig *c, QString *problem)
{
    QFile f(path);
    const QJsonObject o = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    azc::provider::BinanceConfig b;
    if (o.contains(QStringLiteral("restUrl")))
        b.restUrl = QUrl(o.value(QStringLiteral("restUrl")).toString());
    if (o.contains(QStringLiteral("streamUrl")))
        b.streamUrl = QUrl(o.value(QStringLiteral("streamUrl")).toString());
    const auto key = readSecretFile(o.value(QStringLiteral("apiKeyFile")).toString());
    const auto secret = readSecretFile(o.value(QStringLiteral("secretFile")).toString());
    if (o.isEmpty() || !key || !secret || key->isEmpty() || secret->isEmpty() || !b.restUrl.isValid()) {
        *problem = QStringLiteral("--binance-config wants a JSON file naming a readable apiKeyFile and secretFile: ") + path;
        return false;
    }
    b.apiKey = QString::fromUtf8(*key);
    b.secret = *secret;
    c->binance = b;
    return true;
}

bool apply(const QString &key, const QString &value, ServerOptions *o, QString *problem)
{
    azc::BackendConfig &c = o->config;
    if (key == QLatin1String("listen"))
        return applyListen(value, &c, problem);
    if (key == QLatin1String("data-dir"))
        c.dataDir = QDir(value).absolutePath();
    else if (key == QLatin1String("database"))
        c.databaseUrl = value;
    else if (key == QLatin1String("secrets-dir"))
        c.secretsDir = QDir(value).absolutePath();
    else if (key == QLatin1String("allowed-origins"))
        c.allowedOrigins = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (key == QLatin1String("idle-timeout"))
        c.limits.idleTimeoutSeconds = qMax(5, value.toInt());
    else if (key == QLatin1String("rate-multiplier"))
        c.limits.rateMultiplier = qBound(1, value.toInt(), 100000);
    else if (key == QLatin1String("max-connections-per-address"))
        c.limits.maxConnectionsPerAddress = qBound(1, value.toInt(), c.limits.maxConnections);
    else if (key == QLatin1String("max-anonymous-per-address"))
        c.limits.maxAnonymousPerAddress = qBound(1, value.toInt(), c.limits.maxConnections);
    else if (key == QLatin1String("ice-urls"))
        c.calls.iceUrls = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (key == QLatin1String("call-ring-seconds"))
        c.calls.ringTimeoutMs = qBound(5, value.toInt(), 600) * 1000;
    else if (key == QLatin1String("payments-listen")) {
        azc::BackendConfig api;
        if (!applyListen(value, &api, problem))
            return false;
        c.payments.apiEnabled = true;
        c.payments.apiAddress = api.listenAddress;
        c.payments.apiPort = api.port;
    } else if (key == QLatin1String("payments-rate")) {
        c.payments.requestsPerSecondPerKey = qBound(1, value.toInt(), 1'000'000);
        c.payments.burstPerKey = 2 * c.payments.requestsPerSecondPerKey;
    } else if (key == QLatin1String("webhook-retry-ms"))
        c.payments.retryBaseMs = qBound(10, value.toInt(), 3'600'000);
    else if (key == QLatin1String("governance-periods-ms")) {
        const QStringList parts = value.split(QLatin1Char(','));
        bool ok = parts.size() == 3;
        qint64 periods[3] = {};
        for (int i = 0; ok && i < 3; ++i)
            periods[i] = parts[i].toLongLong(&ok);
        if (!ok || periods[0] < 0 || periods[1] < 1000 || periods[2] < 0) {
            *problem = QStringLiteral("--governance-periods-ms wants DISCUSSION,VOTING,TIMELOCK in ms (voting at least 1000)");
            return false;
        }
        c.governance.discussionMs = periods[0];
        c.governance.votingMs = periods[1];
        c.governance.timelockMs = periods[2];
        c.governance.tickMs = int(qBound(qint64(50), periods[1] / 20, qint64(1000)));
    }
    else if (key == QLatin1String("tls-cert"))
        c.tlsCertificateFile = QDir(value).absolutePath();
    else if (key == QLatin1String("tls-key"))
        c.tlsKeyFile = QDir(value).absolutePath();
    else if (key == QLatin1String("trusted-proxies"))
        c.trustedProxies = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (key == QLatin1String("custody-passphrase-file")) {
        // A file, never the command line: arguments are visible to every local user.
        QFile f(value);
        if (!f.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot read the custody passphrase file ") + value;
            return false;
        }
        c.custody.passphrase = QString::fromUtf8(f.readAll()).trimmed();
    } else if (key == QLatin1String("chain-poll-ms"))
        c.custody.pollIntervalMs = qBound(20, value.toInt(), 600000);
    else if (key == QLatin1String("address-cooling-seconds"))
        c.custody.addressCoolingMs = qMax(0LL, value.toLongLong()) * 1000;
    else if (key == QLatin1String("demo-chain-url"))
        c.custody.demoRpcUrl = value;
    else if (key == QLatin1String("demo-token"))
        c.custody.demoTokenAddress = value;
    else if (key == QLatin1String("demo-tally-contract"))
        c.custody.demoTallyContract = value;
    else if (key == QLatin1String("binance-config"))
        return applyBinance(value, &c, problem);
    else if (key == QLatin1String("market-maker")) {
        const bool on = value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1");
        c.marketMaker = on ? azc::desk::demoMarketMakerConfig() : azc::desk::MarketMakerConfig();
    } else if (key == QLatin1String("demo"))
        c.seedDemoData = value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1");
    else if (key == QLatin1String("username"))
        o->adminUsername = value;
    else if (key == QLatin1String("password")) {
        *problem = QStringLiteral("--password is not accepted: arguments are visible to every local user; use"
                                  " --password-file F or type the password on standard input");
        return false;
    } else if (key == QLatin1String("password-file")) {
        const auto password = readSecretFile(value);
        if (!password || password->isEmpty()) {
            *problem = QStringLiteral("cannot read a password from ") + value;
            return false;
        }
        o->adminPassword = QString::fromUtf8(*password);
    }
    else if (key == QLatin1String("display-name"))
        o->adminDisplayName = value;
    else {
        *problem = QStringLiteral("unknown option --%1 (see --help)").arg(key);
        return false;
    }
    return true;
}

const QStringList kValueFlags = {QStringLiteral("listen"), QStringLiteral("data-dir"), QStringLiteral("database"),
                                 QStringLiteral("allowed-origins"), QStringLiteral("idle-timeout"), QStringLiteral("config"),
                                 QStringLiteral("secrets-dir"), QStringLiteral("rate-multiplier"),
                                 QStringLiteral("max-connections-per-address"), QStringLiteral("max-anonymous-per-address"),
                                 QStringLiteral("tls-cert"),
                                 QStringLiteral("tls-key"), QStringLiteral("trusted-proxies"),
                                 QStringLiteral("password-file"),
                                 QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("display-name"),
                                 QStringLiteral("custody-passphrase-file"), QStringLiteral("chain-poll-ms"),
                                 QStringLiteral("address-cooling-seconds"), QStringLiteral("demo-chain-url"),
                                 QStringLiteral("demo-token"), QStringLiteral("demo-tally-contract"),
                                 QStringLiteral("binance-config"),
                                 QStringLiteral("payments-listen"), QStringLiteral("payments-rate"),
                                 QStringLiteral("webhook-retry-ms"), QStringLiteral("governance-periods-ms"),
                                 QStringLiteral("ice-urls"), QStringLiteral("call-ring-seconds")};

// One line from standard input; with a terminal there, asked for without echo.
QString readPasswordFromStandardInput(QTextStream &err)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        err << "Password: " << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return line;
}

} // namespace

bool parseOptions(const QStringList &arguments, ServerOptions *o, QString *problem)
{
    o->config.listenAddress = QHostAddress::LocalHost;
    o->config.port = 8787;
    o->config.custody.passphrase = qEnvironmentVariable("AZC_CUSTODY_PASSPHRASE");
    QStringList positional;
    QList<QPair<QString, QString>> flags;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o->command = Command::Help;
            return true;
        }
        if (a == QLatin1String("--version")) {
            o->command = Command::Version;
            return true;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            positional.append(a);
            continue;
        }
        QString key = a.mid(2);
        QString value;
        if (const int eq = key.indexOf(QLatin1Char('=')); eq > 0) {
            value = key.mid(eq + 1);
            key = key.left(eq);
        } else if (!kValueFlags.contains(key) && key != QLatin1String("demo")) {
            *problem = QStringLiteral("unknown option --%1 (see --help)").arg(key);
            return false;
        } else if (kValueFlags.contains(key)) {
            if (i + 1 >= arguments.size()) {
                *problem = QStringLiteral("--%1 needs a value").arg(key);
                return false;
            }
            value = arguments.at(++i);
        }
        flags.append({key, value});
    }
    // The config file first, so flags win.
    for (const auto &[key, value] : flags) {
        if (key != QLatin1String("config"))
            continue;
        if (!QFileInfo::exists(value)) {
            *problem = QStringLiteral("no config file ") + value;
            return false;
        }
        QSettings ini(value, QSettings::IniFormat);
        for (const QString &k : ini.allKeys()) {
            // QSettings reads an unquoted "a,b" as a list.
            const QVariant v = ini.value(k);
            const QString text = v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(',')) : v.toString();
            if (!apply(k, text, o, problem))
                return false;
        }
    }
    for (const auto &[key, value] : flags)
        if (key != QLatin1String("config") && !apply(key, value, o, problem))
            return false;

    const QString verb = positional.join(QLatin1Char(' '));
    if (verb == QLatin1String("admin create"))
        o->command = Command::AdminCreate;
    else if (verb == QLatin1String("migrate"))
        o->command = Command::Migrate;
    else if (verb == QLatin1String("audit verify"))
        o->command = Command::AuditVerify;
    else if (verb == QLatin1String("ledger verify"))
        o->command = Command::LedgerVerify;
    else if (!verb.isEmpty()) {
        *problem = QStringLiteral("unknown command '%1' (see --help)").arg(verb);
        return false;
    }
    if (o->config.dataDir.isEmpty())
        o->config.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                            + QStringLiteral("/azcoinerd");
    return true;
}

int runOperatorCommand(azc::Backend &backend, const ServerOptions &o, QTextStream &out, QTextStream &err)
{
    switch (o.command) {
    case Command::Migrate:
        out << "schema is up to date" << Qt::endl;
        return 0;
    case Command::AdminCreate: {
        if (o.adminUsername.isEmpty()) {
            err << "admin create needs --username" << Qt::endl;
            return 2;
        }
        const QString password = o.adminPassword.isEmpty() ? readPasswordFromStandardInput(err) : o.adminPassword;
        if (password.isEmpty()) {
            err << "admin create needs a password: --password-file F, or one line on standard input" << Qt::endl;
            return 2;
        }
        if (auto s = backend.createAdmin(o.adminUsername, password, o.adminDisplayName); !s) {
            err << "azcoinerd: " << s.error().reason << ": " << s.error().message << Qt::endl;
            return 1;
        }
        out << "created admin " << o.adminUsername << Qt::endl;
        return 0;
    }
    case Command::AuditVerify: {
        auto report = backend.verifyAudit();
        if (!report) {
            err << "azcoinerd: " << report.error().message << Qt::endl;
            return 1;
        }
        if (report->intact) {
            out << "audit log intact: " << report->rows << " rows" << Qt::endl;
            return 0;
        }
        err << "audit log BROKEN at row " << report->firstBadSeq << ": " << report->problem << Qt::endl;
        return 3;
    }
    case Command::LedgerVerify: {
        auto report = backend.verifyLedger();
        if (!report) {
            err << "azcoinerd: " << report.error().message << Qt::endl;
            return 1;
        }
        if (report->ok) {
            out << "ledger consistent: " << report->accounts << " accounts, " << report->transfers << " transfers"
                << Qt::endl;
            return 0;
        }
        err << "ledger INCONSISTENT (" << report->problems.size() << " problems):" << Qt::endl;
        for (const QString &p : report->problems)
            err << "  " << p << Qt::endl;
        return 3;
    }
    default:
        return 2;
    }
}

} // namespace azcd
