#pragma once
#include "server/method_table.h"

namespace azc::spot {

class SpotExchange;

// spot.* (docs/protocol.md, "Spot exchange").
void declareSpotMethods(server::MethodTable &t, SpotExchange &spot);

} // namespace azc::spot
