#include "custody/custody_service.h"

#include "audit/audit_log.h"
#include "chaincrypto/eth_address.h"
#include "custody/address_book.h"
#include "custody/contract_calls.h"
#include "custody/custody_keys.h"
#include "custody/deposit_addresses.h"
#include "custody/deposit_scanner.h"
#include "custody/deposits.h"
#include "custody/networks.h"
#include "custody/outbox.h"
#include "custody/reconciliation.h"
#include "custody/sweeper.h"
#include "custody/withdrawals.h"
#include "storage/database.h"
#include "server/method_params.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>

namespace azc::custody {

using server::str;

namespace {

// Passes that scan at most this many batches before the rest of the pass runs.
constexpr int kScanBatchesPerPass = 64;


} // namespace

CustodyService::CustodyService(CustodyServices services, CustodyConfig config, QString secretsDir, QObject *parent)
    : QObject(parent), s(services), m_config(std::move(config)), m_secretsDir(std::move(secretsDir))
{
    m_timer.setInterval(m_config.pollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { followNow(); });
}

CustodyService::~CustodyService() = default;

Status CustodyService::open()
{
    if (m_config.passphrase.isEmpty()) {
        m_closedReason = QStringLiteral("custody is not configured on this server (no seed passphrase)");
        return okStatus();
    }
    auto keys = CustodyKeys::openOrCreate(m_secretsDir, m_config.passphrase);
    if (!keys) {
        m_closedReason = keys.error().message;
        return keys.error();
    }
    m_keys = std::move(keys).value();
    const QByteArray hot = m_keys->hotWalletAddress();
    m_networks = std::make_unique<NetworkRegistry>(s.db, s.ledger, s.clock);
    m_addresses = std::make_unique<DepositAddresses>(s.db, s.clock, m_keys->depositXpub());
    m_deposits = std::make_unique<DepositBook>(s.db, s.ledger, s.wallet, s.notifications, s.bus, s.clock);
    m_scanner = std::make_unique<DepositScanner>(s.db, *m_networks, *m_addresses, *m_deposits, hot);
    m_scanner->setBatch(m_config.scanBatch);
    m_outbox = std::make_unique<Outbox>(s.db, *m_networks, m_keys->signer(), s.clock);
    m_outbox->setListener([this](const OutgoingTx &tx) { onFinal(tx); });
    m_sweeper = std::make_unique<Sweeper>(s.db, s.ledger, *m_networks, *m_addresses, *m_outbox, hot);
    m_book = std::make_unique<AddressBook>(s.db, s.clock, m_config.addressCoolingMs);
    m_withdrawals = std::make_unique<Withdrawals>(WithdrawalServices{s.db, s.ledger, *m_networks, *m_book, *m_outbox,
                                                                     s.users, s.twoFactor, s.wallet, s.notifications,
                                                                     s.bus, s.audit, s.clock, hot});
    m_reconciliation = std::make_unique<Reconciliation>(s.db, s.ledger, *m_networks, *m_withdrawals, hot);
    m_contractCalls = std::make_unique<ContractCalls>(s.db, s.ledger, *m_networks, *m_outbox, hot);
    for (auto &listener : m_contractCallListeners)
        m_contractCalls->addListener(listener);
    if (auto st = m_networks->load(); !st)
        return st;
    if (auto st = m_addresses->load(); !st)
        return st;
    m_withdrawals->recover();
    return okStatus();
}

Status CustodyService::requireOpen() const
{
    if (m_keys)
        return okStatus();
    return fail("unavailable", m_closedReason.isEmpty() ? QStringLiteral("custody is not running") : m_closedReason);
}

QByteArray CustodyService::hotWalletAddress() const
{
    return m_keys ? m_keys->hotWalletAddress() : QByteArray();
}

void CustodyService::startFollowing()
{
    if (m_keys)
        m_timer.start();
}

void CustodyService::followNow(std::function<void()> done)
{
    if (!m_keys) {
        if (done)
            done();
        return;
    }
    const QList<Network *> networks = m_networks->all();
    auto remaining = std::make_shared<int>(int(networks.size()) + 1);
    auto one = [remaining, done] {
        if (--*remaining == 0 && done)
            done();
    };
    for (Network *n : networks)
        pass(n->id, one);
    one();
}

void CustodyService::pass(const QString &id, std::function<void()> done)
{
    Network *n = m_networks->find(id);
    if (!n || !n->enabled || m_running.contains(id))
        return done();
    m_running.insert(id);
    auto finish = [this, id, done] {
        m_running.remove(id);
        done();
    };
    m_networks->adapter(id)->head([this, id, finish](Result<quint64> head) {
        Network *net = m_networks->find(id);
        if (!net)
            return finish();
        net->status.checkedAt = s.clock.nowMs();
        if (!head) {
            net->status.online = false;
            net->status.lastError = head.error().message;
            return finish();
        }
        net->status.online = true;
        net->status.head = head.value();
        net->status.lastError.clear();
        scanUntilCaughtUp(id, 0, [this, id, finish] { afterScan(id, finish); });
    });
}

// Scans batch after batch until caught up with the head (bounded per pass).
void CustodyService::scanUntilCaughtUp(const QString &id, int batches, std::function<void()> done)
{
    Network *n = m_networks->find(id);
    if (!n)
        return done();
    m_scanner->scan(*n, [this, id, batches, done](Result<QList<Deposit>> seen) {
        Network *net = m_networks->find(id);
        if (!seen)
            qWarning("custody: scanning %s: %s", qPrintable(id), qPrintable(seen.error().message));
        else if (net)
            for (const Deposit &d : seen.value())
                m_deposits->announce(d, net, false);
        auto next = m_scanner->nextBlock(id);
        const bool behind = seen && net && next && next.value() <= net->status.head;
        if (behind && batches + 1 < kScanBatchesPerPass)
            return scanUntilCaughtUp(id, batches + 1, done);
        done();
    });
}

// Credit, advance the outbox, sign approved withdrawals, sweep: each step
// looks the network up again, since an admin may have changed it meanwhile.
void CustodyService::afterScan(const QString &id, std::function<void()> finish)
{
    auto withNetwork = [this, id, finish](auto step) {
        return [this, id, finish, step] {
            if (Network *n = m_networks->find(id))
                step(*n);
            else
                finish();
        };
    };
    auto sweep = withNetwork([this, finish](Network &n) { m_sweeper->sweep(n, finish); });
    auto send = withNetwork([this, sweep](Network &n) {
        m_withdrawals->sync(n.id);
        m_withdrawals->send(n, sweep);
    });
    auto advance = withNetwork([this, send](Network &n) { m_outbox->advance(n, send); });
    withNetwork([this, advance](Network &n) { m_deposits->creditConfirmed(n, advance); })();
}

void CustodyService::onFinal(const OutgoingTx &tx)
{
    if (m_booking.contains(tx.id))
        return;
    Network *n = m_networks->find(tx.networkId);
    if (!n)
        return;
    m_booking.insert(tx.id);
    auto done = [this, id = tx.id](bool) { m_booking.remove(id); };
    if (tx.purpose == QLatin1String("withdrawal"))
        m_withdrawals->book(tx, n->nativeAsset, done);
    else if (tx.purpose == QLatin1String("sweep") || tx.purpose == QLatin1String("topup"))
        m_sweeper->book(tx, n->nativeAsset, done);
    else
        m_contractCalls->book(tx, n->nativeAsset, done); // another domain's call: its gas, then its listeners
}

void CustodyService::sendContractCall(const QString &networkId, const QString &purpose, const QString &refId,
                                      const QByteArray &to20, const QByteArray &data, quint64 gasLimit,
                                      std::function<void(Result<OutgoingTx>)> done)
{
    if (auto st = requireOpen(); !st)
        return QTimer::singleShot(0, this, [done, e = st.error()] { done(e); }); // answers later, like the open path
    m_contractCalls->send(networkId, purpose, refId, to20, data, gasLimit, std::move(done));
}

Result<std::optional<OutgoingTx>> CustodyService::contractCallStatus(const QString &purpose, const QString &refId)
{
    if (auto st = requireOpen(); !st)
        return st.error();
    return m_contractCalls->status(purpose, refId);
}

void CustodyService::callContract(const QString &networkId, const QByteArray &to20, const QByteArray &data,
                                  std::function<void(Result<QByteArray>)> done)
{
    if (auto st = requireOpen(); !st)
        return QTimer::singleShot(0, this, [done, e = st.error()] { done(e); });
    m_contractCalls->call(networkId, to20, data, std::move(done));
}

void CustodyService::onContractCallFinal(std::function<void(const OutgoingTx &)> listener)
{
    if (m_contractCalls)
        m_contractCalls->addListener(listener);
    m_contractCallListeners.append(std::move(listener));
}

Result<QJsonObject> CustodyService::publicNetworks()
{
    if (auto st = requireOpen(); !st)
        return st.error();
    QJsonArray out;
    for (Network *n : m_networks->all())
        if (n->enabled)
            out.append(m_networks->toPublicJson(*n));
    return QJsonObject{{QStringLiteral("networks"), out}};
}

Result<QJsonObject> CustodyService::adminNetworks()
{
    if (auto st = requireOpen(); !st)
        return st.error();
    QJsonArray out;
    for (Network *n : m_networks->all()) {
        QJsonObject o = m_networks->toAdminJson(*n);
        o.insert(QStringLiteral("hotWallet"), chain::toChecksumAddress(m_keys->hotWalletAddress()));
        o.insert(QStringLiteral("depositAddresses"), m_addresses->watchedCount());
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("networks"), out}};
}

Result<QJsonObject> CustodyService::depositAddress(const QString &userId, const QString &networkId)
{
    if (auto st = requireOpen(); !st)
        return st.error();
    auto n = m_networks->require(networkId);
    if (!n)
        return n.error();
    if (!n.value()->enabled)
        return fail("invalid_state", QStringLiteral("deposits on %1 are paused").arg(networkId),
                    {{QStringLiteral("detail"), QStringLiteral("network_disabled")}});
    auto a = m_addresses->addressFor(networkId, userId);
    if (!a)
        return a.error();
    const QString address = chain::toChecksumAddress(a->address);
    const QString chainId = QString::number(n.value()->chainId);
    QJsonArray assets;
    for (const NetworkAsset &asset : n.value()->assets) {
        // EIP-681: a plain payment to the address, or a token's transfer to it.
        const QString uri = asset.isNative()
                ? QStringLiteral("ethereum:%1@%2").arg(address, chainId)
                : QStringLiteral("ethereum:%1@%2/transfer?address=%3")
                          .arg(chain::toChecksumAddress(asset.contract), chainId, address);
        QJsonObject o = NetworkRegistry::assetJson(asset);
        o.insert(QStringLiteral("uri"), uri);
        assets.append(o);
    }
    return QJsonObject{{QStringLiteral("network"), networkId},
                       {QStringLiteral("chainId"), qint64(n.value()->chainId)},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("index"), qint64(a->index)},
                       {QStringLiteral("confirmations"), n.value()->confirmations},
                       {QStringLiteral("assets"), assets}};
}

Result<QJsonObject> CustodyService::deposits(const QString &userId, const QString &networkId, int limit)
{
    if (auto st = requireOpen(); !st)
        return st.error();
    auto rows = networkId.isEmpty()
            ? m_deposits->select(QStringLiteral("user_id = ? AND kind = 'user' ORDER BY created_at DESC LIMIT ?"),
                                 {userId, limit})
            : m_deposits->select(QStringLiteral("user_id = ? AND kind = 'user' AND network_id = ?"
                                                " ORDER BY created_at DESC LIMIT ?"),
                                 {userId, networkId, limit});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Deposit &d : rows.value())
        out.append(m_deposits->toJson(d, m_networks->find(d.networkId)));
    return QJsonObject{{QStringLiteral("deposits"), out}};
}

Result<QJsonObject> CustodyService::unswept(int limit)
{
    if (auto st = requireOpen(); !st)
        return st.error();
    auto rows = m_deposits->select(QStringLiteral("kind = 'user' AND status = 'credited' AND (sweep_tx_id = ''"
                                                  " OR sweep_tx_id NOT IN (SELECT id FROM chain_txs WHERE status = 'confirmed'))"
                                                  " ORDER BY created_at LIMIT ?"),
                                   {limit});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Deposit &d : rows.value()) {
        QJsonObject o = m_deposits->toJson(d, m_networks->find(d.networkId));
        o.insert(QStringLiteral("user"), s.wallet.party(d.userId));
        o.insert(QStringLiteral("sweeping"), !d.sweepTxId.isEmpty());
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("deposits"), out}};
}

Result<QJsonObject> CustodyService::saveNetwork(const server::Caller &admin, const QJsonObject &p)
{
    if (auto st = requireOpen(); !st)
        return st.error();
    Network n;
    n.id = str(p, "id");
    n.name = str(p, "name");
    n.chainId = quint64(p.value(QStringLiteral("chainId")).toInteger());
    n.rpcUrl = str(p, "rpcUrl");
    n.confirmations = p.value(QStringLiteral("confirmations")).toInt();
    n.nativeAsset = str(p, "nativeAsset");
    n.enabled = p.value(QStringLiteral("enabled")).toBool(true);
    storage::Transaction tx(s.db);
    auto saved = m_networks->saveNetwork(n);
    if (!saved)
        return saved.error();
    if (auto a = s.audit.record(admin.userId, QStringLiteral("custody.setNetwork"), n.id, p); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return QJsonObject{{QStringLiteral("network"), m_networks->toAdminJson(*saved.value())}};
}

Result<QJsonObject> CustodyService::saveAsset(const server::Caller &admin, const QJsonObject &p)
{
    if (auto st = requireOpen(); !st)
        return st.error();
    storage::Transaction tx(s.db);
    auto saved = m_networks->saveAsset(str(p, "network"), str(p, "asset"), str(p, "contract"), str(p, "minDeposit"),
                                       str(p, "minWithdrawal"), str(p, "withdrawalFee"), str(p, "dualApprovalAbove"));
    if (!saved)
        return saved.error();
    if (auto a = s.audit.record(admin.userId, QStringLiteral("custody.setAsset"), str(p, "network"), p); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return QJsonObject{{QStringLiteral("network"), m_networks->toAdminJson(*saved.value())}};
}

} // namespace azc::custody
