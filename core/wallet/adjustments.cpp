#include "wallet/adjustments.h"

#include "audit/audit_log.h"
#include "crypto/secure_random.h"
#include "identity/user_directory.h"
#include "notify/notification_service.h"
#include "server/own_case.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QJsonArray>

namespace azc::wallet {

using ledger::AccountKind;

struct Adjustments::Row {
    QString id, target, userId, houseKind, asset;
    Amount amount;
    QString reason, status, requestedBy, decidedBy, decisionReason, operationId;
    qint64 createdAt = 0, decidedAt = 0;
};

namespace {

const QString kColumns = QStringLiteral("id, target, user_id, house_kind, asset, amount, reason, status, requested_by,"
                                        " decided_by, decision_reason, operation_id, created_at, decided_at");

std::optional<AccountKind> houseKindOf(const QString &name)
{
    for (AccountKind k : {AccountKind::Treasury, AccountKind::HotWallet, AccountKind::Provider})
        if (ledger::accountKindName(k) == name)
            return k;
    return std::nullopt;
}

} // namespace

Adjustments::Adjustments(storage::Database &db, WalletService &wallet, identity::UserDirectory &users,
                         audit::AuditLog &audit, notify::NotificationService &notifications, const Clock &clock)
    : m_db(db), m_wallet(wallet), m_users(users), m_audit(audit), m_notifications(notifications), m_clock(clock)
{
}

Result<Adjustments::Row> Adjustments::load(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM wallet_adjustments WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return fail("not_found", QStringLiteral("no such adjustment"));
    const QSqlQuery &r = q.value();
    return Row{r.value(0).toString(),  r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
               r.value(4).toString(),  amountFromUnitsText(r.value(5).toString()), r.value(6).toString(),
               r.value(7).toString(),  r.value(8).toString(), r.value(9).toString(), r.value(10).toString(),
               r.value(11).toString(), r.value(12).toLongLong(), r.value(13).toLongLong()};
}

QJsonObject Adjustments::toJson(const Row &row)
{
    auto asset = m_wallet.ledger().asset(row.asset);
    const int d = asset ? asset->decimals : 0;
    const QJsonObject user = row.userId.isEmpty() ? QJsonObject() : m_wallet.party(row.userId);
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("target"), row.target},
            {QStringLiteral("userId"), row.userId},
            {QStringLiteral("username"), user.value(QStringLiteral("username"))},
            {QStringLiteral("houseKind"), row.houseKind},
            {QStringLiteral("asset"), row.asset},
            {QStringLiteral("decimals"), d},
            {QStringLiteral("amount"), row.amount.toString(d)},
            {QStringLiteral("reason"), row.reason},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("requestedBy"), m_wallet.party(row.requestedBy)},
            {QStringLiteral("decidedBy"), row.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(m_wallet.party(row.decidedBy))},
            {QStringLiteral("decisionReason"), row.decisionReason},
            {QStringLiteral("operationId"), row.operationId},
            {QStringLiteral("createdAt"), row.createdAt},
            {QStringLiteral("decidedAt"), row.decidedAt}};
}

Result<QJsonObject> Adjustments::request(const server::Caller &admin, const AdjustmentRequest &req)
{
    Row row;
    row.id = crypto::randomId();
    row.target = req.target;
    auto asset = m_wallet.ledger().asset(req.asset);
    if (!asset)
        return asset.error();
    row.asset = asset->code;
    auto amount = parseAmount(req.amount, asset->decimals, Sign::NonZero);
    if (!amount)
        return amount.error();
    row.amount = amount.value();
    if (req.target == QLatin1String("user")) {
        auto u = m_users.byUsername(req.username.trimmed().toLower());
        if (!u)
            return u.error();
        if (!u.value())
            return fail("not_found", QStringLiteral("there is no user named ") + req.username,
                        {{QStringLiteral("field"), QStringLiteral("username")}});
        row.userId = u.value()->id;
        if (auto own = server::refuseOwnCase(admin.userId, {row.userId}); !own)
            return own.error(); // nobody adjusts their own balance, even for a second admin to approve
    } else if (req.target == QLatin1String("house")) {
        if (!houseKindOf(req.houseKind))
            return fail("invalid_params", QStringLiteral("houseKind must be treasury, hot_wallet or provider"),
                        {{QStringLiteral("field"), QStringLiteral("houseKind")}});
        row.houseKind = req.houseKind;
    } else {
        return fail("invalid_params", QStringLiteral("target must be user or house"), {{QStringLiteral("field"), QStringLiteral("target")}});
    }
    row.reason = req.reason.trimmed();
    row.status = QStringLiteral("pending");
    row.requestedBy = admin.userId;
    row.createdAt = m_clock.nowMs();
    storage::Transaction tx(m_db);
    auto r = m_db.exec(QStringLiteral("INSERT INTO wallet_adjustments (") + kColumns
                           + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', ?, 0)"),
                       {row.id, row.target, row.userId, row.houseKind, row.asset, row.amount.unitsText(), row.reason,
                        row.status, row.requestedBy, row.createdAt});
    if (!r)
        return r.error();
    const QJsonObject json = toJson(row);
    if (auto s = m_audit.record(admin.userId, QStringLiteral("treasury.adjustment.requested"), row.id, json); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("adjustment"), json}};
}

Result<QJsonObject> Adjustments::list(const QString &status, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM wallet_adjustments WHERE status = ? ORDER BY created_at DESC, id LIMIT ?"),
                       {status, limit});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids.append(q.value().value(0).toString());
    QJsonArray out;
    for (const QString &id : ids) {
        auto row = load(id);
        if (!row)
            return row.error();
        out.append(toJson(row.value()));
    }
    return QJsonObject{{QStringLiteral("adjustments"), out}};
}

Result<QString> Adjustments::targetAccount(const Row &row)
{
    ledger::AccountKey key{row.userId, row.asset, AccountKind::Available, {}};
    if (row.target == QLatin1String("house"))
        key = {{}, row.asset, *houseKindOf(row.houseKind), {}};
    auto acc = m_wallet.ledger().account(key);
    if (!acc)
        return acc.error();
    return acc->id;
}

void Adjustments::approve(const server::Caller &admin, const QString &adjustmentId, server::Reply reply)
{
    auto row = load(adjustmentId);
    if (!row)
        return reply(row.error());
    // A repeat of your own approval (a retry after a lost answer) gets the
    // same answer; anything else about a decided adjustment is refused.
    if (row->status == QLatin1String("approved") && row->decidedBy == admin.userId)
        return reply(QJsonObject{{QStringLiteral("adjustment"), toJson(row.value())}});
    if (row->status != QLatin1String("pending"))
        return reply(fail("invalid_state", QStringLiteral("the adjustment is already ") + row->status));
    if (row->requestedBy == admin.userId)
        return reply(fail("invalid_state", QStringLiteral("another admin must approve an adjustment you requested (four eyes)")));
    if (auto own = server::refuseOwnCase(admin.userId, {row->userId}); !own)
        return reply(own.error());
    auto target = targetAccount(row.value());
    if (!target)
        return reply(target.error());
    auto world = m_wallet.ledger().account({{}, row->asset, AccountKind::World, QStringLiteral("adjustment")});
    if (!world)
        return reply(world.error());
    const bool credit = !row->amount.isNegative();
    const Amount magnitude = credit ? row->amount : *row->amount.checkedNegate();

    ledger::OperationRequest op;
    op.actorId = QStringLiteral("treasury");
    op.idempotencyKey = QStringLiteral("adjustment:") + row->id;
    op.fingerprint = row->id;
    op.code = QStringLiteral("treasury.adjustment");
    op.transfers = {credit ? ledger::TransferSpec{world->id, target.value(), magnitude, QStringLiteral("adjustment")}
                           : ledger::TransferSpec{target.value(), world->id, magnitude, QStringLiteral("adjustment")}};
    op.result = {{QStringLiteral("adjustmentId"), row->id}, {QStringLiteral("reason"), row->reason}};
    const Row pending = row.value();
    const QString adminId = admin.userId;
    m_wallet.ledger().submit(std::move(op), [this, pending, adminId, reply](const Result<QJsonObject> &r) {
        if (!r)
            return reply(r.error());
        Row decided = pending;
        decided.status = QStringLiteral("approved");
        decided.decidedBy = adminId;
        decided.decidedAt = m_clock.nowMs();
        decided.operationId = r->value(QStringLiteral("operationId")).toString();
        storage::Transaction tx(m_db);
        auto u = m_db.exec(QStringLiteral("UPDATE wallet_adjustments SET status = 'approved', decided_by = ?, decided_at = ?,"
                                          " operation_id = ? WHERE id = ? AND status = 'pending'"),
                           {decided.decidedBy, decided.decidedAt, decided.operationId, decided.id});
        if (!u)
            return reply(u.error());
        if (u->numRowsAffected() == 0) { // approved concurrently by someone else: report what is stored
            (void)tx.commit();
            auto stored = load(decided.id);
            return stored ? reply(QJsonObject{{QStringLiteral("adjustment"), toJson(stored.value())}}) : reply(stored.error());
        }
        const QJsonObject json = toJson(decided);
        if (auto s = m_audit.record(adminId, QStringLiteral("treasury.adjustment.approved"), decided.id, json); !s)
            return reply(s.error());
        if (auto s = tx.commit(); !s)
            return reply(s.error());
        if (!decided.userId.isEmpty()) {
            m_notifications.queue(decided.userId, QStringLiteral("wallet.adjusted"),
                                  QStringLiteral("Your %1 balance was adjusted by %2")
                                      .arg(decided.asset, json.value(QStringLiteral("amount")).toString()),
                                  decided.reason, {{QStringLiteral("operationId"), decided.operationId}});
            m_wallet.announceBalance(decided.userId, decided.asset);
        }
        reply(QJsonObject{{QStringLiteral("adjustment"), json}});
    });
}

Result<QJsonObject> Adjustments::reject(const server::Caller &admin, const QString &adjustmentId, const QString &reason)
{
    auto row = load(adjustmentId);
    if (!row)
        return row.error();
    if (row->status != QLatin1String("pending"))
        return fail("invalid_state", QStringLiteral("the adjustment is already ") + row->status);
    Row decided = row.value();
    decided.status = QStringLiteral("rejected");
    decided.decidedBy = admin.userId;
    decided.decisionReason = reason.trimmed();
    decided.decidedAt = m_clock.nowMs();
    storage::Transaction tx(m_db);
    auto u = m_db.exec(QStringLiteral("UPDATE wallet_adjustments SET status = 'rejected', decided_by = ?, decision_reason = ?,"
                                      " decided_at = ? WHERE id = ? AND status = 'pending'"),
                       {decided.decidedBy, decided.decisionReason, decided.decidedAt, decided.id});
    if (!u)
        return u.error();
    if (u->numRowsAffected() == 0)
        return fail("invalid_state", QStringLiteral("the adjustment was decided meanwhile"));
    const QJsonObject json = toJson(decided);
    if (auto s = m_audit.record(admin.userId, QStringLiteral("treasury.adjustment.rejected"), decided.id, json); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("adjustment"), json}};
}

} // namespace azc::wallet
