#pragma once
// P2P trading: ads, escrow, the trade timers, disputes and each trade's chat (p2p.*).

#include "module/domain_module.h"
#include "p2p/p2p_config.h"

namespace azc::p2p {

std::unique_ptr<module::DomainModule> p2pModule(P2PConfig config);

} // namespace azc::p2p
