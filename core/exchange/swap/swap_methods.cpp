#include "exchange/swap/swap_methods.h"

#include "exchange/swap/swap_service.h"
#include "server/method_params.h"

namespace azc::swap {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

void declareSwapMethods(server::MethodTable &t, SwapService &s)
{
    t.declare({.name = QStringLiteral("swap.pairs"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&s](CallContext &, const QJsonObject &) { return s.pairs(); }});
    t.declare({.name = QStringLiteral("swap.quote"), .role = Role::User,
               .params = {Param::string(QStringLiteral("from"), 2, 16), Param::string(QStringLiteral("to"), 2, 16),
                Param::string(QStringLiteral("amount"), 1, 64)},
               .rateClass = RateClass::Read, .asyncHandler = [&s](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   s.quote(ctx.user(), str(p, "from"), str(p, "to"), str(p, "amount"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("swap.accept"), .role = Role::User, .params = {Param::string(QStringLiteral("quoteId"), 1, 64)},
               .rateClass = RateClass::Write, .asyncHandler = [&s](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   s.accept(ctx.user(), str(p, "quoteId"), std::move(reply));
               }});
}

} // namespace azc::swap
