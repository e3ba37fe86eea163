#include "backend/demo_seed.h"

#include "files/file_service.h"
#include "identity/user_directory.h"
#include "miniprograms/bundle.h"
#include "miniprograms/miniprograms_service.h"
#include "payments/payments_service.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace azc {

namespace {

Result<identity::User> demoUser(DemoServices &d, const char *username)
{
    auto u = d.users->byUsername(QString::fromLatin1(username));
    if (!u)
        return u.error();
    if (!u.value())
        return fail("internal_error", QStringLiteral("demo user %1 is missing").arg(QString::fromLatin1(username)));
    return *u.value();
}

} // namespace

Result<QString> seedVerifiedOrg(DemoServices &d, const identity::User &owner, const DemoOrg &o)
{
    auto support = d.users->byUsername(QStringLiteral("support"));
    if (!support || !support.value())
        return fail("internal_error", QStringLiteral("demo user support is missing"));
    auto org = d.payments->createOrg(demoCaller(owner), o.name, o.website, o.settlementAsset);
    if (!org)
        return org.error();
    const QString orgId = org->value(QStringLiteral("id")).toString();
    QFile license(QStringLiteral(":/demo/carol_license.png"));
    if (!license.open(QIODevice::ReadOnly))
        return fail("internal_error", QStringLiteral("missing demo file carol_license.png"));
    auto file = d.files->store(owner.id, o.registryFileName, QStringLiteral("image/png"), license.readAll(), QStringLiteral("kyc"));
    if (!file)
        return file.error();
    auto actor = d.payments->memberActor(demoCaller(owner), orgId);
    if (!actor)
        return actor.error();
    auto kyb = d.payments->submitKyb(actor.value(),
                                     {{QStringLiteral("legalName"), o.legalName},
                                      {QStringLiteral("registrationNumber"), o.registrationNumber},
                                      {QStringLiteral("country"), o.country},
                                      {QStringLiteral("address"), o.address},
                                      {QStringLiteral("representative"), o.representative}},
                                     {file->id});
    if (!kyb)
        return kyb.error();
    QJsonObject checklist; // support ticked every item
    for (const QString &item : payments::PaymentsService::kybChecklist())
        checklist.insert(item, true);
    auto decided = d.payments->decideKyb(demoCaller(*support.value()), kyb->value(QStringLiteral("id")).toString(),
                                         QStringLiteral("approve"), {}, checklist);
    if (!decided)
        return decided.error();
    return orgId;
}

namespace {

// Carol's shop: an organisation with an approved KYB case, the payee of the shop program.
Result<QString> demoShop(DemoServices &d, const identity::User &carol, const identity::User &,
                         const identity::User &admin)
{
    auto made = seedVerifiedOrg(d, carol, {QStringLiteral("Corner Shop"), QStringLiteral("https://corner.example"), QStringLiteral("USDT"),
                                           QStringLiteral("Corner Shop Ltd"), QStringLiteral("GB 0912 4455"), QStringLiteral("GB"),
                                           QStringLiteral("12 Market Street, Leeds"), QStringLiteral("Carol Smith"),
                                           QStringLiteral("corner_shop_registry.png")});
    if (!made)
        return made.error();
    const QString orgId = *made;
    // A launch offer: no merchant fee on payments, so the shop receives what its customers pay.
    for (const char *asset : {"USDT", "AZC"}) {
        auto fee = d.payments->setFee(demoCaller(admin), orgId,
                                      {{QStringLiteral("asset"), QLatin1String(asset)}, {QStringLiteral("flow"), QStringLiteral("payment")},
                                       {QStringLiteral("fixed"), QStringLiteral("0")}, {QStringLiteral("rate"), QStringLiteral("0")},
                                       {QStringLiteral("min"), QStringLiteral("0")}, {QStringLiteral("max"), QStringLiteral("0")}});
        if (!fee)
            return fee.error();
    }
    return orgId;
}

// The files of examples/miniprograms/<name> (built in as resources), with
// the payee set to this deployment's shop.
Result<QByteArray> exampleBundle(const QString &name, const QString &payeeOrgId)
{
    const QString root = QStringLiteral(":/miniprograms/") + name + QLatin1Char('/');
    QHash<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail("internal_error", QStringLiteral("cannot read ") + path);
        files.insert(path.mid(root.size()), f.readAll());
    }
    QJsonObject manifest = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    if (manifest.isEmpty())
        return fail("internal_error", QStringLiteral("example %1 has no manifest").arg(name));
    if (manifest.contains(QStringLiteral("payee")))
        manifest.insert(QStringLiteral("payee"), payeeOrgId);
    files.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
    return miniprograms::makeZip(files);
}

} // namespace

Status seedDemoMiniPrograms(DemoServices &d)
{
    auto carol = demoUser(d, "carol");
    auto support = demoUser(d, "support");
    auto admin = demoUser(d, "admin");
    if (!carol || !support || !admin)
        return !carol ? carol.error() : !support ? support.error() : admin.error();
    auto shopOrg = demoShop(d, carol.value(), support.value(), admin.value());
    if (!shopOrg)
        return shopOrg.error();
    // Carol develops the examples. Her signing key is made here and
    // forgotten: the demo never uploads another version.
    const auto key = miniprograms::SigningKey::generate();
    if (auto r = d.miniprograms->registerDeveloper(demoCaller(carol.value()), QStringLiteral("Corner Shop Labs"), key.publicKey); !r)
        return r.error();
    for (const char *name : {"shop", "splitbill"}) {
        auto bytes = exampleBundle(QString::fromLatin1(name), shopOrg.value());
        if (!bytes)
            return bytes.error();
        auto file = d.files->store(carol->id, QString::fromLatin1(name) + QStringLiteral(".zip"), QStringLiteral("application/zip"),
                                   bytes.value(), QStringLiteral("bundle"));
        if (!file)
            return file.error();
        auto submitted = d.miniprograms->submitSigned(carol->id, file->id, bytes.value(), key.sign(bytes.value()));
        if (!submitted)
            return submitted.error();
        auto approved = d.miniprograms->decide(demoCaller(admin.value()), submitted->value(QStringLiteral("versionId")).toString(),
                                               true, {});
        if (!approved)
            return approved.error();
    }
    return okStatus();
}

} // namespace azc
