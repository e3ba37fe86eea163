// The DAO, Earn and the launchpad in the demo: two staking products with
// stakes earning from a funded reward pool, the community fund, three
// proposals — one executed (a payout from the fund to dariush, visible in his
// wallet), one open for voting, one in discussion with a few comments — and
// a token sale that is open. The executed proposal is history: it is written
// as of four days ago and its votes imported (GovernanceService::import*),
// then the ordinary clock of the service takes it through the tally, the
// timelock and the execution, exactly as a live one.

#include "backend/demo_seed.h"

#include "governance/governance_service.h"
#include "identity/user_directory.h"
#include "launchpad/launchpad_service.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "staking/staking_service.h"

#include <QDateTime>
#include <QJsonArray>

namespace azc {

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

QString key(const char *what) { return QStringLiteral("demo-") + QLatin1String(what); }

} // namespace

Status seedDemoGovernance(DemoServices &d)
{
    QHash<QString, server::Caller> who;
    for (const char *name : {"admin", "alice", "bob", "carol", "dariush"}) {
        auto u = d.users->byUsername(QLatin1String(name));
        if (!u || !u.value())
            return Error::make(QStringLiteral("internal_error"), QStringLiteral("demo user %1 missing").arg(QLatin1String(name)));
        who.insert(QLatin1String(name), demoCaller(*u.value()));
    }
    const server::Caller &admin = who[QStringLiteral("admin")];

    // --- Earn: two products, the reward pool, three stakers
    auto flexible = d.staking->saveProduct(admin, {{QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("name"), QStringLiteral("AZC Flexible")},
                                                   {QStringLiteral("kind"), QStringLiteral("flexible")}, {QStringLiteral("rateBps"), 800},
                                                   {QStringLiteral("marginBps"), 200}, {QStringLiteral("cap"), QStringLiteral("1000000")},
                                                   {QStringLiteral("minAmount"), QStringLiteral("1")}, {QStringLiteral("unbondingSeconds"), 86400}});
    auto locked = d.staking->saveProduct(admin, {{QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("name"), QStringLiteral("AZC Locked 30 days")},
                                                 {QStringLiteral("kind"), QStringLiteral("locked")}, {QStringLiteral("lockDays"), 30},
                                                 {QStringLiteral("rateBps"), 1500}, {QStringLiteral("marginBps"), 300},
                                                 {QStringLiteral("cap"), QStringLiteral("500000")}, {QStringLiteral("minAmount"), QStringLiteral("10")}});
    if (!flexible || !locked)
        return !flexible ? flexible.error() : locked.error();
    const QString flexibleId = flexible->value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
    const QString lockedId = locked->value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString();
    auto pool = runToEnd(d, [&](server::Reply r) { d.staking->fundPool(admin, QStringLiteral("AZC"), QStringLiteral("50000"), key("pool"), r); });
    if (!pool)
        return pool.error();
    const struct { const char *user; const QString &product; const char *amount; } stakes[] = {
        {"alice", flexibleId, "2000"}, {"bob", flexibleId, "1000"}, {"carol", lockedId, "2500"}};
    for (const auto &s : stakes) {
        auto staked = runToEnd(d, [&](server::Reply r) {
            d.staking->stake(who[QLatin1String(s.user)], s.product, QLatin1String(s.amount), key("stake-") + QLatin1String(s.user), r);
        });
        if (!staked)
            return staked.error();
    }

    // --- the community fund
    auto funded = runToEnd(d, [&](server::Reply r) {
        d.governance->donate(admin, QStringLiteral("AZC"), QStringLiteral("25000"), key("fund"), true, r);
    });
    if (!funded)
        return funded.error();

    // --- proposals
    const governance::GovernanceConfig &c = d.governance->config();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto idOf = [](const Result<QJsonObject> &made) { return made->value(QStringLiteral("proposal")).toObject().value(QStringLiteral("id")).toString(); };
    // Executed: its whole life lies in the past.
    auto executed = d.governance->importProposal(
            who[QStringLiteral("alice")], text("Fund the Persian translation of the help centre"),
            text("Dariush has translated the wallet and P2P guides into Persian for the community. This pays him 500 AZC "
                 "from the community fund for the work, as discussed in the thread."),
            {{QStringLiteral("type"), QStringLiteral("fund.payout")},
             {QStringLiteral("params"), QJsonObject{{QStringLiteral("toUsername"), QStringLiteral("dariush")},
                                                    {QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("amount"), QStringLiteral("500")}}}},
            now - c.discussionMs - c.votingMs - c.timelockMs - kHour);
    if (!executed)
        return executed.error();
    // Voting open: written after its discussion, a sixth of its vote behind it.
    auto voting = d.governance->importProposal(
            who[QStringLiteral("bob")], text("Lower the USDT transfer fee to a flat 0.5 USDT"),
            text("Transfers between members should be cheap. This replaces the USDT transfer fee with a flat 0.5 USDT."),
            {{QStringLiteral("type"), QStringLiteral("fees.set")},
             {QStringLiteral("params"), QJsonObject{{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("flow"), QStringLiteral("transfer")},
                                                    {QStringLiteral("fixed"), QStringLiteral("0.5")}, {QStringLiteral("rate"), QStringLiteral("0")},
                                                    {QStringLiteral("min"), QStringLiteral("0")}, {QStringLiteral("max"), QStringLiteral("0")}}}},
            now - c.discussionMs - c.votingMs / 6);
    if (!voting)
        return voting.error();
    d.governance->tick(); // both open their vote: the snapshot is the stakes above
    for (const auto &[user, choice] : {std::pair{"alice", "for"}, std::pair{"bob", "for"}, std::pair{"carol", "against"}})
        if (auto v = d.governance->importVote(who[QLatin1String(user)].userId, idOf(executed), QLatin1String(choice)); !v)
            return v;
    if (auto v = d.governance->vote(who[QStringLiteral("carol")], idOf(voting), QStringLiteral("against")); !v)
        return v.error();
    if (auto v = d.governance->vote(who[QStringLiteral("bob")], idOf(voting), QStringLiteral("for")); !v)
        return v.error();
    d.governance->tick(); // the first closes (passed, its timelock over); the second keeps voting
    d.governance->tick(); // … and runs: the payout reaches dariush's wallet with the next commit
    // In discussion: written today, with a few comments.
    auto discussion = d.governance->propose(
            who[QStringLiteral("carol")], text("Raise the AZC Flexible reward to 9 % a year"),
            text("Flexible staking pays 8 % a year. The reward pool holds enough for 9 % for the next year; raising it "
                 "keeps long-term holders with us. Comments welcome before the vote opens."),
            {{QStringLiteral("type"), QStringLiteral("staking.rate")},
             {QStringLiteral("params"), QJsonObject{{QStringLiteral("productId"), flexibleId}, {QStringLiteral("rateBps"), 900}}}});
    if (!discussion)
        return discussion.error();
    // Every discussion has its comments (a proposal's chat is a real conversation).
    const struct { const Result<QJsonObject> *proposal; const char *user; const char *text; } comments[] = {
        {&executed, "alice", "The Persian guides are in the help centre drafts; Dariush did all of it in his own time."},
        {&executed, "bob", "Worth every coin. For."},
        {&executed, "dariush", "Thank you all! The Korean and Vietnamese guides are next."},
        {&voting, "bob", "Two of my transfers this week cost more in fees than the coffee they paid for."},
        {&voting, "carol", "A flat fee makes small transfers cheap but big ones too cheap for the house. Against."},
        {&discussion, "bob", "Makes sense to me. Can the pool really carry 9 % if more people stake?"},
        {&discussion, "carol", "At today's stake it lasts 14 months; the house can top it up from fees."},
        {&discussion, "alice", "I'd vote for it."}};
    for (const auto &m : comments) {
        if (auto j = d.governance->joinDiscussion(who[QLatin1String(m.user)], idOf(*m.proposal)); !j)
            return j.error();
        messaging::SendRequest r;
        r.conversationId = m.proposal->value().value(QStringLiteral("proposal")).toObject().value(QStringLiteral("conversationId")).toString();
        r.text = text(m.text);
        if (auto sent = d.messaging->send(who[QLatin1String(m.user)].userId, r); !sent)
            return sent.error();
    }

    // --- the launchpad: an open sale for stakers
    auto sale = d.launchpad->list(admin.userId,
                                  {{QStringLiteral("token"), QStringLiteral("NOVA")}, {QStringLiteral("tokenName"), QStringLiteral("Nova Rewards")},
                                   {QStringLiteral("tokenDecimals"), 6}, {QStringLiteral("quote"), QStringLiteral("USDT")},
                                   {QStringLiteral("price"), QStringLiteral("0.05")}, {QStringLiteral("total"), QStringLiteral("200000")},
                                   {QStringLiteral("perUserCap"), QStringLiteral("2000")}, {QStringLiteral("minStake"), QStringLiteral("100")},
                                   {QStringLiteral("startsAt"), now - kDay}, {QStringLiteral("endsAt"), now + 3 * kDay},
                                   {QStringLiteral("vesting"), QJsonArray{QJsonObject{{QStringLiteral("afterDays"), 0}, {QStringLiteral("percent"), 50}},
                                                                         QJsonObject{{QStringLiteral("afterDays"), 30}, {QStringLiteral("percent"), 50}}}},
                                   {QStringLiteral("partnerUsername"), QStringLiteral("carol")}, {QStringLiteral("platformShareBps"), 1000},
                                   {QStringLiteral("title"), QStringLiteral("Nova Rewards token sale")},
                                   {QStringLiteral("description"), text("Nova is the loyalty token of Carol's Corner Shop network: "
                                                                        "spend it in every partner shop. Half is delivered at the end of the sale, "
                                                                        "half 30 days later.")}},
                                  key("nova"));
    if (!sale)
        return sale.error();
    auto committed = runToEnd(d, [&](server::Reply r) {
        d.launchpad->commit(who[QStringLiteral("bob")], sale->value(QStringLiteral("id")).toString(), QStringLiteral("300"), key("nova-bob"), r);
    });
    return committed ? okStatus() : Status(committed.error());
}

} // namespace azc
