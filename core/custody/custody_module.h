#pragma once
// Custody: deposit addresses, chain followers, sweeps and the withdrawal
// outbox (withdraw.*, custody.*).

#include "custody/custody_config.h"
#include "module/domain_module.h"

namespace azc::custody {

std::unique_ptr<module::DomainModule> custodyModule(CustodyConfig config);

} // namespace azc::custody
