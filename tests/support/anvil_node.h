#pragma once
// A private anvil (Foundry's local EVM node) for one test process: its own
// port, its own chain, so a test may snapshot, revert, mine or switch off
// automining without disturbing tests running in parallel. The binary comes
// from AZC_TEST_ANVIL_BIN (exported by scripts/test.sh); the node is killed
// with the AnvilNode.
//
// The helpers are synchronous (they spin an event loop over EvmRpcClient) and
// return Result values, so a test reports a node's refusal as its failure:
//   auto token = node.deployToken(0);
//   AZC_VERIFY_OK(token);

#include "chain/evm_rpc_client.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <memory>

class QProcess;

// Fails the current test function with the Error's reason and message. The
// expression is evaluated once (QVERIFY2 evaluates its message even on success).
#define AZC_VERIFY_OK(expression) \
    do { \
        const auto &azcVerifyResult_ = (expression); \
        if (!QTest::qVerify(azcVerifyResult_.ok(), #expression ".ok()", \
                            qPrintable(::azc::test::describeFailure(azcVerifyResult_)), __FILE__, \
                            __LINE__)) \
            return; \
    } while (false)

namespace azc::test {

QString describeError(const Error &error);
template<typename T>
QString describeFailure(const Result<T> &result)
{
    // QVERIFY2 builds its message even when the check passes: only read error() of a failure.
    return result.ok() ? QString() : describeError(result.error());
}

class AnvilNode
{
public:
    static constexpr quint64 kChainId = 31337;

    AnvilNode();
    ~AnvilNode();
    AnvilNode(const AnvilNode &) = delete;
    AnvilNode &operator=(const AnvilNode &) = delete;

    // Starts anvil on a free 127.0.0.1 port with --chain-id 31337 --silent and
    // extraArgs (e.g. {"--block-time", "1"} or {"--no-mining"}), and waits up to
    // 10 s for it to answer. Reason "anvil_unavailable" when it cannot.
    Status start(const QStringList &extraArgs = {});
    bool isRunning() const;

    QUrl url() const { return m_url; }
    chain::EvmRpcClient &client() { return *m_client; }

    Result<QJsonValue> rpc(const QString &method, const QJsonArray &params = {});
    Result<quint64> blockNumber();
    Status mine(quint64 blocks = 1);          // anvil_mine
    Result<QString> snapshot();               // evm_snapshot: the id to revert to
    Status revert(const QString &snapshotId); // evm_revert; fails when anvil refuses
    Status setAutomine(bool enabled);         // evm_setAutomine
    Status setBalance(const QByteArray &address20, const chain::UInt256 &wei);
    Result<chain::UInt256> ethBalance(const QByteArray &address20);

    // Anvil's unlocked dev accounts (10,000 ETH each at genesis), 20 bytes.
    Result<QByteArray> devAccount(int index);

    // eth_sendTransaction from an unlocked account: the 32-byte transaction
    // hash. Nothing waits for mining; see waitForReceipt().
    Result<QByteArray> sendTransaction(const QJsonObject &transaction);
    Result<QByteArray> sendEth(int fromDev, const QByteArray &to20, const chain::UInt256 &wei);
    // The receipt as JSON (logs included). Needs automining or a block time.
    Result<QJsonObject> waitForReceipt(const QByteArray &txHash, int limitMs = 10000);
    Result<QByteArray> ethCall(const QByteArray &to20, const QByteArray &data);

    // Deploys the creation bytecode in binPath (hex, as azc_contracts writes
    // <Name>.bin) from a dev account and waits for it: the contract's address.
    // The bytecode paths: AZC_TOKEN_BIN_PATH, AZC_TALLY_RECORD_BIN_PATH.
    Result<QByteArray> deployContract(const QString &binPath, int fromDev);
    // deployContract(AZC_TOKEN_BIN_PATH, fromDev).
    Result<QByteArray> deployToken(int fromDev);
    Result<QByteArray> tokenTransfer(const QByteArray &token20, int fromDev, const QByteArray &to20,
                                     const chain::UInt256 &units);
    Result<chain::UInt256> tokenBalance(const QByteArray &token20, const QByteArray &holder20);

private:
    Status launch(const QStringList &extraArgs);
    void stopProcess();

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<chain::EvmRpcClient> m_client;
    QUrl m_url;
    QList<QByteArray> m_devAccounts;
};

} // namespace azc::test
