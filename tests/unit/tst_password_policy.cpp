// The password policy and the shipped list of common passwords.

#include "identity/password_policy.h"

#include <QtTest>

using azc::identity::PasswordPolicy;

class TstPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("detail");
        QTest::newRow("fine") << "violet tractor sings" << "mina" << "";
        QTest::newRow("exactly 10") << "Zq9#kLm2Wp" << "mina" << "";
        QTest::newRow("9 characters") << "Zq9#kLm2W" << "mina" << "too_short";
        QTest::newRow("129 characters") << QString(129, QLatin1Char('x')) << "mina" << "too_long";
        QTest::newRow("common") << "iloveyou12" << "mina" << "common";
        QTest::newRow("common upper") << "PASSWORD123" << "mina" << "common";
        QTest::newRow("username + digits") << "mina_k12345" << "mina_k" << "contains_username";
        QTest::newRow("username inside long") << "mina_k likes long walks" << "mina_k" << "";
        QTest::newRow("non-latin") << "رمز عبور بسیار طولانی" << "mina" << "";
    }
    void check()
    {
        QFETCH(QString, password);
        QFETCH(QString, username);
        QFETCH(QString, detail);
        static const PasswordPolicy policy;
        QVERIFY(policy.commonCount() > 100);
        const azc::Status s = policy.check(password, username);
        if (detail.isEmpty()) {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().reason, QStringLiteral("weak_password"));
            QCOMPARE(s.error().data.value(QStringLiteral("detail")).toString(), detail);
        }
    }
};

QTEST_GUILESS_MAIN(TstPasswordPolicy)
#include "tst_password_policy.moc"
