#include "chat/chat_search_model.h"

#include "foundation/app_context.h"
#include "chat/chat_errors.h"
#include "foundation/error_sink.h"

#include <QJsonArray>

namespace azc {

ChatSearchModel::ChatSearchModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("conversationId"), QStringLiteral("messageId"),
                       QStringLiteral("seq"), QStringLiteral("author"), QStringLiteral("createdAt"),
                       QStringLiteral("snippet")},
                      parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ChatSearchModel::reload);
}

void ChatSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    m_debounce.start();
}

void ChatSearchModel::setConversationId(const QString &id)
{
    if (id == m_conversationId)
        return;
    m_conversationId = id;
    emit queryChanged();
    m_debounce.start();
}

void ChatSearchModel::reload()
{
    const int generation = ++m_generation;
    const QString query = m_query.trimmed();
    if (query.isEmpty()) {
        setRows({});
        return;
    }
    QJsonObject params{{QStringLiteral("query"), query.left(200)}, {QStringLiteral("limit"), 50}};
    if (!m_conversationId.isEmpty())
        params.insert(QStringLiteral("conversationId"), m_conversationId);
    requestQuietly(QStringLiteral("messages.search"), params,
                   [this, generation](const QJsonObject &result) {
                       if (generation != m_generation)
                           return; // the user typed on
                       QList<QJsonObject> rows;
                       for (const QJsonValue &v : result.value(QStringLiteral("results")).toArray()) {
                           QJsonObject hit = v.toObject();
                           hit.insert(QStringLiteral("id"), hit.value(QStringLiteral("messageId")));
                           rows.append(hit);
                       }
                       setRows(rows);
                   },
                   [this, generation](const RpcReply &reply) {
                       if (generation != m_generation)
                           return;
                       setRows({});
                       // Punctuation alone has no word to look for: not worth a toast.
                       if (reply.reason != QLatin1String("invalid_params"))
                           errors()->reportText(ChatErrors::describe(reply));
                   });
}

QString ChatSearchModel::highlight(const QString &snippet, const QString &color)
{
    const QString open = QStringLiteral("<mark>");
    const QString close = QStringLiteral("</mark>");
    QString out;
    qsizetype at = 0;
    while (at < snippet.size()) {
        const qsizetype start = snippet.indexOf(open, at);
        if (start < 0) {
            out += snippet.mid(at).toHtmlEscaped();
            break;
        }
        out += snippet.mid(at, start - at).toHtmlEscaped();
        const qsizetype end = snippet.indexOf(close, start + open.size());
        const qsizetype stop = end < 0 ? snippet.size() : end;
        out += QStringLiteral("<b><font color=\"%1\">").arg(color.toHtmlEscaped())
               + snippet.mid(start + open.size(), stop - start - open.size()).toHtmlEscaped()
               + QStringLiteral("</font></b>");
        at = end < 0 ? snippet.size() : end + close.size();
    }
    return out;
}

} // namespace azc
