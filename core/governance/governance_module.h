#pragma once
#include "governance/governance_config.h"
#include "module/domain_module.h"

#include <memory>

namespace azc::governance {
// The DAO (issue 19): proposals, votes, the community fund, tallies on chain.
std::unique_ptr<module::DomainModule> governanceModule(GovernanceConfig config);
}
