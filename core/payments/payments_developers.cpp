// What partners' developers manage: API keys (shown once, sealed at rest,
// rotatable, revocable, bound to addresses) and webhook endpoints with their
// delivery log.

#include "payments/payments_service.h"

#include "payments/payments_errors.h"

#include "crypto/secure_random.h"
#include "ledger/ledger_service.h"
#include "server/client_address.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QUrl>

namespace azc::payments {

namespace {


QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

QStringList split(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QStringList &eventTypes()
{
    static const QStringList types = {QStringLiteral("invoice.created"),  QStringLiteral("invoice.paid"),
                                      QStringLiteral("invoice.expired"),  QStringLiteral("invoice.cancelled"),
                                      QStringLiteral("refund.succeeded"), QStringLiteral("payout.paid"),
                                      // the Bridge and the Market (core/bridge)
                                      QStringLiteral("swap.completed"),   QStringLiteral("points.credited"),
                                      QStringLiteral("consent.declined"), QStringLiteral("consent.expired"),
                                      QStringLiteral("order.paid"),       QStringLiteral("order.refunded")};
    return types;
}

} // namespace

Result<QJsonObject> PaymentsService::createKey(const Actor &actor, const QString &label, const QStringList &scopes,
                                               const QStringList &allowFrom)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    if (scopes.isEmpty())
        return invalidParam("scopes", QStringLiteral("give the key at least one scope"));
    for (const QString &s : scopes)
        if (!allScopes().contains(s))
            return invalidParam("scopes", QStringLiteral("unknown scope %1 (known: %2)").arg(s, allScopes().join(QStringLiteral(", "))));
    QList<server::Subnet> subnets;
    QString problem;
    if (!server::parseSubnets(allowFrom, &subnets, &problem))
        return invalidParam("allowFrom", problem);
    auto active = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pay_api_keys WHERE org_id = ? AND revoked_at = 0"),
                              {actor.orgId});
    if (!active)
        return active.error();
    if (active->toInt() >= 20)
        return fail("limit_exceeded", QStringLiteral("an organisation has at most 20 active keys; revoke one first"));
    const QString id = newId("azk_");
    const QByteArray secret = "azs_" + crypto::randomToken().toLatin1();
    const qint64 now = m_clock.nowMs();
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_api_keys (id, org_id, label, secret_sealed, secret_hint, scopes,"
                                          " allow_from, created_by, created_at, revoked_at, last_used_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"),
                           {id, actor.orgId, label.trimmed().left(80), m_secrets.seal(secret),
                            QString::fromLatin1(secret.right(4)), joined(scopes), joined(allowFrom), actor.label(), now});
        !q)
        return q.error();
    return QJsonObject{{QStringLiteral("key"),
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("label"), label.trimmed().left(80)},
                                    {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                                    {QStringLiteral("allowFrom"), QJsonArray::fromStringList(allowFrom)},
                                    {QStringLiteral("secretHint"), QString::fromLatin1(secret.right(4))},
                                    {QStringLiteral("createdAt"), now}}},
                       // Shown this once; the server keeps it sealed and never returns it again.
                       {QStringLiteral("secret"), QString::fromLatin1(secret)}};
}

Result<QJsonObject> PaymentsService::keys(const Actor &actor)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT id, label, secret_hint, scopes, allow_from, created_by, created_at, revoked_at,"
                                      " last_used_at FROM pay_api_keys WHERE org_id = ? ORDER BY created_at DESC"),
                       {actor.orgId});
    if (!q)
        return q.error();
    QJsonArray keys;
    while (q->next())
        keys.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                {QStringLiteral("label"), q->value(1).toString()},
                                {QStringLiteral("secretHint"), q->value(2).toString()},
                                {QStringLiteral("scopes"), QJsonArray::fromStringList(split(q->value(3).toString()))},
                                {QStringLiteral("allowFrom"), QJsonArray::fromStringList(split(q->value(4).toString()))},
                                {QStringLiteral("createdBy"), q->value(5).toString()},
                                {QStringLiteral("createdAt"), q->value(6).toLongLong()},
                                {QStringLiteral("revokedAt"), q->value(7).toLongLong()},
                                {QStringLiteral("lastUsedAt"), q->value(8).toLongLong()}});
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

Result<QJsonObject> PaymentsService::revokeKey(const Actor &actor, const QString &keyId)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("UPDATE pay_api_keys SET revoked_at = ? WHERE id = ? AND org_id = ? AND revoked_at = 0"),
                       {m_clock.nowMs(), keyId, actor.orgId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return fail("not_found", QStringLiteral("no such active key"));
    m_keys.remove(keyId); // the next request reads the row again and finds it revoked
    return keys(actor);
}

Result<QJsonObject> PaymentsService::rotateKey(const Actor &actor, const QString &keyId)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT label, scopes, allow_from FROM pay_api_keys WHERE id = ? AND org_id = ?"
                                      " AND revoked_at = 0"),
                       {keyId, actor.orgId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("no such active key"));
    const QString label = q->value(0).toString();
    const QStringList scopes = split(q->value(1).toString()), allowFrom = split(q->value(2).toString());
    q->finish();
    storage::Transaction tx(m_db);
    auto created = createKey(actor, label, scopes, allowFrom);
    if (!created)
        return created.error();
    if (auto r = revokeKey(actor, keyId); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return created;
}

Result<ApiKey> PaymentsService::apiKey(const QString &keyId)
{
    if (auto it = m_keys.constFind(keyId); it != m_keys.constEnd())
        return it.value();
    auto q = m_db.exec(QStringLiteral("SELECT org_id, secret_sealed, scopes, allow_from, revoked_at FROM pay_api_keys WHERE id = ?"),
                       {keyId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(4).toLongLong() != 0)
        return fail("not_found", QStringLiteral("unknown or revoked API key"));
    auto secret = m_secrets.open(q->value(1).toString());
    if (!secret)
        return fail("internal_error", QStringLiteral("the key's secret cannot be opened (wrong secrets folder?)"));
    ApiKey k{keyId, q->value(0).toString(), *secret, split(q->value(2).toString()), {}};
    QString problem; // parsed once here, not on every request (createKey checked them)
    if (!server::parseSubnets(split(q->value(3).toString()), &k.allowFrom, &problem))
        return fail("internal_error", QStringLiteral("the key's address list cannot be read: ") + problem);
    m_keys.insert(keyId, k);
    return k;
}

void PaymentsService::touchKey(const QString &keyId)
{
    // At most once a minute per key: "last used" is for people, not for
    // accounting, and a write per request would cost a commit per request.
    const qint64 now = m_clock.nowMs();
    if (now - m_keyTouched.value(keyId) < 60'000)
        return;
    m_keyTouched.insert(keyId, now);
    writeWithNextCommit([this, keyId, now] {
        auto q = m_db.exec(QStringLiteral("UPDATE pay_api_keys SET last_used_at = ? WHERE id = ?"), {now, keyId});
        return q ? okStatus() : Status(q.error());
    }, {});
}

Result<QJsonObject> PaymentsService::addWebhook(const Actor &actor, const QString &url, const QStringList &events)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    const QUrl u(url, QUrl::StrictMode);
    const bool loopback = u.host() == QLatin1String("127.0.0.1") || u.host() == QLatin1String("localhost")
                          || u.host() == QLatin1String("::1");
    // Plain http only to this machine (a partner's local relay, tests); the
    // signature protects integrity, TLS protects the payload's privacy.
    if (!u.isValid() || u.host().isEmpty() || !(u.scheme() == QLatin1String("https") || (u.scheme() == QLatin1String("http") && loopback))
        || !u.userInfo().isEmpty() || url.size() > 500)
        return invalidParam("url", QStringLiteral("a webhook URL is https:// (http:// only to this machine)"));
    QStringList subscribed = events.isEmpty() ? QStringList{QStringLiteral("*")} : events;
    for (const QString &e : subscribed)
        if (e != QLatin1String("*") && !eventTypes().contains(e))
            return invalidParam("events", QStringLiteral("unknown event %1").arg(e));
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pay_webhooks WHERE org_id = ?"), {actor.orgId});
    if (!count)
        return count.error();
    if (count->toInt() >= 10)
        return fail("limit_exceeded", QStringLiteral("an organisation has at most 10 webhook endpoints"));
    const QString id = newId("whe_");
    const QByteArray secret = "whsec_" + crypto::randomToken().toLatin1();
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_webhooks (id, org_id, url, secret_sealed, events, enabled,"
                                          " disabled_reason, failing_since, created_at) VALUES (?, ?, ?, ?, ?, 1, '', 0, ?)"),
                           {id, actor.orgId, url, m_secrets.seal(secret), joined(subscribed), m_clock.nowMs()});
        !q)
        return q.error();
    forgetEndpoints(actor.orgId);
    return QJsonObject{{QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("id"), id},
                                                              {QStringLiteral("url"), url},
                                                              {QStringLiteral("events"), QJsonArray::fromStringList(subscribed)},
                                                              {QStringLiteral("enabled"), true}}},
                       {QStringLiteral("secret"), QString::fromLatin1(secret)}};
}

Result<QJsonObject> PaymentsService::webhooks(const Actor &actor)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT w.id, w.url, w.events, w.enabled, w.disabled_reason, w.failing_since, w.created_at,"
                                      " (SELECT COUNT(*) FROM pay_deliveries d WHERE d.endpoint_id = w.id AND d.status = 'pending')"
                                      " FROM pay_webhooks w WHERE w.org_id = ? ORDER BY w.created_at"),
                       {actor.orgId});
    if (!q)
        return q.error();
    QJsonArray list;
    while (q->next())
        list.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                {QStringLiteral("url"), q->value(1).toString()},
                                {QStringLiteral("events"), QJsonArray::fromStringList(split(q->value(2).toString()))},
                                {QStringLiteral("enabled"), q->value(3).toInt() != 0},
                                {QStringLiteral("disabledReason"), q->value(4).toString()},
                                {QStringLiteral("failingSince"), q->value(5).toLongLong()},
                                {QStringLiteral("createdAt"), q->value(6).toLongLong()},
                                {QStringLiteral("pending"), q->value(7).toLongLong()}});
    return QJsonObject{{QStringLiteral("endpoints"), list}};
}

Result<QJsonObject> PaymentsService::removeWebhook(const Actor &actor, const QString &endpointId)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    // Kept for the delivery log; it only stops receiving.
    auto q = m_db.exec(QStringLiteral("UPDATE pay_webhooks SET enabled = 0, disabled_reason = 'removed' WHERE id = ? AND org_id = ?"),
                       {endpointId, actor.orgId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return fail("not_found", QStringLiteral("no such endpoint"));
    forgetEndpoints(actor.orgId);
    (void)m_db.exec(QStringLiteral("UPDATE pay_deliveries SET status = 'failed', last_error = 'endpoint removed'"
                                   " WHERE endpoint_id = ? AND status = 'pending'"),
                    {endpointId});
    return webhooks(actor);
}

Result<QJsonObject> PaymentsService::enableWebhook(const Actor &actor, const QString &endpointId)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("UPDATE pay_webhooks SET enabled = 1, disabled_reason = '', failing_since = 0"
                                      " WHERE id = ? AND org_id = ? AND disabled_reason <> 'removed'"),
                       {endpointId, actor.orgId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return fail("not_found", QStringLiteral("no such endpoint"));
    forgetEndpoints(actor.orgId);
    return webhooks(actor);
}

Result<QJsonObject> PaymentsService::deliveries(const Actor &actor, const QString &endpointId, int offset, int limit)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    auto total = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pay_deliveries WHERE endpoint_id = ? AND org_id = ?"),
                             {endpointId, actor.orgId});
    if (!total)
        return total.error();
    auto q = m_db.exec(QStringLiteral("SELECT d.id, d.event_id, e.type, d.status, d.attempts, d.next_at, d.last_status,"
                                      " d.last_error, d.created_at, d.delivered_at FROM pay_deliveries d JOIN pay_events e"
                                      " ON e.id = d.event_id WHERE d.endpoint_id = ? AND d.org_id = ?"
                                      " ORDER BY d.created_at DESC, d.id LIMIT ? OFFSET ?"),
                       {endpointId, actor.orgId, limit, offset});
    if (!q)
        return q.error();
    QJsonArray list;
    while (q->next())
        list.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                {QStringLiteral("eventId"), q->value(1).toString()},
                                {QStringLiteral("type"), q->value(2).toString()},
                                {QStringLiteral("status"), q->value(3).toString()},
                                {QStringLiteral("attempts"), q->value(4).toInt()},
                                {QStringLiteral("nextAt"), q->value(5).toLongLong()},
                                {QStringLiteral("lastStatus"), q->value(6).toInt()},
                                {QStringLiteral("lastError"), q->value(7).toString()},
                                {QStringLiteral("createdAt"), q->value(8).toLongLong()},
                                {QStringLiteral("deliveredAt"), q->value(9).toLongLong()}});
    return QJsonObject{{QStringLiteral("deliveries"), list}, {QStringLiteral("total"), total->toLongLong()}};
}

Result<QJsonObject> PaymentsService::redeliver(const Actor &actor, const QString &deliveryId)
{
    if (auto s = require(actor, Permission::Developers); !s)
        return s.error();
    // Sent again now, whatever its state; the event id stays, so a partner
    // that already has it ignores the repeat.
    auto q = m_db.exec(QStringLiteral("UPDATE pay_deliveries SET status = 'pending', next_at = ? WHERE id = ? AND org_id = ?"),
                       {m_clock.nowMs(), deliveryId, actor.orgId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return fail("not_found", QStringLiteral("no such delivery"));
    if (onDeliveriesQueued)
        onDeliveriesQueued();
    return QJsonObject{{QStringLiteral("deliveryId"), deliveryId}, {QStringLiteral("status"), QStringLiteral("pending")}};
}

Status PaymentsService::writeEvent(const QString &orgId, const QString &type, const QString &objectId,
                                   const QJsonObject &object)
{
    const QString id = newId("evt_");
    const qint64 now = m_clock.nowMs();
    const QJsonObject payload{{QStringLiteral("id"), id},
                              {QStringLiteral("type"), type},
                              {QStringLiteral("createdAt"), now},
                              {QStringLiteral("orgId"), orgId},
                              {QStringLiteral("data"), object}};
    if (auto q = m_db.execPrepared(QStringLiteral("INSERT INTO pay_events (id, seq, org_id, type, object_id, payload, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {id, nextSeq(QStringLiteral("pay_events")), orgId, type, objectId,
                            QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), now});
        !q)
        return q.error();
    auto cached = m_endpoints.constFind(orgId);
    if (cached == m_endpoints.constEnd()) {
        auto endpoints = m_db.exec(QStringLiteral("SELECT id, events FROM pay_webhooks WHERE org_id = ? AND enabled = 1"), {orgId});
        if (!endpoints)
            return endpoints.error();
        QList<QPair<QString, QStringList>> list;
        while (endpoints->next())
            list.append({endpoints->value(0).toString(), split(endpoints->value(1).toString())});
        cached = m_endpoints.insert(orgId, list);
    }
    QStringList targets;
    for (const auto &[endpoint, wanted] : cached.value())
        if (wanted.contains(QStringLiteral("*")) || wanted.contains(type))
            targets.append(endpoint);
    for (const QString &endpoint : targets)
        if (auto q = m_db.execPrepared(QStringLiteral("INSERT INTO pay_deliveries (id, event_id, endpoint_id, org_id, status, attempts,"
                                              " next_at, last_status, last_error, created_at, delivered_at)"
                                              " VALUES (?, ?, ?, ?, 'pending', 0, ?, 0, '', ?, 0)"),
                               {newId("dlv_"), id, endpoint, orgId, now, now});
            !q)
            return q.error();
    if (!targets.isEmpty() && onDeliveriesQueued)
        m_db.afterCommit(onDeliveriesQueued); // the sender only sees committed deliveries
    return okStatus();
}

void PaymentsService::writeWithNextCommit(std::function<Status()> write, std::function<void(Status)> done)
{
    m_withMoney.append(std::move(write));
    m_ledger.whenDurable(done ? std::move(done) : [](Status) {});
}

Status PaymentsService::writeQueued()
{
    const auto writes = std::exchange(m_withMoney, {});
    for (const auto &w : writes)
        if (auto s = w(); !s)
            return s;
    return okStatus();
}

} // namespace azc::payments
