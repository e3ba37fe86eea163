#include "notify/notification_service.h"

#include "crypto/secure_random.h"
#include "notify/event_bus.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QTimer>

namespace azc::notify {

NotificationService::NotificationService(storage::Database &db, EventBus &bus, const Clock &clock)
    : m_db(db), m_bus(bus), m_clock(clock)
{
}

QList<storage::Migration> NotificationService::migrations()
{
    return {{1, QStringLiteral("notifications"),
             {QStringLiteral("CREATE TABLE notifications (id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
                             " kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, data TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, read_at BIGINT)"),
              QStringLiteral("CREATE INDEX notifications_user ON notifications (user_id, created_at)")}}};
}

NotificationService::~NotificationService()
{
    (void)flushQueued();
}

void NotificationService::queue(const QString &userId, const QString &kind, const QString &title, const QString &body,
                                const QJsonObject &data)
{
    if (m_queued.isEmpty())
        QTimer::singleShot(0, &m_bus, [this, alive = std::weak_ptr<int>(m_alive)] {
            if (alive.lock())
                (void)flushQueued();
        });
    m_queued.append({userId, kind, title, body, data});
}

Status NotificationService::flushQueued()
{
    if (m_queued.isEmpty())
        return okStatus();
    const QList<Queued> queued = std::move(m_queued);
    m_queued.clear();
    storage::Transaction tx(m_db);
    for (const Queued &q : queued)
        if (auto s = notify(q.userId, q.kind, q.title, q.body, q.data); !s)
            return s;
    return tx.commit();
}

Status NotificationService::notify(const QString &userId, const QString &kind, const QString &title,
                                   const QString &body, const QJsonObject &data)
{
    const QString id = crypto::randomId();
    const qint64 now = m_clock.nowMs();
    auto r = m_db.exec(QStringLiteral("INSERT INTO notifications (id, user_id, kind, title, body, data, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {id, userId, kind, title, body,
                        QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now});
    if (!r)
        return r.error();
    const QJsonObject n{{QStringLiteral("id"), id},       {QStringLiteral("kind"), kind},
                        {QStringLiteral("title"), title}, {QStringLiteral("body"), body},
                        {QStringLiteral("data"), data},   {QStringLiteral("createdAt"), now},
                        {QStringLiteral("read"), false}};
    m_db.afterCommit([bus = &m_bus, userId, n] {
        bus->publishToUser(userId, QStringLiteral("event.notify.new"), {{QStringLiteral("notification"), n}});
    });
    return okStatus();
}

Result<QJsonObject> NotificationService::list(const QString &userId, bool unreadOnly, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, title, body, data, created_at, read_at FROM notifications"
                                      " WHERE user_id = ?%1 ORDER BY created_at DESC, id LIMIT ?")
                           .arg(unreadOnly ? QStringLiteral(" AND read_at IS NULL") : QString()),
                       {userId, limit});
    if (!q)
        return q.error();
    QJsonArray items;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        items.append(QJsonObject{{QStringLiteral("id"), row.value(0).toString()},
                                 {QStringLiteral("kind"), row.value(1).toString()},
                                 {QStringLiteral("title"), row.value(2).toString()},
                                 {QStringLiteral("body"), row.value(3).toString()},
                                 {QStringLiteral("data"), QJsonDocument::fromJson(row.value(4).toByteArray()).object()},
                                 {QStringLiteral("createdAt"), row.value(5).toLongLong()},
                                 {QStringLiteral("read"), !row.value(6).isNull()}});
    }
    auto unread = unreadCount(userId);
    if (!unread)
        return unread.error();
    return QJsonObject{{QStringLiteral("notifications"), items}, {QStringLiteral("unread"), unread.value()}};
}

Result<int> NotificationService::markRead(const QString &userId, const QStringList &ids, bool all)
{
    const qint64 now = m_clock.nowMs();
    if (all) {
        auto r = m_db.exec(QStringLiteral("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"),
                           {now, userId});
        if (!r)
            return r.error();
    } else {
        storage::Transaction tx(m_db);
        for (const QString &id : ids) {
            auto r = m_db.exec(QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ?"
                                              " AND read_at IS NULL"),
                               {now, id, userId});
            if (!r)
                return r.error();
        }
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    return unreadCount(userId);
}

Result<int> NotificationService::unreadCount(const QString &userId)
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"),
                         {userId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace azc::notify
