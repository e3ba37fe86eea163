#include "demo_users.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QTest>

#include <QHash>

namespace azc::test {

QString demoPassword(const QString &username)
{
    static const QHash<QString, QString> passwords = {
        {QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")},
        {QStringLiteral("finance"), QStringLiteral("AzcFinance#2026")},
        {QStringLiteral("support"), QStringLiteral("AzcSupport#2026")},
        {QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")},
        {QStringLiteral("bob"), QStringLiteral("AzcBob#2026")},
        {QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")},
        {QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026")},
    };
    return passwords.value(username);
}

std::unique_ptr<WsClient> signIn(const QUrl &url, const QString &username, const QString &password)
{
    auto c = std::make_unique<WsClient>();
    if (!c->open(url) || c->login(username, password.isEmpty() ? demoPassword(username) : password).isEmpty())
        return nullptr;
    return c;
}

QString fund(TestBackend &backend, const QString &username, const QString &asset, const QString &amount)
{
    auto admin = signIn(backend, QStringLiteral("admin"));
    auto finance = signIn(backend, QStringLiteral("finance"));
    if (!admin || !finance)
        return QStringLiteral("the demo admins cannot sign in");
    const QJsonObject request = admin->call(QStringLiteral("treasury.requestAdjustment"),
                                            {{QStringLiteral("target"), QStringLiteral("user")},
                                             {QStringLiteral("username"), username},
                                             {QStringLiteral("asset"), asset},
                                             {QStringLiteral("amount"), amount},
                                             {QStringLiteral("reason"), QStringLiteral("test funding")}});
    const QString id = request[QStringLiteral("result")][QStringLiteral("adjustment")][QStringLiteral("id")].toString();
    if (id.isEmpty())
        return QStringLiteral("treasury.requestAdjustment: ") + reason(request);
    const QJsonObject approved = finance->call(QStringLiteral("treasury.approveAdjustment"),
                                               {{QStringLiteral("adjustmentId"), id}});
    const QString status = approved[QStringLiteral("result")][QStringLiteral("adjustment")][QStringLiteral("status")].toString();
    return status == QLatin1String("approved") ? QString() : QStringLiteral("treasury.approveAdjustment: ") + reason(approved);
}

} // namespace azc::test

namespace azc::test {

QString uploadDocument(WsClient &client, const QString &purpose, QByteArray png)
{
    if (png.isEmpty()) {
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(QColor(40, 90, 160));
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    return uploadFile(client, QStringLiteral("document.png"), QStringLiteral("image/png"), png, purpose);
}

QJsonObject callPatiently(WsClient &client, const QString &method, const QJsonObject &params)
{
    QJsonObject reply = client.call(method, params);
    for (int i = 0; i < 8 && reason(reply) == QLatin1String("rate_limited"); ++i) {
        QTest::qWait(reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("retryAfterMs")].toInt() + 5);
        reply = client.call(method, params);
    }
    return reply;
}

QString uploadFile(WsClient &client, const QString &name, const QString &mime, const QByteArray &content, const QString &purpose)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString uploadId = callPatiently(client, QStringLiteral("files.beginUpload"),
                                           {{QStringLiteral("name"), name}, {QStringLiteral("mime"), mime},
                                            {QStringLiteral("size"), content.size()}, {QStringLiteral("sha256"), sha},
                                            {QStringLiteral("purpose"), purpose}})
                                 [QStringLiteral("result")][QStringLiteral("uploadId")].toString();
    constexpr int kChunk = 45 * 1024; // under the frame limit once base64-encoded
    for (int at = 0; at < content.size(); at += kChunk)
        callPatiently(client, QStringLiteral("files.uploadChunk"), {{QStringLiteral("uploadId"), uploadId}, {QStringLiteral("offset"), at},
                                                                   {QStringLiteral("data"), QString::fromLatin1(content.mid(at, kChunk).toBase64())}});
    return callPatiently(client, QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), uploadId}})
        [QStringLiteral("result")][QStringLiteral("file")][QStringLiteral("fileId")].toString();
}

QString verifiedShop(const QUrl &url, WsClient &owner, const QString &name)
{
    const QString orgId = owner.result(QStringLiteral("payments.createOrg"),
                                       {{QStringLiteral("name"), name}, {QStringLiteral("settlementAsset"), QStringLiteral("USDT")}})
                              .value(QStringLiteral("id")).toString();
    if (orgId.isEmpty())
        return {};
    const QString caseId = owner.result(QStringLiteral("payments.submitKyb"),
                                        {{QStringLiteral("orgId"), orgId}, {QStringLiteral("legalName"), QString(name + QStringLiteral(" Ltd"))},
                                         {QStringLiteral("registrationNumber"), QStringLiteral("HRB 12345")},
                                         {QStringLiteral("country"), QStringLiteral("DE")},
                                         {QStringLiteral("address"), QStringLiteral("Hauptstrasse 1, Berlin")},
                                         {QStringLiteral("representative"), QStringLiteral("The Owner")},
                                         {QStringLiteral("fileIds"), QJsonArray{uploadDocument(owner)}}})
                               .value(QStringLiteral("id")).toString();
    auto support = signIn(url, QStringLiteral("support"));
    if (caseId.isEmpty() || !support)
        return {};
    QJsonObject checklist;
    for (const char *item : {"registryExtractMatches", "representativeVerified", "addressVerified", "activityAllowed",
                             "sanctionsScreened", "websiteReviewed"})
        checklist.insert(QLatin1String(item), true);
    const QJsonObject decided = support->result(QStringLiteral("payments.decideKyb"),
                                                {{QStringLiteral("caseId"), caseId}, {QStringLiteral("decision"), QStringLiteral("approve")},
                                                 {QStringLiteral("checklist"), checklist}});
    return decided.value(QStringLiteral("status")).toString() == QLatin1String("approved") ? orgId : QString();
}

} // namespace azc::test
