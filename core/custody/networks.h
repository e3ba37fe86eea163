#pragma once
// The chains custody serves, as an admin configures them: chain id, node
// URL, required confirmations, the native coin and the ERC-20 tokens (by
// contract), with per-asset deposit minimum, withdrawal minimum and fee, and
// the amount above which a withdrawal needs two admins. Kept in memory;
// every change is written through to the database.

#include "chain/chain_adapter.h"
#include "chain/evm_rpc_client.h"
#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <memory>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }

namespace azc::custody {

struct NetworkAsset {
    QString asset;          // ledger asset code
    QByteArray contract;    // 20 bytes; empty for the native coin
    int decimals = 0;       // the ledger asset's
    Amount minDeposit;      // smaller deposits are recorded but not credited
    Amount minWithdrawal;
    Amount withdrawalFee;
    Amount dualApprovalAbove; // zero: one approval always suffices
    bool isNative() const { return contract.isEmpty(); }
};

struct NetworkStatus {
    bool online = false;
    quint64 head = 0;
    QString lastError;
    qint64 checkedAt = 0;
};

struct Network {
    QString id;        // "anvil", "ethereum"
    QString name;
    quint64 chainId = 0;
    QString rpcUrl;
    int confirmations = 12;
    QString nativeAsset; // "ETH"
    bool enabled = true;
    qint64 createdAt = 0;
    QList<NetworkAsset> assets;
    NetworkStatus status;

    const NetworkAsset *asset(const QString &code) const;
    const NetworkAsset *token(const QByteArray &contract) const;
    const NetworkAsset *native() const;
};

class NetworkRegistry : public QObject
{
    Q_OBJECT
public:
    NetworkRegistry(storage::Database &db, ledger::LedgerService &ledger, const Clock &clock, QObject *parent = nullptr);
    ~NetworkRegistry() override;

    Status load();
    QList<Network *> all();
    Network *find(const QString &id);
    Result<Network *> require(const QString &id); // "not_found"
    chain::ChainAdapter *adapter(const QString &id);

    // Admin changes. Reasons: "invalid_params" (with data.field).
    Result<Network *> saveNetwork(const Network &network);
    Result<Network *> saveAsset(const QString &networkId, const QString &asset, const QString &contractText,
                                const QString &minDeposit, const QString &minWithdrawal,
                                const QString &withdrawalFee, const QString &dualApprovalAbove);

    QJsonObject toPublicJson(const Network &n) const;  // what users see
    QJsonObject toAdminJson(const Network &n) const;   // plus node URL and status detail
    static QJsonObject assetJson(const NetworkAsset &a);

private:
    struct Connection {
        std::unique_ptr<chain::EvmRpcClient> client;
        std::unique_ptr<chain::EvmChainAdapter> adapter;
    };
    Status loadAssets();
    void connect(Network &n);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    const Clock &m_clock;
    QHash<QString, std::shared_ptr<Network>> m_networks; // stable addresses for callers
    QHash<QString, std::shared_ptr<Connection>> m_connections;
};

} // namespace azc::custody
