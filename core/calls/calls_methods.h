#pragma once
// calls.* in the one method table (docs/protocol.md, "Calls").

namespace azc::server { class MethodTable; }

namespace azc::calls {

class CallsService;

void declareCallsMethods(server::MethodTable &table, CallsService &calls);

} // namespace azc::calls
