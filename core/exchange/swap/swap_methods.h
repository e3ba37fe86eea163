#pragma once
#include "server/method_table.h"

namespace azc::swap {

class SwapService;

// swap.* (docs/protocol.md, "Quick swap").
void declareSwapMethods(server::MethodTable &t, SwapService &swaps);

} // namespace azc::swap
