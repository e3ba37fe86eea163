#pragma once
// The ledger: the one double-entry book every money flow posts to (no methods of its own).

#include "module/domain_module.h"

namespace azc::ledger {

std::unique_ptr<module::DomainModule> ledgerModule();

} // namespace azc::ledger
