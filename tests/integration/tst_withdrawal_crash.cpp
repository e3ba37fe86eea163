// A withdrawal never leaves twice, whatever moment the server dies at. A
// real azcoinerd follows a private anvil; a failpoint makes it exit
// (a) right after the signed transaction is stored, before any broadcast,
// and (b) right after the node accepted it, before that was recorded. After
// a restart without the failpoint the withdrawal confirms, the hot wallet
// has sent exactly one transaction (its on-chain nonce is 1), it is the very
// transaction signed before the crash, the recipient got the amount once,
// and `azcoinerd ledger verify` passes. On SQLite and PostgreSQL.

#include "anvil_node.h"
#include "azcoinerd_process.h"
#include "chain/evm_quantity.h"
#include "chaincrypto/eth_address.h"
#include "storage/database.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

chain::UInt256 wei(const char *eth) { return chain::fromAmount(Amount::parse(QString::fromLatin1(eth), 18).value()); }
Amount amountOf(const chain::UInt256 &v) { return chain::toAmount(v).value(); }

QJsonObject params(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(k, v);
    return o;
}

} // namespace

class TstWithdrawalCrash : public QObject
{
    Q_OBJECT

    bool waitFor(AnvilNode &anvil, const std::function<bool()> &done, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (done())
                return true;
            QTest::qWait(150);
            (void)anvil.mine(1);
        }
        return done();
    }

private Q_SLOTS:
    void crashNeverSendsTwice_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::newRow("after signing") << QStringLiteral("outbox.after_sign.withdrawal");
        QTest::newRow("after broadcasting") << QStringLiteral("outbox.after_broadcast.withdrawal");
    }

    void crashNeverSendsTwice()
    {
        QFETCH(QString, failpoint);
        AnvilNode anvil;
        QVERIFY(anvil.start().ok());
        ScratchDatabase scratch;
        QVERIFY(!scratch.url().isEmpty());
        QTemporaryDir data;
        QFile passphrase(data.filePath(QStringLiteral("passphrase")));
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write("crash test custody passphrase\n");
        passphrase.close();

        AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
        server.args = {QStringLiteral("--data-dir"), data.filePath(QStringLiteral("server")),
                       QStringLiteral("--database"), scratch.url(),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()),
                       QStringLiteral("--demo"), QStringLiteral("--custody-passphrase-file"), passphrase.fileName(),
                       QStringLiteral("--chain-poll-ms"), QStringLiteral("100"),
                       QStringLiteral("--address-cooling-seconds"), QStringLiteral("0"),
                       QStringLiteral("--demo-chain-url"), anvil.url().toString()};
        server.environment.insert(QStringLiteral("AZC_FAILPOINT"), failpoint);
        QVERIFY(server.start());

        WsClient alice, support, admin;
        QVERIFY(alice.open(server.url) && support.open(server.url) && admin.open(server.url));
        QVERIFY(!alice.login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty());
        QVERIFY(!support.login(QStringLiteral("support"), QStringLiteral("AzcSupport#2026")).isEmpty());
        QVERIFY(!admin.login(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")).isEmpty());
        const QByteArray hot = chain::parseAddress(admin.result(QStringLiteral("chain.adminNetworks"))[QStringLiteral("networks")]
                                                           .toArray().at(0)[QStringLiteral("hotWallet")].toString()).value();
        const QByteArray deposit = chain::parseAddress(alice.result(QStringLiteral("deposit.address"),
                                                                    params({{QStringLiteral("network"), QStringLiteral("anvil")}}))
                                                               [QStringLiteral("address")].toString()).value();
        // The house funds the hot wallet's gas; alice deposits what she will withdraw.
        QVERIFY(anvil.sendEth(0, hot, wei("1")).ok());
        QVERIFY(anvil.sendEth(0, deposit, wei("1")).ok());
        QVERIFY(waitFor(anvil, [&] {
            const QJsonArray list = alice.result(QStringLiteral("deposit.list"))[QStringLiteral("deposits")].toArray();
            return !list.isEmpty() && list.at(0)[QStringLiteral("status")] == QStringLiteral("credited");
        }));

        const QByteArray recipient = anvil.devAccount(1).value();
        const Amount recipientBefore = amountOf(anvil.ethBalance(recipient).value());
        QVERIFY(alice.call(QStringLiteral("withdraw.addAddress"),
                           params({{QStringLiteral("network"), QStringLiteral("anvil")},
                                   {QStringLiteral("address"), chain::toChecksumAddress(recipient)},
                                   {QStringLiteral("label"), QStringLiteral("Savings")},
                                   {QStringLiteral("password"), QStringLiteral("AzcAlice#2026")}})).contains(QStringLiteral("result")));
        const QString id = alice.result(QStringLiteral("withdraw.request"),
                                        params({{QStringLiteral("network"), QStringLiteral("anvil")},
                                                {QStringLiteral("asset"), QStringLiteral("ETH")},
                                                {QStringLiteral("amount"), QStringLiteral("0.15")},
                                                {QStringLiteral("address"), chain::toChecksumAddress(recipient)},
                                                {QStringLiteral("idempotencyKey"), QStringLiteral("crash-withdrawal-1")}}))
                                   [QStringLiteral("withdrawal")][QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(support.call(QStringLiteral("withdraw.approve"), params({{QStringLiteral("id"), id}})).contains(QStringLiteral("result")));

        // The failpoint ends the process (exit code 70) once the transaction is signed (and maybe sent).
        QCOMPARE(server.waitForExit(30000), 70);
        QString signedHash;
        {
            auto db = storage::Database::open(scratch.url());
            QVERIFY(db.ok());
            auto rows = db.value()->exec(QStringLiteral("SELECT hash, status FROM chain_txs WHERE purpose = 'withdrawal'"));
            QVERIFY(rows.ok());
            QVERIFY(rows.value().next());
            signedHash = QStringLiteral("0x") + rows.value().value(0).toString();
            QCOMPARE(rows.value().value(1).toString(), QStringLiteral("signed"));
            QVERIFY(!rows.value().next()); // exactly one signed withdrawal transaction
        }
        const bool broadcastBeforeCrash = failpoint.contains(QLatin1String("after_broadcast"));
        const auto known = anvil.rpc(QStringLiteral("eth_getTransactionByHash"), {signedHash});
        QVERIFY(known.ok());
        QCOMPARE(known->isObject(), broadcastBeforeCrash);

        server.environment.remove(QStringLiteral("AZC_FAILPOINT"));
        QVERIFY(server.start());
        WsClient again;
        QVERIFY(again.open(server.url));
        QVERIFY(!again.login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty());
        QJsonObject w;
        QVERIFY(waitFor(anvil, [&] {
            w = again.result(QStringLiteral("withdraw.get"), params({{QStringLiteral("id"), id}}))[QStringLiteral("withdrawal")].toObject();
            return w[QStringLiteral("status")] == QStringLiteral("confirmed");
        }));
        QCOMPARE(w[QStringLiteral("txHash")].toString(), signedHash);
        // Exactly one transaction ever left the hot wallet, and the recipient got the amount once.
        const auto sent = anvil.rpc(QStringLiteral("eth_getTransactionCount"), {chain::toData(hot), QStringLiteral("latest")});
        QVERIFY(sent.ok());
        QCOMPARE(sent->toString(), QStringLiteral("0x1"));
        QCOMPARE(amountOf(anvil.ethBalance(recipient).value()), *recipientBefore.checkedAdd(amountOf(wei("0.15"))));
        server.stop();

        const QString problems = ledgerVerifyProblems(QStringLiteral(AZCOINERD_PATH), data.filePath(QStringLiteral("server")), scratch.url());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TstWithdrawalCrash)
#include "tst_withdrawal_crash.moc"
