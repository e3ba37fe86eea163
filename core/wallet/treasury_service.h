#pragma once
// The master wallet: what the exchange owes (every user's available and
// held balance, per asset), what it keeps (fee revenue, treasury), what it
// holds (hot wallet and liquidity-provider accounts, filled by the chain
// and exchange domains), the solvency ratio, and revenue per flow and day.
// Also the assets registry for admins.

#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "wallet/wallet_service.h"

namespace azc::audit { class AuditLog; }

namespace azc::wallet {

class TreasuryService
{
public:
    TreasuryService(WalletService &wallet, audit::AuditLog &audit, const Clock &clock);

    Result<QJsonObject> overview();
    Result<QJsonObject> revenue(const QString &asset, int days);
    Result<QJsonObject> assets();
    Result<QJsonObject> addAsset(const server::Caller &admin, const ledger::Asset &asset);
    Result<QJsonObject> setAssetEnabled(const server::Caller &admin, const QString &code, bool enabled);

    // Every user's liability (available + held) per asset, for proof of reserves.
    struct Liability {
        QString userId;
        QString asset;
        Amount balance;
    };
    Result<QList<Liability>> liabilities();

private:
    WalletService &m_wallet;
    audit::AuditLog &m_audit;
    const Clock &m_clock;
};

QJsonObject assetJson(const ledger::Asset &asset);

} // namespace azc::wallet
