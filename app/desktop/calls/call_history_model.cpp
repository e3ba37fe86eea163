#include "calls/call_history_model.h"

#include "foundation/app_context.h"
#include "foundation/event_hub.h"
#include "foundation/session.h"

#include <QJsonArray>

namespace azc {

CallHistoryModel::CallHistoryModel(QObject *parent)
    : PagedListModel({QStringLiteral("id"), QStringLiteral("conversationId"), QStringLiteral("kind"),
                      QStringLiteral("video"), QStringLiteral("state"), QStringLiteral("outcome"),
                      QStringLiteral("initiator"), QStringLiteral("participants"), QStringLiteral("createdAt"),
                      QStringLiteral("answeredAt"), QStringLiteral("durationMs"), QStringLiteral("mine"),
                      QStringLiteral("missed"), QStringLiteral("peerNames")},
                     30, 100, parent)
{
}

void CallHistoryModel::onAttached()
{
    events()->on(Topic::CallUpdated, this, [this](const ServerEvent &e) {
        if (e.object("call").value(QLatin1String("state")).toString() == QLatin1String("ended"))
            reload();
    });
    events()->onResync(this, [this] { reload(); });
}

QJsonObject CallHistoryModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject params{{QStringLiteral("limit"), limit}};
    if (!cursor.isNull())
        params.insert(QStringLiteral("before"), cursor);
    return params;
}

PagedListModel::Page CallHistoryModel::pageFrom(const QJsonObject &result, const QJsonValue &)
{
    const QString me = context()->session()->userId();
    Page page;
    for (const QJsonValue &v : result.value(QLatin1String("calls")).toArray()) {
        QJsonObject row = v.toObject();
        const bool mine = row[QLatin1String("initiator")][QLatin1String("userId")].toString() == me;
        const QString outcome = row[QLatin1String("outcome")].toString();
        QStringList names;
        QString myState;
        for (const QJsonValue &p : row[QLatin1String("participants")].toArray()) {
            const QJsonObject user = p[QLatin1String("user")].toObject();
            if (user[QLatin1String("userId")].toString() == me) {
                myState = p[QLatin1String("state")].toString();
                continue;
            }
            const QString display = user[QLatin1String("displayName")].toString();
            names.append(display.isEmpty() ? user[QLatin1String("username")].toString() : display);
        }
        row.insert(QStringLiteral("mine"), mine);
        row.insert(QStringLiteral("missed"), !mine && (myState == QLatin1String("missed") || outcome == QLatin1String("missed")
                                                       || outcome == QLatin1String("cancelled") || outcome == QLatin1String("busy")));
        row.insert(QStringLiteral("peerNames"), names.join(QStringLiteral(", ")));
        page.rows.append(row);
    }
    if (result.value(QLatin1String("hasMore")).toBool() && !page.rows.isEmpty())
        page.next = page.rows.last().value(QLatin1String("createdAt"));
    return page;
}

} // namespace azc
