#include "wallet/wallet_service.h"

#include "identity/two_factor.h"
#include "identity/user_directory.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "wallet/money_text.h"

#include <QJsonArray>

namespace azc::wallet {

using ledger::AccountKind;

struct WalletService::Plan {
    ledger::Asset asset;
    Amount amount;
    Amount fee;
    Amount total;
    identity::User recipient;
    QString fromAccount;
    QString toAccount;
    QString feeAccount;
    Amount twoFactorAbove;
    Amount perTransfer;
    Amount dailyRemaining;
};

WalletService::WalletService(storage::Database &db, ledger::LedgerService &ledger, identity::UserDirectory &users,
                             identity::TwoFactor &twoFactor, notify::NotificationService &notifications,
                             notify::EventBus &bus, const Clock &clock)
    : m_db(db), m_ledger(ledger), m_users(users), m_twoFactor(twoFactor), m_notifications(notifications), m_bus(bus),
      m_clock(clock), m_fees(db),
      m_limits(db, clock, [this](const QString &userId, const QString &asset, qint64 sinceMs) {
          return pastSends(userId, asset, sinceMs);
      })
{
}

Result<ledger::Asset> WalletService::enabledAsset(const QString &code)
{
    auto a = m_ledger.asset(code);
    if (!a)
        return a.error();
    if (!a->enabled)
        return fail("asset_disabled", code + QStringLiteral(" is disabled for now"));
    return a;
}

Result<QJsonObject> WalletService::assets()
{
    auto all = m_ledger.assets();
    if (!all)
        return all.error();
    QJsonArray out;
    for (const ledger::Asset &a : all.value())
        if (a.enabled)
            out.append(QJsonObject{{QStringLiteral("code"), a.code},
                                   {QStringLiteral("name"), a.name},
                                   {QStringLiteral("decimals"), a.decimals},
                                   {QStringLiteral("enabled"), a.enabled}});
    return QJsonObject{{QStringLiteral("assets"), out}};
}

Result<QJsonObject> WalletService::balance(const QString &userId, const QString &assetCode)
{
    auto a = m_ledger.asset(assetCode);
    if (!a)
        return a.error();
    Amount parts[2];
    const AccountKind kinds[2] = {AccountKind::Available, AccountKind::Held};
    for (int i = 0; i < 2; ++i) {
        auto acc = m_ledger.existingAccount({userId, assetCode, kinds[i], {}});
        if (!acc)
            return acc.error();
        if (acc.value())
            parts[i] = acc.value()->balance;
    }
    const int d = a->decimals;
    return QJsonObject{{QStringLiteral("asset"), assetCode},
                       {QStringLiteral("decimals"), d},
                       {QStringLiteral("available"), parts[0].toString(d)},
                       {QStringLiteral("held"), parts[1].toString(d)},
                       {QStringLiteral("total"), parts[0].checkedAdd(parts[1]).value_or(Amount::max()).toString(d)}};
}

Result<QJsonObject> WalletService::balances(const QString &userId)
{
    auto all = m_ledger.assets();
    if (!all)
        return all.error();
    QJsonArray out;
    for (const ledger::Asset &a : all.value()) {
        auto b = balance(userId, a.code);
        if (!b)
            return b.error();
        // A disabled asset still shows while the user holds some: their money never disappears from view.
        if (!a.enabled && b->value(QStringLiteral("total")).toString() == QLatin1String("0"))
            continue;
        out.append(b.value());
    }
    return QJsonObject{{QStringLiteral("balances"), out}};
}

Result<QJsonObject> WalletService::history(const QString &userId, const QString &assetCode, qint64 before, int limit)
{
    auto a = m_ledger.asset(assetCode);
    if (!a)
        return a.error();
    QJsonObject page{{QStringLiteral("entries"), QJsonArray()}, {QStringLiteral("nextBefore"), QJsonValue()}};
    auto acc = m_ledger.existingAccount({userId, assetCode, AccountKind::Available, {}});
    if (!acc)
        return acc.error();
    if (!acc.value())
        return page;
    const QString accountId = acc.value()->id;
    // An operation's transfers have consecutive sequence numbers, so a page
    // of transfers holds whole operations except perhaps the oldest one,
    // which is left for the next page.
    const int fetch = limit * 3 + 3;
    auto rows = m_ledger.history(accountId, before, fetch);
    if (!rows)
        return rows.error();
    struct Group {
        QString operationId;
        Amount net;
        qint64 newestSeq = 0;
        qint64 oldestSeq = 0;
        qint64 createdAt = 0;
    };
    QList<Group> groups;
    for (const ledger::StoredTransfer &t : rows.value()) {
        if (groups.isEmpty() || groups.last().operationId != t.operationId)
            groups.append({t.operationId, Amount(), t.seq, t.seq, t.createdAt});
        Group &g = groups.last();
        g.oldestSeq = t.seq;
        if (t.creditAccountId == accountId)
            g.net = g.net.checkedAdd(t.amount).value_or(Amount::max());
        if (t.debitAccountId == accountId)
            g.net = g.net.checkedSub(t.amount).value_or(Amount::min());
    }
    bool more = rows->size() == fetch;
    if (more && groups.size() > 1)
        groups.removeLast();
    if (groups.size() > limit) {
        groups.resize(limit);
        more = true;
    }
    QStringList ids;
    for (const Group &g : groups)
        ids.append(g.operationId);
    auto ops = m_ledger.operations(ids);
    if (!ops)
        return ops.error();
    QJsonArray entries;
    for (const Group &g : groups) {
        const ledger::StoredOperation op = ops->value(g.operationId);
        QJsonObject details = op.result.value(QStringLiteral("receipt")).toObject();
        if (details.isEmpty())
            details = op.result;
        details.insert(QStringLiteral("operationId"), g.operationId);
        entries.append(QJsonObject{{QStringLiteral("seq"), g.newestSeq},
                                   {QStringLiteral("operationId"), g.operationId},
                                   {QStringLiteral("code"), op.code},
                                   {QStringLiteral("asset"), assetCode},
                                   {QStringLiteral("amount"), g.net.toString(a->decimals)},
                                   {QStringLiteral("createdAt"), g.createdAt},
                                   {QStringLiteral("details"), details}});
    }
    page.insert(QStringLiteral("entries"), entries);
    if (more && !groups.isEmpty())
        page.insert(QStringLiteral("nextBefore"), groups.last().oldestSeq);
    return page;
}

Result<QJsonObject> WalletService::receipt(const QString &userId, const QString &operationId)
{
    auto ops = m_ledger.operations({operationId});
    if (!ops)
        return ops.error();
    const auto it = ops->constFind(operationId);
    const QJsonObject receipt = it == ops->cend() ? QJsonObject() : it->result.value(QStringLiteral("receipt")).toObject();
    const auto partyId = [&receipt](const char *side) {
        return receipt.value(QLatin1String(side)).toObject().value(QStringLiteral("userId")).toString();
    };
    if (receipt.isEmpty() || (partyId("from") != userId && partyId("to") != userId))
        return fail("not_found", QStringLiteral("no such receipt"));
    QJsonObject out = receipt;
    out.insert(QStringLiteral("operationId"), operationId);
    return QJsonObject{{QStringLiteral("receipt"), out}};
}

QJsonObject WalletService::party(const QString &userId)
{
    return m_users.party(userId);
}

void WalletService::announceBalance(const QString &userId, const QString &asset)
{
    auto b = balance(userId, asset);
    if (b)
        m_bus.publishToUser(userId, QStringLiteral("event.wallet.changed"),
                            {{QStringLiteral("asset"), asset}, {QStringLiteral("balance"), b.value()}});
}

Result<QList<QPair<qint64, Amount>>> WalletService::pastSends(const QString &userId, const QString &asset, qint64 sinceMs)
{
    QList<QPair<qint64, Amount>> out;
    auto acc = m_ledger.existingAccount({userId, asset, AccountKind::Available, {}});
    if (!acc)
        return acc.error();
    if (!acc.value())
        return out;
    auto rows = m_ledger.transfersSince({acc.value()->id}, sinceMs);
    if (!rows)
        return rows.error();
    for (const ledger::StoredTransfer &t : rows.value())
        if (t.debitAccountId == acc.value()->id && t.code == QLatin1String("transfer"))
            out.append({t.createdAt, t.amount});
    return out;
}

Result<WalletService::Plan> WalletService::plan(const server::Caller &caller, const QString &assetCode,
                                                 const QString &amountText, const QString &toUsername,
                                                 const QString &escrowOwner, const QString &escrowLabel)
{
    Plan p;
    auto a = enabledAsset(assetCode);
    if (!a)
        return a.error();
    p.asset = a.value();
    const int d = p.asset.decimals;
    auto amount = parseAmount(amountText, d, Sign::Positive);
    if (!amount)
        return amount.error();
    p.amount = amount.value();
    if (!escrowOwner.isEmpty()) {
        p.recipient.id = escrowOwner;
        p.recipient.displayName = escrowLabel;
    } else {
        auto recipient = m_users.byUsername(toUsername.trimmed().toLower());
        if (!recipient)
            return recipient.error();
        if (!recipient.value())
            return fail("not_found", QStringLiteral("there is no user named ") + toUsername.trimmed(),
                        {{QStringLiteral("field"), QStringLiteral("toUsername")}});
        p.recipient = *recipient.value();
        if (p.recipient.id == caller.userId)
            return fail("invalid_state", QStringLiteral("you cannot send money to yourself"),
                        {{QStringLiteral("detail"), QStringLiteral("self")}});
        if (p.recipient.frozen)
            return fail("invalid_state", QStringLiteral("this account cannot receive money right now"),
                        {{QStringLiteral("detail"), QStringLiteral("frozen")}});
    }

    auto limits = spendLimits(caller, p.asset, p.amount);
    if (!limits)
        return limits.error();
    p.perTransfer = limits->perTransfer;
    p.dailyRemaining = limits->dailyRemaining;
    p.twoFactorAbove = limits->twoFactorAbove;

    auto feeRule = m_fees.rule(p.asset.code, QStringLiteral("transfer"));
    if (!feeRule)
        return feeRule.error();
    const auto fee = feeRule->feeFor(p.amount);
    const auto total = fee ? p.amount.checkedAdd(*fee) : std::nullopt;
    if (!total)
        return fail("invalid_amount", QStringLiteral("the amount is too large"));
    p.fee = *fee;
    p.total = *total;
    auto from = m_ledger.account({caller.userId, p.asset.code, AccountKind::Available, {}});
    auto to = m_ledger.account({p.recipient.id, p.asset.code, AccountKind::Available, {}});
    auto feeAccount = m_ledger.account({{}, p.asset.code, AccountKind::FeeRevenue, QStringLiteral("transfer")});
    for (const auto *acc : {&from, &to, &feeAccount})
        if (!*acc)
            return acc->error();
    p.fromAccount = from->id;
    p.toAccount = to->id;
    p.feeAccount = feeAccount->id;
    return p;
}

Result<WalletService::SpendLimits> WalletService::spendLimits(const server::Caller &caller, const ledger::Asset &asset,
                                                              Amount amount)
{
    SpendLimits c;
    const int d = asset.decimals;
    auto rule = m_limits.rule(asset.code, caller.kycTier);
    if (!rule)
        return rule.error();
    const auto limitError = [&](const QString &message, Amount limit, Amount remaining) {
        return fail("limit_exceeded", message,
                    {{QStringLiteral("limit"), limit.toString(d)}, {QStringLiteral("remaining"), remaining.toString(d)}});
    };
    if (!rule.value() || rule.value()->perTransfer.isZero() || rule.value()->daily.isZero()) {
        Error e = limitError(QStringLiteral("sending %1 is not available at your verification level; complete KYC to unlock it")
                                 .arg(asset.code),
                             Amount(), Amount());
        for (int tier = caller.kycTier + 1; tier <= 2; ++tier) // the first level that may send it
            if (auto higher = m_limits.rule(asset.code, tier); higher && higher.value() && !higher.value()->daily.isZero()) {
                e.data.insert(QStringLiteral("requiredTier"), tier);
                break;
            }
        return e;
    }
    c.perTransfer = rule.value()->perTransfer;
    auto sent = m_limits.sentInWindow(caller.userId, asset.code);
    if (!sent)
        return sent.error();
    c.dailyRemaining = std::max(Amount(), rule.value()->daily.checkedSub(sent.value()).value_or(Amount()));
    if (amount > c.perTransfer)
        return limitError(QStringLiteral("at most %1 %2 per transfer at your verification level")
                              .arg(c.perTransfer.toString(d), asset.code),
                          c.perTransfer, c.dailyRemaining);
    if (amount > c.dailyRemaining)
        return limitError(QStringLiteral("this would pass your 24-hour limit of %1 %2; %3 left")
                              .arg(rule.value()->daily.toString(d), asset.code, c.dailyRemaining.toString(d)),
                          rule.value()->daily, c.dailyRemaining);

    auto threshold = m_limits.twoFactorAbove(caller.userId, asset.code, caller.kycTier);
    if (!threshold)
        return threshold.error();
    c.twoFactorAbove = threshold.value();

    return c;
}

Status WalletService::requireSecondFactor(const server::Caller &caller, const ledger::Asset &asset, Amount amount,
                                          Amount twoFactorAbove, const QString &code, ledger::OperationRequest &r)
{
    if (amount <= twoFactorAbove)
        return okStatus();
    const int d = asset.decimals;
    const QJsonObject data{{QStringLiteral("twoFactorAbove"), twoFactorAbove.toString(d)}};
    auto me = m_users.require(caller.userId);
    if (!me)
        return me.error();
    if (me->totpSecret.isEmpty())
        return fail("two_factor_required",
                    QStringLiteral("turn on two-factor authentication to send more than %1 %2")
                        .arg(twoFactorAbove.toString(d), asset.code),
                    data);
    if (code.isEmpty())
        return fail("two_factor_required", QStringLiteral("enter the code from your authenticator app"), data);
    r.lastGate = [this, user = me.value(), code, key = identity::AttemptKey::session(caller.userId, caller.sessionId)] {
        return m_twoFactor.check(user, code, key);
    };
    return okStatus();
}

Result<QJsonObject> WalletService::quoteTransfer(const server::Caller &caller, const QString &asset,
                                                 const QString &amount, const QString &toUsername)
{
    auto p = plan(caller, asset, amount, toUsername);
    if (!p)
        return p.error();
    const int d = p->asset.decimals;
    return QJsonObject{{QStringLiteral("asset"), p->asset.code},
                       {QStringLiteral("amount"), p->amount.toString(d)},
                       {QStringLiteral("fee"), p->fee.toString(d)},
                       {QStringLiteral("total"), p->total.toString(d)},
                       {QStringLiteral("to"), p->recipient.toParty()},
                       {QStringLiteral("needsTwoFactor"), p->amount > p->twoFactorAbove},
                       {QStringLiteral("twoFactorAbove"), p->twoFactorAbove.toString(d)},
                       {QStringLiteral("perTransfer"), p->perTransfer.toString(d)},
                       {QStringLiteral("dailyRemaining"), p->dailyRemaining.toString(d)}};
}

void WalletService::transfer(const server::Caller &caller, const TransferRequest &request, server::Reply reply)
{
    ledger::OperationRequest op;
    op.actorId = caller.userId;
    op.idempotencyKey = request.idempotencyKey;
    op.code = QStringLiteral("wallet.transfer");
    // The fingerprint is the request's meaning: "1.50" and "1.5" are the same
    // amount; the 2FA code is not part of it (a retry may carry a fresh one).
    const auto normalized = Amount::parse(request.amount, Amount::kMaxDecimals);
    op.fingerprint = QStringList{request.asset, normalized ? normalized->unitsText() : request.amount,
                                 request.toUsername.trimmed().toLower(), request.memo, request.escrowOwner}
                         .join(QLatin1Char('\n'));

    auto planned = std::make_shared<Plan>();
    auto fresh = std::make_shared<bool>(false);
    auto check = [this, caller, request, planned](ledger::OperationRequest &r) -> Status {
        auto p = plan(caller, request.asset, request.amount, request.toUsername, request.escrowOwner, request.escrowLabel);
        if (!p)
            return p.error();
        const int d = p->asset.decimals;
        if (auto gate = requireSecondFactor(caller, p->asset, p->amount, p->twoFactorAbove, request.twoFactorCode, r); !gate)
            return gate.error();
        r.transfers = {{p->fromAccount, p->toAccount, p->amount, QStringLiteral("transfer")}};
        if (!p->fee.isZero())
            r.transfers.append({p->fromAccount, p->feeAccount, p->fee, QStringLiteral("fee.transfer")});
        r.result = {{QStringLiteral("receipt"),
                     QJsonObject{{QStringLiteral("asset"), p->asset.code},
                                 {QStringLiteral("decimals"), d},
                                 {QStringLiteral("amount"), p->amount.toString(d)},
                                 {QStringLiteral("fee"), p->fee.toString(d)},
                                 {QStringLiteral("total"), p->total.toString(d)},
                                 {QStringLiteral("from"), party(caller.userId)},
                                 {QStringLiteral("to"), p->recipient.toParty()},
                                 {QStringLiteral("memo"), request.memo},
                                 {QStringLiteral("createdAt"), m_clock.nowMs()}}}};
        *planned = std::move(p).value();
        return okStatus();
    };
    const QString senderId = caller.userId;
    auto accepted = [this, planned, fresh, senderId] {
        *fresh = true;
        m_limits.recordSend(senderId, planned->asset.code, planned->amount);
    };
    auto done = [this, planned, fresh, senderId, request, reply](const Result<QJsonObject> &r) {
        if (!r) {
            if (*fresh) // accepted, then the batch failed: it never counted
                m_limits.forgetSend(senderId, planned->asset.code, planned->amount);
            return reply(r.error());
        }
        QJsonObject receipt = r->value(QStringLiteral("receipt")).toObject();
        receipt.insert(QStringLiteral("operationId"), r->value(QStringLiteral("operationId")));
        if (*fresh) { // a repeat of a finished request tells nobody again
            const Plan &p = *planned;
            const int d = p.asset.decimals;
            const QString sender = receipt.value(QStringLiteral("from")).toObject().value(QStringLiteral("displayName")).toString();
            const QString memo = receipt.value(QStringLiteral("memo")).toString();
            const QJsonObject data{{QStringLiteral("operationId"), receipt.value(QStringLiteral("operationId"))},
                                   {QStringLiteral("asset"), p.asset.code}};
            if (request.escrowOwner.isEmpty())
                m_notifications.queue(p.recipient.id, QStringLiteral("wallet.received"),
                                      QStringLiteral("You received %1 %2").arg(p.amount.toString(d), p.asset.code),
                                      memo.isEmpty() ? QStringLiteral("From %1").arg(sender)
                                                     : QStringLiteral("From %1: %2").arg(sender, memo),
                                      data);
            m_notifications.queue(senderId, QStringLiteral("wallet.sent"),
                                  QStringLiteral("You sent %1 %2").arg(p.amount.toString(d), p.asset.code),
                                  QStringLiteral("To %1, fee %2 %3")
                                      .arg(p.recipient.displayName, p.fee.toString(d), p.asset.code),
                                  data);
            announceBalance(senderId, p.asset.code);
            if (request.escrowOwner.isEmpty())
                announceBalance(p.recipient.id, p.asset.code);
        }
        reply(QJsonObject{{QStringLiteral("receipt"), receipt}});
    };
    m_ledger.submitChecked(std::move(op), check, accepted, done);
}

Result<QJsonObject> WalletService::limitsFor(const server::Caller &caller)
{
    auto all = m_ledger.assets();
    if (!all)
        return all.error();
    QJsonArray limits, thresholds;
    for (const ledger::Asset &a : all.value()) {
        if (!a.enabled)
            continue;
        auto rule = m_limits.rule(a.code, caller.kycTier);
        if (!rule)
            return rule.error();
        LimitRule r = rule.value().value_or(LimitRule{a.code, caller.kycTier, {}, {}, {}});
        limits.append(r.toJson(a.decimals));
        auto t = m_limits.twoFactorAbove(caller.userId, a.code, caller.kycTier);
        if (!t)
            return t.error();
        thresholds.append(QJsonObject{{QStringLiteral("asset"), a.code},
                                      {QStringLiteral("twoFactorAbove"), t->toString(a.decimals)}});
    }
    return QJsonObject{{QStringLiteral("tier"), caller.kycTier},
                       {QStringLiteral("limits"), limits},
                       {QStringLiteral("thresholds"), thresholds}};
}

Result<QJsonObject> WalletService::setTwoFactorThreshold(const server::Caller &caller, const QString &assetCode,
                                                         const QString &amountText)
{
    auto a = enabledAsset(assetCode);
    if (!a)
        return a.error();
    auto amount = parseAmount(amountText, a->decimals, Sign::NonNegative);
    if (!amount)
        return amount.error();
    auto rule = m_limits.rule(assetCode, caller.kycTier);
    if (!rule)
        return rule.error();
    const Amount tierDefault = rule.value() ? rule.value()->twoFactorAbove : Amount();
    if (amount.value() > tierDefault)
        return fail("invalid_amount", QStringLiteral("the threshold can only be stricter than your level's default of %1 %2")
                                          .arg(tierDefault.toString(a->decimals), assetCode),
                    {{QStringLiteral("field"), QStringLiteral("amount")}});
    if (auto s = m_limits.setOwnThreshold(caller.userId, assetCode, amount.value()); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("asset"), assetCode},
                       {QStringLiteral("twoFactorAbove"), amount->toString(a->decimals)}};
}

Result<QJsonObject> WalletService::feeList()
{
    auto rules = m_fees.all();
    if (!rules)
        return rules.error();
    QJsonArray out;
    for (const FeeRule &r : rules.value()) {
        auto a = m_ledger.asset(r.asset);
        if (a)
            out.append(r.toJson(a->decimals));
    }
    return QJsonObject{{QStringLiteral("fees"), out}};
}

} // namespace azc::wallet
