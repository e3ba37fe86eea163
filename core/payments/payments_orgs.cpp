// Organisations: members and their roles, KYB review, fee plans.

#include "payments/payments_service.h"

#include "payments/payments_errors.h"

#include "audit/audit_log.h"
#include "crypto/secure_random.h"
#include "files/file_service.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "server/own_case.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QJsonDocument>
#include <QTimer>

namespace azc::payments {

namespace {

QList<Permission> permissionsOf(const QString &role)
{
    using P = Permission;
    if (role == QLatin1String("owner"))
        return {P::Read, P::Invoices, P::Refunds, P::Payouts, P::Developers, P::Members, P::Points, P::Market};
    if (role == QLatin1String("admin"))
        return {P::Read, P::Invoices, P::Refunds, P::Payouts, P::Developers, P::Points, P::Market};
    if (role == QLatin1String("staff"))
        return {P::Read, P::Invoices, P::Market};
    if (role == QLatin1String("viewer"))
        return {P::Read};
    return {};
}

QString text(const QJsonObject &o, const char *key, int maxLength)
{
    return o.value(QLatin1String(key)).toString().trimmed().left(maxLength);
}

} // namespace

QString scopeName(Permission p)
{
    switch (p) {
    case Permission::Read: return QStringLiteral("read");
    case Permission::Invoices: return QStringLiteral("invoices:write");
    case Permission::Refunds: return QStringLiteral("refunds:write");
    case Permission::Payouts: return QStringLiteral("payouts:write");
    case Permission::Developers: return QStringLiteral("developers");
    case Permission::Members: return QStringLiteral("members");
    case Permission::Points: return QStringLiteral("points:write");
    case Permission::Market: return QStringLiteral("market:write");
    }
    return {};
}

const QStringList &allScopes()
{
    // What a key may be given: developers' and members' work stays with people.
    static const QStringList scopes = {QStringLiteral("read"), QStringLiteral("invoices:write"),
                                       QStringLiteral("refunds:write"), QStringLiteral("payouts:write"),
                                       QStringLiteral("points:write")};
    return scopes;
}

const QStringList &memberRoles()
{
    static const QStringList roles = {QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("staff"),
                                      QStringLiteral("viewer")};
    return roles;
}

const QStringList &PaymentsService::kybChecklist()
{
    static const QStringList items = {QStringLiteral("registryExtractMatches"), QStringLiteral("representativeVerified"),
                                      QStringLiteral("addressVerified"), QStringLiteral("activityAllowed"),
                                      QStringLiteral("sanctionsScreened"), QStringLiteral("websiteReviewed")};
    return items;
}

PaymentsService::PaymentsService(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
                                 identity::UserDirectory &users, files::FileService &files,
                                 notify::NotificationService &notifications,
                                 notify::EventBus &bus, audit::AuditLog &audit, crypto::SecretBox secrets,
                                 const Clock &clock, PaymentsConfig config, QObject *parent)
    : QObject(parent), m_db(db), m_ledger(ledger), m_wallet(wallet), m_users(users), m_files(files),
      m_notifications(notifications),
      m_bus(bus), m_audit(audit), m_secrets(std::move(secrets)), m_clock(clock), m_config(config)
{
    m_ledger.addCommitParticipant([this] { return writeQueued(); });
}

PaymentsService::~PaymentsService() = default;

Status PaymentsService::start()
{
    for (const char *table : {"pay_invoices", "pay_refunds", "pay_payouts", "pay_events"}) {
        auto max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM ") + QLatin1String(table));
        if (!max)
            return max.error();
        m_seq.insert(QLatin1String(table), max->toLongLong());
    }
    m_expiry = new QTimer(this);
    connect(m_expiry, &QTimer::timeout, this, [this] { expireDue(); });
    m_expiry->start(m_config.expirySweepMs);
    expireDue(); // what ran out while the server was down
    return okStatus();
}

QString PaymentsService::newId(const char *prefix)
{
    // 120 random bits, URL- and barcode-safe (Code 128 set B).
    return QLatin1String(prefix) + QString::fromLatin1(crypto::randomBytes(15).toBase64(QByteArray::Base64UrlEncoding));
}

qint64 PaymentsService::nextSeq(const QString &table)
{
    return ++m_seq[table];
}

Status PaymentsService::require(const Actor &actor, Permission p) const
{
    const bool allowed = actor.keyId.isEmpty() ? permissionsOf(actor.role).contains(p)
                                               : actor.scopes.contains(scopeName(p));
    if (allowed)
        return okStatus();
    return fail("forbidden", actor.keyId.isEmpty()
                                 ? QStringLiteral("your role in this organisation (%1) does not allow this").arg(actor.role)
                                 : QStringLiteral("this API key lacks the scope %1").arg(scopeName(p)),
                {{QStringLiteral("needs"), scopeName(p)}});
}

Result<ledger::Asset> PaymentsService::asset(const QString &code)
{
    return m_wallet.enabledAsset(code);
}

void PaymentsService::forgetOrg(const QString &orgId)
{
    m_orgs.remove(orgId);
    m_members.remove(orgId);
    for (auto it = m_fees.begin(); it != m_fees.end();)
        it = it.key().startsWith(orgId + QLatin1Char('/')) ? m_fees.erase(it) : std::next(it);
}

QStringList PaymentsService::memberIds(const QString &orgId)
{
    if (auto it = m_members.constFind(orgId); it != m_members.constEnd())
        return it.value();
    auto q = m_db.exec(QStringLiteral("SELECT user_id FROM pay_members WHERE org_id = ?"), {orgId});
    QStringList ids;
    while (q && q->next())
        ids.append(q->value(0).toString());
    if (q)
        m_members.insert(orgId, ids);
    return ids;
}

Result<QJsonObject> PaymentsService::orgRow(const QString &orgId)
{
    if (auto it = m_orgs.constFind(orgId); it != m_orgs.constEnd())
        return it.value();
    auto q = m_db.exec(QStringLiteral("SELECT id, name, owner_id, status, settlement_asset, website, created_at FROM pay_orgs"
                                      " WHERE id = ?"),
                       {orgId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("there is no such organisation"));
    const QJsonObject row{{QStringLiteral("id"), q->value(0).toString()},
                          {QStringLiteral("name"), q->value(1).toString()},
                          {QStringLiteral("ownerId"), q->value(2).toString()},
                          {QStringLiteral("status"), q->value(3).toString()},
                          {QStringLiteral("settlementAsset"), q->value(4).toString()},
                          {QStringLiteral("website"), q->value(5).toString()},
                          {QStringLiteral("createdAt"), q->value(6).toLongLong()}};
    m_orgs.insert(orgId, row);
    return row;
}

QJsonObject PaymentsService::merchantParty(const QString &orgId)
{
    auto org = orgRow(orgId);
    return QJsonObject{{QStringLiteral("orgId"), orgId},
                       {QStringLiteral("name"), org ? org->value(QStringLiteral("name")).toString() : QString()},
                       {QStringLiteral("verified"),
                        org && org->value(QStringLiteral("status")).toString() == QLatin1String("active")}};
}

QJsonObject PaymentsService::merchantReceipt(const QString &orgId, const QString &userId, bool toMerchant,
                                             const QString &asset, int decimals, Amount amount, const QString &memo,
                                             QJsonObject extra)
{
    const QJsonObject merchant{{QStringLiteral("displayName"), merchantParty(orgId).value(QStringLiteral("name"))},
                               {QStringLiteral("orgId"), orgId}};
    const QJsonObject person = m_wallet.party(userId);
    extra.insert(QStringLiteral("asset"), asset);
    extra.insert(QStringLiteral("decimals"), decimals);
    extra.insert(QStringLiteral("amount"), amount.toString(decimals));
    extra.insert(QStringLiteral("fee"), QStringLiteral("0")); // the person pays none; the merchant's fee is its own transfer
    extra.insert(QStringLiteral("total"), amount.toString(decimals));
    extra.insert(QStringLiteral("from"), toMerchant ? person : merchant);
    extra.insert(QStringLiteral("to"), toMerchant ? merchant : person);
    extra.insert(QStringLiteral("memo"), memo);
    extra.insert(QStringLiteral("createdAt"), m_clock.nowMs());
    return extra;
}

Result<QJsonObject> PaymentsService::createOrg(const server::Caller &caller, const QString &name,
                                               const QString &website, const QString &settlementAsset)
{
    const QString n = name.trimmed();
    if (n.size() < 2 || n.size() > 80)
        return invalidParam("name", QStringLiteral("a business name has 2 to 80 characters"));
    if (!website.isEmpty() && !website.startsWith(QLatin1String("https://")))
        return invalidParam("website", QStringLiteral("a website starts with https://"));
    if (auto a = asset(settlementAsset); !a)
        return a.error();
    auto mine = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pay_members WHERE user_id = ? AND role = 'owner'"),
                            {caller.userId});
    if (!mine)
        return mine.error();
    if (mine->toInt() >= 5)
        return fail("limit_exceeded", QStringLiteral("one person may own at most 5 organisations"));
    const QString id = newId("org_");
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_orgs (id, name, owner_id, status, settlement_asset, website,"
                                          " created_at, updated_at) VALUES (?, ?, ?, 'unverified', ?, ?, ?, ?)"),
                           {id, n, caller.userId, settlementAsset, website, now, now});
        !q)
        return q.error();
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_members (org_id, user_id, role, added_at) VALUES (?, ?, 'owner', ?)"),
                           {id, caller.userId, now});
        !q)
        return q.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    auto actor = memberActor(caller, id);
    if (!actor)
        return actor.error();
    return org(actor.value());
}

Result<QJsonObject> PaymentsService::myOrgs(const server::Caller &caller)
{
    auto q = m_db.exec(QStringLiteral("SELECT o.id, o.name, o.status, o.settlement_asset, m.role FROM pay_members m"
                                      " JOIN pay_orgs o ON o.id = m.org_id WHERE m.user_id = ? ORDER BY o.created_at"),
                       {caller.userId});
    if (!q)
        return q.error();
    QJsonArray orgs;
    while (q->next())
        orgs.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                {QStringLiteral("name"), q->value(1).toString()},
                                {QStringLiteral("status"), q->value(2).toString()},
                                {QStringLiteral("settlementAsset"), q->value(3).toString()},
                                {QStringLiteral("role"), q->value(4).toString()}});
    return QJsonObject{{QStringLiteral("orgs"), orgs}};
}

Result<Actor> PaymentsService::memberActor(const server::Caller &caller, const QString &orgId)
{
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM pay_members WHERE org_id = ? AND user_id = ?"),
                            {orgId, caller.userId});
    if (!role)
        return role.error();
    if (!role->isValid()) // not a member: the same answer as no such organisation
        return fail("not_found", QStringLiteral("there is no such organisation"));
    Actor a;
    a.orgId = orgId;
    a.userId = caller.userId;
    a.role = role->toString();
    return a;
}

Result<QJsonObject> PaymentsService::org(const Actor &actor)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    auto o = orgRow(actor.orgId);
    if (!o)
        return o.error();
    QJsonObject out = o.value();
    auto q = m_db.exec(QStringLiteral("SELECT user_id, role, added_at FROM pay_members WHERE org_id = ? ORDER BY added_at"),
                       {actor.orgId});
    if (!q)
        return q.error();
    // Read every row before asking anything else: QPSQL streams a forward-only
    // result, and another query in between would drop the rows not yet read.
    QList<std::tuple<QString, QString, qint64>> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()});
    QJsonArray members;
    for (const auto &[userId, role, addedAt] : rows) {
        QJsonObject m = m_wallet.party(userId);
        m.insert(QStringLiteral("role"), role);
        m.insert(QStringLiteral("addedAt"), addedAt);
        members.append(m);
    }
    out.insert(QStringLiteral("members"), members);
    out.insert(QStringLiteral("myRole"), actor.role);
    auto kyb = m_db.exec(QStringLiteral("SELECT id, status, reason FROM pay_kyb_cases WHERE org_id = ? ORDER BY created_at DESC"),
                         {actor.orgId});
    if (!kyb)
        return kyb.error();
    if (kyb->next())
        out.insert(QStringLiteral("kyb"), QJsonObject{{QStringLiteral("caseId"), kyb->value(0).toString()},
                                                     {QStringLiteral("status"), kyb->value(1).toString()},
                                                     {QStringLiteral("reason"), kyb->value(2).toString()}});
    auto fees = feePlan(actor.orgId);
    if (!fees)
        return fees.error();
    out.insert(QStringLiteral("fees"), fees->value(QStringLiteral("fees")));
    return out;
}

Result<QJsonObject> PaymentsService::addMember(const Actor &actor, const QString &username, const QString &role)
{
    if (auto s = require(actor, Permission::Members); !s)
        return s.error();
    if (!memberRoles().contains(role) || role == QLatin1String("owner"))
        return invalidParam("role", QStringLiteral("a member is an admin, staff or a viewer"));
    auto user = m_users.byUsername(username.trimmed().toLower());
    if (!user)
        return user.error();
    if (!user.value())
        return fail("not_found", QStringLiteral("there is no user named ") + username.trimmed(),
                    {{QStringLiteral("field"), QStringLiteral("username")}});
    const QString userId = user.value()->id;
    auto existing = m_db.scalar(QStringLiteral("SELECT role FROM pay_members WHERE org_id = ? AND user_id = ?"),
                                {actor.orgId, userId});
    if (!existing)
        return existing.error();
    if (existing->toString() == QLatin1String("owner"))
        return fail("invalid_state", QStringLiteral("the owner's role does not change"));
    const QString sql = existing->isValid()
                            ? QStringLiteral("UPDATE pay_members SET role = ? WHERE org_id = ? AND user_id = ?")
                            : QStringLiteral("INSERT INTO pay_members (role, org_id, user_id, added_at) VALUES (?, ?, ?, ?)");
    QVariantList params{role, actor.orgId, userId};
    if (!existing->isValid())
        params.append(m_clock.nowMs());
    if (auto q = m_db.exec(sql, params); !q)
        return q.error();
    forgetOrg(actor.orgId);
    (void)m_notifications.notify(userId, QStringLiteral("payments.member"),
                                 QStringLiteral("You joined %1").arg(merchantParty(actor.orgId).value(QStringLiteral("name")).toString()),
                                 QStringLiteral("Your role: %1").arg(role), {{QStringLiteral("orgId"), actor.orgId}});
    return org(actor);
}

Result<QJsonObject> PaymentsService::removeMember(const Actor &actor, const QString &userId)
{
    if (auto s = require(actor, Permission::Members); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("DELETE FROM pay_members WHERE org_id = ? AND user_id = ? AND role <> 'owner'"),
                       {actor.orgId, userId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return fail("not_found", QStringLiteral("no such member (the owner cannot be removed)"));
    forgetOrg(actor.orgId);
    return org(actor);
}

Result<QJsonObject> PaymentsService::submitKyb(const Actor &actor, const QJsonObject &fields, const QStringList &fileIds)
{
    if (auto s = require(actor, Permission::Members); !s)
        return s.error();
    auto o = orgRow(actor.orgId);
    if (!o)
        return o.error();
    const QString status = o->value(QStringLiteral("status")).toString();
    if (status == QLatin1String("review") || status == QLatin1String("active"))
        return fail("invalid_state", status == QLatin1String("active") ? QStringLiteral("the organisation is already verified")
                                                                        : QStringLiteral("a review is already under way"));
    const QString legalName = text(fields, "legalName", 120), registration = text(fields, "registrationNumber", 64),
                  country = text(fields, "country", 2).toUpper(), address = text(fields, "address", 200),
                  representative = text(fields, "representative", 120);
    if (legalName.size() < 2)
        return invalidParam("legalName", QStringLiteral("the registered legal name is needed"));
    if (registration.isEmpty())
        return invalidParam("registrationNumber", QStringLiteral("the company registration number is needed"));
    if (country.size() != 2)
        return invalidParam("country", QStringLiteral("the country is a two-letter ISO code"));
    if (address.size() < 5)
        return invalidParam("address", QStringLiteral("the registered address is needed"));
    if (representative.size() < 2)
        return invalidParam("representative", QStringLiteral("the legal representative's name is needed"));
    if (fileIds.isEmpty())
        return invalidParam("fileIds", QStringLiteral("attach the registry extract (and any other documents)"));
    for (const QString &fileId : fileIds) { // documents the submitting member uploaded for review
        auto f = m_files.file(fileId);
        if (!f || f->ownerId != actor.userId || f->purpose != QLatin1String("kyc"))
            return fail("not_found", QStringLiteral("document %1 is not one of your verification uploads").arg(fileId),
                        {{QStringLiteral("fileId"), fileId}});
    }
    const qint64 now = m_clock.nowMs();
    const QString id = newId("kyb_");
    storage::Transaction tx(m_db);
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_kyb_cases (id, org_id, status, legal_name, registration_number,"
                                          " country, address, representative, file_ids, checklist, reason, assigned_to,"
                                          " decided_by, created_at, decided_at) VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?,"
                                          " '{}', '', '', '', ?, 0)"),
                           {id, actor.orgId, legalName, registration, country, address, representative,
                            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fileIds)).toJson(QJsonDocument::Compact)),
                            now});
        !q)
        return q.error();
    if (auto q = m_db.exec(QStringLiteral("UPDATE pay_orgs SET status = 'review', updated_at = ? WHERE id = ?"), {now, actor.orgId}); !q)
        return q.error();
    forgetOrg(actor.orgId);
    if (auto c = tx.commit(); !c)
        return c.error();
    return kybCase(id);
}

QJsonArray PaymentsService::documentsOf(const QJsonArray &fileIds)
{
    QJsonArray out;
    for (const QJsonValue &id : fileIds)
        if (auto f = m_files.file(id.toString()))
            out.append(f->toJson()); // {fileId, name, mime, size}: support opens them with files.download
    return out;
}

Result<QJsonObject> PaymentsService::kybCase(const QString &caseId)
{
    auto q = m_db.exec(QStringLiteral("SELECT k.id, k.org_id, o.name, k.status, k.legal_name, k.registration_number, k.country,"
                                      " k.address, k.representative, k.file_ids, k.checklist, k.reason, k.assigned_to,"
                                      " k.decided_by, k.created_at, k.decided_at, o.owner_id, o.website FROM pay_kyb_cases k"
                                      " JOIN pay_orgs o ON o.id = k.org_id WHERE k.id = ?"),
                       {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("there is no such KYB case"));
    QVariantList v; // the row, read before the owner and the documents are looked up (QPSQL streams rows)
    for (int i = 0; i < 18; ++i)
        v.append(q->value(i));
    q->finish();
    return QJsonObject{{QStringLiteral("id"), v[0].toString()},
                       {QStringLiteral("orgId"), v[1].toString()},
                       {QStringLiteral("orgName"), v[2].toString()},
                       {QStringLiteral("status"), v[3].toString()},
                       {QStringLiteral("legalName"), v[4].toString()},
                       {QStringLiteral("registrationNumber"), v[5].toString()},
                       {QStringLiteral("country"), v[6].toString()},
                       {QStringLiteral("address"), v[7].toString()},
                       {QStringLiteral("representative"), v[8].toString()},
                       {QStringLiteral("fileIds"), QJsonDocument::fromJson(v[9].toByteArray()).array()},
                       {QStringLiteral("documents"), documentsOf(QJsonDocument::fromJson(v[9].toByteArray()).array())},
                       {QStringLiteral("checklist"), QJsonDocument::fromJson(v[10].toByteArray()).object()},
                       {QStringLiteral("checklistItems"), QJsonArray::fromStringList(kybChecklist())},
                       {QStringLiteral("reason"), v[11].toString()},
                       {QStringLiteral("assignedTo"), v[12].toString()},
                       {QStringLiteral("decidedBy"), v[13].toString()},
                       {QStringLiteral("createdAt"), v[14].toLongLong()},
                       {QStringLiteral("decidedAt"), v[15].toLongLong()},
                       {QStringLiteral("owner"), m_wallet.party(v[16].toString())},
                       {QStringLiteral("website"), v[17].toString()}};
}

Result<QJsonObject> PaymentsService::kybQueue(const QString &status, int offset, int limit)
{
    const QString s = status.isEmpty() ? QStringLiteral("pending") : status;
    auto total = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pay_kyb_cases WHERE status = ?"), {s});
    if (!total)
        return total.error();
    auto q = m_db.exec(QStringLiteral("SELECT id FROM pay_kyb_cases WHERE status = ? ORDER BY created_at, id LIMIT ? OFFSET ?"),
                       {s, limit, offset});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    QJsonArray cases;
    for (const QString &id : ids) {
        auto c = kybCase(id);
        if (!c)
            return c.error();
        cases.append(c.value());
    }
    return QJsonObject{{QStringLiteral("cases"), cases}, {QStringLiteral("total"), total->toLongLong()}};
}

Result<QJsonObject> PaymentsService::decideKyb(const server::Caller &agent, const QString &caseId, const QString &decision,
                                               const QString &reason, const QJsonObject &checklist)
{
    auto c = kybCase(caseId);
    if (!c)
        return c.error();
    if (c->value(QStringLiteral("status")).toString() != QLatin1String("pending"))
        return fail("invalid_state", QStringLiteral("the case is already decided"));
    const QString orgId = c->value(QStringLiteral("orgId")).toString();
    auto members = m_db.exec(QStringLiteral("SELECT user_id FROM pay_members WHERE org_id = ?"), {orgId});
    if (!members)
        return members.error();
    QStringList memberIds;
    while (members->next())
        memberIds.append(members->value(0).toString());
    if (auto own = server::refuseOwnCase(agent.userId, memberIds); !own) // nobody reviews their own business
        return own.error();
    QString status;
    if (decision == QLatin1String("approve")) {
        for (const QString &item : kybChecklist())
            if (!checklist.value(item).toBool())
                return invalidParam("checklist", QStringLiteral("every check must be done before approving (%1 is not)").arg(item));
        status = QStringLiteral("approved");
    } else if (decision == QLatin1String("reject") || decision == QLatin1String("resubmit")) {
        if (reason.trimmed().isEmpty())
            return invalidParam("reason", QStringLiteral("say why, the merchant reads it"));
        status = decision == QLatin1String("reject") ? QStringLiteral("rejected") : QStringLiteral("resubmission_requested");
    } else {
        return invalidParam("decision", QStringLiteral("decide approve, reject or resubmit"));
    }
    const qint64 now = m_clock.nowMs();
    const QString orgStatus = status == QLatin1String("approved") ? QStringLiteral("active") : QStringLiteral("rejected");
    storage::Transaction tx(m_db);
    if (auto q = m_db.exec(QStringLiteral("UPDATE pay_kyb_cases SET status = ?, checklist = ?, reason = ?, decided_by = ?,"
                                          " decided_at = ? WHERE id = ?"),
                           {status, QString::fromUtf8(QJsonDocument(checklist).toJson(QJsonDocument::Compact)),
                            reason.trimmed(), agent.userId, now, caseId});
        !q)
        return q.error();
    if (auto q = m_db.exec(QStringLiteral("UPDATE pay_orgs SET status = ?, updated_at = ? WHERE id = ?"), {orgStatus, now, orgId}); !q)
        return q.error();
    forgetOrg(orgId);
    if (auto s = m_audit.record(agent.userId, QStringLiteral("kyb.") + status, caseId,
                                {{QStringLiteral("orgId"), orgId}, {QStringLiteral("reason"), reason}});
        !s)
        return s.error();
    const QString owner = c->value(QStringLiteral("owner")).toObject().value(QStringLiteral("userId")).toString();
    const QString name = c->value(QStringLiteral("orgName")).toString();
    if (auto s = m_notifications.notify(owner, QStringLiteral("payments.kyb"),
                                        status == QLatin1String("approved")
                                            ? QStringLiteral("%1 is verified").arg(name)
                                            : QStringLiteral("%1 was not verified").arg(name),
                                        status == QLatin1String("approved")
                                            ? QStringLiteral("You can now take payments.")
                                            : reason.trimmed(),
                                        {{QStringLiteral("orgId"), orgId}});
        !s)
        return s.error();
    if (auto cm = tx.commit(); !cm)
        return cm.error();
    return kybCase(caseId);
}

Result<wallet::FeeRule> PaymentsService::feeRule(const QString &orgId, const QString &assetCode, const QString &flow)
{
    const QString cacheKey = orgId + QLatin1Char('/') + assetCode + QLatin1Char('/') + flow;
    auto it = m_fees.constFind(cacheKey);
    if (it == m_fees.constEnd()) {
        auto own = orgFeeRule(orgId, assetCode, flow);
        if (!own)
            return own.error();
        it = m_fees.insert(cacheKey, own.value());
    }
    if (it.value())
        return *it.value();
    return m_wallet.fees().rule(assetCode, flow); // no plan of its own: the house fee table
}

Result<std::optional<wallet::FeeRule>> PaymentsService::orgFeeRule(const QString &orgId, const QString &assetCode,
                                                                  const QString &flow)
{
    auto q = m_db.exec(QStringLiteral("SELECT fixed, rate, min_fee, max_fee FROM pay_fee_plans WHERE org_id = ? AND flow = ?"
                                      " AND asset = ?"),
                       {orgId, flow, assetCode});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<wallet::FeeRule>();
    wallet::FeeRule r;
    r.asset = assetCode;
    r.flow = flow;
    r.fixed = wallet::amountFromUnitsText(q->value(0).toString());
    r.rate = wallet::amountFromUnitsText(q->value(1).toString());
    r.min = wallet::amountFromUnitsText(q->value(2).toString());
    r.max = wallet::amountFromUnitsText(q->value(3).toString());
    return std::optional<wallet::FeeRule>(r);
}

Result<QJsonObject> PaymentsService::feePlan(const QString &orgId)
{
    auto assets = m_ledger.assets();
    if (!assets)
        return assets.error();
    QJsonArray fees;
    for (const ledger::Asset &a : assets.value()) {
        if (!a.enabled)
            continue;
        for (const QString &flow : {QStringLiteral("payment"), QStringLiteral("payout")}) {
            auto r = feeRule(orgId, a.code, flow);
            if (!r)
                return r.error();
            QJsonObject row = r->toJson(a.decimals);
            row.insert(QStringLiteral("asset"), a.code);
            row.insert(QStringLiteral("flow"), flow);
            fees.append(row);
        }
    }
    return QJsonObject{{QStringLiteral("fees"), fees}};
}

Result<QJsonObject> PaymentsService::setFee(const server::Caller &admin, const QString &orgId, const QJsonObject &params)
{
    if (auto o = orgRow(orgId); !o)
        return o.error();
    auto a = asset(params.value(QStringLiteral("asset")).toString());
    if (!a)
        return a.error();
    auto parsed = wallet::FeeRule::fromParams(params, a->decimals);
    if (!parsed)
        return parsed.error();
    const wallet::FeeRule &rule = parsed.value();
    if (rule.flow != QLatin1String("payment") && rule.flow != QLatin1String("payout"))
        return invalidParam("flow", QStringLiteral("a merchant's fee plan covers payment and payout"));
    storage::Transaction tx(m_db);
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_fee_plans (org_id, flow, asset, fixed, rate, min_fee, max_fee)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, flow, asset) DO UPDATE SET"
                                          " fixed = excluded.fixed, rate = excluded.rate, min_fee = excluded.min_fee,"
                                          " max_fee = excluded.max_fee"),
                           {orgId, rule.flow, rule.asset, rule.fixed.unitsText(), rule.rate.unitsText(), rule.min.unitsText(),
                            rule.max.unitsText()});
        !q)
        return q.error();
    forgetOrg(orgId);
    if (auto s = m_audit.record(admin.userId, QStringLiteral("payments.fee"), orgId,
                                {{QStringLiteral("flow"), rule.flow}, {QStringLiteral("asset"), rule.asset},
                                 {QStringLiteral("rate"), rule.rate.toString(wallet::FeeRule::kRateDecimals)}});
        !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return feePlan(orgId);
}

} // namespace azc::payments
