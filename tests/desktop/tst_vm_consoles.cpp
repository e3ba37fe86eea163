// The staff consoles' lists against canned answers: the admin's user search
// and support's KYC queue page through everything the server has (they used
// to stop at the first hundred), with their filters on every page; the
// notifications list and the P2P trades follow their pushes.

#include "admin/users_model.h"
#include "p2p/p2p_trades_model.h"
#include "shell/notifications_model.h"
#include "support/kyc_queue_model.h"
#include "vm_fixture.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace azc;
using namespace azc::test;

namespace {

QList<QJsonObject> numbered(const char *prefix, int from, int to)
{
    QList<QJsonObject> rows;
    for (int i = from; i <= to; ++i)
        rows.append({{QStringLiteral("id"), QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i)},
                     {QStringLiteral("status"), QStringLiteral("pending")}});
    return rows;
}

} // namespace

class TstVmConsoles : public QObject
{
    Q_OBJECT
private slots:
    void userSearchPagesWithItsQuery()
    {
        VmFixture f;
        UsersModel users;
        users.setPageSize(100);
        f.transport.reply(QStringLiteral("users.search"), listOf("users", numbered("u", 1, 100), {{QStringLiteral("total"), 150}}));
        users.attach(&f.context);
        QTRY_COMPARE(users.count(), 100);
        QCOMPARE(users.total(), 150);
        QVERIFY(users.canFetchMore({}));

        f.transport.reply(QStringLiteral("users.search"), listOf("users", numbered("u", 101, 150), {{QStringLiteral("total"), 150}}));
        users.fetchMore({});
        QTRY_COMPARE(users.count(), 150);
        QCOMPARE(f.transport.calls().last().params.value(QStringLiteral("offset")).toInt(), 100);
        QVERIFY(users.atEnd());

        f.transport.reply(QStringLiteral("users.search"), listOf("users", numbered("u", 7, 7), {{QStringLiteral("total"), 1}}));
        users.setQuery(QStringLiteral("  carol "));
        QTRY_COMPARE(users.count(), 1);
        const QJsonObject params = f.transport.calls().last().params;
        QCOMPARE(params.value(QStringLiteral("query")).toString(), QStringLiteral("carol"));
        QVERIFY(!params.contains(QStringLiteral("offset")));
        QCOMPARE(users.total(), 1);
        QVERIFY(users.atEnd());
    }

    void kycQueueKeepsItsFiltersOnEveryPage()
    {
        VmFixture f;
        KycQueueModel queue;
        queue.setPageSize(2);
        queue.setStatusFilter(QStringLiteral("approved"));
        queue.setAssignedToMe(true);
        f.transport.reply(QStringLiteral("kyc.queue"), listOf("cases", numbered("k", 1, 2), {{QStringLiteral("total"), 3}}));
        queue.attach(&f.context);
        QTRY_COMPARE(queue.count(), 2);
        f.transport.reply(QStringLiteral("kyc.queue"), listOf("cases", numbered("k", 3, 3), {{QStringLiteral("total"), 3}}));
        queue.loadMore();
        QTRY_COMPARE(queue.count(), 3);
        for (const auto &call : f.transport.callsOf(QStringLiteral("kyc.queue"))) {
            QCOMPARE(call.params.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
            QCOMPARE(call.params.value(QStringLiteral("assignedToMe")).toBool(), true);
        }
        QCOMPARE(f.transport.calls().last().params.value(QStringLiteral("offset")).toInt(), 2);
        QVERIFY(queue.atEnd());
    }

    // A page can come back short when rows went away meanwhile: the list ends
    // there instead of asking for the same offset for ever.
    void anEmptyPageEndsTheList()
    {
        VmFixture f;
        UsersModel users;
        users.setPageSize(2);
        f.transport.reply(QStringLiteral("users.search"), listOf("users", numbered("u", 1, 2), {{QStringLiteral("total"), 5}}));
        users.attach(&f.context);
        QTRY_COMPARE(users.count(), 2);
        f.transport.reply(QStringLiteral("users.search"), listOf("users", {}, {{QStringLiteral("total"), 2}}));
        users.loadMore();
        QTRY_VERIFY(users.atEnd());
        QCOMPARE(users.count(), 2);
    }

    void notificationsArriveOnceAndCountUnread()
    {
        VmFixture f;
        NotificationsModel notes;
        f.transport.reply(QStringLiteral("notify.list"), listOf("notifications", {}, {{QStringLiteral("unread"), 0}}));
        notes.attach(&f.context);
        QTRY_COMPARE(f.transport.callsOf(QStringLiteral("notify.list")).size(), 1);
        QSignalSpy arrived(&notes, SIGNAL(arrived(QString,QString)));
        const QJsonObject n{{QStringLiteral("id"), QStringLiteral("n1")}, {QStringLiteral("title"), QStringLiteral("Deposit")},
                            {QStringLiteral("body"), QStringLiteral("1 ETH arrived")}, {QStringLiteral("read"), false}};
        f.transport.push(QStringLiteral("event.notify.new"), {{QStringLiteral("notification"), n}});
        f.transport.push(QStringLiteral("event.notify.new"), {{QStringLiteral("notification"), n}});
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.unread(), 1);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().at(0).toString(), QStringLiteral("Deposit"));
    }

    void p2pTradesFollowTheirPushes()
    {
        VmFixture f;
        P2pTradesModel trades;
        f.transport.reply(QStringLiteral("p2p.trades"), listOf("trades", numbered("t", 1, 1)));
        trades.attach(&f.context);
        QTRY_COMPARE(trades.count(), 1);
        QJsonObject moved{{QStringLiteral("id"), QStringLiteral("t1")}, {QStringLiteral("status"), QStringLiteral("paid")}};
        f.transport.push(QStringLiteral("event.p2p.trade"), {{QStringLiteral("trade"), moved}});
        QCOMPARE(trades.get(0).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        f.transport.push(QStringLiteral("event.p2p.trade"),
                         {{QStringLiteral("trade"), QJsonObject{{QStringLiteral("id"), QStringLiteral("t2")},
                                                                {QStringLiteral("status"), QStringLiteral("pending_payment")}}}});
        QCOMPARE(trades.count(), 2);
        QCOMPARE(trades.rowOfId(QStringLiteral("t2")), 0);
    }
};

QTEST_MAIN(TstVmConsoles)
#include "tst_vm_consoles.moc"
