// The demo's partner points (issue 20): SkyMiles Air (Dariush's airline,
// miles backed by AZC) and the Corner Shop (Carol's, stars backed by USDT),
// each with a reserve and a policy an admin approved, points credited to
// Alice and Bob, Bob's swap of miles to AZC, products in the Market and
// orders, a policy change waiting for an admin and a swap request waiting
// for Alice.

#include "backend/demo_seed.h"

#include "bridge/market_service.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "payments/payments_service.h"
#include "wallet/adjustments.h"

#include <QJsonArray>

namespace azc {

namespace {

QString bridgeKey(const char *what) { return QStringLiteral("demo-bridge-") + QLatin1String(what); }

Status done(const Result<QJsonObject> &r) { return r ? okStatus() : Status(r.error()); }

QJsonObject policy(const char *rate, int spreadBps, int feeBps, const char *minSwap, const char *maxSwap, const char *userDaily,
                   const char *totalDaily)
{
    return {{QStringLiteral("rateMode"), QStringLiteral("fixed")}, {QStringLiteral("rate"), QLatin1String(rate)},
            {QStringLiteral("spreadBps"), spreadBps}, {QStringLiteral("feeBps"), feeBps},
            {QStringLiteral("minSwap"), QLatin1String(minSwap)}, {QStringLiteral("maxSwap"), QLatin1String(maxSwap)},
            {QStringLiteral("userDailyCap"), QLatin1String(userDaily)}, {QStringLiteral("totalDailyCap"), QLatin1String(totalDaily)},
            {QStringLiteral("toCoin"), true}, {QStringLiteral("toPoints"), true}, {QStringLiteral("coverageBps"), 10000}};
}

QJsonObject product(const char *title, const char *description, const char *asset, const char *price, int stock, const char *delivery,
                    const QStringList &codes = {})
{
    QJsonObject p{{QStringLiteral("title"), text(title)},       {QStringLiteral("description"), text(description)},
                  {QStringLiteral("imageFileIds"), QJsonArray()}, {QStringLiteral("priceAsset"), QLatin1String(asset)},
                  {QStringLiteral("price"), QLatin1String(price)}, {QStringLiteral("stock"), stock},
                  {QStringLiteral("delivery"), QLatin1String(delivery)}, {QStringLiteral("active"), true}};
    if (!codes.isEmpty())
        p.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
    return p;
}

} // namespace

Status seedDemoBridge(DemoServices &d)
{
    QHash<QString, identity::User> who;
    for (const char *name : {"admin", "finance", "alice", "bob", "carol", "dariush"}) {
        auto u = d.users->byUsername(QLatin1String(name));
        if (!u || !u.value())
            return fail("internal_error", QStringLiteral("demo user %1 missing").arg(QLatin1String(name)));
        who.insert(QLatin1String(name), *u.value());
    }
    const server::Caller admin = demoCaller(who[QStringLiteral("admin")]);

    // --- the partners: SkyMiles Air (new, verified) and Carol's Corner Shop (made with the mini programs)
    auto sky = seedVerifiedOrg(d, who[QStringLiteral("dariush")],
                               {QStringLiteral("SkyMiles Air"), QStringLiteral("https://skymiles.example"), QStringLiteral("AZC"),
                                QStringLiteral("SkyMiles Airways PJS"), QStringLiteral("IR 10320 8841"), QStringLiteral("IR"),
                                text("Mehrabad Airport, Terminal 4, Tehran"), QStringLiteral("Dariush Rahimi"), QStringLiteral("skymiles_registry.png")});
    if (!sky)
        return sky.error();
    auto carolOrgs = d.payments->myOrgs(demoCaller(who[QStringLiteral("carol")]));
    if (!carolOrgs || carolOrgs->value(QStringLiteral("orgs")).toArray().isEmpty())
        return fail("internal_error", QStringLiteral("the demo Corner Shop is missing"));
    const QString shop = carolOrgs->value(QStringLiteral("orgs")).toArray().first()[QStringLiteral("id")].toString();
    auto skyActor = d.payments->memberActor(demoCaller(who[QStringLiteral("dariush")]), *sky);
    auto shopActor = d.payments->memberActor(demoCaller(who[QStringLiteral("carol")]), shop);
    if (!skyActor || !shopActor)
        return !skyActor ? skyActor.error() : shopActor.error();

    // SkyMiles' reserve money arrives as a deposit to Dariush, approved by two admins like every opening balance.
    auto deposit = d.adjustments->request(admin, {QStringLiteral("user"), QStringLiteral("dariush"), {}, QStringLiteral("AZC"),
                                                  QStringLiteral("20000"), QStringLiteral("SkyMiles Air: reserve for miles (wire 7731)")});
    if (!deposit)
        return deposit.error();
    auto approved = runToEnd(d, [&](server::Reply r) {
        d.adjustments->approve(demoCaller(who[QStringLiteral("finance")]),
                               deposit->value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("id")).toString(), std::move(r));
    });
    if (!approved)
        return approved.error();

    // --- points, policies (proposed by the partner, approved by an admin), reserves
    if (auto s = done(d.bridge->createPoint(*skyActor, {{QStringLiteral("code"), QStringLiteral("SKY")}, {QStringLiteral("name"), QStringLiteral("SkyMiles")},
                                                      {QStringLiteral("decimals"), 0}, {QStringLiteral("coin"), QStringLiteral("AZC")}}));
        !s)
        return s;
    if (auto s = done(d.bridge->createPoint(*shopActor, {{QStringLiteral("code"), QStringLiteral("STAR")}, {QStringLiteral("name"), QStringLiteral("Corner Stars")},
                                                       {QStringLiteral("decimals"), 2}, {QStringLiteral("coin"), QStringLiteral("USDT")}}));
        !s)
        return s;
    const struct { const payments::Actor *actor; const char *code; QJsonObject terms; } policies[] = {
        {&*skyActor, "SKY", policy("0.01", 100, 50, "100", "100000", "200000", "5000000")},
        {&*shopActor, "STAR", policy("0.01", 50, 0, "1", "50000", "20000", "1000000")},
    };
    for (const auto &p : policies) {
        auto proposal = d.bridge->proposePolicy(*p.actor, QLatin1String(p.code), p.terms);
        if (!proposal)
            return proposal.error();
        if (auto s = done(d.bridge->decidePolicy(admin, proposal->value(QStringLiteral("proposal"))[QStringLiteral("id")].toString(), true, {})); !s)
            return s;
    }
    for (const auto &[actor, code, amount] : {std::tuple{&*skyActor, "SKY", "20000"}, std::tuple{&*shopActor, "STAR", "500"}})
        if (auto s = done(runToEnd(d, [&](server::Reply r) {
                d.bridge->topUpReserve(*actor, QLatin1String(code), QLatin1String(amount), QStringLiteral("me"), bridgeKey(code), std::move(r));
            }));
            !s)
            return s;

    // --- points to the members (a partner's platform would do this through the API)
    const struct { const payments::Actor *actor; const char *code; const char *user; const char *amount; const char *reference; } credits[] = {
        {&*skyActor, "SKY", "bob", "25000", "Flight IR-712 Tehran–Seoul"},
        {&*skyActor, "SKY", "alice", "12000", "Flight IR-455 Hanoi–Tehran"},
        {&*shopActor, "STAR", "alice", "3000", "Loyalty card 4471"},
        {&*shopActor, "STAR", "bob", "1500", "Loyalty card 5120"},
    };
    for (const auto &c : credits)
        if (auto s = done(runToEnd(d, [&](server::Reply r) {
                d.bridge->credit(*c.actor, QLatin1String(c.code), QLatin1String(c.user), QLatin1String(c.amount), text(c.reference),
                                 bridgeKey(c.user) + QLatin1Char('-') + QLatin1String(c.code), std::move(r));
            }));
            !s)
            return s;

    // --- Bob swaps 5,000 miles to AZC
    auto quote = d.bridge->quote(who[QStringLiteral("bob")].id, QStringLiteral("SKY"), QStringLiteral("toCoin"), QStringLiteral("5000"));
    if (!quote)
        return quote.error();
    if (auto s = done(runToEnd(d, [&](server::Reply r) {
            d.bridge->swap(demoCaller(who[QStringLiteral("bob")]), quote->value(QStringLiteral("quoteId")).toString(), bridgeKey("bob-swap"), std::move(r));
        }));
        !s)
        return s;

    // --- the Market
    QHash<QString, QString> productIds;
    const struct { const payments::Actor *actor; const char *name; QJsonObject fields; } products[] = {
        {&*skyActor, "lounge", product("Lounge pass, Imam Khomeini Airport", "One visit to the SkyMiles lounge before any flight: food, showers and quiet.",
                                       "SKY", "1500", 0, "code", {QStringLiteral("LNG-7Q4M-22KD"), QStringLiteral("LNG-9X1P-08RT"), QStringLiteral("LNG-3H6C-51WA")})},
        {&*skyActor, "upgrade", product("Seat upgrade to Business", "Upgrade one economy seat on a flight under six hours, subject to availability.",
                                        "SKY", "8000", 0, "code", {QStringLiteral("UPG-1F8Z-64NB"), QStringLiteral("UPG-5K2L-90QE")})},
        {&*skyActor, "kit", product("SkyMiles travel kit", "Neck pillow, eye mask and socks in a canvas pouch. Shipped within Iran.", "AZC", "15", 40, "shipped")},
        {&*shopActor, "tea", product("Yorkshire Tea, 80 bags", "The shop's bestseller. Shipped in two days.", "STAR", "450", 25, "shipped")},
        {&*shopActor, "gift", product("Corner Shop gift card (10 GBP)", "A code to spend in the shop or on its website.", "AZC", "12", 0, "code",
                                      {QStringLiteral("GIFT-CS-4H2K-99"), QStringLiteral("GIFT-CS-7M1Q-03"), QStringLiteral("GIFT-CS-2P8W-61"),
                                       QStringLiteral("GIFT-CS-5R6T-28")})},
    };
    for (const auto &p : products) {
        auto saved = d.market->saveProduct(*p.actor, p.fields);
        if (!saved)
            return saved.error();
        productIds.insert(QLatin1String(p.name), saved->value(QStringLiteral("product"))[QStringLiteral("id")].toString());
    }
    const struct { const char *user; const char *product; int quantity; const char *address; } orders[] = {
        {"alice", "lounge", 1, ""},
        {"bob", "tea", 2, "Bob Kim, 21 Teheran-ro, Gangnam-gu, Seoul 06142"},
    };
    for (const auto &o : orders)
        if (auto s = done(runToEnd(d, [&](server::Reply r) {
                d.market->buy(demoCaller(who[QLatin1String(o.user)]), productIds.value(QLatin1String(o.product)), o.quantity, QLatin1String(o.address),
                              bridgeKey(o.user) + QLatin1String(o.product), std::move(r));
            }));
            !s)
            return s;

    // --- waiting for someone: a better mile rate for the admins to approve, a stars swap for Alice to confirm
    if (auto s = done(d.bridge->proposePolicy(*skyActor, QStringLiteral("SKY"), policy("0.011", 100, 50, "100", "100000", "250000", "5000000"))); !s)
        return s;
    return done(d.bridge->createConsent(*shopActor, {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("point"), QStringLiteral("STAR")},
                                                   {QStringLiteral("direction"), QStringLiteral("toCoin")}, {QStringLiteral("amount"), QStringLiteral("1000")},
                                                   {QStringLiteral("reference"), QStringLiteral("Cash out stars at the till")}}));
}

} // namespace azc
