#pragma once
// core/server owns the JSON-RPC gateway and the one method table. Every
// callable method is declared here once with its role, minimum KYC tier,
// parameter schema and rate class; the gateway enforces all of that before
// a handler runs, so no handler checks access itself.

#include "common/result.h"
#include "server/call_context.h"
#include "server/param_schema.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace azc::server {

enum class RateClass { Auth, Read, Write, Upload };
QString rateClassName(RateClass c);

using Handler = std::function<Result<QJsonObject>(CallContext &, const QJsonObject &params)>;
// For work that finishes later (a group commit, a call to a chain node or a
// liquidity provider): the handler keeps `reply` and calls it exactly once.
// Calling it after the client has gone is safe and does nothing.
using Reply = std::function<void(const Result<QJsonObject> &)>;
using AsyncHandler = std::function<void(CallContext &, const QJsonObject &params, Reply reply)>;

struct MethodSpec {
    QString name;                 // area.verb
    std::optional<Role> role;     // required; registration refuses a method without one
    int minKycTier = 0;
    ParamSchema params;
    RateClass rateClass = RateClass::Read;
    Handler handler;            // exactly one of handler and asyncHandler
    AsyncHandler asyncHandler;
    bool bots = false;          // bots may call it too (MethodTable::openToBots)
};

class MethodTable
{
public:
    // Refuses duplicates, names that are not area.verb, methods without a
    // role or handler. Callers treat a refusal as a programming error.
    Status add(MethodSpec spec);
    // For the composition root: a refused declaration is a bug that must
    // stop the server at start, never a method that silently is not there.
    void declare(MethodSpec spec);
    const MethodSpec *find(const QString &name) const;
    // Opens declared user methods to bots as well (the bots domain keeps the list).
    Status openToBots(const QStringList &names);
    // Whether a caller of `role` may call the method.
    static bool allows(const MethodSpec &spec, Role role);
    QStringList names() const; // sorted

private:
    QHash<QString, MethodSpec> m_methods;
};

} // namespace azc::server
