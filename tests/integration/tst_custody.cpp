// Custody against a real EVM node: a private anvil per test process, the AZC
// token deployed on it, and a real backend (SQLite and PostgreSQL) following
// the chain every 100 ms. Deposits of ETH and AZC are credited exactly once
// after three confirmations, also across a restart mid-confirmation and a
// reorg (anvil's snapshot/revert); sweeps move them to the hot wallet;
// withdrawals go through the address book, limits and the approval queue,
// land on chain with the right amount, and reconciliation matches. A crash
// between signing and broadcasting a withdrawal (azcoinerd with a failpoint)
// sends exactly one transaction.

#include "anvil_node.h"
#include "chain/evm_quantity.h"
#include "chaincrypto/eth_address.h"
#include "common/amount.h"
#include "storage/database.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

constexpr auto kPassphrase = "custody test passphrase";

QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

chain::UInt256 wei(const char *eth) { return chain::fromAmount(Amount::parse(QString::fromLatin1(eth), 18).value()); }

Amount amountOf(const chain::UInt256 &v) { return chain::toAmount(v).value(); }

QJsonObject params(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(k, v);
    return o;
}

QJsonObject errorData(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject();
}

} // namespace

class TstCustody : public QObject
{
    Q_OBJECT
    AnvilNode m_anvil;
    QByteArray m_token;
    std::unique_ptr<TestBackend> m_backend;

    BackendConfig config() const
    {
        BackendConfig c;
        c.seedDemoData = true;
        c.custody.passphrase = QString::fromLatin1(kPassphrase);
        c.custody.pollIntervalMs = 100;
        c.custody.addressCoolingMs = 1500;
        c.custody.demoRpcUrl = m_anvil.url().toString();
        c.custody.demoTokenAddress = chain::toChecksumAddress(m_token);
        return c;
    }

    std::unique_ptr<WsClient> as(const char *username, const char *password)
    {
        return test::signIn(m_backend->url(), QString::fromLatin1(username), QString::fromLatin1(password));
    }
    std::unique_ptr<WsClient> alice() { return as("alice", "AzcAlice#2026"); }
    std::unique_ptr<WsClient> support() { return as("support", "AzcSupport#2026"); }
    std::unique_ptr<WsClient> admin() { return as("admin", "AzcAdmin#2026"); }
    std::unique_ptr<WsClient> finance() { return as("finance", "AzcFinance#2026"); }

    static Amount available(WsClient &c, const QString &asset)
    {
        const QJsonArray balances = c.result(QStringLiteral("wallet.balances")).value(QStringLiteral("balances")).toArray();
        for (const QJsonValue &b : balances)
            if (b[QStringLiteral("asset")].toString() == asset)
                return Amount::parse(b[QStringLiteral("available")].toString(), 18).value();
        return Amount();
    }

    static QByteArray depositAddress(WsClient &c)
    {
        const QJsonObject r = c.result(QStringLiteral("deposit.address"), params({{QStringLiteral("network"), QStringLiteral("anvil")}}));
        return chain::parseAddress(r.value(QStringLiteral("address")).toString()).value();
    }

    static QJsonObject deposit(WsClient &c, const QString &txHash)
    {
        const QJsonArray list = c.result(QStringLiteral("deposit.list")).value(QStringLiteral("deposits")).toArray();
        for (const QJsonValue &d : list)
            if (d[QStringLiteral("txHash")].toString() == txHash)
                return d.toObject();
        return {};
    }

    // Lets the backend follow the chain until `done` holds, mining a block
    // every `mineEveryMs` when asked to (confirmations need new blocks).
    bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000, int mineEveryMs = 0)
    {
        QDeadlineTimer deadline(timeoutMs);
        QElapsedTimer sinceMine;
        sinceMine.start();
        while (!deadline.hasExpired()) {
            if (done())
                return true;
            QTest::qWait(50);
            if (mineEveryMs > 0 && sinceMine.elapsed() >= mineEveryMs) {
                (void)m_anvil.mine(1);
                sinceMine.restart();
            }
        }
        return done();
    }

    QByteArray hotWallet()
    {
        auto a = admin();
        const QJsonArray nets = a->result(QStringLiteral("chain.adminNetworks")).value(QStringLiteral("networks")).toArray();
        return chain::parseAddress(nets.at(0)[QStringLiteral("hotWallet")].toString()).value();
    }

    // Reconciliation settles once in-flight transactions are booked; says what differs if it does not.
    bool reconciles()
    {
        QJsonObject last;
        const bool ok = waitFor([&] {
            last = admin()->result(QStringLiteral("custody.reconcile"));
            return last[QStringLiteral("ok")].toBool();
        }, 10000, 200);
        if (!ok)
            qWarning().noquote() << QJsonDocument(last[QStringLiteral("networks")].toArray()).toJson(QJsonDocument::Compact);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto started = m_anvil.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        auto token = m_anvil.deployToken(0);
        QVERIFY(token.ok());
        m_token = token.value();
        m_backend = std::make_unique<TestBackend>(config());
        QVERIFY(m_backend->start());
    }

    void networkIsConfiguredAndOnline()
    {
        auto c = alice();
        QVERIFY(waitFor([&] {
            const QJsonArray nets = c->result(QStringLiteral("chain.networks")).value(QStringLiteral("networks")).toArray();
            return nets.size() == 1 && nets.at(0)[QStringLiteral("online")].toBool();
        }));
        const QJsonObject net = c->result(QStringLiteral("chain.networks"))[QStringLiteral("networks")].toArray().at(0).toObject();
        QCOMPARE(net[QStringLiteral("chainId")].toInt(), 31337);
        QCOMPARE(net[QStringLiteral("confirmations")].toInt(), 3);
        QCOMPARE(net[QStringLiteral("assets")].toArray().size(), 2);
        QVERIFY(!net.contains(QStringLiteral("rpcUrl"))); // users never see the node
    }

    void depositAddressesAreStablePerUserWithoutGaps()
    {
        auto a = alice();
        auto b = as("bob", "AzcBob#2026");
        const QJsonObject first = a->result(QStringLiteral("deposit.address"), params({{QStringLiteral("network"), QStringLiteral("anvil")}}));
        const QJsonObject again = a->result(QStringLiteral("deposit.address"), params({{QStringLiteral("network"), QStringLiteral("anvil")}}));
        const QJsonObject bobs = b->result(QStringLiteral("deposit.address"), params({{QStringLiteral("network"), QStringLiteral("anvil")}}));
        QCOMPARE(first[QStringLiteral("address")], again[QStringLiteral("address")]);
        QVERIFY(first[QStringLiteral("address")] != bobs[QStringLiteral("address")]);
        QCOMPARE(bobs[QStringLiteral("index")].toInt(), first[QStringLiteral("index")].toInt() + 1);
        // EIP-55 checksummed, and EIP-681 URIs for the QR code.
        QVERIFY(chain::parseAddress(first[QStringLiteral("address")].toString()).ok());
        QVERIFY(first[QStringLiteral("address")].toString() != first[QStringLiteral("address")].toString().toLower());
        const QJsonArray assets = first[QStringLiteral("assets")].toArray(); // AZC, ETH
        QCOMPARE(assets.at(1)[QStringLiteral("uri")].toString(),
                 QStringLiteral("ethereum:%1@31337").arg(first[QStringLiteral("address")].toString()));
        QCOMPARE(assets.at(0)[QStringLiteral("uri")].toString(),
                 QStringLiteral("ethereum:%1@31337/transfer?address=%2")
                         .arg(chain::toChecksumAddress(m_token), first[QStringLiteral("address")].toString()));
        QCOMPARE(reason(a->call(QStringLiteral("deposit.address"), params({{QStringLiteral("network"), QStringLiteral("nope")}}))),
                 QStringLiteral("not_found"));
        // An EVM address is the same on every EVM chain, so it belongs to the same user on every
        // network: coins sent on the wrong network stay with their sender's owner. (A second
        // network whose node is down still hands out addresses.)
        auto setNetwork = [&](const char *id, int chainId) {
            return admin()->call(QStringLiteral("chain.setNetwork"),
                                 params({{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("name"), QStringLiteral("Other")},
                                         {QStringLiteral("chainId"), chainId}, {QStringLiteral("rpcUrl"), QStringLiteral("http://127.0.0.1:9")},
                                         {QStringLiteral("confirmations"), 3}, {QStringLiteral("nativeAsset"), QStringLiteral("ETH")}}));
        };
        QCOMPARE(errorData(setNetwork("anvil-again", 31337))[QStringLiteral("field")].toString(), QStringLiteral("chainId"));
        QVERIFY(setNetwork("offline", 1).contains(QStringLiteral("result")));
        auto onOffline = [&](WsClient &w) {
            return w.result(QStringLiteral("deposit.address"), params({{QStringLiteral("network"), QStringLiteral("offline")}}));
        };
        QCOMPARE(onOffline(*a)[QStringLiteral("address")], first[QStringLiteral("address")]);
        auto c = as("carol", "AzcCarol#2026");
        const QJsonObject carols = onOffline(*c);
        QCOMPARE(carols[QStringLiteral("index")].toInt(), bobs[QStringLiteral("index")].toInt() + 1);
        QCOMPARE(c->result(QStringLiteral("deposit.address"), params({{QStringLiteral("network"), QStringLiteral("anvil")}}))
                         [QStringLiteral("address")], carols[QStringLiteral("address")]);
        // Off again, so the rest of the suite follows one chain.
        QVERIFY(admin()->call(QStringLiteral("chain.setNetwork"),
                              params({{QStringLiteral("id"), QStringLiteral("offline")}, {QStringLiteral("name"), QStringLiteral("Other")},
                                      {QStringLiteral("chainId"), 1}, {QStringLiteral("rpcUrl"), QStringLiteral("http://127.0.0.1:9")},
                                      {QStringLiteral("confirmations"), 3}, {QStringLiteral("nativeAsset"), QStringLiteral("ETH")},
                                      {QStringLiteral("enabled"), false}}))
                        .contains(QStringLiteral("result")));
    }

    void ethDepositIsCreditedOnceAfterConfirmations()
    {
        auto c = alice();
        const QByteArray address = depositAddress(*c);
        const Amount before = available(*c, QStringLiteral("ETH"));
        auto tx = m_anvil.sendEth(0, address, wei("1.5")); // automined: confirmation 1
        QVERIFY(tx.ok());
        const QString hash = QStringLiteral("0x") + QString::fromLatin1(tx->toHex());
        QVERIFY(waitFor([&] { return deposit(*c, hash)[QStringLiteral("status")] == QStringLiteral("seen"); }));
        const QJsonObject seenEvent = c->waitEvent(QStringLiteral("event.deposit.changed"), 3000);
        QCOMPARE(seenEvent[QStringLiteral("deposit")][QStringLiteral("status")].toString(), QStringLiteral("seen"));
        QCOMPARE(available(*c, QStringLiteral("ETH")), before);
        QVERIFY(m_anvil.mine(1).ok()); // 2 of 3
        QTest::qWait(400);
        QCOMPARE(deposit(*c, hash)[QStringLiteral("status")].toString(), QStringLiteral("seen"));
        QCOMPARE(deposit(*c, hash)[QStringLiteral("confirmations")].toInt(), 2);
        QCOMPARE(available(*c, QStringLiteral("ETH")), before);
        QVERIFY(m_anvil.mine(1).ok()); // 3 of 3
        QVERIFY(waitFor([&] { return deposit(*c, hash)[QStringLiteral("status")] == QStringLiteral("credited"); }));
        QCOMPARE(available(*c, QStringLiteral("ETH")), *before.checkedAdd(amountOf(wei("1.5"))));
        QStringList kinds;
        for (const QJsonValue &n : c->result(QStringLiteral("notify.list"))[QStringLiteral("notifications")].toArray())
            kinds.append(n[QStringLiteral("kind")].toString());
        QVERIFY(kinds.contains(QStringLiteral("deposit.seen")));
        QVERIFY(kinds.contains(QStringLiteral("deposit.credited")));
        // More blocks and passes credit nothing more.
        QVERIFY(m_anvil.mine(5).ok());
        QTest::qWait(600);
        QCOMPARE(available(*c, QStringLiteral("ETH")), *before.checkedAdd(amountOf(wei("1.5"))));
    }

    void tokenDepositIsCredited()
    {
        auto c = alice();
        const QByteArray address = depositAddress(*c);
        const Amount before = available(*c, QStringLiteral("AZC"));
        auto tx = m_anvil.tokenTransfer(m_token, 0, address, wei("250"));
        QVERIFY(tx.ok());
        const QString hash = QStringLiteral("0x") + QString::fromLatin1(tx->toHex());
        QVERIFY(waitFor([&] { return deposit(*c, hash)[QStringLiteral("status")] == QStringLiteral("credited"); },
                        20000, 300));
        QCOMPARE(deposit(*c, hash)[QStringLiteral("asset")].toString(), QStringLiteral("AZC"));
        QCOMPARE(available(*c, QStringLiteral("AZC")), *before.checkedAdd(amountOf(wei("250"))));
        // Below the minimum (1 AZC): recorded, never credited.
        auto dust = m_anvil.tokenTransfer(m_token, 0, address, wei("0.5"));
        QVERIFY(dust.ok());
        const QString dustHash = QStringLiteral("0x") + QString::fromLatin1(dust->toHex());
        QVERIFY(waitFor([&] { return deposit(*c, dustHash)[QStringLiteral("status")] == QStringLiteral("below_minimum"); }));
        QVERIFY(m_anvil.mine(4).ok());
        QTest::qWait(500);
        QCOMPARE(available(*c, QStringLiteral("AZC")), *before.checkedAdd(amountOf(wei("250"))));
    }

    void reorgOrphansAnUnconfirmedDeposit()
    {
        auto c = alice();
        const QByteArray address = depositAddress(*c);
        const Amount before = available(*c, QStringLiteral("ETH"));
        auto snapshot = m_anvil.snapshot();
        QVERIFY(snapshot.ok());
        auto tx = m_anvil.sendEth(0, address, wei("0.7"));
        QVERIFY(tx.ok());
        const QString hash = QStringLiteral("0x") + QString::fromLatin1(tx->toHex());
        QVERIFY(waitFor([&] { return deposit(*c, hash)[QStringLiteral("status")] == QStringLiteral("seen"); }));
        // The block with the payment leaves the chain; a longer chain without it replaces it.
        QVERIFY(m_anvil.revert(snapshot.value()).ok());
        QVERIFY(m_anvil.mine(4).ok());
        QVERIFY(waitFor([&] { return deposit(*c, hash)[QStringLiteral("status")] == QStringLiteral("orphaned"); }));
        QVERIFY(m_anvil.mine(4).ok());
        QTest::qWait(600);
        QCOMPARE(deposit(*c, hash)[QStringLiteral("status")].toString(), QStringLiteral("orphaned"));
        QCOMPARE(available(*c, QStringLiteral("ETH")), before);
    }

    void restartMidConfirmationCreditsOnce()
    {
        const QByteArray address = depositAddress(*alice());
        const Amount before = available(*alice(), QStringLiteral("ETH"));
        auto tx = m_anvil.sendEth(0, address, wei("0.3"));
        QVERIFY(tx.ok());
        const QString hash = QStringLiteral("0x") + QString::fromLatin1(tx->toHex());
        {
            auto c = alice();
            QVERIFY(waitFor([&] { return deposit(*c, hash)[QStringLiteral("status")] == QStringLiteral("seen"); }));
        }
        m_backend->stop();
        QVERIFY(m_anvil.mine(1).ok()); // confirmations reached while the backend is down
        QVERIFY(m_anvil.mine(2).ok());
        QVERIFY(m_backend->restart());
        auto c = alice();
        QVERIFY(waitFor([&] { return deposit(*c, hash)[QStringLiteral("status")] == QStringLiteral("credited"); }));
        QVERIFY(m_anvil.mine(3).ok());
        QTest::qWait(500);
        QCOMPARE(available(*c, QStringLiteral("ETH")), *before.checkedAdd(amountOf(wei("0.3"))));
    }

    // The process stopped between writing a withdrawal request and placing its hold:
    // the next start finishes it with the same ledger key (held once, "requested").
    void aRequestCutShortByARestartIsFinished()
    {
        QString aliceId;
        {
            auto c = alice();
            aliceId = c->result(QStringLiteral("account.me"))[QStringLiteral("user")][QStringLiteral("id")].toString();
        }
        const Amount before = available(*alice(), QStringLiteral("ETH"));
        m_backend->stop();
        {
            auto db = storage::Database::open(m_backend->databaseUrl());
            QVERIFY(db.ok());
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO chain_withdrawals (id, user_id, network_id, asset, address,"
                                                    " amount, fee, hold_id, status, approvals_needed, tx_id, reason,"
                                                    " idempotency_key, fingerprint, created_at, updated_at)"
                                                    " VALUES ('cut-short', ?, 'anvil', 'ETH', ?, ?, ?, '', 'holding', 1, '', '',"
                                                    " 'cut-short-key', 'fp', ?, ?)"),
                                     {aliceId, QString::fromLatin1(m_anvil.devAccount(1).value().toHex()),
                                      amountOf(wei("0.01")).unitsText(), amountOf(wei("0.0005")).unitsText(), now, now})
                            .ok());
        }
        QVERIFY(m_backend->restart());
        auto c = alice();
        QVERIFY(waitFor([&] {
            return c->result(QStringLiteral("withdraw.get"), params({{QStringLiteral("id"), QStringLiteral("cut-short")}}))
                           [QStringLiteral("withdrawal")][QStringLiteral("status")] == QStringLiteral("requested");
        }));
        QCOMPARE(available(*c, QStringLiteral("ETH")), *before.checkedSub(amountOf(wei("0.0105"))));
        QVERIFY(c->call(QStringLiteral("withdraw.cancel"), params({{QStringLiteral("id"), QStringLiteral("cut-short")}}))
                        .contains(QStringLiteral("result")));
        QCOMPARE(available(*c, QStringLiteral("ETH")), before);
    }

    void sweepsMoveCreditedDepositsToTheHotWallet()
    {
        const QByteArray hot = hotWallet();
        auto a = admin();
        QVERIFY(waitFor([&] {
            return a->result(QStringLiteral("custody.unswept"))[QStringLiteral("deposits")].toArray().isEmpty();
        }, 40000, 200));
        // 1.5 + 0.3 ETH swept, less gas; all 250 AZC (after a gas top-up).
        const Amount hotEth = amountOf(m_anvil.ethBalance(hot).value());
        QVERIFY(hotEth > amountOf(wei("1.79")));
        QVERIFY(hotEth < amountOf(wei("1.8")));
        QCOMPARE(amountOf(m_anvil.tokenBalance(m_token, hot).value()), amountOf(wei("250")));
        QVERIFY(reconciles());
    }

    void withdrawalRequestsAreValidated()
    {
        auto c = alice();
        const QByteArray dev1 = m_anvil.devAccount(1).value();
        const QString checksummed = chain::toChecksumAddress(dev1);
        QString wrongCase = checksummed;
        for (int i = 2; i < wrongCase.size(); ++i) // flip the case of the first letter
            if (wrongCase.at(i).isLetter()) {
                wrongCase[i] = wrongCase.at(i).isUpper() ? wrongCase.at(i).toLower() : wrongCase.at(i).toUpper();
                break;
            }
        auto add = [&](const QString &address) {
            return c->call(QStringLiteral("withdraw.addAddress"),
                           params({{QStringLiteral("network"), QStringLiteral("anvil")},
                                   {QStringLiteral("address"), address}, {QStringLiteral("label"), QStringLiteral("Cold")},
                                   {QStringLiteral("password"), QStringLiteral("AzcAlice#2026")}}));
        };
        QCOMPARE(reason(add(wrongCase)), QStringLiteral("bad_checksum"));
        QCOMPARE(reason(add(QStringLiteral("0x1234"))), QStringLiteral("invalid_address"));
        QCOMPARE(reason(add(QStringLiteral("0xZZ") + checksummed.mid(4))), QStringLiteral("invalid_address"));
        QVERIFY(add(checksummed).contains(QStringLiteral("result")));
        QCOMPARE(reason(add(checksummed.toLower())), QStringLiteral("already_exists"));

        auto request = [&](const QString &amount, const QString &address) {
            return c->call(QStringLiteral("withdraw.request"),
                           params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("ETH")},
                                   {QStringLiteral("amount"), amount}, {QStringLiteral("address"), address},
                                   {QStringLiteral("idempotencyKey"), key()}}));
        };
        const Amount before = available(*c, QStringLiteral("ETH"));
        const QJsonObject cooling = request(QStringLiteral("0.1"), checksummed);
        QCOMPARE(reason(cooling), QStringLiteral("invalid_state"));
        QCOMPARE(errorData(cooling)[QStringLiteral("detail")].toString(), QStringLiteral("address_cooling"));
        QTest::qWait(1600);
        const QJsonObject small = request(QStringLiteral("0.001"), checksummed);
        QCOMPARE(reason(small), QStringLiteral("invalid_amount"));
        QCOMPARE(errorData(small)[QStringLiteral("detail")].toString(), QStringLiteral("below_minimum"));
        QCOMPARE(errorData(small)[QStringLiteral("minimum")].toString(), QStringLiteral("0.01"));
        QCOMPARE(reason(request(QStringLiteral("0.1"), chain::toChecksumAddress(m_anvil.devAccount(2).value()))),
                 QStringLiteral("not_found")); // not in the address book
        QCOMPARE(reason(request(QStringLiteral("0.1"), wrongCase)), QStringLiteral("bad_checksum"));
        QCOMPARE(reason(request(QStringLiteral("0.0000000000000000001"), checksummed)), QStringLiteral("invalid_amount"));
        QCOMPARE(reason(request(QStringLiteral("9000"), checksummed)), QStringLiteral("limit_exceeded"));
        QCOMPARE(available(*c, QStringLiteral("ETH")), before); // nothing held by a refusal
    }

    void approvedWithdrawalLandsOnChain()
    {
        auto c = alice();
        const QByteArray dev1 = m_anvil.devAccount(1).value();
        const Amount chainBefore = amountOf(m_anvil.ethBalance(dev1).value());
        const Amount before = available(*c, QStringLiteral("ETH"));
        const QString idem = key();
        const QJsonObject req = params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("ETH")},
                                        {QStringLiteral("amount"), QStringLiteral("0.2")},
                                        {QStringLiteral("address"), chain::toChecksumAddress(dev1)},
                                        {QStringLiteral("idempotencyKey"), idem}});
        const QJsonObject w = c->result(QStringLiteral("withdraw.request"), req)[QStringLiteral("withdrawal")].toObject();
        QCOMPARE(w[QStringLiteral("status")].toString(), QStringLiteral("requested"));
        QCOMPARE(w[QStringLiteral("fee")].toString(), QStringLiteral("0.0005"));
        QCOMPARE(c->result(QStringLiteral("withdraw.request"), req)[QStringLiteral("withdrawal")][QStringLiteral("id")], w[QStringLiteral("id")]);
        QCOMPARE(available(*c, QStringLiteral("ETH")), *before.checkedSub(amountOf(wei("0.2005"))));
        const QString id = w[QStringLiteral("id")].toString();
        // Users cannot approve; support can, once.
        QCOMPARE(c->call(QStringLiteral("withdraw.approve"), params({{QStringLiteral("id"), id}}))[QStringLiteral("error")][QStringLiteral("code")].toInt(), -32003);
        auto s = support();
        bool queued = false;
        for (const QJsonValue &q : s->result(QStringLiteral("withdraw.queue"))[QStringLiteral("withdrawals")].toArray())
            queued = queued || q[QStringLiteral("id")].toString() == id;
        QVERIFY(queued);
        QCOMPARE(s->result(QStringLiteral("withdraw.approve"), params({{QStringLiteral("id"), id}}))[QStringLiteral("withdrawal")][QStringLiteral("status")].toString(),
                 QStringLiteral("approved"));
        auto status = [&] { return c->result(QStringLiteral("withdraw.get"), params({{QStringLiteral("id"), id}}))[QStringLiteral("withdrawal")][QStringLiteral("status")].toString(); };
        QVERIFY(waitFor([&] { return status() == QStringLiteral("confirmed"); }, 30000, 200));
        QCOMPARE(amountOf(m_anvil.ethBalance(dev1).value()), *chainBefore.checkedAdd(amountOf(wei("0.2"))));
        QCOMPARE(available(*c, QStringLiteral("ETH")), *before.checkedSub(amountOf(wei("0.2005"))));
        QStringList steps;
        for (const QJsonValue &e : c->result(QStringLiteral("withdraw.get"), params({{QStringLiteral("id"), id}}))[QStringLiteral("withdrawal")][QStringLiteral("timeline")].toArray())
            steps.append(e[QStringLiteral("status")].toString());
        QCOMPARE(steps, (QStringList{QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("signed"),
                                     QStringLiteral("broadcast"), QStringLiteral("confirmed")}));
        QVERIFY(reconciles());
    }

    void concurrentRepeatsMakeOneWithdrawal()
    {
        auto c = alice();
        const Amount before = available(*c, QStringLiteral("ETH"));
        const QJsonObject req = params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("ETH")},
                                        {QStringLiteral("amount"), QStringLiteral("0.03")},
                                        {QStringLiteral("address"), chain::toChecksumAddress(m_anvil.devAccount(1).value())},
                                        {QStringLiteral("idempotencyKey"), key()}});
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids.append(c->send(QStringLiteral("withdraw.request"), req));
        QList<QJsonObject> answers;
        for (const QString &id : ids)
            answers.append(c->take(id)[QStringLiteral("result")][QStringLiteral("withdrawal")].toObject());
        for (const QJsonObject &a : answers) {
            QCOMPARE(a[QStringLiteral("id")], answers.first()[QStringLiteral("id")]);
            QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("requested"));
        }
        QCOMPARE(available(*c, QStringLiteral("ETH")), *before.checkedSub(amountOf(wei("0.0305"))));
        QVERIFY(c->call(QStringLiteral("withdraw.cancel"), params({{QStringLiteral("id"), answers.first()[QStringLiteral("id")]}}))
                        .contains(QStringLiteral("result")));
        QCOMPARE(available(*c, QStringLiteral("ETH")), before);
    }

    void largeWithdrawalsNeedTwoAdmins()
    {
        auto a = admin();
        QVERIFY(a->call(QStringLiteral("chain.setAsset"),
                        params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("ETH")},
                                {QStringLiteral("minDeposit"), QStringLiteral("0.001")}, {QStringLiteral("minWithdrawal"), QStringLiteral("0.01")},
                                {QStringLiteral("withdrawalFee"), QStringLiteral("0.0005")},
                                {QStringLiteral("dualApprovalAbove"), QStringLiteral("0.1")}})).contains(QStringLiteral("result")));
        auto c = alice();
        const QJsonObject w = c->result(QStringLiteral("withdraw.request"),
                                        params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("ETH")},
                                                {QStringLiteral("amount"), QStringLiteral("0.15")},
                                                {QStringLiteral("address"), chain::toChecksumAddress(m_anvil.devAccount(1).value())},
                                                {QStringLiteral("idempotencyKey"), key()}}))[QStringLiteral("withdrawal")].toObject();
        QCOMPARE(w[QStringLiteral("approvalsNeeded")].toInt(), 2);
        const QJsonObject id = params({{QStringLiteral("id"), w[QStringLiteral("id")]}});
        const QJsonObject bySupport = support()->call(QStringLiteral("withdraw.approve"), id);
        QCOMPARE(errorData(bySupport)[QStringLiteral("detail")].toString(), QStringLiteral("needs_admin"));
        QCOMPARE(a->result(QStringLiteral("withdraw.approve"), id)[QStringLiteral("withdrawal")][QStringLiteral("status")].toString(), QStringLiteral("requested"));
        QCOMPARE(a->result(QStringLiteral("withdraw.approve"), id)[QStringLiteral("withdrawal")][QStringLiteral("approvals")].toArray().size(), 1);
        QCOMPARE(finance()->result(QStringLiteral("withdraw.approve"), id)[QStringLiteral("withdrawal")][QStringLiteral("status")].toString(), QStringLiteral("approved"));
        QVERIFY(waitFor([&] {
            return c->result(QStringLiteral("withdraw.get"), id)[QStringLiteral("withdrawal")][QStringLiteral("status")] == QStringLiteral("confirmed");
        }, 30000, 200));
    }

    void rejectedAndCancelledWithdrawalsReturnTheHold()
    {
        auto c = alice();
        const Amount before = available(*c, QStringLiteral("AZC"));
        QVERIFY(c->call(QStringLiteral("withdraw.addAddress"),
                        params({{QStringLiteral("network"), QStringLiteral("anvil")},
                                {QStringLiteral("address"), chain::toChecksumAddress(m_anvil.devAccount(3).value())},
                                {QStringLiteral("label"), QStringLiteral("Friend")},
                                {QStringLiteral("password"), QStringLiteral("AzcAlice#2026")}})).contains(QStringLiteral("result")));
        QTest::qWait(1600);
        auto requestAzc = [&] {
            return c->result(QStringLiteral("withdraw.request"),
                             params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("AZC")},
                                     {QStringLiteral("amount"), QStringLiteral("20")},
                                     {QStringLiteral("address"), chain::toChecksumAddress(m_anvil.devAccount(3).value())},
                                     {QStringLiteral("idempotencyKey"), key()}}))[QStringLiteral("withdrawal")][QStringLiteral("id")].toString();
        };
        const QString rejected = requestAzc();
        QCOMPARE(available(*c, QStringLiteral("AZC")), *before.checkedSub(amountOf(wei("21"))));
        QCOMPARE(support()->result(QStringLiteral("withdraw.reject"),
                                   params({{QStringLiteral("id"), rejected}, {QStringLiteral("reason"), QStringLiteral("Address flagged")}}))
                         [QStringLiteral("withdrawal")][QStringLiteral("status")].toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(reason(support()->call(QStringLiteral("withdraw.approve"), params({{QStringLiteral("id"), rejected}}))), QStringLiteral("invalid_state"));
        const QString cancelled = requestAzc();
        QCOMPARE(c->result(QStringLiteral("withdraw.cancel"), params({{QStringLiteral("id"), cancelled}}))[QStringLiteral("withdrawal")][QStringLiteral("status")].toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(available(*c, QStringLiteral("AZC")), before);
    }

    void azcWithdrawalLandsOnChain()
    {
        auto c = alice();
        const QByteArray dev3 = m_anvil.devAccount(3).value();
        const Amount before = amountOf(m_anvil.tokenBalance(m_token, dev3).value());
        const QString id = c->result(QStringLiteral("withdraw.request"),
                                     params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("AZC")},
                                             {QStringLiteral("amount"), QStringLiteral("40")},
                                             {QStringLiteral("address"), chain::toChecksumAddress(dev3)},
                                             {QStringLiteral("idempotencyKey"), key()}}))[QStringLiteral("withdrawal")][QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(support()->call(QStringLiteral("withdraw.approve"), params({{QStringLiteral("id"), id}})).contains(QStringLiteral("result")));
        QVERIFY(waitFor([&] {
            return c->result(QStringLiteral("withdraw.get"), params({{QStringLiteral("id"), id}}))[QStringLiteral("withdrawal")][QStringLiteral("status")] == QStringLiteral("confirmed");
        }, 30000, 200));
        QCOMPARE(amountOf(m_anvil.tokenBalance(m_token, dev3).value()), *before.checkedAdd(amountOf(wei("40"))));
        QVERIFY(reconciles());
    }

    void withdrawalToAnotherUsersDepositAddressIsADeposit()
    {
        auto c = alice();
        auto b = as("bob", "AzcBob#2026");
        const QByteArray bobs = depositAddress(*b);
        const Amount bobBefore = available(*b, QStringLiteral("ETH"));
        auto add = [&](const QByteArray &address) {
            return c->call(QStringLiteral("withdraw.addAddress"),
                           params({{QStringLiteral("network"), QStringLiteral("anvil")},
                                   {QStringLiteral("address"), chain::toChecksumAddress(address)},
                                   {QStringLiteral("label"), QStringLiteral("Bob")},
                                   {QStringLiteral("password"), QStringLiteral("AzcAlice#2026")}}));
        };
        QVERIFY(add(bobs).contains(QStringLiteral("result")));
        QVERIFY(add(hotWallet()).contains(QStringLiteral("result")));
        QTest::qWait(1600);
        auto request = [&](const QByteArray &address) {
            return c->call(QStringLiteral("withdraw.request"),
                           params({{QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("asset"), QStringLiteral("ETH")},
                                   {QStringLiteral("amount"), QStringLiteral("0.05")},
                                   {QStringLiteral("address"), chain::toChecksumAddress(address)},
                                   {QStringLiteral("idempotencyKey"), key()}}));
        };
        // The exchange's own hot wallet cannot be a destination.
        QCOMPARE(errorData(request(hotWallet()))[QStringLiteral("reason")].toString(), QStringLiteral("invalid_address"));
        const QString id = request(bobs)[QStringLiteral("result")][QStringLiteral("withdrawal")][QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(support()->call(QStringLiteral("withdraw.approve"), params({{QStringLiteral("id"), id}})).contains(QStringLiteral("result")));
        QVERIFY(waitFor([&] { return available(*b, QStringLiteral("ETH")) == *bobBefore.checkedAdd(amountOf(wei("0.05"))); },
                        30000, 200));
        QVERIFY(reconciles());
    }

    void cleanupTestCase()
    {
        m_backend.reset();
    }
};

QTEST_GUILESS_MAIN(TstCustody)
#include "tst_custody.moc"
