#pragma once
// Stored notifications (the inbox a user reads later) plus the live push of
// each one on the event bus.

#include "common/clock.h"
#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace azc::storage { class Database; struct Migration; }

namespace azc::notify {

class EventBus;

class NotificationService
{
public:
    NotificationService(storage::Database &db, EventBus &bus, const Clock &clock);
    ~NotificationService();
    static QList<storage::Migration> migrations();

    // Stores it and pushes event.notify.new to the user's sockets.
    Status notify(const QString &userId, const QString &kind, const QString &title, const QString &body,
                  const QJsonObject &data = {});
    // The same, written a moment later together with the others queued in
    // this turn of the event loop (one transaction): for high-volume
    // sources such as wallet transfers. A crash may lose what is queued.
    void queue(const QString &userId, const QString &kind, const QString &title, const QString &body,
               const QJsonObject &data = {});
    Status flushQueued();
    Result<QJsonObject> list(const QString &userId, bool unreadOnly, int limit);
    Result<int> markRead(const QString &userId, const QStringList &ids, bool all);
    Result<int> unreadCount(const QString &userId);

private:
    struct Queued {
        QString userId, kind, title, body;
        QJsonObject data;
    };
    QList<Queued> m_queued;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // the queued flush outlives nothing
    storage::Database &m_db;
    EventBus &m_bus;
    const Clock &m_clock;
};

} // namespace azc::notify
