#pragma once
// core/ledger owns the one double-entry ledger every money flow posts to:
// assets, accounts, transfers grouped in atomic operations, holds, and
// idempotency. A transfer moves an amount from its debit account to its
// credit account (debit balance goes down, credit balance goes up), so per
// asset all balances always sum to zero.

#include "common/amount.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace azc::ledger {

struct Asset {
    QString code;      // "USDT", "ETH", "AZC"
    QString name;
    int decimals = 0;  // 0..18
    bool enabled = true;
};

// What an account is for. House accounts have an empty owner.
enum class AccountKind {
    Available,   // a user's spendable balance
    Held,        // a user's reserved funds (orders, withdrawals, escrow)
    FeeRevenue,  // the exchange's income per flow (the flow is in `subKind`)
    HotWallet,   // on-chain holdings
    Provider,    // balances at a liquidity provider
    Treasury,
    World,       // the outside world: deposits come from it, withdrawals go to it
};
QString accountKindName(AccountKind kind);

// Owners whose ids start with "system-" are the exchange's own accounts that
// trade like users (the market-maker bot): their balances are house capital,
// not money owed to anyone, so the master wallet and the proof of reserves
// leave them out of the liabilities.
inline bool isHouseOwner(const QString &ownerId) { return ownerId.startsWith(QLatin1String("system-")); }

struct AccountKey {
    QString ownerId; // user id, or empty for house accounts
    QString asset;
    AccountKind kind = AccountKind::Available;
    QString subKind; // e.g. the fee flow ("transfer", "withdrawal"); empty otherwise
};

struct Account {
    QString id;
    AccountKey key;
    bool mayGoNegative = false; // only World (and house accounts that lend) may
    Amount balance;
};

struct TransferSpec {
    QString debitAccountId;
    QString creditAccountId;
    Amount amount;   // > 0
    QString code;    // what flow it is: "transfer", "fee.transfer", "hold", "hold.post", ...
};

// A set of transfers committed together or not at all.
struct OperationRequest {
    QString actorId;          // who asked (idempotency keys are per actor)
    QString idempotencyKey;   // client-chosen; empty only for internal operations
    QString fingerprint;      // canonical text of the request's parameters
    QString code;             // the operation's kind: "wallet.transfer", ...
    QList<TransferSpec> transfers;
    QJsonObject result;       // what to answer (the operation id is added)
    // Runs once every other check has passed and the money would move; a
    // refusal moves nothing. For second factors: checked last, a code's
    // answer never reveals whether it was right when the operation fails
    // for another reason (no funds, limits, ...).
    std::function<Status()> lastGate;
};

// A pending transfer: funds moved from an owner's available account to
// their held account, later posted (in parts or whole) to a destination or
// voided back. Open orders, pending withdrawals and escrow are holds.
enum class HoldStatus { Pending, Posted, Voided };
QString holdStatusName(HoldStatus status);

struct Hold {
    QString id;
    QString availableAccountId; // where the funds came from (and go back to when voided)
    QString heldAccountId;
    QString asset;
    Amount amount;              // held at first
    Amount remaining;           // still held
    HoldStatus status = HoldStatus::Pending;
    QString code;               // what it is for: "order", "withdrawal", "escrow", ...
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace azc::ledger
