#pragma once
namespace azc::server { class MethodTable; }
namespace azc::staking {
class StakingService;
void declareStakingMethods(server::MethodTable &table, StakingService &staking);
}
