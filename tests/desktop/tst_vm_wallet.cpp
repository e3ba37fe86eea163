// Wallet view models against canned answers: history in pages with the
// newest entries pulled in by a push, balances kept fresh by pushes, and
// withdrawals (the user's list and support's queue) following their pushes.

#include "vm_fixture.h"
#include "wallet/custody_withdrawals_model.h"
#include "wallet/wallet_balances_model.h"
#include "wallet/wallet_history_model.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace azc;
using namespace azc::test;

namespace {

QJsonObject entry(qint64 seq, const QString &amount = QStringLiteral("-1"))
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("operationId"), QStringLiteral("op-%1").arg(seq)},
            {QStringLiteral("code"), QStringLiteral("wallet.adjust")},
            {QStringLiteral("asset"), QStringLiteral("USDT")},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("details"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("r%1").arg(seq)}}}};
}

QJsonObject historyPage(QList<qint64> seqs, QJsonValue nextBefore)
{
    QList<QJsonObject> rows;
    for (qint64 s : seqs)
        rows.append(entry(s));
    return listOf("entries", rows, {{QStringLiteral("nextBefore"), nextBefore}});
}

QJsonObject balance(const QString &asset, const QString &available)
{
    return {{QStringLiteral("asset"), asset}, {QStringLiteral("available"), available}};
}

QJsonObject withdrawal(const QString &id, const QString &status)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("status"), status}, {QStringLiteral("amount"), QStringLiteral("1")}};
}

} // namespace

class TstVmWallet : public QObject
{
    Q_OBJECT
private slots:
    void historyLoadsPageAfterPageUntilTheEnd()
    {
        VmFixture f;
        WalletHistoryModel history;
        history.setPageSize(2);
        history.attach(&f.context);
        QCOMPARE(history.count(), 0); // no asset yet: nothing asked
        QVERIFY(f.transport.calls().isEmpty());
        QVERIFY(history.atEnd());

        f.transport.reply(QStringLiteral("wallet.history"), historyPage({5, 4}, 4));
        history.setAsset(QStringLiteral("USDT"));
        QVERIFY(history.loading());
        QTRY_COMPARE(history.count(), 2);
        QVERIFY(!history.loading());
        QVERIFY(history.canLoadMore());
        QVERIFY(history.canFetchMore({}));
        QCOMPARE(f.transport.calls().last().params.value(QStringLiteral("limit")).toInt(), 2);
        QVERIFY(!f.transport.calls().last().params.contains(QStringLiteral("before")));

        f.transport.reply(QStringLiteral("wallet.history"), historyPage({3, 2}, 2));
        history.fetchMore({}); // what a view calls when scrolled to the end
        QVERIFY(history.loadingMore());
        history.loadMore();    // a second ask while one is on its way is ignored
        QTRY_COMPARE(history.count(), 4);
        QCOMPARE(f.transport.callsOf(QStringLiteral("wallet.history")).size(), 2);
        QCOMPARE(f.transport.calls().last().params.value(QStringLiteral("before")).toInt(), 4);

        f.transport.reply(QStringLiteral("wallet.history"), historyPage({1}, QJsonValue()));
        history.loadMore();
        QTRY_COMPARE(history.count(), 5);
        QVERIFY(history.atEnd());
        QVERIFY(!history.canFetchMore({}));
        QCOMPARE(history.get(0).value(QStringLiteral("id")).toString(), QStringLiteral("op-5"));
        QCOMPARE(history.get(4).value(QStringLiteral("memo")).toString(), QStringLiteral("r1"));
        QCOMPARE(history.get(4).value(QStringLiteral("signedAmount")).toString(), QStringLiteral("-1"));
    }

    void historyTakesNewEntriesFromAPushForItsAssetOnly()
    {
        VmFixture f;
        WalletHistoryModel history;
        history.attach(&f.context);
        f.transport.reply(QStringLiteral("wallet.history"), historyPage({2, 1}, QJsonValue()));
        history.setAsset(QStringLiteral("USDT"));
        QTRY_COMPARE(history.count(), 2);

        f.transport.push(QStringLiteral("event.wallet.changed"), {{QStringLiteral("asset"), QStringLiteral("BTC")}});
        QTest::qWait(20);
        QCOMPARE(f.transport.callsOf(QStringLiteral("wallet.history")).size(), 1);

        f.transport.reply(QStringLiteral("wallet.history"), historyPage({4, 3, 2, 1}, QJsonValue()));
        f.transport.push(QStringLiteral("event.wallet.changed"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
        QTRY_COMPARE(history.count(), 4);
        QCOMPARE(history.get(0).value(QStringLiteral("seq")).toInt(), 4);
        QCOMPARE(history.get(2).value(QStringLiteral("seq")).toInt(), 2);
    }

    void historyDropsAnAnswerForTheAssetItNoLongerShows()
    {
        VmFixture f;
        WalletHistoryModel history;
        history.attach(&f.context);
        history.setAsset(QStringLiteral("USDT")); // waits
        f.transport.reply(QStringLiteral("wallet.history"), historyPage({9}, QJsonValue()));
        history.setAsset(QStringLiteral("BTC"));
        QTRY_COMPARE(history.count(), 1);
        QVERIFY(f.transport.answer(QStringLiteral("wallet.history"), historyPage({1, 2, 3}, QJsonValue())));
        QTest::qWait(20);
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.get(0).value(QStringLiteral("seq")).toInt(), 9);
    }

    void balancesFollowPushesAndReloadForANewAsset()
    {
        VmFixture f;
        WalletBalancesModel balances;
        f.transport.reply(QStringLiteral("wallet.balances"),
                          listOf("balances", {balance(QStringLiteral("USDT"), QStringLiteral("10")),
                                              balance(QStringLiteral("BTC"), QStringLiteral("0.5"))}));
        balances.attach(&f.context);
        QTRY_COMPARE(balances.count(), 2);
        QSignalSpy changed(&balances, SIGNAL(balanceChanged(QString)));

        f.transport.push(QStringLiteral("event.wallet.changed"),
                         {{QStringLiteral("asset"), QStringLiteral("USDT")},
                          {QStringLiteral("balance"), balance(QStringLiteral("USDT"), QStringLiteral("7.5"))}});
        QCOMPARE(balances.balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available")).toString(),
                 QStringLiteral("7.5"));
        QCOMPARE(changed.size(), 1);

        f.transport.reply(QStringLiteral("wallet.balances"),
                          listOf("balances", {balance(QStringLiteral("USDT"), QStringLiteral("7.5")),
                                              balance(QStringLiteral("BTC"), QStringLiteral("0.5")),
                                              balance(QStringLiteral("AZC"), QStringLiteral("3"))}));
        f.transport.push(QStringLiteral("event.wallet.changed"),
                         {{QStringLiteral("asset"), QStringLiteral("AZC")},
                          {QStringLiteral("balance"), balance(QStringLiteral("AZC"), QStringLiteral("3"))}});
        QTRY_COMPARE(balances.count(), 3);
        QCOMPARE(f.transport.callsOf(QStringLiteral("wallet.balances")).size(), 2);
    }

    void withdrawalsFollowTheirPushes()
    {
        VmFixture f;
        QVERIFY(f.signIn());
        CustodyWithdrawalsModel mine;
        f.transport.reply(QStringLiteral("withdraw.list"), listOf("withdrawals", {withdrawal(QStringLiteral("w1"), QStringLiteral("pending_review"))}));
        mine.attach(&f.context);
        QTRY_COMPARE(mine.count(), 1);
        f.transport.push(QStringLiteral("event.withdrawal.changed"),
                         {{QStringLiteral("withdrawal"), withdrawal(QStringLiteral("w2"), QStringLiteral("pending_review"))}});
        QCOMPARE(mine.count(), 2);
        QCOMPARE(mine.get(0).value(QStringLiteral("id")).toString(), QStringLiteral("w2")); // newest first
        f.transport.push(QStringLiteral("event.withdrawal.changed"),
                         {{QStringLiteral("withdrawal"), withdrawal(QStringLiteral("w1"), QStringLiteral("confirmed"))}});
        QCOMPARE(mine.withdrawal(QStringLiteral("w1")).value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(mine.count(), 2);
    }

    void supportsQueueLetsFinishedWithdrawalsGo()
    {
        VmFixture f;
        QVERIFY(f.signIn(QStringLiteral("u-support")));
        CustodyWithdrawalsModel queue;
        queue.setQueue(true);
        f.transport.reply(QStringLiteral("withdraw.queue"),
                          listOf("withdrawals", {withdrawal(QStringLiteral("w1"), QStringLiteral("pending_review")),
                                                 withdrawal(QStringLiteral("w2"), QStringLiteral("pending_review"))}));
        queue.attach(&f.context);
        QTRY_COMPARE(queue.count(), 2);
        f.transport.push(QStringLiteral("event.withdrawal.changed"),
                         {{QStringLiteral("withdrawal"), withdrawal(QStringLiteral("w1"), QStringLiteral("rejected"))}});
        QCOMPARE(queue.count(), 1);
        f.transport.push(QStringLiteral("event.withdrawal.changed"),
                         {{QStringLiteral("withdrawal"), withdrawal(QStringLiteral("w3"), QStringLiteral("pending_review"))}});
        QCOMPARE(queue.count(), 2);
        QCOMPARE(queue.get(1).value(QStringLiteral("id")).toString(), QStringLiteral("w3")); // oldest first
    }
};

QTEST_MAIN(TstVmWallet)
#include "tst_vm_wallet.moc"
