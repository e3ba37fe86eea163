#pragma once
#include "module/domain_module.h"

#include <memory>

namespace azc::staking {
// Staking products, positions and reward pools (issue 19). Needs the ledger and the wallet.
std::unique_ptr<module::DomainModule> stakingModule();
}
