#include "miniprograms/miniprograms_service.h"

#include "audit/audit_log.h"
#include "files/file_service.h"
#include "identity/user_directory.h"
#include "miniprograms/miniprograms_errors.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "payments/payments_service.h"
#include "storage/database.h"
#include "wallet/wallet_service.h"

#include <QFile>
#include <QUuid>

namespace azc::miniprograms {

MiniProgramsService::MiniProgramsService(storage::Database &db, files::FileService &files, identity::UserDirectory &users,
                                         payments::PaymentsService &payments, wallet::WalletService &wallet,
                                         messaging::MessagingService &messaging, notify::EventBus &bus,
                                         notify::NotificationService &notifications, audit::AuditLog &audit,
                                         const Clock &clock, MiniProgramsConfig config)
    : m_db(db), m_files(files), m_users(users), m_payments(payments), m_wallet(wallet), m_messaging(messaging),
      m_bus(bus), m_notifications(notifications), m_audit(audit), m_clock(clock), m_config(std::move(config))
{
}

// --- developers

Result<QJsonObject> MiniProgramsService::registerDeveloper(const server::Caller &caller, const QString &displayName,
                                                          const QString &publicKey)
{
    if (auto s = checkPublicKey(publicKey); !s)
        return s.error();
    // A new key replaces the old one for future uploads; versions already
    // uploaded keep the key they were signed with.
    auto q = m_db.exec(QStringLiteral("SELECT user_id FROM mp_developers WHERE user_id = ?"), {caller.userId});
    if (!q)
        return q.error();
    const bool known = q->next();
    q->finish();
    storage::Transaction tx(m_db);
    auto w = known ? m_db.exec(QStringLiteral("UPDATE mp_developers SET display_name = ?, public_key = ? WHERE user_id = ?"),
                               {displayName.trimmed(), publicKey, caller.userId})
                   : m_db.exec(QStringLiteral("INSERT INTO mp_developers (user_id, display_name, public_key, created_at)"
                                              " VALUES (?, ?, ?, ?)"),
                               {caller.userId, displayName.trimmed(), publicKey, m_clock.nowMs()});
    if (!w)
        return w.error();
    if (auto s = m_audit.record(caller.userId, QStringLiteral("miniprograms.developer_key"), caller.userId,
                                {{QStringLiteral("publicKey"), publicKey}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return developer(caller);
}

Result<QJsonObject> MiniProgramsService::developer(const server::Caller &caller)
{
    auto q = m_db.exec(QStringLiteral("SELECT display_name, public_key, created_at FROM mp_developers WHERE user_id = ?"),
                       {caller.userId});
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonObject{{QStringLiteral("developer"), QJsonValue::Null}};
    return QJsonObject{{QStringLiteral("developer"),
                        QJsonObject{{QStringLiteral("displayName"), q->value(0).toString()},
                                    {QStringLiteral("publicKey"), q->value(1).toString()},
                                    {QStringLiteral("since"), q->value(2).toLongLong()}}}};
}

Result<QString> MiniProgramsService::developerKey(const QString &userId)
{
    auto key = m_db.scalar(QStringLiteral("SELECT public_key FROM mp_developers WHERE user_id = ?"), {userId});
    if (!key)
        return key.error();
    if (!key->isValid())
        return fail("forbidden", QStringLiteral("register as a developer (your signing key) first"),
                    {{QStringLiteral("detail"), QStringLiteral("not_developer")}});
    return key->toString();
}

Result<QJsonObject> MiniProgramsService::submitSigned(const QString &developerId, const QString &fileId, const QByteArray &bytes,
                                                      const QString &signature)
{
    auto key = developerKey(developerId);
    if (!key)
        return key.error();
    return submitBytes(developerId, key.value(), fileId, bytes, signature);
}

Result<QJsonObject> MiniProgramsService::submit(const server::Caller &caller, const QString &fileId, const QString &signature)
{
    auto publicKey = developerKey(caller.userId);
    if (!publicKey)
        return publicKey.error();
    auto f = m_files.file(fileId);
    if (!f || f->ownerId != caller.userId || f->purpose != QLatin1String("bundle"))
        return fail("not_found", QStringLiteral("upload the bundle first (files, purpose \"bundle\")"),
                    {{QStringLiteral("field"), QStringLiteral("fileId")}});
    QFile blob(m_files.blobPath(f->sha256));
    if (!blob.open(QIODevice::ReadOnly))
        return fail("internal_error", QStringLiteral("the uploaded bundle cannot be read"));
    return submitBytes(caller.userId, publicKey.value(), fileId, blob.readAll(), signature);
}

Result<QJsonObject> MiniProgramsService::submitBytes(const QString &developerId, const QString &publicKey,
                                                     const QString &fileId, const QByteArray &bytes, const QString &signature)
{
    if (auto s = verifySignature(bytes, signature, publicKey); !s)
        return s.error();
    auto bundle = Bundle::open(bytes);
    if (!bundle)
        return bundle.error();
    const Manifest &m = bundle->manifest();
    auto existing = program(m.id);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->developerId != developerId)
        return fail("forbidden", QStringLiteral("the id \"%1\" belongs to another developer's program").arg(m.id),
                    {{QStringLiteral("detail"), QStringLiteral("not_your_program")}});
    // Versions only go up: a reviewed version is never replaced by other bytes under its number.
    auto q = m_db.exec(QStringLiteral("SELECT version FROM mp_versions WHERE program_id = ?"), {m.id});
    if (!q)
        return q.error();
    while (q->next())
        if (compareVersions(m.version, q->value(0).toString()) <= 0)
            return invalidState(QStringLiteral("version %1 is not newer than %2, already uploaded")
                                    .arg(m.version, q->value(0).toString()),
                                QStringLiteral("version_not_newer"));
    if (!m.payeeOrgId.isEmpty()) {
        server::Caller dev;
        dev.userId = developerId;
        auto actor = m_payments.memberActor(dev, m.payeeOrgId);
        if (!actor || (actor->role != QLatin1String("owner") && actor->role != QLatin1String("admin")))
            return fail("forbidden", QStringLiteral("the payee must be an AZPay organisation you own or administer"),
                        {{QStringLiteral("field"), QStringLiteral("payee")}});
    }
    QString icon;
    if (!m.icon.isEmpty()) {
        const QByteArray iconBytes = bundle->file(m.icon);
        if (iconBytes.size() > m_config.maxIconBytes)
            return fail("invalid_bundle", QStringLiteral("the icon is larger than %1 KiB").arg(m_config.maxIconBytes / 1024));
        const QString mime = m.icon.endsWith(QLatin1String(".svg")) ? QStringLiteral("image/svg+xml") : QStringLiteral("image/png");
        icon = QStringLiteral("data:%1;base64,%2").arg(mime, QString::fromLatin1(iconBytes.toBase64()));
    }
    const qint64 now = m_clock.nowMs();
    const QString versionId = QStringLiteral("mpv_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    storage::Transaction tx(m_db);
    if (!existing.value()) {
        if (auto w = m_db.exec(QStringLiteral("INSERT INTO mp_programs (id, developer_id, status, current_version, status_reason,"
                                              " created_at, updated_at) VALUES (?, ?, 'new', '', '', ?, ?)"),
                               {m.id, developerId, now, now});
            !w)
            return w.error();
    }
    if (auto w = m_db.exec(QStringLiteral("INSERT INTO mp_versions (id, program_id, version, manifest, icon, file_id, sha256, size,"
                                          " signature, public_key, status, reason, reviewed_by, reviewed_at, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', '', 0, ?)"),
                           {versionId, m.id, m.version, compactJson(m.toJson()), icon, fileId, sha256Hex(bytes),
                            qint64(bytes.size()), signature, publicKey, now});
        !w)
        return w.error();
    if (auto s = m_audit.record(developerId, QStringLiteral("miniprograms.submit"), versionId,
                                {{QStringLiteral("programId"), m.id}, {QStringLiteral("version"), m.version},
                                 {QStringLiteral("sha256"), sha256Hex(bytes)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("versionId"), versionId}, {QStringLiteral("programId"), m.id},
                       {QStringLiteral("version"), m.version}, {QStringLiteral("status"), QStringLiteral("pending")},
                       {QStringLiteral("sha256"), sha256Hex(bytes)}};
}

Result<QJsonObject> MiniProgramsService::mine(const server::Caller &caller)
{
    auto q = m_db.exec(QStringLiteral("SELECT p.id, p.status, p.current_version, p.status_reason, v.id, v.version, v.status,"
                                      " v.reason, v.sha256, v.size, v.created_at, v.manifest, v.icon,"
                                      " (SELECT COUNT(*) FROM mp_installs i WHERE i.program_id = p.id AND i.installed = 1),"
                                      " (SELECT COALESCE(SUM(i.opens), 0) FROM mp_installs i WHERE i.program_id = p.id)"
                                      " FROM mp_programs p JOIN mp_versions v ON v.program_id = p.id"
                                      " WHERE p.developer_id = ? ORDER BY p.id, v.created_at DESC"),
                       {caller.userId});
    if (!q)
        return q.error();
    QJsonArray programs;
    QJsonObject current;
    QJsonArray versions;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        current.insert(QStringLiteral("versions"), versions);
        programs.append(current);
        current = {};
        versions = {};
    };
    while (q->next()) {
        if (current.value(QStringLiteral("id")).toString() != q->value(0).toString()) {
            flush();
            const QJsonObject manifest = jsonObject(q->value(11).toString());
            current = {{QStringLiteral("id"), q->value(0).toString()}, {QStringLiteral("status"), q->value(1).toString()},
                       {QStringLiteral("currentVersion"), q->value(2).toString()},
                       {QStringLiteral("statusReason"), q->value(3).toString()},
                       {QStringLiteral("name"), manifest.value(QStringLiteral("name"))},
                       {QStringLiteral("icon"), q->value(12).toString()},
                       {QStringLiteral("installs"), q->value(13).toLongLong()},
                       {QStringLiteral("opens"), q->value(14).toLongLong()}};
        }
        versions.append(QJsonObject{{QStringLiteral("id"), q->value(4).toString()}, {QStringLiteral("version"), q->value(5).toString()},
                                    {QStringLiteral("status"), q->value(6).toString()}, {QStringLiteral("reason"), q->value(7).toString()},
                                    {QStringLiteral("sha256"), q->value(8).toString()}, {QStringLiteral("size"), q->value(9).toLongLong()},
                                    {QStringLiteral("createdAt"), q->value(10).toLongLong()}});
    }
    flush();
    // Sales after the rows above are read in full (QPSQL streams one result at a time).
    for (qsizetype i = 0; i < programs.size(); ++i) {
        QJsonObject p = programs.at(i).toObject();
        auto totals = m_payments.paidTotals(QStringLiteral("mp:") + p.value(QStringLiteral("id")).toString());
        if (!totals)
            return totals.error();
        QJsonArray sales;
        for (auto it = totals->cbegin(); it != totals->cend(); ++it) {
            auto a = m_wallet.enabledAsset(it.key());
            sales.append(QJsonObject{{QStringLiteral("asset"), it.key()}, {QStringLiteral("payments"), it->payments},
                                     {QStringLiteral("amount"), it->amount.checkedSub(it->refunded).value_or(Amount())
                                                                    .toString(a ? a->decimals : 0)}});
        }
        p.insert(QStringLiteral("sales"), sales);
        programs.replace(i, p);
    }
    return QJsonObject{{QStringLiteral("programs"), programs}};
}

// --- review

Result<QJsonObject> MiniProgramsService::reviewQueue(const QString &status)
{
    const QString wanted = status.isEmpty() ? QStringLiteral("pending") : status;
    auto q = m_db.exec(QStringLiteral("SELECT v.id, v.program_id, v.version, v.manifest, v.icon, v.sha256, v.size, v.status,"
                                      " v.reason, v.created_at, d.display_name, p.status, p.current_version"
                                      " FROM mp_versions v JOIN mp_programs p ON p.id = v.program_id"
                                      " JOIN mp_developers d ON d.user_id = p.developer_id"
                                      " WHERE v.status = ? ORDER BY v.created_at LIMIT 200"),
                       {wanted});
    if (!q)
        return q.error();
    QJsonArray items;
    while (q->next())
        items.append(QJsonObject{{QStringLiteral("versionId"), q->value(0).toString()},
                                 {QStringLiteral("programId"), q->value(1).toString()},
                                 {QStringLiteral("version"), q->value(2).toString()},
                                 {QStringLiteral("manifest"), jsonObject(q->value(3).toString())},
                                 {QStringLiteral("icon"), q->value(4).toString()},
                                 {QStringLiteral("sha256"), q->value(5).toString()},
                                 {QStringLiteral("size"), q->value(6).toLongLong()},
                                 {QStringLiteral("status"), q->value(7).toString()},
                                 {QStringLiteral("reason"), q->value(8).toString()},
                                 {QStringLiteral("submittedAt"), q->value(9).toLongLong()},
                                 {QStringLiteral("developer"), q->value(10).toString()},
                                 {QStringLiteral("programStatus"), q->value(11).toString()},
                                 {QStringLiteral("currentVersion"), q->value(12).toString()}});
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonObject> MiniProgramsService::decide(const server::Caller &admin, const QString &versionId, bool approve,
                                                const QString &reason)
{
    auto v = versionById(versionId);
    if (!v)
        return v.error();
    if (!v.value())
        return notFound(QStringLiteral("there is no such version"));
    if (v.value()->status != QLatin1String("pending"))
        return invalidState(QStringLiteral("this version was already %1").arg(v.value()->status), v.value()->status);
    if (!approve && reason.trimmed().isEmpty())
        return fail("invalid_params", QStringLiteral("say why the version is rejected; the developer reads it"),
                    {{QStringLiteral("field"), QStringLiteral("reason")}});
    auto p = program(v.value()->programId);
    if (!p || !p.value())
        return p ? Error(notFound(QStringLiteral("the program is gone"))) : p.error();
    if (approve) // the reviewer approves these exact bytes: they must still be there and still verify
        if (auto bytes = readVerified(*v.value()); !bytes)
            return bytes.error();
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    if (auto w = m_db.exec(QStringLiteral("UPDATE mp_versions SET status = ?, reason = ?, reviewed_by = ?, reviewed_at = ?"
                                          " WHERE id = ? AND status = 'pending'"),
                           {approve ? QStringLiteral("approved") : QStringLiteral("rejected"), reason.trimmed(), admin.userId,
                            now, versionId});
        !w)
        return w.error();
    // An approval makes these bytes the ones users get if they are newer than what users get
    // now (approving an older one left pending is not a silent downgrade: that is a rollback),
    // unless the program is suspended (it stays so; the approval is kept for when it returns).
    const bool newer = p.value()->currentVersion.isEmpty() || compareVersions(v.value()->version, p.value()->currentVersion) > 0;
    if (approve && newer) {
        const QString status = p.value()->status == QLatin1String("suspended") ? QStringLiteral("suspended") : QStringLiteral("listed");
        if (auto w = m_db.exec(QStringLiteral("UPDATE mp_programs SET current_version = ?, status = ?, updated_at = ? WHERE id = ?"),
                               {v.value()->version, status, now, v.value()->programId});
            !w)
            return w.error();
    }
    if (auto s = m_audit.record(admin.userId, approve ? QStringLiteral("miniprograms.approve") : QStringLiteral("miniprograms.reject"),
                                versionId, {{QStringLiteral("programId"), v.value()->programId},
                                            {QStringLiteral("version"), v.value()->version},
                                            {QStringLiteral("sha256"), v.value()->sha256},
                                            {QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    const QString name = v.value()->manifest.name;
    m_notifications.queue(p.value()->developerId, QStringLiteral("miniprograms.review"),
                          approve ? QStringLiteral("%1 %2 is approved").arg(name, v.value()->version)
                                  : QStringLiteral("%1 %2 was not approved").arg(name, v.value()->version),
                          approve ? QStringLiteral("It is live in the catalogue.") : reason.trimmed(),
                          {{QStringLiteral("programId"), v.value()->programId}});
    if (approve && newer)
        announce(v.value()->programId, p.value()->status == QLatin1String("suspended") ? QStringLiteral("suspended")
                                                                                        : QStringLiteral("listed"));
    return QJsonObject{{QStringLiteral("versionId"), versionId},
                       {QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
}

Result<QJsonObject> MiniProgramsService::rollback(const server::Caller &caller, const QString &programId, const QString &version)
{
    auto p = existingProgram(programId);
    if (!p)
        return p.error();
    const bool admin = server::roleAtLeast(caller.role, server::Role::Admin);
    if (!admin && p->developerId != caller.userId)
        return fail("forbidden", QStringLiteral("only the program's developer or an admin can roll it back"));
    auto v = this->version(programId, version);
    if (!v)
        return v.error();
    if (!v.value() || v.value()->status != QLatin1String("approved"))
        return invalidState(QStringLiteral("only an approved version can be rolled back to"), QStringLiteral("not_approved"));
    if (auto bytes = readVerified(*v.value()); !bytes)
        return bytes.error();
    storage::Transaction tx(m_db);
    if (auto w = m_db.exec(QStringLiteral("UPDATE mp_programs SET current_version = ?, updated_at = ? WHERE id = ?"),
                           {version, m_clock.nowMs(), programId});
        !w)
        return w.error();
    if (auto s = m_audit.record(caller.userId, QStringLiteral("miniprograms.rollback"), programId,
                                {{QStringLiteral("from"), p->currentVersion}, {QStringLiteral("to"), version}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    announce(programId, p->status);
    return QJsonObject{{QStringLiteral("programId"), programId}, {QStringLiteral("currentVersion"), version}};
}

Result<QJsonObject> MiniProgramsService::suspend(const server::Caller &admin, const QString &programId, bool suspended,
                                                 const QString &reason)
{
    auto p = existingProgram(programId);
    if (!p)
        return p.error();
    if (suspended && reason.trimmed().isEmpty())
        return fail("invalid_params", QStringLiteral("say why the program is suspended"),
                    {{QStringLiteral("field"), QStringLiteral("reason")}});
    const QString status = suspended ? QStringLiteral("suspended")
                                     : (p->currentVersion.isEmpty() ? QStringLiteral("new") : QStringLiteral("listed"));
    storage::Transaction tx(m_db);
    if (auto w = m_db.exec(QStringLiteral("UPDATE mp_programs SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?"),
                           {status, suspended ? reason.trimmed() : QString(), m_clock.nowMs(), programId});
        !w)
        return w.error();
    if (auto s = m_audit.record(admin.userId, suspended ? QStringLiteral("miniprograms.suspend") : QStringLiteral("miniprograms.reinstate"),
                                programId, {{QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    announce(programId, status); // running copies close at once
    return QJsonObject{{QStringLiteral("programId"), programId}, {QStringLiteral("status"), status}};
}

void MiniProgramsService::announce(const QString &programId, const QString &status)
{
    m_bus.publishToEveryone(QStringLiteral("event.miniprograms.changed"),
                            {{QStringLiteral("programId"), programId}, {QStringLiteral("status"), status}});
}

// --- the catalogue

Result<QJsonObject> MiniProgramsService::catalogue(const server::Caller &caller, const QString &query, const QString &category)
{
    auto q = m_db.exec(QStringLiteral("SELECT p.id, v.version, v.manifest, v.icon, v.sha256, d.display_name,"
                                      " COALESCE(i.installed, 0), COALESCE(i.last_opened_at, 0)"
                                      " FROM mp_programs p JOIN mp_versions v ON v.program_id = p.id AND v.version = p.current_version"
                                      " JOIN mp_developers d ON d.user_id = p.developer_id"
                                      " LEFT JOIN mp_installs i ON i.program_id = p.id AND i.user_id = ?"
                                      " WHERE p.status = 'listed' ORDER BY p.id"),
                       {caller.userId});
    if (!q)
        return q.error();
    const QString needle = query.trimmed().toCaseFolded();
    QJsonArray programs;
    QSet<QString> categories;
    while (q->next()) {
        const QJsonObject m = jsonObject(q->value(2).toString());
        const QString name = m.value(QStringLiteral("name")).toString();
        const QString description = m.value(QStringLiteral("description")).toString();
        const QString cat = m.value(QStringLiteral("category")).toString();
        categories.insert(cat);
        if (!category.isEmpty() && cat != category)
            continue;
        if (!needle.isEmpty() && !name.toCaseFolded().contains(needle) && !description.toCaseFolded().contains(needle)
            && !q->value(5).toString().toCaseFolded().contains(needle))
            continue;
        programs.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()}, {QStringLiteral("version"), q->value(1).toString()},
                                    {QStringLiteral("name"), name}, {QStringLiteral("description"), description},
                                    {QStringLiteral("category"), cat}, {QStringLiteral("icon"), q->value(3).toString()},
                                    {QStringLiteral("developer"), q->value(5).toString()},
                                    {QStringLiteral("installed"), q->value(6).toInt() == 1},
                                    {QStringLiteral("lastOpenedAt"), q->value(7).toLongLong()}});
    }
    QStringList cats(categories.begin(), categories.end());
    cats.sort();
    return QJsonObject{{QStringLiteral("programs"), programs}, {QStringLiteral("categories"), QJsonArray::fromStringList(cats)}};
}

Result<QJsonObject> MiniProgramsService::setInstalled(const server::Caller &caller, const QString &programId, bool install)
{
    if (install) {
        if (auto p = listedProgram(programId); !p)
            return p.error();
    }
    const qint64 now = m_clock.nowMs();
    auto updated = m_db.exec(QStringLiteral("UPDATE mp_installs SET installed = ?, installed_at = ? WHERE user_id = ? AND program_id = ?"),
                             {install ? 1 : 0, now, caller.userId, programId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0 && install)
        if (auto w = m_db.exec(QStringLiteral("INSERT INTO mp_installs (user_id, program_id, installed, installed_at,"
                                              " last_opened_at, opens) VALUES (?, ?, 1, ?, 0, 0)"),
                               {caller.userId, programId, now});
            !w)
            return w.error();
    return QJsonObject{{QStringLiteral("programId"), programId}, {QStringLiteral("installed"), install}};
}

Result<QJsonObject> MiniProgramsService::installed(const server::Caller &caller)
{
    // Installed ones and recently opened ones, most recently used first.
    auto all = catalogue(caller, {}, {});
    if (!all)
        return all;
    QList<QJsonObject> mine;
    for (const QJsonValue &v : all->value(QStringLiteral("programs")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("installed")).toBool() || o.value(QStringLiteral("lastOpenedAt")).toInteger() > 0)
            mine.append(o);
    }
    std::stable_sort(mine.begin(), mine.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("lastOpenedAt")).toInteger() > b.value(QStringLiteral("lastOpenedAt")).toInteger();
    });
    QJsonArray out;
    for (const QJsonObject &o : std::as_const(mine))
        out.append(o);
    return QJsonObject{{QStringLiteral("programs"), out}};
}

// --- rows

Result<std::optional<MiniProgramsService::Program>> MiniProgramsService::program(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, developer_id, status, current_version, status_reason FROM mp_programs WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Program>{};
    return std::optional<Program>{Program{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                          q->value(3).toString(), q->value(4).toString()}};
}

Result<MiniProgramsService::Program> MiniProgramsService::existingProgram(const QString &id)
{
    auto p = program(id);
    if (!p)
        return p.error();
    if (!p.value())
        return notFound(QStringLiteral("there is no such mini program"));
    return *p.value();
}

Result<MiniProgramsService::Program> MiniProgramsService::listedProgram(const QString &id)
{
    auto p = program(id);
    if (!p)
        return p.error();
    if (!p.value() || p.value()->status == QLatin1String("new"))
        return notFound(QStringLiteral("there is no such mini program"));
    if (p.value()->status == QLatin1String("suspended"))
        return invalidState(QStringLiteral("this mini program is suspended: %1").arg(p.value()->statusReason),
                            QStringLiteral("suspended"));
    return *p.value();
}

namespace {
const QString kVersionColumns = QStringLiteral(
    "id, program_id, version, file_id, sha256, signature, public_key, status, icon, size, manifest");
}

Result<std::optional<MiniProgramsService::Version>> MiniProgramsService::versionById(const QString &versionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kVersionColumns + QStringLiteral(" FROM mp_versions WHERE id = ?"), {versionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Version>{};
    Version v{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
              q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString(),
              q->value(8).toString(), q->value(9).toLongLong(), {}};
    auto m = Manifest::fromJson(jsonObject(q->value(10).toString()));
    if (!m)
        return m.error();
    v.manifest = std::move(m).value();
    return std::optional<Version>{v};
}

Result<std::optional<MiniProgramsService::Version>> MiniProgramsService::version(const QString &programId, const QString &version)
{
    auto q = m_db.scalar(QStringLiteral("SELECT id FROM mp_versions WHERE program_id = ? AND version = ?"), {programId, version});
    if (!q)
        return q.error();
    if (!q->isValid())
        return std::optional<Version>{};
    return versionById(q->toString());
}

Result<MiniProgramsService::Version> MiniProgramsService::runnable(const QString &programId, const QString &permission)
{
    auto p = listedProgram(programId);
    if (!p)
        return p.error();
    auto v = currentVersion(p.value());
    if (!v)
        return v.error();
    if (!permission.isEmpty())
        if (auto s = requireDeclared(v.value(), permission); !s)
            return s.error();
    return v;
}

Result<MiniProgramsService::Version> MiniProgramsService::currentVersion(const Program &p)
{
    auto v = version(p.id, p.currentVersion);
    if (!v)
        return v.error();
    if (!v.value())
        return notFound(QStringLiteral("this mini program has no approved version"));
    return *v.value();
}

Result<QByteArray> MiniProgramsService::readVerified(const Version &v)
{
    auto f = m_files.file(v.fileId);
    if (!f)
        return f.error();
    QFile blob(m_files.blobPath(f->sha256));
    if (!blob.open(QIODevice::ReadOnly))
        return fail("internal_error", QStringLiteral("the bundle of %1 %2 is missing").arg(v.programId, v.version));
    const QByteArray bytes = blob.readAll();
    if (sha256Hex(bytes) != v.sha256)
        return fail("bundle_tampered", QStringLiteral("the stored bundle of %1 %2 is not the one reviewed").arg(v.programId, v.version));
    if (auto s = verifySignature(bytes, v.signature, v.publicKey); !s)
        return s.error();
    return bytes;
}

} // namespace azc::miniprograms
