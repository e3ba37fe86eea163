#pragma once
// What every domain builds on and no single domain owns: the tamper-evident
// audit log and the notification service, with the platform's methods
// (sys.*, notify.*, admin.auditLog).

#include "module/domain_module.h"

namespace azc {

std::unique_ptr<module::DomainModule> platformModule();

} // namespace azc
