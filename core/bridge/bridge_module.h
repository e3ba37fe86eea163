#pragma once
#include "module/domain_module.h"

#include <memory>

namespace azc::bridge {
// Partner points, the Bridge and the Market (issue 20). Needs payments
// (organisations, keys, the HTTPS API, webhooks), the wallet and the ledger;
// uses the spot exchange (market rates) and custody (tokens) when present.
std::unique_ptr<module::DomainModule> bridgeModule();
}
