#pragma once
#include "payments/payments_service.h"
#include "server/method_table.h"

namespace azc::bridge {
class BridgeService;
class MarketService;
void declareBridgeMethods(server::MethodTable &table, BridgeService &bridge, MarketService &market);
// The Bridge's routes on the partner HTTPS API (docs/openapi.yaml).
QList<payments::PaymentsService::ApiRoute> bridgeApiRoutes(BridgeService &bridge);
}
