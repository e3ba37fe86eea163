#pragma once
// Calls: signalling, records and TURN credentials (calls.*).

#include "calls/calls_config.h"
#include "module/domain_module.h"

namespace azc::calls {

std::unique_ptr<module::DomainModule> callsModule(CallsConfig config);

} // namespace azc::calls
