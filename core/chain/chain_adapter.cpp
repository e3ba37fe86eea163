#include "chain/chain_adapter.h"

#include "chain/erc20_abi.h"

#include <QTimer>

namespace azc::chain {

namespace {

template<typename T>
void refuseLater(EvmRpcClient &client, ChainAdapter::Callback<T> done, Error error)
{
    QTimer::singleShot(0, &client, [done = std::move(done), error = std::move(error)] { done(error); });
}

} // namespace

void EvmChainAdapter::tokenTransfers(const QList<QByteArray> &contracts, quint64 fromBlock, quint64 toBlock,
                                     Callback<QList<TokenTransfer>> done)
{
    LogFilter filter;
    filter.fromBlock = fromBlock;
    filter.toBlock = toBlock;
    filter.addresses = contracts;
    filter.topics = {{erc20::transferEventTopic()}};
    m_client.getLogs(filter, [done = std::move(done)](Result<QList<LogEntry>> logs) {
        if (!logs)
            return done(logs.error());
        QList<TokenTransfer> out;
        for (const LogEntry &log : logs.value()) {
            // ERC-721 shares the event's signature with four topics: not a token amount.
            if (log.removed || !erc20::isTransferLog(log.topics))
                continue;
            auto decoded = erc20::decodeTransferLog(log.address, log.topics, log.data);
            if (!decoded)
                continue; // a non-standard contract's log: not a payment we can read
            out.append({log.address, decoded->from, decoded->to, decoded->value, log.blockNumber, log.blockHash,
                        log.transactionHash, log.logIndex});
        }
        done(out);
    });
}

void EvmChainAdapter::tokenBalance(const QByteArray &contract, const QByteArray &holder, Callback<UInt256> done)
{
    auto data = erc20::balanceOfCall(holder);
    if (!data)
        return refuseLater(m_client, std::move(done), data.error());
    CallRequest request;
    request.to = contract;
    request.data = data.value();
    m_client.ethCall(request, [done = std::move(done)](Result<QByteArray> r) {
        if (!r)
            return done(r.error());
        done(erc20::decodeUint(r.value()));
    });
}

void EvmChainAdapter::transactionKnown(const QByteArray &hash, Callback<bool> done)
{
    m_client.call(QStringLiteral("eth_getTransactionByHash"), {toData(hash)},
                  [done = std::move(done)](Result<QJsonValue> r) {
                      if (!r)
                          return done(r.error());
                      done(r->isObject());
                  });
}

} // namespace azc::chain
