#pragma once
#include "server/method_table.h"

namespace azc::p2p {

class P2PService;

// p2p.* (users), p2p.disputes and p2p.resolve (support).
void declareP2PMethods(server::MethodTable &table, P2PService &p2p);

} // namespace azc::p2p
