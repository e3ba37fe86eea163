#include "governance/governance_methods.h"

#include "governance/governance_service.h"
#include "server/method_params.h"
#include "server/method_table.h"

namespace azc::governance {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

// No method here moves the community fund's money out: only executing a
// passed proposal does, and the ledger refuses any other operation that
// tries (tst_governance walks every admin method to prove it).
void declareGovernanceMethods(server::MethodTable &t, GovernanceService &g)
{
    const Param proposal = Param::string(QStringLiteral("proposalId"), 1, 64);
    using Call = std::function<Result<QJsonObject>(const server::Caller &, const QJsonObject &)>;
    const auto add = [&t](const char *name, Role role, server::ParamSchema params, RateClass rate, Call fn) {
        t.declare({.name = QString::fromLatin1(name), .role = role, .params = std::move(params), .rateClass = rate,
                   .handler = [fn](CallContext &ctx, const QJsonObject &p) { return fn(ctx.user(), p); }});
    };

    add("governance.proposals", Role::User,
        {Param::string(QStringLiteral("status"), 0, 16)
                 .matching(QStringLiteral("|open|discussion|voting|queued|executing|executed|passed|failed|rejected|canceled"))
                 .optional(),
         Param::integer(QStringLiteral("limit"), 1, 100).optional()},
        RateClass::Read, [&g](const server::Caller &c, const QJsonObject &p) {
            return g.list(c, str(p, "status"), p.value(QStringLiteral("limit")).toInt(50));
        });
    add("governance.proposal", Role::User, {proposal}, RateClass::Read,
        [&g](const server::Caller &c, const QJsonObject &p) { return g.get(c, str(p, "proposalId")); });
    add("governance.propose", Role::User,
        {Param::string(QStringLiteral("title"), 5, 120), Param::string(QStringLiteral("body"), 0, 20000).optional(),
         Param::object(QStringLiteral("action")).optional()},
        RateClass::Write, [&g](const server::Caller &c, const QJsonObject &p) {
            return g.propose(c, str(p, "title"), str(p, "body"), p.value(QStringLiteral("action")).toObject());
        });
    add("governance.cancel", Role::User, {proposal}, RateClass::Write,
        [&g](const server::Caller &c, const QJsonObject &p) { return g.cancel(c, str(p, "proposalId")); });
    add("governance.joinDiscussion", Role::User, {proposal}, RateClass::Write,
        [&g](const server::Caller &c, const QJsonObject &p) { return g.joinDiscussion(c, str(p, "proposalId")); });
    add("governance.channel", Role::User, {}, RateClass::Read, [&g](const server::Caller &, const QJsonObject &) { return g.channel(); });
    add("governance.vote", Role::User,
        {proposal, Param::string(QStringLiteral("choice"), 3, 8).matching(QStringLiteral("for|against|abstain"))}, RateClass::Write,
        [&g](const server::Caller &c, const QJsonObject &p) { return g.vote(c, str(p, "proposalId"), str(p, "choice")); });
    add("governance.votingPower", Role::User, {proposal}, RateClass::Read,
        [&g](const server::Caller &c, const QJsonObject &p) { return g.votingPower(c, str(p, "proposalId")); });
    add("governance.tally", Role::User, {proposal}, RateClass::Read,
        [&g](const server::Caller &, const QJsonObject &p) { return g.tally(str(p, "proposalId")); });
    add("governance.myVote", Role::User, {proposal}, RateClass::Read,
        [&g](const server::Caller &c, const QJsonObject &p) { return g.myVote(c, str(p, "proposalId")); });
    t.declare({.name = QStringLiteral("governance.chainRecord"), .role = Role::User, .params = {proposal}, .rateClass = RateClass::Read,
               .asyncHandler = [&g](CallContext &, const QJsonObject &p, Reply reply) {
                   g.chainRecord(str(p, "proposalId"), std::move(reply));
               }});

    // --- the community fund: public to read; money goes in, never out by a method
    add("governance.fund", Role::User, {Param::integer(QStringLiteral("limit"), 1, 100).optional()}, RateClass::Read,
        [&g](const server::Caller &, const QJsonObject &p) { return g.fund(p.value(QStringLiteral("limit")).toInt(30)); });
    const server::ParamSchema give = {Param::string(QStringLiteral("asset"), 1, 16), Param::string(QStringLiteral("amount"), 1, 64),
                                      Param::string(QStringLiteral("idempotencyKey"), 8, 64)};
    t.declare({.name = QStringLiteral("governance.donate"), .role = Role::User, .params = give, .rateClass = RateClass::Write,
               .asyncHandler = [&g](CallContext &c, const QJsonObject &p, Reply reply) {
                   g.donate(c.user(), str(p, "asset"), str(p, "amount"), str(p, "idempotencyKey"), false, std::move(reply));
               }});
    t.declare({.name = QStringLiteral("governance.fundFromTreasury"), .role = Role::Admin, .params = give, .rateClass = RateClass::Write,
               .asyncHandler = [&g](CallContext &c, const QJsonObject &p, Reply reply) {
                   g.donate(c.user(), str(p, "asset"), str(p, "amount"), str(p, "idempotencyKey"), true, std::move(reply));
               }});
}

} // namespace azc::governance
