#include "governance/governance_actions.h"

#include "exchange/spot/spot_exchange.h"
#include "governance/governance_service.h"
#include "launchpad/launchpad_service.h"
#include "ledger/ledger_service.h"
#include "server/role.h"
#include "staking/staking_service.h"
#include "wallet/fee_schedule.h"
#include "wallet/wallet_service.h"

namespace azc::governance {

namespace {

Error invalidAction(const QString &message) { return fail("invalid_params", message, {{QStringLiteral("field"), QStringLiteral("action")}}); }

// The DAO acting as an admin would, for the audit log of the domain it touches.
server::Caller daoCaller(const QString &proposalId)
{
    server::Caller c;
    c.userId = QStringLiteral("governance:") + proposalId;
    c.username = QStringLiteral("dao");
    c.role = server::Role::Admin;
    return c;
}

} // namespace

void addFeeAction(GovernanceService &g, wallet::WalletService &w)
{
    auto rule = [&w](const QJsonObject &p) -> Result<wallet::FeeRule> {
        auto a = w.ledger().asset(p.value(QStringLiteral("asset")).toString());
        if (!a)
            return invalidAction(QStringLiteral("unknown asset"));
        return wallet::FeeRule::fromParams(p, a->decimals);
    };
    g.addAction({QStringLiteral("fees.set"),
                 [rule](const QJsonObject &p) -> Status {
                     auto r = rule(p);
                     return r ? okStatus() : Status(r.error());
                 },
                 [rule, &w](const QString &, const QJsonObject &p, std::function<void(Status)> done) {
                     auto r = rule(p);
                     if (!r)
                         return done(r.error());
                     done(w.fees().set(*r)); // setting the same rule twice is the same table
                 }});
}

void addMarketAction(GovernanceService &g, spot::SpotExchange &x)
{
    // Listing a market gives every field; halting or re-opening one may give
    // only base, quote and status: the rest is the market as it is.
    auto complete = [&x](QJsonObject p) -> Result<QJsonObject> {
        const QString symbol = p.value(QStringLiteral("base")).toString() + u'-' + p.value(QStringLiteral("quote")).toString();
        if (auto m = x.market(symbol)) {
            const QJsonObject now = m->toJson();
            for (auto it = now.begin(); it != now.end(); ++it)
                if (!p.contains(it.key()))
                    p.insert(it.key(), it.value());
        }
        for (const char *field : {"base", "quote", "tickSize", "lotSize", "minNotional", "makerFee", "takerFee"})
            if (p.value(QLatin1String(field)).toString().isEmpty())
                return invalidAction(QStringLiteral("a new market needs %1").arg(QLatin1String(field)));
        return p;
    };
    g.addAction({QStringLiteral("spot.market"),
                 [complete](const QJsonObject &p) -> Status {
                     auto full = complete(p);
                     return full ? okStatus() : Status(full.error());
                 },
                 [complete, &x](const QString &proposalId, const QJsonObject &p, std::function<void(Status)> done) {
                     auto full = complete(p);
                     if (!full)
                         return done(full.error());
                     auto r = x.setMarket(daoCaller(proposalId), *full);
                     done(r ? okStatus() : Status(r.error()));
                 }});
}

void addStakingRateAction(GovernanceService &g, staking::StakingService &st)
{
    auto check = [&st](const QJsonObject &p) -> Status {
        auto prod = st.product(p.value(QStringLiteral("productId")).toString());
        if (!prod)
            return invalidAction(QStringLiteral("no such staking product"));
        const int rate = p.value(QStringLiteral("rateBps")).toInt(-1);
        if (rate < 0 || rate > 100000)
            return invalidAction(QStringLiteral("rateBps is 0 to 100000"));
        return okStatus();
    };
    g.addAction({QStringLiteral("staking.rate"), check,
                 [check, &st](const QString &proposalId, const QJsonObject &p, std::function<void(Status)> done) {
                     if (auto c = check(p); !c)
                         return done(c);
                     auto prod = st.product(p.value(QStringLiteral("productId")).toString());
                     const int rate = p.value(QStringLiteral("rateBps")).toInt();
                     if (prod && prod->rateBps == rate)
                         return done(okStatus()); // already done (a restart after the change)
                     done(st.setRate(p.value(QStringLiteral("productId")).toString(), rate, QStringLiteral("governance:") + proposalId));
                 }});
}

void addLaunchpadAction(GovernanceService &g, launchpad::LaunchpadService &lp)
{
    // The listing's id follows from the proposal (its idempotency key), so a
    // second run after a crash finds the sale the first one made.
    g.addAction({QStringLiteral("launchpad.sale"), [&lp](const QJsonObject &p) { return lp.validateListing(p); },
                 [&lp](const QString &proposalId, const QJsonObject &p, std::function<void(Status)> done) {
                     auto listed = lp.list(QStringLiteral("governance:") + proposalId, p, QStringLiteral("proposal:") + proposalId);
                     done(listed ? okStatus() : Status(listed.error()));
                 }});
}

} // namespace azc::governance
