#include "custody/withdrawals.h"

#include "audit/audit_log.h"
#include "chain/erc20_abi.h"
#include "chain/evm_quantity.h"
#include "chaincrypto/eth_address.h"
#include "crypto/secure_random.h"
#include "custody/custody_hex.h"
#include "custody/address_book.h"
#include "custody/custody_accounts.h"
#include "custody/custody_keys.h"
#include "custody/networks.h"
#include "custody/outbox.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "server/own_case.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>

namespace azc::custody {

using wallet::amountFromUnitsText;
using wallet::parseAmount;
using wallet::Sign;

namespace {

const QString kWithdrawalColumns = QStringLiteral(
        "id, user_id, network_id, asset, address, amount, fee, hold_id, status, approvals_needed, tx_id, reason,"
        " idempotency_key, fingerprint, created_at, updated_at");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QString kCountsTowardLimit = QStringLiteral("status NOT IN ('rejected', 'cancelled', 'failed')");

} // namespace

struct Withdrawals::Row {
    QString id, userId, networkId, asset;
    QByteArray address;
    Amount amount, fee;
    QString holdId, status;
    int approvalsNeeded = 1;
    QString txId, reason, idempotencyKey, fingerprint;
    qint64 createdAt = 0, updatedAt = 0;
};

struct Withdrawals::Planned {
    const Network *network = nullptr;
    NetworkAsset asset;
    Amount amount, fee, total;
    QByteArray address;
    Amount perWithdrawal, dailyRemaining, twoFactorAbove;
    int approvalsNeeded = 1;
    std::optional<identity::User> secondFactorOf; // whose code the ledger checks last
};

Result<QList<Withdrawals::Row>> Withdrawals::select(const QString &where, const QVariantList &params)
{
    auto q = m.db.exec(QStringLiteral("SELECT ") + kWithdrawalColumns + QStringLiteral(" FROM chain_withdrawals WHERE ") + where,
                       params);
    if (!q)
        return q.error();
    QList<Row> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Row row;
        row.id = r.value(0).toString();
        row.userId = r.value(1).toString();
        row.networkId = r.value(2).toString();
        row.asset = r.value(3).toString();
        row.address = QByteArray::fromHex(r.value(4).toString().toLatin1());
        row.amount = amountFromUnitsText(r.value(5).toString());
        row.fee = amountFromUnitsText(r.value(6).toString());
        row.holdId = r.value(7).toString();
        row.status = r.value(8).toString();
        row.approvalsNeeded = r.value(9).toInt();
        row.txId = r.value(10).toString();
        row.reason = r.value(11).toString();
        row.idempotencyKey = r.value(12).toString();
        row.fingerprint = r.value(13).toString();
        row.createdAt = r.value(14).toLongLong();
        row.updatedAt = r.value(15).toLongLong();
        out.append(row);
    }
    return out;
}

Result<Withdrawals::Row> Withdrawals::load(const QString &id)
{
    auto rows = select(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("no such withdrawal"));
    return rows->first();
}

Result<QJsonObject> Withdrawals::setLimit(const server::Caller &admin, const QString &assetCode, int tier,
                                          const QString &perWithdrawal, const QString &daily,
                                          const QString &twoFactorAbove)
{
    auto asset = m.ledger.asset(assetCode);
    if (!asset)
        return fail("unknown_asset", QStringLiteral("no asset %1").arg(assetCode));
    const int d = asset->decimals;
    auto per = parseAmount(perWithdrawal, d, Sign::NonNegative, QStringLiteral("perWithdrawal"));
    auto day = parseAmount(daily, d, Sign::NonNegative, QStringLiteral("daily"));
    auto tfa = parseAmount(twoFactorAbove, d, Sign::NonNegative, QStringLiteral("twoFactorAbove"));
    for (const auto *r : {&per, &day, &tfa})
        if (!*r)
            return r->error();
    storage::Transaction tx(m.db);
    if (!m.db.exec(QStringLiteral("DELETE FROM chain_withdraw_limits WHERE asset = ? AND tier = ?"), {assetCode, tier}))
        return fail("storage_error", QStringLiteral("cannot write the limit"));
    auto w = m.db.exec(QStringLiteral("INSERT INTO chain_withdraw_limits (asset, tier, per_withdrawal, daily, two_factor_above)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {assetCode, tier, per->unitsText(), day->unitsText(), tfa->unitsText()});
    if (!w)
        return w.error();
    const QJsonObject limit{{QStringLiteral("asset"), assetCode}, {QStringLiteral("tier"), tier},
                            {QStringLiteral("perWithdrawal"), per->toString(d)}, {QStringLiteral("daily"), day->toString(d)},
                            {QStringLiteral("twoFactorAbove"), tfa->toString(d)}};
    if (auto a = m.audit.record(admin.userId, QStringLiteral("custody.setWithdrawLimit"), assetCode, limit); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return QJsonObject{{QStringLiteral("limit"), limit}};
}

Result<QJsonObject> Withdrawals::limits(const server::Caller &caller)
{
    auto q = m.db.exec(QStringLiteral("SELECT asset, per_withdrawal, daily, two_factor_above FROM chain_withdraw_limits"
                                      " WHERE tier = ? ORDER BY asset"),
                       {caller.kycTier});
    if (!q)
        return q.error();
    QList<QStringList> rows; // read out first: no other query while this one is open (PostgreSQL)
    while (q.value().next())
        rows.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                     q.value().value(3).toString()});
    QJsonArray out;
    for (const QStringList &row : rows) {
        auto asset = m.ledger.asset(row.at(0));
        const int d = asset ? asset->decimals : 0;
        out.append(QJsonObject{{QStringLiteral("asset"), row.at(0)}, {QStringLiteral("tier"), caller.kycTier},
                               {QStringLiteral("perWithdrawal"), amountFromUnitsText(row.at(1)).toString(d)},
                               {QStringLiteral("daily"), amountFromUnitsText(row.at(2)).toString(d)},
                               {QStringLiteral("twoFactorAbove"), amountFromUnitsText(row.at(3)).toString(d)}});
    }
    return QJsonObject{{QStringLiteral("tier"), caller.kycTier}, {QStringLiteral("limits"), out}};
}

Result<Withdrawals::Planned> Withdrawals::plan(const server::Caller &caller, const WithdrawRequest &r, bool forQuote)
{
    Planned p;
    auto network = m.networks.require(r.network);
    if (!network)
        return network.error();
    if (!network.value()->enabled)
        return fail("invalid_state", QStringLiteral("withdrawals on %1 are paused").arg(r.network),
                    {{QStringLiteral("detail"), QStringLiteral("network_disabled")}});
    p.network = network.value();
    const NetworkAsset *asset = p.network->asset(r.asset);
    if (!asset)
        return fail("unknown_asset", QStringLiteral("%1 cannot be withdrawn on %2").arg(r.asset, r.network));
    p.asset = *asset;
    const int d = asset->decimals;
    auto amount = parseAmount(r.amount, d, Sign::Positive);
    if (!amount)
        return amount.error();
    p.amount = amount.value();
    if (p.amount < asset->minWithdrawal)
        return fail("invalid_amount",
                    QStringLiteral("the smallest withdrawal is %1 %2").arg(asset->minWithdrawal.toString(d), r.asset),
                    {{QStringLiteral("detail"), QStringLiteral("below_minimum")},
                     {QStringLiteral("minimum"), asset->minWithdrawal.toString(d)}});
    auto address = chain::parseAddress(r.address.trimmed());
    if (!address) {
        Error e = address.error();
        e.data.insert(QStringLiteral("field"), QStringLiteral("address"));
        return e;
    }
    p.address = address.value();
    // Coins sent to the hot wallet would come back unbooked; the zero address burns them.
    if (p.address == m.hotWallet || p.address.count('\0') == 20)
        return fail("invalid_address", QStringLiteral("this address cannot receive withdrawals"),
                    {{QStringLiteral("field"), QStringLiteral("address")}});
    p.fee = asset->withdrawalFee;
    auto total = p.amount.checkedAdd(p.fee);
    if (!total)
        return fail("invalid_amount", QStringLiteral("the amount is out of range"));
    p.total = *total;

    auto rule = m.db.exec(QStringLiteral("SELECT per_withdrawal, daily, two_factor_above FROM chain_withdraw_limits"
                                         " WHERE asset = ? AND tier = ?"),
                          {r.asset, caller.kycTier});
    if (!rule)
        return rule.error();
    if (!rule.value().next())
        return fail("limit_exceeded", QStringLiteral("your verification level may not withdraw %1").arg(r.asset),
                    {{QStringLiteral("limit"), QStringLiteral("0")}, {QStringLiteral("remaining"), QStringLiteral("0")}});
    p.perWithdrawal = amountFromUnitsText(rule.value().value(0).toString());
    const Amount daily = amountFromUnitsText(rule.value().value(1).toString());
    p.twoFactorAbove = amountFromUnitsText(rule.value().value(2).toString());
    auto recent = m.db.exec(QStringLiteral("SELECT amount FROM chain_withdrawals WHERE user_id = ? AND asset = ?"
                                           " AND created_at > ? AND ") + kCountsTowardLimit,
                            {caller.userId, r.asset, m.clock.nowMs() - kDayMs});
    if (!recent)
        return recent.error();
    Amount used;
    while (recent.value().next())
        used = used.checkedAdd(amountFromUnitsText(recent.value().value(0).toString())).value_or(Amount::max());
    p.dailyRemaining = daily > used ? *daily.checkedSub(used) : Amount();
    if (p.amount > p.perWithdrawal)
        return fail("limit_exceeded", QStringLiteral("at most %1 %2 per withdrawal").arg(p.perWithdrawal.toString(d), r.asset),
                    {{QStringLiteral("limit"), p.perWithdrawal.toString(d)}, {QStringLiteral("remaining"), p.perWithdrawal.toString(d)}});
    if (p.amount > p.dailyRemaining)
        return fail("limit_exceeded", QStringLiteral("at most %1 %2 more in the next 24 hours").arg(p.dailyRemaining.toString(d), r.asset),
                    {{QStringLiteral("limit"), daily.toString(d)}, {QStringLiteral("remaining"), p.dailyRemaining.toString(d)}});
    p.approvalsNeeded = !asset->dualApprovalAbove.isZero() && p.amount > asset->dualApprovalAbove ? 2 : 1;
    if (forQuote)
        return p;

    if (auto entry = m.book.usable(caller.userId, r.network, p.address); !entry)
        return entry.error();
    if (p.amount > p.twoFactorAbove) {
        const QJsonObject data{{QStringLiteral("twoFactorAbove"), p.twoFactorAbove.toString(d)}};
        auto me = m.users.require(caller.userId);
        if (!me)
            return me.error();
        if (me->totpSecret.isEmpty())
            return fail("two_factor_required",
                        QStringLiteral("turn on two-factor authentication to withdraw more than %1 %2")
                                .arg(p.twoFactorAbove.toString(d), r.asset), data);
        if (r.twoFactorCode.isEmpty())
            return fail("two_factor_required", QStringLiteral("enter the code from your authenticator app"), data);
        // Checked by the ledger once the hold would succeed (request()).
        p.secondFactorOf = me.value();
    }
    return p;
}

Result<QJsonObject> Withdrawals::quote(const server::Caller &caller, const WithdrawRequest &r)
{
    auto p = plan(caller, r, true);
    if (!p)
        return p.error();
    const int d = p->asset.decimals;
    return QJsonObject{{QStringLiteral("network"), r.network},
                       {QStringLiteral("asset"), r.asset},
                       {QStringLiteral("decimals"), d},
                       {QStringLiteral("amount"), p->amount.toString(d)},
                       {QStringLiteral("fee"), p->fee.toString(d)},
                       {QStringLiteral("total"), p->total.toString(d)},
                       {QStringLiteral("address"), chain::toChecksumAddress(p->address)},
                       {QStringLiteral("needsTwoFactor"), p->amount > p->twoFactorAbove},
                       {QStringLiteral("approvalsNeeded"), p->approvalsNeeded},
                       {QStringLiteral("dailyRemaining"), p->dailyRemaining.toString(d)}};
}

void Withdrawals::request(const server::Caller &caller, const WithdrawRequest &r, server::Reply reply)
{
    // The fingerprint is the request's meaning; a retry may carry a fresh 2FA code.
    const auto normalized = Amount::parse(r.amount, Amount::kMaxDecimals);
    const QString fingerprint = QStringList{r.network, r.asset, normalized ? normalized->unitsText() : r.amount,
                                            r.address.trimmed().toLower()}.join(u'\n');
    auto prior = select(QStringLiteral("user_id = ? AND idempotency_key = ?"), {caller.userId, r.idempotencyKey});
    if (!prior)
        return reply(prior.error());
    const QString waitKey = caller.userId + u'/' + r.idempotencyKey;
    if (!prior->isEmpty()) {
        if (prior->first().fingerprint != fingerprint)
            return reply(fail("idempotency_conflict", QStringLiteral("this key was used for a different request")));
        if (auto waiting = m_waiting.find(waitKey); waiting != m_waiting.end())
            return waiting->append(std::move(reply)); // answered with the first one's result
        return reply(QJsonObject{{QStringLiteral("withdrawal"), toJson(prior->first(), false)}});
    }
    auto p = plan(caller, r, false);
    if (!p)
        return reply(p.error());

    // The row exists (status "holding") before the hold, so concurrent requests count it
    // against the daily limit; it goes away again if the hold is refused.
    Row row;
    row.id = crypto::randomId();
    row.userId = caller.userId;
    row.networkId = r.network;
    row.asset = r.asset;
    row.address = p->address;
    row.amount = p->amount;
    row.fee = p->fee;
    row.status = QStringLiteral("holding");
    row.approvalsNeeded = p->approvalsNeeded;
    row.idempotencyKey = r.idempotencyKey;
    row.fingerprint = fingerprint;
    row.createdAt = row.updatedAt = m.clock.nowMs();
    auto ins = m.db.exec(QStringLiteral("INSERT INTO chain_withdrawals (") + kWithdrawalColumns
                                 + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {row.id, row.userId, row.networkId, row.asset, hexText(row.address), row.amount.unitsText(),
                          row.fee.unitsText(), QString(), row.status, row.approvalsNeeded, QString(), QString(),
                          row.idempotencyKey, row.fingerprint, row.createdAt, row.updatedAt});
    if (!ins)
        return reply(ins.error());

    m_waiting.insert(waitKey, {std::move(reply)});
    auto answer = [this, waitKey](const Result<QJsonObject> &result) {
        const QList<server::Reply> replies = m_waiting.take(waitKey);
        for (const server::Reply &each : replies)
            each(result);
    };
    ledger::OperationRequest op;
    op.actorId = caller.userId;
    op.idempotencyKey = QStringLiteral("withdrawal:") + r.idempotencyKey;
    op.fingerprint = fingerprint;
    op.code = QStringLiteral("custody.withdrawal");
    op.result = {{QStringLiteral("withdrawalId"), row.id}};
    if (p->secondFactorOf)
        op.lastGate = [this, user = *p->secondFactorOf, code = r.twoFactorCode,
                       key = identity::AttemptKey::session(caller.userId, caller.sessionId)] {
            return m.twoFactor.check(user, code, key);
        };
    m.ledger.openHold(std::move(op), caller.userId, r.asset, p->total, QStringLiteral("withdrawal"),
                      [this, row, answer](const Result<QJsonObject> &held) {
                          if (!held) {
                              if (!m.db.exec(QStringLiteral("DELETE FROM chain_withdrawals WHERE id = ?"), {row.id}))
                                  qWarning("custody: cannot drop refused withdrawal %s", qPrintable(row.id));
                              return answer(held.error());
                          }
                          Row requested = row;
                          requested.holdId = held->value(QStringLiteral("holdId")).toString();
                          requested.status = QStringLiteral("requested");
                          auto s = setStatus(requested, requested.status, row.userId, {},
                                             QStringLiteral(", hold_id = ?"), {requested.holdId});
                          if (!s)
                              return answer(s.error());
                          m.wallet.announceBalance(row.userId, row.asset);
                          announce(row.id);
                          answer(QJsonObject{{QStringLiteral("withdrawal"), toJson(requested, false)}});
                      });
}

void Withdrawals::recover()
{
    auto rows = select(QStringLiteral("status = 'holding'"), {});
    if (!rows)
        return;
    for (const Row &row : rows.value()) {
        ledger::OperationRequest op;
        op.actorId = row.userId;
        op.idempotencyKey = QStringLiteral("withdrawal:") + row.idempotencyKey;
        op.fingerprint = row.fingerprint;
        op.code = QStringLiteral("custody.withdrawal");
        op.result = {{QStringLiteral("withdrawalId"), row.id}};
        const Amount total = row.amount.checkedAdd(row.fee).value_or(Amount::max());
        m.ledger.openHold(std::move(op), row.userId, row.asset, total, QStringLiteral("withdrawal"),
                          [this, row](const Result<QJsonObject> &held) {
                              if (!held) {
                                  (void)m.db.exec(QStringLiteral("DELETE FROM chain_withdrawals WHERE id = ?"), {row.id});
                                  return;
                              }
                              Row requested = row;
                              requested.holdId = held->value(QStringLiteral("holdId")).toString();
                              if (setStatus(requested, QStringLiteral("requested"), row.userId, QStringLiteral("recovered after a restart"),
                                            QStringLiteral(", hold_id = ?"), {requested.holdId}))
                                  announce(row.id);
                          });
    }
}

Status Withdrawals::setStatus(const Row &row, const QString &status, const QString &actorId, const QString &note,
                              const QString &extraSql, const QVariantList &extraParams)
{
    storage::Transaction tx(m.db);
    const qint64 now = m.clock.nowMs();
    QVariantList params{status, now};
    params.append(extraParams);
    params.append(row.id);
    auto w = m.db.exec(QStringLiteral("UPDATE chain_withdrawals SET status = ?, updated_at = ?") + extraSql
                               + QStringLiteral(" WHERE id = ?"),
                       params);
    if (!w)
        return w.error();
    auto seq = m.db.scalar(QStringLiteral("SELECT COUNT(*) FROM chain_withdrawal_events WHERE withdrawal_id = ?"), {row.id});
    if (!seq)
        return seq.error();
    auto e = m.db.exec(QStringLiteral("INSERT INTO chain_withdrawal_events (withdrawal_id, seq, status, actor_id, note, at)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {row.id, seq->toInt() + 1, status, actorId, note, now});
    if (!e)
        return e.error();
    return tx.commit();
}

void Withdrawals::announce(const QString &id)
{
    auto row = load(id);
    if (!row)
        return;
    m.bus.publishToUser(row->userId, QStringLiteral("event.withdrawal.changed"),
                        {{QStringLiteral("withdrawal"), toJson(row.value(), false)}});
}

void Withdrawals::cancel(const server::Caller &caller, const QString &id, server::Reply reply)
{
    auto row = load(id);
    if (!row || row->userId != caller.userId)
        return reply(fail("not_found", QStringLiteral("no such withdrawal")));
    if (row->status == QLatin1String("cancelled"))
        return reply(QJsonObject{{QStringLiteral("withdrawal"), toJson(row.value(), false)}});
    if (row->status != QLatin1String("requested"))
        return reply(fail("invalid_state", QStringLiteral("the withdrawal is already ") + row->status));
    release(row.value(), QStringLiteral("cancelled"), caller.userId, QStringLiteral("cancelled by you"), reply);
}

void Withdrawals::reject(const server::Caller &staff, const QString &id, const QString &reason, server::Reply reply)
{
    auto row = load(id);
    if (!row)
        return reply(row.error());
    if (row->status == QLatin1String("rejected"))
        return reply(QJsonObject{{QStringLiteral("withdrawal"), toJson(row.value(), true)}});
    if (row->status != QLatin1String("requested") && row->status != QLatin1String("approved"))
        return reply(fail("invalid_state", QStringLiteral("the withdrawal is already ") + row->status));
    if (auto own = server::refuseOwnCase(staff.userId, {row->userId}); !own)
        return reply(own.error());
    if (auto a = m.audit.record(staff.userId, QStringLiteral("custody.rejectWithdrawal"), id,
                                {{QStringLiteral("reason"), reason}}); !a)
        return reply(a.error());
    release(row.value(), QStringLiteral("rejected"), staff.userId, reason, reply);
}

// Ends a withdrawal that never reached the chain: the status first (so no
// approval or signing can follow), then the hold back to the user.
void Withdrawals::release(const Row &row, const QString &status, const QString &actorId, const QString &reason,
                          server::Reply reply)
{
    if (auto s = setStatus(row, status, actorId, reason, QStringLiteral(", reason = ?"), {reason}); !s)
        return reply(s.error());
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("custody");
    op.idempotencyKey = QStringLiteral("withdrawal-release:") + row.id;
    op.fingerprint = row.id;
    op.code = QStringLiteral("custody.withdrawal.release");
    m.ledger.voidHold(std::move(op), row.holdId, [this, row, status, reason, reply](const Result<QJsonObject> &r) {
        if (!r)
            qWarning("custody: releasing withdrawal %s failed: %s", qPrintable(row.id), qPrintable(r.error().message));
        m.wallet.announceBalance(row.userId, row.asset);
        announce(row.id);
        if (status == QLatin1String("rejected"))
            m.notifications.queue(row.userId, QStringLiteral("withdrawal.rejected"), QStringLiteral("Withdrawal rejected"),
                                  reason, {{QStringLiteral("withdrawalId"), row.id}});
        auto fresh = load(row.id);
        if (!fresh)
            return reply(fresh.error());
        reply(QJsonObject{{QStringLiteral("withdrawal"), toJson(fresh.value(), true)}});
    });
}

void Withdrawals::approve(const server::Caller &staff, const QString &id, server::Reply reply)
{
    auto row = load(id);
    if (!row)
        return reply(row.error());
    auto mine = m.db.scalar(QStringLiteral("SELECT COUNT(*) FROM chain_withdrawal_approvals WHERE withdrawal_id = ?"
                                           " AND approver_id = ?"),
                            {id, staff.userId});
    if (!mine)
        return reply(mine.error());
    if (mine->toInt() > 0) // a repeat of your own approval gets the current state
        return reply(QJsonObject{{QStringLiteral("withdrawal"), toJson(row.value(), true)}});
    if (row->status != QLatin1String("requested"))
        return reply(fail("invalid_state", QStringLiteral("the withdrawal is already ") + row->status));
    if (auto own = server::refuseOwnCase(staff.userId, {row->userId}); !own)
        return reply(own.error());
    if (row->approvalsNeeded > 1 && staff.role != server::Role::Admin)
        return reply(fail("invalid_state", QStringLiteral("withdrawals this large need two admins"),
                          {{QStringLiteral("detail"), QStringLiteral("needs_admin")}}));
    storage::Transaction tx(m.db);
    auto ins = m.db.exec(QStringLiteral("INSERT INTO chain_withdrawal_approvals (withdrawal_id, approver_id, role, at)"
                                        " VALUES (?, ?, ?, ?)"),
                         {id, staff.userId, server::roleName(staff.role), m.clock.nowMs()});
    if (!ins)
        return reply(ins.error());
    auto count = m.db.scalar(QStringLiteral("SELECT COUNT(*) FROM chain_withdrawal_approvals WHERE withdrawal_id = ?"), {id});
    if (!count)
        return reply(count.error());
    const bool enough = count->toInt() >= row->approvalsNeeded;
    auto s = enough ? setStatus(row.value(), QStringLiteral("approved"), staff.userId, {})
                    : setStatus(row.value(), QStringLiteral("requested"), staff.userId,
                                QStringLiteral("first of two approvals"));
    if (!s)
        return reply(s.error());
    if (auto a = m.audit.record(staff.userId, QStringLiteral("custody.approveWithdrawal"), id,
                                {{QStringLiteral("approvals"), count->toInt()}}); !a)
        return reply(a.error());
    if (auto c = tx.commit(); !c)
        return reply(c.error());
    announce(id);
    auto fresh = load(id);
    if (!fresh)
        return reply(fresh.error());
    reply(QJsonObject{{QStringLiteral("withdrawal"), toJson(fresh.value(), true)}});
}

Result<QJsonObject> Withdrawals::list(const QString &userId, int limit)
{
    auto rows = select(QStringLiteral("user_id = ? AND status <> 'holding' ORDER BY created_at DESC LIMIT ?"),
                       {userId, limit});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Row &r : rows.value())
        out.append(toJson(r, false));
    return QJsonObject{{QStringLiteral("withdrawals"), out}};
}

Result<QJsonObject> Withdrawals::get(const server::Caller &caller, const QString &id)
{
    auto row = load(id);
    const bool staff = server::roleAtLeast(caller.role, server::Role::Support);
    if (!row || (!staff && row->userId != caller.userId))
        return fail("not_found", QStringLiteral("no such withdrawal"));
    return QJsonObject{{QStringLiteral("withdrawal"), toJson(row.value(), staff)}};
}

Result<QJsonObject> Withdrawals::queue(int limit)
{
    auto rows = select(QStringLiteral("status IN ('requested', 'approved', 'signed', 'broadcast')"
                                      " ORDER BY created_at LIMIT ?"),
                       {limit});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Row &r : rows.value())
        out.append(toJson(r, true));
    return QJsonObject{{QStringLiteral("withdrawals"), out}};
}

QJsonObject Withdrawals::toJson(const Row &row, bool withUser)
{
    auto asset = m.ledger.asset(row.asset);
    const int d = asset ? asset->decimals : 0;
    QJsonArray approvals;
    if (auto q = m.db.exec(QStringLiteral("SELECT approver_id, role, at FROM chain_withdrawal_approvals"
                                          " WHERE withdrawal_id = ? ORDER BY at"), {row.id})) {
        QList<QJsonObject> rows; // party() queries too: read these out first (PostgreSQL)
        while (q.value().next())
            rows.append({{QStringLiteral("by"), q.value().value(0).toString()},
                         {QStringLiteral("role"), q.value().value(1).toString()},
                         {QStringLiteral("at"), q.value().value(2).toLongLong()}});
        for (QJsonObject &a : rows) {
            a.insert(QStringLiteral("by"), m.wallet.party(a.value(QStringLiteral("by")).toString()));
            approvals.append(a);
        }
    }
    QJsonArray timeline;
    if (auto q = m.db.exec(QStringLiteral("SELECT status, actor_id, note, at FROM chain_withdrawal_events"
                                          " WHERE withdrawal_id = ? ORDER BY seq"), {row.id})) {
        while (q.value().next())
            timeline.append(QJsonObject{{QStringLiteral("status"), q.value().value(0).toString()},
                                        {QStringLiteral("note"), q.value().value(2).toString()},
                                        {QStringLiteral("at"), q.value().value(3).toLongLong()}});
    }
    QJsonObject o{{QStringLiteral("id"), row.id},
                  {QStringLiteral("network"), row.networkId},
                  {QStringLiteral("asset"), row.asset},
                  {QStringLiteral("decimals"), d},
                  {QStringLiteral("amount"), row.amount.toString(d)},
                  {QStringLiteral("fee"), row.fee.toString(d)},
                  {QStringLiteral("total"), row.amount.checkedAdd(row.fee).value_or(Amount()).toString(d)},
                  {QStringLiteral("address"), chain::toChecksumAddress(row.address)},
                  {QStringLiteral("status"), row.status},
                  {QStringLiteral("approvals"), approvals},
                  {QStringLiteral("approvalsNeeded"), row.approvalsNeeded},
                  {QStringLiteral("timeline"), timeline},
                  {QStringLiteral("reason"), row.reason},
                  {QStringLiteral("txHash"), QString()},
                  {QStringLiteral("createdAt"), row.createdAt},
                  {QStringLiteral("updatedAt"), row.updatedAt}};
    if (!row.txId.isEmpty()) {
        if (auto tx = m.outbox.byId(row.txId); tx && tx->has_value()) {
            const OutgoingTx &t = **tx;
            o.insert(QStringLiteral("txHash"), QString(QStringLiteral("0x") + hexText(t.hash)));
            o.insert(QStringLiteral("nonce"), qint64(t.nonce));
            if (const Network *n = m.networks.find(row.networkId); n && t.blockNumber > 0 && n->status.head >= t.blockNumber) {
                o.insert(QStringLiteral("confirmations"), qint64(n->status.head - t.blockNumber + 1));
                o.insert(QStringLiteral("required"), n->confirmations);
            }
        }
    }
    if (withUser)
        o.insert(QStringLiteral("user"), m.wallet.party(row.userId));
    return o;
}

void Withdrawals::send(const Network &network, std::function<void()> done)
{
    auto rows = select(QStringLiteral("network_id = ? AND status = 'approved' ORDER BY created_at"), {network.id});
    if (!rows || rows->isEmpty())
        return done();
    // One at a time: every withdrawal spends the hot wallet's next nonce.
    const Row row = rows->first();
    const NetworkAsset *asset = network.asset(row.asset);
    if (!asset)
        return done();
    TxSpec spec;
    spec.purpose = QStringLiteral("withdrawal");
    spec.refId = row.id;
    spec.signerPath = CustodyKeys::hotWalletPath();
    spec.from = m.hotWallet;
    spec.asset = row.asset;
    spec.amount = row.amount;
    if (asset->isNative()) {
        spec.to = row.address;
        spec.value = chain::fromAmount(row.amount);
        spec.gasLimit = 21000;
    } else {
        auto data = chain::erc20::transferCall(row.address, chain::fromAmount(row.amount));
        if (!data)
            return done();
        spec.to = asset->contract;
        spec.data = data.value();
        spec.gasLimit = 100000;
    }
    auto markSigned = [this, row](const OutgoingTx &tx) -> Status {
        auto w = m.db.exec(QStringLiteral("UPDATE chain_withdrawals SET tx_id = ? WHERE id = ? AND status = 'approved'"),
                           {tx.id, row.id});
        if (!w)
            return w.error();
        if (w.value().numRowsAffected() != 1)
            return fail("invalid_state", QStringLiteral("the withdrawal changed while it was being signed"));
        return setStatus(row, QStringLiteral("signed"), QStringLiteral("custody"), {});
    };
    m.outbox.prepare(network, spec, markSigned, [this, row, done](Result<OutgoingTx> r) {
        if (!r)
            qWarning("custody: withdrawal %s not signed: %s", qPrintable(row.id), qPrintable(r.error().message));
        else
            announce(row.id);
        done();
    });
}

void Withdrawals::sync(const QString &networkId)
{
    auto rows = select(QStringLiteral("network_id = ? AND status = 'signed' AND tx_id IN"
                                      " (SELECT id FROM chain_txs WHERE status <> 'signed')"),
                       {networkId});
    if (!rows)
        return;
    for (const Row &row : rows.value()) {
        if (setStatus(row, QStringLiteral("broadcast"), QStringLiteral("custody"), {}))
            announce(row.id);
    }
}

void Withdrawals::book(const OutgoingTx &tx, const QString &nativeAsset, std::function<void(bool)> done)
{
    auto loaded = load(tx.refId);
    if (!loaded)
        return done(false);
    const Row row = loaded.value();
    const bool confirmed = tx.status == QLatin1String("confirmed");
    const QString net = tx.networkId;
    auto world = m.ledger.account(accounts::world(row.asset, net));
    auto fees = m.ledger.account(accounts::withdrawalFees(row.asset));
    auto hotAsset = m.ledger.account(accounts::hot(row.asset, net));
    auto hotNative = m.ledger.account(accounts::hot(nativeAsset, net));
    auto gasSink = m.ledger.account(accounts::gas(nativeAsset, net));
    if (!world || !fees || !hotAsset || !hotNative || !gasSink)
        return done(false);
    QList<ledger::TransferSpec> custody;
    if (confirmed)
        custody.append({hotAsset->id, world->id, row.amount, QStringLiteral("withdrawal.custody")});
    if (!tx.gasCost.isZero())
        custody.append({hotNative->id, gasSink->id, tx.gasCost, QStringLiteral("gas")});

    auto finish = [this, row, tx, confirmed, done](const Result<QJsonObject> &r) {
        if (!r) {
            qWarning("custody: booking withdrawal %s failed: %s", qPrintable(row.id), qPrintable(r.error().message));
            return done(false);
        }
        const QString status = confirmed ? QStringLiteral("confirmed") : QStringLiteral("failed");
        const QString note = confirmed ? QString() : QStringLiteral("the transaction failed on chain; the funds are back");
        if (row.status != status) {
            if (!setStatus(row, status, QStringLiteral("custody"), note, QStringLiteral(", reason = ?"), {note}))
                return done(false);
        }
        if (!m.outbox.markBooked(tx.id))
            return done(false);
        m.wallet.announceBalance(row.userId, row.asset);
        announce(row.id);
        auto asset = m.ledger.asset(row.asset);
        const QString amount = row.amount.toString(asset ? asset->decimals : 0) + u' ' + row.asset;
        m.notifications.queue(row.userId, confirmed ? QStringLiteral("withdrawal.confirmed") : QStringLiteral("withdrawal.failed"),
                              confirmed ? QStringLiteral("Withdrawal confirmed") : QStringLiteral("Withdrawal failed"),
                              confirmed ? QStringLiteral("%1 arrived at %2.").arg(amount, chain::toChecksumAddress(row.address))
                                        : note,
                              {{QStringLiteral("withdrawalId"), row.id}});
        done(true);
    };

    ledger::OperationRequest op;
    op.actorId = QStringLiteral("custody");
    op.idempotencyKey = QStringLiteral("chaintx:") + tx.id;
    op.fingerprint = tx.id;
    op.code = QStringLiteral("custody.withdrawal.settle");
    op.result = {{QStringLiteral("withdrawalId"), row.id}, {QStringLiteral("txId"), tx.id}};
    if (confirmed) {
        QList<ledger::LedgerService::Posting> parts{{row.amount, world->id, QStringLiteral("withdrawal")}};
        if (!row.fee.isZero())
            parts.append({row.fee, fees->id, QStringLiteral("fee.withdrawal")});
        return m.ledger.settleHolds(std::move(op), {{row.holdId, parts}}, custody, finish);
    }
    // Failed on chain: the user gets everything back; the gas is the exchange's cost.
    m.ledger.voidHold(std::move(op), row.holdId, [this, custody, tx, finish](const Result<QJsonObject> &r) {
        if (!r || custody.isEmpty())
            return finish(r);
        ledger::OperationRequest gas;
        gas.actorId = QStringLiteral("custody");
        gas.idempotencyKey = QStringLiteral("chaintx-gas:") + tx.id;
        gas.fingerprint = tx.id;
        gas.code = QStringLiteral("custody.gas");
        gas.transfers = custody;
        m.ledger.submit(std::move(gas), finish);
    });
}

Result<QHash<QString, Amount>> Withdrawals::pendingByAsset(const QString &networkId)
{
    auto rows = select(QStringLiteral("network_id = ? AND status IN ('requested', 'approved', 'signed', 'broadcast')"),
                       {networkId});
    if (!rows)
        return rows.error();
    QHash<QString, Amount> out;
    for (const Row &r : rows.value())
        out[r.asset] = out.value(r.asset).checkedAdd(r.amount).value_or(Amount::max());
    return out;
}

} // namespace azc::custody
