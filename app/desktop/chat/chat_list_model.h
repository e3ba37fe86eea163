#pragma once
// The user's conversations for the chat list: pinned first, then by last
// activity, filtered by title as the user types. Kept live from pushes (a new
// message moves its chat up and counts as unread, joins and leaves add and
// remove rows, read marks clear the badge) and re-read after a reconnect.
// Also starts conversations: a direct chat by username, a group, a channel.
// Rows: itemId, kind, title, about, handle, public, memberCount, myRole,
// muted, pinned, unread, lastSeq, lastReadSeq, lastMessage, lastActivityAt, peer.

#include "foundation/remote_list_model.h"

namespace azc {

struct ServerEvent;

class ChatListModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int unreadTotal READ unreadTotal NOTIFY unreadTotalChanged)
    Q_PROPERTY(int total READ total NOTIFY unreadTotalChanged)
public:
    explicit ChatListModel(QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int unreadTotal() const;
    int total() const { return int(m_all.size()); }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap conversation(const QString &id) const;
    Q_INVOKABLE int indexOf(const QString &id) const { return rowOf(id); }
    Q_INVOKABLE void openDirect(const QString &username);
    // `usernames`: separated by commas or spaces, with or without "@".
    Q_INVOKABLE void createGroup(const QString &title, const QString &usernames);
    Q_INVOKABLE void createChannel(const QString &title, const QString &handle, const QString &about, bool isPublic);
    Q_INVOKABLE void join(const QString &handleOrInvite);
    Q_INVOKABLE void setMuted(const QString &id, bool muted);
    Q_INVOKABLE void setPinned(const QString &id, bool pinned);
    Q_INVOKABLE void leave(const QString &id);

    static QStringList splitUsernames(const QString &text);

signals:
    void filterChanged();
    void unreadTotalChanged();
    // A conversation was opened or created here and should be shown.
    void opened(const QString &conversationId);

protected:
    void onAttached() override;

private:
    void onEvent(const ServerEvent &e);
    void upsert(const QJsonObject &conversation);
    void refresh(); // the visible rows from m_all: filter, then order
    void refetch(const QString &id);
    void changeLocal(const QString &id, const std::function<void(QJsonObject &)> &change);
    void act(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> onSuccess);

    QList<QJsonObject> m_all;
    QString m_filter;
};

} // namespace azc
