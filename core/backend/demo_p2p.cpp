// The demo's P2P market: reference rates an admin would set, the demo users'
// payment methods, carol's ads (a fixed USD sell, a floating EUR sell of BTC,
// an IRR buy) and one finished trade with feedback, so ads show a
// reputation. Written through P2PService like any client, on an empty database.

#include "backend/demo_seed.h"

#include "identity/user_directory.h"
#include "p2p/p2p_service.h"

#include <QJsonArray>

namespace azc {

namespace {

struct DemoMethod {
    const char *user, *type, *label;
    QList<std::pair<const char *, const char *>> fields;
};

const DemoMethod kMethods[] = {
    {"carol", "bank_transfer", "Barclays",
     {{"accountName", "Carol Smith"}, {"bankName", "Barclays"}, {"accountNumber", "GB29 NWBK 6016 1331 9268 19"}}},
    {"carol", "card", "Revolut card", {{"cardholder", "CAROL SMITH"}, {"cardNumber", "5355 0412 3456 7890"}}},
    {"bob", "ewallet", "KakaoPay", {{"provider", "KakaoPay"}, {"account", "+82 10 5555 0199"}}},
    {"alice", "bank_transfer", "Vietcombank",
     {{"accountName", "Nguyen Thi Alice"}, {"bankName", "Vietcombank"}, {"accountNumber", "0071 0012 34567"}}},
};

} // namespace

Status seedDemoP2P(DemoServices &d)
{
    QHash<QString, identity::User> users;
    for (const char *name : {"admin", "alice", "bob", "carol"}) {
        auto u = d.users->byUsername(text(name));
        if (!u || !u.value())
            return Error::make(QStringLiteral("internal_error"), QStringLiteral("demo user missing: ") + text(name));
        users.insert(text(name), *u.value());
    }
    const server::Caller admin = demoCaller(users.value(QStringLiteral("admin")));
    for (const auto &[fiat, rate] : {std::pair{"USD", "1.00"}, std::pair{"EUR", "0.92"}, std::pair{"IRR", "585000.00"}})
        if (auto set = d.p2p->setReferenceRate(admin, QStringLiteral("USDT"), text(fiat), text(rate)); !set)
            return set.error();

    QHash<QString, QStringList> methodIds; // user → their methods, in kMethods order
    for (const DemoMethod &m : kMethods) {
        QJsonObject fields;
        for (const auto &[key, value] : m.fields)
            fields.insert(text(key), text(value));
        auto made = d.p2p->addPaymentMethod(users.value(text(m.user)).id, text(m.type), text(m.label), fields);
        if (!made)
            return made.error();
        methodIds[text(m.user)].append(made->value(QStringLiteral("method")).toObject().value(QStringLiteral("id")).toString());
    }

    const server::Caller carol = demoCaller(users.value(QStringLiteral("carol")));
    const QStringList carolMethods = methodIds.value(QStringLiteral("carol"));
    auto ad = [&](p2p::AdRequest r) -> Result<QJsonObject> {
        auto made = runToEnd(d, [&](server::Reply reply) { d.p2p->createAd(carol, r, std::move(reply)); });
        if (!made)
            return made.error();
        return made->value(QStringLiteral("ad")).toObject();
    };
    p2p::AdRequest usd;
    usd.side = QStringLiteral("sell");
    usd.asset = QStringLiteral("USDT");
    usd.fiat = QStringLiteral("USD");
    usd.price = QStringLiteral("1.01");
    usd.total = QStringLiteral("1000");
    usd.minAmount = QStringLiteral("20");
    usd.maxAmount = QStringLiteral("500");
    usd.paymentMethodIds = carolMethods;
    usd.terms = QStringLiteral("Bank transfer or card from an account in your own name. No third-party payments.");
    usd.autoReply = QStringLiteral("Hi! Please pay to the account shown in the trade and mark it paid. I release within 10 minutes.");
    usd.idempotencyKey = QStringLiteral("demo-ad-usd");
    auto usdAd = ad(usd);
    if (!usdAd)
        return usdAd.error();

    p2p::AdRequest eur = usd;
    eur.asset = QStringLiteral("BTC");
    eur.fiat = QStringLiteral("EUR");
    eur.priceType = QStringLiteral("floating");
    eur.margin = QStringLiteral("1.5");
    eur.total = QStringLiteral("0.05");
    eur.minAmount = QStringLiteral("0.001");
    eur.maxAmount = QStringLiteral("0.05");
    eur.paymentMethodIds = {carolMethods.first()};
    eur.terms = QStringLiteral("SEPA transfers only; the reference is the trade number.");
    eur.minCompletedTrades = 1;
    eur.idempotencyKey = QStringLiteral("demo-ad-eur");
    if (auto made = ad(eur); !made)
        return made.error();

    p2p::AdRequest irr;
    irr.side = QStringLiteral("buy");
    irr.asset = QStringLiteral("USDT");
    irr.fiat = QStringLiteral("IRR");
    irr.price = QStringLiteral("590000.00");
    irr.total = QStringLiteral("2000");
    irr.minAmount = QStringLiteral("10");
    irr.maxAmount = QStringLiteral("400");
    irr.paymentTypes = {QStringLiteral("bank_transfer"), QStringLiteral("card")};
    irr.paymentWindowMinutes = 30;
    irr.terms = QStringLiteral("I pay by Shetab card transfer within 30 minutes.");
    irr.idempotencyKey = QStringLiteral("demo-ad-irr");
    if (auto made = ad(irr); !made)
        return made.error();

    // Bob bought 50 USDT from carol earlier; both were happy.
    const server::Caller bob = demoCaller(users.value(QStringLiteral("bob")));
    auto taken = runToEnd(d, [&](server::Reply reply) {
        d.p2p->take(bob, usdAd->value(QStringLiteral("id")).toString(), QStringLiteral("50"), QString(),
                    QStringLiteral("demo-trade-1"), std::move(reply));
    });
    if (!taken)
        return taken.error();
    const QString tradeId = taken->value(QStringLiteral("trade")).toObject().value(QStringLiteral("id")).toString();
    for (const auto &[who, action] : {std::pair{bob, p2p::TradeAction::MarkPaid}, std::pair{carol, p2p::TradeAction::Release}})
        if (auto done = runToEnd(d, [&](server::Reply reply) { d.p2p->act(who, tradeId, action, QString(), std::move(reply)); });
            !done)
            return done.error();
    for (const auto &[who, comment] : {std::pair{bob, "Quick release, thanks!"}, std::pair{carol, "Paid fast, smooth trade."}})
        if (auto rated = d.p2p->feedback(who, tradeId, QStringLiteral("positive"), text(comment)); !rated)
            return rated.error();
    return okStatus();
}

} // namespace azc
