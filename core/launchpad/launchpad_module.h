#pragma once
#include "module/domain_module.h"

#include <memory>

namespace azc::launchpad {
// Token sales (issue 19). Needs the ledger, the wallet and staking.
std::unique_ptr<module::DomainModule> launchpadModule();
}
