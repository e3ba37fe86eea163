#pragma once
// core/chain owns the conversation with blockchain nodes. EvmRpcClient speaks
// Ethereum JSON-RPC over HTTP to any EVM node (anvil in the tests). Every call
// is asynchronous: it returns at once and the callback runs later on the
// client's thread, never synchronously, so nothing blocks the backend thread.
//
// Failures are values with stable reasons:
//   node_unreachable  no connection, or no answer within timeout()
//   rpc_error         the node refused; data.code and data.message are the node's
//   bad_response      the answer is not the JSON-RPC or the hex encoding expected
//   invalid_argument  the caller passed something unsendable (e.g. a 19-byte address)

#include "chain/evm_quantity.h"
#include "chaincrypto/eth_transaction.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace azc::chain {

struct TransactionReceipt
{
    QByteArray transactionHash; // 32 bytes
    bool succeeded = false;     // status 0x1
    quint64 blockNumber = 0;
    QByteArray blockHash;       // 32 bytes
    quint64 gasUsed = 0;
    UInt256 effectiveGasPrice;  // wei per gas actually paid
};

// A transaction as eth_getBlockByNumber(n, true) lists it; only what custody needs.
struct BlockTransaction
{
    QByteArray hash;  // 32 bytes
    QByteArray from;  // 20 bytes
    QByteArray to;    // 20 bytes, empty for a contract creation
    UInt256 value;    // wei
    bool hasInput = false; // calldata present (a contract call, not a plain payment)
};

struct Block
{
    quint64 number = 0;
    QByteArray hash;       // 32 bytes
    QByteArray parentHash; // 32 bytes
    quint64 timestamp = 0;
    UInt256 baseFeePerGas; // empty before London
    QList<BlockTransaction> transactions;
};

struct LogEntry
{
    QByteArray address;          // the emitting contract, 20 bytes
    QList<QByteArray> topics;    // 32 bytes each
    QByteArray data;
    quint64 blockNumber = 0;
    QByteArray blockHash;
    QByteArray transactionHash;
    quint64 logIndex = 0;
    bool removed = false;        // dropped by a reorg (only on filters/subscriptions)
};

struct LogFilter
{
    quint64 fromBlock = 0;
    quint64 toBlock = 0;
    QList<QByteArray> addresses;       // contracts; empty: any
    QList<QList<QByteArray>> topics;   // per position, alternatives; an empty list matches anything
};

// The next block's base fee and a typical priority fee, from eth_feeHistory.
struct FeeEstimate
{
    UInt256 nextBaseFeePerGas;
    UInt256 priorityFeePerGas; // the median reward of recent blocks
};

// eth_estimateGas's call object; empty fields are left out.
struct CallRequest
{
    QByteArray from; // 20 bytes
    QByteArray to;   // 20 bytes, empty for a contract creation
    UInt256 value;
    QByteArray data;
};

class EvmRpcClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit EvmRpcClient(QUrl url, QObject *parent = nullptr);
    ~EvmRpcClient() override;

    QUrl url() const { return m_url; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void chainId(Callback<quint64> done);
    void blockNumber(Callback<quint64> done);
    // Wei as minimal big-endian bytes (zero is empty), like uint256().
    void getBalance(const QByteArray &address, Callback<UInt256> done,
                    const QString &block = QStringLiteral("latest"));
    void getTransactionCount(const QByteArray &address, Callback<quint64> done,
                             const QString &block = QStringLiteral("pending"));
    void gasPrice(Callback<UInt256> done);
    void maxPriorityFeePerGas(Callback<UInt256> done);
    void estimateGas(const CallRequest &request, Callback<quint64> done);
    // The transaction hash (32 bytes) the node reports.
    void sendRawTransaction(const QByteArray &raw, Callback<QByteArray> done);
    // nullopt while the transaction is not mined yet.
    void getTransactionReceipt(const QByteArray &hash,
                               Callback<std::optional<TransactionReceipt>> done);

    // nullopt when the node has no such block yet. With full transaction objects.
    void getBlock(quint64 number, Callback<std::optional<Block>> done);
    void getLogs(const LogFilter &filter, Callback<QList<LogEntry>> done);
    void feeEstimate(Callback<FeeEstimate> done);
    // eth_call: the returned bytes.
    void ethCall(const CallRequest &request, Callback<QByteArray> done,
                 const QString &block = QStringLiteral("latest"));

    // Any other method (eth_accounts, anvil's evm_snapshot, ...): the raw result.
    void call(const QString &method, const QJsonArray &params, Callback<QJsonValue> done);

private:
    template<typename T>
    void callAndParse(const QString &method, const QJsonArray &params, Callback<T> done,
                      std::function<Result<T>(const QJsonValue &)> parse);
    template<typename T>
    void refuseLater(Callback<T> done, Error error);

    QUrl m_url;
    std::chrono::milliseconds m_timeout{10000};
    QNetworkAccessManager *m_network = nullptr;
    qint64 m_nextId = 1;
};

} // namespace azc::chain
