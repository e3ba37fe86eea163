// The events resource (what the webhooks carry, readable again over the
// API), the members' live pushes, and idempotency shared by both doors.

#include "payments/payments_service.h"

#include "payments/payments_errors.h"

#include "notify/event_bus.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace azc::payments {

Result<QJsonObject> PaymentsService::seqPage(const char *key, const QString &columns, const QString &from, QVariantList params,
                                             const Page &page, const RowToJson &row)
{
    bool ok = true;
    const qint64 before = page.cursor.isEmpty() ? std::numeric_limits<qint64>::max() : page.cursor.toLongLong(&ok);
    if (!ok || before <= 0)
        return invalidParam("cursor", QStringLiteral("not a cursor this server gave out"));
    const int limit = std::clamp(page.limit, 1, 100);
    params << before << limit + 1; // one more than asked: whether there is a next page
    auto q = m_db.exec(QStringLiteral("SELECT seq, ") + columns + QStringLiteral(" FROM ") + from
                           + QStringLiteral(" AND seq < ? ORDER BY seq DESC LIMIT ?"),
                       params);
    if (!q)
        return q.error();
    // Every row is read before `row` runs: it may look things up, and QPSQL
    // streams a forward-only result (another query would drop the rest).
    QList<QVariantList> rows;
    const int columnCount = q->record().count();
    while (q->next()) {
        QVariantList values;
        for (int i = 0; i < columnCount; ++i)
            values.append(q->value(i));
        rows.append(values);
    }
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    QJsonArray list;
    qint64 lastSeq = 0;
    for (const QVariantList &values : std::as_const(rows)) {
        lastSeq = values.at(0).toLongLong();
        list.append(row([&values](int i) { return values.value(i + 1); }));
    }
    return QJsonObject{{QLatin1String(key), list},
                       {QStringLiteral("hasMore"), more},
                       {QStringLiteral("nextCursor"), more ? QString::number(lastSeq) : QString()}};
}

Result<QJsonObject> PaymentsService::event(const Actor &actor, const QString &eventId)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT payload FROM pay_events WHERE id = ? AND org_id = ?"), {eventId, actor.orgId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("there is no such event"));
    return QJsonDocument::fromJson(q->value(0).toByteArray()).object();
}

Result<QJsonObject> PaymentsService::events(const Actor &actor, const QString &type, const Page &page)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    QString from = QStringLiteral("pay_events WHERE org_id = ?");
    QVariantList params{actor.orgId};
    if (!type.isEmpty()) {
        from += QStringLiteral(" AND type = ?");
        params.append(type);
    }
    return seqPage("events", QStringLiteral("payload"), from, params, page,
                   [](const auto &c) { return QJsonDocument::fromJson(c(0).toByteArray()).object(); });
}

void PaymentsService::announce(const QString &orgId, const QString &type, const QString &objectId)
{
    m_bus.publishToUsers(memberIds(orgId), QStringLiteral("event.payments.changed"),
                         {{QStringLiteral("orgId"), orgId}, {QStringLiteral("type"), type},
                          {QStringLiteral("objectId"), objectId}});
}

void PaymentsService::once(const QString &orgId, const QString &key, const QByteArray &fingerprint,
                           std::function<void(std::function<void(Outcome)>)> work, AnswerDone answer)
{
    const QString running = orgId + QLatin1Char('\n') + key;
    const auto conflict = [&answer] {
        answer({409, QByteArrayLiteral("{\"reason\":\"idempotency_conflict\",\"message\":\"this Idempotency-Key was used"
                                       " with another request\"}")});
    };
    if (auto it = m_running.find(running); it != m_running.end()) {
        if (it->fingerprint != fingerprint)
            return conflict();
        it->answers.append(std::move(answer)); // the first one's answer is everyone's
        return;
    }
    auto stored = m_db.exec(QStringLiteral("SELECT fingerprint, status_code, body FROM pay_idempotency WHERE org_id = ?"
                                           " AND idem_key = ?"),
                            {orgId, key});
    if (!stored)
        return answer({500, QByteArrayLiteral("{\"reason\":\"storage_error\",\"message\":\"try again\"}")});
    if (stored->next()) {
        if (stored->value(0).toString().toLatin1() != fingerprint)
            return conflict();
        return answer({stored->value(1).toInt(), stored->value(2).toString().toUtf8()});
    }
    m_running.insert(running, Waiting{fingerprint, {std::move(answer)}});
    const auto tell = [this, running](const StoredAnswer &a) {
        const Waiting waiting = m_running.take(running);
        for (const AnswerDone &done : waiting.answers)
            done(a);
    };
    work([this, orgId, key, fingerprint, tell](Outcome outcome) {
        // A refusal ("insufficient funds", a 5xx) records nothing, so a retry
        // may succeed, as the ledger does; a success is kept with the rows
        // that made it, in the same commit.
        if (outcome.answer.status >= 300)
            return tell(outcome.answer);
        const StoredAnswer a = outcome.answer;
        writeWithNextCommit(
            [this, orgId, key, fingerprint, a, write = std::move(outcome.write)]() -> Status {
                if (write)
                    if (auto s = write(); !s)
                        return s;
                // As text: QPSQL would bind a QByteArray as bytea.
                auto q = m_db.execPrepared(QStringLiteral("INSERT INTO pay_idempotency (org_id, idem_key, fingerprint, status_code, body,"
                                                  " created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, idem_key) DO NOTHING"),
                                   {orgId, key, QString::fromLatin1(fingerprint), a.status, QString::fromUtf8(a.body), m_clock.nowMs()});
                return q ? okStatus() : Status(q.error());
            },
            [tell, a](Status s) {
                tell(s ? a : StoredAnswer{500, QByteArrayLiteral("{\"reason\":\"storage_error\",\"message\":\"try again\"}")});
            });
    });
}

} // namespace azc::payments
