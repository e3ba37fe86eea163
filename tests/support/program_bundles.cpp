#include "program_bundles.h"

#include "demo_users.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace azc::test {

QJsonObject testManifest(const QString &id, const QString &version, const QStringList &permissions, const QString &payeeOrgId)
{
    QJsonObject m{{QStringLiteral("id"), id}, {QStringLiteral("name"), QString(QStringLiteral("Test ") + id)},
                  {QStringLiteral("version"), version}, {QStringLiteral("description"), QStringLiteral("A program made by a test.")},
                  {QStringLiteral("category"), QStringLiteral("tools")}, {QStringLiteral("entry"), QStringLiteral("index.html")},
                  {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}, {QStringLiteral("origins"), QJsonArray()}};
    if (!payeeOrgId.isEmpty()) {
        m.insert(QStringLiteral("payee"), payeeOrgId);
        m.insert(QStringLiteral("assets"), QJsonArray{QStringLiteral("USDT")});
    }
    return m;
}

QByteArray programZip(const QJsonObject &manifest, QHash<QString, QByteArray> files)
{
    files.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
    if (!files.contains(QStringLiteral("index.html")))
        files.insert(QStringLiteral("index.html"), "<!doctype html><title>test</title><p>hello</p>");
    auto zip = miniprograms::makeZip(files);
    return zip ? zip.value() : QByteArray();
}

QJsonObject submitProgram(WsClient &developer, const miniprograms::SigningKey &key, const QByteArray &zip)
{
    const QString fileId = uploadFile(developer, QStringLiteral("bundle.zip"), QStringLiteral("application/zip"), zip,
                                      QStringLiteral("bundle"));
    const QJsonObject params{{QStringLiteral("fileId"), fileId}, {QStringLiteral("signature"), key.sign(zip)}};
    return callPatiently(developer, QStringLiteral("miniprograms.submit"), params);
}

QString demoDeveloper(WsClient &carol, const miniprograms::SigningKey &key, const QString &displayName)
{
    const QJsonObject registered = carol.result(QStringLiteral("miniprograms.registerDeveloper"),
                                                {{QStringLiteral("displayName"), displayName}, {QStringLiteral("publicKey"), key.publicKey}});
    if (!registered.contains(QStringLiteral("developer")))
        return {};
    for (const QJsonValue &o : carol.result(QStringLiteral("payments.myOrgs"))[QStringLiteral("orgs")].toArray())
        if (o[QStringLiteral("name")].toString() == QLatin1String("Corner Shop"))
            return o[QStringLiteral("id")].toString();
    return {};
}

bool approveVersion(WsClient &admin, const QString &versionId)
{
    return admin.result(QStringLiteral("miniprograms.decide"),
                        {{QStringLiteral("versionId"), versionId}, {QStringLiteral("decision"), QStringLiteral("approve")}})
               .value(QStringLiteral("status")).toString() == QLatin1String("approved");
}

} // namespace azc::test
