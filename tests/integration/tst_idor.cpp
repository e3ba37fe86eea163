// The IDOR sweep (issue 15): every method in the method table that takes
// the id of an object is called by an unrelated user ("mallory", freshly
// registered, in nobody's conversations) with the id of somebody else's
// object, and must answer not_found or forbidden — never the object, never
// a change. A method with an id parameter and no row here fails the sweep,
// so each new one is decided on purpose. A few ids are not somebody else's
// object (a published snapshot, a trader's public profile, an ad to take):
// those rows say why instead.

#include "crypto/totp.h"
#include "server/method_table.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>
#include <functional>

using namespace azc;
using namespace azc::test;

namespace {

QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString randomId() { return QUuid::createUuid().toString(QUuid::Id128); }

// Somebody else's objects, made by alice, bob and carol before the sweep.
struct Victims {
    QString group, direct, message, fileId, uploadId, requestMessage, redPacketMessage, botId, botMessage, sessionId,
            bobUserId, order, swapQuote, carolAd, carolBuyAd, carolMethod, aliceMethod, trade, operationId, kycCase;
    // alice's shop (AZPay): the organisation and its objects
    QString org, invoice, apiKey, endpoint, delivery, link, kybCase;
    // alice's stake and a proposal she wrote (the demo's)
    QString stakePosition, aliceProposal;
    // the Bridge and the Market (the demo's): SkyMiles Air, alice's quote, the stars request to alice, alice's order
    QString skyOrg, bridgeQuote, consent, marketOrder, product;
    // a call alice is making to bob
    QString call;
};

struct Row {
    // The params to send (the id of a victim's object plus whatever else the
    // method needs to get past its schema); empty when `publicWhy` is set.
    std::function<QJsonObject(const Victims &)> params;
    const char *publicWhy = nullptr; // not somebody else's object: why
    // Who tries: mallory (tier 0) unless the method needs a verified caller
    // to get as far as the id (then carol, a stranger to alice's objects).
    bool verifiedAttacker = false;
};

Row refused(std::function<QJsonObject(const Victims &)> params) { return Row{std::move(params), nullptr}; }
Row refusedToVerified(std::function<QJsonObject(const Victims &)> params) { return Row{std::move(params), nullptr, true}; }
Row notAnotherPersonsObject(const char *why) { return Row{{}, why}; }

const QHash<QString, Row> &rows()
{
    using V = const Victims &;
    static const QHash<QString, Row> table = {
        {QStringLiteral("session.revoke"), refused([](V v) { return QJsonObject{{QStringLiteral("sessionId"), v.sessionId}}; })},
        {QStringLiteral("files.uploadChunk"), refused([](V v) {
             return QJsonObject{{QStringLiteral("uploadId"), v.uploadId}, {QStringLiteral("offset"), 0},
                                {QStringLiteral("data"), QStringLiteral("AAAA")}};
         })},
        {QStringLiteral("files.finishUpload"), refused([](V v) { return QJsonObject{{QStringLiteral("uploadId"), v.uploadId}}; })},
        {QStringLiteral("files.download"), refused([](V v) {
             return QJsonObject{{QStringLiteral("fileId"), v.fileId}, {QStringLiteral("offset"), 0}};
         })},
        {QStringLiteral("files.thumbnail"), refused([](V v) { return QJsonObject{{QStringLiteral("fileId"), v.fileId}}; })},
        {QStringLiteral("wallet.receipt"), refused([](V v) { return QJsonObject{{QStringLiteral("operationId"), v.operationId}}; })},
        {QStringLiteral("reserves.myProof"), notAnotherPersonsObject("a published snapshot is public; the proof returned is the caller's own")},
        {QStringLiteral("treasury.approveAdjustment"), refused([](V) { return QJsonObject{{QStringLiteral("adjustmentId"), randomId()}}; })},
        {QStringLiteral("treasury.rejectAdjustment"), refused([](V) {
             return QJsonObject{{QStringLiteral("adjustmentId"), randomId()}, {QStringLiteral("reason"), QStringLiteral("no reason")}};
         })},
        {QStringLiteral("kyc.submit"), refused([](V v) {
             return QJsonObject{{QStringLiteral("targetTier"), 1}, {QStringLiteral("fullName"), QStringLiteral("Mallory Mal")},
                                {QStringLiteral("dateOfBirth"), QStringLiteral("1990-01-01")}, {QStringLiteral("country"), QStringLiteral("DE")},
                                {QStringLiteral("documentType"), QStringLiteral("passport")},
                                {QStringLiteral("documentNumber"), QStringLiteral("X1234567")},
                                {QStringLiteral("fileIds"), QJsonArray{v.fileId}}};
         })},
        {QStringLiteral("kyc.case"), refused([](V v) { return QJsonObject{{QStringLiteral("caseId"), v.kycCase}}; })},
        // Calls: someone else's call is not_found (never confirmed), their chat not theirs to ring from.
        {QStringLiteral("calls.start"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.direct}}; })},
        {QStringLiteral("calls.accept"), refused([](V v) { return QJsonObject{{QStringLiteral("callId"), v.call}}; })},
        {QStringLiteral("calls.decline"), refused([](V v) { return QJsonObject{{QStringLiteral("callId"), v.call}}; })},
        {QStringLiteral("calls.hangup"), refused([](V v) { return QJsonObject{{QStringLiteral("callId"), v.call}}; })},
        {QStringLiteral("calls.get"), refused([](V v) { return QJsonObject{{QStringLiteral("callId"), v.call}}; })},
        {QStringLiteral("calls.hold"), refused([](V v) { return QJsonObject{{QStringLiteral("callId"), v.call}, {QStringLiteral("held"), true}}; })},
        {QStringLiteral("calls.media"), refused([](V v) {
             return QJsonObject{{QStringLiteral("callId"), v.call}, {QStringLiteral("audio"), false}, {QStringLiteral("video"), false},
                                {QStringLiteral("screen"), false}};
         })},
        {QStringLiteral("calls.signal"), refused([](V v) {
             return QJsonObject{{QStringLiteral("callId"), v.call}, {QStringLiteral("toUserId"), v.bobUserId},
                                {QStringLiteral("type"), QStringLiteral("offer")}, {QStringLiteral("sdp"), QStringLiteral("v=0")}};
         })},
        {QStringLiteral("bridge.swap"), refused([](V v) { return QJsonObject{{QStringLiteral("quoteId"), v.bridgeQuote}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("bridge.consent"), refused([](V v) { return QJsonObject{{QStringLiteral("consentId"), v.consent}}; })},
        {QStringLiteral("bridge.confirmConsent"), refused([](V v) { return QJsonObject{{QStringLiteral("consentId"), v.consent}, {QStringLiteral("quoteId"), v.bridgeQuote}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("bridge.declineConsent"), refused([](V v) { return QJsonObject{{QStringLiteral("consentId"), v.consent}}; })},
        {QStringLiteral("bridge.createPoint"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("code"), QStringLiteral("MAL")}, {QStringLiteral("name"), QStringLiteral("Mal points")}, {QStringLiteral("decimals"), 0}, {QStringLiteral("coin"), QStringLiteral("AZC")}}; })},
        {QStringLiteral("bridge.registerToken"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("code"), QStringLiteral("MAL")}, {QStringLiteral("name"), QStringLiteral("Mal token")}, {QStringLiteral("decimals"), 18}, {QStringLiteral("coin"), QStringLiteral("AZC")}, {QStringLiteral("network"), QStringLiteral("anvil")}, {QStringLiteral("contract"), QStringLiteral("0x0000000000000000000000000000000000000001")}}; })},
        {QStringLiteral("bridge.orgPoints"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}}; })},
        {QStringLiteral("bridge.proposePolicy"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("policy"), QJsonObject{{QStringLiteral("rate"), QStringLiteral("1000")}}}}; })},
        {QStringLiteral("bridge.policies"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}}; })},
        {QStringLiteral("bridge.approvePolicy"), refused([](V) { return QJsonObject{{QStringLiteral("proposalId"), randomId()}}; })},
        {QStringLiteral("bridge.rejectPolicy"), refused([](V) { return QJsonObject{{QStringLiteral("proposalId"), randomId()}, {QStringLiteral("reason"), QStringLiteral("x")}}; })},
        {QStringLiteral("bridge.setPaused"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("paused"), true}}; })},
        {QStringLiteral("bridge.topUpReserve"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("from"), QStringLiteral("me")}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("bridge.withdrawReserve"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("bridge.credit"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("username"), QStringLiteral("mallory")}, {QStringLiteral("amount"), QStringLiteral("1000")}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("bridge.burn"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("bridge.requestSwap"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("direction"), QStringLiteral("toCoin")}, {QStringLiteral("amount"), QStringLiteral("100")}}; })},
        {QStringLiteral("bridge.swapRequest"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("consentId"), v.consent}}; })},
        {QStringLiteral("bridge.orgSwaps"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}}; })},
        {QStringLiteral("bridge.dashboard"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}}; })},
        {QStringLiteral("market.confirmReceived"), refused([](V v) { return QJsonObject{{QStringLiteral("orderId"), v.marketOrder}}; })},
        {QStringLiteral("market.dispute"), refused([](V v) { return QJsonObject{{QStringLiteral("orderId"), v.marketOrder}, {QStringLiteral("reason"), QStringLiteral("mine now")}}; })},
        {QStringLiteral("market.saveProduct"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("productId"), v.product}, {QStringLiteral("title"), QStringLiteral("Mine")}, {QStringLiteral("description"), QString()}, {QStringLiteral("imageFileIds"), QJsonArray()}, {QStringLiteral("priceAsset"), QStringLiteral("AZC")}, {QStringLiteral("price"), QStringLiteral("1")}, {QStringLiteral("stock"), 1}, {QStringLiteral("delivery"), QStringLiteral("shipped")}, {QStringLiteral("active"), true}}; })},
        {QStringLiteral("market.orgProducts"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}}; })},
        {QStringLiteral("market.orgOrders"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}}; })},
        {QStringLiteral("market.ship"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("orderId"), v.marketOrder}, {QStringLiteral("tracking"), QStringLiteral("x")}}; })},
        {QStringLiteral("market.refund"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.skyOrg}, {QStringLiteral("orderId"), v.marketOrder}, {QStringLiteral("reason"), QStringLiteral("x")}}; })},
        {QStringLiteral("market.decideDispute"), refused([](V v) { return QJsonObject{{QStringLiteral("orderId"), v.marketOrder}, {QStringLiteral("decision"), QStringLiteral("refund")}, {QStringLiteral("note"), QStringLiteral("x")}}; })},
        {QStringLiteral("market.products"), notAnotherPersonsObject("the catalogue is public; orgId only filters it")},
        {QStringLiteral("market.product"), notAnotherPersonsObject("a listed product is public")},
        {QStringLiteral("market.buy"), notAnotherPersonsObject("a listed product is public; the order is paid with the caller's own money")},
        {QStringLiteral("payments.org"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.addMember"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("username"), QStringLiteral("mallory")}, {QStringLiteral("role"), QStringLiteral("admin")}}; })},
        {QStringLiteral("payments.removeMember"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("userId"), v.bobUserId}}; })},
        {QStringLiteral("payments.submitKyb"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("legalName"), QStringLiteral("Mal Ltd")}, {QStringLiteral("registrationNumber"), QStringLiteral("1")}, {QStringLiteral("country"), QStringLiteral("GB")}, {QStringLiteral("address"), QStringLiteral("1 Mal Street")}, {QStringLiteral("representative"), QStringLiteral("Mallory")}, {QStringLiteral("fileIds"), QJsonArray{v.fileId}}}; })},
        {QStringLiteral("payments.kybCase"), refused([](V v) { return QJsonObject{{QStringLiteral("caseId"), v.kybCase}}; })},
        {QStringLiteral("payments.decideKyb"), refused([](V v) { return QJsonObject{{QStringLiteral("caseId"), v.kybCase}, {QStringLiteral("decision"), QStringLiteral("reject")}, {QStringLiteral("reason"), QStringLiteral("x")}}; })},
        {QStringLiteral("payments.setFee"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("flow"), QStringLiteral("payment")}, {QStringLiteral("fixed"), QStringLiteral("0")}, {QStringLiteral("rate"), QStringLiteral("0")}, {QStringLiteral("min"), QStringLiteral("0")}, {QStringLiteral("max"), QStringLiteral("0")}}; })},
        {QStringLiteral("payments.createKey"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read")}}}; })},
        {QStringLiteral("payments.keys"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.revokeKey"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("keyId"), v.apiKey}}; })},
        {QStringLiteral("payments.rotateKey"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("keyId"), v.apiKey}}; })},
        {QStringLiteral("payments.addWebhook"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("url"), QStringLiteral("https://mallory.example/hook")}}; })},
        {QStringLiteral("payments.webhooks"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.removeWebhook"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("endpointId"), v.endpoint}}; })},
        {QStringLiteral("payments.enableWebhook"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("endpointId"), v.endpoint}}; })},
        {QStringLiteral("payments.deliveries"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("endpointId"), v.endpoint}}; })},
        {QStringLiteral("payments.redeliver"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("deliveryId"), v.delivery}}; })},
        {QStringLiteral("payments.createInvoice"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("payments.invoice"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("invoiceId"), v.invoice}}; })},
        {QStringLiteral("payments.invoices"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.cancelInvoice"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("invoiceId"), v.invoice}}; })},
        {QStringLiteral("payments.createLink"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("asset"), QStringLiteral("USDT")}}; })},
        {QStringLiteral("payments.links"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.setLinkActive"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("linkId"), v.link}, {QStringLiteral("active"), false}}; })},
        {QStringLiteral("payments.refund"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("invoiceId"), v.invoice}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("payments.refunds"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.payout"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("payments.payouts"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.balances"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("payments.statement"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}, {QStringLiteral("asset"), QStringLiteral("USDT")}}; })},
        {QStringLiteral("payments.events"), refused([](V v) { return QJsonObject{{QStringLiteral("orgId"), v.org}}; })},
        {QStringLiteral("kyc.assign"), refused([](V v) { return QJsonObject{{QStringLiteral("caseId"), v.kycCase}}; })},
        {QStringLiteral("kyc.approve"), refused([](V v) { return QJsonObject{{QStringLiteral("caseId"), v.kycCase}}; })},
        {QStringLiteral("kyc.reject"), refused([](V v) {
             return QJsonObject{{QStringLiteral("caseId"), v.kycCase}, {QStringLiteral("reason"), QStringLiteral("blurry")}};
         })},
        {QStringLiteral("kyc.requestResubmission"), refused([](V v) {
             return QJsonObject{{QStringLiteral("caseId"), v.kycCase}, {QStringLiteral("reason"), QStringLiteral("blurry")}};
         })},
        {QStringLiteral("admin.setRole"), refused([](V v) {
             return QJsonObject{{QStringLiteral("userId"), v.bobUserId}, {QStringLiteral("role"), QStringLiteral("admin")}};
         })},
        {QStringLiteral("admin.setFrozen"), refused([](V v) {
             return QJsonObject{{QStringLiteral("userId"), v.bobUserId}, {QStringLiteral("frozen"), true},
                                {QStringLiteral("reason"), QStringLiteral("because")}};
         })},
        {QStringLiteral("chats.get"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("chats.join"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("chats.leave"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("chats.members"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("chats.addMember"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("username"), QStringLiteral("mallory")}};
         })},
        {QStringLiteral("chats.setRole"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("userId"), v.bobUserId},
                                {QStringLiteral("role"), QStringLiteral("member")}};
         })},
        {QStringLiteral("chats.removeMember"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("userId"), v.bobUserId}};
         })},
        {QStringLiteral("chats.invite"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("chats.mute"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("muted"), true}};
         })},
        {QStringLiteral("chats.pin"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("pinned"), true}};
         })},
        {QStringLiteral("messages.send"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("text"), QStringLiteral("hi")}};
         })},
        {QStringLiteral("messages.list"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("messages.edit"), refused([](V v) {
             return QJsonObject{{QStringLiteral("messageId"), v.message}, {QStringLiteral("text"), QStringLiteral("edited")}};
         })},
        {QStringLiteral("messages.edits"), refused([](V v) { return QJsonObject{{QStringLiteral("messageId"), v.message}}; })},
        {QStringLiteral("messages.delete"), refused([](V v) {
             return QJsonObject{{QStringLiteral("messageId"), v.message}, {QStringLiteral("forEveryone"), true}};
         })},
        {QStringLiteral("messages.react"), refused([](V v) {
             return QJsonObject{{QStringLiteral("messageId"), v.message}, {QStringLiteral("emoji"), QStringLiteral("👍")}};
         })},
        {QStringLiteral("messages.markRead"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("seq"), 1}};
         })},
        {QStringLiteral("messages.pin"), refused([](V v) {
             return QJsonObject{{QStringLiteral("messageId"), v.message}, {QStringLiteral("pinned"), true}};
         })},
        {QStringLiteral("messages.pinned"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("messages.search"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("query"), QStringLiteral("secret")}};
         })},
        {QStringLiteral("chat.typing"), refused([](V v) { return QJsonObject{{QStringLiteral("conversationId"), v.group}}; })},
        {QStringLiteral("messages.sendMoney"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.direct}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("idempotencyKey"), key()}};
         })},
        {QStringLiteral("messages.requestMoney"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.direct}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("idempotencyKey"), key()}};
         })},
        {QStringLiteral("messages.payRequest"), refused([](V v) { return QJsonObject{{QStringLiteral("messageId"), v.requestMessage}}; })},
        {QStringLiteral("messages.sendRedPacket"), refused([](V v) {
             return QJsonObject{{QStringLiteral("conversationId"), v.group}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                {QStringLiteral("total"), QStringLiteral("1")}, {QStringLiteral("count"), 1},
                                {QStringLiteral("split"), QStringLiteral("equal")}, {QStringLiteral("idempotencyKey"), key()}};
         })},
        {QStringLiteral("messages.openRedPacket"), refused([](V v) { return QJsonObject{{QStringLiteral("messageId"), v.redPacketMessage}}; })},
        {QStringLiteral("messages.pressButton"), refused([](V v) {
             return QJsonObject{{QStringLiteral("messageId"), v.botMessage}, {QStringLiteral("data"), QStringLiteral("refresh")}};
         })},
        {QStringLiteral("bots.resetToken"), refused([](V v) { return QJsonObject{{QStringLiteral("botId"), v.botId}}; })},
        {QStringLiteral("bots.answerCallback"), refused([](V) { return QJsonObject{{QStringLiteral("callbackId"), randomId()}}; })},
        {QStringLiteral("withdraw.removeAddress"), refused([](V) { return QJsonObject{{QStringLiteral("id"), randomId()}}; })},
        {QStringLiteral("withdraw.cancel"), refused([](V) { return QJsonObject{{QStringLiteral("id"), randomId()}}; })},
        {QStringLiteral("withdraw.get"), refused([](V) { return QJsonObject{{QStringLiteral("id"), randomId()}}; })},
        {QStringLiteral("withdraw.approve"), refused([](V) { return QJsonObject{{QStringLiteral("id"), randomId()}}; })},
        {QStringLiteral("withdraw.reject"), refused([](V) {
             return QJsonObject{{QStringLiteral("id"), randomId()}, {QStringLiteral("reason"), QStringLiteral("nope")}};
         })},
        {QStringLiteral("chain.setNetwork"), refused([](V) {
             return QJsonObject{{QStringLiteral("id"), QStringLiteral("anvil")}, {QStringLiteral("chainId"), 1}};
         })},
        {QStringLiteral("spot.cancel"), refused([](V v) {
             return QJsonObject{{QStringLiteral("market"), QStringLiteral("BTC-USDT")}, {QStringLiteral("orderId"), v.order}};
         })},
        {QStringLiteral("swap.accept"), refused([](V v) { return QJsonObject{{QStringLiteral("quoteId"), v.swapQuote}}; })},
        {QStringLiteral("p2p.removePaymentMethod"), refused([](V v) { return QJsonObject{{QStringLiteral("id"), v.carolMethod}}; })},
        // An ad paid to someone else's bank account.
        {QStringLiteral("p2p.createAd"), refusedToVerified([](V v) {
             return QJsonObject{{QStringLiteral("side"), QStringLiteral("sell")}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                {QStringLiteral("fiat"), QStringLiteral("USD")}, {QStringLiteral("price"), QStringLiteral("1.01")},
                                {QStringLiteral("total"), QStringLiteral("20")}, {QStringLiteral("minAmount"), QStringLiteral("10")},
                                {QStringLiteral("maxAmount"), QStringLiteral("20")}, {QStringLiteral("paymentWindowMinutes"), 15},
                                {QStringLiteral("paymentMethodIds"), QJsonArray{v.aliceMethod}},
                                {QStringLiteral("idempotencyKey"), key()}};
         })},
        {QStringLiteral("p2p.updateAd"), refused([](V v) {
             return QJsonObject{{QStringLiteral("id"), v.carolAd}, {QStringLiteral("terms"), QStringLiteral("mine now")}};
         })},
        {QStringLiteral("p2p.setAdStatus"), refused([](V v) {
             return QJsonObject{{QStringLiteral("id"), v.carolAd}, {QStringLiteral("status"), QStringLiteral("closed")}};
         })},
        // Taking an ad is what ads are for; naming another person's payment method to be paid to is not.
        {QStringLiteral("p2p.take"), refused([](V v) {
             return QJsonObject{{QStringLiteral("adId"), v.carolBuyAd}, {QStringLiteral("amount"), QStringLiteral("20")},
                                {QStringLiteral("paymentMethodId"), v.carolMethod}, {QStringLiteral("idempotencyKey"), key()}};
         })},
        {QStringLiteral("p2p.trade"), refused([](V v) { return QJsonObject{{QStringLiteral("id"), v.trade}}; })},
        {QStringLiteral("p2p.markPaid"), refused([](V v) { return QJsonObject{{QStringLiteral("id"), v.trade}}; })},
        {QStringLiteral("p2p.release"), refused([](V v) { return QJsonObject{{QStringLiteral("id"), v.trade}}; })},
        {QStringLiteral("p2p.cancel"), refused([](V v) { return QJsonObject{{QStringLiteral("id"), v.trade}}; })},
        {QStringLiteral("p2p.appeal"), refused([](V v) { return QJsonObject{{QStringLiteral("id"), v.trade}}; })},
        {QStringLiteral("p2p.feedback"), refused([](V v) {
             return QJsonObject{{QStringLiteral("id"), v.trade}, {QStringLiteral("rating"), QStringLiteral("negative")}};
         })},
        {QStringLiteral("p2p.resolve"), refused([](V v) {
             return QJsonObject{{QStringLiteral("id"), v.trade}, {QStringLiteral("decision"), QStringLiteral("refund")},
                                {QStringLiteral("reason"), QStringLiteral("I say so")}};
         })},
        {QStringLiteral("miniprograms.install"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.remove"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.open"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.bundle"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.consent"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.setConsent"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.profile"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.storageGet"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.storageSet"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.checkout"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.spending"), notAnotherPersonsObject("a listed program is public; what is read or written is the caller's own")},
        {QStringLiteral("miniprograms.submit"), refusedToVerified([](V v) { return QJsonObject{{QStringLiteral("fileId"), v.fileId}, {QStringLiteral("signature"), QString(88, QLatin1Char('A'))}}; })},
        {QStringLiteral("miniprograms.rollback"), refused([](V) { return QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("version"), QStringLiteral("1.0.0")}}; })},
        {QStringLiteral("miniprograms.decide"), refused([](V) { return QJsonObject{{QStringLiteral("versionId"), QStringLiteral("mpv_0000")}, {QStringLiteral("decision"), QStringLiteral("approve")}}; })},
        {QStringLiteral("miniprograms.suspend"), refused([](V) { return QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("suspended"), true}, {QStringLiteral("reason"), QStringLiteral("mine now")}}; })},
        {QStringLiteral("miniprograms.share"), refused([](V v) { return QJsonObject{{QStringLiteral("programId"), QStringLiteral("split-bill")}, {QStringLiteral("conversationId"), v.group}, {QStringLiteral("text"), QStringLiteral("spam")}}; })},
        {QStringLiteral("miniprograms.pay"), refused([](V v) { return QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("invoiceId"), v.invoice}, {QStringLiteral("idempotencyKey"), key()}}; })},
        {QStringLiteral("p2p.profile"), notAnotherPersonsObject("a trader's record is public on every ad")},
        {QStringLiteral("staking.unstake"), refused([](V v) { return QJsonObject{{QStringLiteral("positionId"), v.stakePosition}}; })},
        {QStringLiteral("staking.claim"), refused([](V v) { return QJsonObject{{QStringLiteral("positionId"), v.stakePosition}}; })},
        {QStringLiteral("staking.stake"), notAnotherPersonsObject("a staking product is public; the stake is the caller's own money")},
        {QStringLiteral("staking.saveProduct"), refused([](V) { return QJsonObject{{QStringLiteral("id"), randomId()}, {QStringLiteral("rateBps"), 100000}}; })},
        {QStringLiteral("governance.cancel"), refused([](V v) { return QJsonObject{{QStringLiteral("proposalId"), v.aliceProposal}}; })},
        {QStringLiteral("governance.myVote"), refused([](V v) { return QJsonObject{{QStringLiteral("proposalId"), v.aliceProposal}}; })},
        {QStringLiteral("governance.proposal"), notAnotherPersonsObject("proposals are public to every member")},
        {QStringLiteral("governance.tally"), notAnotherPersonsObject("a published tally is public: anyone may recompute it")},
        {QStringLiteral("governance.chainRecord"), notAnotherPersonsObject("what the chain holds is public")},
        {QStringLiteral("governance.joinDiscussion"), notAnotherPersonsObject("every member may join a proposal's discussion")},
        {QStringLiteral("governance.vote"), notAnotherPersonsObject("the vote is the caller's own, weighed by their own snapshot")},
        {QStringLiteral("governance.votingPower"), notAnotherPersonsObject("the caller's own voting power")},
        {QStringLiteral("launchpad.sale"), notAnotherPersonsObject("a listed sale is public; the answer's own part is the caller's")},
        {QStringLiteral("launchpad.commit"), notAnotherPersonsObject("a listed sale is public; the commitment is the caller's own money")},
    };
    return table;
}

bool isIdParam(const QString &name)
{
    static const QRegularExpression id(QStringLiteral("^(id|\\w+Id|\\w+Ids)$"));
    return id.match(name).hasMatch();
}

QString sha256(const QByteArray &bytes) { return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()); }

} // namespace

class TstIdor : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;
    Victims m_v;

    std::unique_ptr<WsClient> as(const QString &username, const QString &password)
    {
        return test::signIn(m_backend->url(), username, password);
    }
    static QString s(const QJsonObject &o, const char *a, const char *b = nullptr)
    {
        const QJsonValue v = o.value(QLatin1String(a));
        return b ? v.toObject().value(QLatin1String(b)).toString() : v.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100;
        config.custody.passphrase = QStringLiteral("idor sweep custody passphrase");
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
        auto alice = as(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"));
        auto bob = as(QStringLiteral("bob"), QStringLiteral("AzcBob#2026"));
        auto carol = as(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026"));
        QVERIFY(alice && bob && carol);

        m_v.group = s(alice->result(QStringLiteral("chats.createGroup"), {{QStringLiteral("title"), QStringLiteral("Private")},
                                                                         {QStringLiteral("usernames"), QJsonArray{QStringLiteral("bob")}}}),
                      "conversation", "id");
        m_v.direct = s(alice->result(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), QStringLiteral("bob")}}),
                       "conversation", "id");
        m_v.message = s(alice->result(QStringLiteral("messages.send"), {{QStringLiteral("conversationId"), m_v.group},
                                                                       {QStringLiteral("text"), QStringLiteral("the secret plan")}}),
                        "message", "id");
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        auto begin = [&] {
            return s(alice->result(QStringLiteral("files.beginUpload"),
                                   {{QStringLiteral("name"), QStringLiteral("plan.png")}, {QStringLiteral("mime"), QStringLiteral("image/png")},
                                    {QStringLiteral("size"), png.size()}, {QStringLiteral("sha256"), sha256(png)},
                                    {QStringLiteral("purpose"), QStringLiteral("chat")}}),
                     "uploadId");
        };
        const QString upload = begin();
        alice->result(QStringLiteral("files.uploadChunk"), {{QStringLiteral("uploadId"), upload}, {QStringLiteral("offset"), 0},
                                                           {QStringLiteral("data"), QString::fromLatin1(png.toBase64())}});
        m_v.fileId = s(alice->result(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), upload}}), "file", "fileId");
        alice->result(QStringLiteral("messages.send"), {{QStringLiteral("conversationId"), m_v.group}, {QStringLiteral("fileId"), m_v.fileId}});
        m_v.uploadId = begin(); // left open
        m_v.requestMessage = s(alice->result(QStringLiteral("messages.requestMoney"),
                                             {{QStringLiteral("conversationId"), m_v.direct}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                              {QStringLiteral("amount"), QStringLiteral("3")}, {QStringLiteral("idempotencyKey"), key()}}),
                               "message", "id");
        m_v.redPacketMessage = s(alice->result(QStringLiteral("messages.sendRedPacket"),
                                               {{QStringLiteral("conversationId"), m_v.group}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                {QStringLiteral("total"), QStringLiteral("2")}, {QStringLiteral("count"), 2},
                                                {QStringLiteral("split"), QStringLiteral("equal")},
                                                {QStringLiteral("expiresInMinutes"), 60}, {QStringLiteral("idempotencyKey"), key()}}),
                                 "message", "id");
        m_v.botId = s(alice->result(QStringLiteral("bots.create"), {{QStringLiteral("username"), QStringLiteral("idorbot")},
                                                                   {QStringLiteral("displayName"), QStringLiteral("Idor")}}),
                      "bot", "id");
        m_v.botMessage = m_v.message; // a button press names a message: mallory cannot see any of the group's
        for (const QJsonValue &sess : alice->result(QStringLiteral("session.list"))[QStringLiteral("sessions")].toArray())
            m_v.sessionId = sess[QStringLiteral("id")].toString();
        m_v.bobUserId = s(bob->result(QStringLiteral("account.me")), "user", "id");
        m_v.operationId = s(alice->result(QStringLiteral("wallet.transfer"), {{QStringLiteral("asset"), QStringLiteral("USDT")},
                                                                             {QStringLiteral("amount"), QStringLiteral("1")},
                                                                             {QStringLiteral("toUsername"), QStringLiteral("bob")},
                                                                             {QStringLiteral("idempotencyKey"), key()}}),
                            "receipt", "operationId");
        m_v.order = s(alice->result(QStringLiteral("spot.place"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                                  {QStringLiteral("side"), QStringLiteral("buy")},
                                                                  {QStringLiteral("type"), QStringLiteral("limit")},
                                                                  {QStringLiteral("price"), QStringLiteral("20000")},
                                                                  {QStringLiteral("quantity"), QStringLiteral("0.001")},
                                                                  {QStringLiteral("idempotencyKey"), key()}}),
                      "order", "id");
        m_v.swapQuote = s(alice->result(QStringLiteral("swap.quote"), {{QStringLiteral("from"), QStringLiteral("USDT")},
                                                                      {QStringLiteral("to"), QStringLiteral("BTC")},
                                                                      {QStringLiteral("amount"), QStringLiteral("10")}}),
                          "quote", "quoteId");
        for (const QJsonValue &m : carol->result(QStringLiteral("p2p.paymentMethods"))[QStringLiteral("methods")].toArray())
            m_v.carolMethod = m[QStringLiteral("id")].toString();
        m_v.aliceMethod = s(alice->result(QStringLiteral("p2p.addPaymentMethod"),
                                          {{QStringLiteral("type"), QStringLiteral("bank_transfer")}, {QStringLiteral("label"), QStringLiteral("Main")},
                                           {QStringLiteral("fields"), QJsonObject{{QStringLiteral("accountName"), QStringLiteral("Alice A")},
                                                                                  {QStringLiteral("bankName"), QStringLiteral("First Bank")},
                                                                                  {QStringLiteral("accountNumber"), QStringLiteral("DE89370400440532013000")}}}}),
                            "method", "id");
        for (const QJsonValue &ad : carol->result(QStringLiteral("p2p.myAds"))[QStringLiteral("ads")].toArray()) {
            if (ad[QStringLiteral("side")].toString() == QStringLiteral("sell") && m_v.carolAd.isEmpty())
                m_v.carolAd = ad[QStringLiteral("id")].toString();
            if (ad[QStringLiteral("side")].toString() == QStringLiteral("buy"))
                m_v.carolBuyAd = ad[QStringLiteral("id")].toString();
        }
        QJsonObject adUsd;
        for (const QJsonValue &ad : carol->result(QStringLiteral("p2p.myAds"))[QStringLiteral("ads")].toArray())
            if (ad[QStringLiteral("fiat")].toString() == QStringLiteral("USD") && ad[QStringLiteral("side")].toString() == QStringLiteral("sell"))
                adUsd = ad.toObject();
        m_v.trade = s(bob->result(QStringLiteral("p2p.take"), {{QStringLiteral("adId"), adUsd[QStringLiteral("id")]},
                                                              {QStringLiteral("amount"), QStringLiteral("20")},
                                                              {QStringLiteral("idempotencyKey"), key()}}),
                      "trade", "id");
        auto support = as(QStringLiteral("support"), QStringLiteral("AzcSupport#2026"));
        for (const QJsonValue &c : support->result(QStringLiteral("kyc.queue"))[QStringLiteral("cases")].toArray())
            m_v.kycCase = c[QStringLiteral("id")].toString();
        // alice's shop, verified, with a key, an endpoint (and its first delivery), an invoice and a link.
        {
            auto owner = as(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"));
            m_v.org = verifiedShop(m_backend->url(), *owner, QStringLiteral("Alice's Shop"));
            auto reviewer = as(QStringLiteral("support"), QStringLiteral("AzcSupport#2026"));
            m_v.kybCase = reviewer->result(QStringLiteral("payments.kybQueue"), {{QStringLiteral("status"), QStringLiteral("approved")}})
                              [QStringLiteral("cases")].toArray().at(0)[QStringLiteral("id")].toString();
            m_v.apiKey = owner->result(QStringLiteral("payments.createKey"), {{QStringLiteral("orgId"), m_v.org},
                                                                             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read")}}})
                             [QStringLiteral("key")][QStringLiteral("id")].toString();
            m_v.endpoint = owner->result(QStringLiteral("payments.addWebhook"), {{QStringLiteral("orgId"), m_v.org},
                                                                                {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/hook")}})
                               [QStringLiteral("endpoint")][QStringLiteral("id")].toString();
            m_v.invoice = owner->result(QStringLiteral("payments.createInvoice"),
                                        {{QStringLiteral("orgId"), m_v.org}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                         {QStringLiteral("amount"), QStringLiteral("5")}, {QStringLiteral("idempotencyKey"), key()}})
                              [QStringLiteral("invoice")][QStringLiteral("id")].toString();
            m_v.link = owner->result(QStringLiteral("payments.createLink"), {{QStringLiteral("orgId"), m_v.org}, {QStringLiteral("asset"), QStringLiteral("USDT")}})
                           [QStringLiteral("links")].toArray().at(0)[QStringLiteral("id")].toString();
            m_v.delivery = owner->result(QStringLiteral("payments.deliveries"), {{QStringLiteral("orgId"), m_v.org}, {QStringLiteral("endpointId"), m_v.endpoint}})
                               [QStringLiteral("deliveries")].toArray().at(0)[QStringLiteral("id")].toString();
        }
        {
            auto staker = as(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"));
            m_v.stakePosition = staker->result(QStringLiteral("staking.positions"))[QStringLiteral("positions")].toArray().at(0)[QStringLiteral("id")].toString();
            for (const QJsonValue &p : staker->result(QStringLiteral("governance.proposals"))[QStringLiteral("proposals")].toArray())
                if (p[QStringLiteral("author")].toString() == QLatin1String("alice"))
                    m_v.aliceProposal = p[QStringLiteral("id")].toString();
        }
        {
            auto buyer = as(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"));
            auto dariush = as(QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026"));
            m_v.skyOrg = dariush->result(QStringLiteral("payments.myOrgs"))[QStringLiteral("orgs")].toArray().at(0)[QStringLiteral("id")].toString();
            m_v.bridgeQuote = buyer->result(QStringLiteral("bridge.quote"), {{QStringLiteral("point"), QStringLiteral("SKY")}, {QStringLiteral("direction"), QStringLiteral("toCoin")},
                                                                            {QStringLiteral("amount"), QStringLiteral("1000")}})[QStringLiteral("quoteId")].toString();
            m_v.consent = buyer->result(QStringLiteral("bridge.consents"))[QStringLiteral("consents")].toArray().at(0)[QStringLiteral("id")].toString();
            m_v.marketOrder = buyer->result(QStringLiteral("market.myOrders"))[QStringLiteral("orders")].toArray().at(0)[QStringLiteral("id")].toString();
            m_v.product = dariush->result(QStringLiteral("market.orgProducts"), {{QStringLiteral("orgId"), m_v.skyOrg}})[QStringLiteral("products")].toArray().at(0)[QStringLiteral("id")].toString();
        }
        m_v.call = alice->result(QStringLiteral("calls.start"), {{QStringLiteral("conversationId"), m_v.direct}})
                           [QStringLiteral("call")][QStringLiteral("id")].toString();
        const QStringList made{m_v.call, m_v.skyOrg, m_v.bridgeQuote, m_v.consent, m_v.marketOrder, m_v.product, m_v.stakePosition, m_v.aliceProposal, m_v.org, m_v.invoice, m_v.apiKey, m_v.endpoint, m_v.delivery, m_v.link, m_v.kybCase, m_v.group, m_v.direct, m_v.message, m_v.fileId, m_v.uploadId, m_v.requestMessage,
                               m_v.redPacketMessage, m_v.botId, m_v.sessionId, m_v.bobUserId, m_v.operationId, m_v.order,
                               m_v.swapQuote, m_v.carolMethod, m_v.aliceMethod, m_v.carolAd, m_v.carolBuyAd, m_v.trade, m_v.kycCase};
        QVERIFY2(!made.contains(QString()), qPrintable(made.join(u',')));

        auto mallory = std::make_unique<WsClient>();
        QVERIFY(mallory->open(m_backend->url()));
        mallory->call(QStringLiteral("auth.register"), {{QStringLiteral("username"), QStringLiteral("mallory")},
                                                        {QStringLiteral("displayName"), QStringLiteral("Mallory")},
                                                        {QStringLiteral("password"), QStringLiteral("mallory's long password")}});
    }

    void everyMethodTakingAnIdHasARow()
    {
        const server::MethodTable &table = m_backend->backend().methods();
        QStringList missing;
        for (const QString &name : table.names()) {
            const server::MethodSpec *spec = table.find(name);
            const bool takesId = std::any_of(spec->params.params().cbegin(), spec->params.params().cend(),
                                             [](const server::Param &p) { return isIdParam(p.name); });
            if (takesId && !rows().contains(name))
                missing << name;
            if (!takesId && rows().contains(name))
                QFAIL(qPrintable(name + QStringLiteral(" has a row but takes no id")));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("methods taking an id with no IDOR row: ") + missing.join(u' ')));
    }

    void strangersGetNothing()
    {
        WsClient mallory;
        QVERIFY(mallory.open(m_backend->url()));
        QVERIFY(!mallory.login(QStringLiteral("mallory"), QStringLiteral("mallory's long password")).isEmpty());
        auto carol = as(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026"));
        int checked = 0;
        for (auto it = rows().cbegin(); it != rows().cend(); ++it) {
            if (it->publicWhy)
                continue;
            const QJsonObject reply = (it->verifiedAttacker ? *carol : mallory).call(it.key(), it->params(m_v));
            const QString why = reason(reply);
            QVERIFY2(why == QLatin1String("not_found") || why == QLatin1String("forbidden"),
                     qPrintable(it.key() + QStringLiteral(" answered a stranger: ")
                                + QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)).left(300)));
            ++checked;
            if (qEnvironmentVariableIsSet("AZC_IDOR_VERBOSE"))
                qInfo("%s: %s %s", qPrintable(it.key()), qPrintable(why),
                      qPrintable(reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString()
                                 + QLatin1Char(' ') + reply[QStringLiteral("error")][QStringLiteral("message")].toString()));
        }
        qInfo("%d methods refused a stranger's id", checked);
        // And nothing of the victims' changed under the attempts.
        auto alice = as(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"));
        const QJsonArray messages = alice->result(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), m_v.group}})
                                            [QStringLiteral("messages")].toArray();
        bool planIntact = false;
        for (const QJsonValue &m : messages)
            planIntact = planIntact || (m[QStringLiteral("id")].toString() == m_v.message
                                        && m[QStringLiteral("text")].toString() == QStringLiteral("the secret plan"));
        QVERIFY(planIntact);
        // alice's shop: still hers alone, its invoice still open, its key alive.
        const QJsonObject shop = alice->result(QStringLiteral("payments.org"), {{QStringLiteral("orgId"), m_v.org}});
        QCOMPARE(shop[QStringLiteral("members")].toArray().size(), 1);
        QCOMPARE(alice->result(QStringLiteral("payments.invoice"), {{QStringLiteral("orgId"), m_v.org}, {QStringLiteral("invoiceId"), m_v.invoice}})
                     [QStringLiteral("status")].toString(), QStringLiteral("open"));
        QCOMPARE(alice->result(QStringLiteral("payments.keys"), {{QStringLiteral("orgId"), m_v.org}})[QStringLiteral("keys")].toArray().at(0)
                     [QStringLiteral("revokedAt")].toInteger(), 0);
        AZC_VERIFY_LEDGER(*m_backend);
    }
};

QTEST_GUILESS_MAIN(TstIdor)
#include "tst_idor.moc"
