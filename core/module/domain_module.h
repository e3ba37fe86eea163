#pragma once
// A domain as the composition root sees it. Backend::open walks an ordered
// list of modules, phase by phase:
//
//   schema()          every module's migrations, in list order (tables may
//                     reference tables of earlier modules);
//   open()            build the services (add them to the registry) and wire
//                     them to earlier domains' services;
//   declareMethods()  put the domain's methods into the one method table;
//   seedDemo()        demo data, only in a demo backend;
//   start()           background work that needs the demo data in place;
//   serve()           work that only a listening backend does (followers,
//                     janitors), after the gateway listens;
//   stop()            before the services are destroyed, in reverse order.
//
// A module names the modules it needs (needs()); Backend refuses a list in
// which one comes before what it needs, so a wrong order fails at start
// with that message rather than with a null service later.

#include "common/clock.h"
#include "common/result.h"
#include "module/service_registry.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace azc::notify { class EventBus; }
namespace azc::server { class MethodTable; }

namespace azc::module {

// One domain key in the migrations table with its numbered migrations. A
// module may own several keys (identity owns "identity" and "kyc"); keys
// never change once shipped.
struct Schema {
    QString domain;
    QList<storage::Migration> migrations;
};

// What every module may use; the services of other domains are in `services`.
struct Context {
    storage::Database &db;
    notify::EventBus &bus;
    const Clock &clock;
    QString dataDir;
    QString secretsDir;     // key files live outside the database
    bool demo = false;      // a demo backend: seedDemo() runs
    ServiceRegistry &services;
    server::MethodTable &methods;
};

// Given to seedDemo(): whether the database had no users when this run began.
struct DemoSeed {
    bool freshDatabase = false;
};

class DomainModule
{
public:
    virtual ~DomainModule() = default;

    virtual QString name() const = 0;
    virtual QStringList needs() const { return {}; }
    virtual QList<Schema> schema(storage::Dialect) const { return {}; }
    virtual Status open(Context &context) = 0;
    virtual Status declareMethods(Context &) { return okStatus(); }
    virtual Status seedDemo(Context &, const DemoSeed &) { return okStatus(); }
    virtual Status start(Context &) { return okStatus(); }
    virtual void serve(Context &) {}
    virtual void stop(Context &) {}
};

using ModuleList = std::vector<std::unique_ptr<DomainModule>>;

// The first module (by list order) that needs one not listed before it, as
// "p2p needs messaging, which is not before it"; empty when the order is sound.
QString checkOrder(const ModuleList &modules);

} // namespace azc::module
