#pragma once
// The action kinds other domains lend the DAO: a fee-table change, listing
// or halting a spot market, a staking product's rate (and, from the
// launchpad, a token sale). Each validates like its admin method and is
// idempotent for one proposal, because it may run again after a crash.

namespace azc::wallet { class WalletService; }
namespace azc::spot { class SpotExchange; }
namespace azc::staking { class StakingService; }
namespace azc::launchpad { class LaunchpadService; }

namespace azc::governance {
class GovernanceService;
void addFeeAction(GovernanceService &g, wallet::WalletService &wallet);
void addMarketAction(GovernanceService &g, spot::SpotExchange &spot);
void addStakingRateAction(GovernanceService &g, staking::StakingService &staking);
void addLaunchpadAction(GovernanceService &g, launchpad::LaunchpadService &launchpad);
}
