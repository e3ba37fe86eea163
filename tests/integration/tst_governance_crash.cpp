// A passed proposal's action runs once even when the server dies in the
// middle of running it: a real azcoinerd with short DAO periods; a failpoint
// makes it exit (like a kill -9) right after the proposal is marked
// 'executing' and before the payout, or right after the payout is durable and
// before the proposal says 'executed'. After a restart without the failpoint
// the payout has happened exactly once, the proposal is executed, and
// `azcoinerd ledger verify` passes. On SQLite and PostgreSQL.

#include "azcoinerd_process.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

Amount azcOf(WsClient &c, const char *user)
{
    Q_UNUSED(user);
    for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
        if (b[QStringLiteral("asset")].toString() == QLatin1String("AZC"))
            return Amount::parse(b[QStringLiteral("available")].toString(), 18).value();
    return {};
}

Amount fundOf(WsClient &c)
{
    for (const QJsonValue &b : c.result(QStringLiteral("governance.fund"))[QStringLiteral("balances")].toArray())
        if (b[QStringLiteral("asset")].toString() == QLatin1String("AZC"))
            return Amount::parse(b[QStringLiteral("balance")].toString(), 18).value();
    return {};
}

} // namespace

class TstGovernanceCrash : public QObject
{
    Q_OBJECT

    void payoutOnceAcross(const QString &failpoint)
    {
        ScratchDatabase scratch;
        QVERIFY(!scratch.url().isEmpty());
        QTemporaryDir data;
        AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
        server.args = {QStringLiteral("--data-dir"), data.filePath(QStringLiteral("server")), QStringLiteral("--database"), scratch.url(),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()),
                       QStringLiteral("--governance-periods-ms"), QStringLiteral("2000,2000,500"), QStringLiteral("--demo")};
        // The first start seeds the demo (whose own executed proposal runs then), without the failpoint.
        QVERIFY(server.start());
        {
            auto alice = signIn(server.url, QStringLiteral("alice"));
            QVERIFY(alice);
            QTRY_VERIFY_WITH_TIMEOUT(!alice->result(QStringLiteral("governance.proposals"), {{QStringLiteral("status"), QStringLiteral("executed")}})
                                              [QStringLiteral("proposals")].toArray().isEmpty(), 20000);
        }
        server.stop();
        server.environment.insert(QStringLiteral("AZC_FAILPOINT"), failpoint);
        QVERIFY(server.start());

        auto alice = signIn(server.url, QStringLiteral("alice"));
        auto dariush = signIn(server.url, QStringLiteral("dariush"));
        QVERIFY(alice && dariush);
        const Amount dariushBefore = azcOf(*dariush, "dariush"), fundBefore = fundOf(*alice);
        const QJsonObject made = alice->call(QStringLiteral("governance.propose"),
                                             {{QStringLiteral("title"), QStringLiteral("Pay dariush for the crash drill")},
                                              {QStringLiteral("action"), QJsonObject{{QStringLiteral("type"), QStringLiteral("fund.payout")},
                                                                                     {QStringLiteral("params"), QJsonObject{{QStringLiteral("toUsername"), QStringLiteral("dariush")},
                                                                                                                           {QStringLiteral("asset"), QStringLiteral("AZC")},
                                                                                                                           {QStringLiteral("amount"), QStringLiteral("77")}}}}}});
        const QString id = made[QStringLiteral("result")][QStringLiteral("proposal")][QStringLiteral("id")].toString();
        QVERIFY2(!id.isEmpty(), QJsonDocument(made).toJson());
        auto status = [&](WsClient &c) {
            return c.result(QStringLiteral("governance.proposal"), {{QStringLiteral("proposalId"), id}})[QStringLiteral("proposal")][QStringLiteral("status")].toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(*alice), QStringLiteral("voting"), 10000);
        QVERIFY(alice->call(QStringLiteral("governance.vote"), {{QStringLiteral("proposalId"), id}, {QStringLiteral("choice"), QStringLiteral("for")}})
                        .contains(QStringLiteral("result")));
        // Voting ends, the timelock passes, the execution starts — and the server dies.
        QTRY_VERIFY_WITH_TIMEOUT(server.process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(server.process.exitCode(), 70);

        server.environment.remove(QStringLiteral("AZC_FAILPOINT"));
        QVERIFY(server.start());
        auto aliceAgain = signIn(server.url, QStringLiteral("alice"));
        auto dariushAgain = signIn(server.url, QStringLiteral("dariush"));
        QVERIFY(aliceAgain && dariushAgain);
        QTRY_COMPARE_WITH_TIMEOUT(status(*aliceAgain), QStringLiteral("executed"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(azcOf(*dariushAgain, "dariush"), *dariushBefore.checkedAdd(Amount::parse(QStringLiteral("77"), 18).value()), 10000);
        QTest::qWait(500); // more ticks move nothing more
        QCOMPARE(azcOf(*dariushAgain, "dariush"), *dariushBefore.checkedAdd(Amount::parse(QStringLiteral("77"), 18).value()));
        QCOMPARE(fundOf(*aliceAgain), *fundBefore.checkedSub(Amount::parse(QStringLiteral("77"), 18).value()));
        server.stop();
        const QString problems = ledgerVerifyProblems(QStringLiteral(AZCOINERD_PATH), data.filePath(QStringLiteral("server")), scratch.url());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

private Q_SLOTS:
    void dyingBeforeThePayoutPaysOnce() { payoutOnceAcross(QStringLiteral("governance.after_executing")); }
    void dyingAfterThePayoutPaysOnce() { payoutOnceAcross(QStringLiteral("governance.after_action")); }
};

QTEST_GUILESS_MAIN(TstGovernanceCrash)
#include "tst_governance_crash.moc"
