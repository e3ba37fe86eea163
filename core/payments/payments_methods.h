#pragma once
// The payments methods (merchant console, payer, KYB review, fee plans) for
// the one method table. Partners' servers use the HTTPS API instead
// (payments/api/payment_api.h), which reaches the same service.

#include "server/method_table.h"

#include <QJsonObject>

namespace azc::payments {

class PaymentsService;
struct Actor;
struct Page;

void declarePaymentsMethods(server::MethodTable &table, PaymentsService &payments);

// A member's call on one organisation: the caller's role in `orgId` is read
// once, here, and the service checks it against what the call needs. The
// partner domains built on organisations (the Bridge) declare theirs with
// the same adapters.
using MemberCall = std::function<Result<QJsonObject>(const Actor &, const QJsonObject &)>;
using MemberAsync = std::function<void(const Actor &, const QJsonObject &, server::Reply)>;
server::Handler memberHandler(PaymentsService &payments, MemberCall fn);
server::AsyncHandler memberAsyncHandler(PaymentsService &payments, MemberAsync fn);
// `cursor` and `limit` of a paged list.
Page pageOf(const QJsonObject &params);

} // namespace azc::payments
