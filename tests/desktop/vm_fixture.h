#pragma once
// A view model's world without a server: an AppContext whose calls and
// pushes go through a CannedTransport, and a signed-in user when a test
// needs one (the sign-in itself answered from the can).

#include "canned_transport.h"
#include "foundation/app_context.h"
#include "foundation/session.h"

#include <QtTest>

namespace azc::test {

inline AppOptions offlineOptions()
{
    AppOptions o;
    o.useKeychain = false;
    o.persistPreferences = false;
    return o;
}

struct VmFixture {
    CannedTransport transport;
    AppContext context{offlineOptions(), &transport};

    // Signs in as `userId` (username = the id without "u-").
    bool signIn(const QString &userId = QStringLiteral("u-alice"))
    {
        const QJsonObject user{{QStringLiteral("id"), userId},
                               {QStringLiteral("username"), userId.mid(2)},
                               {QStringLiteral("displayName"), userId.mid(2)},
                               {QStringLiteral("role"), QStringLiteral("user")}};
        transport.reply(QStringLiteral("auth.login"), {{QStringLiteral("token"), QStringLiteral("canned-token")},
                                                       {QStringLiteral("user"), user}});
        context.session()->login(userId.mid(2), QStringLiteral("password"));
        return QTest::qWaitFor([this] { return context.session()->status() == Session::SignedIn; }, 2000);
    }
};

// {key: [rows...]} for canned list answers.
inline QJsonObject listOf(const char *key, const QList<QJsonObject> &rows, QJsonObject extra = {})
{
    QJsonArray array;
    for (const QJsonObject &r : rows)
        array.append(r);
    extra.insert(QLatin1String(key), array);
    return extra;
}

} // namespace azc::test
