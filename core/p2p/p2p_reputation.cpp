// Reputation: what a counterparty can know of a trader before trading —
// completed trades, how often they finish what they start, how fast they
// release, and what others said (one feedback per party per completed trade).

#include "identity/user_directory.h"
#include "p2p/p2p_rows.h"
#include "storage/database.h"
#include "wallet/wallet_service.h"

namespace azc::p2p {

namespace {

// "?, ?, ?" for an IN list.
QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList variants(const QStringList &ids)
{
    QVariantList out;
    for (const QString &id : ids)
        out << id;
    return out;
}

} // namespace

QJsonObject P2PService::Reputation::json() const
{
    QString rate;
    if (const qint64 finished = completed + failedAsBuyer; finished > 0) {
        // Permille, rounded half up, shown with one decimal: 2 of 3 → "66.7".
        const qint64 permille = (completed * 2000 + finished) / (finished * 2);
        rate = QStringLiteral("%1.%2").arg(permille / 10).arg(permille % 10);
    }
    return {{QStringLiteral("completedTrades"), completed},
            {QStringLiteral("completionRate"), rate},
            {QStringLiteral("avgReleaseSeconds"), releases > 0 ? (releaseMsTotal / releases + 500) / 1000 : qint64(-1)},
            {QStringLiteral("positive"), positive},
            {QStringLiteral("negative"), negative}};
}

QHash<QString, P2PService::Reputation> P2PService::reputations(const QStringList &userIds)
{
    QHash<QString, Reputation> out;
    if (userIds.isEmpty())
        return out;
    const QString in = placeholders(userIds.size());
    const QVariantList ids = variants(userIds);
    auto each = [this](const QString &sql, const QVariantList &params, auto apply) {
        auto q = s.db.exec(sql, params);
        while (q && q.value().next())
            apply(q.value());
    };
    each(QStringLiteral("SELECT u, COUNT(*) FROM (SELECT buyer_id AS u FROM p2p_trades WHERE outcome = 'released'"
                        " UNION ALL SELECT seller_id AS u FROM p2p_trades WHERE outcome = 'released') done"
                        " WHERE u IN (%1) GROUP BY u").arg(in),
         ids, [&out](const QSqlQuery &r) { out[r.value(0).toString()].completed = r.value(1).toLongLong(); });
    each(QStringLiteral("SELECT buyer_id, COUNT(*) FROM p2p_trades WHERE outcome IN ('cancelled', 'expired', 'refunded')"
                        " AND buyer_id IN (%1) GROUP BY buyer_id").arg(in),
         ids, [&out](const QSqlQuery &r) { out[r.value(0).toString()].failedAsBuyer = r.value(1).toLongLong(); });
    each(QStringLiteral("SELECT seller_id, SUM(completed_at - paid_at), COUNT(*) FROM p2p_trades WHERE outcome = 'released'"
                        " AND paid_at > 0 AND completed_at >= paid_at AND seller_id IN (%1) GROUP BY seller_id").arg(in),
         ids, [&out](const QSqlQuery &r) {
             Reputation &rep = out[r.value(0).toString()];
             rep.releaseMsTotal = r.value(1).toLongLong();
             rep.releases = r.value(2).toLongLong();
         });
    each(QStringLiteral("SELECT to_id, rating, COUNT(*) FROM p2p_feedback WHERE to_id IN (%1) GROUP BY to_id, rating").arg(in),
         ids, [&out](const QSqlQuery &r) {
             Reputation &rep = out[r.value(0).toString()];
             (r.value(1).toString() == QLatin1String("positive") ? rep.positive : rep.negative) = r.value(2).toLongLong();
         });
    return out;
}

Result<QJsonObject> P2PService::profile(const QString &selfId, const QString &userId, const QString &username)
{
    auto user = !username.isEmpty() ? s.users.byUsername(username) : s.users.byId(userId.isEmpty() ? selfId : userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail("not_found", QStringLiteral("no such user"));
    const QString id = user->value().id;
    QJsonObject p = reputations({id}).value(id).json();
    p.insert(QStringLiteral("user"), s.wallet.party(id));
    p.insert(QStringLiteral("memberSince"), user->value().createdAt);
    QJsonArray feedback;
    auto q = s.db.exec(QStringLiteral("SELECT rating, comment, at, from_id FROM p2p_feedback WHERE to_id = ?"
                                      " ORDER BY at DESC LIMIT 20"),
                       {id});
    if (!q)
        return q.error();
    // Rows first, parties after: another query while iterating a result cuts it short on PostgreSQL.
    QStringList authors;
    while (q.value().next()) {
        feedback.append(QJsonObject{{QStringLiteral("rating"), q.value().value(0).toString()},
                                    {QStringLiteral("comment"), q.value().value(1).toString()},
                                    {QStringLiteral("at"), q.value().value(2).toLongLong()}});
        authors.append(q.value().value(3).toString());
    }
    for (qsizetype i = 0; i < feedback.size(); ++i) {
        QJsonObject f = feedback.at(i).toObject();
        f.insert(QStringLiteral("from"), s.wallet.party(authors.at(i)));
        feedback.replace(i, f);
    }
    p.insert(QStringLiteral("feedback"), feedback);
    return QJsonObject{{QStringLiteral("profile"), p}};
}

Result<QJsonObject> P2PService::feedback(const server::Caller &caller, const QString &tradeId, const QString &rating,
                                         const QString &comment)
{
    if (rating != QLatin1String("positive") && rating != QLatin1String("negative"))
        return fail("invalid_params", QStringLiteral("rating is positive or negative"), {{QStringLiteral("field"), QStringLiteral("rating")}});
    auto t = tradeRow(tradeId);
    if (!t || (t->buyerId != caller.userId && t->sellerId != caller.userId))
        return fail("not_found", QStringLiteral("no such trade"), {{QStringLiteral("field"), QStringLiteral("tradeId")}});
    if (t->outcome != QLatin1String("released"))
        return fail("invalid_state", QStringLiteral("feedback is for completed trades"),
                    {{QStringLiteral("detail"), QStringLiteral("not_completed")}});
    const QString other = caller.userId == t->buyerId ? t->sellerId : t->buyerId;
    // The primary key (trade, author) makes a second one fail even when two arrive at once.
    auto known = s.db.scalar(QStringLiteral("SELECT rating FROM p2p_feedback WHERE trade_id = ? AND from_id = ?"),
                             {tradeId, caller.userId});
    if (!known)
        return known.error();
    if (known->isValid())
        return fail("invalid_state", QStringLiteral("you already rated this trade"),
                    {{QStringLiteral("detail"), QStringLiteral("already_rated")}});
    if (auto w = s.db.exec(QStringLiteral("INSERT INTO p2p_feedback (trade_id, from_id, to_id, rating, comment, at)"
                                          " VALUES (?, ?, ?, ?, ?, ?)"),
                           {tradeId, caller.userId, other, rating, comment.trimmed(), s.clock.nowMs()});
        !w)
        return w.error();
    tradeChanged(t.value(), QStringLiteral("feedback"), caller.userId);
    return QJsonObject{{QStringLiteral("trade"), tradeJson(t.value(), false, caller.userId)}};
}

} // namespace azc::p2p
