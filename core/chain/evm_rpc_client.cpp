#include "chain/evm_rpc_client.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace azc::chain {

namespace {

Error badResponse(const QString &method, const QString &why)
{
    return fail("bad_response", QStringLiteral("%1: %2").arg(method, why),
                QJsonObject{{QStringLiteral("method"), method}});
}

// A parse failure of a field inside an answer is the node's fault, not the caller's.
template<typename T>
Result<T> asBadResponse(Result<T> r, const QString &method)
{
    if (r)
        return r;
    return badResponse(method, r.error().message);
}

Result<quint64> quantity64(const QJsonValue &v, const QString &method)
{
    if (!v.isString())
        return badResponse(method, QStringLiteral("expected a hex quantity"));
    return asBadResponse(parseQuantity64(v.toString()), method);
}

Result<UInt256> quantity256(const QJsonValue &v, const QString &method)
{
    if (!v.isString())
        return badResponse(method, QStringLiteral("expected a hex quantity"));
    return asBadResponse(parseQuantity256(v.toString()), method);
}

// The first failure among several parsed fields, if any.
template<typename... R>
std::optional<Error> firstError(const R &...results)
{
    std::optional<Error> error;
    ((error || results ? void() : void(error = results.error())), ...);
    return error;
}

Result<QByteArray> data(const QJsonValue &v, int length, const QString &method)
{
    if (!v.isString())
        return badResponse(method, QStringLiteral("expected hex data"));
    return asBadResponse(parseData(v.toString(), length), method);
}

// A field that may be null or absent (a contract creation's "to").
Result<QByteArray> optionalData(const QJsonValue &v, int length, const QString &method)
{
    if (v.isNull() || v.isUndefined())
        return QByteArray();
    return data(v, length, method);
}

QJsonObject callObject(const CallRequest &request)
{
    QJsonObject obj;
    if (!request.from.isEmpty())
        obj.insert(QStringLiteral("from"), toData(request.from));
    if (!request.to.isEmpty())
        obj.insert(QStringLiteral("to"), toData(request.to));
    if (!request.value.isEmpty())
        obj.insert(QStringLiteral("value"), toQuantity(request.value));
    if (!request.data.isEmpty())
        obj.insert(QStringLiteral("data"), toData(request.data));
    return obj;
}

bool validCallAddresses(const CallRequest &request)
{
    return (request.from.isEmpty() || request.from.size() == 20)
            && (request.to.isEmpty() || request.to.size() == 20);
}

Result<BlockTransaction> parseBlockTransaction(const QJsonValue &v, const QString &m)
{
    if (!v.isObject())
        return badResponse(m, QStringLiteral("expected full transaction objects"));
    const QJsonObject o = v.toObject();
    BlockTransaction tx;
    auto hash = data(o.value(QStringLiteral("hash")), 32, m);
    auto from = data(o.value(QStringLiteral("from")), 20, m);
    auto to = optionalData(o.value(QStringLiteral("to")), 20, m);
    auto value = quantity256(o.value(QStringLiteral("value")), m);
    auto input = optionalData(o.value(QStringLiteral("input")), -1, m);
    if (auto e = firstError(hash, from, to, value, input))
        return *e;
    tx.hash = *hash;
    tx.from = *from;
    tx.to = *to;
    tx.value = *value;
    tx.hasInput = !input->isEmpty();
    return tx;
}

Result<Block> parseBlock(const QJsonObject &o, const QString &m)
{
    Block b;
    auto number = quantity64(o.value(QStringLiteral("number")), m);
    auto hash = data(o.value(QStringLiteral("hash")), 32, m);
    auto parent = data(o.value(QStringLiteral("parentHash")), 32, m);
    auto timestamp = quantity64(o.value(QStringLiteral("timestamp")), m);
    if (auto e = firstError(number, hash, parent, timestamp))
        return *e;
    b.number = *number;
    b.hash = *hash;
    b.parentHash = *parent;
    b.timestamp = *timestamp;
    const QJsonValue baseFee = o.value(QStringLiteral("baseFeePerGas"));
    if (!baseFee.isUndefined() && !baseFee.isNull()) {
        auto fee = quantity256(baseFee, m);
        if (!fee)
            return fee.error();
        b.baseFeePerGas = *fee;
    }
    const QJsonArray txs = o.value(QStringLiteral("transactions")).toArray();
    b.transactions.reserve(txs.size());
    for (const QJsonValue &t : txs) {
        auto tx = parseBlockTransaction(t, m);
        if (!tx)
            return tx.error();
        b.transactions.append(std::move(*tx));
    }
    return b;
}

Result<LogEntry> parseLog(const QJsonValue &v, const QString &m)
{
    if (!v.isObject())
        return badResponse(m, QStringLiteral("expected log objects"));
    const QJsonObject o = v.toObject();
    LogEntry log;
    auto address = data(o.value(QStringLiteral("address")), 20, m);
    auto payload = data(o.value(QStringLiteral("data")), -1, m);
    auto blockNumber = quantity64(o.value(QStringLiteral("blockNumber")), m);
    auto blockHash = data(o.value(QStringLiteral("blockHash")), 32, m);
    auto txHash = data(o.value(QStringLiteral("transactionHash")), 32, m);
    auto logIndex = quantity64(o.value(QStringLiteral("logIndex")), m);
    if (auto e = firstError(address, payload, blockNumber, blockHash, txHash, logIndex))
        return *e;
    for (const QJsonValue &t : o.value(QStringLiteral("topics")).toArray()) {
        auto topic = data(t, 32, m);
        if (!topic)
            return topic.error();
        log.topics.append(*topic);
    }
    log.address = *address;
    log.data = *payload;
    log.blockNumber = *blockNumber;
    log.blockHash = *blockHash;
    log.transactionHash = *txHash;
    log.logIndex = *logIndex;
    log.removed = o.value(QStringLiteral("removed")).toBool(false);
    return log;
}

// The median of the 50th-percentile rewards eth_feeHistory reports.
Result<UInt256> medianReward(const QJsonArray &rewards, const QString &m)
{
    QList<UInt256> values;
    for (const QJsonValue &row : rewards) {
        auto r = quantity256(row.toArray().at(0), m);
        if (!r)
            return r.error();
        values.append(QByteArray(32 - r->size(), '\0') + *r); // fixed width sorts numerically
    }
    if (values.isEmpty())
        return UInt256();
    std::sort(values.begin(), values.end());
    QByteArray median = values.at(values.size() / 2);
    while (!median.isEmpty() && median.front() == '\0')
        median.remove(0, 1);
    return median;
}

bool isConnectionFailure(QNetworkReply::NetworkError e)
{
    // Qt numbers connection and proxy problems below 200; HTTP-level errors start at 201.
    return e != QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied;
}

// The outcome of one HTTP exchange as a JSON-RPC result or a typed error.
Result<QJsonValue> interpretReply(QNetworkReply *reply, const QString &method, qint64 id,
                                  bool timedOut, std::chrono::milliseconds timeout, const QUrl &url)
{
    const QNetworkReply::NetworkError netError = reply->error();
    if (timedOut || netError == QNetworkReply::OperationCanceledError) {
        return fail("node_unreachable",
                    QStringLiteral("%1: no answer from %2 within %3 ms")
                            .arg(method, url.toDisplayString(QUrl::RemoveUserInfo))
                            .arg(timeout.count()),
                    QJsonObject{{QStringLiteral("method"), method}});
    }
    if (isConnectionFailure(netError)) {
        return fail("node_unreachable", QStringLiteral("%1: %2").arg(method, reply->errorString()),
                    QJsonObject{{QStringLiteral("method"), method}});
    }
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return badResponse(
                method,
                netError != QNetworkReply::NoError
                        ? QStringLiteral("HTTP %1: %2").arg(status).arg(reply->errorString())
                        : QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    }
    const QJsonObject obj = doc.object();
    // A null id is what nodes send when they could not read the request at all.
    const QJsonValue answeredId = obj.value(QStringLiteral("id"));
    if (!answeredId.isNull() && answeredId.toInteger(-1) != id)
        return badResponse(method, QStringLiteral("answer to another request id"));
    if (obj.contains(QStringLiteral("error"))) {
        const QJsonObject err = obj.value(QStringLiteral("error")).toObject();
        QJsonObject data{{QStringLiteral("method"), method},
                         {QStringLiteral("code"), err.value(QStringLiteral("code"))},
                         {QStringLiteral("message"), err.value(QStringLiteral("message"))}};
        if (err.contains(QStringLiteral("data")))
            data.insert(QStringLiteral("nodeData"), err.value(QStringLiteral("data")));
        return fail("rpc_error",
                    QStringLiteral("%1 refused by the node: %2")
                            .arg(method, err.value(QStringLiteral("message")).toString()),
                    data);
    }
    if (!obj.contains(QStringLiteral("result")))
        return badResponse(method, QStringLiteral("neither result nor error"));
    return obj.value(QStringLiteral("result"));
}

} // namespace

EvmRpcClient::EvmRpcClient(QUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_network(new QNetworkAccessManager(this))
{}

EvmRpcClient::~EvmRpcClient() = default;

void EvmRpcClient::call(const QString &method, const QJsonArray &params, Callback<QJsonValue> done)
{
    const qint64 id = m_nextId++;
    const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("params"), params}};
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply =
            m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));

    // Our own timer rather than setTransferTimeout: it also covers a connect that hangs, and
    // tells a timeout apart from other cancellations.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, id, timedOut, done = std::move(done)] {
                reply->deleteLater();
                done(interpretReply(reply, method, id, *timedOut, m_timeout, m_url));
            });
}

template<typename T>
void EvmRpcClient::callAndParse(const QString &method, const QJsonArray &params, Callback<T> done,
                                std::function<Result<T>(const QJsonValue &)> parse)
{
    call(method, params, [done = std::move(done), parse = std::move(parse)](Result<QJsonValue> r) {
        if (!r)
            done(r.error());
        else
            done(parse(*r));
    });
}

template<typename T>
void EvmRpcClient::refuseLater(Callback<T> done, Error error)
{
    // Callbacks never run inside the call that started them, even for a refusal.
    QTimer::singleShot(0, this,
                       [done = std::move(done), error = std::move(error)] { done(error); });
}

void EvmRpcClient::chainId(Callback<quint64> done)
{
    const QString m = QStringLiteral("eth_chainId");
    callAndParse<quint64>(m, {}, std::move(done),
                          [m](const QJsonValue &v) { return quantity64(v, m); });
}

void EvmRpcClient::blockNumber(Callback<quint64> done)
{
    const QString m = QStringLiteral("eth_blockNumber");
    callAndParse<quint64>(m, {}, std::move(done),
                          [m](const QJsonValue &v) { return quantity64(v, m); });
}

void EvmRpcClient::getBalance(const QByteArray &address, Callback<UInt256> done,
                              const QString &block)
{
    if (address.size() != 20)
        return refuseLater(std::move(done),
                           fail("invalid_argument", QStringLiteral("an address has 20 bytes")));
    const QString m = QStringLiteral("eth_getBalance");
    callAndParse<UInt256>(m, {toData(address), block}, std::move(done),
                          [m](const QJsonValue &v) { return quantity256(v, m); });
}

void EvmRpcClient::getTransactionCount(const QByteArray &address, Callback<quint64> done,
                                       const QString &block)
{
    if (address.size() != 20)
        return refuseLater(std::move(done),
                           fail("invalid_argument", QStringLiteral("an address has 20 bytes")));
    const QString m = QStringLiteral("eth_getTransactionCount");
    callAndParse<quint64>(m, {toData(address), block}, std::move(done),
                          [m](const QJsonValue &v) { return quantity64(v, m); });
}

void EvmRpcClient::gasPrice(Callback<UInt256> done)
{
    const QString m = QStringLiteral("eth_gasPrice");
    callAndParse<UInt256>(m, {}, std::move(done),
                          [m](const QJsonValue &v) { return quantity256(v, m); });
}

void EvmRpcClient::maxPriorityFeePerGas(Callback<UInt256> done)
{
    const QString m = QStringLiteral("eth_maxPriorityFeePerGas");
    callAndParse<UInt256>(m, {}, std::move(done),
                          [m](const QJsonValue &v) { return quantity256(v, m); });
}

void EvmRpcClient::estimateGas(const CallRequest &request, Callback<quint64> done)
{
    if (!validCallAddresses(request))
        return refuseLater(std::move(done),
                           fail("invalid_argument", QStringLiteral("an address has 20 bytes")));
    const QString m = QStringLiteral("eth_estimateGas");
    callAndParse<quint64>(m, {callObject(request)}, std::move(done),
                          [m](const QJsonValue &v) { return quantity64(v, m); });
}

void EvmRpcClient::ethCall(const CallRequest &request, Callback<QByteArray> done,
                           const QString &block)
{
    if (!validCallAddresses(request))
        return refuseLater(std::move(done),
                           fail("invalid_argument", QStringLiteral("an address has 20 bytes")));
    const QString m = QStringLiteral("eth_call");
    callAndParse<QByteArray>(m, {callObject(request), block}, std::move(done),
                             [m](const QJsonValue &v) { return data(v, -1, m); });
}

void EvmRpcClient::getBlock(quint64 number, Callback<std::optional<Block>> done)
{
    using Out = std::optional<Block>;
    const QString m = QStringLiteral("eth_getBlockByNumber");
    callAndParse<Out>(m, {toQuantity(number), true}, std::move(done),
                      [m](const QJsonValue &v) -> Result<Out> {
                          if (v.isNull())
                              return Out{};
                          if (!v.isObject())
                              return badResponse(m, QStringLiteral("expected a block or null"));
                          auto block = parseBlock(v.toObject(), m);
                          if (!block)
                              return block.error();
                          return Out{std::move(*block)};
                      });
}

void EvmRpcClient::getLogs(const LogFilter &filter, Callback<QList<LogEntry>> done)
{
    QJsonArray addresses;
    for (const QByteArray &a : filter.addresses) {
        if (a.size() != 20)
            return refuseLater(std::move(done),
                               fail("invalid_argument", QStringLiteral("an address has 20 bytes")));
        addresses.append(toData(a));
    }
    QJsonArray topics;
    for (const QList<QByteArray> &alternatives : filter.topics) {
        if (alternatives.isEmpty()) {
            topics.append(QJsonValue::Null);
            continue;
        }
        QJsonArray any;
        for (const QByteArray &t : alternatives)
            any.append(toData(t));
        topics.append(any);
    }
    QJsonObject obj{{QStringLiteral("fromBlock"), toQuantity(filter.fromBlock)},
                    {QStringLiteral("toBlock"), toQuantity(filter.toBlock)},
                    {QStringLiteral("topics"), topics}};
    if (!addresses.isEmpty())
        obj.insert(QStringLiteral("address"), addresses);
    const QString m = QStringLiteral("eth_getLogs");
    callAndParse<QList<LogEntry>>(m, {obj}, std::move(done),
                                  [m](const QJsonValue &v) -> Result<QList<LogEntry>> {
                                      if (!v.isArray())
                                          return badResponse(m, QStringLiteral("expected an array of logs"));
                                      QList<LogEntry> logs;
                                      for (const QJsonValue &entry : v.toArray()) {
                                          auto log = parseLog(entry, m);
                                          if (!log)
                                              return log.error();
                                          logs.append(std::move(*log));
                                      }
                                      return logs;
                                  });
}

void EvmRpcClient::feeEstimate(Callback<FeeEstimate> done)
{
    const QString m = QStringLiteral("eth_feeHistory");
    // Five recent blocks, the 50th percentile of their priority fees.
    callAndParse<FeeEstimate>(m, {toQuantity(quint64(5)), QStringLiteral("latest"), QJsonArray{50}},
                              std::move(done), [m](const QJsonValue &v) -> Result<FeeEstimate> {
                                  const QJsonObject o = v.toObject();
                                  const QJsonArray baseFees = o.value(QStringLiteral("baseFeePerGas")).toArray();
                                  if (baseFees.isEmpty())
                                      return badResponse(m, QStringLiteral("no baseFeePerGas"));
                                  // The last entry is the base fee of the block after the newest.
                                  auto next = quantity256(baseFees.last(), m);
                                  if (!next)
                                      return next.error();
                                  auto reward = medianReward(o.value(QStringLiteral("reward")).toArray(), m);
                                  if (!reward)
                                      return reward.error();
                                  return FeeEstimate{*next, *reward};
                              });
}

void EvmRpcClient::sendRawTransaction(const QByteArray &raw, Callback<QByteArray> done)
{
    if (raw.isEmpty())
        return refuseLater(std::move(done),
                           fail("invalid_argument", QStringLiteral("empty transaction")));
    const QString m = QStringLiteral("eth_sendRawTransaction");
    callAndParse<QByteArray>(
            m, {toData(raw)}, std::move(done), [m](const QJsonValue &v) -> Result<QByteArray> {
                if (!v.isString())
                    return badResponse(m, QStringLiteral("expected a transaction hash"));
                return asBadResponse(parseData(v.toString(), 32), m);
            });
}

void EvmRpcClient::getTransactionReceipt(const QByteArray &hash,
                                         Callback<std::optional<TransactionReceipt>> done)
{
    using Out = std::optional<TransactionReceipt>;
    if (hash.size() != 32)
        return refuseLater(
                std::move(done),
                fail("invalid_argument", QStringLiteral("a transaction hash has 32 bytes")));
    const QString m = QStringLiteral("eth_getTransactionReceipt");
    callAndParse<Out>(m, {toData(hash)}, std::move(done), [m](const QJsonValue &v) -> Result<Out> {
        if (v.isNull())
            return Out{};
        if (!v.isObject())
            return badResponse(m, QStringLiteral("expected a receipt object or null"));
        const QJsonObject o = v.toObject();
        TransactionReceipt receipt;
        const QJsonValue hashValue = o.value(QStringLiteral("transactionHash"));
        auto txHash = asBadResponse(parseData(hashValue.toString(), 32), m);
        if (!txHash)
            return txHash.error();
        receipt.transactionHash = *txHash;
        // Receipts before Byzantium carry a root instead of a status; every chain we serve has
        // status.
        auto status = quantity64(o.value(QStringLiteral("status")), m);
        if (!status)
            return status.error();
        if (*status > 1)
            return badResponse(m, QStringLiteral("status is neither 0x0 nor 0x1"));
        receipt.succeeded = *status == 1;
        auto blockNumber = quantity64(o.value(QStringLiteral("blockNumber")), m);
        if (!blockNumber)
            return blockNumber.error();
        receipt.blockNumber = *blockNumber;
        auto gasUsed = quantity64(o.value(QStringLiteral("gasUsed")), m);
        if (!gasUsed)
            return gasUsed.error();
        receipt.gasUsed = *gasUsed;
        auto blockHash = data(o.value(QStringLiteral("blockHash")), 32, m);
        if (!blockHash)
            return blockHash.error();
        receipt.blockHash = *blockHash;
        const QJsonValue price = o.value(QStringLiteral("effectiveGasPrice"));
        if (!price.isUndefined()) {
            auto p = quantity256(price, m);
            if (!p)
                return p.error();
            receipt.effectiveGasPrice = *p;
        }
        return Out{receipt};
    });
}

} // namespace azc::chain
