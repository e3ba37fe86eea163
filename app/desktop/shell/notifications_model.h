#pragma once
// The user's notifications, newest first, with the unread count; new ones
// arrive live through event.notify.new.
// Rows: itemId, kind, title, body, data, createdAt, read.

#include "foundation/remote_list_model.h"

namespace azc {

class NotificationsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)
public:
    explicit NotificationsModel(QObject *parent = nullptr);

    int unread() const { return m_unread; }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void markRead(const QString &id);
    Q_INVOKABLE void markAllRead();

signals:
    void unreadChanged();
    // A notification arrived while the app is open (QML may show it).
    void arrived(const QString &title, const QString &body);

protected:
    void onAttached() override;

private:
    void setUnread(int unread);
    void markLocally(const QString &id);

    int m_unread = 0;
};

} // namespace azc
