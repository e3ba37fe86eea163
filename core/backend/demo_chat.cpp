// Demo conversations: a direct chat, a group with a mention and a reply, a
// public channel, and a support chat. Written through MessagingService
// (never its tables), quietly: the demo users find history, not a pile of
// notifications.

#include "backend/demo_seed.h"

#include "identity/user_directory.h"
#include "messaging/messaging_service.h"

namespace azc {

namespace {

struct Line
{
    const char *author;
    const char *text;
};

} // namespace

Status seedDemoChats(DemoServices &d)
{
    QHash<QString, QString> ids;
    for (const char *name : {"alice", "bob", "carol", "dariush", "support"}) {
        auto u = d.users->byUsername(QString::fromLatin1(name));
        if (!u)
            return u.error();
        if (!u.value())
            return Error::make(QStringLiteral("internal_error"),
                               QStringLiteral("demo user missing: ") + QLatin1String(name));
        ids.insert(QString::fromLatin1(name), u.value()->id);
    }
    messaging::MessagingService &m = *d.messaging;
    const auto idOf = [](const Result<QJsonObject> &r) {
        return r->value(QStringLiteral("conversation"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
    };
    const auto say = [&](const QString &conversationId,
                         std::initializer_list<Line> lines) -> Status {
        for (const Line &l : lines)
            if (auto s = m.importMessage(ids.value(QString::fromLatin1(l.author)), conversationId,
                                         QString::fromUtf8(l.text));
                !s)
                return s.error();
        return okStatus();
    };

    auto direct = m.openDirect(ids.value(QStringLiteral("alice")), QStringLiteral("bob"));
    if (!direct)
        return direct.error();
    if (auto s = say(idOf(direct),
                     {{"alice", "Hi Bob! Did the transfer arrive?"},
                      {"bob", "Yes, thanks Alice 🙏 Lunch on Friday?"},
                      {"alice", "Sounds good. The usual place at 12:30?"},
                      {"bob", "Perfect, see you there."}});
        !s)
        return s;

    auto group = m.createGroup(
            ids.value(QStringLiteral("alice")), QStringLiteral("Weekend hike"),
            {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dariush")});
    if (!group)
        return group.error();
    if (auto s = say(idOf(group),
                     {{"alice", "Who is in for the Tochal hike on Saturday?"},
                      {"dariush", "Me! I know the trail, we should start at 7."},
                      {"carol", "Count me in. @dariush can you share the route?"},
                      {"bob", "I'll bring snacks and the first-aid kit."}});
        !s)
        return s;

    auto channel = m.createChannel(ids.value(QStringLiteral("support")),
                                   QStringLiteral("AZCoiner News"), QStringLiteral("azcoiner_news"),
                                   QStringLiteral("Product news and maintenance windows"), true);
    if (!channel)
        return channel.error();
    const QString channelId = idOf(channel);
    for (const char *name : {"alice", "bob", "carol", "dariush"})
        if (auto j = m.join(ids.value(QString::fromLatin1(name)), channelId, QString(), QString());
            !j)
            return j.error();
    if (auto s = say(channelId,
                     {{"support",
                       "Welcome to AZCoiner! Chats, wallet and exchange now live in one app."},
                      {"support",
                       "Spot trading on BTC-USDT and ETH-USDT is open. Fees: 0.1% taker, 0.05% "
                       "maker."}});
        !s)
        return s;

    auto help = m.openDirect(ids.value(QStringLiteral("dariush")), QStringLiteral("support"));
    if (!help)
        return help.error();
    return say(idOf(help),
               {{"dariush", "Hello, my KYC is still pending. Anything missing?"},
                {"support",
                 "Hi Dariush, we are reviewing your passport now; it usually takes a day."}});
}

} // namespace azc
