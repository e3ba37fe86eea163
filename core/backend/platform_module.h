#pragma once
// What every domain builds on and no single domain owns: the tamper-evident
// audit log and the notification service, with the platform's methods
// (sys.*, notify.*, admin.auditLog).

#include "backend/backend_config.h"
#include "module/domain_module.h"

namespace azc {

std::unique_ptr<module::DomainModule> platformModule();

// The demo (demo_seed.h), last in the list: the demo data on an empty
// database, the market maker's capital in a fresh demo, the local demo chain.
std::unique_ptr<module::DomainModule> demoModule(const BackendConfig &config);

} // namespace azc
