// Full-text search over the caller's conversations: SQLite FTS5 (msg_fts)
// or PostgreSQL's tsvector column, the same semantics on both: every word
// must occur, each as a prefix; deleted and hidden messages never match.

#include "messaging/messaging_service.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace azc::messaging {

Result<QJsonObject> MessagingService::search(const QString &userId, const QString &query,
                                             const QString &conversationId, int limit)
{
    m_parties.clear();
    // Words only: the engines' query syntax never reaches them from a client.
    static const QRegularExpression wordRe(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList words;
    for (auto it = wordRe.globalMatch(query); it.hasNext() && words.size() < 8;)
        words.append(it.next().captured(0).toLower());
    if (words.isEmpty())
        return fail("invalid_params", QStringLiteral("query: needs at least one word"),
                    {{QStringLiteral("field"), QStringLiteral("query")}});
    if (!conversationId.isEmpty())
        if (auto a = access(userId, conversationId); !a)
            return a.error();

    const bool sqlite = m_db.dialect() == storage::Dialect::Sqlite;
    QString sql;
    QVariantList params;
    if (sqlite) {
        QStringList terms;
        for (const QString &w : words)
            terms.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
        sql = QStringLiteral(
                "SELECT m.id, m.conversation_id, m.seq, m.author_id, m.created_at,"
                " snippet(msg_fts, 0, '<mark>', '</mark>', '…', 16)"
                " FROM msg_fts JOIN msg_messages m ON m.id = msg_fts.message_id"
                " JOIN msg_members mm ON mm.conversation_id = m.conversation_id AND mm.user_id = ?"
                " WHERE msg_fts MATCH ? AND m.deleted = 0");
        params << userId << terms.join(QLatin1Char(' '));
    } else {
        QStringList terms;
        for (const QString &w : words)
            terms.append(w + QStringLiteral(":*"));
        sql = QStringLiteral(
                "SELECT m.id, m.conversation_id, m.seq, m.author_id, m.created_at,"
                " ts_headline('simple', m.text, to_tsquery('simple', ?),"
                " 'StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=8, ShortWord=0')"
                " FROM msg_messages m JOIN msg_members mm ON mm.conversation_id = "
                "m.conversation_id AND mm.user_id = ?"
                " WHERE m.tsv @@ to_tsquery('simple', ?) AND m.deleted = 0");
        const QString tsquery = terms.join(QStringLiteral(" & "));
        params << tsquery << userId << tsquery;
    }
    sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM msg_hidden h WHERE h.user_id = ? AND "
                          "h.message_id = m.id)");
    params << userId;
    if (!conversationId.isEmpty()) {
        sql += QStringLiteral(" AND m.conversation_id = ?");
        params << conversationId;
    }
    sql += QStringLiteral(" ORDER BY m.created_at DESC, m.seq DESC LIMIT ?");
    params << limit;
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<QJsonObject> rows;
    while (q.value().next())
        rows.append({{QStringLiteral("messageId"), q.value().value(0).toString()},
                     {QStringLiteral("conversationId"), q.value().value(1).toString()},
                     {QStringLiteral("seq"), q.value().value(2).toLongLong()},
                     {QStringLiteral("authorId"), q.value().value(3).toString()},
                     {QStringLiteral("createdAt"), q.value().value(4).toLongLong()},
                     {QStringLiteral("snippet"), q.value().value(5).toString()}});
    QJsonArray out;
    for (QJsonObject row : rows) {
        row.insert(QStringLiteral("author"),
                   party(row.take(QStringLiteral("authorId")).toString()));
        out.append(row);
    }
    return QJsonObject{{QStringLiteral("results"), out}};
}

} // namespace azc::messaging
