#include "exchange/desk/hedge_log.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcHedges, "azc.desk.hedges")

namespace azc::desk {

HedgeLog::HedgeLog(storage::Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QString> HedgeLog::open(const HedgeRequest &r)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = m_clock.nowMs();
    auto w = m_db.exec(QStringLiteral("INSERT INTO desk_hedges (id, flow, ref, user_id, provider, symbol, side, requested,"
                                      " status, executed_qty, quote_qty, provider_order_id, error, created_at, updated_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'sent', '', '', '', '', ?, ?)"),
                       {id, r.flow, r.ref, r.userId, r.provider, r.symbol,
                        r.side == provider::Side::Buy ? QStringLiteral("buy") : QStringLiteral("sell"), r.requested, now, now});
    if (!w)
        return w.error();
    return id;
}

void HedgeLog::finish(const QString &id, const provider::OrderResult &result)
{
    update(id, provider::orderStatusName(result.status), result.executedQty.toString(),
           result.cummulativeQuoteQty.toString(), QString::number(result.orderId), {});
}

void HedgeLog::fail(const QString &id, const Error &error)
{
    update(id, QStringLiteral("failed"), QStringLiteral("0"), QStringLiteral("0"), {}, error.reason);
}

void HedgeLog::update(const QString &id, const QString &status, const QString &executed, const QString &quote,
                      const QString &orderId, const QString &error)
{
    auto w = m_db.exec(QStringLiteral("UPDATE desk_hedges SET status = ?, executed_qty = ?, quote_qty = ?,"
                                      " provider_order_id = ?, error = ?, updated_at = ? WHERE id = ?"),
                       {status, executed, quote, orderId, error, m_clock.nowMs(), id});
    if (!w)
        qCWarning(lcHedges) << "cannot record the outcome of hedge" << id << w.error().message;
}

Result<QJsonObject> HedgeLog::list(int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, flow, ref, user_id, provider, symbol, side, requested, status,"
                                      " executed_qty, quote_qty, provider_order_id, error, created_at, updated_at"
                                      " FROM desk_hedges ORDER BY created_at DESC, id LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    static const char *const names[] = {"id",       "flow",        "ref",      "userId",          "provider",
                                        "symbol",   "side",        "requested", "status",         "executedQty",
                                        "quoteQty", "providerOrderId", "error", "at",             "updatedAt"};
    QJsonArray out;
    while (q.value().next()) {
        QJsonObject row;
        for (int i = 0; i < 15; ++i)
            row.insert(QLatin1String(names[i]), i >= 13 ? QJsonValue(q.value().value(i).toLongLong())
                                                         : QJsonValue(q.value().value(i).toString()));
        out.append(row);
    }
    return QJsonObject{{QStringLiteral("hedges"), out}};
}

} // namespace azc::desk
