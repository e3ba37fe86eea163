#pragma once
#include "server/method_table.h"

namespace azc::custody {

class CustodyService;

// chain.*, deposit.*, withdraw.* and custody.* (docs/protocol.md, "Deposits and withdrawals").
void declareCustodyMethods(server::MethodTable &t, CustodyService &custody);

} // namespace azc::custody
