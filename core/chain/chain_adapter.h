#pragma once
// What custody needs from a blockchain, independent of how a node is
// reached: the head, blocks with their incoming payments, token transfers,
// balances, nonces, fees, broadcasting and receipts. The EVM adapter
// speaks Ethereum JSON-RPC; another chain family gets its own adapter.
// Every call is asynchronous and answers on the adapter's thread later,
// never inside the call, so the backend thread never waits on a node.

#include "chain/evm_rpc_client.h"

#include <QByteArray>
#include <QList>

namespace azc::chain {

// A token movement found in a block range (an ERC-20 Transfer event).
struct TokenTransfer
{
    QByteArray contract; // 20 bytes
    QByteArray from;
    QByteArray to;
    UInt256 value;       // token units
    quint64 blockNumber = 0;
    QByteArray blockHash;
    QByteArray transactionHash;
    quint64 logIndex = 0;
};

class ChainAdapter
{
public:
    template<typename T>
    using Callback = EvmRpcClient::Callback<T>;

    virtual ~ChainAdapter() = default;

    virtual void head(Callback<quint64> done) = 0;
    virtual void block(quint64 number, Callback<std::optional<Block>> done) = 0;
    // Transfers of the given token contracts within [fromBlock, toBlock].
    virtual void tokenTransfers(const QList<QByteArray> &contracts, quint64 fromBlock, quint64 toBlock,
                                Callback<QList<TokenTransfer>> done) = 0;
    virtual void nativeBalance(const QByteArray &address, Callback<UInt256> done) = 0;
    virtual void tokenBalance(const QByteArray &contract, const QByteArray &holder, Callback<UInt256> done) = 0;
    // The next nonce counting the node's pending pool.
    virtual void pendingNonce(const QByteArray &address, Callback<quint64> done) = 0;
    virtual void fees(Callback<FeeEstimate> done) = 0;
    virtual void estimateGas(const CallRequest &request, Callback<quint64> done) = 0;
    // eth_call at the latest block: a contract's answer (reading back what was recorded).
    virtual void call(const CallRequest &request, Callback<QByteArray> done) = 0;
    virtual void broadcast(const QByteArray &raw, Callback<QByteArray> done) = 0;
    virtual void receipt(const QByteArray &hash, Callback<std::optional<TransactionReceipt>> done) = 0;
    // Whether the node knows the transaction at all (pending or mined).
    virtual void transactionKnown(const QByteArray &hash, Callback<bool> done) = 0;
};

class EvmChainAdapter final : public ChainAdapter
{
public:
    explicit EvmChainAdapter(EvmRpcClient &client) : m_client(client) {}

    void head(Callback<quint64> done) override { m_client.blockNumber(std::move(done)); }
    void block(quint64 number, Callback<std::optional<Block>> done) override
    {
        m_client.getBlock(number, std::move(done));
    }
    void tokenTransfers(const QList<QByteArray> &contracts, quint64 fromBlock, quint64 toBlock,
                        Callback<QList<TokenTransfer>> done) override;
    void nativeBalance(const QByteArray &address, Callback<UInt256> done) override
    {
        m_client.getBalance(address, std::move(done));
    }
    void tokenBalance(const QByteArray &contract, const QByteArray &holder, Callback<UInt256> done) override;
    void pendingNonce(const QByteArray &address, Callback<quint64> done) override
    {
        m_client.getTransactionCount(address, std::move(done));
    }
    void fees(Callback<FeeEstimate> done) override { m_client.feeEstimate(std::move(done)); }
    void estimateGas(const CallRequest &request, Callback<quint64> done) override
    {
        m_client.estimateGas(request, std::move(done));
    }
    void call(const CallRequest &request, Callback<QByteArray> done) override
    {
        m_client.ethCall(request, std::move(done));
    }
    void broadcast(const QByteArray &raw, Callback<QByteArray> done) override
    {
        m_client.sendRawTransaction(raw, std::move(done));
    }
    void receipt(const QByteArray &hash, Callback<std::optional<TransactionReceipt>> done) override
    {
        m_client.getTransactionReceipt(hash, std::move(done));
    }
    void transactionKnown(const QByteArray &hash, Callback<bool> done) override;

private:
    EvmRpcClient &m_client;
};

} // namespace azc::chain
