#include "shell/notifications_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"


#include <QJsonArray>

namespace azc {

NotificationsModel::NotificationsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                       QStringLiteral("body"), QStringLiteral("data"), QStringLiteral("createdAt"),
                       QStringLiteral("read")},
                      parent)
{
}

void NotificationsModel::onAttached()
{
    events()->on(Topic::NotificationNew, this, [this](const ServerEvent &e) {
        const QJsonObject n = e.object("notification");
        if (n.isEmpty() || rowOf(n.value(QStringLiteral("id")).toString()) >= 0)
            return;
        prependRow(n);
        if (!n.value(QStringLiteral("read")).toBool())
            setUnread(m_unread + 1);
        emit arrived(n.value(QStringLiteral("title")).toString(),
                     n.value(QStringLiteral("body")).toString());
    });
}

void NotificationsModel::reload()
{
    request(QStringLiteral("notify.list"), {{QStringLiteral("limit"), 100}}, [this](const QJsonObject &result) {
        setRowsFrom(result.value(QStringLiteral("notifications")));
        setUnread(result.value(QStringLiteral("unread")).toInt());
    });
}

void NotificationsModel::markRead(const QString &id)
{
    request(QStringLiteral("notify.markRead"), {{QStringLiteral("ids"), QJsonArray{id}}},
            [this, id](const QJsonObject &result) {
                markLocally(id);
                setUnread(result.value(QStringLiteral("unread")).toInt());
            });
}

void NotificationsModel::markAllRead()
{
    request(QStringLiteral("notify.markRead"), {{QStringLiteral("all"), true}},
            [this](const QJsonObject &result) {
                QStringList ids;
                for (const QJsonObject &row : rows())
                    ids.append(row.value(QStringLiteral("id")).toString());
                for (const QString &id : std::as_const(ids))
                    markLocally(id);
                setUnread(result.value(QStringLiteral("unread")).toInt());
            });
}

void NotificationsModel::markLocally(const QString &id)
{
    const int i = rowOf(id);
    if (i < 0 || rows().at(i).value(QStringLiteral("read")).toBool())
        return;
    QJsonObject row = rows().at(i);
    row.insert(QStringLiteral("read"), true);
    replaceRow(row);
}

void NotificationsModel::setUnread(int unread)
{
    if (m_unread == unread)
        return;
    m_unread = unread;
    emit unreadChanged();
}

} // namespace azc
