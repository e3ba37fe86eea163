#pragma once
// The payments methods (merchant console, payer, KYB review, fee plans) for
// the one method table. Partners' servers use the HTTPS API instead
// (payments/api/payment_api.h), which reaches the same service.

#include "server/method_table.h"

namespace azc::payments {

class PaymentsService;

void declarePaymentsMethods(server::MethodTable &table, PaymentsService &payments);

} // namespace azc::payments
