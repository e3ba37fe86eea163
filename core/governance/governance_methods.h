#pragma once
namespace azc::server { class MethodTable; }
namespace azc::governance {
class GovernanceService;
void declareGovernanceMethods(server::MethodTable &table, GovernanceService &governance);
}
