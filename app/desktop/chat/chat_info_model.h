#pragma once
// The info panel of a group or channel: its members (chats.members; owner,
// admins, then by joining) and what admins do with them — add, remove,
// promote, demote — plus the invite link. Channel subscribers may not list
// members; they see the subscriber count only (membersHidden).
// Rows: itemId (the user id), user, username, displayName, role, joinedAt.

#include "foundation/paged_list_model.h"

namespace azc {

class ChatInfoModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(bool membersHidden READ membersHidden NOTIFY membersChanged)
    Q_PROPERTY(QString inviteLink READ inviteLink NOTIFY inviteChanged)
public:
    explicit ChatInfoModel(QObject *parent = nullptr);

    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    bool membersHidden() const { return m_hidden; }
    QString inviteLink() const { return m_inviteToken.isEmpty() ? QString() : QStringLiteral("azcoiner://join/") + m_inviteToken; }

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
    QString pageMethod() const override { return QStringLiteral("chats.members"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override;
    bool ready() const override { return !m_conversationId.isEmpty(); }
    bool reportFailures() const override { return false; }
    void firstPageFailed(const RpcReply &reply) override;

private:
    void act(const QString &method, QJsonObject params);

    QString m_conversationId;
    bool m_hidden = false;
    QString m_inviteToken;
};

} // namespace azc
