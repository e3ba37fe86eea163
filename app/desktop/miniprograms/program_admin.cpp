#include "miniprograms/program_admin.h"

#include "foundation/app_context.h"
#include "foundation/event_hub.h"
#include "foundation/file_transfer.h"
#include "foundation/session.h"
#include "foundation/token_store.h"
#include "miniprograms/bundle.h"

#include <QFile>
#include <QJsonArray>

namespace azc {

// --- developers

ProgramDeveloperConsole::ProgramDeveloperConsole(QObject *parent) : RemoteObject(parent) {}
ProgramDeveloperConsole::~ProgramDeveloperConsole() = default;

TokenStore *ProgramDeveloperConsole::keyStore()
{
    if (!m_keys && context()) {
        const AppOptions &o = context()->options();
        // One key per account: the keychain entry is named after the user.
        m_keys = new TokenStore(o.keychainService, QStringLiteral("miniprogram-signing:") + context()->session()->userId(),
                                o.useKeychain ? TokenStore::Mode::Keychain : TokenStore::Mode::MemoryOnly, this);
    }
    return m_keys;
}

void ProgramDeveloperConsole::onAttached()
{
    reload();
    if (auto *store = keyStore())
        store->load([this](const QString &key) {
            m_privateKey = key;
            emit changed();
        });
}

void ProgramDeveloperConsole::reload()
{
    request(QStringLiteral("miniprograms.developer"), {}, [this](const QJsonObject &r) {
        m_developer = r.value(QStringLiteral("developer")).toObject().toVariantMap();
        emit changed();
    });
    request(QStringLiteral("miniprograms.mine"), {}, [this](const QJsonObject &r) {
        m_programs = r.value(QStringLiteral("programs")).toArray().toVariantList();
        emit changed();
    });
}

void ProgramDeveloperConsole::fail(const QString &message)
{
    m_status.clear();
    m_lastError = message;
    emit changed();
}

void ProgramDeveloperConsole::createSigningKey(const QString &displayName)
{
    const auto key = miniprograms::SigningKey::generate();
    const QString privateB64 = QString::fromLatin1(key.privateKey.toBase64());
    m_lastError.clear();
    request(QStringLiteral("miniprograms.registerDeveloper"),
            {{QStringLiteral("displayName"), displayName.trimmed()}, {QStringLiteral("publicKey"), key.publicKey}},
            [this, privateB64](const QJsonObject &r) {
                m_developer = r.value(QStringLiteral("developer")).toObject().toVariantMap();
                m_privateKey = privateB64;
                if (auto *store = keyStore())
                    store->save(privateB64);
                emit changed();
            },
            [this](const RpcReply &r) { fail(r.message); });
}

void ProgramDeveloperConsole::upload(const QUrl &zipFile)
{
    const QString path = zipFile.isLocalFile() ? zipFile.toLocalFile() : zipFile.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read."));
    const QByteArray bytes = f.read(miniprograms::Bundle::kMaxZipBytes + 1);
    auto bundle = miniprograms::Bundle::open(bytes); // the same checks the server makes, before the upload
    if (!bundle)
        return fail(bundle.error().message);
    auto key = miniprograms::SigningKey::fromPrivate(QByteArray::fromBase64(m_privateKey.toLatin1()));
    if (!key)
        return fail(tr("Create your signing key first."));
    const QString signature = key->sign(bytes);
    const QString programId = bundle->manifest().id, version = bundle->manifest().version;
    m_status = tr("Uploading %1 %2…").arg(programId, version);
    m_lastError.clear();
    emit changed();
    auto *uploader = new FileUploader(client(), this);
    connect(uploader, &FileUploader::finished, this, [this, uploader, signature, programId, version](const QJsonObject &file) {
        uploader->deleteLater();
        request(QStringLiteral("miniprograms.submit"),
                {{QStringLiteral("fileId"), file.value(QStringLiteral("fileId"))}, {QStringLiteral("signature"), signature}},
                [this, programId, version](const QJsonObject &) {
                    m_status = tr("%1 %2 is waiting for review.").arg(programId, version);
                    emit changed();
                    emit uploaded(programId, version);
                    reload();
                },
                [this](const RpcReply &r) { fail(r.message); });
    });
    connect(uploader, &FileUploader::failed, this, [this, uploader](const RpcReply &r) {
        uploader->deleteLater();
        fail(r.message.isEmpty() ? r.reason : r.message);
    });
    uploader->upload(path, QStringLiteral("bundle"));
}

void ProgramDeveloperConsole::rollback(const QString &programId, const QString &version)
{
    request(QStringLiteral("miniprograms.rollback"), {{QStringLiteral("programId"), programId}, {QStringLiteral("version"), version}},
            [this](const QJsonObject &) { reload(); }, [this](const RpcReply &r) { fail(r.message); });
}

// --- admins

ProgramReviewQueue::ProgramReviewQueue(QObject *parent)
    : RemoteListModel({QStringLiteral("versionId"), QStringLiteral("programId"), QStringLiteral("version"), QStringLiteral("manifest"),
                       QStringLiteral("icon"), QStringLiteral("sha256"), QStringLiteral("size"), QStringLiteral("status"),
                       QStringLiteral("reason"), QStringLiteral("submittedAt"), QStringLiteral("developer"),
                       QStringLiteral("programStatus"), QStringLiteral("currentVersion")},
                      parent)
{
}

void ProgramReviewQueue::setStatus(const QString &s)
{
    if (s == m_status)
        return;
    m_status = s;
    emit statusChanged();
    reload();
}

void ProgramReviewQueue::onAttached()
{
    events()->on(Topic::MiniProgramsChanged, this, [this](const ServerEvent &) { reload(); });
    reload();
}

void ProgramReviewQueue::reload()
{
    if (!context())
        return;
    request(QStringLiteral("miniprograms.reviewQueue"), {{QStringLiteral("status"), m_status}},
            [this](const QJsonObject &r) { setRowsFrom(r.value(QStringLiteral("items"))); });
}

void ProgramReviewQueue::decide(const QString &versionId, bool approve, const QString &reason)
{
    request(QStringLiteral("miniprograms.decide"),
            {{QStringLiteral("versionId"), versionId}, {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("reject")},
             {QStringLiteral("reason"), reason.trimmed()}},
            [this, versionId](const QJsonObject &r) {
                emit decided(versionId, r.value(QStringLiteral("status")).toString());
                reload();
            });
}

void ProgramReviewQueue::suspend(const QString &programId, bool suspended, const QString &reason)
{
    request(QStringLiteral("miniprograms.suspend"),
            {{QStringLiteral("programId"), programId}, {QStringLiteral("suspended"), suspended}, {QStringLiteral("reason"), reason.trimmed()}},
            [this](const QJsonObject &) { reload(); });
}

void ProgramReviewQueue::rollback(const QString &programId, const QString &version)
{
    request(QStringLiteral("miniprograms.rollback"), {{QStringLiteral("programId"), programId}, {QStringLiteral("version"), version}},
            [this](const QJsonObject &) { reload(); });
}

// --- a user's settings for one program

ProgramSettings::ProgramSettings(QObject *parent) : RemoteObject(parent) {}

void ProgramSettings::setProgramId(const QString &id)
{
    if (id == m_programId)
        return;
    m_programId = id;
    emit programIdChanged();
    reload();
}

void ProgramSettings::reload()
{
    if (!context() || m_programId.isEmpty())
        return;
    request(QStringLiteral("miniprograms.spending"), {{QStringLiteral("programId"), m_programId}}, [this](const QJsonObject &r) {
        m_payments = r.value(QStringLiteral("payments")).toArray().toVariantList();
        emit changed();
    });
    request(QStringLiteral("miniprograms.consent"), {{QStringLiteral("programId"), m_programId}}, [this](const QJsonObject &r) {
        m_consent = r.toVariantMap();
        emit changed();
    });
}

void ProgramSettings::change(const QJsonObject &what)
{
    QJsonObject params = what;
    params.insert(QStringLiteral("programId"), m_programId);
    request(QStringLiteral("miniprograms.setConsent"), params, [this](const QJsonObject &r) {
        m_consent = r.toVariantMap();
        emit changed();
    });
}

void ProgramSettings::setProfile(bool allowed) { change({{QStringLiteral("profile"), allowed}}); }

void ProgramSettings::revokeDevice(const QString &name)
{
    QJsonArray kept;
    for (const QVariant &granted : m_consent.value(QStringLiteral("device")).toList())
        if (granted.toString() != name)
            kept.append(granted.toString());
    change({{QStringLiteral("device"), kept}});
}

void ProgramSettings::setCap(const QString &asset, const QString &amount)
{
    change({{QStringLiteral("caps"), QJsonObject{{asset, amount.trimmed()}}}});
}

} // namespace azc
