// The headless server as operators use it: flags, the `listening` line,
// admin create, audit verify (including on a tampered database), config file.

#include "storage/database.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryFile>
#include <QTemporaryDir>
#include <QtTest>

class TstAzcoinerd : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(AZCOINERD_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList dataArgs() const { return {QStringLiteral("--data-dir"), m_dir.path()}; }

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--listen HOST:PORT")));
        QVERIFY(help.out.contains(QLatin1String("audit verify")));
        const Run version = run({QStringLiteral("--version")});
        QVERIFY(version.out.startsWith(QLatin1String("azcoinerd ")));
        const Run bad = run({QStringLiteral("--frobnicate")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("unknown option")));
    }

    void adminCreateAndAuditVerify()
    {
        const QStringList create{QStringLiteral("admin"), QStringLiteral("create"), QStringLiteral("--username"),
                                 QStringLiteral("root")};
        // A password on the command line is visible to every local user: refused.
        const Run onCommandLine = run(create + QStringList{QStringLiteral("--password"), QStringLiteral("a strong root phrase")}
                                      + dataArgs());
        QCOMPARE(onCommandLine.exitCode, 2);
        QVERIFY(onCommandLine.err.contains(QLatin1String("--password-file")));
        const Run weak = run(create + dataArgs(), "password123\n"); // from standard input
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains(QLatin1String("weak_password")));
        QTemporaryFile passwordFile;
        QVERIFY(passwordFile.open());
        passwordFile.write("a strong root phrase\n");
        passwordFile.flush();
        const Run made = run(create + QStringList{QStringLiteral("--password-file"), passwordFile.fileName()} + dataArgs());
        QCOMPARE(made.exitCode, 0);
        const Run ok = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + dataArgs());
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QLatin1String("intact: 1 rows")), qPrintable(ok.out));

        {
            auto db = azc::storage::Database::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("azcoiner.db")));
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(QStringLiteral("UPDATE audit_log SET actor_id = 'someone-else'")).ok());
        }
        const Run broken = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + dataArgs());
        QCOMPARE(broken.exitCode, 3);
        QVERIFY(broken.err.contains(QLatin1String("BROKEN at row 1")));
    }

    void ledgerVerifyFindsHandEdits()
    {
        const QStringList data{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("ledger"))};
        const Run seeded = run(QStringList{QStringLiteral("migrate"), QStringLiteral("--demo")} + data);
        QCOMPARE(seeded.exitCode, 0);
        const Run ok = run(QStringList{QStringLiteral("ledger"), QStringLiteral("verify")} + data);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QLatin1String("ledger consistent")), qPrintable(ok.out));
        const QString dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ledger/azcoiner.db"));
        const auto execAll = [&](const QStringList &statements) {
            auto db = azc::storage::Database::open(dbUrl);
            QVERIFY(db.ok());
            for (const QString &sql : statements)
                QVERIFY2(db.value()->exec(sql).ok(), qPrintable(sql));
        };
        const auto tamper = [&](const QStringList &edit, const QStringList &restore) {
            execAll(edit);
            const Run broken = run(QStringList{QStringLiteral("ledger"), QStringLiteral("verify")} + data);
            QCOMPARE(broken.exitCode, 3);
            QVERIFY2(broken.err.contains(QLatin1String("ledger INCONSISTENT")), qPrintable(broken.err));
            execAll(restore);
            QCOMPARE(run(QStringList{QStringLiteral("ledger"), QStringLiteral("verify")} + data).exitCode, 0);
        };
        // A balance raised by hand, a transfer's amount changed, a transfer deleted.
        tamper({QStringLiteral("UPDATE ledger_accounts SET balance = balance || '0' WHERE kind = 'available' AND balance <> '0'")},
               {QStringLiteral("UPDATE ledger_accounts SET balance = substr(balance, 1, length(balance) - 1)"
                               " WHERE kind = 'available' AND balance <> '0'")});
        tamper({QStringLiteral("UPDATE ledger_transfers SET amount = amount || '1' WHERE seq = 1")},
               {QStringLiteral("UPDATE ledger_transfers SET amount = substr(amount, 1, length(amount) - 1) WHERE seq = 1")});
        tamper({QStringLiteral("CREATE TABLE saved AS SELECT * FROM ledger_transfers WHERE seq = (SELECT MAX(seq) FROM ledger_transfers)"),
                QStringLiteral("DELETE FROM ledger_transfers WHERE seq = (SELECT MAX(seq) FROM ledger_transfers)")},
               {QStringLiteral("INSERT INTO ledger_transfers SELECT * FROM saved"), QStringLiteral("DROP TABLE saved")});
    }

    void servesOnTheAnnouncedPortWithConfigFile()
    {
        QFile config(m_dir.filePath(QStringLiteral("azcoinerd.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("listen=127.0.0.1:0\nallowed-origins=https://a.example,https://c.example\n");
        config.close();
        QProcess server;
        server.start(QStringLiteral(AZCOINERD_PATH),
                     QStringList{QStringLiteral("--config"), config.fileName(), QStringLiteral("--data-dir"),
                                 m_dir.filePath(QStringLiteral("served"))});
        QVERIFY(server.waitForStarted());
        QString line;
        QTRY_VERIFY_WITH_TIMEOUT((line += QString::fromUtf8(server.readAllStandardOutput())).contains(QLatin1Char('\n')), 20000);
        QVERIFY2(line.startsWith(QLatin1String("listening ws://127.0.0.1:")), qPrintable(line));
        const QUrl url(line.mid(10).trimmed());
        azc::test::WsClient c;
        QVERIFY(c.open(url, "https://a.example"));
        QVERIFY(c.call(QStringLiteral("sys.info")).value(QStringLiteral("result")).toObject().value(
            QStringLiteral("methods")).toArray().contains(QStringLiteral("kyc.submit")));
        azc::test::WsClient second;
        QVERIFY(second.open(url, "https://c.example")); // an unquoted list in the INI file
        azc::test::WsClient evil;
        QVERIFY(!evil.open(url, "https://b.example"));
        server.terminate(); // SIGTERM: a clean stop that tells clients why
        QVERIFY(second.waitClosed(5000));
        QCOMPARE(second.closeCode(), 1001);
        QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, 5000);
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstAzcoinerd)
#include "tst_azcoinerd.moc"
