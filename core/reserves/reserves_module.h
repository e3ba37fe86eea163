#pragma once
// Proof of reserves: published snapshots (their methods, reserves.*, come with the wallet's).

#include "module/domain_module.h"

namespace azc::reserves {

std::unique_ptr<module::DomainModule> reservesModule();

} // namespace azc::reserves
