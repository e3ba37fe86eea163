// The gateway's pure rules: parameter schemas and token buckets.

#include "server/param_schema.h"
#include "server/rate_limiter.h"

#include <QJsonArray>
#include <QtTest>

using namespace azc::server;

class TstServerRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaAcceptsWhatItDeclares()
    {
        const ParamSchema schema{Param::string(QStringLiteral("name"), 2, 5),
                                 Param::integer(QStringLiteral("count"), 1, 10).optional(),
                                 Param::boolean(QStringLiteral("flag")).optional(),
                                 Param::strings(QStringLiteral("ids"), 1, 2).optional(),
                                 Param::string(QStringLiteral("code"), 1, 8).matching(QStringLiteral("[0-9]+")).optional()};
        QVERIFY(schema.validate({{QStringLiteral("name"), QStringLiteral("abc")}}).ok());
        QVERIFY(schema.validate({{QStringLiteral("name"), QStringLiteral("abc")}, {QStringLiteral("count"), 10},
                                 {QStringLiteral("flag"), false}, {QStringLiteral("ids"), QJsonArray{QStringLiteral("x")}},
                                 {QStringLiteral("code"), QStringLiteral("0042")}}).ok());
        // An explicit null counts as absent.
        QVERIFY(schema.validate({{QStringLiteral("name"), QStringLiteral("abc")}, {QStringLiteral("count"), QJsonValue::Null}}).ok());
    }

    void schemaRefusesWithTheField_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("field");
        const QJsonValue name = QStringLiteral("abc");
        QTest::newRow("missing") << QJsonObject{} << "name";
        QTest::newRow("too short") << QJsonObject{{"name", "a"}} << "name";
        QTest::newRow("too long") << QJsonObject{{"name", "abcdef"}} << "name";
        QTest::newRow("number as string") << QJsonObject{{"name", 5}} << "name";
        QTest::newRow("fraction") << QJsonObject{{"name", name}, {"count", 1.5}} << "count";
        QTest::newRow("out of range") << QJsonObject{{"name", name}, {"count", 11}} << "count";
        QTest::newRow("string as int") << QJsonObject{{"name", name}, {"count", "3"}} << "count";
        QTest::newRow("int as bool") << QJsonObject{{"name", name}, {"flag", 1}} << "flag";
        QTest::newRow("too many ids") << QJsonObject{{"name", name}, {"ids", QJsonArray{"a", "b", "c"}}} << "ids";
        QTest::newRow("non-string id") << QJsonObject{{"name", name}, {"ids", QJsonArray{1}}} << "ids";
        QTest::newRow("pattern") << QJsonObject{{"name", name}, {"code", "12a"}} << "code";
        QTest::newRow("unknown") << QJsonObject{{"name", name}, {"role", "admin"}} << "role";
    }
    void schemaRefusesWithTheField()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, field);
        const ParamSchema schema{Param::string(QStringLiteral("name"), 2, 5),
                                 Param::integer(QStringLiteral("count"), 1, 10).optional(),
                                 Param::boolean(QStringLiteral("flag")).optional(),
                                 Param::strings(QStringLiteral("ids"), 1, 2).optional(),
                                 Param::string(QStringLiteral("code"), 1, 8).matching(QStringLiteral("[0-9]+")).optional()};
        const azc::Status s = schema.validate(params);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().reason, QStringLiteral("invalid_params"));
        QCOMPARE(s.error().data.value(QStringLiteral("field")).toString(), field);
    }

    void bucketAllowsBurstThenRefills()
    {
        RateLimiter limiter;
        const BucketPolicy policy{10, 5};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.take(QStringLiteral("k"), policy, 1000), 0);
        const qint64 wait = limiter.take(QStringLiteral("k"), policy, 1000);
        QCOMPARE(wait, 100); // one token per 100 ms
        QCOMPARE(limiter.take(QStringLiteral("k"), policy, 1099), 1);
        QCOMPARE(limiter.take(QStringLiteral("k"), policy, 1200), 0);
        QCOMPARE(limiter.take(QStringLiteral("other"), policy, 1200), 0); // keys are independent
        // Refill never exceeds the burst.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.take(QStringLiteral("k"), policy, 100000), 0);
        QVERIFY(limiter.take(QStringLiteral("k"), policy, 100000) > 0);
        limiter.forgetPrefix(QStringLiteral("k"));
        QCOMPARE(limiter.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstServerRules)
#include "tst_server_rules.moc"
