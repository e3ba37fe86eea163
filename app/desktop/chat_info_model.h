#pragma once
// The info panel of a group or channel: its members (chats.members; owner,
// admins, then by joining) and what admins do with them — add, remove,
// promote, demote — plus the invite link. Channel subscribers may not list
// members; they see the subscriber count only (membersHidden).
// Rows: itemId (the user id), user, username, displayName, role, joinedAt.

#include "remote_list_model.h"

namespace azc {

class ChatInfoModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(int total READ total NOTIFY membersChanged)
    Q_PROPERTY(bool membersHidden READ membersHidden NOTIFY membersChanged)
    Q_PROPERTY(QString inviteLink READ inviteLink NOTIFY inviteChanged)
public:
    explicit ChatInfoModel(QObject *parent = nullptr);

    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    int total() const { return m_total; }
    bool membersHidden() const { return m_hidden; }
    QString inviteLink() const { return m_inviteToken.isEmpty() ? QString() : QStringLiteral("azcoiner://join/") + m_inviteToken; }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void addMember(const QString &username);
    Q_INVOKABLE void removeMember(const QString &userId);
    Q_INVOKABLE void setRole(const QString &userId, const QString &role);
    Q_INVOKABLE void invite(bool reset = false);
    // The usernames of the members other than the signed-in user (for "Send money" in groups).
    Q_INVOKABLE QStringList otherUsernames() const;

signals:
    void conversationIdChanged();
    void membersChanged();
    void inviteChanged();

protected:
    void onAttached() override;

private:
    void act(const QString &method, QJsonObject params);

    QString m_conversationId;
    int m_total = 0;
    bool m_hidden = false;
    QString m_inviteToken;
};

} // namespace azc
