#include "custody/networks.h"

#include "chaincrypto/eth_address.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QJsonArray>
#include <QUrl>
#include <algorithm>

namespace azc::custody {

using wallet::amountFromUnitsText;
using wallet::parseAmount;
using wallet::Sign;

const NetworkAsset *Network::asset(const QString &code) const
{
    for (const NetworkAsset &a : assets)
        if (a.asset == code)
            return &a;
    return nullptr;
}

const NetworkAsset *Network::token(const QByteArray &contract) const
{
    for (const NetworkAsset &a : assets)
        if (!a.isNative() && a.contract == contract)
            return &a;
    return nullptr;
}

const NetworkAsset *Network::native() const
{
    for (const NetworkAsset &a : assets)
        if (a.isNative())
            return &a;
    return nullptr;
}

NetworkRegistry::NetworkRegistry(storage::Database &db, ledger::LedgerService &ledger, const Clock &clock,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_ledger(ledger), m_clock(clock)
{
}

NetworkRegistry::~NetworkRegistry() = default;

Status NetworkRegistry::load()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, chain_id, rpc_url, confirmations, native_asset, enabled,"
                                      " created_at FROM chain_networks"));
    if (!q)
        return q.error();
    m_networks.clear();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        auto n = std::make_shared<Network>();
        n->id = r.value(0).toString();
        n->name = r.value(1).toString();
        n->chainId = r.value(2).toULongLong();
        n->rpcUrl = r.value(3).toString();
        n->confirmations = r.value(4).toInt();
        n->nativeAsset = r.value(5).toString();
        n->enabled = r.value(6).toInt() != 0;
        n->createdAt = r.value(7).toLongLong();
        m_networks.insert(n->id, n);
        connect(*n);
    }
    return loadAssets();
}

Status NetworkRegistry::loadAssets()
{
    auto q = m_db.exec(QStringLiteral("SELECT network_id, asset, contract, min_deposit, min_withdrawal, withdrawal_fee,"
                                      " dual_approval_above FROM chain_assets ORDER BY network_id, asset"));
    if (!q)
        return q.error();
    for (auto &n : m_networks)
        n->assets.clear();
    // Rows first: PostgreSQL's driver cannot run the ledger's queries while this one is open.
    QList<QPair<QString, NetworkAsset>> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        NetworkAsset a;
        a.asset = r.value(1).toString();
        a.contract = QByteArray::fromHex(r.value(2).toString().toLatin1());
        a.minDeposit = amountFromUnitsText(r.value(3).toString());
        a.minWithdrawal = amountFromUnitsText(r.value(4).toString());
        a.withdrawalFee = amountFromUnitsText(r.value(5).toString());
        a.dualApprovalAbove = amountFromUnitsText(r.value(6).toString());
        rows.append({r.value(0).toString(), a});
    }
    for (auto &[networkId, a] : rows) {
        Network *n = find(networkId);
        if (!n)
            continue;
        auto ledgerAsset = m_ledger.asset(a.asset);
        a.decimals = ledgerAsset ? ledgerAsset->decimals : 0;
        n->assets.append(a);
    }
    return okStatus();
}

void NetworkRegistry::connect(Network &n)
{
    auto c = std::make_shared<Connection>();
    c->client = std::make_unique<chain::EvmRpcClient>(QUrl(n.rpcUrl));
    c->client->setTimeout(std::chrono::milliseconds(5000));
    c->adapter = std::make_unique<chain::EvmChainAdapter>(*c->client);
    m_connections.insert(n.id, c);
}

QList<Network *> NetworkRegistry::all()
{
    QList<Network *> out;
    for (auto &n : m_networks)
        out.append(n.get());
    std::sort(out.begin(), out.end(), [](Network *a, Network *b) { return a->id < b->id; });
    return out;
}

Network *NetworkRegistry::find(const QString &id)
{
    auto it = m_networks.find(id);
    return it == m_networks.end() ? nullptr : it->get();
}

Result<Network *> NetworkRegistry::require(const QString &id)
{
    Network *n = find(id);
    if (!n)
        return fail("not_found", QStringLiteral("no network %1").arg(id), {{QStringLiteral("network"), id}});
    return n;
}

chain::ChainAdapter *NetworkRegistry::adapter(const QString &id)
{
    auto it = m_connections.find(id);
    return it == m_connections.end() ? nullptr : (*it)->adapter.get();
}

namespace {

Error invalidField(const char *field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

bool validNetworkId(const QString &id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || c.isDigit() || c == u'-'; });
}

} // namespace

Result<Network *> NetworkRegistry::saveNetwork(const Network &in)
{
    if (!validNetworkId(in.id))
        return invalidField("id", QStringLiteral("a network id is 1–32 of a–z, 0–9 and -"));
    const QUrl url(in.rpcUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return invalidField("rpcUrl", QStringLiteral("the node URL must be http:// or https://"));
    if (in.chainId == 0)
        return invalidField("chainId", QStringLiteral("the chain id must be positive"));
    if (in.confirmations < 1 || in.confirmations > 1000)
        return invalidField("confirmations", QStringLiteral("confirmations must be 1–1000"));
    for (const auto &other : std::as_const(m_networks))
        if (other->id != in.id && other->chainId == in.chainId)
            return invalidField("chainId", QStringLiteral("network %1 already serves chain %2: a chain is followed once")
                                                   .arg(other->id).arg(in.chainId));
    auto native = m_ledger.asset(in.nativeAsset);
    if (!native)
        return fail("unknown_asset", QStringLiteral("the native asset %1 is not in the ledger").arg(in.nativeAsset));
    Network *existing = find(in.id);
    const qint64 createdAt = existing ? existing->createdAt : m_clock.nowMs();
    const QString sql = existing
            ? QStringLiteral("UPDATE chain_networks SET name = ?, chain_id = ?, rpc_url = ?, confirmations = ?,"
                             " native_asset = ?, enabled = ?, created_at = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO chain_networks (name, chain_id, rpc_url, confirmations, native_asset,"
                             " enabled, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto w = m_db.exec(sql, {in.name, qint64(in.chainId), in.rpcUrl, in.confirmations, in.nativeAsset,
                             in.enabled ? 1 : 0, createdAt, in.id});
    if (!w)
        return w.error();
    std::shared_ptr<Network> n = existing ? m_networks.value(in.id) : std::make_shared<Network>();
    const QList<NetworkAsset> assets = n->assets;
    const NetworkStatus status = n->status;
    const bool urlChanged = !existing || existing->rpcUrl != in.rpcUrl;
    *n = in;
    n->createdAt = createdAt;
    n->assets = assets;
    n->status = status;
    m_networks.insert(n->id, n);
    if (urlChanged)
        connect(*n);
    return n.get();
}

Result<Network *> NetworkRegistry::saveAsset(const QString &networkId, const QString &assetCode,
                                             const QString &contractText, const QString &minDeposit,
                                             const QString &minWithdrawal, const QString &withdrawalFee,
                                             const QString &dualApprovalAbove)
{
    auto n = require(networkId);
    if (!n)
        return n.error();
    auto asset = m_ledger.asset(assetCode);
    if (!asset)
        return fail("unknown_asset", QStringLiteral("no asset %1 in the ledger").arg(assetCode));
    QByteArray contract;
    if (!contractText.isEmpty()) {
        auto parsed = chain::parseAddress(contractText);
        if (!parsed)
            return fail(parsed.error().reason.toLatin1().constData(), parsed.error().message,
                        {{QStringLiteral("field"), QStringLiteral("contract")}});
        contract = parsed.value();
    } else if (assetCode != n.value()->nativeAsset) {
        return invalidField("contract", QStringLiteral("only the native asset %1 has no contract")
                                                .arg(n.value()->nativeAsset));
    }
    const int d = asset->decimals;
    auto minDep = parseAmount(minDeposit, d, Sign::NonNegative, QStringLiteral("minDeposit"));
    auto minWd = parseAmount(minWithdrawal, d, Sign::NonNegative, QStringLiteral("minWithdrawal"));
    auto fee = parseAmount(withdrawalFee, d, Sign::NonNegative, QStringLiteral("withdrawalFee"));
    auto dual = parseAmount(dualApprovalAbove, d, Sign::NonNegative, QStringLiteral("dualApprovalAbove"));
    for (const auto *r : {&minDep, &minWd, &fee, &dual})
        if (!*r)
            return r->error();
    const QString contractHex = QString::fromLatin1(contract.toHex());
    auto del = m_db.exec(QStringLiteral("DELETE FROM chain_assets WHERE network_id = ? AND asset = ?"),
                         {networkId, assetCode});
    if (!del)
        return del.error();
    auto ins = m_db.exec(QStringLiteral("INSERT INTO chain_assets (network_id, asset, contract, min_deposit,"
                                        " min_withdrawal, withdrawal_fee, dual_approval_above)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {networkId, assetCode, contractHex, minDep->unitsText(), minWd->unitsText(),
                          fee->unitsText(), dual->unitsText()});
    if (!ins)
        return ins.error();
    if (auto s = loadAssets(); !s)
        return s.error();
    return n.value();
}

QJsonObject NetworkRegistry::assetJson(const NetworkAsset &a)
{
    const int d = a.decimals;
    return {{QStringLiteral("asset"), a.asset},
            {QStringLiteral("decimals"), d},
            {QStringLiteral("contract"), a.isNative() ? QString() : chain::toChecksumAddress(a.contract)},
            {QStringLiteral("minDeposit"), a.minDeposit.toString(d)},
            {QStringLiteral("minWithdrawal"), a.minWithdrawal.toString(d)},
            {QStringLiteral("withdrawalFee"), a.withdrawalFee.toString(d)},
            {QStringLiteral("dualApprovalAbove"), a.dualApprovalAbove.toString(d)}};
}

QJsonObject NetworkRegistry::toPublicJson(const Network &n) const
{
    QJsonArray assets;
    for (const NetworkAsset &a : n.assets)
        assets.append(assetJson(a));
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("name"), n.name},
            {QStringLiteral("chainId"), qint64(n.chainId)},
            {QStringLiteral("confirmations"), n.confirmations},
            {QStringLiteral("nativeAsset"), n.nativeAsset},
            {QStringLiteral("enabled"), n.enabled},
            {QStringLiteral("online"), n.status.online},
            {QStringLiteral("head"), qint64(n.status.head)},
            {QStringLiteral("assets"), assets}};
}

QJsonObject NetworkRegistry::toAdminJson(const Network &n) const
{
    QJsonObject o = toPublicJson(n);
    o.insert(QStringLiteral("rpcUrl"), n.rpcUrl);
    o.insert(QStringLiteral("lastError"), n.status.lastError);
    o.insert(QStringLiteral("checkedAt"), n.status.checkedAt);
    o.insert(QStringLiteral("createdAt"), n.createdAt);
    return o;
}

} // namespace azc::custody
