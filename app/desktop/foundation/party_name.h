#pragma once
// The name to show for a Party ({userId, username, displayName}) the server
// sent: the display name, or the username when there is none.

#include <QJsonObject>
#include <QString>

namespace azc {

inline QString partyName(const QJsonObject &party)
{
    const QString display = party.value(QLatin1String("displayName")).toString();
    return display.isEmpty() ? party.value(QLatin1String("username")).toString() : display;
}

} // namespace azc
