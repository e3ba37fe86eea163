// Every method × {anonymous, user, support, admin, bot}, and which
// audiences besides people each method is open to (bots, partners' API
// keys, mini programs): the gateway allows or refuses each cell exactly as
// the table below says. A method added to the
// backend without a row here fails this test, so each new method's access
// is decided on purpose (and MethodTable refuses one without a role).

#include "server/method_table.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace azc;
using server::Role;

namespace {

struct Expected {
    Role role;
    int tier;
    // Opened beyond the role (MethodTable::openTo): Audience::Bot for the bots'
    // list; partners' keys and mini programs get theirs with their domains.
    server::Audiences opened = {};
};

// The audiences a method must end up with: people (except for bot-only
// methods), bots for public and bot methods, and what was opened.
server::Audiences audiencesOf(const Expected &e)
{
    using server::Audience;
    if (e.role == Role::Bot)
        return Audience::Bot;
    server::Audiences a = Audience::People;
    if (e.role == Role::Public)
        a |= Audience::Bot;
    return a | e.opened;
}

const QHash<QString, Expected> &expectedAccess()
{
    static const QHash<QString, Expected> table = {
        {QStringLiteral("sys.ping"), {Role::Public, 0}},
        {QStringLiteral("sys.info"), {Role::Public, 0}},
        {QStringLiteral("auth.register"), {Role::Public, 0}},
        {QStringLiteral("auth.login"), {Role::Public, 0}},
        {QStringLiteral("auth.resume"), {Role::Public, 0}},
        {QStringLiteral("auth.logout"), {Role::User, 0}},
        {QStringLiteral("session.list"), {Role::User, 0}},
        {QStringLiteral("session.revoke"), {Role::User, 0}},
        {QStringLiteral("session.revokeOthers"), {Role::User, 0}},
        {QStringLiteral("account.me"), {Role::User, 0}},
        {QStringLiteral("account.updateProfile"), {Role::User, 0}},
        {QStringLiteral("account.changePassword"), {Role::User, 0}},
        {QStringLiteral("totp.enroll"), {Role::User, 0}},
        {QStringLiteral("totp.confirm"), {Role::User, 0}},
        {QStringLiteral("totp.disable"), {Role::User, 0}},
        {QStringLiteral("files.beginUpload"), {Role::User, 0}},
        {QStringLiteral("files.uploadChunk"), {Role::User, 0}},
        {QStringLiteral("files.finishUpload"), {Role::User, 0}},
        {QStringLiteral("files.download"), {Role::User, 0}},
        {QStringLiteral("files.thumbnail"), {Role::User, 0}},
        {QStringLiteral("wallet.assets"), {Role::User, 0}},
        {QStringLiteral("wallet.balances"), {Role::User, 0}},
        {QStringLiteral("wallet.history"), {Role::User, 0}},
        {QStringLiteral("wallet.receipt"), {Role::User, 0}},
        {QStringLiteral("wallet.quoteTransfer"), {Role::User, 0}},
        {QStringLiteral("wallet.transfer"), {Role::User, 0}},
        {QStringLiteral("wallet.limits"), {Role::User, 0}},
        {QStringLiteral("wallet.setTwoFactorThreshold"), {Role::User, 0}},
        {QStringLiteral("wallet.fees"), {Role::User, 0}},
        {QStringLiteral("reserves.latest"), {Role::User, 0}},
        {QStringLiteral("reserves.myProof"), {Role::User, 0}},
        {QStringLiteral("treasury.overview"), {Role::Admin, 0}},
        {QStringLiteral("treasury.revenue"), {Role::Admin, 0}},
        {QStringLiteral("treasury.assets"), {Role::Admin, 0}},
        {QStringLiteral("treasury.addAsset"), {Role::Admin, 0}},
        {QStringLiteral("treasury.setAssetEnabled"), {Role::Admin, 0}},
        {QStringLiteral("treasury.fees"), {Role::Admin, 0}},
        {QStringLiteral("treasury.setFee"), {Role::Admin, 0}},
        {QStringLiteral("treasury.limits"), {Role::Admin, 0}},
        {QStringLiteral("treasury.setLimit"), {Role::Admin, 0}},
        {QStringLiteral("treasury.requestAdjustment"), {Role::Admin, 0}},
        {QStringLiteral("treasury.adjustments"), {Role::Admin, 0}},
        {QStringLiteral("treasury.approveAdjustment"), {Role::Admin, 0}},
        {QStringLiteral("treasury.rejectAdjustment"), {Role::Admin, 0}},
        {QStringLiteral("reserves.publish"), {Role::Admin, 0}},
        {QStringLiteral("kyc.status"), {Role::User, 0}},
        {QStringLiteral("kyc.submit"), {Role::User, 0}},
        {QStringLiteral("payments.createOrg"), {Role::User, 0}},
        {QStringLiteral("payments.myOrgs"), {Role::User, 0}},
        {QStringLiteral("payments.org"), {Role::User, 0}},
        {QStringLiteral("payments.addMember"), {Role::User, 0}},
        {QStringLiteral("payments.removeMember"), {Role::User, 0}},
        {QStringLiteral("payments.submitKyb"), {Role::User, 0}},
        {QStringLiteral("payments.createKey"), {Role::User, 0}},
        {QStringLiteral("payments.keys"), {Role::User, 0}},
        {QStringLiteral("payments.revokeKey"), {Role::User, 0}},
        {QStringLiteral("payments.rotateKey"), {Role::User, 0}},
        {QStringLiteral("payments.addWebhook"), {Role::User, 0}},
        {QStringLiteral("payments.webhooks"), {Role::User, 0}},
        {QStringLiteral("payments.removeWebhook"), {Role::User, 0}},
        {QStringLiteral("payments.enableWebhook"), {Role::User, 0}},
        {QStringLiteral("payments.deliveries"), {Role::User, 0}},
        {QStringLiteral("payments.redeliver"), {Role::User, 0}},
        {QStringLiteral("payments.createLink"), {Role::User, 0}},
        {QStringLiteral("payments.links"), {Role::User, 0}},
        {QStringLiteral("payments.setLinkActive"), {Role::User, 0}},
        {QStringLiteral("payments.preview"), {Role::User, 0}},
        {QStringLiteral("payments.pay"), {Role::User, 0}},
        {QStringLiteral("payments.paidByMe"), {Role::User, 0}},
        {QStringLiteral("payments.createInvoice"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.invoice"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.invoices"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.cancelInvoice"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.refund"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.refunds"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.payout"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.payouts"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.balances"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.statement"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.events"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("payments.kybQueue"), {Role::Support, 0}},
        {QStringLiteral("payments.kybCase"), {Role::Support, 0}},
        {QStringLiteral("payments.decideKyb"), {Role::Support, 0}},
        {QStringLiteral("payments.setFee"), {Role::Admin, 0}},
        {QStringLiteral("miniprograms.registerDeveloper"), {Role::User, 1}},
        {QStringLiteral("miniprograms.developer"), {Role::User, 0}},
        {QStringLiteral("miniprograms.submit"), {Role::User, 1}},
        {QStringLiteral("miniprograms.mine"), {Role::User, 0}},
        {QStringLiteral("miniprograms.rollback"), {Role::User, 0}},
        {QStringLiteral("miniprograms.reviewQueue"), {Role::Admin, 0}},
        {QStringLiteral("miniprograms.decide"), {Role::Admin, 0}},
        {QStringLiteral("miniprograms.suspend"), {Role::Admin, 0}},
        {QStringLiteral("miniprograms.catalogue"), {Role::User, 0}},
        {QStringLiteral("miniprograms.install"), {Role::User, 0}},
        {QStringLiteral("miniprograms.remove"), {Role::User, 0}},
        {QStringLiteral("miniprograms.installed"), {Role::User, 0}},
        {QStringLiteral("miniprograms.open"), {Role::User, 0}},
        {QStringLiteral("miniprograms.bundle"), {Role::User, 0}},
        {QStringLiteral("miniprograms.consent"), {Role::User, 0}},
        {QStringLiteral("miniprograms.setConsent"), {Role::User, 0}},
        {QStringLiteral("miniprograms.profile"), {Role::User, 0}},
        {QStringLiteral("miniprograms.storageGet"), {Role::User, 0}},
        {QStringLiteral("miniprograms.storageSet"), {Role::User, 0}},
        {QStringLiteral("miniprograms.share"), {Role::User, 0}},
        {QStringLiteral("miniprograms.checkout"), {Role::User, 0}},
        {QStringLiteral("miniprograms.pay"), {Role::User, 0}},
        {QStringLiteral("miniprograms.spending"), {Role::User, 0}},
        {QStringLiteral("staking.products"), {Role::User, 0}},
        {QStringLiteral("staking.positions"), {Role::User, 0}},
        {QStringLiteral("staking.stake"), {Role::User, 0}},
        {QStringLiteral("staking.unstake"), {Role::User, 0}},
        {QStringLiteral("staking.claim"), {Role::User, 0}},
        {QStringLiteral("staking.adminProducts"), {Role::Admin, 0}},
        {QStringLiteral("staking.saveProduct"), {Role::Admin, 0}},
        {QStringLiteral("staking.pools"), {Role::Admin, 0}},
        {QStringLiteral("staking.fundPool"), {Role::Admin, 0}},
        {QStringLiteral("governance.proposals"), {Role::User, 0}},
        {QStringLiteral("governance.proposal"), {Role::User, 0}},
        {QStringLiteral("governance.propose"), {Role::User, 0}},
        {QStringLiteral("governance.cancel"), {Role::User, 0}},
        {QStringLiteral("governance.joinDiscussion"), {Role::User, 0}},
        {QStringLiteral("governance.channel"), {Role::User, 0}},
        {QStringLiteral("governance.vote"), {Role::User, 0}},
        {QStringLiteral("governance.votingPower"), {Role::User, 0}},
        {QStringLiteral("governance.tally"), {Role::User, 0}},
        {QStringLiteral("governance.myVote"), {Role::User, 0}},
        {QStringLiteral("governance.chainRecord"), {Role::User, 0}},
        {QStringLiteral("governance.fund"), {Role::User, 0}},
        {QStringLiteral("governance.donate"), {Role::User, 0}},
        {QStringLiteral("governance.fundFromTreasury"), {Role::Admin, 0}},
        {QStringLiteral("launchpad.sales"), {Role::User, 0}},
        {QStringLiteral("launchpad.sale"), {Role::User, 0}},
        {QStringLiteral("launchpad.commit"), {Role::User, 0}},
        {QStringLiteral("launchpad.mine"), {Role::User, 0}},
        {QStringLiteral("launchpad.adminSales"), {Role::Admin, 0}},
        {QStringLiteral("launchpad.list"), {Role::Admin, 0}},
        {QStringLiteral("bridge.points"), {Role::User, 0}},
        {QStringLiteral("bridge.quote"), {Role::User, 0}},
        {QStringLiteral("bridge.swap"), {Role::User, 0}},
        {QStringLiteral("bridge.swaps"), {Role::User, 0}},
        {QStringLiteral("bridge.history"), {Role::User, 0}},
        {QStringLiteral("bridge.consents"), {Role::User, 0}},
        {QStringLiteral("bridge.consent"), {Role::User, 0}},
        {QStringLiteral("bridge.confirmConsent"), {Role::User, 0}},
        {QStringLiteral("bridge.declineConsent"), {Role::User, 0}},
        {QStringLiteral("bridge.createPoint"), {Role::User, 0}},
        {QStringLiteral("bridge.registerToken"), {Role::User, 0}},
        {QStringLiteral("bridge.orgPoints"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("bridge.proposePolicy"), {Role::User, 0}},
        {QStringLiteral("bridge.policies"), {Role::User, 0}},
        {QStringLiteral("bridge.approvePolicy"), {Role::Admin, 0}},
        {QStringLiteral("bridge.rejectPolicy"), {Role::Admin, 0}},
        {QStringLiteral("bridge.setPaused"), {Role::User, 0}},
        {QStringLiteral("bridge.topUpReserve"), {Role::User, 0}},
        {QStringLiteral("bridge.withdrawReserve"), {Role::User, 0}},
        {QStringLiteral("bridge.credit"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("bridge.burn"), {Role::User, 0}},
        {QStringLiteral("bridge.requestSwap"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("bridge.swapRequest"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("bridge.orgSwaps"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("bridge.dashboard"), {Role::User, 0, server::Audience::PartnerKey}},
        {QStringLiteral("bridge.overview"), {Role::Admin, 0}},
        {QStringLiteral("market.products"), {Role::User, 0}},
        {QStringLiteral("market.product"), {Role::User, 0}},
        {QStringLiteral("market.buy"), {Role::User, 0}},
        {QStringLiteral("market.myOrders"), {Role::User, 0}},
        {QStringLiteral("market.confirmReceived"), {Role::User, 0}},
        {QStringLiteral("market.dispute"), {Role::User, 0}},
        {QStringLiteral("market.saveProduct"), {Role::User, 0}},
        {QStringLiteral("market.orgProducts"), {Role::User, 0}},
        {QStringLiteral("market.orgOrders"), {Role::User, 0}},
        {QStringLiteral("market.ship"), {Role::User, 0}},
        {QStringLiteral("market.refund"), {Role::User, 0}},
        {QStringLiteral("market.disputes"), {Role::Support, 0}},
        {QStringLiteral("market.decideDispute"), {Role::Support, 0}},
        {QStringLiteral("kyc.queue"), {Role::Support, 0}},
        {QStringLiteral("kyc.case"), {Role::Support, 0}},
        {QStringLiteral("kyc.assign"), {Role::Support, 0}},
        {QStringLiteral("kyc.approve"), {Role::Support, 0}},
        {QStringLiteral("kyc.reject"), {Role::Support, 0}},
        {QStringLiteral("kyc.requestResubmission"), {Role::Support, 0}},
        {QStringLiteral("notify.list"), {Role::User, 0}},
        {QStringLiteral("notify.markRead"), {Role::User, 0}},
        {QStringLiteral("users.search"), {Role::Support, 0}},
        {QStringLiteral("chain.networks"), {Role::User, 0}},
        {QStringLiteral("deposit.address"), {Role::User, 0}},
        {QStringLiteral("deposit.list"), {Role::User, 0}},
        {QStringLiteral("withdraw.addresses"), {Role::User, 0}},
        {QStringLiteral("withdraw.addAddress"), {Role::User, 0}},
        {QStringLiteral("withdraw.removeAddress"), {Role::User, 0}},
        {QStringLiteral("withdraw.limits"), {Role::User, 0}},
        {QStringLiteral("withdraw.quote"), {Role::User, 0}},
        {QStringLiteral("withdraw.request"), {Role::User, 0}},
        {QStringLiteral("withdraw.cancel"), {Role::User, 0}},
        {QStringLiteral("withdraw.list"), {Role::User, 0}},
        {QStringLiteral("withdraw.get"), {Role::User, 0}},
        {QStringLiteral("withdraw.queue"), {Role::Support, 0}},
        {QStringLiteral("withdraw.approve"), {Role::Support, 0}},
        {QStringLiteral("withdraw.reject"), {Role::Support, 0}},
        {QStringLiteral("chain.adminNetworks"), {Role::Admin, 0}},
        {QStringLiteral("chain.setNetwork"), {Role::Admin, 0}},
        {QStringLiteral("chain.setAsset"), {Role::Admin, 0}},
        {QStringLiteral("chain.setWithdrawLimit"), {Role::Admin, 0}},
        {QStringLiteral("custody.reconcile"), {Role::Admin, 0}},
        {QStringLiteral("custody.unswept"), {Role::Admin, 0}},
        {QStringLiteral("spot.markets"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("spot.depth"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("spot.trades"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("spot.orders"), {Role::User, 0}},
        {QStringLiteral("spot.place"), {Role::User, 0}},
        {QStringLiteral("spot.cancel"), {Role::User, 0}},
        {QStringLiteral("spot.cancelAll"), {Role::User, 0}},
        {QStringLiteral("spot.tickers"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("spot.candles"), {Role::User, 0}},
        {QStringLiteral("spot.subscribe"), {Role::User, 0}},
        {QStringLiteral("spot.setMarket"), {Role::Admin, 0}},
        {QStringLiteral("spot.bookState"), {Role::Admin, 0}},
        {QStringLiteral("exchange.provider"), {Role::Admin, 0}},
        {QStringLiteral("exchange.hedges"), {Role::Admin, 0}},
        {QStringLiteral("exchange.revenue"), {Role::Admin, 0}},
        {QStringLiteral("swap.pairs"), {Role::User, 0}},
        {QStringLiteral("swap.quote"), {Role::User, 0}},
        {QStringLiteral("swap.accept"), {Role::User, 0}},
        {QStringLiteral("admin.setRole"), {Role::Admin, 0}},
        {QStringLiteral("admin.setFrozen"), {Role::Admin, 0}},
        {QStringLiteral("admin.auditLog"), {Role::Admin, 0}},
        {QStringLiteral("chats.list"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("chats.get"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("chats.openDirect"), {Role::User, 0}},
        {QStringLiteral("chats.createGroup"), {Role::User, 0}},
        {QStringLiteral("chats.createChannel"), {Role::User, 0}},
        {QStringLiteral("chats.join"), {Role::User, 0}},
        {QStringLiteral("chats.leave"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("chats.members"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("chats.addMember"), {Role::User, 0}},
        {QStringLiteral("chats.setRole"), {Role::User, 0}},
        {QStringLiteral("chats.removeMember"), {Role::User, 0}},
        {QStringLiteral("chats.invite"), {Role::User, 0}},
        {QStringLiteral("chats.mute"), {Role::User, 0}},
        {QStringLiteral("chats.pin"), {Role::User, 0}},
        {QStringLiteral("messages.send"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("messages.list"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("messages.edit"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("messages.edits"), {Role::User, 0}},
        {QStringLiteral("messages.delete"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("messages.react"), {Role::User, 0}},
        {QStringLiteral("messages.markRead"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("messages.pin"), {Role::User, 0}},
        {QStringLiteral("messages.pinned"), {Role::User, 0}},
        {QStringLiteral("messages.search"), {Role::User, 0}},
        {QStringLiteral("messages.sendMoney"), {Role::User, 0}},
        {QStringLiteral("p2p.createAd"), {Role::User, 1}},
        {QStringLiteral("p2p.ads"), {Role::User, 0}},
        {QStringLiteral("p2p.myAds"), {Role::User, 0}},
        {QStringLiteral("p2p.setAdStatus"), {Role::User, 0}},
        {QStringLiteral("p2p.take"), {Role::User, 0}},
        {QStringLiteral("p2p.trades"), {Role::User, 0}},
        {QStringLiteral("p2p.trade"), {Role::User, 0}},
        {QStringLiteral("p2p.markPaid"), {Role::User, 0}},
        {QStringLiteral("p2p.release"), {Role::User, 0}},
        {QStringLiteral("p2p.cancel"), {Role::User, 0}},
        {QStringLiteral("p2p.appeal"), {Role::User, 0}},
        {QStringLiteral("p2p.disputes"), {Role::Support, 0}},
        {QStringLiteral("p2p.resolve"), {Role::Support, 0}},
        {QStringLiteral("p2p.updateAd"), {Role::User, 0}},
        {QStringLiteral("p2p.feedback"), {Role::User, 0}},
        {QStringLiteral("p2p.profile"), {Role::User, 0}},
        {QStringLiteral("p2p.paymentTypes"), {Role::User, 0}},
        {QStringLiteral("p2p.paymentMethods"), {Role::User, 0}},
        {QStringLiteral("p2p.addPaymentMethod"), {Role::User, 0}},
        {QStringLiteral("p2p.removePaymentMethod"), {Role::User, 0}},
        {QStringLiteral("p2p.referenceRates"), {Role::User, 0}},
        {QStringLiteral("p2p.setReferenceRate"), {Role::Admin, 0}},
        {QStringLiteral("messages.requestMoney"), {Role::User, 0}},
        {QStringLiteral("messages.payRequest"), {Role::User, 0}},
        {QStringLiteral("messages.sendRedPacket"), {Role::User, 0}},
        {QStringLiteral("messages.openRedPacket"), {Role::User, 0}},
        {QStringLiteral("messages.pressButton"), {Role::User, 0}},
        {QStringLiteral("bots.create"), {Role::User, 0}},
        {QStringLiteral("bots.list"), {Role::User, 0}},
        {QStringLiteral("bots.resetToken"), {Role::User, 0}},
        {QStringLiteral("bots.answerCallback"), {Role::Bot, 0}},
        {QStringLiteral("auth.bot"), {Role::Public, 0}},
        {QStringLiteral("chat.typing"), {Role::User, 0, server::Audience::Bot}},
        {QStringLiteral("calls.iceServers"), {Role::User, 0}},
        {QStringLiteral("calls.start"), {Role::User, 0}},
        {QStringLiteral("calls.accept"), {Role::User, 0}},
        {QStringLiteral("calls.decline"), {Role::User, 0}},
        {QStringLiteral("calls.hangup"), {Role::User, 0}},
        {QStringLiteral("calls.signal"), {Role::User, 0}},
        {QStringLiteral("calls.hold"), {Role::User, 0}},
        {QStringLiteral("calls.media"), {Role::User, 0}},
        {QStringLiteral("calls.get"), {Role::User, 0}},
        {QStringLiteral("calls.active"), {Role::User, 0}},
        {QStringLiteral("calls.list"), {Role::User, 0}},
    };
    return table;
}

struct Account {
    const char *label;
    Role role;
    const char *username;
    const char *password;
};

const Account kAccounts[] = {
    {"anonymous", Role::Public, nullptr, nullptr},
    {"user", Role::User, "alice", "AzcAlice#2026"},
    {"support", Role::Support, "support", "AzcSupport#2026"},
    {"admin", Role::Admin, "admin", "AzcAdmin#2026"},
    {"bot", Role::Bot, nullptr, nullptr}, // signs in with a token alice makes
};

} // namespace

class TstAccessMatrix : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestBackend> m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = test::TestBackend::demo();
        QVERIFY(m_backend);
    }

    void everyMethodHasADecidedRow()
    {
        const server::MethodTable &table = m_backend->backend().methods();
        for (const QString &name : table.names()) {
            QVERIFY2(expectedAccess().contains(name),
                     qPrintable(name + QStringLiteral(" has no row in tst_access_matrix: decide who may call it")));
            const server::MethodSpec *spec = table.find(name);
            QVERIFY(spec->role.has_value());
            QCOMPARE(int(*spec->role), int(expectedAccess().value(name).role));
            QCOMPARE(spec->minKycTier, expectedAccess().value(name).tier);
            const Expected e = expectedAccess().value(name);
            for (auto audience : {server::Audience::People, server::Audience::Bot, server::Audience::PartnerKey,
                                  server::Audience::MiniProgram})
                QVERIFY2(spec->audiences.testFlag(audience) == audiencesOf(e).testFlag(audience),
                         qPrintable(name + QStringLiteral(": open to ") + server::audienceName(audience) + QLatin1Char('?')));
        }
        QCOMPARE(table.names().size(), expectedAccess().size());
    }

    // docs/protocol.md is the contract clients are written from: its tables
    // must list exactly the served methods, with the same role, tier and rate.
    void protocolDocMatchesTable()
    {
        QFile doc(QStringLiteral(AZC_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        static const QRegularExpression row(QStringLiteral("^\\| `([a-z][a-z0-9]*\\.[A-Za-z]+)` \\| (\\w+) \\| (\\d) \\| (\\w+) \\|"),
                                            QRegularExpression::MultilineOption);
        const server::MethodTable &table = m_backend->backend().methods();
        QSet<QString> documented;
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1);
            documented.insert(name);
            const server::MethodSpec *spec = table.find(name);
            QVERIFY2(spec, qPrintable(name + QStringLiteral(" is documented but not served")));
            QCOMPARE(m.captured(2), server::roleName(*spec->role));
            QCOMPARE(m.captured(3).toInt(), spec->minKycTier);
            QVERIFY2(m.captured(4) == server::rateClassName(spec->rateClass),
                     qPrintable(name + QStringLiteral(": doc says ") + m.captured(4)));
        }
        for (const QString &name : table.names())
            QVERIFY2(documented.contains(name), qPrintable(name + QStringLiteral(" is missing from docs/protocol.md")));
    }

    void matrix_data()
    {
        QTest::addColumn<int>("account");
        for (int i = 0; i < int(std::size(kAccounts)); ++i)
            QTest::newRow(kAccounts[i].label) << i;
    }
    void matrix()
    {
        QFETCH(int, account);
        const Account &who = kAccounts[account];
        test::WsClient c;
        QVERIFY(c.open(m_backend->url()));
        if (who.username)
            QVERIFY(!c.login(QString::fromLatin1(who.username), QString::fromLatin1(who.password)).isEmpty());
        if (who.role == Role::Bot) {
            test::WsClient owner;
            QVERIFY(owner.open(m_backend->url()));
            QVERIFY(!owner.login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty());
            const QString token = owner.result(QStringLiteral("bots.create"), {{QStringLiteral("username"), QStringLiteral("matrixbot")},
                                                                              {QStringLiteral("displayName"), QStringLiteral("Matrix")}})
                                          [QStringLiteral("token")].toString();
            QVERIFY(c.call(QStringLiteral("auth.bot"), {{QStringLiteral("token"), token}}).contains(QStringLiteral("result")));
        }
        QStringList names = m_backend->backend().methods().names();
        // Logging out ends the session the rest of the row needs: last.
        names.removeAll(QStringLiteral("auth.logout"));
        names.append(QStringLiteral("auth.logout"));
        int allowedCells = 0;
        for (const QString &name : names) {
            const Expected e = expectedAccess().value(name);
            QJsonObject reply = c.call(name);
            // One call per method at once is more than a rate class's burst now:
            // wait as told and ask again (tst_gateway tests the limits themselves).
            for (int tries = 0; tries < 20 && test::errorCode(reply) == -32029; ++tries) {
                QTest::qWait(int(reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject()
                                     .value(QStringLiteral("retryAfterMs")).toInteger(50)) + 10);
                reply = c.call(name);
            }
            QVERIFY2(!reply.isEmpty(), qPrintable(name + QStringLiteral(": no reply")));
            const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
            const int code = error.value(QStringLiteral("code")).toInt();
            const QString reason = error.value(QStringLiteral("data")).toObject().value(QStringLiteral("reason")).toString();
            const bool shouldAllow = who.role == Role::Bot ? audiencesOf(e).testFlag(server::Audience::Bot)
                                                           : server::roleAtLeast(who.role, e.role);
            const QString cell = QStringLiteral("%1 as %2: code %3 %4").arg(name, QLatin1String(who.label)).arg(code).arg(reason);
            if (shouldAllow && e.tier > 0) {
                // The demo's alice, support and admin are unverified (tier 0): the tier check answers.
                QVERIFY2(code == -32003 && reason == QLatin1String("kyc_required"), qPrintable(cell));
            } else if (shouldAllow) {
                // Allowed means the gateway let it through: the handler (or its
                // parameter check) answered, whatever the answer.
                QVERIFY2(code != -32001 && !(code == -32003 && (reason == QLatin1String("forbidden")
                                                                 || reason == QLatin1String("kyc_required"))),
                         qPrintable(cell));
                ++allowedCells;
            } else if (who.role == Role::Public) {
                QVERIFY2(code == -32001 && reason == QLatin1String("unauthenticated"), qPrintable(cell));
            } else {
                QVERIFY2(code == -32003 && reason == QLatin1String("forbidden"), qPrintable(cell));
            }
        }
        QVERIFY(allowedCells > 0);
    }
};

QTEST_GUILESS_MAIN(TstAccessMatrix)
#include "tst_access_matrix.moc"
