#pragma once
// What Backend owns: storage, the event bus, the services the domain
// modules built (in the registry) and the method table. Private to core/backend.

#include "backend/backend.h"
#include "common/clock.h"
#include "module/domain_module.h"
#include "notify/event_bus.h"
#include "server/method_table.h"
#include "server/rpc_gateway.h"
#include "storage/database.h"

#include <memory>
#include <optional>

namespace azc {

struct Backend::Private {
    BackendConfig config;
    Clock clock;
    const Clock &clockInUse() const { return config.clock ? *config.clock : clock; }
    std::unique_ptr<storage::Database> db;
    notify::EventBus bus;
    // Declared before the modules, the method table and the gateway, so it is
    // destroyed after them: their handlers refer to its services.
    module::ServiceRegistry services;
    module::ModuleList modules;
    int openedModules = 0; // how many modules' open() succeeded, in list order
    std::optional<module::Context> context;
    server::MethodTable methods;
    std::unique_ptr<server::RpcGateway> gateway;
};

} // namespace azc
