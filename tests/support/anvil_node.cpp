#include "anvil_node.h"

#include "chain/erc20_abi.h"
#include "chain/evm_quantity.h"
#include "chaincrypto/eth_address.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <optional>
#include <signal.h>
#include <sys/prctl.h>

#ifndef AZC_TOKEN_BIN_PATH
#error "AZC_TOKEN_BIN_PATH must name the compiled AZCToken.bin (cmake/contracts.cmake)"
#endif
#ifndef AZC_TALLY_RECORD_BIN_PATH
#error "AZC_TALLY_RECORD_BIN_PATH must name the compiled TallyRecord.bin (cmake/contracts.cmake)"
#endif

namespace azc::test {

namespace {

constexpr int kStartLimitMs = 10000;
constexpr int kCallLimitMs = 30000;

// Runs an event loop until the callback fires, so a node that never answers
// fails the call instead of hanging the test.
template<typename T, typename Start>
Result<T> await(Start start, int limitMs = kCallLimitMs)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return fail("test_timeout", QStringLiteral("no answer within %1 ms").arg(limitMs));
    return std::move(*out);
}

Error unavailable(const QString &why)
{
    return fail("anvil_unavailable", why);
}

// A port nothing listens on right now; anvil may still lose a race for it,
// which launch() notices and start() retries.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

Result<QByteArray> txHashFrom(const Result<QJsonValue> &answer)
{
    if (!answer)
        return answer.error();
    return chain::parseData(answer->toString(), 32);
}

} // namespace

QString describeError(const Error &error)
{
    return error.reason + QStringLiteral(": ") + error.message;
}

AnvilNode::AnvilNode() = default;

AnvilNode::~AnvilNode()
{
    stopProcess();
}

bool AnvilNode::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

Status AnvilNode::start(const QStringList &extraArgs)
{
    if (isRunning())
        return unavailable(QStringLiteral("this AnvilNode is already running"));
    Error last = unavailable(QStringLiteral("not started"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto started = launch(extraArgs);
        if (started)
            return started;
        last = started.error();
        stopProcess();
    }
    return last;
}

Status AnvilNode::launch(const QStringList &extraArgs)
{
    const QString binary = qEnvironmentVariable("AZC_TEST_ANVIL_BIN");
    if (binary.isEmpty())
        return unavailable(QStringLiteral(
                "AZC_TEST_ANVIL_BIN is not set: run through scripts/test.sh, or export "
                "AZC_TEST_ANVIL_BIN=<repo>/tools/anvil/node_modules/@foundry-rs/"
                "anvil-linux-amd64/bin/anvil (installed by scripts/test.sh)"));
    const quint16 port = freePort();
    if (port == 0)
        return unavailable(QStringLiteral("no free TCP port on 127.0.0.1"));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Dies with the test process even when the test crashes or is killed.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QStringList args{QStringLiteral("--host"),     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),     QString::number(port),
                     QStringLiteral("--chain-id"), QString::number(kChainId),
                     QStringLiteral("--silent")};
    args += extraArgs;
    m_process->start(binary, args);
    if (!m_process->waitForStarted(5000))
        return unavailable(
                QStringLiteral("cannot run %1: %2").arg(binary, m_process->errorString()));

    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_client = std::make_unique<chain::EvmRpcClient>(m_url);
    m_client->setTimeout(std::chrono::milliseconds(1000));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kStartLimitMs) {
        auto id = await<quint64>([&](auto cb) { m_client->chainId(cb); }, 3000);
        if (id) {
            if (*id != kChainId)
                return unavailable(QStringLiteral("port %1 answers with chain id %2, not ours")
                                           .arg(port)
                                           .arg(*id));
            m_client->setTimeout(std::chrono::milliseconds(kCallLimitMs - 1000));
            m_devAccounts.clear();
            return okStatus();
        }
        if (m_process->state() != QProcess::Running) {
            return unavailable(QStringLiteral("anvil exited (code %1) on port %2: %3")
                                       .arg(m_process->exitCode())
                                       .arg(port)
                                       .arg(QString::fromLocal8Bit(m_process->readAll())
                                                    .trimmed()
                                                    .right(400)));
        }
        QThread::msleep(100);
    }
    return unavailable(QStringLiteral("anvil did not answer eth_chainId on port %1 within %2 ms")
                               .arg(port)
                               .arg(kStartLimitMs));
}

void AnvilNode::stopProcess()
{
    m_client.reset();
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

Result<QJsonValue> AnvilNode::rpc(const QString &method, const QJsonArray &params)
{
    if (!m_client)
        return unavailable(QStringLiteral("%1: the node is not started").arg(method));
    return await<QJsonValue>([&](auto cb) { m_client->call(method, params, cb); });
}

Result<quint64> AnvilNode::blockNumber()
{
    auto answer = rpc(QStringLiteral("eth_blockNumber"));
    if (!answer)
        return answer.error();
    return chain::parseQuantity64(answer->toString());
}

Status AnvilNode::mine(quint64 blocks)
{
    auto answer = rpc(QStringLiteral("anvil_mine"), {chain::toQuantity(blocks)});
    if (!answer)
        return answer.error();
    return okStatus();
}

Result<QString> AnvilNode::snapshot()
{
    auto answer = rpc(QStringLiteral("evm_snapshot"));
    if (!answer)
        return answer.error();
    if (!answer->isString())
        return fail("bad_response", QStringLiteral("evm_snapshot answered no id"));
    return answer->toString();
}

Status AnvilNode::revert(const QString &snapshotId)
{
    auto answer = rpc(QStringLiteral("evm_revert"), {snapshotId});
    if (!answer)
        return answer.error();
    if (!answer->toBool())
        return fail("rpc_error",
                    QStringLiteral("evm_revert(%1) refused: unknown or already "
                                   "used snapshot")
                            .arg(snapshotId));
    return okStatus();
}

Status AnvilNode::setAutomine(bool enabled)
{
    auto answer = rpc(QStringLiteral("evm_setAutomine"), {enabled});
    if (!answer)
        return answer.error();
    return okStatus();
}

Status AnvilNode::setBalance(const QByteArray &address20, const chain::UInt256 &wei)
{
    auto answer = rpc(QStringLiteral("anvil_setBalance"),
                      {chain::toData(address20), chain::toQuantity(wei)});
    if (!answer)
        return answer.error();
    return okStatus();
}

Result<chain::UInt256> AnvilNode::ethBalance(const QByteArray &address20)
{
    auto answer = rpc(QStringLiteral("eth_getBalance"),
                      {chain::toData(address20), QStringLiteral("latest")});
    if (!answer)
        return answer.error();
    return chain::parseQuantity256(answer->toString());
}

Result<QByteArray> AnvilNode::devAccount(int index)
{
    if (m_devAccounts.isEmpty()) {
        auto answer = rpc(QStringLiteral("eth_accounts"));
        if (!answer)
            return answer.error();
        for (const QJsonValue &account : answer->toArray()) {
            auto address = chain::parseAddress(account.toString());
            if (!address)
                return address.error();
            m_devAccounts.append(*address);
        }
    }
    if (index < 0 || index >= m_devAccounts.size())
        return fail("invalid_argument",
                    QStringLiteral("anvil has %1 dev accounts, not #%2")
                            .arg(m_devAccounts.size())
                            .arg(index));
    return m_devAccounts.at(index);
}

Result<QByteArray> AnvilNode::sendTransaction(const QJsonObject &transaction)
{
    return txHashFrom(rpc(QStringLiteral("eth_sendTransaction"), {transaction}));
}

Result<QByteArray> AnvilNode::sendEth(int fromDev, const QByteArray &to20,
                                      const chain::UInt256 &wei)
{
    auto from = devAccount(fromDev);
    if (!from)
        return from.error();
    return sendTransaction({{QStringLiteral("from"), chain::toData(*from)},
                            {QStringLiteral("to"), chain::toData(to20)},
                            {QStringLiteral("value"), chain::toQuantity(wei)}});
}

Result<QJsonObject> AnvilNode::waitForReceipt(const QByteArray &txHash, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        auto answer = rpc(QStringLiteral("eth_getTransactionReceipt"), {chain::toData(txHash)});
        if (!answer)
            return answer.error();
        if (answer->isObject())
            return answer->toObject();
        if (clock.elapsed() > limitMs)
            return fail("test_timeout",
                        QStringLiteral("transaction %1 not mined within %2 ms")
                                .arg(chain::toData(txHash))
                                .arg(limitMs));
        QTest::qWait(50);
    }
}

Result<QByteArray> AnvilNode::ethCall(const QByteArray &to20, const QByteArray &data)
{
    QJsonObject call{{QStringLiteral("to"), chain::toData(to20)},
                     {QStringLiteral("data"), chain::toData(data)}};
    auto answer = rpc(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
    if (!answer)
        return answer.error();
    return chain::parseData(answer->toString());
}

Result<QByteArray> AnvilNode::deployToken(int fromDev)
{
    return deployContract(QStringLiteral(AZC_TOKEN_BIN_PATH), fromDev);
}

Result<QByteArray> AnvilNode::deployContract(const QString &binPath, int fromDev)
{
    QFile file(binPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail("test_setup",
                    QStringLiteral("cannot read the contract bytecode %1 (built by the "
                                   "azc_contracts target): %2")
                            .arg(file.fileName(), file.errorString()));
    const QByteArray hex = file.readAll().trimmed();
    const QByteArray bytecode = QByteArray::fromHex(hex);
    if (bytecode.isEmpty() || bytecode.toHex() != hex.toLower())
        return fail("test_setup", QStringLiteral("%1 is not hex bytecode").arg(file.fileName()));

    auto from = devAccount(fromDev);
    if (!from)
        return from.error();
    auto hash = sendTransaction({{QStringLiteral("from"), chain::toData(*from)},
                                 {QStringLiteral("data"), chain::toData(bytecode)}});
    if (!hash)
        return hash.error();
    auto receipt = waitForReceipt(*hash);
    if (!receipt)
        return receipt.error();
    if (receipt->value(QStringLiteral("status")).toString() != QStringLiteral("0x1"))
        return fail("rpc_error", QStringLiteral("the deployment of %1 reverted").arg(binPath));
    return chain::parseData(receipt->value(QStringLiteral("contractAddress")).toString(), 20);
}

Result<QByteArray> AnvilNode::tokenTransfer(const QByteArray &token20, int fromDev,
                                            const QByteArray &to20, const chain::UInt256 &units)
{
    auto from = devAccount(fromDev);
    if (!from)
        return from.error();
    auto calldata = chain::erc20::transferCall(to20, units);
    if (!calldata)
        return calldata.error();
    return sendTransaction({{QStringLiteral("from"), chain::toData(*from)},
                            {QStringLiteral("to"), chain::toData(token20)},
                            {QStringLiteral("data"), chain::toData(*calldata)}});
}

Result<chain::UInt256> AnvilNode::tokenBalance(const QByteArray &token20,
                                               const QByteArray &holder20)
{
    auto calldata = chain::erc20::balanceOfCall(holder20);
    if (!calldata)
        return calldata.error();
    auto answer = ethCall(token20, *calldata);
    if (!answer)
        return answer.error();
    return chain::erc20::decodeUint(*answer);
}

} // namespace azc::test
