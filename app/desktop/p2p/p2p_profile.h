#pragma once
// p2p/ screens: one trader's P2P record (p2p.profile) — member since,
// completed trades, completion rate, average release time, feedback counts
// and the newest feedback with who left it — opened from an ad.

#include "foundation/remote_object.h"

#include <QVariantMap>

namespace azc {

class P2pProfile : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString username READ username WRITE setUsername NOTIFY usernameChanged)
    // {user, memberSince, completedTrades, completionRate, avgReleaseSeconds, positive, negative, feedback: [...]}
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY profileChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY profileChanged)
public:
    explicit P2pProfile(QObject *parent = nullptr);

    QString username() const { return m_username; }
    void setUsername(const QString &username);
    QVariantMap profile() const { return m_profile; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void reload();

signals:
    void usernameChanged();
    void profileChanged();

protected:
    void onAttached() override { reload(); }

private:
    QString m_username;
    QVariantMap m_profile;
    QString m_errorText;
};

} // namespace azc
