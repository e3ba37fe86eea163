// Running a passed proposal's action after its timelock, and the community
// fund whose money only that may move.

#include "governance/governance_proposal.h"

#include "audit/audit_log.h"
#include "common/failpoint.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "storage/database.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>

namespace azc::governance {

using ledger::AccountKind;

void GovernanceService::execute(Proposal p)
{
    if (m_executing.contains(p.id))
        return;
    const QString type = p.action.value(QStringLiteral("type")).toString();
    const QJsonObject params = p.action.value(QStringLiteral("params")).toObject();
    auto kind = m_actions.constFind(type);
    if (p.status == QLatin1String("queued")) {
        // Checked again: the world may have changed during the vote (a user
        // frozen, a product closed, the fund spent). A refusal moves nothing.
        Status ok = kind == m_actions.cend() ? Status(fail("invalid_params", QStringLiteral("unknown action type"))) : kind->validate(params);
        if (!ok)
            return finishExecution(p.id, ok);
        p.status = QStringLiteral("executing");
        p.updatedAt = s.clock.nowMs();
        if (!saveStatus(p))
            return;
        failpoint(QStringLiteral("governance.after_executing"));
    }
    if (kind == m_actions.cend())
        return finishExecution(p.id, fail("invalid_params", QStringLiteral("unknown action type")));
    m_executing.insert(p.id);
    kind->execute(p.id, params, [this, id = p.id](Status result) {
        failpoint(QStringLiteral("governance.after_action"));
        finishExecution(id, result);
    });
}

void GovernanceService::finishExecution(const QString &proposalId, Status result)
{
    m_executing.remove(proposalId);
    auto p = proposal(proposalId);
    if (!p || (p->status != QLatin1String("executing") && p->status != QLatin1String("queued")))
        return;
    p->status = result ? QStringLiteral("executed") : QStringLiteral("failed");
    p->failure = result ? QString() : result.error().message;
    p->executedAt = s.clock.nowMs();
    p->updatedAt = p->executedAt;
    if (!saveStatus(*p))
        return;
    announce(result ? QStringLiteral("Proposal #%1 was executed.").arg(p->seq)
                    : QStringLiteral("Proposal #%1 could not be executed: %2. Nothing was moved.").arg(p->seq).arg(p->failure));
    s.notifications.queue(p->authorId, QStringLiteral("governance.executed"),
                          result ? QStringLiteral("Your proposal #%1 was executed").arg(p->seq)
                                 : QStringLiteral("Your proposal #%1 failed when executed").arg(p->seq),
                          result ? p->title : p->failure, {{QStringLiteral("proposalId"), p->id}});
    changed(p->id);
}

// ---------------------------------------------------------------- the fund

Status GovernanceService::validatePayout(const QJsonObject &params)
{
    const QString asset = params.value(QStringLiteral("asset")).toString();
    auto a = s.ledger.asset(asset);
    if (!a)
        return fail("invalid_params", QStringLiteral("unknown asset \"%1\"").arg(asset), {{QStringLiteral("field"), QStringLiteral("action")}});
    auto amount = Amount::parse(params.value(QStringLiteral("amount")).toString(), a->decimals);
    if (!amount || amount->isNegative() || amount->isZero())
        return fail("invalid_params", QStringLiteral("a payout needs a positive amount of %1").arg(asset), {{QStringLiteral("field"), QStringLiteral("action")}});
    auto user = s.users.byUsername(params.value(QStringLiteral("toUsername")).toString());
    if (!user)
        return user.error();
    if (!user.value() || user.value()->role == server::Role::Bot)
        return fail("invalid_params", QStringLiteral("the payout's recipient is not a user"), {{QStringLiteral("field"), QStringLiteral("action")}});
    if (user.value()->frozen)
        return fail("account_frozen", QStringLiteral("the recipient's account is frozen"));
    return okStatus();
}

void GovernanceService::payFromFund(const QString &proposalId, const QJsonObject &params, std::function<void(Status)> done)
{
    // Not validated again here: execute() did before marking the proposal
    // 'executing'; on a retry after a crash the payout may already have
    // happened, and the ledger (same key) answers it whatever changed since.
    const QString asset = params.value(QStringLiteral("asset")).toString();
    auto a = s.ledger.asset(asset);
    auto user = s.users.byUsername(params.value(QStringLiteral("toUsername")).toString());
    if (!a || !user || !user.value())
        return done(fail("internal_error", QStringLiteral("the payout changed under us")));
    const QString userId = user.value()->id;
    const Amount amount = *Amount::parse(params.value(QStringLiteral("amount")).toString(), a->decimals);
    auto from = s.ledger.account({fundOwner(), asset, AccountKind::Available, {}});
    auto to = s.ledger.account({userId, asset, AccountKind::Available, {}});
    if (!from || !to)
        return done(!from ? Status(from.error()) : Status(to.error()));
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("governance");
    op.idempotencyKey = QStringLiteral("gov-exec:") + proposalId; // once per proposal, whatever restarts
    op.fingerprint = userId + QLatin1Char(':') + asset + QLatin1Char(':') + amount.unitsText();
    op.code = executeCode();
    op.transfers = {{from->id, to->id, amount, QStringLiteral("governance.payout")}};
    op.result = {{QStringLiteral("proposalId"), proposalId}};
    s.ledger.submit(std::move(op), [this, done, userId, asset, amount, d = a->decimals, proposalId](const Result<QJsonObject> &r) {
        if (!r)
            return done(r.error().reason == QLatin1String("insufficient_funds")
                                ? Status(fail("insufficient_funds", QStringLiteral("the community fund holds less than the payout")))
                                : Status(r.error()));
        s.notifications.queue(userId, QStringLiteral("governance.payout"),
                              QStringLiteral("You received %1 %2 from the community fund").arg(amount.toString(d), asset),
                              QStringLiteral("Paid by an executed proposal"), {{QStringLiteral("proposalId"), proposalId}});
        s.wallet.announceBalance(userId, asset);
        done(okStatus());
    });
}

Result<QJsonObject> GovernanceService::fund(int limit)
{
    // Public: what the fund holds per asset and what moved it lately.
    auto assets = s.ledger.assets();
    if (!assets)
        return assets.error();
    QJsonArray balances, history;
    for (const ledger::Asset &a : *assets) {
        auto acc = s.ledger.existingAccount({fundOwner(), a.code, AccountKind::Available, {}});
        if (!acc)
            return acc.error();
        if (!acc->has_value())
            continue;
        auto balance = s.ledger.balance(acc->value().id);
        if (!balance)
            return balance.error();
        balances.append(QJsonObject{{QStringLiteral("asset"), a.code}, {QStringLiteral("balance"), balance->toString(a.decimals)}});
        auto moves = s.ledger.history(acc->value().id, 0, limit);
        if (!moves)
            return moves.error();
        for (const ledger::StoredTransfer &t : *moves) {
            const bool in = t.creditAccountId == acc->value().id;
            history.append(QJsonObject{{QStringLiteral("asset"), a.code},
                                       {QStringLiteral("amount"), (in ? t.amount : t.amount.checkedNegate().value_or(Amount())).toString(a.decimals)},
                                       {QStringLiteral("code"), t.code},
                                       {QStringLiteral("operationId"), t.operationId},
                                       {QStringLiteral("at"), t.createdAt}});
        }
    }
    return QJsonObject{{QStringLiteral("balances"), balances}, {QStringLiteral("history"), history}};
}

void GovernanceService::donate(const server::Caller &caller, const QString &asset, const QString &amountText, const QString &key,
                               bool fromTreasury, server::Reply reply)
{
    auto a = s.ledger.asset(asset);
    if (!a)
        return reply(a.error());
    auto amount = Amount::parse(amountText, a->decimals);
    if (!amount || amount->isNegative() || amount->isZero())
        return reply(fail("invalid_amount", QStringLiteral("give a positive amount of %1").arg(asset), {{QStringLiteral("field"), QStringLiteral("amount")}}));
    auto from = fromTreasury ? s.ledger.account({{}, asset, AccountKind::Treasury, {}})
                             : s.ledger.account({caller.userId, asset, AccountKind::Available, {}});
    auto to = s.ledger.account({fundOwner(), asset, AccountKind::Available, {}});
    if (!from || !to)
        return reply(!from ? from.error() : to.error());
    ledger::OperationRequest op;
    op.actorId = caller.userId;
    op.idempotencyKey = QStringLiteral("gov-fund:") + key;
    op.fingerprint = asset + QLatin1Char(':') + amount->unitsText() + (fromTreasury ? QStringLiteral(":treasury") : QString());
    op.code = QStringLiteral("governance.fund");
    op.transfers = {{from->id, to->id, *amount, QStringLiteral("governance.fund")}};
    op.result = {{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount->toString(a->decimals)}};
    s.ledger.submit(std::move(op), [this, reply, caller, fromTreasury, asset](const Result<QJsonObject> &r) {
        if (!r)
            return reply(r.error());
        if (fromTreasury)
            (void)s.audit.record(caller.userId, QStringLiteral("governance.fundFromTreasury"), asset, *r);
        else
            s.wallet.announceBalance(caller.userId, asset);
        reply(*r);
    });
}

} // namespace azc::governance
