// The demo's example bot: "pricebot", owned by the admin, its token kept in
// the data folder (owner-only) for whoever runs the bot next to this backend
// — the desktop app does, in-process (app/desktop/embedded/embedded_backend.cpp).

#include "backend/demo_seed.h"

#include "backend/backend.h"
#include "bots/bot_service.h"
#include "identity/user_directory.h"

#include <QFile>

namespace azc {

QString Backend::demoBotTokenPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/pricebot.token");
}

Status seedDemoBot(DemoServices &d)
{
    auto admin = d.users->byUsername(QStringLiteral("admin"));
    if (!admin || !admin.value())
        return Error::make(QStringLiteral("internal_error"), QStringLiteral("the demo admin is missing"));
    auto made = d.bots->create(demoCaller(*admin.value()), QStringLiteral("pricebot"), QStringLiteral("Price bot"));
    if (!made)
        return made.error();
    if (d.config.dataDir.isEmpty()) // nowhere to keep the token: the bot exists, nobody runs it
        return okStatus();
    QFile file(Backend::demoBotTokenPath(d.config.dataDir));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(made->value(QStringLiteral("token")).toString().toUtf8()) < 0)
        return Error::make(QStringLiteral("storage_error"), QStringLiteral("cannot keep the demo bot's token: ") + file.errorString());
    return okStatus();
}

} // namespace azc
