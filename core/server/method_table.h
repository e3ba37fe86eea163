#pragma once
// core/server owns the JSON-RPC gateway and the one method table. Every
// callable method is declared here once with its role, minimum KYC tier,
// parameter schema and rate class; the gateway enforces all of that before
// a handler runs, so no handler checks access itself.

#include "common/result.h"
#include "server/call_context.h"
#include "server/param_schema.h"

#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace azc::server {

enum class RateClass { Auth, Read, Write, Upload, Signal };
QString rateClassName(RateClass c);

// Who holds the credential a call arrives with. People (anonymous or signed
// in) reach what their role allows; every other audience reaches only the
// methods opened to it (MethodTable::openTo), each domain keeping its list:
// bots (core/bots), partners' API keys (payments), mini programs (the host).
enum class Audience : quint8 { People = 0x1, Bot = 0x2, PartnerKey = 0x4, MiniProgram = 0x8 };
Q_DECLARE_FLAGS(Audiences, Audience)
Q_DECLARE_OPERATORS_FOR_FLAGS(Audiences)
QString audienceName(Audience a); // "people", "bot", "partnerKey", "miniProgram"
// The audience of a caller with `role` (a bot's session is Role::Bot).
Audience audienceOf(Role role);

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
    // Set by the table, not by declarations: People, plus Bot for public and
    // bot methods, plus whatever openTo() added.
    Audiences audiences = Audience::People;
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
    // Opens declared methods to another audience as well (the domain that
    // brings the audience keeps its list). People are always in.
    Status openTo(Audience audience, const QStringList &names);
    // Whether a caller of `role` may call the method.
    static bool allows(const MethodSpec &spec, Role role);
    QStringList names() const; // sorted

private:
    QHash<QString, MethodSpec> m_methods;
};

} // namespace azc::server
