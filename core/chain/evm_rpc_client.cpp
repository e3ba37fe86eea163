#include "chain/evm_rpc_client.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

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
    if ((!request.from.isEmpty() && request.from.size() != 20)
        || (!request.to.isEmpty() && request.to.size() != 20)) {
        return refuseLater(std::move(done),
                           fail("invalid_argument", QStringLiteral("an address has 20 bytes")));
    }
    QJsonObject obj;
    if (!request.from.isEmpty())
        obj.insert(QStringLiteral("from"), toData(request.from));
    if (!request.to.isEmpty())
        obj.insert(QStringLiteral("to"), toData(request.to));
    if (!request.value.isEmpty())
        obj.insert(QStringLiteral("value"), toQuantity(request.value));
    if (!request.data.isEmpty())
        obj.insert(QStringLiteral("data"), toData(request.data));
    const QString m = QStringLiteral("eth_estimateGas");
    callAndParse<quint64>(m, {obj}, std::move(done),
                          [m](const QJsonValue &v) { return quantity64(v, m); });
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
        return Out{receipt};
    });
}

} // namespace azc::chain
