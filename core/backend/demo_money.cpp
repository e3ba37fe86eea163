// The demo's money: assets, fees and limits, balances funded through the
// same four-eyes adjustments an operator would use (one admin requests, the
// finance admin approves), house holdings, and a few transfers so wallets
// have a history.

#include "backend/demo_seed.h"

#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "wallet/adjustments.h"
#include "wallet/wallet_service.h"

namespace azc {

namespace {

struct DemoAsset {
    const char *code, *name;
    int decimals;
    const char *feeRate, *feeMin, *feeMax;
    const char *limits[3][3]; // per tier: per transfer, daily, 2FA above
};

const DemoAsset kAssets[] = {
    {"USDT", "Tether USD", 6, "0.001", "0.1", "5",
     {{"500", "1000", "200"}, {"10000", "50000", "1000"}, {"100000", "500000", "5000"}}},
    {"BTC", "Bitcoin", 8, "0.001", "0.00001", "0.001",
     {{"0.01", "0.02", "0.005"}, {"0.5", "2", "0.05"}, {"5", "20", "0.5"}}},
    {"ETH", "Ether", 18, "0.001", "0.0001", "0.01",
     {{"0.2", "0.5", "0.1"}, {"10", "40", "1"}, {"100", "400", "10"}}},
    {"AZC", "AZCoiner governance token", 18, "0.0005", "1", "50",
     {{"1000", "5000", "500"}, {"100000", "500000", "10000"}, {"1000000", "5000000", "100000"}}},
};

struct DemoFunding {
    const char *target; // a username, or "hot_wallet" / "provider" / "treasury" for the house
    const char *asset, *amount, *reason;
};

const DemoFunding kFunding[] = {
    {"alice", "USDT", "2500", "Opening balance (bank deposit 14512)"},
    {"alice", "BTC", "0.05", "Opening balance (migrated from the old exchange)"},
    {"alice", "ETH", "1.2", "Opening balance (migrated from the old exchange)"},
    {"alice", "AZC", "5000", "Early supporter allocation"},
    {"bob", "USDT", "1200", "Opening balance (bank deposit 14513)"},
    {"bob", "ETH", "0.5", "Opening balance (migrated from the old exchange)"},
    {"bob", "AZC", "1500", "Community rewards"},
    {"carol", "AZC", "3000", "Early supporter allocation"},
    {"carol", "USDT", "8000", "Opening balance (bank deposit 14514)"},
    {"carol", "BTC", "0.2", "Opening balance (migrated from the old exchange)"},
    {"dariush", "USDT", "300", "Opening balance (bank deposit 14515)"},
    {"hot_wallet", "USDT", "9000", "Reconciled hot wallet balance"},
    {"provider", "USDT", "3400", "Reconciled liquidity provider balance"},
    {"hot_wallet", "BTC", "0.26", "Reconciled hot wallet balance"},
    {"hot_wallet", "ETH", "1.75", "Reconciled hot wallet balance"},
    {"treasury", "AZC", "1000000", "Treasury allocation of the governance token"},
    {"hot_wallet", "AZC", "5000", "Reconciled hot wallet balance"},
};

struct DemoTransfer {
    const char *from, *to, *asset, *amount, *memo;
};

const DemoTransfer kTransfers[] = {
    {"carol", "alice", "USDT", "150", "Rent share for November"},
    {"alice", "bob", "USDT", "25.5", "Dinner at Pho 24"},
    {"bob", "alice", "ETH", "0.05", "Concert ticket"},
};

} // namespace

server::Caller demoCaller(const identity::User &u)
{
    return {u.id, u.username, {}, u.role, u.kycTier, u.frozen};
}

Result<QJsonObject> runToEnd(DemoServices &d, const std::function<void(server::Reply)> &call)
{
    std::optional<Result<QJsonObject>> out;
    call([&out](const Result<QJsonObject> &r) { out = r; });
    // A hold then a settlement (spot orders, P2P releases) answer after two commits.
    for (int i = 0; i < 4 && !out; ++i)
        d.ledger->flush();
    if (!out)
        return Error::make(QStringLiteral("internal_error"), QStringLiteral("the demo operation did not finish"));
    return *out;
}

Status seedDemoMoney(DemoServices &d)
{
    for (const DemoAsset &a : kAssets) {
        const QString code = text(a.code);
        if (auto s = d.ledger->addAsset({code, text(a.name), a.decimals, true}); !s)
            return s;
        const auto amount = [&a](const char *t, int decimals) { return Amount::parse(text(t), decimals).value(); };
        const wallet::FeeRule fee{code, QStringLiteral("transfer"), Amount(), amount(a.feeRate, wallet::FeeRule::kRateDecimals),
                                  amount(a.feeMin, a.decimals), amount(a.feeMax, a.decimals)};
        if (auto s = d.wallet->fees().set(fee); !s)
            return s;
        // Merchants (AZPay): 0.8 % of a payment, and a payout costs what the smallest transfer fee does.
        const wallet::FeeRule payment{code, QStringLiteral("payment"), Amount(), amount("0.008", wallet::FeeRule::kRateDecimals),
                                      Amount(), Amount()};
        const wallet::FeeRule payout{code, QStringLiteral("payout"), amount(a.feeMin, a.decimals), Amount(), Amount(), Amount()};
        for (const auto &rule : {payment, payout})
            if (auto s = d.wallet->fees().set(rule); !s)
                return s;
        for (int tier = 0; tier < 3; ++tier)
            if (auto s = d.wallet->limits().set({code, tier, amount(a.limits[tier][0], a.decimals),
                                                 amount(a.limits[tier][1], a.decimals), amount(a.limits[tier][2], a.decimals)});
                !s)
                return s;
    }
    auto admin = d.users->byUsername(QStringLiteral("admin"));
    auto finance = d.users->byUsername(QStringLiteral("finance"));
    if (!admin || !finance || !admin.value() || !finance.value())
        return Error::make(QStringLiteral("internal_error"), QStringLiteral("the demo admins are missing"));
    const server::Caller requester = demoCaller(*admin.value()), approver = demoCaller(*finance.value());
    for (const DemoFunding &f : kFunding) {
        const QString target = text(f.target);
        const bool house = target == QLatin1String("hot_wallet") || target == QLatin1String("provider")
                           || target == QLatin1String("treasury");
        auto requested = d.adjustments->request(requester, {house ? QStringLiteral("house") : QStringLiteral("user"),
                                                            house ? QString() : target, house ? target : QString(),
                                                            text(f.asset), text(f.amount), text(f.reason)});
        if (!requested)
            return requested.error();
        const QString id = requested->value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("id")).toString();
        auto approved = runToEnd(d, [&](server::Reply reply) { d.adjustments->approve(approver, id, std::move(reply)); });
        if (!approved)
            return approved.error();
    }
    for (const DemoTransfer &t : kTransfers) {
        auto from = d.users->byUsername(text(t.from));
        if (!from || !from.value())
            return Error::make(QStringLiteral("internal_error"), QStringLiteral("no demo user ") + text(t.from));
        server::Caller sender = demoCaller(*from.value());
        sender.kycTier = std::max(sender.kycTier, 1); // the history predates the pending KYC cases
        auto sent = runToEnd(d, [&](server::Reply reply) {
            d.wallet->transfer(sender, {text(t.asset), text(t.amount), text(t.to), text(t.memo),
                                        QStringLiteral("demo-") + text(t.from) + text(t.to) + text(t.asset), {}},
                               std::move(reply));
        });
        if (!sent)
            return sent.error();
    }
    // A pending request waits for a second admin in the approval queue.
    auto pending = d.adjustments->request(requester, {QStringLiteral("user"), QStringLiteral("dariush"), {},
                                                      QStringLiteral("USDT"), QStringLiteral("45"),
                                                      QStringLiteral("Refund of a duplicated card payment (ticket 8841)")});
    return pending ? okStatus() : Status(pending.error());
}

Status fundDemoMarketMaker(DemoServices &d, const QString &userId)
{
    // The bot trades the house's own capital: put into the treasury by an
    // approved adjustment, then moved to the bot's account.
    static const DemoFunding capital[] = {{"treasury", "USDT", "150000", "Market-maker capital"},
                                          {"treasury", "BTC", "2", "Market-maker capital"},
                                          {"treasury", "ETH", "20", "Market-maker capital"},
                                          {"treasury", "AZC", "0", "Market-maker capital"}};
    static const std::pair<const char *, const char *> toBot[] = {
            {"USDT", "150000"}, {"BTC", "2"}, {"ETH", "20"}, {"AZC", "50000"}};
    auto admin = d.users->byUsername(QStringLiteral("admin"));
    auto finance = d.users->byUsername(QStringLiteral("finance"));
    if (!admin || !finance || !admin.value() || !finance.value())
        return Error::make(QStringLiteral("internal_error"), QStringLiteral("the demo admins are missing"));
    for (const DemoFunding &f : capital) {
        if (QByteArray(f.amount) == "0") // the treasury's AZC allocation is enough
            continue;
        auto requested = d.adjustments->request(demoCaller(*admin.value()), {QStringLiteral("house"), QString(), text(f.target),
                                                                           text(f.asset), text(f.amount), text(f.reason)});
        if (!requested)
            return requested.error();
        const QString id = requested->value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("id")).toString();
        auto approved = runToEnd(d, [&](server::Reply reply) {
            d.adjustments->approve(demoCaller(*finance.value()), id, std::move(reply));
        });
        if (!approved)
            return approved.error();
    }
    for (const auto &[asset, amount] : toBot) {
        auto a = d.ledger->asset(text(asset));
        auto treasury = d.ledger->account({{}, text(asset), ledger::AccountKind::Treasury, {}});
        auto bot = d.ledger->account({userId, text(asset), ledger::AccountKind::Available, {}});
        if (!a || !treasury || !bot)
            return Error::make(QStringLiteral("internal_error"), QStringLiteral("cannot open the market maker's accounts"));
        ledger::OperationRequest op{QStringLiteral("system"), QStringLiteral("demo-mm-capital:") + text(asset), text(asset),
                                    QStringLiteral("treasury.allocate"),
                                    {{treasury->id, bot->id, Amount::parse(text(amount), a->decimals).value(),
                                      QStringLiteral("treasury.allocate")}},
                                    {}};
        if (auto posted = d.ledger->submitNow(std::move(op)); !posted)
            return posted.error();
    }
    return okStatus();
}

} // namespace azc
