#include "profile/bots_model.h"

#include "foundation/event_hub.h"
#include "chat/chat_errors.h"


namespace azc {

BotsModel::BotsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("displayName"), QStringLiteral("createdAt")},
                      parent)
{
}

void BotsModel::onAttached()
{
    events()->onResync(this, [this] { reload(); });
}

void BotsModel::reload()
{
    request(QStringLiteral("bots.list"), {}, [this](const QJsonObject &result) { setRowsFrom(result.value(QStringLiteral("bots"))); });
}

void BotsModel::create(const QString &username, const QString &displayName)
{
    const QJsonObject params{{QStringLiteral("username"), username.trimmed().toLower()},
                             {QStringLiteral("displayName"), displayName.trimmed()}};
    requestQuietly(QStringLiteral("bots.create"), params, [this](const QJsonObject &result) {
        const QJsonObject bot = result.value(QStringLiteral("bot")).toObject();
        appendRows({bot});
        emit tokenIssued(bot.value(QStringLiteral("username")).toString(), result.value(QStringLiteral("token")).toString());
    }, [this](const RpcReply &reply) {
        if (reply.reason == QLatin1String("invalid_params") && reply.data.value(QStringLiteral("field")).toString() == QLatin1String("username"))
            return emit failed(tr("A bot's username has 4 to 32 characters (a–z, 0–9, _), starts with a letter and ends in “bot”."));
        if (reply.reason == QLatin1String("conflict"))
            return emit failed(tr("This username is already taken."));
        if (reply.reason == QLatin1String("invalid_state"))
            return emit failed(tr("You can own at most 20 bots."));
        emit failed(ChatErrors::describe(reply));
    });
}

void BotsModel::resetToken(const QString &botId)
{
    requestQuietly(QStringLiteral("bots.resetToken"), {{QStringLiteral("botId"), botId}}, [this, botId](const QJsonObject &result) {
        const int row = rowOf(botId);
        emit tokenIssued(row >= 0 ? rows().at(row).value(QStringLiteral("username")).toString() : QString(),
                         result.value(QStringLiteral("token")).toString());
    }, [this](const RpcReply &reply) { emit failed(ChatErrors::describe(reply)); });
}

} // namespace azc
