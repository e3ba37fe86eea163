// The DAO's tally results on chain (issue 19): contracts/TallyRecord.sol on a
// private anvil, chain/tally_record_abi against the node (record from a dev
// account, read back with eth_call, a second record reverts), then through a
// real backend with custody on that anvil: CustodyService::sendContractCall
// from the hot wallet is one transaction per (purpose, refId), followed to a
// receipt by custody's passes, its gas booked once HotWallet(anvil:hot) →
// World(gas:anvil) — a reverted call's too — so reconciliation still matches
// the chain to the wei; the record reads back with callContract.

#include "anvil_node.h"
#include "chain/evm_quantity.h"
#include "chain/tally_record_abi.h"
#include "chaincrypto/eth_address.h"
#include "common/amount.h"
#include "custody/custody_accounts.h"
#include "custody/custody_service.h"
#include "custody/networks.h"
#include "custody/outbox.h"
#include "demo_users.h"
#include "ledger/ledger_service.h"
#include "module/service_registry.h"
#include "storage/database.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

constexpr auto kPassphrase = "tally record test passphrase";
const QString kPurpose = QStringLiteral("governance");

QByteArray word(char fill) { return QByteArray(32, fill); }
chain::UInt256 big(char lead) { return QByteArray(1, lead) + QByteArray(31, '\x00'); } // lead × 2^248
chain::UInt256 wei(const char *eth) { return chain::fromAmount(Amount::parse(QString::fromLatin1(eth), 18).value()); }
Amount amountOf(const chain::UInt256 &v) { return chain::toAmount(v).value(); }

// Spins the event loop until an asynchronous answer arrives.
template<typename T, typename Start>
Result<T> await(Start start, int limitMs = 20000)
{
    std::optional<Result<T>> out;
    start([&](Result<T> r) { out.emplace(std::move(r)); });
    QDeadlineTimer deadline(limitMs);
    while (!out && !deadline.hasExpired())
        QTest::qWait(10);
    return out ? std::move(*out) : Result<T>(fail("test_timeout", QStringLiteral("no answer")));
}

} // namespace

class TstTallyRecord : public QObject
{
    Q_OBJECT
    AnvilNode m_anvil;
    ShiftedClock m_clock;
    QByteArray m_tally;
    std::unique_ptr<TestBackend> m_backend;
    QList<custody::OutgoingTx> m_finals; // what onContractCallFinal reported

    custody::CustodyService &custody()
    {
        return *m_backend->backend().services().find<custody::CustodyService>();
    }
    ledger::LedgerService &ledger() { return *m_backend->backend().services().find<ledger::LedgerService>(); }
    Amount ledgerBalance(const ledger::AccountKey &key)
    {
        auto a = ledger().existingAccount(key);
        return a.ok() && a->has_value() ? a->value().balance : Amount();
    }
    Amount hotLedger() { return ledgerBalance(custody::accounts::hot(QStringLiteral("ETH"), QStringLiteral("anvil"))); }
    Amount gasLedger() { return ledgerBalance(custody::accounts::gas(QStringLiteral("ETH"), QStringLiteral("anvil"))); }
    Amount hotOnChain() { return amountOf(m_anvil.ethBalance(custody().hotWalletAddress()).value()); }
    std::unique_ptr<WsClient> as(const char *user) { return signIn(*m_backend, QString::fromLatin1(user)); }

    // One custody pass over every network, run now (the timer runs them too).
    bool pass()
    {
        bool passed = false;
        custody().followNow([&] { passed = true; });
        QDeadlineTimer deadline(10000);
        while (!passed && !deadline.hasExpired())
            QTest::qWait(10);
        return passed;
    }

    // Custody passes, and a block after each (confirmations), until `done` holds.
    bool drive(const std::function<bool()> &done, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (done())
                return true;
            if (!pass())
                return false;
            (void)m_anvil.mine(1);
        }
        return done();
    }

    Result<custody::OutgoingTx> send(const QString &refId, const QByteArray &data, quint64 gas = 200000)
    {
        return await<custody::OutgoingTx>([&](auto cb) {
            custody().sendContractCall(QStringLiteral("anvil"), kPurpose, refId, m_tally, data, gas, cb);
        });
    }

    QJsonObject ethLine()
    {
        const QJsonObject r = as("admin")->result(QStringLiteral("custody.reconcile"));
        for (const QJsonValue &n : r[QStringLiteral("networks")].toArray())
            for (const QJsonValue &l : n[QStringLiteral("lines")].toArray())
                if (l[QStringLiteral("asset")].toString() == QLatin1String("ETH"))
                    return l.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        AZC_VERIFY_OK(m_anvil.start());
        auto tally = m_anvil.deployContract(QStringLiteral(AZC_TALLY_RECORD_BIN_PATH), 0);
        AZC_VERIFY_OK(tally);
        m_tally = *tally;
    }

    // Selectors as solc's methodIdentifiers gives them; layout per the Solidity ABI.
    void encodesTheAbi()
    {
        using namespace chain::tally;
        QCOMPARE(recordSelector().toHex(), QByteArray("07ad0e0a"));
        QCOMPARE(resultOfSelector().toHex(), QByteArray("2b82076c"));
        const QByteArray call = recordCall(word('\x11'), word('\x22'), 2, chain::uint256(5), {}, big('\x01'));
        QCOMPARE(call.size(), 4 + 6 * 32);
        QCOMPARE(call.mid(4, 32), word('\x11'));
        QCOMPARE(call.mid(36, 32), word('\x22'));
        QCOMPARE(call.mid(68, 32).toHex(), QByteArray(62, '0') + "02");
        QCOMPARE(call.mid(100, 32).toHex(), QByteArray(62, '0') + "05");
        QCOMPARE(call.mid(132, 32), QByteArray(32, '\0'));
        QCOMPARE(call.mid(164, 32), big('\x01'));
        QVERIFY(recordCall(word('\x11').left(31), word('\x22'), 0, {}, {}, {}).isEmpty());
        QVERIFY(recordCall(word('\x11'), word('\x22'), 0, QByteArray(33, '\x01'), {}, {}).isEmpty());
        const QByteArray recorder = m_anvil.devAccount(0).value();
        QCOMPARE(resultOfCall(recorder, word('\x11')), resultOfSelector() + QByteArray(12, '\0') + recorder + word('\x11'));
        QVERIFY(resultOfCall(recorder.left(19), word('\x11')).isEmpty());
        QCOMPARE(decodeResultOf({}).error().reason, QStringLiteral("bad_abi")); // no code there
        QByteArray badOutcome(6 * 32, '\0');
        badOutcome[32 + 30] = 1; // 256 is not a uint8
        QCOMPARE(decodeResultOf(badOutcome).error().reason, QStringLiteral("bad_abi"));
    }

    void recordsFromADevAccountAndReadsBack()
    {
        using namespace chain::tally;
        const QByteArray dev0 = m_anvil.devAccount(0).value();
        const QByteArray proposal = word('\xa1'), root = word('\xb2');
        auto hash = m_anvil.sendTransaction({{QStringLiteral("from"), chain::toData(dev0)},
                                             {QStringLiteral("to"), chain::toData(m_tally)},
                                             {QStringLiteral("data"), chain::toData(recordCall(proposal, root, 1, big('\x7f'),
                                                                                               chain::uint256(3), {}))}});
        AZC_VERIFY_OK(hash);
        auto receipt = m_anvil.waitForReceipt(*hash);
        AZC_VERIFY_OK(receipt);
        QCOMPARE(receipt->value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
        const QJsonArray topics = receipt->value(QStringLiteral("logs")).toArray().at(0)[QStringLiteral("topics")].toArray();
        QCOMPARE(topics.at(0).toString(), chain::toData(recordedEventTopic()));
        QCOMPARE(topics.at(1).toString(), chain::toData(QByteArray(12, '\0') + dev0));
        QCOMPARE(topics.at(2).toString(), chain::toData(proposal));

        auto answer = m_anvil.ethCall(m_tally, resultOfCall(dev0, proposal));
        AZC_VERIFY_OK(answer);
        auto read = decodeResultOf(*answer);
        AZC_VERIFY_OK(read);
        QCOMPARE(read->root, root);
        QCOMPARE(int(read->outcome), 1);
        QCOMPARE(read->forWeight, big('\x7f'));
        QCOMPARE(read->againstWeight, chain::uint256(3));
        QVERIFY(read->abstainWeight.isEmpty()); // zero is empty, like uint256()
        auto block = m_anvil.rpc(QStringLiteral("eth_getBlockByNumber"), {receipt->value(QStringLiteral("blockNumber")), false});
        AZC_VERIFY_OK(block);
        QCOMPARE(read->recordedAt, chain::parseQuantity64(block->toObject()[QStringLiteral("timestamp")].toString()).value());

        // Nobody else recorded it: keyed by the sender.
        auto other = decodeResultOf(m_anvil.ethCall(m_tally, resultOfCall(m_anvil.devAccount(1).value(), proposal)).value());
        AZC_VERIFY_OK(other);
        QCOMPARE(other->recordedAt, quint64(0));

        // Write-once: the same sender and proposal reverts ("already recorded"), on a call and on chain.
        const QJsonObject again{{QStringLiteral("from"), chain::toData(dev0)},
                                {QStringLiteral("to"), chain::toData(m_tally)},
                                {QStringLiteral("data"), chain::toData(recordCall(proposal, word('\xcc'), 2, {}, {}, {}))}};
        auto refused = m_anvil.rpc(QStringLiteral("eth_call"), {again, QStringLiteral("latest")});
        QVERIFY(!refused.ok());
        const QString why = describeError(refused.error())
                + QString::fromUtf8(QJsonDocument(refused.error().data).toJson(QJsonDocument::Compact));
        QVERIFY2(why.contains(QLatin1String("already recorded")), qPrintable(why));
        QJsonObject mined = again;
        mined.insert(QStringLiteral("gas"), chain::toQuantity(quint64(200000))); // no estimate: mine it anyway
        auto revertHash = m_anvil.sendTransaction(mined);
        AZC_VERIFY_OK(revertHash);
        auto reverted = m_anvil.waitForReceipt(*revertHash);
        AZC_VERIFY_OK(reverted);
        QCOMPARE(reverted->value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
        QCOMPARE(decodeResultOf(m_anvil.ethCall(m_tally, resultOfCall(dev0, proposal)).value())->root, root);
    }

    void backendWithCustodyOnTheChain()
    {
        BackendConfig c;
        c.seedDemoData = true;
        c.custody.passphrase = QString::fromLatin1(kPassphrase);
        c.custody.pollIntervalMs = 100;
        c.custody.demoRpcUrl = m_anvil.url().toString();
        // No demoTallyContract: governance would then record its own tallies from the same hot
        // wallet, and this suite counts the wei.
        m_backend = std::make_unique<TestBackend>(c);
        QVERIFY(m_backend->start());
        QVERIFY(m_backend->backend().services().find<custody::CustodyService>());
        custody().onContractCallFinal([this](const custody::OutgoingTx &tx) {
            if (tx.purpose == kPurpose && tx.refId.startsWith(QLatin1String("proposal-51")))
                m_finals.append(tx);
        });
        QVERIFY(drive([&] {
            const custody::Network *n = custody().networks().find(QStringLiteral("anvil"));
            return n && n->status.online;
        }));
    }

    void refusesWhatItShouldNotSign()
    {
        const QByteArray data = chain::tally::recordCall(word('\x01'), word('\x02'), 1, {}, {}, {});
        // An empty hot wallet cannot pay the gas: nothing is signed (a stuck nonce would block withdrawals).
        QCOMPARE(send(QStringLiteral("early"), data).error().reason, QStringLiteral("insufficient_funds"));
        QVERIFY(!custody().contractCallStatus(kPurpose, QStringLiteral("early")).value().has_value());
        auto withdrawal = await<custody::OutgoingTx>([&](auto cb) {
            custody().sendContractCall(QStringLiteral("anvil"), QStringLiteral("withdrawal"), QStringLiteral("x"), m_tally,
                                       data, 200000, cb);
        });
        QCOMPARE(withdrawal.error().reason, QStringLiteral("invalid_argument"));
        QCOMPARE(send(QStringLiteral("empty"), {}).error().reason, QStringLiteral("invalid_argument"));
        QCOMPARE(send(QStringLiteral("no-gas"), data, 0).error().reason, QStringLiteral("invalid_argument"));
    }

    // A user's deposit swept into the hot wallet: on chain and in the ledger alike.
    void fundsTheHotWalletThroughADepositAndASweep()
    {
        auto alice = as("alice");
        const QByteArray address = chain::parseAddress(alice->result(QStringLiteral("deposit.address"),
                                                                     {{QStringLiteral("network"), QStringLiteral("anvil")}})
                                                               [QStringLiteral("address")].toString()).value();
        AZC_VERIFY_OK(m_anvil.sendEth(0, address, wei("1")));
        auto admin = as("admin");
        QVERIFY(drive([&] { return hotLedger() > amountOf(wei("0.99")); }, 60000));
        QVERIFY(drive([&] { return admin->result(QStringLiteral("custody.unswept"))[QStringLiteral("deposits")].toArray().isEmpty(); }));
        QCOMPARE(hotOnChain(), hotLedger());
        QCOMPARE(ethLine()[QStringLiteral("ok")].toBool(), true);
    }

    void recordsOnceFromTheHotWalletAndBooksItsGas()
    {
        const Amount hotBefore = hotLedger(), gasBefore = gasLedger(), chainBefore = hotOnChain();
        const QByteArray proposal = word('\x51'), root = word('\x52');
        const QByteArray data = chain::tally::recordCall(proposal, root, 1, wei("1234.5"), wei("10"), chain::uint256(7));
        // Two sends at once and one later: one transaction.
        std::optional<Result<custody::OutgoingTx>> first, second;
        custody().sendContractCall(QStringLiteral("anvil"), kPurpose, QStringLiteral("proposal-51"), m_tally, data, 200000,
                                   [&](Result<custody::OutgoingTx> r) { first.emplace(std::move(r)); });
        custody().sendContractCall(QStringLiteral("anvil"), kPurpose, QStringLiteral("proposal-51"), m_tally, data, 200000,
                                   [&](Result<custody::OutgoingTx> r) { second.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 20000);
        AZC_VERIFY_OK(*first);
        AZC_VERIFY_OK(*second);
        auto third = send(QStringLiteral("proposal-51"), data);
        AZC_VERIFY_OK(third);
        QCOMPARE((*second)->id, (*first)->id);
        QCOMPARE(third->id, (*first)->id);
        QCOMPARE((*first)->from, custody().hotWalletAddress());
        {
            auto db = storage::Database::open(m_backend->databaseUrl());
            AZC_VERIFY_OK(db);
            auto n = db.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM chain_txs WHERE purpose = ? AND ref_id = ?"),
                                        {kPurpose, QStringLiteral("proposal-51")});
            AZC_VERIFY_OK(n);
            QCOMPARE(n->toInt(), 1);
        }

        QVERIFY(drive([&] { return m_finals.size() == 1; }));
        auto status = custody().contractCallStatus(kPurpose, QStringLiteral("proposal-51"));
        AZC_VERIFY_OK(status);
        const custody::OutgoingTx tx = status->value();
        QCOMPARE(tx.status, QStringLiteral("confirmed"));
        QVERIFY(tx.booked);
        QCOMPARE(m_finals.first().id, tx.id);
        QVERIFY(tx.gasCost > Amount());
        // The gas is what the receipt says, and it left the hot wallet once: ledger and chain alike.
        const QJsonObject receipt = m_anvil.waitForReceipt(tx.hash).value();
        const quint64 gasUsed = chain::parseQuantity64(receipt[QStringLiteral("gasUsed")].toString()).value();
        const Amount price = amountOf(chain::parseQuantity256(receipt[QStringLiteral("effectiveGasPrice")].toString()).value());
        const Amount paid = price.checkedMul(Int128(gasUsed)).value();
        QCOMPARE(tx.gasCost, paid);
        QCOMPARE(hotLedger(), *hotBefore.checkedSub(tx.gasCost));
        QCOMPARE(gasLedger(), *gasBefore.checkedAdd(tx.gasCost));
        QCOMPARE(hotOnChain(), *chainBefore.checkedSub(tx.gasCost));

        // Read back through custody's node: what was sent, recorded by the hot wallet.
        auto answer = await<QByteArray>([&](auto cb) {
            custody().callContract(QStringLiteral("anvil"), m_tally,
                                   chain::tally::resultOfCall(custody().hotWalletAddress(), proposal), cb);
        });
        AZC_VERIFY_OK(answer);
        auto read = chain::tally::decodeResultOf(*answer);
        AZC_VERIFY_OK(read);
        QCOMPARE(read->root, root);
        QCOMPARE(int(read->outcome), 1);
        QCOMPARE(read->forWeight, wei("1234.5"));
        QCOMPARE(read->againstWeight, wei("10"));
        QCOMPARE(read->abstainWeight, chain::uint256(7));
        QVERIFY(read->recordedAt > 0);

        // More passes book nothing more, tell nobody again; a repeat gets the confirmed one.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(pass());
            QVERIFY(m_anvil.mine(1).ok());
        }
        QCOMPARE(m_finals.size(), 1);
        QCOMPARE(hotLedger(), *hotBefore.checkedSub(tx.gasCost));
        QCOMPARE(send(QStringLiteral("proposal-51"), data)->status, QStringLiteral("confirmed"));
        QCOMPARE(ethLine()[QStringLiteral("difference")].toString(), QStringLiteral("0"));
        QCOMPARE(ethLine()[QStringLiteral("ok")].toBool(), true);
    }

    // Recording the same proposal again reverts on chain; the gas was still paid and is booked.
    void aRevertedCallStillPaysItsGas()
    {
        const Amount hotBefore = hotLedger(), chainBefore = hotOnChain();
        const QByteArray data = chain::tally::recordCall(word('\x51'), word('\x99'), 2, {}, {}, {});
        auto sent = send(QStringLiteral("proposal-51-again"), data);
        AZC_VERIFY_OK(sent);
        QVERIFY(drive([&] { return m_finals.size() == 2; }));
        const custody::OutgoingTx tx = custody().contractCallStatus(kPurpose, QStringLiteral("proposal-51-again"))->value();
        QCOMPARE(tx.status, QStringLiteral("failed"));
        QVERIFY(tx.booked);
        QVERIFY(tx.gasCost > Amount());
        QCOMPARE(m_finals.last().status, QStringLiteral("failed"));
        QCOMPARE(hotLedger(), *hotBefore.checkedSub(tx.gasCost));
        QCOMPARE(hotOnChain(), *chainBefore.checkedSub(tx.gasCost));
        QCOMPARE(ethLine()[QStringLiteral("difference")].toString(), QStringLiteral("0"));
    }

    // The DAO's end to end: a proposal voted and closed, its tally recorded by
    // governance through custody, and the root read back from the chain
    // through governance.chainRecord equals the published one.
    void governanceRecordsItsTallyOnChain()
    {
        m_backend->config().clock = &m_clock;
        m_backend->config().governance.discussionMs = 60'000;
        m_backend->config().governance.votingMs = 60'000;
        m_backend->config().governance.tickMs = 50;
        m_backend->config().governance.chainNetwork = QStringLiteral("anvil");
        m_backend->config().governance.tallyContract = chain::toChecksumAddress(m_tally);
        QVERIFY(m_backend->restart());
        QCOMPARE(fund(*m_backend, QStringLiteral("bob"), QStringLiteral("AZC"), QStringLiteral("100")), QString());
        auto admin = as("admin");
        auto alice = as("alice");
        auto bob = as("bob");
        const QString product = admin->result(QStringLiteral("staking.saveProduct"),
                                              {{QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("name"), QStringLiteral("Vote")},
                                               {QStringLiteral("rateBps"), 0}})[QStringLiteral("product")][QStringLiteral("id")].toString();
        QVERIFY(!product.isEmpty());
        for (WsClient *c : {alice.get(), bob.get()})
            QVERIFY(c->result(QStringLiteral("staking.stake"), {{QStringLiteral("productId"), product}, {QStringLiteral("amount"), QStringLiteral("100")},
                                                                 {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::Id128)}})
                            .contains(QStringLiteral("position")));
        const QString id = alice->result(QStringLiteral("governance.propose"), {{QStringLiteral("title"), QStringLiteral("Record me on chain")}})
                                   [QStringLiteral("proposal")][QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        auto proposal = [&] {
            return alice->result(QStringLiteral("governance.proposal"), {{QStringLiteral("proposalId"), id}})[QStringLiteral("proposal")].toObject();
        };
        m_clock.advance(61'000);
        QTRY_COMPARE_WITH_TIMEOUT(proposal()[QStringLiteral("status")].toString(), QStringLiteral("voting"), 5000);
        QVERIFY(alice->result(QStringLiteral("governance.vote"), {{QStringLiteral("proposalId"), id}, {QStringLiteral("choice"), QStringLiteral("for")}})
                        .contains(QStringLiteral("weight")));
        QVERIFY(bob->result(QStringLiteral("governance.vote"), {{QStringLiteral("proposalId"), id}, {QStringLiteral("choice"), QStringLiteral("against")}})
                        .contains(QStringLiteral("weight")));
        m_clock.advance(61'000);
        QTRY_VERIFY_WITH_TIMEOUT(!proposal()[QStringLiteral("root")].toString().isEmpty(), 5000);
        // Custody's passes take the record to the chain and its receipt back.
        QVERIFY(drive([&] { return proposal()[QStringLiteral("chain")][QStringLiteral("status")].toString() == QLatin1String("confirmed"); }, 60000));
        const QJsonObject p = proposal();
        // alice's stake (her demo one too) for, bob's against: the weights the snapshot gave them.
        const QString aliceWeight = alice->result(QStringLiteral("governance.votingPower"), {{QStringLiteral("proposalId"), id}})[QStringLiteral("weight")].toString();
        const QString bobWeight = bob->result(QStringLiteral("governance.votingPower"), {{QStringLiteral("proposalId"), id}})[QStringLiteral("weight")].toString();
        QCOMPARE(p[QStringLiteral("totals")][QStringLiteral("for")].toString(), aliceWeight);
        QCOMPARE(p[QStringLiteral("totals")][QStringLiteral("against")].toString(), bobWeight);
        QCOMPARE(p[QStringLiteral("outcome")].toString(), QStringLiteral("passed"));
        const QJsonObject onChain = alice->result(QStringLiteral("governance.chainRecord"), {{QStringLiteral("proposalId"), id}});
        QCOMPARE(onChain[QStringLiteral("recorded")].toBool(), true);
        QCOMPARE(onChain[QStringLiteral("root")].toString(), p[QStringLiteral("root")].toString());
        QCOMPARE(onChain[QStringLiteral("totals")][QStringLiteral("for")].toString(), aliceWeight);
        QCOMPARE(onChain[QStringLiteral("totals")][QStringLiteral("against")].toString(), bobWeight);
        QCOMPARE(onChain[QStringLiteral("outcome")].toString(), QStringLiteral("passed"));
        QCOMPARE(onChain[QStringLiteral("matchesPublished")].toBool(), true);
        QCOMPARE(onChain[QStringLiteral("recorder")].toString(), chain::toChecksumAddress(custody().hotWalletAddress()));
        // And straight from the node, without the backend's help.
        auto raw = chain::tally::decodeResultOf(
                m_anvil.ethCall(m_tally, chain::tally::resultOfCall(custody().hotWalletAddress(), QByteArray(16, '\0') + QByteArray::fromHex(id.toLatin1())))
                        .value());
        AZC_VERIFY_OK(raw);
        QCOMPARE(QString::fromLatin1(raw->root.toHex()), p[QStringLiteral("root")].toString());
        QCOMPARE(ethLine()[QStringLiteral("difference")].toString(), QStringLiteral("0")); // its gas is booked too
    }

    void cleanupTestCase()
    {
        if (m_backend)
            AZC_VERIFY_LEDGER(*m_backend);
        m_backend.reset();
    }
};

QTEST_GUILESS_MAIN(TstTallyRecord)
#include "tst_tally_record.moc"
