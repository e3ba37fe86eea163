#include "p2p/p2p_profile.h"

#include "p2p/p2p_errors.h"

namespace azc {

P2pProfile::P2pProfile(QObject *parent)
    : RemoteObject(parent)
{
}

void P2pProfile::setUsername(const QString &username)
{
    if (m_username == username)
        return;
    m_username = username;
    m_profile.clear();
    m_errorText.clear();
    emit usernameChanged();
    emit profileChanged();
    if (context())
        reload();
}

void P2pProfile::reload()
{
    if (m_username.isEmpty())
        return;
    const QString asked = m_username;
    request(QStringLiteral("p2p.profile"), {{QStringLiteral("username"), asked}}, [this, asked](const QJsonObject &result) {
        if (asked != m_username)
            return;
        m_profile = result.value(QStringLiteral("profile")).toObject().toVariantMap();
        m_errorText.clear();
        emit profileChanged();
    }, [this, asked](const RpcReply &reply) {
        if (asked != m_username)
            return;
        m_profile.clear();
        m_errorText = P2pErrors::describe(reply);
        emit profileChanged();
    });
}

} // namespace azc
