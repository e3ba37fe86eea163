#include "miniprograms/miniprograms_service.h"

#include "identity/user_directory.h"
#include "messaging/messaging_service.h"
#include "miniprograms/miniprograms_errors.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QCryptographicHash>

namespace azc::miniprograms {

Result<QJsonObject> MiniProgramsService::open(const server::Caller &caller, const QString &programId)
{
    auto v = runnable(programId);
    if (!v)
        return v.error();
    auto consent = consentRow(caller.userId, programId);
    if (!consent)
        return consent.error();
    // Opening counts as using: it is what "recently used" sorts by.
    const qint64 now = m_clock.nowMs();
    auto touched = m_db.exec(QStringLiteral("UPDATE mp_installs SET last_opened_at = ?, opens = opens + 1"
                                            " WHERE user_id = ? AND program_id = ?"),
                             {now, caller.userId, programId});
    if (!touched)
        return touched.error();
    if (touched->numRowsAffected() == 0)
        if (auto w = m_db.exec(QStringLiteral("INSERT INTO mp_installs (user_id, program_id, installed, installed_at,"
                                              " last_opened_at, opens) VALUES (?, ?, 0, 0, ?, 1)"),
                               {caller.userId, programId, now});
            !w)
            return w.error();
    const Version &ver = v.value();
    // The origins an admin approved are those of the version approved.
    return QJsonObject{{QStringLiteral("programId"), programId}, {QStringLiteral("version"), ver.version},
                       {QStringLiteral("manifest"), ver.manifest.toJson()}, {QStringLiteral("icon"), ver.icon},
                       {QStringLiteral("sha256"), ver.sha256}, {QStringLiteral("signature"), ver.signature},
                       {QStringLiteral("publicKey"), ver.publicKey}, {QStringLiteral("size"), ver.size},
                       {QStringLiteral("approvedOrigins"), QJsonArray::fromStringList(ver.manifest.origins)},
                       {QStringLiteral("consent"), consent.value()}};
}

Result<QJsonObject> MiniProgramsService::bundleChunk(const server::Caller &, const QString &programId, const QString &sha256,
                                                     qint64 offset, qint64 length)
{
    auto v = runnable(programId);
    if (!v)
        return v.error();
    if (v->sha256 != sha256) // an old version, or a rollback in between: open again
        return invalidState(QStringLiteral("this is no longer the program's current version"), QStringLiteral("stale_version"));
    // Every download checks the stored bytes against the review again, at its first chunk; the
    // rest of it is cut from those checked bytes (not re-hashed for each 45 KiB).
    QByteArray *cached = offset > 0 ? m_verifiedBundles.object(v->sha256) : nullptr;
    Result<QByteArray> bytes = cached ? Result<QByteArray>(*cached) : readVerified(v.value());
    if (!bytes)
        return bytes.error();
    if (!cached)
        m_verifiedBundles.insert(v->sha256, new QByteArray(bytes.value()), int(bytes->size() / 1024) + 1);
    if (offset < 0 || offset > bytes->size())
        return fail("invalid_params", QStringLiteral("offset is past the end"), {{QStringLiteral("field"), QStringLiteral("offset")}});
    const QByteArray part = bytes->mid(offset, std::clamp<qint64>(length, 1, 45 * 1024));
    return QJsonObject{{QStringLiteral("data"), QString::fromLatin1(part.toBase64())},
                       {QStringLiteral("offset"), offset}, {QStringLiteral("size"), qint64(bytes->size())},
                       {QStringLiteral("done"), offset + part.size() >= bytes->size()}};
}

// --- consent

Result<QJsonObject> MiniProgramsService::consentRow(const QString &userId, const QString &programId)
{
    auto q = m_db.exec(QStringLiteral("SELECT profile, device, caps FROM mp_consents WHERE user_id = ? AND program_id = ?"),
                       {userId, programId});
    if (!q)
        return q.error();
    QJsonObject c{{QStringLiteral("profile"), false}, {QStringLiteral("device"), QJsonArray{}}, {QStringLiteral("caps"), QJsonObject{}}};
    if (q->next()) {
        c.insert(QStringLiteral("profile"), q->value(0).toInt() == 1);
        c.insert(QStringLiteral("device"), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array());
        c.insert(QStringLiteral("caps"), jsonObject(q->value(2).toString()));
    }
    return c;
}

Status MiniProgramsService::writeConsent(const QString &userId, const QString &programId, const QJsonObject &c)
{
    const QString device = QString::fromUtf8(QJsonDocument(c.value(QStringLiteral("device")).toArray()).toJson(QJsonDocument::Compact));
    const QString caps = compactJson(c.value(QStringLiteral("caps")).toObject());
    auto u = m_db.exec(QStringLiteral("UPDATE mp_consents SET profile = ?, device = ?, caps = ?, updated_at = ?"
                                      " WHERE user_id = ? AND program_id = ?"),
                       {c.value(QStringLiteral("profile")).toBool() ? 1 : 0, device, caps, m_clock.nowMs(), userId, programId});
    if (!u)
        return u.error();
    if (u->numRowsAffected() == 0)
        if (auto w = m_db.exec(QStringLiteral("INSERT INTO mp_consents (user_id, program_id, profile, device, caps, updated_at)"
                                              " VALUES (?, ?, ?, ?, ?, ?)"),
                               {userId, programId, c.value(QStringLiteral("profile")).toBool() ? 1 : 0, device, caps, m_clock.nowMs()});
            !w)
            return w.error();
    return okStatus();
}

Result<QJsonObject> MiniProgramsService::consent(const server::Caller &caller, const QString &programId)
{
    auto p = existingProgram(programId);
    if (!p)
        return p.error();
    auto c = consentRow(caller.userId, programId);
    if (!c)
        return c;
    // The caps in force, the user's or the default, with today's spending.
    QJsonObject effective;
    if (auto v = currentVersion(p.value())) {
        for (const QString &asset : v->manifest.assets) {
            auto a = m_wallet.enabledAsset(asset);
            if (!a)
                continue;
            if (auto limit = dailyLimit(caller.userId, programId, c.value(), asset, a->decimals))
                effective.insert(asset, limit->toJson(a->decimals));
        }
    }
    QJsonObject out = c.value();
    out.insert(QStringLiteral("programId"), programId);
    out.insert(QStringLiteral("limits"), effective);
    return out;
}

Result<QJsonObject> MiniProgramsService::setConsent(const server::Caller &caller, const QString &programId, const QJsonObject &change)
{
    if (auto p = existingProgram(programId); !p)
        return p.error();
    auto c = consentRow(caller.userId, programId);
    if (!c)
        return c;
    QJsonObject next = c.value();
    if (change.contains(QStringLiteral("profile")))
        next.insert(QStringLiteral("profile"), change.value(QStringLiteral("profile")).toBool());
    if (change.contains(QStringLiteral("device"))) {
        QJsonArray device;
        for (const QJsonValue &d : change.value(QStringLiteral("device")).toArray()) {
            if (!devicePermissions().contains(d.toString()))
                return fail("invalid_params", QStringLiteral("unknown device permission \"%1\"").arg(d.toString()),
                            {{QStringLiteral("field"), QStringLiteral("device")}});
            device.append(d);
        }
        next.insert(QStringLiteral("device"), device);
    }
    if (change.contains(QStringLiteral("caps"))) {
        QJsonObject caps = next.value(QStringLiteral("caps")).toObject();
        const QJsonObject asked = change.value(QStringLiteral("caps")).toObject();
        for (auto it = asked.begin(); it != asked.end(); ++it) {
            auto a = m_wallet.enabledAsset(it.key());
            if (!a)
                return a.error();
            auto cap = wallet::parseAmount(it.value().toString(), a->decimals, wallet::Sign::NonNegative, QStringLiteral("caps"));
            if (!cap)
                return cap.error();
            caps.insert(it.key(), cap->unitsText());
        }
        next.insert(QStringLiteral("caps"), caps);
    }
    if (auto s = writeConsent(caller.userId, programId, next); !s)
        return s.error();
    return consent(caller, programId);
}

Result<QJsonObject> MiniProgramsService::profile(const server::Caller &caller, const QString &programId)
{
    auto v = runnable(programId, QStringLiteral("profile"));
    if (!v)
        return v.error();
    auto c = consentRow(caller.userId, programId);
    if (!c)
        return c.error();
    if (!c->value(QStringLiteral("profile")).toBool())
        return fail("consent_required", QStringLiteral("the user has not agreed to share their profile with this program"));
    auto u = m_users.byId(caller.userId);
    if (!u || !u.value())
        return notFound(QStringLiteral("no such user"));
    // An id of this user for this program only: two programs cannot match
    // their users up through it, and it never reveals the account id.
    const QString openId = QString::fromLatin1(
        QCryptographicHash::hash((programId + QLatin1Char('\n') + caller.userId).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    return QJsonObject{{QStringLiteral("openId"), openId}, {QStringLiteral("displayName"), u.value()->displayName},
                       {QStringLiteral("username"), u.value()->username}};
}

Status MiniProgramsService::requireDeclared(const Version &v, const QString &permission)
{
    if (v.manifest.permissions.contains(permission))
        return okStatus();
    return fail("forbidden", QStringLiteral("this program did not declare \"%1\" in its manifest").arg(permission),
                {{QStringLiteral("detail"), QStringLiteral("not_declared")}});
}

// --- storage

Result<QJsonObject> MiniProgramsService::storageGet(const server::Caller &caller, const QString &programId, const QString &key)
{
    if (auto v = runnable(programId, QStringLiteral("storage")); !v)
        return v.error();
    auto q = m_db.exec(QStringLiteral("SELECT item_value FROM mp_storage WHERE user_id = ? AND program_id = ? AND item_key = ?"),
                       {caller.userId, programId, key});
    if (!q)
        return q.error();
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("value"), q->next() ? QJsonValue(q->value(0).toString()) : QJsonValue(QJsonValue::Null)}};
}

Result<QJsonObject> MiniProgramsService::storageSet(const server::Caller &caller, const QString &programId, const QString &key,
                                                    const QJsonValue &value)
{
    auto v = runnable(programId, QStringLiteral("storage"));
    if (!v)
        return v.error();
    storage::Transaction tx(m_db);
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM mp_storage WHERE user_id = ? AND program_id = ? AND item_key = ?"),
                           {caller.userId, programId, key});
        !d)
        return d.error();
    const bool removing = value.isNull() || value.isUndefined(); // no value: remove
    if (!removing) {
        const QString text = value.toString();
        auto used = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(LENGTH(item_key) + LENGTH(item_value)), 0) FROM mp_storage"
                                               " WHERE user_id = ? AND program_id = ?"),
                                {caller.userId, programId});
        if (!used)
            return used.error();
        const qint64 after = used->toLongLong() + key.size() + text.size();
        if (after > m_config.storageQuotaBytes)
            return fail("quota_exceeded", QStringLiteral("this program's storage is full (%1 KiB)").arg(m_config.storageQuotaBytes / 1024),
                        {{QStringLiteral("quota"), m_config.storageQuotaBytes}, {QStringLiteral("used"), used->toLongLong()}});
        if (auto w = m_db.exec(QStringLiteral("INSERT INTO mp_storage (user_id, program_id, item_key, item_value) VALUES (?, ?, ?, ?)"),
                               {caller.userId, programId, key, text});
            !w)
            return w.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("stored"), !removing}};
}

// --- sharing into a chat

Result<QJsonObject> MiniProgramsService::share(const server::Caller &caller, const QString &programId,
                                               const QString &conversationId, const QString &text, const QString &startParam)
{
    auto v = runnable(programId, QStringLiteral("share"));
    if (!v)
        return v.error();
    // A card with an "Open" button: whoever taps it opens the program at startParam.
    const QJsonObject data{{QStringLiteral("programId"), programId}, {QStringLiteral("name"), v->manifest.name},
                           {QStringLiteral("icon"), v->icon}, {QStringLiteral("startParam"), startParam}};
    return m_messaging.postSpecial(caller.userId, conversationId, QStringLiteral("miniprogram"), text, data, {});
}

} // namespace azc::miniprograms
