// Identity over the wire: registration rules, log-in throttling, sessions
// (hashed tokens, listing, revoking, log-out closing sockets), TOTP, role
// changes rotating tokens, and freezes.

#include "crypto/digest.h"
#include "crypto/totp.h"
#include "storage/database.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace azc;
using test::WsClient;

namespace {

using test::reason;

QJsonObject loginParams(const QString &u, const QString &p)
{
    return {{QStringLiteral("username"), u}, {QStringLiteral("password"), p}};
}

} // namespace

class TstIdentity : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestBackend> m_backend;

    std::unique_ptr<WsClient> client()
    {
        auto c = std::make_unique<WsClient>();
        return c->open(m_backend->url()) ? std::move(c) : nullptr;
    }
    std::unique_ptr<storage::Database> peekDatabase()
    {
        const QString url = m_backend->databaseUrl();
        auto db = storage::Database::open(url);
        return db ? std::move(db).value() : nullptr;
    }
    QString registerUser(WsClient &c, const QString &username, const QString &password)
    {
        return c.result(QStringLiteral("auth.register"),
                        {{QStringLiteral("username"), username}, {QStringLiteral("displayName"), username},
                         {QStringLiteral("password"), password}})
            .value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = test::TestBackend::demo();
        QVERIFY(m_backend);
    }

    void registrationRules_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expectedReason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("ok") << "erin_01" << "correct horse battery" << "" << "";
        QTest::newRow("taken") << "alice" << "correct horse battery" << "username_taken" << "";
        QTest::newRow("short") << "frank" << "Sh0rt!pw" << "weak_password" << "too_short";
        QTest::newRow("common") << "grace" << "password123" << "weak_password" << "common";
        QTest::newRow("common any case") << "heidi" << "QWERTYUIOP" << "weak_password" << "common";
        QTest::newRow("username inside") << "ivan_k" << "ivan_k2024!" << "weak_password" << "contains_username";
        QTest::newRow("bad username") << "Ivan Space" << "correct horse battery" << "" << "";
    }
    void registrationRules()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, expectedReason);
        QFETCH(QString, detail);
        auto c = client();
        const QJsonObject r = c->call(QStringLiteral("auth.register"),
                                      {{QStringLiteral("username"), username}, {QStringLiteral("displayName"), username},
                                       {QStringLiteral("password"), password}});
        if (username.contains(QLatin1Char(' '))) {
            QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32602);
            return;
        }
        QCOMPARE(reason(r), expectedReason);
        if (!detail.isEmpty())
            QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                         QStringLiteral("detail")).toString(), detail);
        if (expectedReason.isEmpty()) {
            const QJsonObject user = r.value(QStringLiteral("result")).toObject().value(QStringLiteral("user")).toObject();
            QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
            QCOMPARE(user.value(QStringLiteral("kycTier")).toInt(), 0);
            QVERIFY(!user.contains(QStringLiteral("passwordHash")));
        }
    }

    void passwordsAreArgon2idAndTokensHashed()
    {
        auto c = client();
        const QString token = c->login(QStringLiteral("erin_01"), QStringLiteral("correct horse battery"));
        QCOMPARE(token.size(), 43);
        auto db = peekDatabase();
        QVERIFY(db);
        const QString phc = db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'erin_01'"))
                                .value().toString();
        QVERIFY2(phc.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(phc));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ?"), {token}).value().toInt(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ?"),
                            {QString::fromLatin1(crypto::sha256Hex(token.toUtf8()))}).value().toInt(), 1);
    }

    // Wrong passwords back off for the name typed from this address; a name
    // nobody has answers exactly the same (tst_security: other addresses are
    // not affected).
    void wrongPasswordsBackOff()
    {
        auto c = client();
        QVERIFY(!registerUser(*c, QStringLiteral("judy"), QStringLiteral("judy's long passphrase")).isEmpty());
        for (const QString &name : {QStringLiteral("judy"), QStringLiteral("no_such_judy")}) {
            auto attempt = [&](const QString &pw) {
                auto fresh = client(); // the per-connection auth limit is not what this tests
                return fresh->call(QStringLiteral("auth.login"), loginParams(name, pw));
            };
            for (int i = 0; i < 5; ++i)
                QCOMPARE(reason(attempt(QStringLiteral("wrong password %1").arg(i))), QStringLiteral("invalid_credentials"));
            const QJsonObject waiting = attempt(QStringLiteral("judy's long passphrase"));
            QCOMPARE(reason(waiting), QStringLiteral("too_many_attempts"));
            const qint64 retry = waiting.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                    QStringLiteral("retryAfterMs")).toInteger();
            QVERIFY2(retry > 25 * 1000 && retry <= 30 * 1000, qPrintable(QString::number(retry)));
        }
        QCOMPARE(reason(client()->call(QStringLiteral("auth.login"), loginParams(QStringLiteral("no_such_user"),
                                                                                  QStringLiteral("whatever long")))),
                 QStringLiteral("invalid_credentials"));
    }

    void sessionsListRevokeAndLogout()
    {
        auto laptop = client();
        auto phone = client();
        const QString laptopToken = laptop->login(QStringLiteral("erin_01"), QStringLiteral("correct horse battery"));
        QVERIFY(!phone->login(QStringLiteral("erin_01"), QStringLiteral("correct horse battery")).isEmpty());
        const QJsonArray sessions = laptop->result(QStringLiteral("session.list")).value(QStringLiteral("sessions")).toArray();
        QVERIFY(sessions.size() >= 2);
        QString phoneSession;
        int current = 0;
        const QString phoneId = phone->result(QStringLiteral("account.me")).value(QStringLiteral("user")).toObject()
                                    .value(QStringLiteral("id")).toString();
        QVERIFY(!phoneId.isEmpty());
        for (const QJsonValue &v : sessions) {
            if (v.toObject().value(QStringLiteral("current")).toBool())
                ++current;
        }
        QCOMPARE(current, 1);
        // Find the phone's session: the newest that is not current.
        const QJsonArray phoneView = phone->result(QStringLiteral("session.list")).value(QStringLiteral("sessions")).toArray();
        for (const QJsonValue &v : phoneView)
            if (v.toObject().value(QStringLiteral("current")).toBool())
                phoneSession = v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!phoneSession.isEmpty());

        QElapsedTimer timer;
        timer.start();
        QVERIFY(laptop->call(QStringLiteral("session.revoke"), {{QStringLiteral("sessionId"), phoneSession}})
                    .contains(QStringLiteral("result")));
        QVERIFY(phone->waitClosed(1000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(reason(laptop->call(QStringLiteral("session.revoke"), {{QStringLiteral("sessionId"), phoneSession}})),
                 QStringLiteral("not_found"));

        // A second socket on the same session (resume), then log-out closes both.
        auto tab = client();
        QVERIFY(tab->call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), laptopToken}}).contains(QStringLiteral("result")));
        timer.restart();
        QVERIFY(laptop->call(QStringLiteral("auth.logout")).contains(QStringLiteral("result")));
        QVERIFY(laptop->waitClosed(1000));
        QVERIFY(tab->waitClosed(1000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(laptop->closeCode(), 1000);
        auto later = client();
        QCOMPARE(reason(later->call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), laptopToken}})),
                 QStringLiteral("invalid_session"));
    }

    void totpEnrolConfirmLoginAndRecovery()
    {
        auto c = client();
        QVERIFY(!c->login(QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026")).isEmpty());
        const QJsonObject enrol = c->result(QStringLiteral("totp.enroll"));
        const QByteArray secret = crypto::base32Decode(enrol.value(QStringLiteral("secret")).toString()).value_or(QByteArray());
        QCOMPARE(secret.size(), 20);
        QVERIFY(enrol.value(QStringLiteral("uri")).toString().startsWith(QLatin1String("otpauth://totp/AZCoiner:dariush?")));
        QCOMPARE(reason(c->call(QStringLiteral("totp.confirm"), {{QStringLiteral("code"), QStringLiteral("000000")}})),
                 QStringLiteral("invalid_totp"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString code = crypto::totpAt(secret, now);
        const QJsonArray recovery = c->result(QStringLiteral("totp.confirm"), {{QStringLiteral("code"), code}})
                                        .value(QStringLiteral("recoveryCodes")).toArray();
        QCOMPARE(recovery.size(), 10);
        QVERIFY(c->result(QStringLiteral("account.me")).value(QStringLiteral("user")).toObject().value(
            QStringLiteral("totpEnabled")).toBool());
        // Stored sealed: the database alone does not give the seed away.
        auto db = peekDatabase();
        const QString stored = db->scalar(QStringLiteral("SELECT totp_secret FROM users WHERE username = 'dariush'")).value().toString();
        QVERIFY(stored.startsWith(QLatin1String("v1:")));
        QVERIFY(!stored.contains(enrol.value(QStringLiteral("secret")).toString()));

        auto again = [&](const QString &totp) {
            QJsonObject p = loginParams(QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026"));
            if (!totp.isEmpty())
                p.insert(QStringLiteral("totpCode"), totp);
            return client()->call(QStringLiteral("auth.login"), p);
        };
        QCOMPARE(reason(again({})), QStringLiteral("totp_required"));
        QCOMPARE(reason(again(code)), QStringLiteral("invalid_totp")); // that step was used to confirm
        const QString next = crypto::totpAt(secret, now + 30);
        QVERIFY(again(next).contains(QStringLiteral("result")));
        QCOMPARE(reason(again(next)), QStringLiteral("invalid_totp")); // accepted once
        const QString rc = recovery.at(3).toString();
        QVERIFY(again(rc).contains(QStringLiteral("result")));
        QCOMPARE(reason(again(rc)), QStringLiteral("invalid_totp")); // single use

        // Disable needs the password and a valid code.
        QCOMPARE(reason(c->call(QStringLiteral("totp.disable"), {{QStringLiteral("password"), QStringLiteral("nope nope nope")},
                                                                 {QStringLiteral("code"), recovery.at(4).toString()}})),
                 QStringLiteral("invalid_credentials"));
        QVERIFY(c->call(QStringLiteral("totp.disable"), {{QStringLiteral("password"), QStringLiteral("AzcDariush#2026")},
                                                          {QStringLiteral("code"), recovery.at(4).toString()}})
                    .contains(QStringLiteral("result")));
        QVERIFY(again({}).contains(QStringLiteral("result")));
    }

    void roleChangeRotatesTokens()
    {
        auto admin = client();
        QVERIFY(!admin->login(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")).isEmpty());
        auto bob = client();
        const QString oldToken = bob->login(QStringLiteral("bob"), QStringLiteral("AzcBob#2026"));
        auto idle = client(); // a second session with no socket left open
        const QString idleToken = idle->login(QStringLiteral("bob"), QStringLiteral("AzcBob#2026"));
        idle->socket().close();
        QVERIFY(idle->waitClosed());
        QTest::qWait(50);
        QCOMPARE(reason(bob->call(QStringLiteral("kyc.queue"))), QStringLiteral("forbidden"));
        const QString bobId = bob->result(QStringLiteral("account.me")).value(QStringLiteral("user")).toObject()
                                  .value(QStringLiteral("id")).toString();
        const QJsonObject changed = admin->result(QStringLiteral("admin.setRole"),
                                                  {{QStringLiteral("userId"), bobId}, {QStringLiteral("role"), QStringLiteral("support")}});
        QCOMPARE(changed.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        const QString newToken = bob->waitEvent(QStringLiteral("event.session.rotated")).value(QStringLiteral("token")).toString();
        QCOMPARE(newToken.size(), 43);
        QVERIFY(newToken != oldToken);
        QVERIFY(bob->call(QStringLiteral("kyc.queue")).contains(QStringLiteral("result"))); // new role, same socket
        QCOMPARE(reason(client()->call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), oldToken}})),
                 QStringLiteral("invalid_session"));
        QCOMPARE(reason(client()->call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), idleToken}})),
                 QStringLiteral("invalid_session"));
        QVERIFY(client()->call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), newToken}}).contains(QStringLiteral("result")));
        QCOMPARE(reason(admin->call(QStringLiteral("admin.setRole"), {{QStringLiteral("userId"), admin->result(QStringLiteral("account.me"))
                                                                            .value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString()},
                                                                       {QStringLiteral("role"), QStringLiteral("user")}})),
                 QStringLiteral("invalid_state"));
        admin->result(QStringLiteral("admin.setRole"), {{QStringLiteral("userId"), bobId}, {QStringLiteral("role"), QStringLiteral("user")}});
    }

    void freezeEndsSessionsAndBlocksLogin()
    {
        auto admin = client();
        QVERIFY(!admin->login(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")).isEmpty());
        auto carol = client();
        QVERIFY(!carol->login(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")).isEmpty());
        const QString carolId = carol->result(QStringLiteral("account.me")).value(QStringLiteral("user")).toObject()
                                    .value(QStringLiteral("id")).toString();
        QVERIFY(admin->call(QStringLiteral("admin.setFrozen"), {{QStringLiteral("userId"), carolId}, {QStringLiteral("frozen"), true},
                                                                 {QStringLiteral("reason"), QStringLiteral("suspicious activity")}})
                    .contains(QStringLiteral("result")));
        QVERIFY(carol->waitClosed(1000));
        QCOMPARE(reason(client()->call(QStringLiteral("auth.login"), loginParams(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")))),
                 QStringLiteral("account_frozen"));
        QVERIFY(admin->call(QStringLiteral("admin.setFrozen"), {{QStringLiteral("userId"), carolId}, {QStringLiteral("frozen"), false},
                                                                 {QStringLiteral("reason"), QStringLiteral("cleared")}})
                    .contains(QStringLiteral("result")));
        QVERIFY(!client()->login(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")).isEmpty());
        const QJsonArray log = admin->result(QStringLiteral("admin.auditLog")).value(QStringLiteral("entries")).toArray();
        QVERIFY(log.size() >= 2);
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("account.unfrozen"));
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("account.frozen"));
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("actorName")).toString(), QStringLiteral("admin"));
    }

    // Argon2id costs ~50 ms of CPU per log-in; it runs off the backend
    // thread, so a ping sent after three log-ins is answered before them.
    void passwordHashingDoesNotBlockOthers()
    {
        // Costly hashes (~0.5 s each) so the ordering holds on a loaded machine too.
        BackendConfig config;
        config.seedDemoData = true;
        config.argon2Iterations = 20;
        test::TestBackend slow(config);
        QVERIFY(slow.start());
        auto connect = [&] {
            auto c = std::make_unique<WsClient>();
            c->open(slow.url());
            return c;
        };
        std::vector<std::unique_ptr<WsClient>> logins;
        for (int i = 0; i < 3; ++i) {
            logins.push_back(connect());
            logins.back()->sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"L\",\"method\":\"auth.login\","
                                                  "\"params\":{\"username\":\"alice\",\"password\":\"AzcAlice#2026\"}}"));
        }
        auto pinger = connect();
        QVERIFY(pinger->call(QStringLiteral("sys.ping")).contains(QStringLiteral("result")));
        int answeredBeforePing = 0;
        std::vector<QJsonObject> replies;
        for (auto &c : logins) {
            QJsonObject r = c->waitMessage(1);
            answeredBeforePing += !r.isEmpty();
            replies.push_back(r);
        }
        QVERIFY2(answeredBeforePing < 3, "the ping waited for every password hash");
        for (size_t i = 0; i < logins.size(); ++i) {
            const QJsonObject r = replies[i].isEmpty() ? logins[i]->waitMessage(30000) : replies[i];
            QVERIFY(r.value(QStringLiteral("result")).toObject().contains(QStringLiteral("token")));
        }
    }

    // Guessing the password through a stolen session backs off like log-in
    // does, for that session only.
    void passwordGuessesThroughASessionBackOff()
    {
        auto c = client();
        QVERIFY(!registerUser(*c, QStringLiteral("mallory_target"), QStringLiteral("the real long password")).isEmpty());
        QVERIFY(!c->login(QStringLiteral("mallory_target"), QStringLiteral("the real long password")).isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(reason(c->call(QStringLiteral("account.changePassword"),
                                    {{QStringLiteral("currentPassword"), QStringLiteral("guess number %1").arg(i)},
                                     {QStringLiteral("newPassword"), QStringLiteral("a brand new passphrase")}})),
                     QStringLiteral("invalid_credentials"));
        QCOMPARE(reason(c->call(QStringLiteral("account.changePassword"),
                                {{QStringLiteral("currentPassword"), QStringLiteral("the real long password")},
                                 {QStringLiteral("newPassword"), QStringLiteral("a brand new passphrase")}})),
                 QStringLiteral("too_many_attempts"));
        QCOMPARE(reason(c->call(QStringLiteral("totp.disable"), {{QStringLiteral("password"), QStringLiteral("the real long password")},
                                                                 {QStringLiteral("code"), QStringLiteral("123456")}})),
                 QStringLiteral("too_many_attempts"));
        // Only this session waits: guesses in a (perhaps stolen) session never lock the owner out.
        QVERIFY(!client()->login(QStringLiteral("mallory_target"), QStringLiteral("the real long password")).isEmpty());
    }

    void changePasswordRevokesOtherSessions()
    {
        auto here = client();
        auto there = client();
        QVERIFY(!here->login(QStringLiteral("erin_01"), QStringLiteral("correct horse battery")).isEmpty());
        QVERIFY(!there->login(QStringLiteral("erin_01"), QStringLiteral("correct horse battery")).isEmpty());
        QCOMPARE(reason(here->call(QStringLiteral("account.changePassword"),
                                   {{QStringLiteral("currentPassword"), QStringLiteral("correct horse battery")},
                                    {QStringLiteral("newPassword"), QStringLiteral("password123")}})),
                 QStringLiteral("weak_password"));
        QVERIFY(here->call(QStringLiteral("account.changePassword"),
                           {{QStringLiteral("currentPassword"), QStringLiteral("correct horse battery")},
                            {QStringLiteral("newPassword"), QStringLiteral("a new and longer phrase")}})
                    .contains(QStringLiteral("result")));
        QVERIFY(there->waitClosed(1000));
        QVERIFY(here->call(QStringLiteral("account.me")).contains(QStringLiteral("result")));
        QVERIFY(!client()->login(QStringLiteral("erin_01"), QStringLiteral("a new and longer phrase")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstIdentity)
#include "tst_identity.moc"
