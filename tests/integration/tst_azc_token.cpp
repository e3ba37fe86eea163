// The AZC token (contracts/AZCToken.sol) on a private anvil (AnvilNode):
// deployment, metadata, transfers and their Transfer logs, an overdraft that
// reverts, snapshot/revert and manual mining; plus the erc20_abi encodings
// against fixed vectors.

#include "anvil_node.h"
#include "chain/erc20_abi.h"
#include "chain/evm_quantity.h"
#include "chaincrypto/eth_address.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace azc;
using namespace azc::chain;
using azc::test::AnvilNode;

namespace {

constexpr UInt128 kAzc = UInt128(1000000000000000000ULL); // 10^18 base units
constexpr UInt128 kSupply = UInt128(1000000000ULL) * kAzc;

QByteArray address(const char *text)
{
    return parseAddress(QString::fromLatin1(text)).value();
}

} // namespace

class TestAzcToken : public QObject
{
    Q_OBJECT

private slots:
    void encodesErc20Calldata();
    void decodesErc20Answers();
    void initTestCase();
    void deploysWithMetadataAndSupply();
    void transferMovesBalanceAndLogsOnce();
    void overdraftReverts();
    void revertUndoesTransfer();
    void minesOnDemandWithoutAutomine();

private:
    AnvilNode m_node;
    QByteArray m_token;
    QByteArray m_deployer;
};

// No node needed: Solidity's ABI, checked against independently computed values.
void TestAzcToken::encodesErc20Calldata()
{
    const QByteArray to = address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    auto call = erc20::transferCall(to, uint256(kAzc));
    AZC_VERIFY_OK(call);
    QCOMPARE(call->toHex(),
             QByteArray("a9059cbb"
                        "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"
                        "0000000000000000000000000000000000000000000000000de0b6b3a7640000"));
    auto balanceOf = erc20::balanceOfCall(to);
    AZC_VERIFY_OK(balanceOf);
    QCOMPARE(balanceOf->toHex(),
             QByteArray("70a08231"
                        "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"));
    QCOMPARE(erc20::transferEventTopic().toHex(),
             QByteArray("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    QCOMPARE(erc20::totalSupplyCall().toHex(), QByteArray("18160ddd"));
    QCOMPARE(erc20::decimalsCall().toHex(), QByteArray("313ce567"));
    QCOMPARE(erc20::nameCall().toHex(), QByteArray("06fdde03"));
    QCOMPARE(erc20::symbolCall().toHex(), QByteArray("95d89b41"));

    // The largest uint256 fits; one more byte does not; nor does a 19-byte address.
    QVERIFY(erc20::transferCall(to, QByteArray(32, '\xff')).ok());
    QCOMPARE(erc20::transferCall(to, QByteArray(33, '\x01')).error().reason,
             QStringLiteral("invalid_argument"));
    QCOMPARE(erc20::transferCall(to.left(19), uint256(1)).error().reason,
             QStringLiteral("invalid_argument"));
    QCOMPARE(erc20::balanceOfCall(QByteArray()).error().reason, QStringLiteral("invalid_argument"));
}

void TestAzcToken::decodesErc20Answers()
{
    // "AZC" as a Solidity string return: offset 0x20, length 3, padded bytes.
    const QByteArray symbol =
            QByteArray::fromHex("0000000000000000000000000000000000000000000000000000000000000020"
                                "0000000000000000000000000000000000000000000000000000000000000003"
                                "415a430000000000000000000000000000000000000000000000000000000000");
    auto text = erc20::decodeString(symbol);
    AZC_VERIFY_OK(text);
    QCOMPARE(*text, QStringLiteral("AZC"));
    QVERIFY(!erc20::decodeString(symbol.left(66)).ok()); // the string runs past the end
    QVERIFY(!erc20::decodeString(QByteArray(32, '\xff')).ok());

    auto value = erc20::decodeUint(QByteArray::fromHex(
            "0000000000000000000000000000000000000000000000000de0b6b3a7640000"));
    AZC_VERIFY_OK(value);
    QCOMPARE(*value, uint256(kAzc));
    // An address without code answers eth_call with nothing: no balance, not a zero one.
    QCOMPARE(erc20::decodeUint(QByteArray()).error().reason, QStringLiteral("bad_abi"));

    // A mint log (from the zero address) and an ERC-721 Transfer (four topics).
    const QByteArray token = address("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    const QByteArray holder = address("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    QList<QByteArray> topics{erc20::transferEventTopic(), QByteArray(32, '\0'),
                             *erc20::addressWord(holder)};
    auto mint = erc20::decodeTransferLog(token, topics, *erc20::uintWord(uint256(7)));
    AZC_VERIFY_OK(mint);
    QCOMPARE(mint->from, QByteArray(20, '\0'));
    QCOMPARE(mint->to, holder);
    QCOMPARE(mint->value, uint256(7));
    QVERIFY(!erc20::isTransferLog(topics + QList<QByteArray>{QByteArray(32, '\0')}));
    QCOMPARE(erc20::decodeTransferLog(token, topics, QByteArray()).error().reason,
             QStringLiteral("bad_abi"));
    topics[1] = QByteArray(32, '\x01'); // not an address word
    QVERIFY(!erc20::decodeTransferLog(token, topics, *erc20::uintWord(uint256(7))).ok());
}

void TestAzcToken::initTestCase()
{
    AZC_VERIFY_OK(m_node.start());
    qInfo("anvil at %s", qPrintable(m_node.url().toString()));
    auto deployer = m_node.devAccount(0);
    AZC_VERIFY_OK(deployer);
    m_deployer = *deployer;
    auto token = m_node.deployToken(0);
    AZC_VERIFY_OK(token);
    m_token = *token;
}

void TestAzcToken::deploysWithMetadataAndSupply()
{
    // Dev account 0's first transaction on a fresh chain: the address Ethereum tooling expects
    // (CREATE from 0xf39F...2266 with nonce 0). scripts/demo_chain.sh relies on it too.
    QCOMPARE(toChecksumAddress(m_token),
             QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3"));

    auto name = m_node.ethCall(m_token, erc20::nameCall());
    AZC_VERIFY_OK(name);
    QCOMPARE(erc20::decodeString(*name).value(), QStringLiteral("AZCoiner"));
    auto symbol = m_node.ethCall(m_token, erc20::symbolCall());
    AZC_VERIFY_OK(symbol);
    QCOMPARE(erc20::decodeString(*symbol).value(), QStringLiteral("AZC"));
    auto decimals = m_node.ethCall(m_token, erc20::decimalsCall());
    AZC_VERIFY_OK(decimals);
    QCOMPARE(erc20::decodeUint(*decimals).value(), uint256(18));
    auto supply = m_node.ethCall(m_token, erc20::totalSupplyCall());
    AZC_VERIFY_OK(supply);
    QCOMPARE(erc20::decodeUint(*supply).value(), uint256(kSupply));

    auto balance = m_node.tokenBalance(m_token, m_deployer);
    AZC_VERIFY_OK(balance);
    QCOMPARE(*balance, uint256(kSupply));
}

void TestAzcToken::transferMovesBalanceAndLogsOnce()
{
    auto recipient = m_node.devAccount(1);
    AZC_VERIFY_OK(recipient);
    auto senderBefore = m_node.tokenBalance(m_token, m_deployer);
    AZC_VERIFY_OK(senderBefore);
    auto recipientBefore = m_node.tokenBalance(m_token, *recipient);
    AZC_VERIFY_OK(recipientBefore);
    QVERIFY(recipientBefore->isEmpty()); // zero

    const UInt128 amount = 1234 * kAzc + kAzc / 2; // 1234.5 AZC
    auto hash = m_node.tokenTransfer(m_token, 0, *recipient, uint256(amount));
    AZC_VERIFY_OK(hash);
    auto receipt = m_node.waitForReceipt(*hash);
    AZC_VERIFY_OK(receipt);
    QCOMPARE(receipt->value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));

    const QJsonArray logs = receipt->value(QStringLiteral("logs")).toArray();
    QCOMPARE(logs.size(), 1);
    const QJsonObject log = logs.first().toObject();
    const QJsonArray topics = log.value(QStringLiteral("topics")).toArray();
    QCOMPARE(topics.size(), 3);
    QCOMPARE(topics.at(0).toString(), toData(erc20::transferEventTopic()));
    auto transfer = erc20::decodeTransferLog(log);
    AZC_VERIFY_OK(transfer);
    QCOMPARE(transfer->token, m_token);
    QCOMPARE(transfer->from, m_deployer);
    QCOMPARE(transfer->to, *recipient);
    QCOMPARE(transfer->value, uint256(amount));
    QCOMPARE(transfer->transactionHash, *hash);
    QCOMPARE(toQuantity(transfer->blockNumber),
             receipt->value(QStringLiteral("blockNumber")).toString());

    auto recipientAfter = m_node.tokenBalance(m_token, *recipient);
    AZC_VERIFY_OK(recipientAfter);
    QCOMPARE(*recipientAfter, uint256(amount));
    auto senderAfter = m_node.tokenBalance(m_token, m_deployer);
    AZC_VERIFY_OK(senderAfter);
    QCOMPARE(*senderAfter, uint256(kSupply - amount));
}

void TestAzcToken::overdraftReverts()
{
    // Dev account 2 has ETH for gas but no AZC.
    auto from = m_node.devAccount(2);
    AZC_VERIFY_OK(from);
    auto calldata = erc20::transferCall(m_deployer, uint256(1));
    AZC_VERIFY_OK(calldata);
    QJsonObject tx{{QStringLiteral("from"), toData(*from)},
                   {QStringLiteral("to"), toData(m_token)},
                   {QStringLiteral("data"), toData(*calldata)}};

    // Gas estimation reverts with the contract's custom error. (Anvil's eth_sendTransaction
    // does not estimate first: it would send the overdraft anyway.)
    auto refused = m_node.rpc(QStringLiteral("eth_estimateGas"), {tx});
    QVERIFY2(!refused.ok(), "an overdraft passed gas estimation");
    QCOMPARE(refused.error().reason, QStringLiteral("rpc_error"));
    qInfo("node said: %s", qPrintable(refused.error().message));
    const QString revertData = refused.error().data.value(QStringLiteral("nodeData")).toString();
    QVERIFY2(revertData.startsWith(
                     toData(erc20::selector("InsufficientBalance(address,uint256,uint256)"))),
             qPrintable(revertData));

    // Sent anyway, it is mined and fails on chain, without a log.
    tx.insert(QStringLiteral("gas"), toQuantity(quint64(100000)));
    auto hash = m_node.sendTransaction(tx);
    AZC_VERIFY_OK(hash);
    auto receipt = m_node.waitForReceipt(*hash);
    AZC_VERIFY_OK(receipt);
    QCOMPARE(receipt->value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
    QVERIFY(receipt->value(QStringLiteral("logs")).toArray().isEmpty());
    auto balance = m_node.tokenBalance(m_token, *from);
    AZC_VERIFY_OK(balance);
    QVERIFY(balance->isEmpty());
}

void TestAzcToken::revertUndoesTransfer()
{
    const QByteArray stranger = address("0x000000000000000000000000000000000000dEaD");
    auto before = m_node.blockNumber();
    AZC_VERIFY_OK(before);
    auto id = m_node.snapshot();
    AZC_VERIFY_OK(id);

    auto hash = m_node.tokenTransfer(m_token, 0, stranger, uint256(42 * kAzc));
    AZC_VERIFY_OK(hash);
    AZC_VERIFY_OK(m_node.waitForReceipt(*hash));
    auto during = m_node.tokenBalance(m_token, stranger);
    AZC_VERIFY_OK(during);
    QCOMPARE(*during, uint256(42 * kAzc));

    AZC_VERIFY_OK(m_node.revert(*id));
    auto after = m_node.tokenBalance(m_token, stranger);
    AZC_VERIFY_OK(after);
    QVERIFY(after->isEmpty());
    auto block = m_node.blockNumber();
    AZC_VERIFY_OK(block);
    QCOMPARE(*block, *before);
    auto receipt = m_node.rpc(QStringLiteral("eth_getTransactionReceipt"), {toData(*hash)});
    AZC_VERIFY_OK(receipt);
    QVERIFY(receipt->isNull());
    // A snapshot is used up by its revert.
    QVERIFY(!m_node.revert(*id).ok());
}

void TestAzcToken::minesOnDemandWithoutAutomine()
{
    const QByteArray payee = address("0x00000000000000000000000000000000000beef1");
    AZC_VERIFY_OK(m_node.setAutomine(false));
    auto start = m_node.blockNumber();
    AZC_VERIFY_OK(start);

    auto hash = m_node.sendEth(0, payee, uint256(kAzc)); // 1 ETH
    AZC_VERIFY_OK(hash);
    auto pending = m_node.rpc(QStringLiteral("eth_getTransactionReceipt"), {toData(*hash)});
    AZC_VERIFY_OK(pending);
    QVERIFY(pending->isNull());
    auto unpaid = m_node.ethBalance(payee);
    AZC_VERIFY_OK(unpaid);
    QVERIFY(unpaid->isEmpty());

    AZC_VERIFY_OK(m_node.mine(3));
    auto receipt = m_node.waitForReceipt(*hash, 2000);
    AZC_VERIFY_OK(receipt);
    QCOMPARE(receipt->value(QStringLiteral("blockNumber")).toString(), toQuantity(*start + 1));
    auto block = m_node.blockNumber();
    AZC_VERIFY_OK(block);
    QCOMPARE(*block, *start + 3);
    auto paid = m_node.ethBalance(payee);
    AZC_VERIFY_OK(paid);
    QCOMPARE(*paid, uint256(kAzc));

    AZC_VERIFY_OK(m_node.setBalance(payee, uint256(5)));
    auto set = m_node.ethBalance(payee);
    AZC_VERIFY_OK(set);
    QCOMPARE(*set, uint256(5));
    AZC_VERIFY_OK(m_node.setAutomine(true));
}

QTEST_GUILESS_MAIN(TestAzcToken)
#include "tst_azc_token.moc"
