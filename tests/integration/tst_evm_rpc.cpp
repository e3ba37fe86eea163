// EvmRpcClient against a real anvil (started by scripts/test.sh, URL in
// AZC_TEST_ANVIL_URL): keys from the standard dev mnemonic, transactions
// signed with chaincrypto, sent, mined and checked on chain.

#include "chain/evm_rpc_client.h"
#include "chaincrypto/bip39.h"
#include "chaincrypto/eth_address.h"
#include "chaincrypto/signer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace azc;
using namespace azc::chain;

namespace {

constexpr quint64 kAnvilChainId = 31337;
const QString kDevMnemonic =
        QStringLiteral("test test test test test test test test test test test junk");
constexpr UInt128 kEther = UInt128(1000000000000000000ULL);

// Runs the event loop until the callback fires; a client that never answers fails the test
// instead of hanging it.
template<typename T, typename Start>
Result<T> await(Start start, int limitMs = 30000)
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
        return fail("test_timeout", QStringLiteral("no callback within %1 ms").arg(limitMs));
    return std::move(*out);
}

UInt128 toUInt128(const UInt256 &bigEndian)
{
    UInt128 v = 0;
    for (char c : bigEndian)
        v = (v << 8) | quint8(c);
    return v;
}

QString describe(const Error &e)
{
    return e.reason + QStringLiteral(": ") + e.message;
}

// QVERIFY2 builds its message even when the check passes: only read error() of a failure.
template<typename T>
QString describe(const Result<T> &r)
{
    return r.ok() ? QString() : describe(r.error());
}

} // namespace

class TestEvmRpc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsChainState();
    void sendsEip1559Transfer();
    void sendsLegacyTransfer();
    void nodeRefusesWrongChainId();
    void unreachableNodeFailsWithinTimeout();
    void malformedAnswersAreBadResponses();
    void parsesQuantitiesStrictly();

private:
    Result<quint64> nonce(const QByteArray &address)
    {
        return await<quint64>([&](auto cb) { m_client->getTransactionCount(address, cb); });
    }
    Result<UInt256> balance(const QByteArray &address)
    {
        return await<UInt256>([&](auto cb) { m_client->getBalance(address, cb); });
    }
    // Polls the receipt; anvil automines, so it comes almost at once.
    std::optional<TransactionReceipt> waitForReceipt(const QByteArray &hash)
    {
        for (int i = 0; i < 100; ++i) {
            auto r = await<std::optional<TransactionReceipt>>(
                    [&](auto cb) { m_client->getTransactionReceipt(hash, cb); });
            if (!r) {
                qWarning("%s", qPrintable(describe(r)));
                return std::nullopt;
            }
            if (r->has_value())
                return **r;
            QTest::qWait(100);
        }
        return std::nullopt;
    }
    void transfer(bool eip1559, quint32 recipientIndex);

    std::unique_ptr<EvmRpcClient> m_client;
    std::optional<SeedSigner> m_signer;
    DerivationPath m_senderPath = DerivationPath::bip44(kCoinTypeEthereum, 0, 0, 0);
    QByteArray m_sender;
};

void TestEvmRpc::initTestCase()
{
    const QString url = qEnvironmentVariable("AZC_TEST_ANVIL_URL");
    if (url.isEmpty())
        QFAIL("AZC_TEST_ANVIL_URL is not set: run through scripts/test.sh (which starts anvil), "
              "or start anvil yourself and export AZC_TEST_ANVIL_URL=http://127.0.0.1:PORT");
    m_client = std::make_unique<EvmRpcClient>(QUrl(url));

    auto signer = SeedSigner::fromSeed(bip39::seedFromMnemonic(kDevMnemonic));
    QVERIFY2(signer.ok(), qPrintable(describe(signer)));
    m_signer.emplace(std::move(signer).value());
    auto sender = m_signer->address(m_senderPath);
    QVERIFY(sender.ok());
    m_sender = *sender;
    // Anvil/Hardhat's account #0 as the Ethereum tooling prints it (anvil itself answers in
    // lower case: 0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266).
    QCOMPARE(toChecksumAddress(m_sender),
             QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));

    // The same account as anvil's first funded one.
    auto accounts = await<QJsonValue>(
            [&](auto cb) { m_client->call(QStringLiteral("eth_accounts"), {}, cb); });
    QVERIFY2(accounts.ok(), qPrintable(describe(accounts)));
    const QJsonArray list = accounts->toArray();
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.first().toString(), toChecksumAddress(m_sender).toLower());
    auto first = parseAddress(list.first().toString());
    QVERIFY(first.ok());
    QCOMPARE(*first, m_sender);
}

void TestEvmRpc::readsChainState()
{
    auto id = await<quint64>([&](auto cb) { m_client->chainId(cb); });
    QVERIFY2(id.ok(), qPrintable(describe(id)));
    QCOMPARE(*id, kAnvilChainId);

    auto block = await<quint64>([&](auto cb) { m_client->blockNumber(cb); });
    QVERIFY2(block.ok(), qPrintable(describe(block)));

    auto funds = balance(m_sender);
    QVERIFY2(funds.ok(), qPrintable(describe(funds)));
    QVERIFY(toUInt128(*funds) > 100 * kEther);

    auto price = await<UInt256>([&](auto cb) { m_client->gasPrice(cb); });
    QVERIFY2(price.ok(), qPrintable(describe(price)));
    QVERIFY(toUInt128(*price) > 0);
    auto tip = await<UInt256>([&](auto cb) { m_client->maxPriorityFeePerGas(cb); });
    QVERIFY2(tip.ok(), qPrintable(describe(tip)));

    CallRequest plain;
    plain.from = m_sender;
    plain.to = QByteArray(20, '\x42');
    plain.value = uint256(1);
    auto gas = await<quint64>([&](auto cb) { m_client->estimateGas(plain, cb); });
    QVERIFY2(gas.ok(), qPrintable(describe(gas)));
    QCOMPARE(*gas, quint64(21000));

    // Not mined (never sent): no receipt yet, not an error.
    auto none = await<std::optional<TransactionReceipt>>(
            [&](auto cb) { m_client->getTransactionReceipt(QByteArray(32, '\x01'), cb); });
    QVERIFY2(none.ok(), qPrintable(describe(none)));
    QVERIFY(!none->has_value());
}

void TestEvmRpc::transfer(bool eip1559, quint32 recipientIndex)
{
    const UInt128 amount = kEther + kEther / 2; // 1.5 ether
    auto recipient =
            m_signer->address(DerivationPath::bip44(kCoinTypeEthereum, 0, 0, recipientIndex));
    QVERIFY(recipient.ok());

    auto nonceBefore = nonce(m_sender);
    QVERIFY2(nonceBefore.ok(), qPrintable(describe(nonceBefore)));
    auto recipientBefore = balance(*recipient);
    QVERIFY2(recipientBefore.ok(), qPrintable(describe(recipientBefore)));
    auto price = await<UInt256>([&](auto cb) { m_client->gasPrice(cb); });
    QVERIFY2(price.ok(), qPrintable(describe(price)));

    Result<SignedTransaction> signedTx = fail("unset", {});
    if (eip1559) {
        auto tip = await<UInt256>([&](auto cb) { m_client->maxPriorityFeePerGas(cb); });
        QVERIFY2(tip.ok(), qPrintable(describe(tip)));
        Eip1559Transaction tx;
        tx.chainId = kAnvilChainId;
        tx.nonce = *nonceBefore;
        tx.maxPriorityFeePerGas = *tip;
        tx.maxFeePerGas = uint256(2 * toUInt128(*price) + toUInt128(*tip));
        tx.gasLimit = 21000;
        tx.to = *recipient;
        tx.value = uint256(amount);
        signedTx = signTransaction(tx, *m_signer, m_senderPath);
    } else {
        LegacyTransaction tx;
        tx.chainId = kAnvilChainId;
        tx.nonce = *nonceBefore;
        tx.gasPrice = uint256(2 * toUInt128(*price));
        tx.gasLimit = 21000;
        tx.to = *recipient;
        tx.value = uint256(amount);
        signedTx = signTransaction(tx, *m_signer, m_senderPath);
    }
    QVERIFY2(signedTx.ok(), qPrintable(describe(signedTx)));

    auto hash =
            await<QByteArray>([&](auto cb) { m_client->sendRawTransaction(signedTx->raw, cb); });
    QVERIFY2(hash.ok(), qPrintable(describe(hash)));
    QCOMPARE(*hash, signedTx->hash); // the node hashes the raw bytes as we do

    const auto receipt = waitForReceipt(*hash);
    QVERIFY2(receipt.has_value(), "no receipt: anvil should automine");
    QVERIFY(receipt->succeeded);
    QCOMPARE(receipt->transactionHash, *hash);
    QCOMPARE(receipt->gasUsed, quint64(21000));
    QVERIFY(receipt->blockNumber > 0);

    auto recipientAfter = balance(*recipient);
    QVERIFY2(recipientAfter.ok(), qPrintable(describe(recipientAfter)));
    // On a fresh anvil the recipient starts empty, so this is exactly 1.5 ether.
    QVERIFY(toUInt128(*recipientAfter) == toUInt128(*recipientBefore) + amount);
    if (recipientBefore->isEmpty())
        QCOMPARE(*recipientAfter, uint256(amount));

    auto nonceAfter = nonce(m_sender);
    QVERIFY2(nonceAfter.ok(), qPrintable(describe(nonceAfter)));
    QCOMPARE(*nonceAfter, *nonceBefore + 1);
}

void TestEvmRpc::sendsEip1559Transfer()
{
    transfer(true, 7);
}

void TestEvmRpc::sendsLegacyTransfer()
{
    transfer(false, 8);
}

void TestEvmRpc::nodeRefusesWrongChainId()
{
    // Only the typed transaction: anvil 1.7.1 was seen to accept an EIP-155 legacy transfer
    // signed for chain 1 (it checks legacy chain ids loosely), so that is no node-side guard.
    auto nonceNow = nonce(m_sender);
    QVERIFY2(nonceNow.ok(), qPrintable(describe(nonceNow)));
    auto price = await<UInt256>([&](auto cb) { m_client->gasPrice(cb); });
    QVERIFY2(price.ok(), qPrintable(describe(price)));

    Eip1559Transaction tx;
    tx.chainId = 1; // mainnet, not anvil
    tx.nonce = *nonceNow;
    tx.maxPriorityFeePerGas = uint256(1);
    tx.maxFeePerGas = uint256(2 * toUInt128(*price) + 1);
    tx.gasLimit = 21000;
    tx.to = QByteArray(20, '\x11');
    tx.value = uint256(1);
    auto signedTx = signTransaction(tx, *m_signer, m_senderPath);
    QVERIFY2(signedTx.ok(), qPrintable(describe(signedTx)));

    auto sent =
            await<QByteArray>([&](auto cb) { m_client->sendRawTransaction(signedTx->raw, cb); });
    QVERIFY2(!sent.ok(), "an EIP-1559 transaction for chain 1 was accepted by a 31337 node");
    QCOMPARE(sent.error().reason, QStringLiteral("rpc_error"));
    QVERIFY(sent.error().data.value(QStringLiteral("code")).isDouble());
    QVERIFY(!sent.error().data.value(QStringLiteral("message")).toString().isEmpty());
    qInfo("node said: %s", qPrintable(sent.error().message));

    auto nonceAfter = nonce(m_sender);
    QVERIFY2(nonceAfter.ok(), qPrintable(describe(nonceAfter)));
    QCOMPARE(*nonceAfter, *nonceNow);
}

void TestEvmRpc::unreachableNodeFailsWithinTimeout()
{
    EvmRpcClient dead(QUrl(QStringLiteral("http://127.0.0.1:1")));
    dead.setTimeout(std::chrono::milliseconds(2000));
    QElapsedTimer clock;
    clock.start();
    auto r = await<quint64>([&](auto cb) { dead.blockNumber(cb); }, 10000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().reason, QStringLiteral("node_unreachable"));
    QVERIFY(clock.elapsed() < 3000);

    // A node that accepts the connection but never answers: the timeout must fire.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    EvmRpcClient stuck(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    stuck.setTimeout(std::chrono::milliseconds(1500));
    clock.restart();
    auto hung = await<quint64>([&](auto cb) { stuck.chainId(cb); }, 10000);
    QVERIFY(!hung.ok());
    QCOMPARE(hung.error().reason, QStringLiteral("node_unreachable"));
    QVERIFY(clock.elapsed() >= 1400);
    QVERIFY(clock.elapsed() < 4000);
}

// A fake node answering every request with the same HTTP body.
class CannedNode : public QTcpServer
{
public:
    explicit CannedNode(QByteArray body)
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n"
                            + m_body);
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QByteArray m_body;
};

void TestEvmRpc::malformedAnswersAreBadResponses()
{
    const QList<QByteArray> bodies{
            "not json",
            R"({"jsonrpc":"2.0","id":1})",                 // neither result nor error
            R"({"jsonrpc":"2.0","id":1,"result":"0x01"})", // leading zero
            R"({"jsonrpc":"2.0","id":1,"result":"12"})",   // no 0x
            R"({"jsonrpc":"2.0","id":1,"result":1.5})",    // a JSON number
            R"({"jsonrpc":"2.0","id":99,"result":"0x1"})", // another request's answer
    };
    for (const QByteArray &body : bodies) {
        CannedNode node(body);
        QVERIFY(node.listen(QHostAddress::LocalHost));
        EvmRpcClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(node.serverPort())));
        auto r = await<quint64>([&](auto cb) { client.blockNumber(cb); }, 10000);
        QVERIFY2(!r.ok(), body.constData());
        QCOMPARE(r.error().reason, QStringLiteral("bad_response"));
    }
    CannedNode good(R"({"jsonrpc":"2.0","id":1,"result":"0x1b4"})");
    QVERIFY(good.listen(QHostAddress::LocalHost));
    EvmRpcClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(good.serverPort())));
    auto r = await<quint64>([&](auto cb) { client.blockNumber(cb); }, 10000);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(*r, quint64(436));
}

void TestEvmRpc::parsesQuantitiesStrictly()
{
    QCOMPARE(*parseQuantity64(QStringLiteral("0x0")), quint64(0));
    QCOMPARE(*parseQuantity64(QStringLiteral("0x41")), quint64(65));
    QCOMPARE(*parseQuantity64(QStringLiteral("0xffffffffffffffff")), ~quint64(0));
    for (const char *bad :
         {"0x", "41", "0x041", "0x00", "0xg", "0x10000000000000000", "-0x1", "0x 1"})
        QVERIFY2(!parseQuantity64(QString::fromLatin1(bad)).ok(), bad);
    QCOMPARE(*parseQuantity256(QStringLiteral("0x0")), UInt256());
    QCOMPARE(*parseQuantity256(QStringLiteral("0x14d1120d7b160000")), uint256(kEther + kEther / 2));
    QVERIFY(!parseQuantity256(QStringLiteral("0x1") + QString(64, u'0')).ok());
    QCOMPARE(toQuantity(uint256(0)), QStringLiteral("0x0"));
    QCOMPARE(toQuantity(QByteArray::fromHex("000400")), QStringLiteral("0x400"));
    QCOMPARE(toQuantity(quint64(0)), QStringLiteral("0x0"));
    QVERIFY(!parseData(QStringLiteral("0xabc")).ok());
    QVERIFY(!parseData(QStringLiteral("0xab"), 2).ok());
    QCOMPARE(*parseData(QStringLiteral("0x")), QByteArray());
}

QTEST_GUILESS_MAIN(TestEvmRpc)
#include "tst_evm_rpc.moc"
