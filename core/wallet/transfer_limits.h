#pragma once
// Sending limits per asset and KYC tier (per transfer, and over a rolling
// 24 hours), and the amount above which a transfer needs a TOTP code: the
// tier's default, or a user's own stricter threshold. An asset with no
// limit row for a tier cannot be sent at that tier (safe by default: an
// admin sets limits when adding an asset).
//
// The rolling window is kept in memory per (user, asset) and loaded from
// the ledger on first use; a send counts from the moment it joins a batch,
// so concurrent requests cannot together pass the daily limit.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"

#include <QHash>
#include <QJsonObject>
#include <functional>

namespace azc::storage { class Database; }

namespace azc::wallet {

struct LimitRule {
    QString asset;
    int tier = 0;
    Amount perTransfer;
    Amount daily;
    Amount twoFactorAbove;
    QJsonObject toJson(int decimals) const;
};

class TransferLimits
{
public:
    // Past sends of (user, asset) since a time: (time, amount) pairs.
    using History = std::function<Result<QList<QPair<qint64, Amount>>>(const QString &userId, const QString &asset, qint64 sinceMs)>;
    static constexpr qint64 kWindowMs = 24LL * 3600 * 1000;

    TransferLimits(storage::Database &db, const Clock &clock, History history);

    Result<std::optional<LimitRule>> rule(const QString &asset, int tier);
    Result<QList<LimitRule>> all();
    Status set(const LimitRule &rule);

    // The user's threshold: their own if set (never above the tier's), else the tier's.
    Result<Amount> twoFactorAbove(const QString &userId, const QString &asset, int tier);
    Result<QHash<QString, Amount>> ownThresholds(const QString &userId);
    Status setOwnThreshold(const QString &userId, const QString &asset, Amount amount);

    // What the user sent in the last 24 hours.
    Result<Amount> sentInWindow(const QString &userId, const QString &asset);
    void recordSend(const QString &userId, const QString &asset, Amount amount);
    void forgetSend(const QString &userId, const QString &asset, Amount amount);

private:
    Status loadRules();
    Result<QList<QPair<qint64, Amount>> *> window(const QString &userId, const QString &asset);
    storage::Database &m_db;
    const Clock &m_clock;
    History m_history;
    QHash<QString, LimitRule> m_rules; // "asset/tier"
    bool m_loaded = false;
    QHash<QString, QList<QPair<qint64, Amount>>> m_windows; // "user/asset", oldest first
    QHash<QString, QHash<QString, Amount>> m_thresholds;    // user → asset → own threshold
};

} // namespace azc::wallet
