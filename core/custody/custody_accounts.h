#pragma once
// The ledger accounts custody books to, per network N and asset A:
//   World(chain:N)       the outside world on N: deposits come from it, withdrawals go to it
//   World(gas:N)         gas paid to N's validators (an expense)
//   HotWallet(N:unswept) coins sitting at user deposit addresses
//   HotWallet(N:hot)     coins in the hot wallet
//   FeeRevenue(withdrawal) withdrawal fees
// Reconciliation compares the two HotWallet accounts with the chain.

#include "ledger/ledger_types.h"

namespace azc::custody::accounts {

inline ledger::AccountKey world(const QString &asset, const QString &network)
{
    return {{}, asset, ledger::AccountKind::World, QStringLiteral("chain:") + network};
}
inline ledger::AccountKey gas(const QString &asset, const QString &network)
{
    return {{}, asset, ledger::AccountKind::World, QStringLiteral("gas:") + network};
}
inline ledger::AccountKey unswept(const QString &asset, const QString &network)
{
    return {{}, asset, ledger::AccountKind::HotWallet, network + QStringLiteral(":unswept")};
}
inline ledger::AccountKey hot(const QString &asset, const QString &network)
{
    return {{}, asset, ledger::AccountKind::HotWallet, network + QStringLiteral(":hot")};
}
inline ledger::AccountKey withdrawalFees(const QString &asset)
{
    return {{}, asset, ledger::AccountKind::FeeRevenue, QStringLiteral("withdrawal")};
}

} // namespace azc::custody::accounts
