#pragma once
// Manual balance adjustments under four eyes: one admin requests (with a
// reason), a second, different admin approves, and only then does money
// move — from or to the ledger's outside-world account for adjustments, so
// every asset still sums to zero. Requests and decisions are audit-logged.
// The approval is an idempotent ledger operation keyed by the adjustment,
// so two admins approving at once, or an approval retried after a crash,
// moves the money once.

#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"
#include "wallet/wallet_service.h"

namespace azc::audit { class AuditLog; }

namespace azc::wallet {

struct AdjustmentRequest {
    QString target;    // "user" or "house"
    QString username;  // for a user
    QString houseKind; // "treasury", "hot_wallet", "provider" for the house
    QString asset;
    QString amount;    // signed: + credits the target
    QString reason;
};

class Adjustments
{
public:
    Adjustments(storage::Database &db, WalletService &wallet, identity::UserDirectory &users, audit::AuditLog &audit,
                notify::NotificationService &notifications, const Clock &clock);

    Result<QJsonObject> request(const server::Caller &admin, const AdjustmentRequest &request);
    Result<QJsonObject> list(const QString &status, int limit);
    void approve(const server::Caller &admin, const QString &adjustmentId, server::Reply reply);
    Result<QJsonObject> reject(const server::Caller &admin, const QString &adjustmentId, const QString &reason);

private:
    struct Row;
    Result<Row> load(const QString &id);
    QJsonObject toJson(const Row &row);
    Result<QString> targetAccount(const Row &row);

    storage::Database &m_db;
    WalletService &m_wallet;
    identity::UserDirectory &m_users;
    audit::AuditLog &m_audit;
    notify::NotificationService &m_notifications;
    const Clock &m_clock;
};

} // namespace azc::wallet
