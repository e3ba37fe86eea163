#include "payments/payments_methods.h"

#include "payments/api/payment_api.h"
#include "payments/payments_service.h"
#include "server/method_params.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace azc::payments {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

namespace {

QStringList strings(const QJsonObject &p, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : p.value(QLatin1String(key)).toArray())
        out.append(v.toString());
    return out;
}

} // namespace

Page pageOf(const QJsonObject &p)
{
    return {str(p, "cursor"), p.value(QStringLiteral("limit")).toInt(20)};
}

server::Handler memberHandler(PaymentsService &pay, MemberCall fn)
{
    return [&pay, fn = std::move(fn)](CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
        auto actor = pay.memberActor(ctx.user(), str(p, "orgId"));
        if (!actor)
            return actor.error();
        return fn(actor.value(), p);
    };
}

server::AsyncHandler memberAsyncHandler(PaymentsService &pay, MemberAsync fn)
{
    return [&pay, fn = std::move(fn)](CallContext &ctx, const QJsonObject &p, Reply reply) {
        auto actor = pay.memberActor(ctx.user(), str(p, "orgId"));
        if (!actor)
            return reply(actor.error());
        fn(actor.value(), p, std::move(reply));
    };
}

void declarePaymentsMethods(server::MethodTable &t, PaymentsService &pay)
{
    const Param org = Param::string(QStringLiteral("orgId"), 1, 64);
    const Param key = Param::string(QStringLiteral("idempotencyKey"), 8, 64);
    const Param cursor = Param::string(QStringLiteral("cursor"), 0, 32).optional();
    const Param limit = Param::integer(QStringLiteral("limit"), 1, 100).optional();
    const Param asset = Param::string(QStringLiteral("asset"), 1, 16);
    const Param amount = Param::string(QStringLiteral("amount"), 1, 64);
    const Param offset = Param::integer(QStringLiteral("offset"), 0, 1'000'000).optional();

    const auto member = [&pay](MemberCall fn) { return memberHandler(pay, std::move(fn)); };
    const auto memberAsync = [&pay](MemberAsync fn) { return memberAsyncHandler(pay, std::move(fn)); };
    const auto read = [&t, &member](const char *name, server::ParamSchema params, MemberCall fn) {
        t.declare({.name = QString::fromLatin1(name), .role = Role::User, .params = params, .rateClass = RateClass::Read,
                   .handler = member(std::move(fn))});
    };
    const auto write = [&t, &member](const char *name, server::ParamSchema params, MemberCall fn) {
        t.declare({.name = QString::fromLatin1(name), .role = Role::User, .params = params, .rateClass = RateClass::Write,
                   .handler = member(std::move(fn))});
    };

    // --- organisations
    t.declare({.name = QStringLiteral("payments.createOrg"), .role = Role::User,
               .params = {Param::string(QStringLiteral("name"), 2, 80), Param::string(QStringLiteral("website"), 0, 200).optional(),
                          Param::string(QStringLiteral("settlementAsset"), 1, 16)},
               .rateClass = RateClass::Write, .handler = [&pay](CallContext &ctx, const QJsonObject &p) {
                   return pay.createOrg(ctx.user(), str(p, "name"), str(p, "website"), str(p, "settlementAsset"));
               }});
    t.declare({.name = QStringLiteral("payments.myOrgs"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&pay](CallContext &ctx, const QJsonObject &) { return pay.myOrgs(ctx.user()); }});
    read("payments.org", {org}, [&pay](const Actor &a, const QJsonObject &) { return pay.org(a); });
    write("payments.addMember", {org, Param::string(QStringLiteral("username"), 1, 64), Param::string(QStringLiteral("role"), 1, 16)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.addMember(a, str(p, "username"), str(p, "role")); });
    write("payments.removeMember", {org, Param::string(QStringLiteral("userId"), 1, 64)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.removeMember(a, str(p, "userId")); });
    write("payments.submitKyb",
          {org, Param::string(QStringLiteral("legalName"), 2, 120), Param::string(QStringLiteral("registrationNumber"), 1, 64),
           Param::string(QStringLiteral("country"), 2, 2), Param::string(QStringLiteral("address"), 5, 200),
           Param::string(QStringLiteral("representative"), 2, 120), Param::strings(QStringLiteral("fileIds"), 1, 10)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.submitKyb(a, p, strings(p, "fileIds")); });

    // --- KYB review (support) and fee plans (admin)
    t.declare({.name = QStringLiteral("payments.kybQueue"), .role = Role::Support,
               .params = {Param::string(QStringLiteral("status"), 0, 32).optional(), offset, limit},
               .rateClass = RateClass::Read, .handler = [&pay](CallContext &, const QJsonObject &p) {
                   return pay.kybQueue(str(p, "status"), p.value(QStringLiteral("offset")).toInt(),
                                       p.value(QStringLiteral("limit")).toInt(20));
               }});
    t.declare({.name = QStringLiteral("payments.kybCase"), .role = Role::Support,
               .params = {Param::string(QStringLiteral("caseId"), 1, 64)}, .rateClass = RateClass::Read,
               .handler = [&pay](CallContext &, const QJsonObject &p) { return pay.kybCase(str(p, "caseId")); }});
    t.declare({.name = QStringLiteral("payments.decideKyb"), .role = Role::Support,
               .params = {Param::string(QStringLiteral("caseId"), 1, 64), Param::string(QStringLiteral("decision"), 1, 16),
                          Param::string(QStringLiteral("reason"), 0, 500).optional(), Param::object(QStringLiteral("checklist")).optional()},
               .rateClass = RateClass::Write, .handler = [&pay](CallContext &ctx, const QJsonObject &p) {
                   return pay.decideKyb(ctx.user(), str(p, "caseId"), str(p, "decision"), str(p, "reason"),
                                        p.value(QStringLiteral("checklist")).toObject());
               }});
    t.declare({.name = QStringLiteral("payments.setFee"), .role = Role::Admin,
               .params = {org, asset, Param::string(QStringLiteral("flow"), 1, 16), Param::string(QStringLiteral("fixed"), 1, 64),
                          Param::string(QStringLiteral("rate"), 1, 64), Param::string(QStringLiteral("min"), 1, 64),
                          Param::string(QStringLiteral("max"), 1, 64)},
               .rateClass = RateClass::Write, .handler = [&pay](CallContext &ctx, const QJsonObject &p) {
                   return pay.setFee(ctx.user(), str(p, "orgId"), p);
               }});

    // --- developers: keys and webhooks
    write("payments.createKey",
          {org, Param::string(QStringLiteral("label"), 0, 80).optional(), Param::strings(QStringLiteral("scopes"), 1, 8),
           Param::strings(QStringLiteral("allowFrom"), 0, 20).optional()},
          [&pay](const Actor &a, const QJsonObject &p) {
              return pay.createKey(a, str(p, "label"), strings(p, "scopes"), strings(p, "allowFrom"));
          });
    read("payments.keys", {org}, [&pay](const Actor &a, const QJsonObject &) { return pay.keys(a); });
    write("payments.revokeKey", {org, Param::string(QStringLiteral("keyId"), 1, 64)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.revokeKey(a, str(p, "keyId")); });
    write("payments.rotateKey", {org, Param::string(QStringLiteral("keyId"), 1, 64)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.rotateKey(a, str(p, "keyId")); });
    write("payments.addWebhook", {org, Param::string(QStringLiteral("url"), 8, 500), Param::strings(QStringLiteral("events"), 0, 10).optional()},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.addWebhook(a, str(p, "url"), strings(p, "events")); });
    read("payments.webhooks", {org}, [&pay](const Actor &a, const QJsonObject &) { return pay.webhooks(a); });
    write("payments.removeWebhook", {org, Param::string(QStringLiteral("endpointId"), 1, 64)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.removeWebhook(a, str(p, "endpointId")); });
    write("payments.enableWebhook", {org, Param::string(QStringLiteral("endpointId"), 1, 64)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.enableWebhook(a, str(p, "endpointId")); });
    read("payments.deliveries", {org, Param::string(QStringLiteral("endpointId"), 1, 64), offset, limit},
         [&pay](const Actor &a, const QJsonObject &p) {
             return pay.deliveries(a, str(p, "endpointId"), p.value(QStringLiteral("offset")).toInt(),
                                   p.value(QStringLiteral("limit")).toInt(20));
         });
    write("payments.redeliver", {org, Param::string(QStringLiteral("deliveryId"), 1, 64)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.redeliver(a, str(p, "deliveryId")); });

    // --- invoices and links (the merchant's side)
    t.declare({.name = QStringLiteral("payments.createInvoice"), .role = Role::User,
               .params = {org, Param::string(QStringLiteral("asset"), 1, 16), Param::string(QStringLiteral("amount"), 0, 64).optional(),
                          Param::string(QStringLiteral("priceCurrency"), 0, 8).optional(),
                          Param::string(QStringLiteral("priceAmount"), 0, 64).optional(),
                          Param::string(QStringLiteral("description"), 0, 500).optional(),
                          Param::string(QStringLiteral("orderId"), 0, 100).optional(), Param::object(QStringLiteral("metadata")).optional(),
                          Param::integer(QStringLiteral("expiresInMinutes"), 1, 7 * 24 * 60).optional(), key},
               .rateClass = RateClass::Write,
               .asyncHandler = memberAsync([&pay](const Actor &a, const QJsonObject &p, Reply reply) {
                   const InvoiceDraft d{str(p, "asset"), str(p, "amount"), str(p, "priceCurrency"), str(p, "priceAmount"),
                                        str(p, "description"), str(p, "orderId"), p.value(QStringLiteral("metadata")).toObject(),
                                        p.value(QStringLiteral("expiresInMinutes")).toInt()};
                   QJsonObject meaning = p;
                   meaning.remove(QStringLiteral("idempotencyKey"));
                   // The console and the API share one idempotency record per organisation.
                   pay.once(a.orgId, str(p, "idempotencyKey"), QJsonDocument(meaning).toJson(QJsonDocument::Compact),
                            [&pay, a, d](std::function<void(PaymentsService::Outcome)> done) {
                                auto r = pay.prepareInvoice(a, d);
                                if (!r)
                                    return done({{400, QJsonDocument(QJsonObject{{QStringLiteral("reason"), r.error().reason},
                                                                                 {QStringLiteral("message"), r.error().message},
                                                                                 {QStringLiteral("data"), r.error().data}})
                                                           .toJson(QJsonDocument::Compact)},
                                                 {}});
                                done({{200, QJsonDocument(r->invoice).toJson(QJsonDocument::Compact)}, r->write});
                            },
                            [reply](const PaymentsService::StoredAnswer &answer) {
                                const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
                                if (answer.status < 300)
                                    return reply(QJsonObject{{QStringLiteral("invoice"), o}});
                                reply(Error::make(o.value(QStringLiteral("reason")).toString(),
                                                  o.value(QStringLiteral("message")).toString(),
                                                  o.value(QStringLiteral("data")).toObject()));
                            });
               })});
    read("payments.invoice", {org, Param::string(QStringLiteral("invoiceId"), 1, 64)},
         [&pay](const Actor &a, const QJsonObject &p) { return pay.invoice(a, str(p, "invoiceId")); });
    read("payments.invoices", {org, Param::string(QStringLiteral("status"), 0, 16).optional(), cursor, limit},
         [&pay](const Actor &a, const QJsonObject &p) { return pay.invoices(a, str(p, "status"), pageOf(p)); });
    write("payments.cancelInvoice", {org, Param::string(QStringLiteral("invoiceId"), 1, 64)},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.cancelInvoice(a, str(p, "invoiceId")); });
    write("payments.createLink", {org, asset, Param::string(QStringLiteral("amount"), 0, 64).optional(),
                                  Param::string(QStringLiteral("description"), 0, 200).optional()},
          [&pay](const Actor &a, const QJsonObject &p) { return pay.createLink(a, str(p, "asset"), str(p, "amount"), str(p, "description")); });
    read("payments.links", {org}, [&pay](const Actor &a, const QJsonObject &) { return pay.links(a); });
    write("payments.setLinkActive", {org, Param::string(QStringLiteral("linkId"), 1, 64), Param::boolean(QStringLiteral("active"))},
          [&pay](const Actor &a, const QJsonObject &p) {
              return pay.setLinkActive(a, str(p, "linkId"), p.value(QStringLiteral("active")).toBool());
          });

    // --- the payer's side
    const Param reference = Param::string(QStringLiteral("reference"), 1, 200);
    t.declare({.name = QStringLiteral("payments.preview"), .role = Role::User, .params = {reference}, .rateClass = RateClass::Read,
               .handler = [&pay](CallContext &ctx, const QJsonObject &p) { return pay.preview(ctx.user(), str(p, "reference")); }});
    t.declare({.name = QStringLiteral("payments.pay"), .role = Role::User,
               .params = {reference, Param::string(QStringLiteral("amount"), 0, 64).optional(),
                          Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional(), key},
               .rateClass = RateClass::Write, .asyncHandler = [&pay](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   pay.pay(ctx.user(), str(p, "reference"), str(p, "amount"), str(p, "twoFactorCode"), str(p, "idempotencyKey"),
                           std::move(reply));
               }});
    t.declare({.name = QStringLiteral("payments.paidByMe"), .role = Role::User, .params = {cursor, limit}, .rateClass = RateClass::Read,
               .handler = [&pay](CallContext &ctx, const QJsonObject &p) { return pay.paidByMe(ctx.user(), pageOf(p)); }});

    // --- money out, balances, statements, events
    t.declare({.name = QStringLiteral("payments.refund"), .role = Role::User,
               .params = {org, Param::string(QStringLiteral("invoiceId"), 1, 64), Param::string(QStringLiteral("amount"), 0, 64).optional(),
                          Param::string(QStringLiteral("reason"), 0, 200).optional(), key},
               .rateClass = RateClass::Write, .asyncHandler = memberAsync([&pay](const Actor &a, const QJsonObject &p, Reply reply) {
                   pay.refund(a, str(p, "invoiceId"), str(p, "amount"), str(p, "reason"), str(p, "idempotencyKey"), std::move(reply));
               })});
    read("payments.refunds", {org, Param::string(QStringLiteral("invoiceId"), 0, 64).optional(), cursor, limit},
         [&pay](const Actor &a, const QJsonObject &p) { return pay.refunds(a, str(p, "invoiceId"), pageOf(p)); });
    t.declare({.name = QStringLiteral("payments.payout"), .role = Role::User,
               .params = {org, asset, amount, Param::string(QStringLiteral("toUsername"), 0, 64).optional(), key},
               .rateClass = RateClass::Write, .asyncHandler = memberAsync([&pay](const Actor &a, const QJsonObject &p, Reply reply) {
                   pay.payout(a, str(p, "asset"), str(p, "amount"), str(p, "toUsername"), str(p, "idempotencyKey"), std::move(reply));
               })});
    read("payments.payouts", {org, cursor, limit}, [&pay](const Actor &a, const QJsonObject &p) { return pay.payouts(a, pageOf(p)); });
    read("payments.balances", {org}, [&pay](const Actor &a, const QJsonObject &) { return pay.balances(a); });
    read("payments.statement", {org, asset, Param::integer(QStringLiteral("days"), 1, 366).optional()},
         [&pay](const Actor &a, const QJsonObject &p) {
             return pay.statement(a, str(p, "asset"), p.value(QStringLiteral("days")).toInt(30));
         });
    read("payments.events", {org, Param::string(QStringLiteral("type"), 0, 32).optional(), cursor, limit},
         [&pay](const Actor &a, const QJsonObject &p) { return pay.events(a, str(p, "type"), pageOf(p)); });

    // What partners' servers reach through the HTTPS API (PaymentApi::routes
    // names each route's twin here; a test keeps the two lists equal).
    QStringList partnerMethods;
    for (const PaymentApi::RouteInfo &r : PaymentApi::routes())
        if (!partnerMethods.contains(r.twin))
            partnerMethods.append(r.twin);
    if (auto s = t.openTo(server::Audience::PartnerKey, partnerMethods); !s)
        qFatal("payments: %s", qPrintable(s.error().message));
}

} // namespace azc::payments
